import { ActRegister, CODE_OF_ADMINISTRATIVE_JUSTICE, LAW_2073_IX } from '@vikno/law';
import type { AdministrativeProcedure, DeliveryRule, ProcedureRule } from '../procedure.js';
import type { LegalSource, LocalizedText } from '../schema.js';

// The terms of the Law on Administrative Procedure (2073-IX) and of the Code of Administrative Justice, each cited by
// provision with what was read. Research round 2 of issue 13 (2026-11-26) read the official text of both acts as
// ingested from zakon.rada.gov.ua into a public repository (see `TEXT_2073`, `TEXT_KAS`); every quote below is a
// verbatim part of the article there, cut with «…». Where the law sets no number (the term to cure defects, the
// period to present a position) the value is the SDK's default and says so: a host sets its own.

/**
 * The acts the administrative procedure cites, taken from the register of `@vikno/law`: a register of their own, as
 * the calendar's, so these citations bundle two acts and not the whole register.
 */
export const PROCEDURE_ACTS = new ActRegister([LAW_2073_IX, CODE_OF_ADMINISTRATIVE_JUSTICE]);

const register = PROCEDURE_ACTS;
const checkedOn = '2026-11-26';

const mirror = (file: string) =>
  'Official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  `(data/seed/${file}, commit 35a12f9, 2026-02-22); edition date not stated.`;
/** Where the wording of Law 2073-IX was read. */
const TEXT_2073 = mirror('01122-ua-law-2073-20.json');
/** Where the wording of the Code of Administrative Justice was read. */
const TEXT_KAS = mirror('00011-ua-law-2747-15.json');

/** 2073-IX Art. 33 parts 1–3: ten days and less in working days, from the next day, a last day off moved on. */
export const LAW_2073_ART_33: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 1–3 ст. 33', en: 'Art. 33 parts 1–3' },
  evidence: 'text',
  checkedOn,
  quote:
    'Строк, що становить десять днів і менше, обчислюється робочими днями, а більше десяти днів - календарними ' +
    'днями, якщо інше не встановлено законом. … 2. Перебіг строку починається з наступного дня після настання ' +
    'події, з якою пов’язано його початок. … Якщо останній день строку припадає на святковий, вихідний або ' +
    'неробочий день, днем закінчення строку вважається перший робочий день…',
  note:
    `${TEXT_2073} A Ministry of Justice paraphrase (news.dtkt.ua) gives the rule as Art. 42 with «less than ten ` +
    'days»; the text is followed.',
});

/** 2073-IX Art. 34 part 2: 30 calendar days from receipt, 45 when a hearing is held, where no law sets a term. */
export const LAW_2073_ART_34_PART_2: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 2 ст. 34', en: 'Art. 34 part 2' },
  evidence: 'text',
  checkedOn,
  quote:
    'справа за заявою особи вирішується протягом розумного строку, але не більше тридцяти календарних днів після ' +
    'надходження заяви, а в разі проведення слухання у справі - не більше сорока п’яти календарних днів з дня ' +
    'реєстрації заяви адміністративним органом.',
  note:
    `${TEXT_2073} Only where no law sets the term of the category of cases (part 1): for an administrative ` +
    'service, Law 5203-VI Art. 10 and the special act come first. The 45 days apply when a hearing (слухання, ' +
    'Art. 66: held by the body’s decision, on a participant’s request where interests are opposed) is conducted, ' +
    'not to the right to be heard of Art. 63 (explanations in writing), which leaves the 30 days. An application ' +
    'is registered the day it arrives (Art. 42 part 1), so both terms run from the same day.',
});

/** 2073-IX Art. 34 part 3: a complaint is considered within 30 calendar days. */
export const LAW_2073_ART_34_PART_3: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 3 ст. 34', en: 'Art. 34 part 3' },
  evidence: 'text',
  checkedOn,
  quote: '3. Строк перегляду справи за скаргою не повинен перевищувати тридцяти календарних днів.',
  note: `${TEXT_2073} Extended as a case on an application is, under part 4.`,
});

/** 2073-IX Art. 34 part 4: extended once by the body, by at most 15 calendar days, noticed 3 working days ahead. */
export const LAW_2073_ART_34_PART_4: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 4 ст. 34', en: 'Art. 34 part 4' },
  evidence: 'text',
  checkedOn,
  quote:
    'за рішенням адміністративного органу строк її вирішення може бути одноразово продовжений, але не більше ніж ' +
    'на п’ятнадцять календарних днів, якщо інше не передбачено законом. Про таке продовження строку учасники ' +
    'адміністративного провадження повідомляються в письмовій формі з обґрунтуванням прийнятого рішення не ' +
    'пізніше ніж за три робочі дні до завершення граничного строку.',
  note: `${TEXT_2073} Applies to a case on an application and to a complaint («справу за заявою чи скаргою»).`,
});

