import type { Citation } from '@vikno/law';
import { KMU_209, PORYADOK_209_P3 } from '../citations/cabinet.js';
import { YAMPIL_DUPLICATE_CARD } from '../citations/cards-and-notices.js';
import { LAW_2402 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL } from '../common.js';
import type { ServiceData } from '../load.js';

/** The Globyno CNAP card for a repeated (duplicate) certificate: the term. */
const GLOBYNO_DUPLICATE_CARD: Citation = {
  act: 'globyno-large-family-duplicate-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note: '«Строк надання 10 днів», «безоплатно»: the kind of days is not given; calendar days assumed.',
};

/** A duplicate of a lost or damaged large-family certificate (КМУ 209). */
export const LARGE_FAMILY_CERTIFICATE_DUPLICATE: ServiceData = {
  id: 'large-family-certificate-duplicate',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Видача дубліката посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї',
        en: 'Issuing a duplicate certificate of parents or a child of a large family',
      },
      basis: [YAMPIL_DUPLICATE_CARD],
    },
  },
  description: {
    uk:
      'Повторна видача посвідчення батьків або дитини з багатодітної сім’ї замість втраченого чи ' +
      'пошкодженого.',
    en: 'Re-issue of a parent’s or child’s large-family certificate that was lost or damaged.',
  },
  keywords: ['дублікат посвідчення', 'втрата посвідчення', 'багатодітна сім’я', 'повторне посвідчення'],
  available: {
    earliest: {
      value: true,
      basis: [KMU_209, YAMPIL_DUPLICATE_CARD],
    },
  },
  provider: {
    earliest: {
      value: {
        kind: 'uszn',
        name: {
          uk:
            'Структурний підрозділ районної держадміністрації або виконавчий орган міської (районної у ' +
            'місті) ради, що видає посвідчення (здебільшого з питань соціального захисту населення)',
          en:
            'The unit of the district administration or the executive body of the city council that issues ' +
            'the certificates (usually social protection)',
        },
      },
      basis: [PORYADOK_209_P3, YAMPIL_DUPLICATE_CARD],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2402, KMU_209],
      basis: [YAMPIL_DUPLICATE_CARD],
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
      basis: [GLOBYNO_DUPLICATE_CARD],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Дублікат посвідчення або відмова в його видачі',
          en: 'A duplicate certificate, or a refusal to issue it',
        },
      ],
      basis: [KMU_209],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'cnapTerritorialUnit', 'remoteWorkplace', 'usznOffice'],
      basis: [GLOBYNO_DUPLICATE_CARD, YAMPIL_DUPLICATE_CARD],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['largeFamily'],
};
