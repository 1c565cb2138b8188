import type { Citation } from '@vikno/law';
import { KMU_1751, KMU_1805 } from '../citations/cabinet.js';
import {
  CABINET_CNAP_2026,
  KROPYVNYTSKYI_NAMES,
  PFU_PORTAL_NEWS,
  PFU_TRANSFER_2025,
} from '../citations/cards-and-notices.js';
import { LAW_2811, LAW_4681, LAW_4681_IN_FORCE_2026 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FAMILY_ASSISTANCE_TERM, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** The State Social Service notice on maternity assistance for uninsured women (before the transfer). */
const NSSU_MATERNITY_2024: Citation = {
  act: 'nssu-maternity-uninsured-2024',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    '22.04.2024: «необхідно звернутися до органу соціального захисту населення або ЦНАПу»; ' +
    '«Звернутися за допомогою можна не пізніше, ніж через 6 місяців після закінчення відпустки у ' +
    'зв’язку з вагітністю та пологами».',
};

/** Pension Fund material (via news sites) that from July 2025 uninsured women apply to the Fund. */
const PFU_NEWS_MATERNITY_2025: Citation = {
  act: 'pfu-news-maternity-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '27.08.2025: «для її оформлення слід звернутися до Пенсійного фонду»; Главком (09.08.2025) lists ' +
    'applying at a PFU service centre. News sites, not the Fund’s own page.',
};

const NSSU_MATERNITY_WINDOW_2024: Citation = {
  act: 'nssu-maternity-uninsured-2024',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    '22.04.2024: «необхідно звернутися до органу соціального захисту населення або ЦНАПу»; ' +
    '«Звернутися за допомогою можна не пізніше, ніж через 6 місяців після закінчення відпустки у ' +
    'зв’язку з вагітністю та пологами». Seen in 2024; whether Law 4681-IX kept the 6 months from ' +
    '2026 was not checked.',
};

/** Maternity assistance for women not covered by social insurance (Law 2811-XII). */
export const MATERNITY_ASSISTANCE_UNINSURED: ServiceData = {
  id: 'maternity-assistance-uninsured',
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Призначення державної допомоги у зв’язку з вагітністю та пологами жінкам, які не застраховані в ' +
          'системі загальнообов’язкового державного соціального страхування',
        en:
          'Assignment of state maternity assistance to women not covered by compulsory state social ' +
          'insurance',
      },
      basis: [KROPYVNYTSKYI_NAMES],
    },
  },
  description: {
    uk:
      'Допомога за період відпустки у зв’язку з вагітністю та пологами (70 днів до і 56 або 70 днів ' +
      'після пологів) жінкам, за яких не сплачуються страхові внески: безробітним, студенткам, ' +
      'військовослужбовицям, звільненим у зв’язку з ліквідацією, ФОП поза страхуванням.',
    en:
      'Assistance for the maternity leave period (70 days before and 56 or 70 days after birth) to ' +
      'women without social insurance: unemployed women, students, servicewomen, women dismissed on ' +
      'liquidation, uninsured sole traders.',
  },
  keywords: ['вагітність', 'пологи', 'декретні', 'допомога по вагітності', 'незастраховані'],
  available: {
    earliest: {
      value: true,
      basis: [LAW_2811, NSSU_MATERNITY_2024],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [LAW_2811, NSSU_MATERNITY_2024],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, PFU_NEWS_MATERNITY_2025, KMU_1805],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2811, KMU_1751],
      basis: [NSSU_MATERNITY_2024],
    },
    '2026-01-01': {
      value: [LAW_2811, LAW_4681, KMU_1751, KMU_1805],
      basis: [KMU_1805, LAW_4681_IN_FORCE_2026],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: FAMILY_ASSISTANCE_TERM,
  applicationWindow: {
    earliest: {
      value: {
        event: 'endOfMaternityLeave',
        within: {
          amount: 6,
          unit: 'months',
        },
        after: {
          uk: 'закінчення відпустки у зв’язку з вагітністю та пологами',
          en: 'the end of maternity leave',
        },
      },
      basis: [NSSU_MATERNITY_WINDOW_2024],
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
      basis: [NSSU_MATERNITY_2024],
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
      basis: [PFU_TRANSFER_2025, PFU_PORTAL_NEWS, PFU_NEWS_MATERNITY_2025],
    },
    '2026-01-01': {
      value: ['pfuOffice', 'pfuPortal'],
      basis: [KMU_1805],
    },
    '2026-02-05': {
      value: [
        'cnap',
        'cnapTerritorialUnit',
        'remoteWorkplace',
        'starostaOrAuthorisedOfficial',
        'pfuOffice',
        'pfuPortal',
      ],
      basis: [KMU_1805, CABINET_CNAP_2026],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['pregnancy', 'childBirth'],
};