/** 2073-IX Art. 34 part 6: the terms of procedural steps no law sets are set by the body. */
export const LAW_2073_ART_34_PART_6: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 6 ст. 34', en: 'Art. 34 part 6' },
  evidence: 'text',
  checkedOn,
  quote:
    '6. Строки вчинення процедурних дій і прийняття процедурних рішень встановлюються законом, а якщо такі строки ' +
    'законом не визначені - адміністративним органом.',
  note: TEXT_2073,
});

/** 2073-IX Art. 32 part 2: an invitation to a procedural action goes at least seven calendar days before it. */
export const LAW_2073_ART_32_PART_2: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 2 ст. 32', en: 'Art. 32 part 2' },
  evidence: 'text',
  checkedOn,
  quote:
    '2. Запрошення учасника адміністративного провадження, особи, яка сприяє розгляду справи, здійснюється не ' +
    'пізніше ніж за сім календарних днів до дня відповідної процедурної дії. Цей строк може бути зменшено у разі, ' +
    'якщо обставини вимагають прийняття рішення у найменший строк…',
  note: `${TEXT_2073} The same wording as on protocol.ua, read earlier.`,
});

/** 2073-IX Art. 63 part 1: the right to be heard, by explanations or objections, before an adverse decision. */
export const LAW_2073_ART_63_PART_1: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 1 ст. 63', en: 'Art. 63 part 1' },
  evidence: 'text',
  checkedOn,
  quote:
    '1. Учасник адміністративного провадження має право бути заслуханим адміністративним органом до прийняття ' +
    'рішення у справі, якщо таке рішення може негативно вплинути на його право, свободу чи законний інтерес, ' +
    'крім випадків, передбачених цим Законом.',
  note: `${TEXT_2073} The article sets no period for the position: see Art. 34 part 6 and Art. 54 part 1.`,
});

/** 2073-IX Art. 54 part 1: explanations at any stage until the act is adopted. */
export const LAW_2073_ART_54: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 1 ст. 54', en: 'Art. 54 part 1' },
  evidence: 'text',
  checkedOn,
  quote:
    'свої пояснення та/або зауваження у справі, включно з доказами, на будь-якому етапі провадження до моменту ' +
    'прийняття адміністративного акта, а в разі проведення слухання у справі - до дня проведення або під час ' +
    'слухання.',
  note: TEXT_2073,
});

/** 2073-IX Art. 43 part 1: the body sets a term sufficient to cure the defects, extendable on request. */
export const LAW_2073_ART_43_PART_1: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 1 ст. 43', en: 'Art. 43 part 1' },
  evidence: 'text',
  checkedOn,
  quote:
    'Адміністративний орган встановлює строк, достатній для усунення заявником виявлених недоліків. За ' +
    'клопотанням заявника адміністративний орган може продовжити строк усунення виявлених недоліків.',
  note:
    `${TEXT_2073} The law gives no number: the ten calendar days of ADMINISTRATIVE_PROCEDURE.cure are the SDK’s ` +
    'default, not the law’s.',
});

/** 2073-IX Art. 75 parts 1 and 3: how an act is delivered; in a case on an application, as the applicant chose. */
export const LAW_2073_ART_75_WAYS: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 1, 3 ст. 75', en: 'Art. 75 parts 1, 3' },
  evidence: 'text',
  checkedOn,
  quote:
    '1) вручення акта або надсилання його поштою (рекомендованим листом з повідомленням про вручення); … 2) ' +
    'надсилання на адресу електронної пошти чи передачі з використанням інших засобів телекомунікаційного ' +
    'зв’язку; … 3. У справі за заявою адміністративний акт доводиться до відома особи у спосіб, зазначений нею в ' +
    'заяві',
  note: TEXT_2073,
});

/** 2073-IX Art. 75 part 4 paragraph 1: the body records when and how the act was delivered. */
export const LAW_2073_ART_75_RECORDED: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 4 ст. 75 абз. 1', en: 'Art. 75 part 4 para. 1' },
  evidence: 'text',
  checkedOn,
  quote:
    '4. Інформація про час та спосіб доведення адміністративного акта до відома особи фіксується адміністративним ' +
    'органом у матеріалах справи.',
  note:
    `${TEXT_2073} No sentence says that an act handed over counts as delivered that day: the SDK reads handing ` +
    'over (вручення, part 1 item 1) with its time recorded in the file as delivery on that day.',
});

