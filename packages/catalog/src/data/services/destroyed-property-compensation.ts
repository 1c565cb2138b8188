import type { Citation } from '@vikno/law';
import { LAW_2923_ART_11_COURT, LAW_2923_NOTE } from '../citations/war-and-displacement-2.js';
import type { ServiceData } from '../load.js';

/** Law 2923-IX Art. 4 parts 1–2: to the commission, during martial law and a year after; online or through a CNAP. */
const LAW_2923_ART_4_FILING: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'ч. 1, 2 ст. 4', en: 'Art. 4 parts 1, 2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Заява про надання компенсації за знищений об’єкт нерухомого майна подається до Комісії з розгляду питань ' +
    'щодо надання компенсації … Така заява подається під час дії воєнного стану та протягом одного року з дня його ' +
    'припинення або скасування …» «1) в електронній формі - засобами Єдиного державного вебпорталу електронних ' +
    'послуг; 2) у паперовій формі - через центр надання адміністративних послуг, орган соціального захисту ' +
    'населення або нотаріуса.»',
  note: LAW_2923_NOTE,
};

/** Law 2923-IX Art. 4 part 4: CNAPs run mobile reception points for these applications. */
const LAW_2923_ART_4_MOBILE: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'ч. 4 ст. 4', en: 'Art. 4 part 4' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«З метою прийняття заяв про надання компенсації за знищені об’єкти нерухомого майна центри надання ' +
    'адміністративних послуг та органи соціального захисту населення забезпечують роботу виїзних пунктів прийому ' +
    'таких заяв.»',
  note: LAW_2923_NOTE,
};

/** Law 2923-IX Art. 4 part 15: the CNAP administrator fills the application in through the Diia portal. */
const LAW_2923_ART_4_ADMINISTRATOR: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'ч. 15 ст. 4', en: 'Art. 4 part 15' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Адміністратор центру надання адміністративних послуг … у день звернення особи …: 1) встановлює особу ' +
    'заявника …; 2) заповнює заяву … з використанням Єдиного державного вебпорталу електронних послуг; 3) ' +
    'роздруковує заяву та забезпечує її підписання …; 4) видає заявнику примірник заяви, зареєстрованої у Реєстрі ' +
    'пошкодженого та знищеного майна …; 6) виготовляє електронні копії поданих документів …, завантажує їх до ' +
    'Реєстру …»',
  note: `${LAW_2923_NOTE} The CNAP sends nothing on paper: the application is registered in the Register of damaged and destroyed property and reaches the commission automatically (part 17), so none of the three delivery models of social services applies.`,
};

/** Law 2923-IX Art. 3 part 1: the commission is formed by the council's executive body or the military administration. */
const LAW_2923_ART_3: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'ч. 1 ст. 3', en: 'Art. 3 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Для розгляду питань щодо надання компенсації за знищені об’єкти нерухомого майна виконавчий орган сільської, ' +
    'селищної, міської, районної у місті (у разі її створення) ради …, військова адміністрація населеного пункту ' +
    'або військово-цивільна адміністрація населеного пункту утворює Комісію з розгляду питань щодо надання ' +
    'компенсації …»',
  note: LAW_2923_NOTE,
};

/** Law 2923-IX Art. 6 part 3: 30 calendar days from the application, extendable by 30 near the front. */
const LAW_2923_ART_6_TERM: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'ч. 3 ст. 6', en: 'Art. 6 part 3' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Строк розгляду заяви … не повинен перевищувати 30 календарних днів з дня подання заяви. За рішенням Комісії … ' +
    'строк розгляду заяви … може бути продовжено на 30 календарних днів, якщо знищений об’єкт нерухомого майна ' +
    'знаходиться на території територіальної громади, яка розташована в районі проведення воєнних (бойових) дій або ' +
    'перебуває в тимчасовій окупації …»',
  note: LAW_2923_NOTE,
};

/** Law 2923-IX Art. 6 parts 1, 2, 7: the decision, the housing certificate and how it reaches the applicant. */
const LAW_2923_ART_6_RESULT: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'п. 5, 6 ч. 1, ч. 2, 7 ст. 6', en: 'Art. 6 part 1 points 5, 6, parts 2, 7' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«5) прийняття рішення про надання/відмову у наданні компенсації …; 6) у разі прийняття рішення про надання ' +
    'компенсації … шляхом видачі житлового сертифіката - виготовлення житлового сертифіката … та направлення його ' +
    'заявнику: а) в електронній формі - засобами Єдиного державного вебпорталу електронних послуг або на адресу ' +
    'електронної пошти; б) у паперовій формі - на поштову адресу …» «За зверненням заявника центр надання ' +
    'адміністративних послуг … виготовляє копію житлового сертифіката у паперовій формі» «Рішення … підлягає ' +
    'затвердженню рішенням виконавчого органу ради, військової адміністрації населеного пункту … протягом п’яти ' +
    'календарних днів …»',
  note: LAW_2923_NOTE,
};

