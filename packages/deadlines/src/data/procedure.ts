import { ActRegister, CODE_OF_ADMINISTRATIVE_JUSTICE, LAW_2073_IX } from '@vikno/law';
import type { AdministrativeProcedure, DeliveryRule, ProcedureRule } from '../procedure.js';
import type { LegalSource, LocalizedText } from '../schema.js';

// The terms of the Law on Administrative Procedure (2073-IX) and of the Code of Administrative Justice, each cited by
// provision with what was read. The research of issue 13 (2026-11-26) read the wording of 2073-IX Art. 32 part 2 and
// Art. 33 and of КАС Art. 122 part 2 on legal mirrors (protocol.ua, urist-ua.net, editions not stated); the other
// terms rest on explainers and law-firm summaries, or on nothing, and say so. A host sets what is unconfirmed.

/**
 * The acts the administrative procedure cites, taken from the register of `@vikno/law`: a register of their own, as
 * the calendar's, so these citations bundle two acts and not the whole register.
 */
export const PROCEDURE_ACTS = new ActRegister([LAW_2073_IX, CODE_OF_ADMINISTRATIVE_JUSTICE]);

const register = PROCEDURE_ACTS;
const checkedOn = '2026-11-26';

/** 2073-IX Art. 33 parts 1–2: ten days and less count in working days, more in calendar days. */
export const LAW_2073_ART_33: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 1–2 ст. 33', en: 'Art. 33 parts 1–2' },
  evidence: 'text',
  checkedOn,
  quote:
    'Строк, що становить десять днів і менше, обчислюється робочими днями, а більше десяти днів - календарними ' +
    'днями, якщо інше не встановлено законом. 2. Перебіг строку починається з наступного дня після настання ' +
    'події, з якою пов’язано його початок.',
  note:
    'Read on protocol.ua (edition not stated). A Ministry of Justice paraphrase (news.dtkt.ua) gives it as Art. 42 ' +
    'with «less than ten days»; the text is followed.',
});

/** 2073-IX: the term of a case (30 days, 45 with a hearing) and its extension by 15 days with notice. */
export const LAW_2073_CASE_TERMS: LegalSource = register.cite({
  act: 'law-2073-ix',
  evidence: 'secondary',
  checkedOn,
  note:
    'brp.de (15.12.2023): up to 30 days from receipt of the application, 45 with a hearing; the body may extend by ' +
    '15 days for valid reasons, notifying no later than three business days before the deadline. Article, parts and ' +
    'whether an extension may repeat not read; the days are calendar days under Art. 33 (more than ten).',
});

/** 2073-IX Art. 32 part 2: an invitation to a procedural action goes at least seven calendar days before it. */
export const LAW_2073_ART_32_PART_2: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 2 ст. 32', en: 'Art. 32 part 2' },
  evidence: 'text',
  checkedOn,
  quote:
    'Запрошення учасника адміністративного провадження, особи, яка сприяє розгляду справи, здійснюється не пізніше ' +
    'ніж за сім календарних днів до дня відповідної процедурної дії. Цей строк може бути зменшено у разі, якщо ' +
    'обставини вимагають прийняття рішення у найменший строк…',
  note: 'Read on protocol.ua (edition not stated).',
});

/** 2073-IX Art. 54 parts 1–2: explanations at any stage until the act is adopted; a reply before an adverse act. */
export const LAW_2073_ART_54: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 1–2 ст. 54', en: 'Art. 54 parts 1–2' },
  evidence: 'secondary',
  checkedOn,
  note:
    'Wording seen in an excerpt whose page was not named: explanations with evidence at any stage until the act is ' +
    'adopted; without a hearing the applicant may reply before the decision unless the application is granted in full.',
});

/** 2073-IX: the term to cure the defects of an application left without movement. Not found. */
export const LAW_2073_CURE: LegalSource = register.cite({
  act: 'law-2073-ix',
  evidence: 'none',
  checkedOn,
  note:
    'That cured defects keep the filing day is in a law-firm summary (mondaq.com, 03.01.2024); no term to cure was ' +
    'found in what was read. Ten calendar days is a candidate of the SDK.',
});

/** 2073-IX Art. 75 part 4: an act sent by post or electronically counts as delivered on the fifth calendar day. */
export const LAW_2073_ART_75_PART_4: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ч. 4 ст. 75', en: 'Art. 75 part 4' },
  evidence: 'secondary',
  checkedOn,
  note:
    'Wording seen in a search excerpt of docs.dtkt.ua/doc/2073-20?article=80, part 4 without the article heading: ' +
    '«Якщо час отримання адміністративного акта, надісланого поштою, електронною поштою або переданого з ' +
    'використанням інших засобів телекомунікаційного зв’язку, не зафіксовано, такий адміністративний акт вважається ' +
    'доведеним до відома особи на п’ятий календарний день з дня його надсилання…». Art. 75 as Art. 73 part 3 names ' +
    'it for notice of acts. Not yet in the research of issue 13.',
});

/** 2073-IX Art. 75: an act handed over in person is delivered that day. Assumed. */
export const LAW_2073_ART_75_IN_PERSON: LegalSource = register.cite({
  act: 'law-2073-ix',
  provision: { uk: 'ст. 75', en: 'Art. 75' },
  evidence: 'none',
  checkedOn,
  note: 'The part on handing an act over in person was not read; delivery on the day handed over is assumed.',
});

/** 2073-IX: an administrative complaint is filed within 30 calendar days of the act's delivery. */
export const LAW_2073_COMPLAINT_FILING: LegalSource = register.cite({
  act: 'law-2073-ix',
  evidence: 'secondary',
  checkedOn,
  note:
    'Ministry of Justice explainer in English (112.ua, 13.03.2025): within 30 calendar days from the day the act was ' +
    'brought to the person’s notice; a term missed for good reason may be restored. Article not named.',
});

