import type { Citation } from '@vikno/law';
import { LAW_2811_ART_23 } from '../citations/evidence-catalog.js';
import {
  APPEAL_GENERAL,
  APPEAL_PFU_2026,
  ASSIGN_OR_REFUSE,
  CEILING_TERM,
  FREE_AS_SOCIAL,
  PFU,
} from '../common.js';
import type { ServiceData } from '../load.js';

/** Where the wording of Law 2811-XII (as Law 4681-IX worded it from 01.01.2026) was read. */
const SOURCE_2811 =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/07833-ua-law-2811-12.json, commit 35a12f9): the consolidated law in the wording of Law 4681-IX, in ' +
  'force from 01.01.2026 (Law 4681-IX Section II item 1, read in data/seed/00116-ua-law-4681-20.json).';

/** Law 2811-XII Art. 3 item 7: «пакунок школяра» as a kind of state assistance to families with children. */
const LAW_2811_ART_3_ITEM_7: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'п. 7 ч. 1 ст. 3', en: 'Art. 3 part 1 item 7' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote: '«7) одноразова грошова допомога учням першого класу "пакунок школяра"»',
  note: SOURCE_2811,
};

/** Law 2811-XII Art. 18-8: the right, once per child, the procedure by the Cabinet, the amount by the budget law. */
const LAW_2811_ART_18_8: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ст. 18-8', en: 'Art. 18-8' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Право на одноразову грошову допомогу учням першого класу "пакунок школяра" має отримувач. … ' +
    'призначається на кожну дитину. Порядок, умови виплати … визначаються Кабінетом Міністрів України. Розмір … ' +
    'встановлюється законом про Державний бюджет України на відповідний рік.»',
  note:
    `${SOURCE_2811} Law 4681-IX Section II item 1 puts the amount of 5 000 грн it writes into Law 2811-XII in ` +
    'force only from 01.01.2027; the amount for 2026 and the Cabinet’s procedure for the 2026/2027 school year ' +
    'were not read.',
};

/** Law 2811-XII Art. 5 part 1 as Law 4681-IX worded it: the Pension Fund assigns and pays it. */
const LAW_2811_ART_5: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ч. 1 ст. 5', en: 'Art. 5 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«… одноразова грошова допомога учням першого класу "пакунок школяра" призначається і виплачується ' +
    'центральним органом виконавчої влади, що реалізує державну політику з питань пенсійного забезпечення …»',
  note: SOURCE_2811,
};

/** Law 2811-XII Art. 6 part 3 as Law 4681-IX worded it: the documents are considered within 10 days. */
const LAW_2811_ART_6: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ч. 3 ст. 6', en: 'Art. 6 part 3' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Документи, необхідні для призначення державної допомоги сім’ям з дітьми, розглядаються органом, що ' +
    'призначає та здійснює виплату державної допомоги сім’ям з дітьми, протягом 10 днів з дня звернення.»',
  note: `${SOURCE_2811} The article does not say calendar or working days; recorded as calendar days.`,
};

/** КМУ 809 by its number, date and title, as the Fund's retellings give them; the text was not read. */
const KMU_809: Citation = {
  act: 'kmu-809-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  note:
    'Number, date and title from RBC-Ukraine citing the Pension Fund (14.08.2025) and the Kremenets hromada ' +
    '(pravdorub.live, 15.10.2025); the resolution’s text and its day of entry into force were not read, so the ' +
    'service is recorded from the day it was adopted.',
};

/** RBC-Ukraine citing the Pension Fund: the Fund administers it; Diia or any Fund service centre; until 15.11.2025. */
const RBC_PFU: Citation = {
  act: 'rbc-pfu-school-kit-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Адмініструє програму Пенсійний фонд України, а виплата здійснюється через мобільний застосунок "Дія"» … ' +
    '«Подати заявку можна до 15 листопада 2025 року: онлайн - через застосунок "Дія"; офлайн - у будь-якому ' +
    'сервісному центрі ПФУ, незалежно від місця реєстрації (екстериторіальний принцип)»',
  note:
    'News (14.08.2025) retelling the Pension Fund; it names no CNAP, starosta or post route. Whether a CNAP ' +
    'takes the application was not found in any source read.',
};

/** sud.ua citing the Pension Fund: the last day to apply, 15.11.2025, and the two channels. */
const SUD_DEADLINE: Citation = {
  act: 'sud-school-kit-deadline-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«кінцевий термін подання заяв на отримання виплати — 15 листопада 2025 року» … «онлайн — через мобільний ' +
    'застосунок «Дія» … офлайн — звернувшись до сервісного центру Пенсійного фонду України із необхідними ' +
    'документами»',
  note: 'News (08.11.2025) retelling the Pension Fund.',
};

/** Interfax-Ukraine citing the Ministry of Social Policy: why applications were refused in 2025. */
const INTERFAX_REFUSALS: Citation = {
  act: 'interfax-school-kit-refusals-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«родини, які перебувають за кордоном, можуть отримати допомогу лише після повернення в Україну, а ті, хто на ' +
    'тимчасово окупованих територіях, — після повернення на підконтрольну Україні територію. Крім того, ще 940 ' +
    "заяв відхилено, оскільки надалі з'ясувалося, що дитина була відрахована або переведена до іншого закладу " +
    'освіти»',
  note:
    'News (27.08.2025) quoting the Ministry; the grounds are read from the reasons it counts, not from КМУ 809. ' +
    'It also names a mismatch of data in the state registers, to be corrected.',
};

