import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** КМУ 1180 item 2, read in the resolution's opening: the box for children born from 24.10.2020. */
const KMU_1180_ITEM_2: Citation = {
  act: 'kmu-1180-2020',
  provision: { uk: 'п. 2 постанови', en: 'Resolution, item 2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Установити, що одноразова натуральна допомога "пакунок малюка" надається на дітей, народжених починаючи ' +
    'з 24 жовтня 2020 р. включно.»',
  note:
    'Read in the resolution as zakon-i-normativ.info reproduces it (its opening only). The box given before, ' +
    'from 01.09.2018 under an earlier resolution (proternopil.te.ua, `secondary`), is not recorded here: that ' +
    'act was not read.',
};

/** The Vinnytsia regional administration: when the hospital had none, apply to the hromada's official, the CNAP or USZN within 30 days. */
const VIN_NOTICE: Citation = {
  act: 'vin-baby-box-notice',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Якщо ж на момент виписки новонародженої дитини в лікарні закінчилися "пакунки малюка", то заклад має ' +
    'надати довідку про те, що «пакунок малюка» ним не видавався. А батькам потрібно звернутися із письмовою ' +
    'заявою до посадової особи територіальної громади, ЦНАПу а також органу соціального захисту населення у ' +
    'містах обласного значення за місцем проживання/перебування отримувача не пізніше ніж через 30 календарних ' +
    'днів з дня народження дитини.»',
  note:
    'The regional social and youth policy department’s page (vin.gov.ua, undated in what was read), retelling ' +
    'the procedure of КМУ 1180; for a child born outside a hospital the text read was cut.',
};

/** The Uzhhorod CNAP's card: the name, one working day, the result. */
const UZHGOROD_CARD: Citation = {
  act: 'uzhgorod-baby-box-card',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Призначення одноразової натуральної допомоги "пакунок малюка". Термін виконання протягом одного ' +
    'робочого дня. Виконавець Департамент соціальної політики Ужгородської міської ради. Результат послуги ' +
    'Надання „пакунка малюкаˮ / відмова в наданні «пакунка малюка»»',
  note: 'A city council’s CNAP page; undated in what was read.',
};

/** Law 2811-XII Art. 5 parts 3–5 as in force from 01.01.2026: the social protection body, on a written application. */
const LAW_2811_ART_5_BOX: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ч. 3–5 ст. 5', en: 'Art. 5 parts 3–5' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«За відсутності в закладі охорони здоров’я одноразової натуральної допомоги "пакунок малюка" у ' +
    'натуральній формі надання такої допомоги проводиться органом соціального захисту населення протягом 30 ' +
    'днів з дня народження дитини на підставі письмової заяви отримувача (у паперовій або електронній формі)» … ' +
    '«У разі народження дитини поза закладом охорони здоров’я отримувач … має право звернутися за отриманням ' +
    'такої допомоги протягом трьох місяців з дня народження дитини до органу соціального захисту населення за ' +
    'задекларованим/зареєстрованим місцем його проживання (перебування).»',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/07833-ua-law-2811-12.json, commit 35a12f9), the consolidated law as in force from 01.01.2026; ' +
    'when these parts were first written into Art. 5 was not read, so they are recorded from 01.01.2026. The ' +
    'law words the 30 days as the time within which the body gives the box; the notice read as the time to apply.',
};

/** The one-off in-kind «пакунок малюка» given by the social protection body when the hospital did not give it. */
export const BABY_BOX_IN_KIND: ServiceData = {
  id: 'baby-box-in-kind',
  social: true,
  names: {
    '2020-10-24': {
      value: {
        uk: 'Призначення одноразової натуральної допомоги «пакунок малюка»',
        en: 'Assignment of the one-off in-kind assistance «пакунок малюка» (baby box)',
      },
      basis: [UZHGOROD_CARD],
    },
  },
  description: {
    uk:
      '«Пакунок малюка» (набір дитячих речей) видає орган соціального захисту населення, якщо в пологовому ' +
      'будинку його не було (заява — протягом 30 днів з дня народження, з довідкою закладу, що пакунок не ' +
      'видавався) або якщо дитина народилася поза закладом охорони здоров’я (з 2026 року — протягом трьох ' +
      'місяців). Замість пакунка можна обрати грошову компенсацію — це окрема послуга.',
    en:
      'The social protection body gives the baby box (a set of baby goods) when the maternity hospital had none ' +
      '(apply within 30 days of the birth, with the hospital’s certificate that it was not given) or when the child ' +
      'was born outside a hospital (from 2026: within three months). The cash compensation instead of the box is a ' +
      'separate service.',
  },
  keywords: [
    'пакунок малюка',
    'бебі-бокс',
    'беби-бокс',
    'baby box',
    'пакет малюка',
    'набір для новонародженого',
    'речі для немовляти',
    'не дали пакунок у пологовому',
  ],
  available: {
    '2020-10-24': { value: true, basis: [KMU_1180_ITEM_2] },
  },
  provider: {
    '2020-10-24': { value: USZN, basis: [VIN_NOTICE] },
    '2026-01-01': { value: USZN, basis: [LAW_2811_ART_5_BOX] },
  },
  legalBasis: {
    '2020-10-24': { value: [KMU_1180_ITEM_2], basis: [KMU_1180_ITEM_2] },
    '2026-01-01': { value: [LAW_2811_ART_5_BOX, KMU_1180_ITEM_2], basis: [LAW_2811_ART_5_BOX] },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    '2020-10-24': {
      value: { kind: 'term', term: { amount: 1, unit: 'workingDays' } },
      basis: [UZHGOROD_CARD],
    },
  },
  applicationWindow: {
    '2020-10-24': {
      value: {
        event: 'childBirth',
        within: { amount: 30, unit: 'calendarDays' },
        after: {
          uk: 'народження дитини (пакунка не було в закладі охорони здоров’я)',
          en: 'the birth of the child (the hospital had no box)',
        },
      },
      basis: [VIN_NOTICE],
    },
    '2026-01-01': {
      value: {
        event: 'childBirth',
        within: { amount: 30, unit: 'calendarDays' },
        after: {
          uk: 'народження дитини (пакунка не було в закладі охорони здоров’я; поза закладом — три місяці)',
          en: 'the birth of the child (the hospital had no box; born outside a hospital: three months)',
        },
      },
      basis: [LAW_2811_ART_5_BOX],
    },
  },
  result: {
    '2020-10-24': {
      value: [
        { uk: 'Видача «пакунка малюка»', en: 'The baby box handed over' },
        { uk: 'Відмова в наданні «пакунка малюка»', en: 'A refusal to give the baby box' },
      ],
      basis: [UZHGOROD_CARD],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2020-10-24': {
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'usznOffice'],
      basis: [VIN_NOTICE],
    },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    '2020-10-24': {
      value: { uk: 'Письмова заява отримувача', en: 'A written application of the recipient' },
      basis: [VIN_NOTICE],
    },
    '2026-01-01': {
      value: {
        uk: 'Письмова заява отримувача (у паперовій або електронній формі)',
        en: 'A written application of the recipient (on paper or electronic)',
      },
      basis: [LAW_2811_ART_5_BOX],
    },
  },
  lifeSituations: ['childBirth'],
};
