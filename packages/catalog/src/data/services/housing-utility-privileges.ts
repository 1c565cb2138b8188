import type { Citation } from '@vikno/law';
import { KMU_117, KMU_373, KMU_1041 } from '../citations/cabinet.js';
import { SUBSIDY_CHANNELS_USZN, SUBSIDY_PFU_2022 } from '../citations/cards-and-notices.js';
import { ALL_MODELS, APPEAL_GENERAL, CEILING_TERM, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** The Pension Fund’s typical information card for privileges on housing and utilities, order 46 of 24.04.2024. */
const PFU_CARD_46: Citation = {
  act: 'pfu-order-46-2024',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote:
    'ЗАТВЕРДЖЕНО Наказ Пенсійного фонду України від 24.04.2024 № 46 ТИПОВА ІНФОРМАЦІЙНА КАРТКА ' +
    'адміністративної послуги з призначення пільги на оплату житла, комунальних послуг',
  note:
    'Seen on pfu.gov.ua: «ЗАТВЕРДЖЕНО Наказ Пенсійного фонду України від 24.04.2024 № 46». Only its ' +
    'header was read. Checked on 2026-11-25: Same PFU page as the inventory; the header names as ' +
    'front offices «центру надання адміністративних послуг, виконавчого органу сільської, селищної, ' +
    'міської ради відповідної територіальної громади або військової адміністрації». Documents list ' +
    'still not in the excerpt read.',
};

/** Privileges on housing and utility payments (ПФУ typical card, order 46 of 24.04.2024). */
export const HOUSING_UTILITY_PRIVILEGES: ServiceData = {
  id: 'housing-utility-privileges',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Призначення пільги на оплату житла, комунальних послуг',
        en: 'Assignment of a privilege (discount) on housing and utility payments',
      },
      basis: [PFU_CARD_46],
    },
  },
  description: {
    uk:
      'Знижка на оплату житла та комунальних послуг для категорій, яким її надає закон (ветерани, ' +
      'багатодітні сім’ї тощо).',
    en:
      'A discount on housing and utility bills for the categories the law grants it to (veterans, ' +
      'large families and others).',
  },
  keywords: ['пільга', 'пільги на ЖКП', 'комунальні пільги', 'знижка на комуналку', 'ЄДАРП'],
  available: {
    earliest: {
      value: true,
      basis: [KMU_117],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [KMU_373],
    },
    '2022-12-01': {
      value: PFU,
      basis: [KMU_1041, SUBSIDY_PFU_2022, PFU_CARD_46],
    },
  },
  legalBasis: {
    earliest: {
      value: [KMU_117, KMU_373],
      basis: [KMU_373],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення пільги або про відмову в її призначенні',
          en: 'A decision to assign the privilege or to refuse it',
        },
      ],
      basis: [PFU_CARD_46],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['usznOffice', 'cnap', 'starostaOrAuthorisedOfficial', 'post'],
      basis: [SUBSIDY_CHANNELS_USZN],
    },
    '2022-12-01': {
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post', 'pfuPortal'],
      basis: [SUBSIDY_PFU_2022],
    },
  },
  delivery: ALL_MODELS,
  typicalCard: {
    '2024-04-24': {
      value: PFU_CARD_46,
      basis: [PFU_CARD_46],
    },
  },
  lifeSituations: ['housingAndUtilities'],
};
