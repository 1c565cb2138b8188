import type { Citation } from '@vikno/law';
import { KMU_11_2023_DIIA, KMU_1751 } from '../citations/cabinet.js';
import {
  KRLIMAN_ARTICLES,
  KROPYVNYTSKYI_NAMES,
  PFU_PORTAL_NEWS,
  PFU_TRANSFER_2025,
} from '../citations/cards-and-notices.js';
import { LAW_2811_ART_6_TERM } from '../citations/evidence-catalog.js';
import { LAW_2811 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** Register card 00147 (adoption assistance), as a hromada CNAP publishes it. */
const CARD_00147: Citation = {
  act: 'register-card-00147-kubeyska',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Ідентифікатор послуги: 00147»; «Строк: 10 днів (календарні)»; «Безоплатне надання»; «звернення ' +
    '… надійшло не пізніше дванадцяти місяців з дня набрання законної сили рішенням про усиновлення ' +
    'дитини». The same text is on kurilivka-otg.toolkit.in.ua/cnap/functionality/32614.',
};

/** Pension Fund material (via a news agency) on adoption-related assistance and where to apply. */
const PFU_NEWS_ADOPTION: Citation = {
  act: 'pfu-news-adoption-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'News item of 29.12.2025 titled on adoption assistance, citing the Pension Fund; it lists ' +
    'applying through a PFU service centre, the PFU web portal, Diia, the PFU app, authorised ' +
    'officials, CNAP and post. The excerpt read is mostly about orphans in family-type homes; not an ' +
    'official list of transferred types.',
};

/** Law 2811-XII Arts. 12-1–12-3: adoption assistance. */
const LAW_2811_ADOPTION: Citation = {
  act: 'law-2811-xii',
  provision: {
    uk: 'ст. 12-1–12-3',
    en: 'Arts. 12-1–12-3',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Стаття 12-1. Право на допомогу при усиновленні дитини. Право на допомогу при усиновленні дитини має ' +
    'особа, яка є громадянином України, постійно проживає на її території та усиновила дитину з числа ' +
    'дітей-сиріт, дітей, позбавлених батьківського піклування, або дитину, батьки якої надали згоду на її ' +
    'усиновлення…»',
  note:
    'Read on 2026-11-26 in the official text as ingested from zakon.rada.gov.ua into ' +
    'github.com/Ansvar-Systems/Ukrainian-law-mcp (data/seed/07833-ua-law-2811-12.json, commit 35a12f9 of ' +
    '2026-02-22; the edition current at ingestion, its date not stated).' +
    ' Arts. 12-2 (conditions: on the adoption decision, per child, within twelve months) and 12-3 (amount) ' +
    'follow. The 2019 edition on kodeksy.com.ua (secondary copy, read 2026-11-25) gave the right to adopters of ' +
    'orphans and children deprived of parental care only; the adoption with the parents’ consent is in the ' +
    'edition read, since when was not established. Article numbers first from old.krliman.gov.ua.',
};

/** Law 2811-XII Art. 12-2 part 3: the twelve months to apply, from the adoption decision taking legal force. */
const LAW_2811_ADOPTION_WINDOW: Citation = {
  act: 'law-2811-xii',
  provision: {
    uk: 'ч. 3 ст. 12-2',
    en: 'Art. 12-2 part 3',
  },
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    'Допомога при усиновленні дитини призначається за умови, якщо звернення за її призначенням надійшло не ' +
    'пізніше дванадцяти місяців з дня набрання законної сили рішенням про усиновлення дитини.',
  note:
    'Read on kodeksy.com.ua (statja-12-2, «Чинний зі змінами. Перевірено 08.07.2019»): the edition before ' +
    'Law 4681-IX, whose changes from 2026 were not read. Months, not «календарних місяців» as some council ' +
    'pages paraphrase it.',
};

/**
 * The Register's name of service 00147 as the Kubei hromada's CNAP card (a page of the e-services toolkit that
 * shows the Register's id and full name) gives it, read on 2026-11-26.
 */
const REGISTER_CARD_00147: Citation = {
  act: 'register-card-00147-kubeyska',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 00147 Повна назва: Призначення державної допомоги при усиновленні дитини … ' +
    'Де отримати • Структурні під…»',
  note:
    'kubeyska.od.gov.ua/cnap/functionality/33705, read in a stored copy; the list «Де отримати» is cut after ' +
    'its first words, so the provider as the Register gives it was not read. The same id and name on ' +
    'kurilivka-otg.toolkit.in.ua/cnap/functionality/32614 (its list cut at «С…»). The Register’s own page on ' +
    'guide.diia.gov.ua was not found among the stored pages.',
};

/** Adoption assistance (Law 2811-XII Arts. 12-1–12-3). */
export const ADOPTION_ASSISTANCE: ServiceData = {
  id: 'adoption-assistance',
  registerId: '00147',
  register: {
    name: 'Призначення державної допомоги при усиновленні дитини',
    basis: [REGISTER_CARD_00147],
  },
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Призначення державної допомоги при усиновленні дитини',
        en: 'Assignment of state assistance at the adoption of a child',
      },
      basis: [CARD_00147, KROPYVNYTSKYI_NAMES],
    },
  },
  description: {
    uk:
      'Допомога на кожну усиновлену дитину з числа дітей-сиріт або дітей, позбавлених батьківського ' +
      'піклування; якщо усиновлювачі — подружжя, її отримує один з них.',
    en:
      'Assistance for each adopted child who was an orphan or deprived of parental care; where a ' +
      'married couple adopts, one of them receives it.',
  },
  keywords: ['усиновлення', 'допомога при усиновленні', 'усиновлювач', 'всиновлення'],
  available: {
    earliest: {
      value: true,
      basis: [LAW_2811, CARD_00147],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [LAW_2811, KMU_1751, CARD_00147],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, PFU_NEWS_ADOPTION],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2811_ADOPTION, KMU_1751],
      basis: [LAW_2811_ADOPTION, CARD_00147, KRLIMAN_ARTICLES],
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
      basis: [CARD_00147],
    },
    '2026-01-01': {
      value: {
        kind: 'term',
        term: {
          amount: 10,
          unit: 'calendarDays',
        },
      },
      basis: [LAW_2811_ART_6_TERM, CARD_00147],
    },
  },
  applicationWindow: {
    earliest: {
      value: {
        event: 'adoption',
        within: {
          amount: 12,
          unit: 'months',
        },
        after: {
          uk: 'набрання законної сили рішенням про усиновлення дитини',
          en: 'the adoption decision taking legal effect',
        },
      },
      basis: [LAW_2811_ADOPTION_WINDOW, CARD_00147],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
          en: 'A decision to assign the assistance or to refuse it',
        },
      ],
      basis: [KMU_1751],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'cnapTerritorialUnit', 'remoteWorkplace', 'starostaOrAuthorisedOfficial', 'usznOffice'],
      basis: [KMU_1751, CARD_00147],
    },
    '2025-07-01': {
      value: [
        'cnap',
        'cnapTerritorialUnit',
        'remoteWorkplace',
        'starostaOrAuthorisedOfficial',
        'pfuOffice',
        'pfuPortal',
        'post',
        'diia',
      ],
      basis: [PFU_TRANSFER_2025, PFU_PORTAL_NEWS, PFU_NEWS_ADOPTION, KMU_11_2023_DIIA],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['adoptionAndGuardianship'],
};
