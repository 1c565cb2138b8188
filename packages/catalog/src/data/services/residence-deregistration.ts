import type { Citation } from '@vikno/law';
import { KMU_207, KMU_265 } from '../citations/cabinet.js';
import {
  ADMINCHER_FEE_BEFORE_2021,
  DECENTRALIZATION_2016,
  PYADYCKA_LIST,
  SEED_MODELS,
} from '../citations/cards-and-notices.js';
import { LAW_1871_IN_FORCE } from '../citations/evidence-catalog.js';
import { LAW_1382, LAW_1382_FEE_BEFORE_2021, LAW_1871, LAW_1871_ART_6 } from '../citations/laws.js';
import { KMU_820_2023_NAMES_265, LAW_1871_ART_18_CHANNELS } from '../citations/social-protection.js';
import { APPEAL_GENERAL } from '../common.js';
import type { ServiceData } from '../load.js';

/** Kyiv CNAP card for deregistration, Register 00037. */
const KYIV_CARD_00037: Citation = {
  act: 'kyivcnap-card-00037',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Ідентифікатор послуги: 00037», «Зняття з реєстрації місця проживання особи», «Строки ' +
    'надання: В день отримання органом реєстрації документів», «1,5 відсотка прожиткового мінімуму, ' +
    'встановленого для працездатних осіб на 1 січня календарного року».',
};

/** Kamianka hromada notice: deregistration by the hromada’s registration body, also through Diia. */
const KAMYANECKA_DEREG: Citation = {
  act: 'kamyanecka-deregistration-2023',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Зняття з реєстрації місця проживання (перебування) здійснюється органом реєстрації … ' +
    '(у тому числі через центр надання адміністративних послуг) (пункт 3 Порядку … № 265)»; «Заява ' +
    'може подаватися в електронній формі засобами … (Портал Дія) особою віком від 14 років…».',
};

/** Kyiv contact centre wiki (earlier card): deregistration the same day, fee 0.0085. */
const WIKI_1551_DEREG: Citation = {
  act: 'wiki-1551-deregistration-before-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Earlier card (Law 1382-IV era): «Зняття з реєстрація місця проживання здійснюється в день ' +
    'подання особою документів»; fee «0,0085» (the page says of the subsistence minimum, the ' +
    'Cherkasy card of the minimum wage).',
};

/** Tarutyne CNAP notice (2026): declaring and deregistering online through the Diia web portal. */
const TARUTYNE_DIIA: Citation = {
  act: 'tarutyne-cnap-diia-residence-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Декларування та зняття із задекларованого/зареєстрованого місця проживання через портал «ДІЯ»» ' +
    '— web portal only, not the app, and only for women, children and men not liable for military ' +
    'service (under 16 or over 60). When the online route opened was not checked: the catalogue ' +
    'assumes 01.12.2021 (Law 1871-IX).',
};

/**
 * The Register's name of service 00037 as the Kyiv CNAP's card (which shows the Register's id and the service's
 * full name) gives it, read on 2026-11-26; a hromada's list of 2021 words it as the catalogue does.
 */
const REGISTER_CARD_00037: Citation = {
  act: 'kyivcnap-card-00037',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote: '«Ідентифікатор послуги: 00037 Повна назва послуги: Зняття з реєстрації місця проживання особи»',
  note:
    'kyivcnap.gov.ua/AdminServices/Details/b7d74895-01a2-49f0-9cbb-01647adc9dc6, read in a stored copy. It ' +
    'names Kyiv’s own bodies («Відділами з питань реєстрації місця проживання/перебування фізичних осіб ' +
    'районних у місті Києві державних адміністрацій»), not the Register’s provider in general, so no ' +
    'provider is recorded.',
};

/** The Pyadychi hromada's list of CNAP services with their Register ids, read again on 2026-11-26. */
const REGISTER_LIST_00037: Citation = {
  act: 'cnap-pyadycka-list-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote: '«00037 01-01/02 Зняття з реєстрації місця проживання / перебування особи»',
  note:
    'Annex 1 to a village council decision (13.07.2021), a list with a column «Ідентифікатор»: it adds ' +
    '«/ перебування», which the Kyiv card does not; which wording the Register holds now was not read on ' +
    'the Register itself.',
};