/** 2073-IX Art. 75 part 4 paragraph 2: an act sent by post or electronically, its receipt unrecorded: the 5th day. */
export const LAW_2073_ART_75_PART_4: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 4 ст. 75 абз. 2', en: 'Art. 75 part 4 para. 2' },
  evidence: 'text',
  checkedOn,
  quote:
    'Якщо час отримання адміністративного акта, надісланого поштою, електронною поштою або переданого з ' +
    'використанням інших засобів телекомунікаційного зв’язку, не зафіксовано, такий адміністративний акт ' +
    'вважається доведеним до відома особи на п’ятий календарний день з дня його надсилання адміністративним ' +
    'органом…',
  note:
    `${TEXT_2073} Unless the act did not arrive or arrived later; then the body must prove the fact and time of ` +
    'delivery.',
});

/** 2073-IX Art. 80 part 1: a complaint against an act within 30 calendar days of its delivery. */
export const LAW_2073_ART_80_PART_1: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 1 ст. 80', en: 'Art. 80 part 1' },
  evidence: 'text',
  checkedOn,
  quote:
    '1. Скарга на адміністративний акт може бути подана протягом тридцяти календарних днів з дня доведення його ' +
    'до відома особи, яка була учасником адміністративного провадження щодо прийняття зазначеного акта.',
  note:
    `${TEXT_2073} A person who was not a participant: 30 calendar days from learning of the act’s effect; ` +
    'inaction: at any time after the term to decide; a law may set other terms for some cases.',
});

/** КАС Art. 122 part 2: six months to sue, from the day the person learned of the violation. */
export const KAS_ART_122_PART_2: LegalSource = register.cite({
  act: 'code-of-administrative-justice',
  provision: { uk: 'ч. 2 ст. 122', en: 'Art. 122 part 2' },
  evidence: 'text',
  checkedOn,
  quote:
    'Для звернення до адміністративного суду за захистом прав, свобод та інтересів особи встановлюється ' +
    'шестимісячний строк, який, якщо не встановлено інше, обчислюється з дня, коли особа дізналася або повинна ' +
    'була дізнатися про порушення своїх прав, свобод чи інтересів.',
  note: `${TEXT_KAS} The same wording as on urist-ua.net, read earlier.`,
});

/** КАС Art. 122 part 4: three months from the delivery of the decision on a pre-trial complaint. */
export const KAS_ART_122_PART_4: LegalSource = register.cite({
  act: 'code-of-administrative-justice',
  provision: { uk: 'ч. 4 ст. 122', en: 'Art. 122 part 4' },
  evidence: 'text',
  checkedOn,
  quote:
    'Якщо законом передбачена можливість досудового порядку вирішення спору і позивач скористався цим порядком, … ' +
    'то для звернення до адміністративного суду встановлюється тримісячний строк, який обчислюється з дня ' +
    'вручення позивачу рішення за результатами розгляду його скарги…',
  note:
    `${TEXT_KAS} Paragraph 2: when no decision on the complaint was taken or delivered in time, six months from ` +
    'the day the complaint was filed (not modelled).',
});

/** How the SDK marks a value the law leaves to the body: a default of its own. */
const SDK_DEFAULT: LocalizedText = {
  uk: 'Закон числа не встановлює: це типове значення SDK, хост має встановити своє.',
  en: 'The law sets no number: this is the SDK’s default, the host should set its own.',
};
const postal: ProcedureRule<DeliveryRule> = {
  value: { daysAfterSending: 5, unit: 'calendarDays' },
  basis: [LAW_2073_ART_75_WAYS, LAW_2073_ART_75_PART_4],
  note: {
    uk: 'Якщо час отримання не зафіксовано; якщо особа заявляє про неотримання чи пізніше отримання, факт і час доводить орган.',
    en: 'Where the time of receipt is not recorded; if the person says it never came or came later, the body must prove when.',
  },
};

const caseTerm = [LAW_2073_ART_34_PART_2, LAW_2073_ART_33];

/**
 * The terms of the administrative procedure (адміністративна процедура) under Law 2073-IX, where Law 5203-VI and
 * the special acts set none, and the terms to sue under КАС Art. 122. Each rule carries its basis, every source
 * with its evidence and the wording read; a term's `value` carries the same basis, so {@link computeDeadline} names
 * the provision in its trace. Where the law leaves a number to the body (the term to cure, the period to present a
 * position), `note` says the value is the SDK's default: a host sets its own.
 *
 * @example
 * ```ts
 * import { ADMINISTRATIVE_PROCEDURE, computeDeadline } from '@vikno/deadlines';
 *
 * ADMINISTRATIVE_PROCEDURE.generalTerm.value.amount;
 * //=> 30
 * ADMINISTRATIVE_PROCEDURE.extension.value.times;
 * //=> 1
 * computeDeadline({
 *   start: '2026-03-02',
 *   term: ADMINISTRATIVE_PROCEDURE.generalTerm.value,
 *   extensions: [ADMINISTRATIVE_PROCEDURE.extension.value.maximum],
 * }).lastDay;
 * //=> '2026-04-16'
 * ```
 */
