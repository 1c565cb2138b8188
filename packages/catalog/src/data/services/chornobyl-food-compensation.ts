import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, PFU } from '../common.js';
import type { ServiceData } from '../load.js';

const LAW_796_NOTE =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/08029-ua-law-796-12.json, commit 35a12f9); the edition date is not stated there. The 2026 budget law ' +
  '(4695-IX) suspends item 4 of Art. 20 for 2026, not item 14.';

/** Law 796-XII Art. 20 item 14: category 1 gets 50% of the cost of food by medical norms compensated. */
const LAW_796_ART_20_P14: Citation = {
  act: 'law-796-xii',
  provision: { uk: 'п. 14 ч. 1 ст. 20', en: 'Art. 20 part 1 item 14' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Особам, віднесеним до категорії 1 … надаються такі гарантовані державою компенсації та пільги: … 14) ' +
    'забезпечення продуктами харчування за медичними нормами … Зазначеним особам компенсується 50 процентів ' +
    'вартості продуктів харчування за медичними нормами…»',
  note: LAW_796_NOTE,
};

/** Law 796-XII Art. 21 item 6: category 2 gets 25% of the cost of food by physiological norms compensated. */
const LAW_796_ART_21_P6: Citation = {
  act: 'law-796-xii',
  provision: { uk: 'п. 6 ч. 1 ст. 21', en: 'Art. 21 part 1 item 6' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Особам, віднесеним до категорії 2 … надаються такі гарантовані державою компенсації та пільги: … 6) ' +
    'забезпечення продуктами харчування за фізіологічними нормами … Зазначеним особам компенсується 25 процентів ' +
    'вартості продуктів харчування за фізіологічними нормами…»',
  note: LAW_796_NOTE,
};

/** sud.ua (09.11.2025), retelling the Pension Fund: who, the documents, the channels, 10 days, a refusal ground. */
const SUD_PFU: Citation = {
  act: 'sud-chornobyl-food-compensation-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«за даними ПФУ, право на виплати мають особи зі статусом учасника ліквідації наслідків аварії на ЧАЕС, ' +
    'учасника ліквідації ядерної аварії, постраждалого від Чорнобильської катастрофи або радіаційного ' +
    'освітлення – віднесені до категорій 1 або 2.» «Обратися можна в сервісному центрі ПФУ, поштою, через портал ' +
    '«Дія», уповноваженими особами місцевих рад або ЦНАП.» «Виплата призначається не пізніше 10 днів після ' +
    'подачі повного пакета документів.» «Компенсація не надається при неповному пакеті документів, зміні міс…»',
  note:
    'News retelling the Pension Fund (the page mixes Russian and Ukrainian). The refusal grounds were read only to ' +
    'the first; the 10 days are read as calendar days. The day the Fund took the payment over was not read: the ' +
    'service is recorded from the general transfer of 01.07.2025.',
};

/** politeka.net (21.09.2025): the Pension Fund reminds of the payment and the same channels. */
const POLITEKA_PFU: Citation = {
  act: 'politeka-chornobyl-food-compensation-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«У Пенсійному фонді нагадали, що виплати передбачені Законом України «Про статус і соціальний захист ' +
    'громадян, які постраждали внаслідок Чорнобильської катастрофи».» «Подати заяву можна різними шляхами. Для ' +
    'цього громадянам доступні сервісні центри Пенсійного фонду, електронний портал «Дія», а також можливість ' +
    'звернення через уповноважених представників органів місцевого самоврядування чи до Центрів надання ' +
    'адміністративних послуг.»',
  note: 'News retelling the Pension Fund.',
};

