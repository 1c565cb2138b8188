import type { Citation } from '@vikno/law';
import { KMU_1041 } from '../citations/cabinet.js';
import { SUBSIDY_CHANNELS_USZN, SUBSIDY_PFU_2022 } from '../citations/cards-and-notices.js';
import { ALL_MODELS, APPEAL_GENERAL, CEILING_TERM, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** The Snovsk CNAP list: the official name of the housing subsidy service (local code 02-01). */
const SNOVSK_LIST: Citation = {
  act: 'snovsk-cnap-list',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«02-01 Надання субсидії для відшкодування витрат на оплату житлово-комунальних послуг, ' +
    'придбання скрапленого газу, твердого та рідкого пічного побутового [палива]»; «02-02 ' +
    'Призначення пільг…». 02-01 and 02-02 are local codes, not Register ids.',
};

/** КМУ resolution 848 of 21.10.1995: the housing subsidy regulation (Положення). */
const KMU_848: Citation = {
  act: 'kmu-848-1995',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    'затвердженого постановою Кабінету Міністрів України від 21 жовтня 1995 р. N 848 ( 848-95-п ) ' +
    '"Про спрощення порядку надання населенню субсидій для відшкодування витрат на оплату ' +
    'житлово-комунальних послуг, придбання скрапленого газу, твердого та рідкого пічного побутового ' +
    'палива"',
  note:
    'Number, date and title seen on dsp.kyivcity.gov.ua and volycya-gromada.gov.ua; URL by the ' +
    'standard pattern. Checked on 2026-11-25: Number, date, title and the register code 848-95-п ' +
    'confirmed in the text of КМУ 253 of 24.02.2003 on zakon.rada.gov.ua. The annexed Regulation is ' +
    'now called «Положення про порядок призначення житлових субсидій» (hrytsivrada.gov.ua, ' +
    'domanivska-gromada.gov.ua, PFU via hvylya) — older title «Положення про порядок призначення та ' +
    'надання населенню субсидій…» still used by dsp.kyivcity.gov.ua.',
};

/** Law 2189-VIII «Про житлово-комунальні послуги». */
const LAW_2189: Citation = {
  act: 'law-2189-viii',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Cited as the legal basis of the subsidy by shostka-rada.gov.ua and snovmr.gov.ua; URL by the ' +
    "standard pattern. Checked on 2026-11-25: No copy of the law's text or card was reached in the " +
    'stored pages (search returned only subsidy notices citing КМУ 848 and 1041). Number/date stay ' +
    'on the council pages the inventory cites (shostka-rada.gov.ua, snovmr.gov.ua).',
};

/** Where to apply for a housing subsidy now (Pension Fund era), per a council notice. */
const SUBSIDY_CHANNELS_PFU: Citation = {
  act: 'housing-subsidy-channels-komr',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'In person at any Pension Fund service centre, to authorised officials of the council, at a ' +
    'CNAP; by post to the Fund; online through the Pension Fund portal, its mobile app or Diia. The ' +
    'notice is undated.',
};

/** The housing subsidy for utilities, liquefied gas and stove fuel (Положення КМУ 848). */
export const HOUSING_SUBSIDY: ServiceData = {
  id: 'housing-subsidy',
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Надання субсидії для відшкодування витрат на оплату житлово-комунальних послуг, придбання ' +
          'скрапленого газу, твердого та рідкого пічного побутового палива',
        en:
          'Subsidy towards the cost of housing and utility services, liquefied gas, and solid and liquid ' +
          'stove fuel',
      },
      basis: [SNOVSK_LIST, KMU_848],
    },
  },
  description: {
    uk:
      'Житлова субсидія домогосподарству, якому плата за житлово-комунальні послуги або паливо не по ' +
      'кишені з огляду на його доходи.',
    en:
      'A housing subsidy for a household whose income does not cover its housing, utility or fuel ' +
      'costs.',
  },
  keywords: ['субсидія', 'житлова субсидія', 'ЖКП', 'комуналка', 'скраплений газ', 'тверде паливо'],
  available: {
    earliest: {
      value: true,
      basis: [KMU_848],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [KMU_848],
    },
    '2022-12-01': {
      value: PFU,
      basis: [KMU_1041, SUBSIDY_PFU_2022],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2189, KMU_848],
      basis: [KMU_848, LAW_2189],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення житлової субсидії або про відмову в її призначенні',
          en: 'A decision to assign the housing subsidy or to refuse it',
        },
      ],
      basis: [KMU_848],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['usznOffice', 'cnap', 'starostaOrAuthorisedOfficial', 'post'],
      basis: [SUBSIDY_CHANNELS_USZN],
    },
    '2022-12-01': {
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post', 'pfuPortal', 'diia'],
      basis: [SUBSIDY_CHANNELS_PFU, SUBSIDY_PFU_2022],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['housingAndUtilities', 'lowIncome'],
};