/** The one-off cash assistance «пакунок школяра» for each child who starts the first grade. */
export const SCHOOL_KIT_ASSISTANCE: ServiceData = {
  id: 'school-kit-assistance',
  social: true,
  names: {
    '2025-07-07': {
      value: {
        uk: 'Надання одноразової грошової допомоги учням перших класів «Пакунок школяра»',
        en: 'One-off cash assistance to first-grade pupils («Пакунок школяра»)',
      },
      basis: [KMU_809, RBC_PFU],
    },
    '2026-01-01': {
      value: {
        uk: 'Призначення одноразової грошової допомоги учням першого класу «пакунок школяра»',
        en: 'Assignment of the one-off cash assistance to first-grade pupils («пакунок школяра»)',
      },
      basis: [LAW_2811_ART_3_ITEM_7],
    },
  },
  description: {
    uk:
      'Одноразова грошова допомога на кожну дитину, зараховану до першого класу, одному з батьків або іншому ' +
      'законному представнику: на шкільне приладдя, одяг і взуття, на рахунок «Дія.Картка». У 2025 році — 5 000 ' +
      'грн, заяву приймали до 15 листопада 2025 року в «Дії» або в будь-якому сервісному центрі Пенсійного фонду; ' +
      'з 2026 року це вид державної допомоги сім’ям з дітьми за Законом «Про державну допомогу сім’ям з дітьми».',
    en:
      'A one-off payment for each child enrolled in the first grade, to one parent or another legal representative, ' +
      'for school supplies, clothes and shoes, onto a «Дія.Картка» account. In 2025: 5,000 UAH, applications until ' +
      '15 November 2025 in Diia or at any Pension Fund service centre; from 2026 a kind of state assistance to ' +
      'families with children under the Law on State Assistance to Families with Children.',
  },
  keywords: [
    'пакунок школяра',
    'пакет школяра',
    'пакет школьника',
    'першокласник',
    'перший клас',
    'допомога першокласнику',
    'гроші на школу',
    '5000 на першокласника',
    'шкільне приладдя',
    'Дія.Картка',
  ],
  available: {
    '2025-07-07': { value: true, basis: [KMU_809, RBC_PFU] },
    '2025-11-16': null,
    '2026-01-01': { value: true, basis: [LAW_2811_ART_3_ITEM_7, LAW_2811_ART_18_8] },
  },
  provider: {
    '2025-07-07': { value: PFU, basis: [RBC_PFU, SUD_DEADLINE] },
    '2026-01-01': { value: PFU, basis: [LAW_2811_ART_5] },
  },
  legalBasis: {
    '2025-07-07': { value: [KMU_809], basis: [RBC_PFU] },
    '2026-01-01': { value: [LAW_2811_ART_18_8, LAW_2811_ART_5], basis: [LAW_2811_ART_18_8] },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    ...CEILING_TERM,
    '2026-01-01': {
      value: {
        kind: 'term',
        term: { amount: 10, unit: 'calendarDays' },
        runsFrom: { uk: 'дня звернення', en: 'the day of application' },
      },
      basis: [LAW_2811_ART_6],
    },
  },
  result: {
    earliest: { value: [ASSIGN_OR_REFUSE], basis: [SUD_DEADLINE] },
    '2026-01-01': { value: [ASSIGN_OR_REFUSE], basis: [LAW_2811_ART_6] },
  },
  refusalGrounds: {
    '2025-07-07': {
      value: [
        {
          uk: 'Дитина з сім’єю перебуває за кордоном (допомогу призначають після повернення в Україну)',
          en: 'The child and family are abroad (the assistance is assigned after their return to Ukraine)',
        },
        {
          uk: 'Дитина на тимчасово окупованій території (після повернення на підконтрольну територію)',
          en: 'The child is in a temporarily occupied territory (assigned after return to controlled territory)',
        },
        {
          uk: 'Дитину відраховано або переведено до іншого закладу освіти (заяву подають повторно)',
          en: 'The child was withdrawn or moved to another school (the application is made again)',
        },
        {
          uk: 'Дані в державних реєстрах не збігаються (їх треба виправити)',
          en: 'The data in the state registers do not match (they must be corrected)',
        },
      ],
      basis: [INTERFAX_REFUSALS],
    },
    '2026-01-01': null,
  },
  appeal: {
    ...APPEAL_GENERAL,
    '2026-01-01': { value: APPEAL_PFU_2026, basis: [LAW_2811_ART_23] },
  },
  channels: {
    '2025-07-07': { value: ['diia', 'pfuOffice'], basis: [RBC_PFU, SUD_DEADLINE] },
  },
  delivery: {
    '2025-07-07': { value: { models: [], socialHromada: false }, basis: [RBC_PFU, SUD_DEADLINE] },
  },
  applicationForm: {
    '2025-07-07': {
      value: {
        uk: 'Заява в застосунку «Дія» (підписується Дія.Підписом) або паперова заява в сервісному центрі ПФУ',
        en: 'An application in the Diia app (signed with Diia.Signature) or on paper at a Pension Fund service centre',
      },
      basis: [SUD_DEADLINE],
    },
  },
  lifeSituations: ['childBirth'],
};
