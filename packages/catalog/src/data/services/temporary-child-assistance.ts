import type { Citation } from '@vikno/law';
import { PFU_TRANSFER_2025 } from '../citations/cards-and-notices.js';
import {
  ALL_MODELS,
  APPEAL_GENERAL,
  CEILING_TERM,
  CHANNELS_TO_PFU_2025,
  FREE_AS_SOCIAL,
  PFU,
  USZN,
} from '../common.js';
import type { ServiceData } from '../load.js';

/** Family Code Art. 181: the temporary state assistance, its floor and the Cabinet's procedure. */
const FAMILY_CODE_ART_181: Citation = {
  act: 'family-code',
  provision: { uk: 'ст. 181', en: 'Art. 181' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Якщо місце проживання чи перебування батьків невідоме, або вони ухиляються від сплати аліментів, або не ' +
    'мають можливості утримувати дитину, дитині призначається тимчасова державна допомога з урахуванням ' +
    'матеріального стану сім’ї, у якій виховується дитина, але не менше 50 відсотків прожиткового мінімуму для ' +
    'дитини відповідного віку.» «Порядок призначення та виплати тимчасової державної допомоги, її розмір ' +
    'визначається Кабінетом Міністрів України.»',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/00017-ua-law-2947-14.json, commit 35a12f9); the edition date is not stated there. The Cabinet’s ' +
    'procedure itself was not read.',
};

/** The Kharkiv regional service centre's card: the name and the application form. */
const RCP_KH_CARD: Citation = {
  act: 'temporary-child-assistance-rcp-kh-card',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Призначення тимчасової державної допомоги дітям, батьки яких ухиляються від сплати аліментів, не мають ' +
    'можливості утримувати дитину або місце проживання їх невідомо» … «Заява за формою, затвердженою ' +
    'Мінсоцполітики»',
  note: 'rcp.kh.ua/category/dopomoga/488; its date was not seen (it names the Ministry’s form, so likely before 2025).',
};

/** An explainer retelling the procedure: the social protection bodies assigned it. */
const PORADY: Citation = {
  act: 'porady-temporary-child-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«призначається та виплачується за місцем проживання (перебування) одного з батьків, який утримує дитину …, ' +
    'територіальними органами соціального захисту населення»',
  note: 'porady.org.ua, retelling the Cabinet’s procedure before the move to the Pension Fund; its date was not seen.',
};

/** RBC-Ukraine citing the Pension Fund's press service (28.08.2025): the Fund assigns it, for six months. */
const RBC_PFU: Citation = {
  act: 'rbc-pfu-temporary-child-assistance-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Пенсійний фонд України отримав нові повноваження щодо призначення та виплати тимчасової державної допомоги ' +
    'дітям, батьки яких ухиляються від сплати аліментів…» (sud.ua, 31.08.2025, the same notice: «Помощь ' +
    'назначается на шесть месяцев с месяца подачи заявления»)',
  note:
    'News citing the Fund’s press service; whether the Fund took it on 01.07.2025 with the other types or later ' +
    'is not said there: 01.07.2025 rests on the general notice of the transfer.',
};

/** Temporary state assistance to children whose parents evade alimony, cannot support them or cannot be found. */
export const TEMPORARY_CHILD_ASSISTANCE: ServiceData = {
  id: 'temporary-child-assistance',
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Призначення тимчасової державної допомоги дітям, батьки яких ухиляються від сплати аліментів, не мають ' +
          'можливості утримувати дитину або місце проживання їх невідомо',
        en:
          'Assignment of temporary state assistance to children whose parents evade paying alimony, cannot support ' +
          'the child, or whose whereabouts are unknown',
      },
      basis: [RCP_KH_CARD],
    },
  },
  description: {
    uk:
      'Допомога на дитину до 18 років, коли другий з батьків не сплачує аліменти (внесений до Єдиного реєстру ' +
      'боржників), відбуває покарання, лікується примусово, на строковій службі, недієздатний або його місце ' +
      'проживання невідоме: різниця між прожитковим мінімумом для дитини та доходом сім’ї на особу, не менше 50 % ' +
      'прожиткового мінімуму; призначається на шість місяців.',
    en:
      'Assistance for a child under 18 when the other parent does not pay alimony (is in the debtors’ register), ' +
      'is imprisoned, in compulsory treatment, in conscript service, incapable, or cannot be found: the child’s ' +
      'subsistence minimum less the family’s income per person, at least 50 % of it; assigned for six months.',
  },
  keywords: [
    'аліменти',
    'аліменти від держави',
    'не платить аліменти',
    'ухиляється від сплати аліментів',
    'тимчасова допомога на дитину',
    'реєстр боржників',
    'допомога дітям',
  ],
  available: {
    earliest: { value: true, basis: [FAMILY_CODE_ART_181] },
  },
  provider: {
    earliest: { value: USZN, basis: [PORADY] },
    '2025-07-01': { value: PFU, basis: [PFU_TRANSFER_2025, RBC_PFU] },
  },
  legalBasis: {
    earliest: { value: [FAMILY_CODE_ART_181], basis: [FAMILY_CODE_ART_181] },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення тимчасової допомоги на шість місяців або про відмову',
          en: 'A decision to assign the temporary assistance for six months, or to refuse it',
        },
      ],
      basis: [RBC_PFU],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: CHANNELS_TO_PFU_2025,
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: {
      value: {
        uk: 'Заява за формою, затвердженою Мінсоцполітики',
        en: 'Application in the form approved by the Ministry of Social Policy',
      },
      basis: [RCP_KH_CARD],
    },
  },
  lifeSituations: ['singleParent', 'lowIncome'],
};