/** 2073-IX: the term to consider an administrative complaint. Not found. */
export const LAW_2073_COMPLAINT_CONSIDERATION: LegalSource = register.cite({
  act: 'law-2073-ix',
  evidence: 'none',
  checkedOn,
  note:
    'Not found in what was read. 30 calendar days is a candidate of the SDK; the explainer above says a complaint not ' +
    'decided in time counts as satisfied.',
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
  note: 'Read on urist-ua.net (edition not stated).',
});

/** КАС Art. 122 part 4: three months from the decision on a pre-trial complaint. From memory only. */
export const KAS_ART_122_PART_4: LegalSource = register.cite({
  act: 'code-of-administrative-justice',
  provision: { uk: 'ч. 4 ст. 122', en: 'Art. 122 part 4' },
  evidence: 'none',
  checkedOn,
  note: 'Three months from the delivery of the decision on a complaint, where a pre-trial procedure was used: not read.',
});

const UNCONFIRMED: LocalizedText = {
  uk: 'Значення не підтверджене текстом закону: хост має встановити своє.',
  en: 'Not confirmed in the text of the law: the host should set its own.',
};

const postal: ProcedureRule<DeliveryRule> = {
  value: { daysAfterSending: 5, unit: 'calendarDays' },
  basis: [LAW_2073_ART_75_PART_4],
  note: {
    uk: 'Якщо час отримання не зафіксовано; якщо особа заявляє про пізніше отримання, його доводить орган.',
    en: 'Where the time of receipt is not recorded; if the person says it came later, the body must prove it.',
  },
};

/**
 * The terms of the administrative procedure (адміністративна процедура) under Law 2073-IX, where Law 5203-VI and
 * the special acts set none, and the terms to sue under КАС Art. 122. Each rule carries its basis, every source
 * with its evidence; a term's `value` carries the same basis, so {@link computeDeadline} names the provision in its
 * trace. Values not confirmed in an act's text say so in `note`: a host sets its own.
 *
 * @example
 * ```ts
 * import { ADMINISTRATIVE_PROCEDURE, computeDeadline } from '@vikno/deadlines';
 *
 * ADMINISTRATIVE_PROCEDURE.generalTerm.value.amount;
 * //=> 30
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
    value: { amount: 30, unit: 'calendarDays', basis: [LAW_2073_CASE_TERMS, LAW_2073_ART_33] },
    basis: [LAW_2073_CASE_TERMS, LAW_2073_ART_33],
  },
  termWithHearing: {
    value: { amount: 45, unit: 'calendarDays', basis: [LAW_2073_CASE_TERMS, LAW_2073_ART_33] },
    basis: [LAW_2073_CASE_TERMS, LAW_2073_ART_33],
  },
  extension: {
    value: {
      maximum: { amount: 15, unit: 'calendarDays', basis: [LAW_2073_CASE_TERMS, LAW_2073_ART_33] },
      noticeWorkingDaysBefore: 3,
      times: 1,
    },
    basis: [LAW_2073_CASE_TERMS],
    note: {
      uk: 'Що продовжити можна лише один раз — припущення SDK.',
      en: 'That the term may be extended only once is the SDK’s assumption.',
    },
  },
  cure: {
    value: { amount: 10, unit: 'calendarDays', basis: [LAW_2073_CURE] },
    basis: [LAW_2073_CURE],
    note: UNCONFIRMED,
  },
  hearing: {
    value: { amount: 7, unit: 'calendarDays', basis: [LAW_2073_ART_32_PART_2] },
    basis: [LAW_2073_ART_32_PART_2, LAW_2073_ART_54],
    note: {
      uk: 'Найменший строк між запрошенням і слуханням; пояснення можна подати до прийняття акта.',
      en: 'The least time between the invitation and the hearing; explanations may come until the act is adopted.',
    },
  },
  daysWithoutUnit: { value: { workingBelow: 11 }, basis: [LAW_2073_ART_33] },
  delivery: {
    inPerson: {
      value: { daysAfterSending: 0, unit: 'calendarDays' },
      basis: [LAW_2073_ART_75_IN_PERSON],
      note: UNCONFIRMED,
    },
    post: postal,
    electronic: postal,
  },
  complaint: {
    value: {
      filing: { amount: 30, unit: 'calendarDays', basis: [LAW_2073_COMPLAINT_FILING] },
      consideration: { amount: 30, unit: 'calendarDays', basis: [LAW_2073_COMPLAINT_CONSIDERATION] },
    },
    basis: [LAW_2073_COMPLAINT_FILING, LAW_2073_COMPLAINT_CONSIDERATION],
    note: {
      uk: 'Строк розгляду скарги не підтверджений текстом закону: хост має встановити свій.',
      en: 'The term to consider a complaint is not confirmed in the text of the law: the host should set its own.',
    },
  },
  court: {
    value: {
      afterDecision: { amount: 6, unit: 'months', basis: [KAS_ART_122_PART_2] },
      afterComplaint: { amount: 3, unit: 'months', basis: [KAS_ART_122_PART_4] },
    },
    basis: [KAS_ART_122_PART_2, KAS_ART_122_PART_4],
    note: {
      uk: 'Три місяці після рішення за скаргою (ч. 4 ст. 122 КАС) не звірено з текстом.',
      en: 'Three months after a decision on a complaint (КАС Art. 122 part 4) is not checked against the text.',
    },
  },
};
