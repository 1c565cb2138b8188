import type { Citation } from '@vikno/law';
import { KMU_207, KMU_265 } from '../citations/cabinet.js';
import {
  ADMINCHER_FEE_BEFORE_2021,
  DECENTRALIZATION_2016,
  PYADYCKA_LIST,
  SEED_MODELS,
} from '../citations/cards-and-notices.js';
import {
  LAW_1871_ART_5_TERM,
  LAW_1871_ART_10_SAME_DAY,
  LAW_1871_IN_FORCE,
} from '../citations/evidence-catalog.js';
import { LAW_1382, LAW_1382_FEE_BEFORE_2021, LAW_1871, LAW_1871_ART_6 } from '../citations/laws.js';
import { KMU_820_2023_NAMES_265 } from '../citations/social-protection.js';
import { APPEAL_GENERAL } from '../common.js';
import type { ServiceData } from '../load.js';

/** Kyiv CNAP card for residence registration, Register 00034/00040. */
const KYIV_CARD_00034: Citation = {
  act: 'kyivcnap-card-00034',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Current version quoted: «Ідентифікатор послуги: 00034/00040», «Строки надання: В день отримання ' +
    'органом реєстрації документів», fees of 1.5% / 2.5% of the subsistence minimum, result ' +
    '«внесення органом реєстрації до реєстру територіальної громади відомостей про місце проживання ' +
    '(перебування)», legal basis Laws 1871-IX and 1382-IV and КМУ 265. An earlier version of the ' +
    'same page read: «Реєстрація місця проживання/перебування здійснюється в день подання особою ' +
    'документів», fee «13 грн. 60 коп.» in time, «40 грн. 80 коп.» late.',
};

/**
 * The Register's name of service 00034 as the Kyiv CNAP's card (which shows the Register's ids and the service's
 * full name) gives it, read on 2026-11-26.
 */
const REGISTER_CARD_00034: Citation = {
  act: 'kyivcnap-card-00034',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 00034/00040 Повна назва послуги: Реєстрація місця проживання/перебування особи»',
  note:
    'kyivcnap.gov.ua/AdminServices/Details/3bf5d25f-4007-4a1b-a8f2-4d33f3506f63, read in a stored copy. The ' +
    'card gives two ids (00034/00040); which of them the Register gives to registration of the place of stay ' +
    'was not read. It names Kyiv’s own bodies («Послуга надається Відділами з питань реєстрації місця ' +
    'проживання/перебування фізичних осіб районних у місті Києві державних адміністрацій»), not the ' +
    'Register’s provider in general, so no provider is recorded.',
};

/** The Pyadychi hromada's list of CNAP services with their Register ids, read again on 2026-11-26. */
const REGISTER_LIST_00034: Citation = {
  act: 'cnap-pyadycka-list-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote: '«Ідентифікатор … 00034 01-01/01 Реєстрація місця проживання / перебування особи»',
  note: 'Annex 1 to a village council decision (13.07.2021), a list with a column «Ідентифікатор».',
};

/**
 * The Register's own page of service 00034 on the Diia guide (guide.diia.gov.ua), read on 2026-11-26: its id, its
 * full name and where to apply.
 */
const DIIA_GUIDE_00034: Citation = {
  act: 'diia-guide-residence-registration',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Реєстрація місця проживання/Зміна реєстрації місця проживання (раніше прописка) Ідентифікатор послуги 00034 ' +
    'Строк до 1 дня … Повна назва Реєстрація місця проживання … Де отримати Виконавчі органи сільських, селищних, ' +
    'міських рад Центр надання адміністративних послуг»',
  note:
    'Read in a stored copy of the page (undated). It goes on: «Реєстрацію місця проживання можливо здійснити за ' +
    'адресою житла будь-якої форми власності звернувшись до органу реєстрації або через центр надання ' +
    'адміністративних послуг», and lists as the first document «Заява за формою згідно з додатками 2, 8 до Порядку ' +
    'декларування та реєстрації місця проживання (перебування), затвердженого постановою Кабінету Міністрів ' +
    'України від 7 лютого 2022 р. № 265». The Register’s full name («Реєстрація місця проживання») is shorter than ' +
    'the one CNAP cards give («Реєстрація місця проживання/перебування особи»).',
};