export const ADMINISTRATIVE_PROCEDURE: AdministrativeProcedure = {
  generalTerm: {
    value: { amount: 30, unit: 'calendarDays', basis: caseTerm },
    basis: caseTerm,
    note: {
      uk: 'Якщо закон не встановлює граничного строку для категорії справ; для адміністративної послуги — строк закону 5203-VI чи спеціального закону.',
      en: 'Where no law sets the term of the category of cases; for an administrative service, the term of Law 5203-VI or the special act.',
    },
  },
  termWithHearing: {
    value: { amount: 45, unit: 'calendarDays', basis: caseTerm },
    basis: caseTerm,
    note: {
      uk: 'Коли проводять слухання у справі (ст. 66); право бути заслуханим письмово (ст. 63) строку не змінює.',
      en: 'When a hearing is held (Art. 66); being heard in writing (Art. 63) leaves the general term.',
    },
  },
  extension: {
    value: {
      maximum: { amount: 15, unit: 'calendarDays', basis: [LAW_2073_ART_34_PART_4] },
      noticeWorkingDaysBefore: 3,
      times: 1,
    },
    basis: [LAW_2073_ART_34_PART_4],
    note: {
      uk: 'Одноразово, за рішенням органу, з письмовим обґрунтованим повідомленням; і для заяви, і для скарги.',
      en: 'Once, by the body’s decision, with written reasoned notice; for an application and for a complaint alike.',
    },
  },
  cure: {
    value: { amount: 10, unit: 'calendarDays', basis: [LAW_2073_ART_43_PART_1] },
    basis: [LAW_2073_ART_43_PART_1],
    note: SDK_DEFAULT,
  },
  hearing: {
    value: { amount: 7, unit: 'calendarDays', basis: [LAW_2073_ART_32_PART_2, LAW_2073_ART_34_PART_6] },
    basis: [LAW_2073_ART_63_PART_1, LAW_2073_ART_34_PART_6, LAW_2073_ART_32_PART_2, LAW_2073_ART_54],
    note: {
      uk:
        'Закон строку для позиції не встановлює (ст. 63): його встановлює орган (ч. 6 ст. 34); типові сім календарних ' +
        'днів SDK — найменший строк запрошення (ч. 2 ст. 32); пояснення можна подати до прийняття акта (ч. 1 ст. 54).',
      en:
        'The law sets no period for the position (Art. 63): the body sets it (Art. 34 part 6); the SDK’s default of ' +
        'seven calendar days is the least notice of an invitation (Art. 32 part 2); explanations may come until the ' +
        'act is adopted (Art. 54 part 1).',
    },
  },
  daysWithoutUnit: { value: { workingBelow: 11 }, basis: [LAW_2073_ART_33] },
  delivery: {
    inPerson: {
      value: { daysAfterSending: 0, unit: 'calendarDays' },
      basis: [LAW_2073_ART_75_WAYS, LAW_2073_ART_75_RECORDED],
      note: {
        uk: 'Вручене особисто — доведене до відома в день вручення, час якого фіксують у матеріалах справи.',
        en: 'Handed over in person: delivered on that day, its time recorded in the case file.',
      },
    },
    post: postal,
    electronic: postal,
  },
  complaint: {
    value: {
      filing: { amount: 30, unit: 'calendarDays', basis: [LAW_2073_ART_80_PART_1] },
      consideration: { amount: 30, unit: 'calendarDays', basis: [LAW_2073_ART_34_PART_3] },
    },
    basis: [LAW_2073_ART_80_PART_1, LAW_2073_ART_34_PART_3, LAW_2073_ART_34_PART_4],
    note: {
      uk: 'Строк розгляду продовжують один раз, не більше ніж на 15 календарних днів (ч. 4 ст. 34).',
      en: 'The consideration term is extended once, by at most 15 calendar days (Art. 34 part 4).',
    },
  },
  court: {
    value: {
      afterDecision: { amount: 6, unit: 'months', basis: [KAS_ART_122_PART_2] },
      afterComplaint: { amount: 3, unit: 'months', basis: [KAS_ART_122_PART_4] },
    },
    basis: [KAS_ART_122_PART_2, KAS_ART_122_PART_4],
    note: {
      uk: 'Шість місяців — з дня, коли особа дізналася про порушення; три — з дня вручення рішення за скаргою.',
      en: 'Six months from the day the person learned of the violation; three from the delivery of the decision on a complaint.',
    },
  },
};
