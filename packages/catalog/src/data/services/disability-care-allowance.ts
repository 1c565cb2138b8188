import type { Citation } from '@vikno/law';
import { KMU_79, KMU_695_2025 } from '../citations/cabinet.js';
import { PFU_DN_DISABILITY, PFU_TRANSFER_2025, SOCIAL_VIA_CNAP } from '../citations/cards-and-notices.js';
import { LAW_2109, LAW_2109_ART_9 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** Kropyvnytskyi CNAP catalogue names of social services (updated 07.08.2023). */
const KR_CNAP_LIST: Citation = {
  act: 'kropyvnytskyi-cnap-social-services-2023',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Names as listed (updated 07.08.2023) per domain notes §4, tagged [V]: «Призначення надбавки на ' +
    'догляд за особами з інвалідністю з дитинства та дітьми з інвалідністю». Not re-read in this ' +
    'session; exact page not known.',
};

/** Law 2109-III Art. 3: the care allowance (надбавка на догляд). */
const LAW_2109_ART_3: Citation = {
  act: 'law-2109-iii',
  provision: {
    uk: 'ст. 3',
    en: 'Art. 3',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Особам з інвалідністю з дитинства I групи встановлюється надбавка на догляд за ними…» … «Одиноким ' +
    'особам з інвалідністю з дитинства II і III груп, яким … визначено потребу в постійному догляді, ' +
    'встановлюється надбавка на догляд…» … «Надбавка на догляд за дитиною з інвалідністю віком до 18 років ' +
    'призначається одному з батьків, усиновителів, опікуну, піклувальнику, які не працюють…»',
  note:
    'Read on 2026-11-26 in the official text as ingested from zakon.rada.gov.ua into ' +
    'github.com/Ansvar-Systems/Ukrainian-law-mcp (data/seed/06288-ua-law-2109-14.json, commit 35a12f9 of 2026-02-22; the ' +
    'edition current at ingestion, its date not stated).' +
    ' The edition read includes the part added by Law 4681-IX (the allowance for a child is suspended while ' +
    'child-care or «єЯсла» assistance is paid). The amounts (200/100/75/50 % of the subsistence minimum) are ' +
    'not among the catalogue’s values. Earlier wording («дитиною-інвалідом») seen on civilniy.org.ua ' +
    '(secondary) carries the same allowance.',
};

/** Oleksandriia CNAP card for the care allowance: 10 days, free. */
const OLEX_CARD_CARE: Citation = {
  act: 'cnap-olexrada-care-allowance',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Строк надання 10 днів», «Платність послуги безоплатно» (local code 19-14). The unit of ' +
    'the 10 days is not stated; calendar days are assumed as for the assistance itself (card 00151). ' +
    'Date of the page not seen.',
};

/** The care allowance added to the assistance for persons disabled since childhood and children with disabilities. */
export const DISABILITY_CARE_ALLOWANCE: ServiceData = {
  id: 'disability-care-allowance',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Призначення надбавки на догляд за особами з інвалідністю з дитинства та дітьми з інвалідністю',
        en:
          'Assignment of the care allowance for persons disabled since childhood and children with ' +
          'disabilities',
      },
      basis: [KR_CNAP_LIST],
    },
  },
  description: {
    uk:
      'Надбавка до державної соціальної допомоги на догляд: особам з інвалідністю з дитинства I групи, ' +
      'одиноким особам II–III груп, які потребують догляду, та на дітей з інвалідністю (одному з ' +
      'непрацюючих батьків, опікуну).',
    en:
      'An allowance on top of the state social assistance for care: for people disabled since ' +
      'childhood in group I, single people in groups II–III who need care, and for children with ' +
      'disabilities (paid to a non-working parent or guardian).',
  },
  keywords: [
    'надбавка на догляд',
    'догляд',
    'підгрупа А',
    'догляд за особою з інвалідністю з дитинства',
    'догляд за дитиною з інвалідністю',
    'ЛКК',
  ],
  available: {
    earliest: {
      value: true,
      basis: [LAW_2109_ART_3],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [LAW_2109_ART_9],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, PFU_DN_DISABILITY],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2109],
      basis: [LAW_2109_ART_3],
    },
    '2021-02-03': {
      value: [LAW_2109, KMU_79],
      basis: [KMU_79],
    },
    '2025-07-01': {
      value: [LAW_2109, KMU_79, KMU_695_2025],
      basis: [PFU_DN_DISABILITY],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    earliest: {
      value: {
        kind: 'term',
        term: {
          amount: 10,
          unit: 'calendarDays',
        },
      },
      basis: [OLEX_CARD_CARE, LAW_2109_ART_9],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення надбавки на догляд або про відмову в її призначенні',
          en: 'A decision to assign the care allowance or to refuse it',
        },
      ],
      basis: [LAW_2109_ART_3],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'usznOffice'],
      basis: [OLEX_CARD_CARE, SOCIAL_VIA_CNAP],
    },
    '2025-07-01': {
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post'],
      basis: [PFU_TRANSFER_2025],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['disability'],
};