/** Registration of the place of residence (stay) (Register 00034). */
export const RESIDENCE_REGISTRATION: ServiceData = {
  id: 'residence-registration',
  registerId: '00034',
  register: {
    name: 'Реєстрація місця проживання',
    provider: { text: 'Виконавчі органи сільських, селищних, міських рад', kind: 'localCouncil' },
    basis: [DIIA_GUIDE_00034, REGISTER_CARD_00034, REGISTER_LIST_00034],
  },
  social: false,
  names: {
    earliest: {
      value: {
        uk: 'Реєстрація місця проживання/перебування особи',
        en: 'Registration of a person’s place of residence or stay',
      },
      basis: [PYADYCKA_LIST, KYIV_CARD_00034],
    },
  },
  description: {
    uk:
      'Внесення відомостей про місце проживання (перебування) до реєстру територіальної громади за ' +
      'паперовою заявою у ЦНАП. Онлайн через портал «Дія» те саме робиться декларуванням місця ' +
      'проживання.',
    en:
      'Entering a person’s place of residence (or stay) in the hromada register on a paper application ' +
      'at a CNAP. Online, the same is done by declaring the place of residence on the Diia portal.',
  },
  keywords: [
    'прописка',
    'прописатися',
    'реєстрація місця проживання',
    'декларування',
    'місце проживання',
    'РМП',
  ],
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
      basis: [DECENTRALIZATION_2016],
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
      basis: [KYIV_CARD_00034, KMU_265, KMU_820_2023_NAMES_265],
    },
  },
  fee: {
    '2016-04-04': {
      value: {
        kind: 'paid',
        currency: 'UAH',
        description: {
          uk:
            'Адміністративний збір: 0,0085 розміру мінімальної заробітної плати у разі звернення у ' +
            'встановлений строк, 0,0255 — з порушенням строку (з 2017 року — 13,60 і 40,80 грн); при ' +
            'реєстрації одночасно зі зняттям з попереднього місця сплачується лише за одну послугу.',
          en:
            'Administrative fee: 0.0085 of the minimum wage when applying in time, 0.0255 when late (from ' +
            '2017, UAH 13.60 and 40.80); when registering together with deregistering from the previous ' +
            'address, only one fee is paid.',
        },
        howToPay: {
          uk: 'Через банк, відділення поштового зв’язку або термінал самообслуговування',
          en: 'Through a bank, a post office or a self-service terminal',
        },
      },
      basis: [ADMINCHER_FEE_BEFORE_2021, KYIV_CARD_00034, LAW_1382_FEE_BEFORE_2021],
    },
    '2021-12-01': {
      value: {
        kind: 'paid',
        currency: 'UAH',
        description: {
          uk:
            'Адміністративний збір: 1,5 % прожиткового мінімуму для працездатних осіб на 1 січня року — у ' +
            'разі звернення протягом 30 днів після прибуття; 2,5 % — з порушенням строку.',
          en:
            'Administrative fee: 1.5% of the subsistence minimum for able-bodied persons as of 1 January of ' +
            'the year when applying within 30 days of arrival; 2.5% when late.',
        },
      },
      basis: [LAW_1871_ART_6, LAW_1871_ART_5_TERM, KYIV_CARD_00034],
    },
  },
  term: {
    '2016-04-04': {
      value: {
        kind: 'sameDay',
      },
      basis: [KYIV_CARD_00034],
    },
    '2021-12-01': {
      value: {
        kind: 'sameDay',
      },
      basis: [LAW_1871_ART_10_SAME_DAY, KYIV_CARD_00034],
    },
  },
  result: {
    '2016-04-04': {
      value: [
        {
          uk: 'Відомості про місце проживання (перебування) внесено до реєстру територіальної громади',
          en: 'The place of residence (or stay) is entered in the hromada register',
        },
      ],
      basis: [KYIV_CARD_00034, KMU_207],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2016-04-04': {
      value: ['cnap'],
      basis: [PYADYCKA_LIST, KYIV_CARD_00034],
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
