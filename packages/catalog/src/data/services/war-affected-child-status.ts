import type { Citation } from '@vikno/law';
import { SEED_MODELS } from '../citations/cards-and-notices.js';
import { APPEAL_GENERAL, CEILING_TERM, FREE_AS_SOCIAL } from '../common.js';
import type { ServiceData } from '../load.js';

const LAW_2402_NOTE =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/06186-ua-law-2402-14.json, commit 35a12f9); the edition date is not stated there.';

/** Law 2402-III Art. 30-1: the guardianship body grants the status; the Cabinet sets the procedure. */
const LAW_2402_ART_30_1: Citation = {
  act: 'law-2402-iii',
  provision: { uk: 'абз. 7 ст. 30-1', en: 'Art. 30-1 paragraph 7' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надається органом опіки та ' +
    'піклування за місцем звернення або за місцем виявлення такої дитини місцевими органами виконавчої влади ' +
    'та/або органами місцевого самоврядування. Порядок та умови надання статусу … визначається Кабінетом Міністрів ' +
    'України.»',
  note:
    `${LAW_2402_NOTE} The paragraph is counted in that text. The place («за місцем звернення або за місцем виявлення») ` +
    'is left out of the provider’s name: news of 01.09.2025 (life.pravda.com.ua, citing the ministry) says it was ' +
    'the place of displacement before, and when the law’s wording changed was not read.',
};

/** Law 2402-III Art. 1: who is a child affected by hostilities and armed conflicts. */
const LAW_2402_ART_1: Citation = {
  act: 'law-2402-iii',
  provision: { uk: 'ст. 1', en: 'Art. 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«дитина, яка постраждала внаслідок воєнних дій та збройних конфліктів, - дитина, яка внаслідок воєнних дій чи ' +
    'збройного конфлікту отримала поранення, контузію, каліцтво, зазнала фізичного, сексуального, психологічного ' +
    'насильства, була викрадена, депортована або примусово переміщена, залучалася до участі у військових ' +
    'формуваннях, незаконно утримувалася, у тому числі в полоні, дитина, батьки (один із батьків) … якої зникли ' +
    'безвісти за особливих обставин або померли (загинули) …, а також дитина, позбавлена батьківського піклування ' +
    'внаслідок воєнних дій чи збройного конфлікту»',
  note: LAW_2402_NOTE,
};

/** КМУ 268 as the procedure, by its number, date and title as hromadas' pages give them. */
const KMU_268: Citation = {
  act: 'kmu-268-2017',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  note:
    'Number, date and title from hromadas’ pages (girska-gromada.gov.ua, zgurivska-gromada.gov.ua, which quotes ' +
    'point 2 as КМУ 1065 of 01.09.2025 restated it); the resolution’s text was not read.',
};

/** Odesa: every CNAP of the city takes the application since early 2026 (news). */
const ODESSA_CNAP_2026: Citation = {
  act: 'odessa-life-war-child-status-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Во всех отделениях ЦНАПа Одессы стартовало предоставление административной услуги «Предоставление статуса ' +
    'ребенка, пострадавшего в результате военных действий и вооруженных конфликтов».»',
  note: 'News of 09.02.2026; the decision stays with the city’s children’s service (Служба у справах дітей), as the page lists it.',
};

/** Kryvyi Rih: the CNAP «Віза» takes the application; who may apply (news). */
const KRYVYI_RIH_CNAP: Citation = {
  act: 'krnews-war-child-status-viza',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Для подання заяви до Центру "Віза" (Центр Дії) має звернутись один із батьків дитини, законний представник, ' +
    'а також дитина, якій вже виповнилося 14 років.»',
  note: 'News; its date was not seen. The Centre «Віза» is the Kryvyi Rih CNAP; documents go to the district councils’ executive committees.',
};

/** The Hirske military administration's page: the application goes to the children's service; a child of 14 may apply. */
const GIRSKA_PAGE: Citation = {
  act: 'girska-war-child-status-documents',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Перелік документів для отримання статусу, відповідно до вказаної постанови, які подаються до служби у справах ' +
    'дітей за фактичним місцем проживання: - заява про надання статусу (особи з 14 років мають право писати ' +
    'самостійно)»',
  note: 'A city military administration’s page of 27.09.2023, before КМУ 1065 of 2025 changed the procedure.',
};

/** No source read says which of the three models a CNAP uses for this service. */
const MODEL_III_UNREAD: Citation = {
  ...SEED_MODELS,
  evidence: 'none',
  checkedOn: '2026-11-26',
  note:
    'Model III (the CNAP takes the paper file and passes it to the provider) is recorded because the provider is the ' +
    'children’s service, not a social protection unit with «Соціальна громада»; no page read says which model a ' +
    'CNAP uses for this service.',
};

/** Granting the status of a child affected by hostilities and armed conflicts (статус дитини, яка постраждала внаслідок воєнних дій). */
export const WAR_AFFECTED_CHILD_STATUS: ServiceData = {
  id: 'war-affected-child-status',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Надання статусу дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів',
        en: 'Granting the status of a child affected by hostilities and armed conflicts',
      },
      basis: [KMU_268, ODESSA_CNAP_2026],
    },
  },
  description: {
    uk:
      'Статус дитині (або особі, яка на час воєнних дій не досягла 18 років), що внаслідок війни отримала ' +
      'поранення чи каліцтво, зазнала фізичного, сексуального чи психологічного насильства, була викрадена, ' +
      'депортована або примусово переміщена, утримувалася в полоні, чиї батьки загинули чи зникли безвісти, або яка ' +
      'позбавлена батьківського піклування внаслідок війни. Надає орган опіки та піклування (служба у справах ' +
      'дітей); заяву подають батьки, законний представник або сама дитина з 14 років.',
    en:
      'A status for a child (or a person under 18 at the time of the hostilities) who because of the war was wounded ' +
      'or maimed, suffered physical, sexual or psychological violence, was abducted, deported or forcibly displaced, ' +
      'held captive, whose parents died or went missing, or who lost parental care because of the war. Granted by ' +
      'the guardianship body (the children’s service); the parents, a legal representative or the child from 14 apply.',
  },
  keywords: [
    'дитина війни',
    'статус дитини війни',
    'дитина постраждала від війни',
    'постраждала дитина',
    'статус постраждалої дитини',
    'психологічне насильство',
    'служба у справах дітей',
    'ССД',
    'ребенок войны',
    'статус ребенка пострадавшего от войны',
  ],
  available: {
    earliest: { value: true, basis: [LAW_2402_ART_30_1, KMU_268] },
  },
  provider: {
    earliest: {
      value: {
        kind: 'other',
        name: {
          uk: 'Орган опіки та піклування (служба у справах дітей)',
          en: 'The guardianship body (the children’s service)',
        },
      },
      basis: [LAW_2402_ART_30_1, GIRSKA_PAGE],
    },
  },
  legalBasis: {
    earliest: { value: [LAW_2402_ART_30_1, LAW_2402_ART_1, KMU_268], basis: [LAW_2402_ART_30_1] },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    earliest: {
      value: [
        {
          uk: 'Надання дитині статусу органом опіки та піклування або відмова в його наданні',
          en: 'The guardianship body grants the child the status or refuses it',
        },
      ],
      basis: [LAW_2402_ART_30_1],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: { value: ['cnap'], basis: [KRYVYI_RIH_CNAP, ODESSA_CNAP_2026] },
  },
  delivery: {
    earliest: { value: { models: ['III'], socialHromada: false }, basis: [MODEL_III_UNREAD] },
  },
  applicationForm: {
    earliest: {
      value: {
        uk: 'Заява про надання статусу (дитина з 14 років може подати її сама)',
        en: 'Application for the status (a child from 14 may file it alone)',
      },
      basis: [GIRSKA_PAGE, KRYVYI_RIH_CNAP],
    },
  },
  lifeSituations: ['internalDisplacement', 'deathOfRelative'],
};
