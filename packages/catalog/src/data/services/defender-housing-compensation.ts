import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** Housing Code Art. 48-1: the Cabinet sets the procedure and amount of the cash compensation. */
const HOUSING_CODE_ART_48_1: Citation = {
  act: 'housing-code',
  provision: { uk: 'ст. 48-1', en: 'Art. 48-1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Порядок та розмір надання громадянам грошової компенсації за належні їм для отримання жилі приміщення ' +
    'визначаються Кабінетом Міністрів України. {Постанови КМ № 719, № 214, № 280, № 206}»',
  note: 'Read on protocol.ua (protocol.ua/ua/gitloviy_kodeks_ukraini_stattya_48_1), a mirror of the code’s current text; the article was added by Law 1510-VI of 11.06.2009.',
};

/** КМУ 719 as the procedure, by its number, date and title as an amending resolution's copy gives them. */
const KMU_719: Citation = {
  act: 'kmu-719-2016',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  note:
    'Number, date and title from the opening of КМУ 844 of 29.07.2022 amending it (a copy on a legal portal) and ' +
    'from the Rivne CNAP’s card («згідно ПКМУ 719»); the resolution’s own text was not read.',
};

/** The Rivne CNAP's card: the name, free of charge, the two stages of the decision. */
const RIVNE_CARD: Citation = {
  act: 'rivne-cnap-card-housing-compensation',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Призначення грошової компенсації за належні для отримання жилі приміщення Вартість послуги: Безоплатно Строк ' +
    'надання адміністративної послуги: Департамент не пізніше 10 робочих днів з дати прийняття заяви з усіма ' +
    'необхідними документами вносить комісії подання про призначення виплати грошової компенсації. Комісія протягом ' +
    'п’яти робочих днів з дня надходження подання розглядає його по суті і в присутності заявника … приймає ' +
    'рішення про призначення/відмову в призначенні грошової компенсації. Для отримання грошової компенсації …, ' +
    'згідно ПКМУ 719, особи, які захищали незалежність, суверенітет та територіальну цілісність України, а також ' +
    'члени їх сімей подають: - заяву про призначення грошової компенсації; …»',
  note:
    'The card of a city CNAP (cnaprv.gov.ua), its date not seen. The term recorded (15 working days) is the sum of ' +
    'its two stages, 10 working days for the department’s submission and 5 for the commission’s decision.',
};

/** A city social policy department's page: who is entitled under КМУ 719. */
const DSPCK_PAGE: Citation = {
  act: 'dspck-housing-compensation-page',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«члени сімей загиблих осіб, визначені абзацами п’ятим - восьмим пункту 1 статті 10 Закону України «Про статус ' +
    'ветеранів війни, гарантії їх соціального захисту», особи з інвалідністю I-II груп, яка настала внаслідок ' +
    'поранення, контузії, каліцтва або захворювання, одержаних під час безпосередньої участі в антитерористичній ' +
    'операції, … визначених пунктами 11-14 частини другої статті 7 … які потребують поліпшення житлових умов і ' +
    'перебувають на обліку за місцем проживання як такі, що потребують поліпшення житлових умов …»',
  note:
    'dspck.gov.ua, a city social policy department (Cherkasy, by its phone code 0472), its date not seen; it ' +
    'names the department as the body that takes the application.',
};

/** The cash compensation for the dwelling due to defenders with a war disability and the families of the fallen (КМУ 719). */
export const DEFENDER_HOUSING_COMPENSATION: ServiceData = {
  id: 'defender-housing-compensation',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Призначення грошової компенсації за належні для отримання жилі приміщення',
        en: 'Assignment of the cash compensation for the dwelling due to be received',
      },
      basis: [RIVNE_CARD],
    },
  },
  description: {
    uk:
      'Грошова компенсація замість належного житла для членів сімей загиблих Захисників і Захисниць та осіб з ' +
      'інвалідністю I–II груп унаслідок війни, які перебувають на квартирному обліку як такі, що потребують ' +
      'поліпшення житлових умов (постанова КМУ № 719). Рішення ухвалює комісія за поданням органу соціального ' +
      'захисту, у присутності заявника.',
    en:
      'Cash compensation instead of a dwelling for the families of fallen Defenders and persons with a group I–II war ' +
      'disability who are on the housing waiting list (Cabinet resolution 719). A commission decides on the social ' +
      'protection body’s submission, with the applicant present.',
  },
  keywords: [
    'компенсація за житло',
    'грошова компенсація за належне житло',
    'житло для сімей загиблих',
    'житло для ветеранів',
    'квартирний облік',
    'компенсація замість квартири',
    'компенсация за жилье',
  ],
  available: {
    earliest: { value: true, basis: [HOUSING_CODE_ART_48_1, KMU_719] },
  },
  provider: {
    earliest: { value: USZN, basis: [DSPCK_PAGE, RIVNE_CARD] },
  },
  legalBasis: {
    earliest: { value: [HOUSING_CODE_ART_48_1, KMU_719], basis: [HOUSING_CODE_ART_48_1] },
  },
  fee: {
    earliest: { value: { kind: 'free' }, basis: [RIVNE_CARD] },
  },
  term: {
    earliest: { value: { kind: 'term', term: { amount: 15, unit: 'workingDays' } }, basis: [RIVNE_CARD] },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення комісії про призначення грошової компенсації або про відмову в призначенні',
          en: 'The commission’s decision to assign the cash compensation or to refuse it',
        },
      ],
      basis: [RIVNE_CARD],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: { value: ['cnap'], basis: [RIVNE_CARD] },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: {
      value: {
        uk: 'Заява про призначення грошової компенсації',
        en: 'Application for the cash compensation',
      },
      basis: [RIVNE_CARD],
    },
  },
  lifeSituations: ['housingAndUtilities', 'deathOfRelative', 'disability'],
};
