import type { Citation } from '@vikno/law';
import { KMU_117, KMU_373, KMU_1041 } from '../citations/cabinet.js';
import { SUBSIDY_CHANNELS_USZN, SUBSIDY_PFU_2022 } from '../citations/cards-and-notices.js';
import { ALL_MODELS, APPEAL_GENERAL, CEILING_TERM, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** A regional Pension Fund card for the solid fuel and liquefied gas privilege (Poltava, 2023). */
const PFU_POLTAVA_FUEL_CARD: Citation = {
  act: 'pfu-poltava-card-fuel-privilege-2023',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    'Published by the Tereshky hromada (25.08.2023): approved by order of the Pension Fund office in ' +
    'Poltava oblast of 24.04.2023 (number garbled as «501» in the copy). Its legal acts list begins ' +
    'with the veterans laws; the rest, and the term, were not read.',
};

/** КМУ resolution 1123 of 27.12.2019: unified privilege procedures for utilities and for solid fuel. */
const KMU_1123_2019: Citation = {
  act: 'kmu-1123-2019',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'auc.org.ua (association of cities): «уніфіковані порядки надання пільг на ЖКП та на придбання ' +
    'твердого палива і скрапленого газу»; «пільги на придбання твердого палива і скрапленого газу ' +
    'надаються один раз на рік у грошовій готівковій формі». The copy of КМУ 373 names 1123 as ' +
    'renaming it. URL by the standard pattern. Checked on 2026-11-25: Text not found in the corpus ' +
    '(two queries). Number and date corroborated by the amendment list of КМУ 117/2003 ' +
    '(zbutenergo.kharkov.ua copy: «№ 1123 від 27.12.2019»); content still only per auc.org.ua ' +
    '(inventory).',
};

/** The privilege for buying solid fuel and liquefied gas (cash form, Порядок КМУ 373 as amended by 1123/2019). */
export const FUEL_PRIVILEGE: ServiceData = {
  id: 'fuel-privilege',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Призначення пільги на придбання твердого та рідкого пічного побутового палива і скрапленого газу',
        en: 'Assignment of a privilege for buying solid and liquid stove fuel and liquefied gas',
      },
      basis: [PFU_POLTAVA_FUEL_CARD],
    },
  },
  description: {
    uk:
      'Пільга на придбання твердого палива і скрапленого газу для пільговиків, чиє житло не має ' +
      'централізованого опалення чи газу; надається у грошовій формі.',
    en:
      'A privilege for buying solid fuel and liquefied gas for entitled persons whose homes lack ' +
      'central heating or piped gas; paid in cash.',
  },
  keywords: ['пільга на паливо', 'тверде паливо', 'дрова', 'вугілля', 'скраплений газ', 'пільга'],
  available: {
    earliest: {
      value: true,
      basis: [KMU_373],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [KMU_373, KMU_1123_2019],
    },
    '2022-12-01': {
      value: PFU,
      basis: [KMU_1041, SUBSIDY_PFU_2022, PFU_POLTAVA_FUEL_CARD],
    },
  },
  legalBasis: {
    earliest: {
      value: [KMU_117, KMU_373, KMU_1123_2019],
      basis: [KMU_373, KMU_1123_2019],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    earliest: {
      value: [
        {
          uk:
            'Рішення про призначення пільги на придбання палива і скрапленого газу або про відмову в її ' +
            'призначенні',
          en: 'A decision to assign the fuel and liquefied gas privilege or to refuse it',
        },
      ],
      basis: [PFU_POLTAVA_FUEL_CARD],
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
  lifeSituations: ['housingAndUtilities'],
};
