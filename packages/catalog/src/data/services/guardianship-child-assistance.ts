import type { Citation } from '@vikno/law';
import { KMU_1751 } from '../citations/cabinet.js';
import {
  KRLIMAN_ARTICLES,
  KROPYVNYTSKYI_NAMES,
  PFU_PORTAL_NEWS,
  PFU_TRANSFER_2025,
} from '../citations/cards-and-notices.js';
import { LAW_2811 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FAMILY_ASSISTANCE_TERM, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** Pension Fund material (via a news site) on guardianship assistance. */
const PFU_NEWS_GUARDIANSHIP: Citation = {
  act: 'pfu-news-guardianship-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«З жовтня 2025 року нарахування виплат здійснює Пенсійний фонд» (05.10.2025): ambiguous ' +
    '(October payments, or a later switch than 01.07.2025?). The switch on 01.07.2025 is assumed ' +
    'with the other types; unconfirmed.',
};

/** Law 2811-XII Arts. 16–18: assistance for children under guardianship or curatorship. */
const LAW_2811_GUARDIANSHIP: Citation = {
  act: 'law-2811-xii',
  provision: {
    uk: 'ст. 16–18',
    en: 'Arts. 16–18',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Стаття 16. … Допомога на дітей, над якими встановлено опіку чи піклування, призначається особам, ' +
    'призначеним в установленому законом порядку опікунами чи піклувальниками дітей, які позбавлені ' +
    'батьківського піклування.» «Стаття 17. … Допомога на дітей, над якими встановлено опіку чи піклування, ' +
    'призначається на підставі рішення про встановлення опіки чи піклування.»',
  note:
    'Read on 2026-11-26 in the official text as ingested from zakon.rada.gov.ua into ' +
    'github.com/Ansvar-Systems/Ukrainian-law-mcp (data/seed/07833-ua-law-2811-12.json, commit 35a12f9 of ' +
    '2026-02-22; the edition current at ingestion, its date not stated).' +
    ' Art. 18 sets the amount. Art. 17 reads the same in the 2019 edition on kodeksy.com.ua (secondary copy, ' +
    '«в редакції Закону N 269-VI від 15.04.2008»). Article numbers first from old.krliman.gov.ua.',
};

/** Assistance for children under guardianship or curatorship (Law 2811-XII Arts. 16–18). */
export const GUARDIANSHIP_CHILD_ASSISTANCE: ServiceData = {
  id: 'guardianship-child-assistance',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Призначення державної допомоги на дітей, над якими встановлено опіку чи піклування',
        en: 'Assignment of state assistance for children under guardianship or curatorship',
      },
      basis: [KROPYVNYTSKYI_NAMES],
    },
  },
  description: {
    uk:
      'Щомісячна допомога опікуну або піклувальнику на дитину-сироту чи дитину, позбавлену ' +
      'батьківського піклування; призначається на підставі рішення про встановлення опіки чи ' +
      'піклування.',
    en:
      'Monthly assistance to the guardian or curator of an orphan or a child deprived of parental ' +
      'care, assigned on the basis of the guardianship decision.',
  },
  keywords: ['опіка', 'піклування', 'опікун', 'піклувальник', 'дитина-сирота'],
  available: {
    earliest: {
      value: true,
      basis: [LAW_2811],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [LAW_2811, KMU_1751],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, PFU_NEWS_GUARDIANSHIP],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2811_GUARDIANSHIP, KMU_1751],
      basis: [LAW_2811_GUARDIANSHIP, KRLIMAN_ARTICLES],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: FAMILY_ASSISTANCE_TERM,
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
      basis: [KMU_1751],
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
      ],
      basis: [PFU_TRANSFER_2025, PFU_PORTAL_NEWS, PFU_NEWS_GUARDIANSHIP],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['adoptionAndGuardianship'],
};