/** Law 2923-IX Art. 8 part 1: the three ways the compensation is given. */
const LAW_2923_ART_8: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'ч. 1 ст. 8', en: 'Art. 8 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Компенсація за знищений об’єкт нерухомого майна надається шляхом: 1) надання грошових коштів … на поточний ' +
    'рахунок … із спеціальним режимом використання для фінансування будівництва будинку садибного типу …; 2) ' +
    'фінансування придбання об’єкта житлової нерухомості … з використанням житлового сертифіката; 3) передачі у ' +
    'власність … об’єкта нерухомого майна, відновленого в рамках реалізації місцевих програм відновлення …»',
  note: LAW_2923_NOTE,
};

/** Law 2923-IX Art. 6 part 6: the three grounds for refusal. */
const LAW_2923_ART_6_REFUSAL: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'ч. 6 ст. 6', en: 'Art. 6 part 6' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Підставами для відмови у наданні компенсації за знищений об’єкт нерухомого майна є: 1) подання заяви … ' +
    'особою, яка не може бути отримувачем компенсації відповідно до цього Закону або не має повноважень для ' +
    'подання заяви; 2) виявлення недостовірних даних, зазначених у заяві …; 3) подання заяви … після спливу ' +
    'строку, визначеного частиною першою статті 4 цього Закону.»',
  note: LAW_2923_NOTE,
};

/** The day the law took effect: two months after publication (read), 22.05.2023 (a lawyer's blog). */
const LAW_2923_IN_FORCE: Citation = {
  act: 'liga-blog-2923-in-force',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote: '«Також 22 травня 2023 року набере чинності Закон України № 2923-IX …»',
  note: 'Law 2923-IX Art. 15 part 1 (read): «набирає чинності через два місяці з дня його опублікування»; the publication date was not read.',
};

/** No source read states a fee. */
const FEE_UNREAD: Citation = {
  act: 'law-2923-ix',
  evidence: 'none',
  checkedOn: '2026-11-26',
  note:
    'Neither Law 2923-IX (read in Art. 1–15) nor any page read names a fee for the application; recorded as free ' +
    'until a CNAP’s card or the Register’s page says otherwise.',
};

