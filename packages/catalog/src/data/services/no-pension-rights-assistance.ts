import type { Citation } from '@vikno/law';
import { KMU_261, KMU_695_2025 } from '../citations/cabinet.js';
import { PFU_TRANSFER_2025, SOCIAL_VIA_CNAP } from '../citations/cards-and-notices.js';
import { DONETSK_OVA_NO_PENSION_CHANNELS } from '../citations/channels.js';
import { LAW_1727 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** News reports quoting the Pension Fund: it administers the assistance under Law 1727-IV since July 2025. */
const PFU_NO_PENSION_NEWS: Citation = {
  act: 'pfu-no-pension-assistance-news-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'expert.in.ua quoting the Fund’s press service: «З липня 2025 року ПФУ почав адмініструвати ' +
    'державну соціальну допомогу для людей, які не мають права на пенсію, а також для осіб з ' +
    'інвалідністю»; sud.ua (21.12.2025) quoting ГУ ПФУ в Чернігівській області. News sites, not the ' +
    'Fund’s own page.',
};

/** Rozvadiv CNAP card 00099 (care assistance under the same procedure 261): decided by the Pension Fund. */
const ROZVADIV_CARD_00099: Citation = {
  act: 'cnap-rozvadiv-card-00099',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Register id 00099, a related service under the same procedure (КМУ 261): «Рішення … приймає ' +
    'територіальний орган Пенсійного фонду України»; «Строк: 10 днів (календарні)». Cited as ' +
    'indirect evidence only.',
};

/** Khmelnytskyi social protection department card for the assistance under Law 1727-IV. */
const KHM_CARD_NO_PENSION: Citation = {
  act: 'khm-soczahist-no-pension-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted from a public body: «Не пізніше 10 днів після надходження заяви зі всіма необхідними ' +
    'документами», «безоплатно». Marked unverified only because the unit is not stated: calendar ' +
    'days are assumed. The provision of Law 1727-IV or КМУ 261 that sets the term was not read.',
};

/** State social assistance to persons without pension rights and persons with disabilities (Law 1727-IV). */
export const NO_PENSION_RIGHTS_ASSISTANCE: ServiceData = {
  id: 'no-pension-rights-assistance',
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Призначення державної соціальної допомоги особам, які не мають права на пенсію, та особам з ' +
          'інвалідністю',
        en:
          'Assignment of state social assistance to persons without pension rights and to persons with ' +
          'disabilities',
      },
      basis: [KMU_261],
    },
  },
  description: {
    uk:
      'Щомісячна допомога малозабезпеченим особам, які досягли 65 років і не мають права на пенсію, ' +
      'особам з інвалідністю без пенсії та дітям померлого годувальника.',
    en:
      'A monthly payment to people on low income who are 65 or older and have no right to a pension, ' +
      'to people with disabilities who get no pension, and to children of a deceased breadwinner.',
  },
  keywords: [
    'без права на пенсію',
    'немає стажу',
    'соцдопомога замість пенсії',
    '65 років',
    'інвалідність',
    'МСЕК',
  ],
  available: {
    earliest: {
      value: true,
      basis: [LAW_1727],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [LAW_1727, KMU_261],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, PFU_NO_PENSION_NEWS, ROZVADIV_CARD_00099],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_1727, KMU_261],
      basis: [KMU_261],
    },
    '2025-07-01': {
      value: [LAW_1727, KMU_261, KMU_695_2025],
      basis: [PFU_NO_PENSION_NEWS],
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
        runsFrom: {
          uk: 'надходження заяви з усіма необхідними документами',
          en: 'receipt of the application with all the required documents',
        },
      },
      basis: [KHM_CARD_NO_PENSION],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення державної соціальної допомоги або про відмову в її призначенні',
          en: 'A decision to assign the state social assistance or to refuse it',
        },
      ],
      basis: [KMU_261],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'usznOffice'],
      basis: [KHM_CARD_NO_PENSION, SOCIAL_VIA_CNAP],
    },
    '2025-07-01': {
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post', 'diia', 'pfuPortal'],
      basis: [PFU_TRANSFER_2025, DONETSK_OVA_NO_PENSION_CHANNELS],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['disability', 'lowIncome'],
};