/** Deregistration of the place of residence (Register 00037). */
export const RESIDENCE_DEREGISTRATION: ServiceData = {
  id: 'residence-deregistration',
  registerId: '00037',
  register: {
    name: 'Зняття з реєстрації місця проживання особи',
    basis: [REGISTER_CARD_00037, REGISTER_LIST_00037],
  },
  social: false,
  names: {
    '2016-04-04': {
      value: {
        uk: 'Зняття з реєстрації місця проживання/перебування особи',
        en: 'Deregistration of a person’s place of residence or stay',
      },
      basis: [PYADYCKA_LIST],
    },
    '2021-12-01': {
      value: {
        uk: 'Зняття з реєстрації місця проживання особи',
        en: 'Deregistration of a person’s place of residence',
      },
      basis: [KYIV_CARD_00037],
    },
  },
  description: {
    uk:
      'Зняття особи із зареєстрованого (задекларованого) місця проживання в реєстрі територіальної ' +
      'громади: за заявою, а також на підставі свідоцтва про смерть чи рішення суду.',
    en:
      'Removing a person’s registered (or declared) place of residence from the hromada register: on ' +
      'application, or on the basis of a death certificate or a court decision.',
  },
  keywords: ['виписка', 'виписатися', 'зняття з реєстрації', 'зняття з прописки', 'місце проживання'],
  available: {
    '2016-04-04': {
      value: true,
      basis: [DECENTRALIZATION_2016],
    },
  },
  provider: {
    '2016-04-04': {
      value: {
        kind: 'localCouncil',
        name: {
          uk: 'Виконавчий орган сільської, селищної або міської ради (орган реєстрації)',
          en: 'Executive body of the village, town or city council (the registration body)',
        },
      },
      basis: [DECENTRALIZATION_2016, KAMYANECKA_DEREG],
    },
  },
  legalBasis: {
    '2016-04-04': {
      value: [LAW_1382, KMU_207],
      basis: [PYADYCKA_LIST, KMU_207],
    },
    '2021-12-01': {
      value: [LAW_1871, LAW_1382],
      basis: [LAW_1871_IN_FORCE, LAW_1871],
    },
    '2022-03-14': {
      value: [LAW_1871, LAW_1382, KMU_265],
      basis: [KAMYANECKA_DEREG, KMU_265, KMU_820_2023_NAMES_265],
    },
  },
  fee: {
    '2016-04-04': {
      value: {
        kind: 'paid',
        currency: 'UAH',
        description: {
          uk:
            'Адміністративний збір 0,0085 розміру мінімальної заробітної плати (з 2017 року — 13,60 грн); не ' +
            'справляється окремо, якщо зняття відбувається одночасно з реєстрацією на новому місці.',
          en:
            'Administrative fee of 0.0085 of the minimum wage (from 2017, UAH 13.60); not charged separately ' +
            'when deregistering together with registering at the new address.',
        },
      },
      basis: [ADMINCHER_FEE_BEFORE_2021, WIKI_1551_DEREG, LAW_1382_FEE_BEFORE_2021],
    },
    '2021-12-01': {
      value: {
        kind: 'paid',
        currency: 'UAH',
        description: {
          uk:
            'Адміністративний збір: 1,5 % прожиткового мінімуму для працездатних осіб на 1 січня ' +
            'календарного року.',
          en:
            'Administrative fee: 1.5% of the subsistence minimum for able-bodied persons as of 1 January of ' +
            'the year.',
        },
      },
      basis: [LAW_1871_ART_6, KYIV_CARD_00037],
    },
  },
  term: {
    '2016-04-04': {
      value: {
        kind: 'sameDay',
      },
      basis: [WIKI_1551_DEREG],
    },
    '2021-12-01': {
      value: {
        kind: 'sameDay',
      },
      basis: [KYIV_CARD_00037],
    },
  },
  result: {
    '2016-04-04': {
      value: [
        {
          uk: 'Відомості про зняття з реєстрації місця проживання внесено до реєстру територіальної громади',
          en: 'The deregistration is entered in the hromada register',
        },
      ],
      basis: [KAMYANECKA_DEREG, KMU_207],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2016-04-04': {
      value: ['cnap'],
      basis: [PYADYCKA_LIST],
    },
    '2021-12-01': {
      value: ['cnap', 'diia'],
      basis: [LAW_1871_ART_18_CHANNELS, KAMYANECKA_DEREG, TARUTYNE_DIIA],
    },
  },
  delivery: {
    earliest: {
      value: {
        models: [],
        socialHromada: false,
      },
      basis: [SEED_MODELS],
    },
  },
  lifeSituations: ['residence'],
};
