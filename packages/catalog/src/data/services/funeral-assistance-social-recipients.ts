import type { Citation } from '@vikno/law';
import { KMU_79, KMU_261, KMU_695_2025 } from '../citations/cabinet.js';
import { PFU_DN_DISABILITY, PFU_TRANSFER_2025, SOCIAL_VIA_CNAP } from '../citations/cards-and-notices.js';
import { LAW_1727, LAW_2109 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, CEILING_TERM, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** Nemovychi hromada: funeral assistance on the death of a recipient is two payments of the assistance. */
const NEMOVYCKA_FUNERAL: Citation = {
  act: 'nemovycka-funeral-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Два розміри виплаченої допомоги згідно ЗУ «Про державну соціальну допомогу особам з ' +
    'інвалідністю з дитинства та дітям з інвалідністю» та ЗУ «Про державну соціальну допомогу ' +
    'особам, які не мають права на пенсію, та особам з інвалідністю»»; «Право на допомогу: Сім’я ' +
    'померлого або особа, яка здійснила поховання».',
};

/** Kozova council notice (2025): funeral assistance for recipients under КМУ 261, 79 and 695, with refusals. */
const KOZOVA_FUNERAL: Citation = {
  act: 'kozova-funeral-assistance-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: the assistance «надається членам сім’ї/особам, які здійснили поховання одержувача ' +
    'державної соціальної допомог відповідно до постанов КМУ від 02 квітня 2005 року №261 …, від 03 ' +
    'лютого 2021 року №79 … та 11 червня 2025 року №695 “Деякі питання надання окремих видів ' +
    'державної соціальної допомоги Пенсійним фондом України”», and the refusal grounds. Citing КМУ ' +
    '695 is the evidence that the Pension Fund now decides.',
};

/** КМУ 261 para 40: funeral assistance on the death of a recipient, two months of the assistance. */
const KMU_261_PARA_40: Citation = {
  act: 'kmu-261-2005',
  provision: {
    uk: 'абз. 1 п. 40 Порядку',
    en: 'para 40 of the Procedure, first paragraph',
  },
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '40. У разі смерті одержувача соціальної допомоги особам, які здійснили його поховання, ' +
    'виплачується допомога на поховання в розмірі двомісячної суми соціальної допомоги, призначеної ' +
    'на день смерті одержувача такої допомоги.',
  note:
    'Wording as set by КМУ 1226 of 17.10.2007, read on iplex360.com.ua (secondary): «У разі смерті ' +
    'одержувача соціальної допомоги особам, які здійснили його поховання, виплачується допомога на ' +
    'поховання в розмірі двомісячної суми соціальної допомоги, призначеної на день смерті…». The ' +
    'current redaction was not read. Checked on 2026-11-25: Read in the text of the amending act КМУ ' +
    "1226 of 17.10.2007 on iplex360.com.ua (the amending act's own wording, which restated п. 40). " +
    'Whether п. 40 was changed after 2007 (e.g. in 2025 on transfer to PFU) was NOT checked — the ' +
    'current redaction was not read, so the value is the 2007 wording.',
};

/** Funeral assistance on the death of a recipient of state social assistance (Laws 2109-III and 1727-IV). */
export const FUNERAL_ASSISTANCE_SOCIAL_RECIPIENTS: ServiceData = {
  id: 'funeral-assistance-social-recipients',
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Призначення допомоги на поховання у разі смерті одержувача державної соціальної допомоги особам ' +
          'з інвалідністю з дитинства, дітям з інвалідністю або особам, які не мають права на пенсію',
        en:
          'Funeral assistance on the death of a recipient of state social assistance for disability since ' +
          'childhood, for a child with a disability, or for persons without pension rights',
      },
      basis: [NEMOVYCKA_FUNERAL, KOZOVA_FUNERAL],
    },
  },
  description: {
    uk:
      'Члену сім’ї або особі, яка поховала одержувача державної соціальної допомоги, виплачується ' +
      'допомога в розмірі двох місячних сум цієї допомоги.',
    en:
      'A family member or whoever buried a recipient of state social assistance receives two monthly ' +
      'amounts of that assistance.',
  },
  keywords: [
    'поховання одержувача соціальної допомоги',
    'смерть одержувача допомоги',
    'смерть особи з інвалідністю з дитинства',
  ],
  available: {
    earliest: {
      value: true,
      basis: [KMU_261_PARA_40, NEMOVYCKA_FUNERAL],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [KMU_261, KMU_79],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, KOZOVA_FUNERAL, PFU_DN_DISABILITY],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2109, LAW_1727, KMU_261],
      basis: [KMU_261_PARA_40],
    },
    '2021-02-03': {
      value: [LAW_2109, LAW_1727, KMU_261, KMU_79],
      basis: [KOZOVA_FUNERAL],
    },
    '2025-07-01': {
      value: [LAW_2109, LAW_1727, KMU_261, KMU_79, KMU_695_2025],
      basis: [KOZOVA_FUNERAL],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    earliest: {
      value: [
        {
          uk:
            'Рішення про призначення допомоги на поховання в розмірі двох місячних сум державної соціальної ' +
            'допомоги або про відмову',
          en:
            'A decision to pay funeral assistance of two monthly amounts of the state social assistance, or ' +
            'to refuse it',
        },
      ],
      basis: [NEMOVYCKA_FUNERAL, KMU_261_PARA_40],
    },
  },
  refusalGrounds: {
    earliest: {
      value: [
        {
          uk: 'Подано не всі необхідні документи',
          en: 'Not all the required documents were submitted',
        },
        {
          uk: 'Допомогу на поховання чи відшкодування витрат на поховання вже виплачено згідно з іншими актами',
          en: 'Funeral assistance or reimbursement of funeral costs was already paid under other acts',
        },
        {
          uk: 'Померла особа перебувала на повному державному утриманні',
          en: 'The deceased was fully maintained by the state',
        },
        {
          uk: 'Поховання проведено за рахунок коштів державного бюджету',
          en: 'The burial was paid for from the state budget',
        },
      ],
      basis: [KOZOVA_FUNERAL],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'usznOffice'],
      basis: [SOCIAL_VIA_CNAP],
    },
    '2025-07-01': {
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post'],
      basis: [PFU_TRANSFER_2025],
    },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    '2025-07-01': {
      value: {
        uk: 'Заява за формою, затвердженою постановою КМУ від 11.06.2025 № 695',
        en: 'Application in the form approved by Cabinet resolution 695 of 11.06.2025',
      },
      basis: [KMU_695_2025],
    },
  },
  lifeSituations: ['deathOfRelative'],
};