/** Compensation for a destroyed dwelling (житловий сертифікат, «єВідновлення»), Law 2923-IX. */
export const DESTROYED_PROPERTY_COMPENSATION: ServiceData = {
  id: 'destroyed-property-compensation',
  social: false,
  names: {
    '2023-05-22': {
      value: {
        uk: 'Надання компенсації за знищений об’єкт нерухомого майна (житловий сертифікат)',
        en: 'Compensation for a destroyed real-property object (the housing certificate)',
      },
      basis: [LAW_2923_ART_4_FILING, LAW_2923_ART_8],
    },
  },
  description: {
    uk:
      'Компенсація власнику за житловий будинок чи квартиру, знищені внаслідок збройної агресії РФ: житловим ' +
      'сертифікатом на придбання житла, коштами на будівництво будинку або відновленим житлом. Заяву розглядає ' +
      'комісія громади (військової адміністрації) за місцем розташування майна; у ЦНАП адміністратор заповнює ' +
      'заяву через «Дію» незалежно від місця проживання заявника. Подається під час воєнного стану і протягом року ' +
      'після його припинення.',
    en:
      'Compensation to the owner of a house or flat destroyed by the Russian aggression: a housing certificate to ' +
      'buy a home, money to build a house, or a restored dwelling. The hromada’s (military administration’s) ' +
      'commission where the property is decides; at a CNAP the administrator fills the application in through Diia, ' +
      'wherever the applicant lives. Filed during martial law and within a year after it ends.',
  },
  keywords: [
    'єВідновлення',
    'житловий сертифікат',
    'компенсація за зруйноване житло',
    'компенсація за знищене житло',
    'зруйнований будинок',
    'знищена квартира',
    'реєстр пошкодженого та знищеного майна',
    'компенсация за разрушенное жилье',
    'evidnovlennia',
  ],
  available: {
    '2023-05-22': { value: true, basis: [LAW_2923_ART_4_FILING, LAW_2923_IN_FORCE] },
  },
  provider: {
    '2023-05-22': {
      value: {
        kind: 'localCouncil',
        name: {
          uk:
            'Комісія з розгляду питань щодо надання компенсації виконавчого органу ради (військової адміністрації ' +
            'населеного пункту) за місцем розташування знищеного майна',
          en:
            'The compensation commission of the council’s executive body (or the settlement’s military ' +
            'administration) where the destroyed property is',
        },
      },
      basis: [LAW_2923_ART_3, LAW_2923_ART_4_FILING],
    },
  },
  legalBasis: {
    '2023-05-22': {
      value: [LAW_2923_ART_4_FILING, LAW_2923_ART_6_RESULT, LAW_2923_ART_8],
      basis: [LAW_2923_ART_4_FILING],
    },
  },
  fee: {
    '2023-05-22': { value: { kind: 'free' }, basis: [FEE_UNREAD] },
  },
  term: {
    '2023-05-22': {
      value: { kind: 'term', term: { amount: 30, unit: 'calendarDays' } },
      basis: [LAW_2923_ART_6_TERM],
    },
  },
  applicationWindow: {
    '2023-05-22': {
      value: {
        event: 'other',
        within: { amount: 1, unit: 'years' },
        after: {
          uk: 'припинення або скасування воєнного стану на території, де розташоване майно (і під час його дії)',
          en: 'the end or lifting of martial law where the property is (and while it lasts)',
        },
      },
      basis: [LAW_2923_ART_4_FILING],
    },
  },
  result: {
    '2023-05-22': {
      value: [
        {
          uk: 'Рішення комісії про надання компенсації або про відмову, затверджене виконавчим органом ради (військовою адміністрацією)',
          en: 'The commission’s decision to grant the compensation or to refuse it, approved by the council’s executive body (military administration)',
        },
        {
          uk: 'Житловий сертифікат, кошти на рахунок із спеціальним режимом використання або відновлене житло — за вибором',
          en: 'A housing certificate, money on a special-purpose account, or a restored dwelling, as chosen',
        },
      ],
      basis: [LAW_2923_ART_6_RESULT, LAW_2923_ART_8],
    },
  },
  resultDelivery: {
    '2023-05-22': {
      value: [
        {
          uk: 'Житловий сертифікат — у «Дії» або на електронну пошту, на паперову заяву без електронної пошти — поштою',
          en: 'The housing certificate through Diia or by e-mail; by post for a paper application without an e-mail address',
        },
        {
          uk: 'Паперову копію житлового сертифіката на прохання заявника виготовляє ЦНАП',
          en: 'A CNAP prints a paper copy of the housing certificate on the applicant’s request',
        },
      ],
      basis: [LAW_2923_ART_6_RESULT],
    },
  },
  refusalGrounds: {
    '2023-05-22': {
      value: [
        {
          uk: 'Заяву подала особа, яка не може бути отримувачем компенсації або не має повноважень на її подання',
          en: 'The application was filed by a person who cannot receive the compensation or has no power to file it',
        },
        { uk: 'У заяві виявлено недостовірні дані', en: 'The application contains untrue data' },
        {
          uk: 'Заяву подано після спливу року з дня припинення (скасування) воєнного стану',
          en: 'The application was filed more than a year after martial law ended (was lifted)',
        },
      ],
      basis: [LAW_2923_ART_6_REFUSAL],
    },
  },
  appeal: {
    '2023-05-22': {
      value: {
        uk: 'Рішення, дії чи бездіяльність, пов’язані з компенсацією, можна оскаржити до суду.',
        en: 'Decisions, actions or inaction concerning the compensation may be appealed to a court.',
      },
      basis: [LAW_2923_ART_11_COURT],
    },
  },
  channels: {
    '2023-05-22': {
      value: ['cnap', 'mobileCnap', 'diia', 'usznOffice'],
      basis: [LAW_2923_ART_4_FILING, LAW_2923_ART_4_MOBILE],
    },
  },
  delivery: {
    '2023-05-22': { value: { models: [], socialHromada: false }, basis: [LAW_2923_ART_4_ADMINISTRATOR] },
  },
  applicationForm: {
    '2023-05-22': {
      value: {
        uk: 'Заява, яку адміністратор ЦНАП заповнює через Єдиний державний вебпортал електронних послуг і дає підписати',
        en: 'An application the CNAP administrator fills in through the Diia portal and has the applicant sign',
      },
      basis: [LAW_2923_ART_4_ADMINISTRATOR],
    },
  },
  lifeSituations: ['housingAndUtilities', 'internalDisplacement'],
};
