import type { Citation } from '@vikno/law';
import { KMU_209, PORYADOK_209_P3 } from '../citations/cabinet.js';
import { YAMPIL_DUPLICATE_CARD } from '../citations/cards-and-notices.js';
import { RDA_CHAPL_209_P3 } from '../citations/family-assistance.js';
import { LAW_2402 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL } from '../common.js';
import type { ServiceData } from '../load.js';

/** Register card 00121 (large-family status and certificates), as a hromada CNAP publishes it. */
const CARD_00121: Citation = {
  act: 'register-card-00121-rozvadiv',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Ідентифікатор послуги: 00121»; «Строк: 10 днів (робочі)»; «Безоплатне надання»; where: ' +
    '«Структурні підрозділи з питань соціального захисту населення районних…» (the rest cut off).',
};

/** The Khmelnytskyi social protection card for large-family certificates: channels. */
const KHM_CERT_CARD: Citation = {
  act: 'khmelnytskyi-large-family-certificate-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Протягом 10 робочих днів після подання документів»; «безоплатно»; applications also «поштою ' +
    'або в електронній формі через … Портал Дія» (the latter «у разі технічної можливості»).',
};

/**
 * The Register's name and provider of service 00121 as the Rozvadiv hromada's CNAP card (a page of the e-services
 * toolkit that shows the Register's id, full name and «Де отримати») gives them, read on 2026-11-26.
 */
const REGISTER_CARD_00121: Citation = {
  act: 'register-card-00121-rozvadiv',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 00121 Повна назва: Установлення статусу, видача посвідчень батькам багатодітної ' +
    'сім’ї та дитини з багатодітної сім’ї … Де отримати • Структурні підрозділи з питань соціального захисту ' +
    'населення районних, районних у місті Києві та С…»',
  note:
    'rozvadivotg.gov.ua/cnap/functionality/16460, read in a stored copy, cut in the first line of «Де ' +
    'отримати»: the social protection units of district (and Kyiv district) administrations, the rest not ' +
    'read. The Register’s own page on guide.diia.gov.ua was not found among the stored pages.',
};

/** Large-family status and certificates (Law 2402-III, КМУ 209): a local service, not moved to the Pension Fund. */
export const LARGE_FAMILY_CERTIFICATE: ServiceData = {
  id: 'large-family-certificate',
  registerId: '00121',
  register: {
    name: 'Установлення статусу, видача посвідчень батькам багатодітної сім’ї та дитини з багатодітної сім’ї',
    provider: {
      text: 'Структурні підрозділи з питань соціального захисту населення районних, районних у місті Києві та С…',
      kind: 'uszn',
    },
    basis: [REGISTER_CARD_00121],
  },
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Установлення статусу, видача посвідчень батькам багатодітної сім’ї та дитини з багатодітної ' +
          'сім’ї',
        en:
          'Establishing large-family status and issuing certificates of parents and children of a large ' +
          'family',
      },
      basis: [CARD_00121],
    },
  },
  description: {
    uk:
      'Посвідчення підтверджують статус багатодітної сім’ї (троє і більше дітей) і право на пільги; ' +
      'дітям посвідчення видаються з шести років.',
    en:
      'The certificates prove large-family status (three or more children) and the right to benefits; ' +
      'children receive theirs from the age of six.',
  },
  keywords: [
    'посвідчення багатодітної сім’ї',
    'багатодітна сім’я',
    'статус багатодітної',
    'посвідчення дитини',
  ],
  available: {
    earliest: {
      value: true,
      basis: [KMU_209, CARD_00121],
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
      basis: [RDA_CHAPL_209_P3, PORYADOK_209_P3, CARD_00121],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2402, KMU_209],
      basis: [YAMPIL_DUPLICATE_CARD, CARD_00121],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    earliest: {
      value: {
        kind: 'term',
        term: {
          amount: 10,
          unit: 'workingDays',
        },
      },
      basis: [RDA_CHAPL_209_P3, PORYADOK_209_P3, CARD_00121, KHM_CERT_CARD],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk:
            'Посвідчення батьків багатодітної сім’ї та посвідчення дитини з багатодітної сім’ї, або відмова ' +
            'у їх видачі',
          en: 'Certificates of the parents and of the children of a large family, or a refusal to issue them',
        },
      ],
      basis: [KMU_209],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'cnapTerritorialUnit', 'remoteWorkplace', 'usznOffice', 'post', 'diia'],
      basis: [CARD_00121, KHM_CERT_CARD],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['largeFamily'],
};
