import type { Citation } from '@vikno/law';
import { KMU_169_2026, KMU_765_2025, KMU_1751, KMU_1805 } from '../citations/cabinet.js';
import {
  AZR_1805_CHANNELS,
  CABINET_CNAP_2026,
  DP_OBLRADA_AMOUNTS_2026,
  PFU_NEW_CHILDCARE_2026,
  SEED_MODELS,
  UKURIER_FIRST_PAYMENTS,
  UKURIER_SPECIAL_ACCOUNTS,
} from '../citations/cards-and-notices.js';
import { LAW_2811_ART_3_ITEM_2 } from '../citations/family-assistance.js';
import { LAW_2811, LAW_4681, LAW_4681_IN_FORCE_2026 } from '../citations/laws.js';
import { APPEAL_GENERAL, FAMILY_ASSISTANCE_TERM, FREE_AS_SOCIAL, PFU } from '../common.js';
import type { ServiceData } from '../load.js';

const PFU_NEW_CHILDCARE_PAYMENTS_2026_NAME: Citation = {
  act: 'pfu-new-childcare-payments-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Wording of the payment as the Pension Fund names it («для догляду за дитиною до досягнення ' +
    'дитиною однорічного віку»); no Register card with the official name of the service was seen, ' +
    'and the «Призначення» prefix follows the other assistance services.',
};

/** A Pension Fund regional office (via a news site) on the under-one assistance: who, from when, until when. */
const PFU_VOLYN_INFANT_NEWS: Citation = {
  act: 'pfu-volyn-infant-care-news-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '05.02.2026: granted to the mother or other legal representative «(крім прийомних батьків, ' +
    'батьків-вихователів, патронатних вихователів та представників закладів, які виконують функції ' +
    'опікунів чи піклувальників), які фактично здійснюють догляд за дитиною до досягнення нею ' +
    'однорічного віку»; «призначається з наступного дня після закінчення відпустки у зв’язку з ' +
    'вагітністю та пологами або виплати допомоги у зв’язку з вагітністю та пологами». A news site, ' +
    'not the Fund’s own page; promingazeta.blogspot.com quotes the same text.',
};

/** Assistance for the care of a child until the age of one, new from 01.01.2026 (Law 4681-IX, КМУ 1805). */
export const INFANT_CARE_ASSISTANCE: ServiceData = {
  id: 'infant-care-assistance',
  social: true,
  names: {
    '2026-01-01': {
      value: {
        uk: 'Призначення допомоги для догляду за дитиною до досягнення нею однорічного віку',
        en: 'Assignment of assistance for the care of a child until the age of one',
      },
      basis: [LAW_2811_ART_3_ITEM_2, PFU_NEW_CHILDCARE_PAYMENTS_2026_NAME],
    },
  },
  description: {
    uk:
      'Новий вид допомоги з 01.01.2026: щомісячно матері або іншому законному представнику, який ' +
      'фактично доглядає дитину до досягнення нею одного року (крім прийомних батьків, ' +
      'батьків-вихователів, патронатних вихователів і закладів, що виконують функції опікунів). У 2026 ' +
      'році — 7 000 грн на місяць, на дитину з інвалідністю — 10 500 грн. Призначається з дня, що ' +
      'настає після закінчення відпустки (виплати допомоги) у зв’язку з вагітністю та пологами. Право ' +
      'мають і батьки дітей, народжених до 2026 року, яким 01.01.2026 ще не виповнився рік. Кошти ' +
      'надходять на рахунок зі спеціальним режимом використання.',
    en:
      'A new kind of assistance from 01.01.2026: paid monthly to the mother or other legal ' +
      'representative who actually cares for a child under one (not to foster parents, ' +
      'parent-educators, patronage carers or institutions acting as guardians). In 2026, UAH 7,000 a ' +
      'month, or UAH 10,500 for a child with a disability. It runs from the day after maternity leave ' +
      '(or maternity assistance) ends. Parents of children born before 2026 who were not yet one on ' +
      '01.01.2026 are also entitled. The money goes to a special-regime account.',
  },
  keywords: [
    'догляд за дитиною до року',
    'допомога до року',
    'допомога по догляду за дитиною',
    'до одного року',
    'немовля',
    '7000 грн',
    '7 тисяч',
    'спецрахунок',
  ],
  available: {
    '2026-01-01': {
      value: true,
      basis: [LAW_4681_IN_FORCE_2026, PFU_NEW_CHILDCARE_2026],
    },
  },
  provider: {
    '2026-01-01': {
      value: PFU,
      basis: [KMU_1805, PFU_NEW_CHILDCARE_2026],
    },
  },
  legalBasis: {
    '2026-01-01': {
      value: [LAW_2811, LAW_4681, KMU_1751, KMU_1805],
      basis: [LAW_4681_IN_FORCE_2026, KMU_1805, PFU_NEW_CHILDCARE_2026],
    },
    '2026-02-05': {
      value: [LAW_2811, LAW_4681, KMU_1751, KMU_1805, KMU_169_2026],
      basis: [KMU_1805, KMU_169_2026],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: FAMILY_ASSISTANCE_TERM,
  result: {
    '2026-01-01': {
      value: [
        {
          uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
          en: 'A decision to assign the assistance or to refuse it',
        },
        {
          uk:
            'Щомісячна виплата на поточний рахунок зі спеціальним режимом використання, відкритий в ' +
            'уповноваженому банку: 7 000 грн на місяць у 2026 році, 10 500 грн на дитину з інвалідністю',
          en:
            'Monthly payments to a current account with a special spending regime opened in an authorised ' +
            'bank: UAH 7,000 a month in 2026, UAH 10,500 for a child with a disability',
        },
      ],
      basis: [
        KMU_1805,
        UKURIER_SPECIAL_ACCOUNTS,
        DP_OBLRADA_AMOUNTS_2026,
        UKURIER_FIRST_PAYMENTS,
        PFU_VOLYN_INFANT_NEWS,
      ],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2026-01-01': {
      value: ['pfuOffice', 'pfuPortal'],
      basis: [KMU_1805, AZR_1805_CHANNELS, PFU_NEW_CHILDCARE_2026, PFU_VOLYN_INFANT_NEWS],
    },
    '2026-02-05': {
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'pfuPortal'],
      basis: [UKURIER_SPECIAL_ACCOUNTS, KMU_169_2026, CABINET_CNAP_2026, AZR_1805_CHANNELS],
    },
  },
  delivery: {
    '2026-01-01': {
      value: {
        models: [],
        socialHromada: false,
      },
      basis: [KMU_1805, AZR_1805_CHANNELS],
    },
    '2026-02-05': {
      value: {
        models: ['I', 'II', 'III'],
        socialHromada: true,
      },
      basis: [SEED_MODELS, UKURIER_SPECIAL_ACCOUNTS, KMU_169_2026],
    },
  },
  applicationForm: {
    '2026-01-01': {
      value: {
        uk: 'Заява за формою, затвердженою постановою КМУ від 25.06.2025 № 765',
        en: 'Application in the form approved by Cabinet resolution 765 of 25.06.2025',
      },
      basis: [KMU_765_2025, KMU_1805],
    },
  },
  lifeSituations: ['childBirth'],
};
