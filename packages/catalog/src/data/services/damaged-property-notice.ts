import type { Citation } from '@vikno/law';
import {
  LAW_2923_ART_11_COURT,
  LAW_2923_ART_14_FREE,
  LAW_2923_ART_14_HOLDER,
} from '../citations/war-and-displacement-2.js';
import type { ServiceData } from '../load.js';

/** The Novyi Rozdil CNAP's card: the Register's id and name, free of charge, received on the day it is filed. */
const NOVYI_ROZDIL_CARD: Citation = {
  act: 'novyi-rozdil-cnap-card-02418',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 02418 Повна назва: Подання інформаційного повідомлення про пошкоджене та знищене ' +
    'нерухоме майно внаслідок бойових дій, терористичних актів, диверсій, спричинених військовою агресією Російської ' +
    'Федерації» … «Сформоване інформаційне повідомлення вважається отриманим у день його подання» «Адміністративний ' +
    'збір: Безоплатне надання / 0 UAH / Строк надання: 1 день (календарні)»',
  note:
    'A hromada CNAP’s card (cnap.novyyrozdil-gromada.gov.ua), undated, read in a stored copy; its list of documents ' +
    'and its provider were cut off before they were read.',
};

/** The Ministry of Justice: the notice goes through Diia, or through a CNAP administrator or a notary. */
const MINJUST_WAYS: Citation = {
  act: 'minjust-damaged-property-notice-2022',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Інформаційне повідомлення може бути подане: - Самостійно особою: - засобами Єдиного державного вебпорталу ' +
    'електронних послуг (далі ‒ Портал Дія); - з використанням мобільного додатка Дія у разі наявності ' +
    'реєстраційного номера облікової картки платника податків.» … «заповнити інформаційне повідомлення, яке ' +
    'формується засобами Порталу Дія. Особа автоматично отримує повідомлення засобами Порталу «Дія» про реєстрацію ' +
    'поданого нею інформаційного повідомлення. Через адміністратора центру надання адміністративних послуг або ' +
    'нотаріуса.»',
  note:
    'The Ministry’s notice of 06.09.2022 (minjust.gov.ua), quoted here as a regional news site (ddk.dn.ua) repeats ' +
    'it word for word; what it says after the CNAP route was cut off.',
};

/** The Kryvyi Rih city council: the CNAP administrator files it, for people from anywhere. */
const KRYVYI_RIH_NOTICE: Citation = {
  act: 'kryvyi-rih-damaged-property-notice-2022',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Постановою Кабінету Міністрів України від 26.03.2022 №380 передбачено необхідність подання повідомлення про ' +
    'пошкоджене або знищене нерухоме майно, що подає громадянин України, який є власником цього майна, або його ' +
    'законний представник.» … «подати повідомлення через адміністратора ЦНАП. На сьогодні через адміністраторів ' +
    'Центру «Віза» вже подано повідомлення від мешканців міст Маріуполя, Охтирки, сіл та селищ Херсонської області.»',
  note:
    'A city council’s notice of 03.05.2022: the CNAP administrator enters the notice for owners from other regions, ' +
    'so nothing is carried to a back office on paper; its list of the information needed was cut off after the name ' +
    'and the taxpayer number.',
};

/** News after the Ministry of Digital Transformation (2025): the damage is recorded in Diia or at a CNAP. */
const FOCUS_2025: Citation = {
  act: 'focus-evidnovlennia-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Власникам пошкодженого житла спершу необхідно зафіксувати збитки в застосунку "Дія" або звернутися до ' +
    'найближчого ЦНАПу. Про це повідомляє Міністерство цифрової трансформації України.»',
  note: 'News of 29.08.2025: the CNAP route still open in 2025.',
};

/** КМУ 380 as the procedure, its number, date and subject as the city council's notice gives them. */
const KMU_380: Citation = {
  act: 'kmu-380-2022',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  note:
    'Number, date and subject from the Kryvyi Rih city council’s notice and the CNAP card; the procedure’s text (in ' +
    'the edition of КМУ 624 of 13.06.2023) was read only in its first two points, in a hromada’s copy. The notice ' +
    'exists since 26.03.2022; the record starts on 22.05.2023, when Law 2923-IX took effect and named the holder of ' +
    'the Register, since who kept the notices before was not read.',
};