/** 24tv.ua (08.11.2025), citing the Pension Fund and Diia: the three refusal grounds, the channels, 10 days. */
const TV24_PFU: Citation = {
  act: 'tv24-chornobyl-food-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«для отримання допомоги потрібно подати заявку до Пенсійного фонду, ЦНАП, місцевої ради або онлайн або через ' +
    'чи сайт ПФУ з усіма документами.» «Виплати призначають протягом 10 днів після подання повного пакета ' +
    'документів.» «відмова у виплаті можлива, якщо немає документів, змінилося місце реєстрації без повідомлення ' +
    'або втрачено статус, що дає право на допомогу.»',
  note: 'News citing the Pension Fund and Diia.',
};

/** The monetary compensation of the cost of food to persons of categories 1 and 2 affected by the Chornobyl catastrophe. */
export const CHORNOBYL_FOOD_COMPENSATION: ServiceData = {
  id: 'chornobyl-food-compensation',
  social: true,
  names: {
    '2025-07-01': {
      value: {
        uk:
          'Призначення грошової компенсації вартості продуктів харчування особам, віднесеним до категорій 1 і 2 ' +
          'постраждалих внаслідок Чорнобильської катастрофи',
        en:
          'Assignment of the monetary compensation of the cost of food to persons of categories 1 and 2 affected by ' +
          'the Chornobyl catastrophe',
      },
      basis: [SUD_PFU, LAW_796_ART_20_P14],
    },
  },
  description: {
    uk:
      'Щомісячна грошова компенсація частини вартості продуктів харчування особам, віднесеним до категорії 1 (50 ' +
      'відсотків за медичними нормами) і категорії 2 (25 відсотків за фізіологічними нормами) постраждалих ' +
      'внаслідок Чорнобильської катастрофи: учасникам ліквідації наслідків аварії на ЧАЕС та інших ядерних аварій, ' +
      'потерпілим і особам, які зазнали радіаційного опромінення.',
    en:
      'A monthly monetary compensation of part of the cost of food to persons of category 1 (50 percent by medical ' +
      'norms) and category 2 (25 percent by physiological norms) affected by the Chornobyl catastrophe: clean-up ' +
      'workers of Chornobyl and other nuclear accidents, victims and persons exposed to radiation.',
  },
  keywords: [
    'компенсація на харчування',
    'компенсація за харчування',
    'чорнобильські',
    'чорнобилець',
    'ліквідатор ЧАЕС',
    'харчування чорнобильцям',
    'компенсация на питание',
    'категорія 1',
    'категорія 2',
  ],
  available: {
    '2025-07-01': { value: true, basis: [LAW_796_ART_20_P14, LAW_796_ART_21_P6] },
  },
  provider: {
    '2025-07-01': { value: PFU, basis: [SUD_PFU, POLITEKA_PFU] },
  },
  legalBasis: {
    '2025-07-01': {
      value: [LAW_796_ART_20_P14, LAW_796_ART_21_P6],
      basis: [LAW_796_ART_20_P14, LAW_796_ART_21_P6],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    '2025-07-01': {
      value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } },
      basis: [SUD_PFU, TV24_PFU],
    },
  },
  result: {
    '2025-07-01': {
      value: [
        {
          uk: 'Рішення про призначення компенсації на харчування або про відмову в ній',
          en: 'A decision to assign the food compensation or to refuse it',
        },
      ],
      basis: [SUD_PFU],
    },
  },
  refusalGrounds: {
    '2025-07-01': {
      value: [
        { uk: 'Подано неповний пакет документів', en: 'The documents handed over are incomplete' },
        {
          uk: 'Змінилося місце реєстрації без повідомлення',
          en: 'The place of registration changed without notice',
        },
        { uk: 'Втрачено статус, що дає право на компенсацію', en: 'The status giving the right was lost' },
      ],
      basis: [SUD_PFU, TV24_PFU],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2025-07-01': {
      value: ['pfuOffice', 'post', 'diia', 'starostaOrAuthorisedOfficial', 'cnap'],
      basis: [SUD_PFU, POLITEKA_PFU, TV24_PFU],
    },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    '2025-07-01': { value: { uk: 'Заява', en: 'Application' }, basis: [SUD_PFU] },
  },
  lifeSituations: ['disability'],
};
