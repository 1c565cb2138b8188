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

const PFU_YEYASLA_PAGE_NAME: Citation = {
  act: 'pfu-yeyasla-page',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'pfu.gov.ua titles the payment «Допомога для догляду за дитиною “єЯсла”», as does the ' +
    'ternopil.te.gov.ua notice on КМУ 1805; no Register card with the official name of the service ' +
    'was seen, and the «Призначення» prefix follows the other assistance services.',
};

/** The Ministry of Education notice (on a hromada site) that «єЯсла» started on 01.01.2026, with its amounts. */
const MON_YEYASLA_2026: Citation = {
  act: 'mon-yeyasla-start-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '21.01.2026: «З 1 січня в Україні стартувала державна програма підтримки батьків, які працюють, ' +
    '«єЯсла»»; «8 000 гривень щомісяця — для сімей, у яких мати або інший законний представник ' +
    'повертається до роботи після досягнення дитиною одного року; 12 000 гривень щомісяця — для ' +
    'сімей, які виховують дитину з інвалідністю (з урахуванням коефіцієнта 1,5)».',
};

/** A CNAP notice (from the National Social Service) on who gets «єЯсла» and for which months. */
const NS_GROMADA_YEYASLA: Citation = {
  act: 'ns-gromada-cnap-yeyasla-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '09.01.2026: «Такий вид підтримки призначається з місяця, що настає після досягнення дитиною 1 ' +
    'року та по місяць досягнення дитиною 3-річного віку включно. Для оформлення слід звернутися до ' +
    'найближчого сервісного центру Пенсійного фонду».',
};

/** The Pension Fund's page on the «єЯсла» assistance (Mykolaiv regional section of pfu.gov.ua). */
const PFU_YEYASLA_PAGE: Citation = {
  act: 'pfu-yeyasla-page',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    'Granted to the mother or other legal representative «(крім прийомних батьків, батьків ' +
    'вихователів, патронатних вихователів, представників закладів, які виконують функції опікунів чи ' +
    'піклувальників), які фактично здійснювали догляд за дитиною та приступили до роботи у режимі ' +
    'повного робочого часу»; «8000 грн на кожну дитину, а починаючи з 2027 року — у розмірі, який ' +
    'встановлюється законом про Державний бюджет»; coefficient 1.5 for a child with a disability; ' +
    'paid to «поточний рахунок із спеціальним режимом використання»; funds usable for 90 calendar ' +
    'days after the child turns three. Undated page.',
};

/** The «єЯсла» assistance for a child aged one to three whose carer returned to full-time work (Law 4681-IX). */
export const YEYASLA_ASSISTANCE: ServiceData = {
  id: 'yeyasla-assistance',
  social: true,
  names: {
    '2026-01-01': {
      value: {
        uk: 'Призначення допомоги для догляду за дитиною «єЯсла»',
        en: 'Assignment of the «yeYasla» childcare assistance',
      },
      basis: [LAW_2811_ART_3_ITEM_2, PFU_YEYASLA_PAGE_NAME],
    },
  },
  description: {
    uk:
      'Новий вид допомоги з 01.01.2026: щомісячна цільова допомога матері або іншому законному ' +
      'представнику (крім прийомних батьків, батьків-вихователів, патронатних вихователів і закладів, ' +
      'що виконують функції опікунів), який фактично доглядав дитину і після досягнення нею одного ' +
      'року приступив до роботи в режимі повного робочого часу. Призначається з місяця, що настає ' +
      'після досягнення дитиною одного року, по місяць, у якому їй виповнюється три роки. У 2026 році ' +
      '— 8 000 грн на місяць, на дитину з інвалідністю — 12 000 грн (коефіцієнт 1,5); з 2027 року ' +
      'розмір встановлює закон про Державний бюджет. Кошти надходять на рахунок зі спеціальним режимом ' +
      'використання і призначені для оплати догляду: няні, асистента, дитячого садка.',
    en:
      'A new kind of assistance from 01.01.2026: a targeted monthly payment to the mother or other ' +
      'legal representative (not foster parents, parent-educators, patronage carers or institutions ' +
      'acting as guardians) who cared for the child and, after the child turned one, went back to ' +
      'full-time work. It runs from the month after the first birthday to the month of the third ' +
      'birthday inclusive. In 2026, UAH 8,000 a month, or UAH 12,000 for a child with a disability ' +
      '(coefficient 1.5); from 2027 the State Budget law sets the amount. The money goes to a ' +
      'special-regime account and pays for childcare: a nanny, an assistant, a kindergarten.',
  },
  keywords: [
    'єЯсла',
    'еЯсла',
    'ясла',
    'від 1 до 3 років',
    'вихід на роботу',
    'няня',
    'дитячий садок',
    '8000 грн',
    'спецрахунок',
  ],
  available: {
    '2026-01-01': {
      value: true,
      basis: [LAW_4681_IN_FORCE_2026, PFU_NEW_CHILDCARE_2026, MON_YEYASLA_2026],
    },
  },
  provider: {
    '2026-01-01': {
      value: PFU,
      basis: [KMU_1805, PFU_NEW_CHILDCARE_2026, NS_GROMADA_YEYASLA],
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
            'уповноваженому банку: 8 000 грн на місяць у 2026 році, 12 000 грн на дитину з інвалідністю; з ' +
            '2027 року — у розмірі, встановленому законом про Державний бюджет',
          en:
            'Monthly payments to a current account with a special spending regime opened in an authorised ' +
            'bank: UAH 8,000 a month in 2026, UAH 12,000 for a child with a disability; from 2027, as the ' +
            'State Budget law sets',
        },
      ],
      basis: [
        KMU_1805,
        UKURIER_SPECIAL_ACCOUNTS,
        PFU_YEYASLA_PAGE,
        MON_YEYASLA_2026,
        UKURIER_FIRST_PAYMENTS,
        DP_OBLRADA_AMOUNTS_2026,
      ],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2026-01-01': {
      value: ['pfuOffice', 'pfuPortal'],
      basis: [KMU_1805, AZR_1805_CHANNELS, PFU_NEW_CHILDCARE_2026, NS_GROMADA_YEYASLA],
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