/** The notice of real property damaged or destroyed by the Russian aggression, entered in the state Register. */
export const DAMAGED_PROPERTY_NOTICE: ServiceData = {
  id: 'damaged-property-notice',
  registerId: '02418',
  register: {
    name:
      'Подання інформаційного повідомлення про пошкоджене та знищене нерухоме майно внаслідок бойових дій, ' +
      'терористичних актів, диверсій, спричинених військовою агресією Російської Федерації',
    basis: [NOVYI_ROZDIL_CARD],
  },
  social: false,
  names: {
    '2023-05-22': {
      value: {
        uk:
          'Подання інформаційного повідомлення про пошкоджене та знищене нерухоме майно внаслідок бойових дій, ' +
          'терористичних актів, диверсій, спричинених військовою агресією Російської Федерації',
        en: 'Filing the notice of real property damaged or destroyed by hostilities, terrorist acts or sabotage of the Russian aggression',
      },
      basis: [NOVYI_ROZDIL_CARD],
    },
  },
  description: {
    uk:
      'Повідомлення власника (його представника) про житло чи інше нерухоме майно, пошкоджене або знищене внаслідок ' +
      'збройної агресії РФ, для внесення до Реєстру пошкодженого та знищеного майна — перший крок до компенсації ' +
      '(«єВідновлення»). Подається в «Дії» або через адміністратора ЦНАП незалежно від того, де розташоване майно; ' +
      'вважається отриманим у день подання.',
    en:
      'The owner’s (or representative’s) notice of a home or other real property damaged or destroyed by the ' +
      'Russian aggression, entered in the Register of damaged and destroyed property: the first step towards ' +
      'compensation («єВідновлення»). Filed in Diia or through a CNAP administrator wherever the property is; ' +
      'received on the day it is filed.',
  },
  keywords: [
    'пошкоджене майно',
    'пошкоджене житло',
    'зруйноване житло',
    'повідомлення про пошкоджене майно',
    'прилетіло',
    'прильот',
    'уламки ракети',
    'зафіксувати пошкодження',
    'реєстр пошкодженого майна',
    'поврежденное жилье',
  ],
  available: {
    '2023-05-22': { value: true, basis: [KRYVYI_RIH_NOTICE, MINJUST_WAYS, FOCUS_2025] },
  },
  provider: {
    '2023-05-22': {
      value: {
        kind: 'centralAuthority',
        name: {
          uk: 'Держатель Реєстру пошкодженого та знищеного майна (центральний орган виконавчої влади у сфері розвитку інфраструктури)',
          en: 'The holder of the Register of damaged and destroyed property (the central executive body for infrastructure development)',
        },
      },
      basis: [LAW_2923_ART_14_HOLDER],
    },
  },
  legalBasis: {
    '2023-05-22': { value: [KMU_380], basis: [KRYVYI_RIH_NOTICE] },
  },
  fee: {
    '2023-05-22': { value: { kind: 'free' }, basis: [LAW_2923_ART_14_FREE, NOVYI_ROZDIL_CARD] },
  },
  term: {
    '2023-05-22': { value: { kind: 'sameDay' }, basis: [NOVYI_ROZDIL_CARD] },
  },
  result: {
    '2023-05-22': {
      value: [
        {
          uk: 'Інформаційне повідомлення, зареєстроване в Реєстрі пошкодженого та знищеного майна, і повідомлення про його реєстрацію',
          en: 'The notice registered in the Register of damaged and destroyed property, and a message that it was registered',
        },
      ],
      basis: [MINJUST_WAYS],
    },
  },
  appeal: {
    '2023-05-22': {
      value: {
        uk: 'Рішення, дії чи бездіяльність, пов’язані з Реєстром пошкодженого та знищеного майна і компенсацією, можна оскаржити до суду.',
        en: 'Decisions, actions or inaction concerning the Register of damaged and destroyed property and compensation may be appealed to a court.',
      },
      basis: [LAW_2923_ART_11_COURT],
    },
  },
  channels: {
    '2023-05-22': { value: ['cnap', 'diia'], basis: [MINJUST_WAYS, KRYVYI_RIH_NOTICE, FOCUS_2025] },
  },
  delivery: {
    '2023-05-22': { value: { models: [], socialHromada: false }, basis: [KRYVYI_RIH_NOTICE] },
  },
  applicationForm: {
    '2023-05-22': {
      value: {
        uk: 'Інформаційне повідомлення, що формується засобами Порталу «Дія»',
        en: 'A notice formed by means of the Diia portal',
      },
      basis: [MINJUST_WAYS],
    },
  },
  lifeSituations: ['housingAndUtilities', 'internalDisplacement'],
};
