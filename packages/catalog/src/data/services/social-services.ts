import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL } from '../common.js';
import type { ServiceData, Text } from '../load.js';

/** Where the wording of Law 2671-VIII was read. */
const SOURCE_2671 =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/01839-ua-law-2671-19.json, commit 35a12f9); the edition date is not stated there (Art. 21 part 4 ' +
  'already names Law 2073-IX, in force from 15.12.2023).';

/** Law 2671-VIII Art. 11 part 1 item 4 and Art. 19 part 1: who receives the application and decides. */
const LAW_2671_ART_19: Citation = {
  act: 'law-2671-viii',
  provision: { uk: 'п. 4 ч. 1 ст. 11; ч. 1 ст. 19', en: 'Art. 11 part 1 item 4; Art. 19 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Підставою для розгляду питання надання соціальних послуг за рахунок бюджетних коштів є подання до ' +
    'уповноваженого органу системи надання соціальних послуг, передбаченого пунктом 4 частини першої статті ' +
    '11 цього Закону, за місцем проживання/перебування особи: 1) заяви особи або її законного представника ' +
    'про надання соціальних послуг; 2) звернення, повідомлення інших осіб …» (Art. 11 part 1 item 4: «районні ' +
    'у містах Києві та Севастополі державні адміністрації, виконавчі органи сільських, селищних, міських, ' +
    'районних у містах (у разі їх утворення) рад»)',
  note: SOURCE_2671,
};

/** Law 2671-VIII Art. 21 parts 1–3: the decision, its 10 working days and its delivery within 3 working days. */
const LAW_2671_ART_21: Citation = {
  act: 'law-2671-viii',
  provision: { uk: 'ч. 1–3 ст. 21', en: 'Art. 21 parts 1–3' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Рішення про надання чи відмову у наданні соціальних послуг приймається протягом 10 робочих днів з дня ' +
    'одержання заяви, звернення, повідомлення про надання соціальних послуг за результатами оцінювання потреб ' +
    'особи/сім’ї у соціальних послугах. Рішення про надання чи відмову у наданні соціальних послуг екстрено ' +
    '(кризово) приймається невідкладно, не пізніше однієї доби …» «… не пізніше трьох робочих днів після його ' +
    'прийняття видається або надсилається заявнику.»',
  note: SOURCE_2671,
};

/** Law 2671-VIII Art. 21 part 4: the administrative complaint or the administrative court. */
const LAW_2671_ART_21_APPEAL: Citation = {
  act: 'law-2671-viii',
  provision: { uk: 'ч. 4 ст. 21', en: 'Art. 21 part 4' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Рішення про відмову у наданні соціальної послуги може бути оскаржено в адміністративному порядку ' +
    'відповідно до Закону України "Про адміністративну процедуру" та/або до адміністративного суду.»',
  note: `${SOURCE_2671} Recorded from 15.12.2023, when Law 2073-IX took effect; the earlier wording was not read.`,
};

/** Law 2671-VIII Art. 24 part 1: the grounds for refusal. */
const LAW_2671_ART_24: Citation = {
  act: 'law-2671-viii',
  provision: { uk: 'ч. 1 ст. 24', en: 'Art. 24 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Підставою для відмови у наданні соціальних послуг є: 1) відсутність потреби у соціальних послугах за ' +
    'результатами оцінювання потреб особи/сім’ї; 2) ненадання надавачем соціальних послуг тих соціальних ' +
    'послуг, яких потребує особа. Особі може бути відмовлено у наданні соціальних послуг у разі наявності у ' +
    'особи відповідно до медичного висновку медичних протипоказань …»',
  note: SOURCE_2671,
};

/** The Kurilivka CNAP card: the Register id 00139, its name, 10 working days, free. */
const KURILIVKA_CARD_00139: Citation = {
  act: 'cnap-kurilivka-card-00139',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 00139 Повна назва: Прийняття рішення щодо надання соціальних послуг» … «Строк: 10 ' +
    'днів (робочі); Надання послуги внутрішньо переміщеним особам здійснюється невідкладно: 1 день ' +
    '(календарні)» … «Вартість: Безоплатне надання»',
  note: 'A CNAP’s card (toolkit.in.ua); its date was not seen. The Register’s own page was not read.',
};

/** The Hlobyne CNAP card (code 03-69): the CNAP receives the application; the form of the Ministry. */
const GLOBYNSKA_CARD: Citation = {
  act: 'cnap-globynska-card-social-services',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«заява про надання соціальних послуг у письмовій або електронній формі, що складається за формою, ' +
    'затвердженою Мінсоцполітики»',
  note: 'A CNAP’s card (cnap.globynska-gromada.gov.ua/poslugi/posluga/280); «Строк надання 10 днів», «безоплатно».',
};

/** The local body of the social services system, as Law 2671-VIII Art. 11 part 1 item 4 names it. */
const LOCAL_BODY = {
  kind: 'localCouncil',
  name: {
    uk:
      'Виконавчий орган сільської, селищної, міської ради (районна в мм. Києві та Севастополі держадміністрація) ' +
      'як уповноважений орган системи надання соціальних послуг',
    en:
      'The executive body of the village, settlement or city council (a district administration in Kyiv) as ' +
      'the authorised body of the social services system',
  },
} as const;

const APPEAL_2671: Text = {
  uk:
    'Рішення про відмову можна оскаржити в адміністративному порядку (Закон «Про адміністративну процедуру») ' +
    'та/або до адміністративного суду.',
  en: 'A refusal may be appealed administratively (Law on Administrative Procedure) and/or to an administrative court.',
};

/** The decision on providing social services under Law 2671-VIII, taken by the hromada (Register 00139). */
export const SOCIAL_SERVICES: ServiceData = {
  id: 'social-services',
  registerId: '00139',
  register: {
    name: 'Прийняття рішення щодо надання соціальних послуг',
    basis: [KURILIVKA_CARD_00139],
  },
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Прийняття рішення щодо надання соціальних послуг',
        en: 'Decision on providing social services',
      },
      basis: [KURILIVKA_CARD_00139],
    },
  },
  description: {
    uk:
      'Рішення громади про надання соціальних послуг (догляд удома, денний догляд, консультування, соціальний ' +
      'супровід, натуральна допомога тощо) після оцінювання потреб особи чи сім’ї. Екстрено (кризово) — не ' +
      'пізніше однієї доби. Самі послуги безоплатні для пільгових категорій і за доходу нижче двох прожиткових ' +
      'мінімумів, з диференційованою платою — від двох до чотирьох (ст. 28 Закону «Про соціальні послуги»).',
    en:
      'The hromada’s decision to provide social services (home care, day care, counselling, social support, ' +
      'in-kind help, …) after assessing the person’s or family’s needs; in a crisis within one day. The services ' +
      'themselves are free for listed groups and below two subsistence minimums of income, with a differentiated ' +
      'fee between two and four (Law on Social Services Art. 28).',
  },
  keywords: [
    'соціальні послуги',
    'соціальна послуга',
    'догляд вдома',
    'доглядальниця',
    'соціальний працівник',
    'денний догляд',
    'соціальний супровід',
    'оцінювання потреб',
    'територіальний центр',
    'соцпослуги',
  ],
  available: {
    earliest: { value: true, basis: [LAW_2671_ART_19] },
  },
  provider: {
    earliest: { value: LOCAL_BODY, basis: [LAW_2671_ART_19] },
  },
  legalBasis: {
    earliest: { value: [LAW_2671_ART_19, LAW_2671_ART_21, LAW_2671_ART_24], basis: [LAW_2671_ART_19] },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    earliest: {
      value: {
        kind: 'term',
        term: { amount: 10, unit: 'workingDays' },
        runsFrom: {
          uk: 'одержання заяви, звернення, повідомлення про надання соціальних послуг',
          en: 'receipt of the application, request or notice about social services',
        },
      },
      basis: [LAW_2671_ART_21, KURILIVKA_CARD_00139],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про надання соціальних послуг (з результатами оцінювання потреб і надавачем) або вмотивоване рішення про відмову',
          en: 'A decision to provide social services (with the needs assessment and the provider) or a reasoned refusal',
        },
      ],
      basis: [LAW_2671_ART_21],
    },
  },
  resultDelivery: {
    earliest: {
      value: [
        {
          uk: 'Рішення видається або надсилається заявникові не пізніше трьох робочих днів після його прийняття',
          en: 'The decision is handed or sent to the applicant within three working days of being taken',
        },
      ],
      basis: [LAW_2671_ART_21],
    },
  },
  refusalGrounds: {
    earliest: {
      value: [
        {
          uk: 'Відсутність потреби у соціальних послугах за результатами оцінювання потреб особи/сім’ї',
          en: 'No need for social services according to the needs assessment',
        },
        {
          uk: 'Надавач не надає тих соціальних послуг, яких потребує особа',
          en: 'The provider does not provide the social services the person needs',
        },
        {
          uk: 'Медичні протипоказання за медичним висновком (до їх усунення)',
          en: 'Medical contraindications according to a medical report (until removed)',
        },
      ],
      basis: [LAW_2671_ART_24],
    },
  },
  appeal: {
    ...APPEAL_GENERAL,
    '2023-12-15': { value: APPEAL_2671, basis: [LAW_2671_ART_21_APPEAL] },
  },
  channels: {
    earliest: { value: ['cnap', 'usznOffice'], basis: [GLOBYNSKA_CARD, KURILIVKA_CARD_00139] },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: {
      value: {
        uk: 'Заява про надання соціальних послуг за формою, затвердженою Мінсоцполітики',
        en: 'Application for social services in the form approved by the Ministry of Social Policy',
      },
      basis: [GLOBYNSKA_CARD],
    },
  },
  lifeSituations: ['disability', 'lowIncome'],
};
