import {
  ADMINISTRATIVE_PROCEDURE,
  CivilDate,
  computeDeadline,
  DeadlinesError,
  extensionNoticeDay,
  FIRST_SUPPORTED_DAY,
  type Instant,
  LAST_SUPPORTED_DAY,
  type ProcedureRule,
  Term,
} from '@vikno/deadlines';
import { type LegalSource, type Messages, messageBook } from '@vikno/law';
import { z } from 'zod';
import { Actor, type CaseEvent, DecisionOutcome } from './events.js';
import { CaseKeys, canonicalJson, sameMac } from './persistence.js';
import { LAW_2073_ART_85, law2073 } from './procedure-rules.js';
import {
  beginTerm,
  extendRunning,
  finishTerm,
  judgeTerm,
  type RunningTerm,
  RunningTermShape,
} from './terms.js';
import { invalidInput, SupportedInstant, supportedKyivDay, WorkflowError } from './transfer-register.js';

// ---------------------------------------------------------------------------------------------------------------
// The law

/**
 * What the administrative complaint (адміністративне оскарження) rests on: Law 2073-IX Art. 18 gives a person the
 * right to appeal an administrative act administratively and in court, and obliges the body to tell the person how,
 * in what order and by when an adverse act can be appealed. The rules of the complaint itself are
 * {@link COMPLAINT_RULES}; its terms are `ADMINISTRATIVE_PROCEDURE.complaint` and `.extension` of `@vikno/deadlines`.
 *
 * @example
 * ```ts
 * import { ADMINISTRATIVE_COMPLAINT_SOURCE } from '@vikno/workflows';
 *
 * ADMINISTRATIVE_COMPLAINT_SOURCE.number;
 * //=> '2073-IX'
 * ADMINISTRATIVE_COMPLAINT_SOURCE.evidence;
 * //=> 'text'
 * ```
 */
export const ADMINISTRATIVE_COMPLAINT_SOURCE: LegalSource = law2073(
  { uk: 'ст. 18', en: 'Art. 18' },
  '1. Особа має право на оскарження рішень, дій чи бездіяльності адміністративного органу в порядку ' +
    'адміністративного оскарження відповідно до цього Закону та/або в судовому порядку. … 2. Адміністративний орган ' +
    'зобов’язаний повідомити особу про спосіб, порядок і строк оскарження адміністративного акта, який негативно ' +
    'впливає на право, свободу чи законний інтерес особи.',
  undefined,
  'ADMINISTRATIVE_COMPLAINT_SOURCE',
);

/** The rules of the administrative complaint that are not terms, each with the provisions it rests on. */
export interface ComplaintRules {
  /** Who considers a complaint (суб’єкт розгляду скарги): the higher body, unless a law names another. */
  readonly body: ProcedureRule<'higherBody'>;
  /** A decision that did not state the term and way to appeal: the filing term is not missed. */
  readonly notLateWithoutInstructions: ProcedureRule<true>;
  /** Restoring a missed filing term: the request within `request` of the reason ending, within `latest` of the act. */
  readonly restoration: ProcedureRule<{ readonly request: Term; readonly latest: Term }>;
  /** A complaint filed late without a good reason is left without consideration. */
  readonly leftWithoutConsideration: ProcedureRule<'leftWithoutConsideration'>;
  /** Filing suspends the act complained of only when the complainant asks. */
  readonly suspension: ProcedureRule<'onRequest'>;
  /** A complaint is prepared, considered and decided as a case on an application. */
  readonly procedure: ProcedureRule<'asApplication'>;
  /** The outcomes modelled: left unchanged, cancelled and the case reopened, a new decision. */
  readonly outcomes: ProcedureRule<readonly ComplaintOutcome[]>;
}

const ART_80_PART_2 = law2073(
  { uk: 'ч. 2 ст. 80', en: 'Art. 80 part 2' },
  'Звернення про поновлення строку подання скарги може бути подано протягом десяти робочих днів з дня ' +
    'припинення обставин, що були поважною причиною пропущення строку подання скарги, але не пізніше одного ' +
    'року з дня прийняття адміністративного акта.',
  `Not modelled: the complaint whose term is restored is filed within ten working days of the ` +
    'notice of restoration; here the late complaint is already filed.',
  'COMPLAINT_RULES.restoration',
);

/**
 * The rules of the administrative complaint under Law 2073-IX that are not terms, each cited by article and part
 * with the wording read: who considers it (Art. 79), when it is not late (Art. 80 part 4), restoring a missed term
 * (Art. 80 part 2) and leaving a late one without consideration (part 3), the act's suspension only on request
 * (Art. 83 part 4), the procedure of an application (Art. 84 part 1) and the outcomes (Art. 85 parts 1, 4). The terms
 * are `ADMINISTRATIVE_PROCEDURE.complaint` (Art. 80 part 1, Art. 34 part 3) and `.extension` (Art. 34 part 4).
 *
 * @example
 * ```ts
 * import { COMPLAINT_RULES } from '@vikno/workflows';
 *
 * COMPLAINT_RULES.restoration.value.request;
 * //=> { amount: 10, unit: 'workingDays', basis: [ … Art. 80 part 2 … ] }
 * COMPLAINT_RULES.outcomes.value;
 * //=> ['leftUnchanged', 'cancelledReopened', 'newDecision']
 * ```
 */
export const COMPLAINT_RULES: ComplaintRules = {
  body: {
    value: 'higherBody',
    basis: [
      law2073(
        { uk: 'ч. 1, 4 ст. 79', en: 'Art. 79 parts 1, 4' },
        '1. Суб’єктом розгляду скарги є адміністративний орган вищого рівня (з урахуванням особливостей, ' +
          'визначених частиною третьою цієї статті), якщо інший суб’єкт не передбачений законом. … 4. Посадова ' +
          'особа адміністративного органу, яка прийняла адміністративний акт, процедурне рішення, вчинила дію або ' +
          'допустила бездіяльність, що оскаржується, не бере участі в розгляді скарги.',
        `For a power delegated to local self-government, the central executive body of that ` +
          'policy; with no higher body, the same body if it has a complaints commission, else the court (part 3). ' +
          'The host names the body as `reviewerOffice`.',
        'COMPLAINT_RULES.body',
      ),
    ],
  },
  notLateWithoutInstructions: {
    value: true,
    basis: [
      law2073(
        { uk: 'ч. 4 ст. 80', en: 'Art. 80 part 4' },
        '4. Строк подання скарги не вважається пропущеним у разі незазначення в адміністративному акті строку ' +
          'та порядку його оскарження.',
        undefined,
        'COMPLAINT_RULES.notLateWithoutInstructions',
      ),
    ],
  },
  restoration: {
    value: {
      request: { amount: 10, unit: 'workingDays', basis: [ART_80_PART_2] },
      latest: { amount: 1, unit: 'years', basis: [ART_80_PART_2] },
    },
    basis: [ART_80_PART_2],
  },
  leftWithoutConsideration: {
    value: 'leftWithoutConsideration',
    basis: [
      law2073(
        { uk: 'ч. 3 ст. 80', en: 'Art. 80 part 3' },
        '3. Скарга, подана з порушенням строку подання без поважних причин, передбачених цією статтею, ' +
          'залишається без розгляду.',
        undefined,
        'COMPLAINT_RULES.leftWithoutConsideration',
      ),
    ],
  },
  suspension: {
    value: 'onRequest',
    basis: [
      law2073(
        { uk: 'ч. 4 ст. 83', en: 'Art. 83 part 4' },
        '4. Подання скарги за клопотанням скаржника зупиняє дію адміністративного акта, що оскаржується, крім ' +
          'випадків, передбачених законом.',
        `Not modelled: the host records a request to suspend the act with the complaint.`,
        'COMPLAINT_RULES.suspension',
      ),
    ],
  },
  procedure: {
    value: 'asApplication',
    basis: [
      law2073(
        { uk: 'ч. 1 ст. 84', en: 'Art. 84 part 1' },
        '1. Підготовка, розгляд та вирішення справи за скаргою здійснюються згідно з вимогами цього Закону щодо ' +
          'адміністративного провадження у справах за заявою особи з урахуванням особливостей, передбачених цим ' +
          'розділом.',
        undefined,
        'COMPLAINT_RULES.procedure',
      ),
    ],
  },
  outcomes: {
    value: ['leftUnchanged', 'cancelledReopened', 'newDecision'],
    // The case takes the same outcomes (CASE.REOPENED, DECISION.REPLACED): the provision is cited once, there.
    basis: [LAW_2073_ART_85],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Messages

/** The parameters of each message of this module. */
interface ComplaintMessageParams {
  UNREADABLE: Record<string, never>;
  NOT_PLAIN: Record<string, never>;
  TOO_LARGE: { readonly max: number };
  DAY_OUT_OF_RANGE: { readonly first: string; readonly last: string };
  FILER_ROLE: Record<string, never>;
  FILED_BEFORE_DELIVERY: Record<string, never>;
  TERM_OUT_OF_CALENDAR: Record<string, never>;
  FILING_LAST_DAY: Record<string, never>;
  TIMELY: Record<string, never>;
  CONSIDERATION: Record<string, never>;
  OUTCOME_STATE: Record<string, never>;
  NEW_DECISION: Record<string, never>;
  GROUNDS_NEEDED: Record<string, never>;
  RESTORED_TIMELY: Record<string, never>;
  DECIDED_UNTIMELY: Record<string, never>;
  AUDIT_STEPS: Record<string, never>;
  AUDIT_SEQ: Record<string, never>;
  AUDIT_FILER: Record<string, never>;
  AUDIT_FILED_ON: Record<string, never>;
  AUDIT_REVIEWER: Record<string, never>;
  AUDIT_TIME: Record<string, never>;
  KEYS_EXPECTED: Record<string, never>;
  SIGNED_EXPECTED: Record<string, never>;
  KEY_NOT_GIVEN: Record<string, never>;
  MAC_MISMATCH: Record<string, never>;
  BEFORE_DECISION: Record<string, never>;
  DECIDED_ON_NEEDED: Record<string, never>;
  DECIDED_AFTER_DELIVERY: Record<string, never>;
  RESTORATION_TERM: Record<string, never>;
  EXTENSION: Record<string, never>;
}

const uk: Messages<ComplaintMessageParams> = {
  UNREADABLE: () => 'Значення неможливо прочитати: його властивість кидає виняток',
  NOT_PLAIN: () => 'Очікувалися прості дані (об’єкти, масиви, рядки, числа, логічні значення)',
  TOO_LARGE: ({ max }) => `Значення завелике або заглибоке (не більше ${max} значень)`,
  DAY_OUT_OF_RANGE: ({ first, last }) => `День поза підтримуваним календарем (${first} — ${last})`,
  FILER_ROLE: () => 'Скаргу подає заявник або адміністратор ЦНАП від його імені',
  FILED_BEFORE_DELIVERY: () => 'Скаргу подано раніше, ніж рішення доведено до відома заявника',
  TERM_OUT_OF_CALENDAR: () =>
    `Строк закінчився б після останнього підтримуваного дня (${LAST_SUPPORTED_DAY})`,
  FILING_LAST_DAY: () => 'Останній день подання скарги не відповідає дню вручення рішення і строку подання',
  TIMELY: () => 'Ознака вчасного подання не відповідає дням подання і останньому дню строку',
  CONSIDERATION: () => 'Строк розгляду не відповідає дню подання скарги або її стану',
  OUTCOME_STATE: () => 'Результат розгляду не відповідає стану скарги',
  NEW_DECISION: () => 'Нове рішення зазначають тоді і лише тоді, коли орган розгляду ухвалює нове рішення',
  GROUNDS_NEEDED: () => 'Відмова чи часткове задоволення мають містити підстави',
  RESTORED_TIMELY: () => 'Строк поновлюють лише для скарги, поданої після його закінчення',
  DECIDED_UNTIMELY: () => 'Скаргу, подану після закінчення строку, вирішено без поновлення строку',
  AUDIT_STEPS: () => 'Журнал дій не відповідає стану скарги',
  AUDIT_SEQ: () => 'Номери записів журналу дій мають іти підряд від одиниці',
  AUDIT_FILER: () => 'Перший запис журналу має бути поданням скарги заявником або адміністратором ЦНАП',
  AUDIT_FILED_ON: () => 'День подання скарги не відповідає першому запису журналу',
  AUDIT_REVIEWER: () => 'Рішення щодо скарги записує лише посадова особа органу, що її розглядає',
  AUDIT_TIME: () => 'Записи журналу дій мають іти за часом',
  KEYS_EXPECTED: () => 'Очікувалися ключі, створені функцією ключів справ',
  SIGNED_EXPECTED: () =>
    'Очікувалася підписана скарга: формат, ідентифікатор ключа, код автентичності і скарга',
  KEY_NOT_GIVEN: () => 'Скаргу підписано ключем, якого немає серед наданих',
  MAC_MISMATCH: () => 'Код автентичності не збігається: скаргу змінено після підписання',
  BEFORE_DECISION: () => 'Момент раніший за рішення щодо скарги',
  DECIDED_ON_NEEDED: () =>
    'Щоб поновити строк, потрібен день прийняття оскаржуваного рішення: не пізніше року з цього дня (ч. 2 ст. 80)',
  DECIDED_AFTER_DELIVERY: () => 'Рішення не могло бути доведене до відома раніше дня його прийняття',
  RESTORATION_TERM: () =>
    'Поновлення строку не відповідає дням звернення: десять робочих днів і рік, ч. 2 ст. 80 Закону 2073-IX',
  EXTENSION: () =>
    'Продовження строку розгляду не відповідає закону: один раз, до 15 календарних днів, з повідомленням за три робочі дні',
};

const en: Messages<ComplaintMessageParams> = {
  UNREADABLE: () => 'The value cannot be read: one of its properties throws',
  NOT_PLAIN: () => 'Plain data was expected (objects, arrays, strings, numbers, booleans)',
  TOO_LARGE: ({ max }) => `The value is too large or too deep (at most ${max} values)`,
  DAY_OUT_OF_RANGE: ({ first, last }) => `A day outside the supported calendar (${first} to ${last})`,
  FILER_ROLE: () => 'The applicant files a complaint, or a CNAP administrator on their behalf',
  FILED_BEFORE_DELIVERY: () => 'The complaint is filed before the decision was delivered',
  TERM_OUT_OF_CALENDAR: () => `The term would end after the last supported day (${LAST_SUPPORTED_DAY})`,
  FILING_LAST_DAY: () => 'The last day to file does not follow from the delivery day and the filing term',
  TIMELY: () => 'Whether the complaint is timely does not match the filing day and the last day',
  CONSIDERATION: () => 'The consideration term does not match the filing day or the complaint’s state',
  OUTCOME_STATE: () => 'The outcome does not match the complaint’s state',
  NEW_DECISION: () => 'A new decision is given when, and only when, the reviewing body takes one',
  GROUNDS_NEEDED: () => 'A refusal or a partial grant needs its grounds',
  RESTORED_TIMELY: () => 'The term is restored only for a complaint filed after it ended',
  DECIDED_UNTIMELY: () => 'A complaint filed late is decided without its term restored',
  AUDIT_STEPS: () => 'The audit trail does not match the complaint’s state',
  AUDIT_SEQ: () => 'The audit entries are numbered one by one from 1',
  AUDIT_FILER: () => 'The first audit entry is the filing, by the applicant or a CNAP administrator',
  AUDIT_FILED_ON: () => 'The filing day does not match the first audit entry',
  AUDIT_REVIEWER: () => 'Only an official of the reviewing body records a step on the complaint',
  AUDIT_TIME: () => 'The audit entries are in the order of time',
  KEYS_EXPECTED: () => 'Keys made by caseKeys were expected',
  SIGNED_EXPECTED: () => 'A signed complaint was expected: format, key id, MAC and complaint',
  KEY_NOT_GIVEN: () => 'The complaint is signed with a key not among those given',
  MAC_MISMATCH: () => 'The MAC does not match: the complaint was changed after it was signed',
  BEFORE_DECISION: () => 'The moment is before the complaint was decided',
  DECIDED_ON_NEEDED: () =>
    'Restoring the term needs the day the decision was adopted: at most a year from it (Law 2073-IX Art. 80 part 2)',
  DECIDED_AFTER_DELIVERY: () => 'A decision cannot be delivered before the day it was adopted',
  RESTORATION_TERM: () =>
    'The restoration does not fit the days of the request: ten working days and a year, Law 2073-IX Art. 80 part 2',
  EXTENSION: () =>
    'The extension of the consideration term does not fit the law: once, up to 15 calendar days, noticed three working days before',
};

const MESSAGES = messageBook<ComplaintMessageParams>({ uk, en });

function refused<Code extends keyof ComplaintMessageParams>(
  path: string,
  code: Code,
  params: ComplaintMessageParams[Code],
): never {
  throw new WorkflowError({ code: 'INVALID_INPUT', path, ...MESSAGES.says(code, params) });
}

// ---------------------------------------------------------------------------------------------------------------
// Reading hostile values

const MAX_VALUES = 2_000;
const MAX_DEPTH = 10;
const MAX_CHARS = 100_000;

/**
 * A deep copy of a value made only of plain data, read once: a Proxy or a getter is asked for each property once,
 * and one that throws, a class instance, a function, a sparse or huge array or a too deep value is refused with the
 * SDK's error before any schema walks it. Keys such as `__proto__` are copied as own keys, never as prototypes.
 */
function plainCopy(root: unknown, path: string): unknown {
  let values = 0;
  let chars = 0;
  const copy = (value: unknown, depth: number): unknown => {
    if (++values > MAX_VALUES || depth > MAX_DEPTH) refused(path, 'TOO_LARGE', { max: MAX_VALUES });
    if (typeof value === 'string') {
      chars += value.length;
      if (chars > MAX_CHARS) refused(path, 'TOO_LARGE', { max: MAX_VALUES });
      return value;
    }
    if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
      return value;
    }
    if (typeof value !== 'object') refused(path, 'NOT_PLAIN', {});
    if (Array.isArray(value)) {
      if (value.length > MAX_VALUES || Object.keys(value).length !== value.length) {
        refused(path, 'TOO_LARGE', { max: MAX_VALUES });
      }
      return Array.from(value, (item) => copy(item, depth + 1));
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) refused(path, 'NOT_PLAIN', {});
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      chars += key.length;
      Object.defineProperty(out, key, {
        value: copy(item, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  try {
    return copy(root, 0);
  } catch (error) {
    if (error instanceof WorkflowError) throw error;
    return refused(path, 'UNREADABLE', {});
  }
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const result = schema.safeParse(plainCopy(value, path));
  if (!result.success) throw invalidInput(path, result.error);
  return result.data;
}

// ---------------------------------------------------------------------------------------------------------------
// The complaint as data

const Id = z.string().min(1).max(80);
const Reasons = z.array(Id).max(20);

/** A civil day the calendar supports. */
const Day = CivilDate.refine((day) => day >= FIRST_SUPPORTED_DAY && day <= LAST_SUPPORTED_DAY, {
  message: MESSAGES.refinement('DAY_OUT_OF_RANGE', { first: FIRST_SUPPORTED_DAY, last: LAST_SUPPORTED_DAY }),
});

/** What the body considering the complaint decided. */
export const ComplaintOutcome = z.enum(['leftUnchanged', 'cancelledReopened', 'newDecision']);
/**
 * What the body considering the complaint decided: the decision left unchanged (залишено без змін); the decision
 * cancelled and the case sent back for new consideration, so the original case reopens in its own machine; or a
 * new decision taken by the body itself.
 */
export type ComplaintOutcome = z.infer<typeof ComplaintOutcome>;

const adverseNeedsGrounds = (decision: { outcome: DecisionOutcome; grounds: readonly string[] }) =>
  decision.outcome === 'granted' || decision.grounds.length > 0;

/** A new decision the complaint body takes in place of the one complained of. */
const NewDecision = z
  .object({ outcome: DecisionOutcome, grounds: Reasons })
  .strict()
  .refine(adverseNeedsGrounds, {
    path: ['grounds'],
    message: MESSAGES.refinement('GROUNDS_NEEDED', {}),
  });

/** The steps a complaint's audit trail records. */
const AuditStep = z.enum([
  'COMPLAINT.FILED',
  'COMPLAINT.TERM_RESTORED',
  'COMPLAINT.TERM_EXTENDED',
  'COMPLAINT.LEFT_WITHOUT_CONSIDERATION',
  'COMPLAINT.DECIDED',
]);

/** The most entries an audit trail holds: filed, restored, extended, and the reviewer's closing step. */
const MAX_AUDIT = 4;

const auditEntry = (steps: z.ZodType<string>, max: number) =>
  z
    .object({
      seq: z.number().int().min(1).max(max),
      type: steps,
      at: SupportedInstant,
      role: Actor.shape.role,
      actorId: Id,
      office: Id,
    })
    .strict();

const AuditEntry = auditEntry(AuditStep, MAX_AUDIT);

/**
 * An administrative complaint (скарга) against a decision, as plain JSON a host stores in its database and gives
 * back with each event: format `vikno.complaint`, version 1. It is a case of its own, linked to the original case by `caseId`; {@link sendComplaintEvent} checks it
 * whole each time, so a stored complaint that the steps could not have made is refused.
 *
 * - `decision`: the outcome complained of, the day it was delivered (доведено до відома), which the filing term runs
 *   from, the day it was adopted (`decidedOn`, needed to restore a missed term) and whether it stated the term and
 *   way to appeal (`appealInstructions`); `filingTerm` and `filingLastDay` are the filing term and its last day;
 * - `filedOn`: the Kyiv day of filing; `timely`: filed on or before `filingLastDay`, or against a decision that did
 *   not state how to appeal, whose term is never missed (Law 2073-IX Art. 80 part 4); a complaint posted or sent
 *   before the end of the last day is in time, so days are compared, not office hours;
 * - `restoration`: the reasons the reviewer restored a missed filing term (поновлення строку, Art. 80 part 2), the
 *   day it was asked for and the day the good reason ended;
 * - `state`: `underConsideration`, `leftWithoutConsideration` (залишено без розгляду, with `reasons`) or `decided`
 *   (with `outcome`, `reasons`, and `newDecision` for a new decision);
 * - `consideration`: the term to consider it, from the filing day, running until the reviewer acts, extended at
 *   most once (`extension`, with its reasons: Art. 34 part 4);
 * - `audit`: who filed and who acted, in order.
 */
export const ComplaintState = z
  .object({
    format: z.literal('vikno.complaint'),
    version: z.literal(1),
    complaintId: Id,
    /** The original case the complaint is about. */
    caseId: Id,
    serviceId: Id,
    /** The body that considers the complaint (суб’єкт розгляду скарги). */
    reviewerOffice: Id,
    decision: z
      .object({
        outcome: DecisionOutcome,
        deliveredOn: Day,
        decidedOn: Day.optional(),
        appealInstructions: z.boolean(),
      })
      .strict(),
    filingTerm: Term,
    filedOn: Day,
    filingLastDay: Day,
    timely: z.boolean(),
    restoration: z
      .object({ reasons: Reasons.min(1), requestedOn: Day, reasonEndedOn: Day })
      .strict()
      .optional(),
    state: z.enum(['underConsideration', 'leftWithoutConsideration', 'decided']),
    consideration: RunningTermShape,
    extension: z
      .object({ reasons: Reasons.min(1) })
      .strict()
      .optional(),
    outcome: ComplaintOutcome.optional(),
    newDecision: NewDecision.optional(),
    reasons: Reasons,
    audit: z.array(AuditEntry).min(1).max(MAX_AUDIT),
  })
  .strict();
/**
 * An administrative complaint as data: what {@link ComplaintState} parses, its consideration term typed as the
 * {@link RunningTerm} the terms' functions take.
 */
export type Complaint = Omit<z.infer<typeof ComplaintState>, 'consideration'> & {
  readonly consideration: RunningTerm;
};

const FILERS: readonly Actor['role'][] = ['applicant', 'cnapAdministrator'];

const time = (at: string) => Date.parse(at);

/** What `compute` gives, or undefined when a term it computes would end after the supported calendar. */
function withinCalendar<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DeadlinesError) return undefined;
    throw error;
  }
}

/** The first thing wrong with a complaint whose shape is valid: where, and what; undefined when it is whole. */
/** The Kyiv day of an instant already checked to be on a supported day. */
const dayOf = (at: string) => supportedKyivDay(at) as string;

/**
 * Why a restoration asked for on `requestedOn`, the good reason having ended on `reasonEndedOn`, may not be made on
 * day `on` (Law 2073-IX Art. 80 part 2): `outOfOrder` for a request after the restoration or before delivery, or a
 * reason ending after the restoration; `termLapsed` for a request more than ten working days after the reason ended
 * or more than a year after the act was adopted; `outOfRange` past the calendar. Undefined when it may.
 */
function restorationProblem(
  decision: Complaint['decision'] & { readonly decidedOn: string },
  requestedOn: string,
  reasonEndedOn: string,
  on: string,
): ComplaintRejection | undefined {
  if (requestedOn > on || reasonEndedOn > on || requestedOn < decision.deliveredOn) return 'outOfOrder';
  const rule = COMPLAINT_RULES.restoration.value;
  const limits = withinCalendar(() => ({
    request: computeDeadline({ start: reasonEndedOn, term: rule.request, statutoryMaximum: false }).lastDay,
    latest: computeDeadline({ start: decision.decidedOn, term: rule.latest, statutoryMaximum: false })
      .lastDay,
  }));
  if (limits === undefined) return 'outOfRange';
  return requestedOn > limits.request || requestedOn > limits.latest ? 'termLapsed' : undefined;
}

/**
 * Why the consideration term `term` may not be extended by `extension` on day `on` (Law 2073-IX Art. 34 part 4, the
 * rule of `ADMINISTRATIVE_PROCEDURE.extension`): `overLimit` for a second extension or one past the maximum,
 * `termLapsed` for a notice later than three working days before the term ends, `outOfRange` past the calendar.
 */
function extensionProblem(term: RunningTerm, extension: Term, on: string): ComplaintRejection | undefined {
  const rule = ADMINISTRATIVE_PROCEDURE.extension.value;
  if ((term.extensions?.length ?? 0) >= rule.times) return 'overLimit';
  try {
    if (on > extensionNoticeDay(term.lastDay)) return 'termLapsed';
    const extended = extendRunning(term, extension).lastDay;
    return extended > extendRunning(term, rule.maximum).lastDay ? 'overLimit' : undefined;
  } catch (error) {
    if (error instanceof DeadlinesError) return 'outOfRange';
    throw error;
  }
}

const entryOf = (complaint: Complaint, type: Complaint['audit'][number]['type']) =>
  complaint.audit.find((entry) => entry.type === type);

/** The first thing wrong with a complaint whose shape is valid: where, and what; undefined when it is whole. */
function inconsistency(complaint: Complaint): [string, keyof ComplaintMessageParams] | undefined {
  const { decision, filingTerm, filedOn, consideration, state, audit, restoration } = complaint;
  const filingLastDay = withinCalendar(
    () => computeDeadline({ start: decision.deliveredOn, term: filingTerm, statutoryMaximum: false }).lastDay,
  );
  if (filingLastDay === undefined) return ['filingTerm', 'TERM_OUT_OF_CALENDAR'];
  const begun = withinCalendar(() =>
    beginTerm({
      kind: 'complaint',
      start: filedOn,
      term: consideration.term,
      registration: consideration.registration,
    }),
  );
  if (begun === undefined) return ['consideration', 'TERM_OUT_OF_CALENDAR'];
  if (decision.decidedOn !== undefined && decision.decidedOn > decision.deliveredOn) {
    return ['decision.decidedOn', 'DECIDED_AFTER_DELIVERY'];
  }
  if (filedOn < decision.deliveredOn) return ['filedOn', 'FILED_BEFORE_DELIVERY'];
  if (complaint.filingLastDay !== filingLastDay) return ['filingLastDay', 'FILING_LAST_DAY'];
  if (complaint.timely !== (filedOn <= filingLastDay || !decision.appealInstructions))
    return ['timely', 'TIMELY'];
  const extensions = consideration.extensions ?? [];
  const [extension] = extensions;
  let expected = begun;
  if (extensions.length > 1 || (extension !== undefined) !== (complaint.extension !== undefined)) {
    return ['extension', 'EXTENSION'];
  }
  if (extension !== undefined) {
    const entry = entryOf(complaint, 'COMPLAINT.TERM_EXTENDED');
    if (entry === undefined) return ['audit', 'AUDIT_STEPS'];
    if (extensionProblem(begun, extension, dayOf(entry.at)) !== undefined) return ['extension', 'EXTENSION'];
    expected = extendRunning(begun, extension);
  }
  const running = state === 'underConsideration';
  if (
    consideration.kind !== 'complaint' ||
    consideration.start !== filedOn ||
    consideration.pauses.length > 0 ||
    consideration.state !== (running ? 'running' : 'met') ||
    consideration.lastDay !== expected.lastDay ||
    consideration.dueAt !== expected.dueAt ||
    (consideration.overdueRaised && !consideration.atRiskRaised)
  ) {
    return ['consideration', 'CONSIDERATION'];
  }
  if ((state === 'decided') !== (complaint.outcome !== undefined)) return ['outcome', 'OUTCOME_STATE'];
  if ((complaint.outcome === 'newDecision') !== (complaint.newDecision !== undefined)) {
    return ['newDecision', 'NEW_DECISION'];
  }
  if (running === complaint.reasons.length > 0) return ['reasons', 'OUTCOME_STATE'];
  if (restoration !== undefined) {
    if (complaint.timely) return ['restoration', 'RESTORED_TIMELY'];
    const { requestedOn, reasonEndedOn } = restoration;
    const { decidedOn } = decision;
    if (decidedOn === undefined) return ['decision.decidedOn', 'DECIDED_ON_NEEDED'];
    const entry = entryOf(complaint, 'COMPLAINT.TERM_RESTORED');
    if (entry === undefined) return ['audit', 'AUDIT_STEPS'];
    if (restorationProblem({ ...decision, decidedOn }, requestedOn, reasonEndedOn, dayOf(entry.at))) {
      return ['restoration', 'RESTORATION_TERM'];
    }
  }
  if (state === 'decided' && !complaint.timely && restoration === undefined) {
    return ['state', 'DECIDED_UNTIMELY'];
  }
  const closing =
    state === 'leftWithoutConsideration'
      ? 'COMPLAINT.LEFT_WITHOUT_CONSIDERATION'
      : state === 'decided'
        ? 'COMPLAINT.DECIDED'
        : undefined;
  const between = [
    ...(restoration === undefined ? [] : ['COMPLAINT.TERM_RESTORED']),
    ...(complaint.extension === undefined ? [] : ['COMPLAINT.TERM_EXTENDED']),
  ];
  const types = audit.map((entry) => entry.type as string);
  const middle = types.slice(1, closing === undefined ? undefined : -1);
  if (
    types.length !== 1 + between.length + (closing === undefined ? 0 : 1) ||
    types[0] !== 'COMPLAINT.FILED' ||
    (closing !== undefined && types.at(-1) !== closing) ||
    between.some((type) => !middle.includes(type))
  ) {
    return ['audit', 'AUDIT_STEPS'];
  }
  for (const [i, entry] of audit.entries()) {
    const at = `audit.${i}`;
    if (entry.seq !== i + 1) return [`${at}.seq`, 'AUDIT_SEQ'];
    if (i === 0) {
      if (!FILERS.includes(entry.role)) return [`${at}.role`, 'AUDIT_FILER'];
      if (supportedKyivDay(entry.at) !== filedOn) return [`${at}.at`, 'AUDIT_FILED_ON'];
      continue;
    }
    if (entry.role !== 'decisionMaker') return [`${at}.role`, 'AUDIT_REVIEWER'];
    if (entry.office !== complaint.reviewerOffice) return [`${at}.office`, 'AUDIT_REVIEWER'];
    if (time(entry.at) < time((audit[i - 1] as Complaint['audit'][number]).at))
      return [`${at}.at`, 'AUDIT_TIME'];
  }
  return undefined;
}

/**
 * A complaint this module made, its keys in the schema's order: the order a stored complaint comes back in once
 * checked, so that its JSON is the same text before storage and after.
 */
function inSchemaOrder(complaint: Complaint): Complaint {
  return ComplaintState.parse(complaint) as Complaint;
}

/** A complaint given back by a host, checked whole: its shape, then that the steps could have made it. */
function complaintOf(value: unknown, path: string): Complaint {
  const result = ComplaintState.safeParse(plainCopy(value, path));
  if (!result.success) throw invalidInput(path, result.error);
  const complaint = result.data as Complaint;
  assertConsistent(complaint, path);
  return complaint;
}

function assertConsistent(complaint: Complaint, path: string): void {
  const problem = inconsistency(complaint);
  if (problem !== undefined) refused(`${path}.${problem[0]}`, problem[1], {});
}

// ---------------------------------------------------------------------------------------------------------------
// Filing

const FileInput = z
  .object({
    complaintId: Id,
    caseId: Id,
    serviceId: Id,
    reviewerOffice: Id,
    decision: z
      .object({
        outcome: DecisionOutcome,
        deliveredOn: Day,
        decidedOn: Day.optional(),
        appealInstructions: z.boolean().optional(),
      })
      .strict(),
    by: Actor,
    at: SupportedInstant,
    settings: z.object({ filing: Term.optional(), consideration: Term.optional() }).strict().optional(),
  })
  .strict();

/** What {@link fileComplaint} needs. */
export interface FileComplaintInput {
  readonly complaintId: string;
  /** The original case. */
  readonly caseId: string;
  readonly serviceId: string;
  /** The body that considers the complaint. */
  readonly reviewerOffice: string;
  /**
   * The decision complained of: its outcome, the day it was delivered (the filing term runs from it), the day it was
   * adopted (needed to restore a missed term: at most a year from it, Law 2073-IX Art. 80 part 2), and whether it
   * stated the term and way to appeal (`true` by default; when it did not, the term is never missed, Art. 80 part 4).
   */
  readonly decision: {
    readonly outcome: DecisionOutcome;
    readonly deliveredOn: string;
    readonly decidedOn?: string;
    readonly appealInstructions?: boolean;
  };
  /** The applicant, or a CNAP administrator receiving the complaint on the applicant's behalf. */
  readonly by: Actor;
  /** When it was filed: an instant with an offset on a supported Kyiv day. */
  readonly at: Instant;
  /**
   * The term to file a complaint, from delivery, and the term to consider it, from filing; by default those of
   * `ADMINISTRATIVE_PROCEDURE.complaint` of `@vikno/deadlines` (30 calendar days each: Law 2073-IX Art. 80 part 1,
   * Art. 34 part 3). A special law may set others for some cases: give them, with their `basis`.
   */
  readonly settings?: { readonly filing?: Term; readonly consideration?: Term };
}

/**
 * Files an administrative complaint against a delivered decision (Law 2073-IX Arts. 79–85): a complaint filed after
 * the last day of its term is accepted as `timely: false`, for the reviewer to restore the term (Art. 80 part 2) or
 * leave it without consideration (part 3); against a decision that did not state the term and way to appeal it is
 * never late (part 4). The term to consider it runs from the filing day. The terms are those of
 * `ADMINISTRATIVE_PROCEDURE.complaint` of `@vikno/deadlines` unless `settings` gives others. Filing does not suspend
 * the decision unless the complainant asks (Art. 83 part 4): the host records such a request.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a malformed input (every problem with its path), a filer who is
 * neither the applicant nor a CNAP administrator (`input.by.role`), a filing before delivery (`input.at`), a
 * decision adopted after it was delivered (`input.decision.decidedOn`), or a term ending after the supported
 * calendar (`input.settings.filing`, `input.settings.consideration`).
 * @example
 * ```ts
 * import { fileComplaint } from '@vikno/workflows';
 *
 * const complaint = fileComplaint({
 *   complaintId: 'S-1',
 *   caseId: 'C-1',
 *   serviceId: 'idp-living-allowance',
 *   reviewerOffice: 'oda-social-policy',
 *   decision: { outcome: 'refused', deliveredOn: '2026-03-02' },
 *   by: { role: 'applicant', id: 'applicant-1', office: 'cnap-central' },
 *   at: '2026-03-20T10:00:00+02:00',
 * });
 * complaint.filingLastDay;
 * //=> '2026-04-01'
 * complaint.timely;
 * //=> true
 * complaint.consideration.lastDay;
 * //=> '2026-04-20'
 * ```
 */
export function fileComplaint(input: FileComplaintInput): Complaint {
  const given = parsed(FileInput, input, 'input');
  const { by, at, decision } = given;
  if (!FILERS.includes(by.role)) refused('input.by.role', 'FILER_ROLE', {});
  const filedOn = supportedKyivDay(at) as string;
  if (decision.decidedOn !== undefined && decision.decidedOn > decision.deliveredOn) {
    refused('input.decision.decidedOn', 'DECIDED_AFTER_DELIVERY', {});
  }
  if (filedOn < decision.deliveredOn) refused('input.at', 'FILED_BEFORE_DELIVERY', {});
  const appealInstructions = decision.appealInstructions ?? true;
  const defaults = ADMINISTRATIVE_PROCEDURE.complaint.value;
  const filing = given.settings?.filing ?? defaults.filing;
  const considerationTerm = given.settings?.consideration ?? defaults.consideration;
  const filingLastDay = withinCalendar(
    () => computeDeadline({ start: decision.deliveredOn, term: filing, statutoryMaximum: false }).lastDay,
  );
  if (filingLastDay === undefined) refused('input.settings.filing', 'TERM_OUT_OF_CALENDAR', {});
  const consideration = withinCalendar(() =>
    beginTerm({ kind: 'complaint', start: filedOn, term: considerationTerm }),
  );
  if (consideration === undefined) refused('input.settings.consideration', 'TERM_OUT_OF_CALENDAR', {});
  return inSchemaOrder({
    format: 'vikno.complaint',
    version: 1,
    complaintId: given.complaintId,
    caseId: given.caseId,
    serviceId: given.serviceId,
    reviewerOffice: given.reviewerOffice,
    decision: {
      outcome: decision.outcome,
      deliveredOn: decision.deliveredOn,
      ...(decision.decidedOn === undefined ? {} : { decidedOn: decision.decidedOn }),
      appealInstructions,
    },
    filingTerm: filing,
    filedOn,
    filingLastDay,
    timely: filedOn <= filingLastDay || !appealInstructions,
    state: 'underConsideration',
    consideration,
    reasons: [],
    audit: [{ seq: 1, type: 'COMPLAINT.FILED', at, role: by.role, actorId: by.id, office: by.office }],
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Events

const base = { by: Actor, at: SupportedInstant };

/** An extension of the consideration term: an amount of calendar or working days. */
const ExtensionTerm = z
  .object({ amount: z.number().int().positive().max(365), unit: z.enum(['calendarDays', 'workingDays']) })
  .strict();

/**
 * Every event a complaint accepts, each with who acts (`by`) and when (`at`):
 *
 * - `COMPLAINT.TERM_RESTORED`: the reviewer restores a missed filing term (Law 2073-IX Art. 80 part 2), with the
 *   codes of its reasons, the day the complainant asked (`requestedOn`) and the day the good reason ended
 *   (`reasonEndedOn`): the request within ten working days of that day and a year of the decision's adoption;
 * - `COMPLAINT.TERM_EXTENDED`: the reviewer extends the consideration term once, by at most 15 calendar days, its
 *   notice sent (the event's day) no later than three working days before the term ends (Art. 34 parts 3–4), with
 *   the codes of its reasons;
 * - `COMPLAINT.LEFT_WITHOUT_CONSIDERATION`: the reviewer leaves the complaint without consideration (e.g. filed
 *   late and the term not restored), with the codes of its reasons;
 * - `COMPLAINT.DECIDED`: the reviewer's decision: `outcome`, the codes of its `reasons`, and for `newDecision` the
 *   new decision (`newDecision.outcome`, with `grounds` unless granted);
 * - `TICK`: the host's clock, which judges the consideration term.
 */
export const ComplaintEvent = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('COMPLAINT.TERM_RESTORED'),
      ...base,
      reasons: Reasons.min(1),
      requestedOn: Day,
      reasonEndedOn: Day,
    })
    .strict(),
  z
    .object({
      type: z.literal('COMPLAINT.TERM_EXTENDED'),
      ...base,
      extension: ExtensionTerm,
      reasons: Reasons.min(1),
    })
    .strict(),
  z
    .object({ type: z.literal('COMPLAINT.LEFT_WITHOUT_CONSIDERATION'), ...base, reasons: Reasons.min(1) })
    .strict(),
  z
    .object({
      type: z.literal('COMPLAINT.DECIDED'),
      ...base,
      outcome: ComplaintOutcome,
      newDecision: NewDecision.optional(),
      reasons: Reasons.min(1),
    })
    .strict()
    .refine((event) => (event.outcome === 'newDecision') === (event.newDecision !== undefined), {
      path: ['newDecision'],
      message: MESSAGES.refinement('NEW_DECISION', {}),
    }),
  z.object({ type: z.literal('TICK'), ...base }).strict(),
]);
/** An event a complaint accepts. */
export type ComplaintEvent = z.infer<typeof ComplaintEvent>;

/**
 * A warning a tick raises for the consideration term of a complaint, once each. Where a law so provides, a complaint
 * not decided and delivered in time counts as satisfied from the next day (Law 2073-IX Art. 85 part 8; not
 * modelled: see {@link COMPLAINT_RULES}`.outcomes`).
 */
export interface ComplaintDeadlineEvent {
  readonly type: 'deadline.atRisk' | 'deadline.overdue';
  readonly complaintId: string;
  readonly kind: 'complaint';
  readonly lastDay: string;
  readonly dueAt: string;
}

/**
 * Why a complaint refused an event: `roleNotPermitted` (the role may never send it: the reviewer's decision-maker
 * acts on a complaint, the host's `system` ticks), `wrongOffice` (a decision-maker of an office other than the
 * reviewer's), `notAllowedNow` (not in this state: a complaint left without consideration or decided takes
 * nothing; a term is restored only for a late complaint, once; a late complaint is decided only once its term is
 * restored), `outOfOrder` (dated before the complaint's last step; a restoration asked for after it was made,
 * before the decision was delivered, or for a reason that had not ended), `termLapsed` (a restoration asked for more
 * than ten working days after the reason ended or a year after the decision was adopted; an extension noticed later
 * than three working days before the term ends), `overLimit` (a second extension, or one past 15 calendar days),
 * `outOfRange` (a term that would end after the supported calendar).
 */
export type ComplaintRejection =
  | 'roleNotPermitted'
  | 'wrongOffice'
  | 'notAllowedNow'
  | 'outOfOrder'
  | 'termLapsed'
  | 'overLimit'
  | 'outOfRange';

/** What {@link sendComplaintEvent} reports. */
export interface ComplaintSendResult {
  readonly accepted: boolean;
  readonly reason: ComplaintRejection | undefined;
  /** The complaint after the event; as it was (checked and copied) when refused. */
  readonly complaint: Complaint;
  /** The warnings a tick raised. */
  readonly emitted: readonly ComplaintDeadlineEvent[];
}

function rejection(complaint: Complaint, event: ComplaintEvent): ComplaintRejection | undefined {
  if (event.type === 'TICK') {
    if (event.by.role !== 'system') return 'roleNotPermitted';
  } else {
    if (event.by.role !== 'decisionMaker') return 'roleNotPermitted';
    if (event.by.office !== complaint.reviewerOffice) return 'wrongOffice';
  }
  if (complaint.state !== 'underConsideration') return 'notAllowedNow';
  if (event.type === 'COMPLAINT.TERM_RESTORED' && (complaint.timely || complaint.restoration !== undefined)) {
    return 'notAllowedNow';
  }
  if (event.type === 'COMPLAINT.DECIDED' && !complaint.timely && complaint.restoration === undefined) {
    return 'notAllowedNow';
  }
  const last = complaint.audit.at(-1) as Complaint['audit'][number];
  if (time(event.at) < time(last.at)) return 'outOfOrder';
  if (event.type === 'COMPLAINT.TERM_RESTORED') {
    const { decidedOn } = complaint.decision;
    if (decidedOn === undefined) refused('complaint.decision.decidedOn', 'DECIDED_ON_NEEDED', {});
    return restorationProblem(
      { ...complaint.decision, decidedOn },
      event.requestedOn,
      event.reasonEndedOn,
      dayOf(event.at),
    );
  }
  if (event.type === 'COMPLAINT.TERM_EXTENDED') {
    return extensionProblem(complaint.consideration, event.extension, dayOf(event.at));
  }
  return undefined;
}

/**
 * Validates a stored complaint and an event, and applies the event: who may send it, from which office, in which
 * state and in which order is judged first, and a refused event leaves the complaint as it was. The complaint comes
 * back from a database, so it is checked whole: its shape, and that the steps could have made it (the filing
 * term's last day and `timely` follow from the dates, the consideration term from the filing day, the state from
 * the outcome, the audit trail from the steps, in order of time). To detect a complaint changed in storage, keep it
 * signed ({@link signComplaint}, {@link verifyComplaint}).
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a complaint or an event that is malformed or inconsistent,
 * naming the path and never the value.
 * @example
 * ```ts
 * import { sendComplaintEvent } from '@vikno/workflows';
 *
 * // `complaint` as fileComplaint made it, filed in time against a refusal.
 * const reviewer = { role: 'decisionMaker', id: 'oda-7', office: 'oda-social-policy' } as const;
 * const result = sendComplaintEvent(complaint, {
 *   type: 'COMPLAINT.DECIDED',
 *   by: reviewer,
 *   at: '2026-04-10T12:00:00+03:00',
 *   outcome: 'cancelledReopened',
 *   reasons: ['income-miscounted'],
 * });
 * result.accepted;
 * //=> true
 * result.complaint.state;
 * //=> 'decided'
 * sendComplaintEvent(result.complaint, { type: 'TICK', by: reviewer, at: '2026-04-11T12:00:00+03:00' }).reason;
 * //=> 'roleNotPermitted'
 * ```
 */
export function sendComplaintEvent(complaint: unknown, event: unknown): ComplaintSendResult {
  const current = complaintOf(complaint, 'complaint');
  const given = parsed(ComplaintEvent, event, 'event');
  const reason = rejection(current, given);
  if (reason !== undefined) return { accepted: false, reason, complaint: current, emitted: [] };
  if (given.type === 'TICK') {
    const judged = judgeTerm(current.consideration, given.at);
    const emitted = judged.events.map((warning) => ({
      type: warning.type,
      complaintId: current.complaintId,
      kind: 'complaint' as const,
      lastDay: warning.lastDay,
      dueAt: warning.dueAt,
    }));
    return {
      accepted: true,
      reason: undefined,
      complaint: inSchemaOrder({ ...current, consideration: judged.term }),
      emitted,
    };
  }
  const audit = [
    ...current.audit,
    {
      seq: current.audit.length + 1,
      type: given.type,
      at: given.at,
      role: given.by.role,
      actorId: given.by.id,
      office: given.by.office,
    },
  ];
  const next: Complaint =
    given.type === 'COMPLAINT.TERM_RESTORED'
      ? {
          ...current,
          restoration: {
            reasons: given.reasons,
            requestedOn: given.requestedOn,
            reasonEndedOn: given.reasonEndedOn,
          },
          audit,
        }
      : given.type === 'COMPLAINT.TERM_EXTENDED'
        ? {
            ...current,
            consideration: extendRunning(current.consideration, given.extension),
            extension: { reasons: given.reasons },
            audit,
          }
        : given.type === 'COMPLAINT.LEFT_WITHOUT_CONSIDERATION'
          ? {
              ...current,
              state: 'leftWithoutConsideration',
              consideration: finishTerm(current.consideration, 'met'),
              reasons: given.reasons,
              audit,
            }
          : {
              ...current,
              state: 'decided',
              consideration: finishTerm(current.consideration, 'met'),
              outcome: given.outcome,
              ...(given.newDecision === undefined ? {} : { newDecision: given.newDecision }),
              reasons: given.reasons,
              audit,
            };
  return { accepted: true, reason: undefined, complaint: inSchemaOrder(next), emitted: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// The original case

/**
 * The event the original case receives from a decided complaint, for the host to send to it as role `system` from
 * the reviewer's office (the complaint's id as the sender's id): `CASE.REOPENED` when the decision was cancelled and
 * the case sent back, so it continues in its own machine; `DECISION.REPLACED` when the reviewer took a new decision.
 * Undefined while the complaint is under consideration, when it was left without consideration, and when the
 * decision was left unchanged.
 *
 * @param at - when the host sends it: not before the complaint's decision.
 * @throws {@link WorkflowError} `INVALID_INPUT` for a complaint that is malformed or inconsistent, or `at` that is
 * not an instant on a supported day or is before the complaint's decision.
 * @example
 * ```ts
 * import { reopeningEvent } from '@vikno/workflows';
 *
 * // `decided` cancelled the refusal and sent the case back.
 * reopeningEvent(decided, '2026-04-10T12:05:00+03:00');
 * //=> { type: 'CASE.REOPENED', by: { role: 'system', id: 'S-1', office: 'oda-social-policy' }, at: '2026-04-10T12:05:00+03:00', complaintId: 'S-1' }
 * ```
 */
export function reopeningEvent(complaint: Complaint, at: Instant): CaseEvent | undefined {
  const decided = complaintOf(complaint, 'complaint');
  const moment = parsed(SupportedInstant, at, 'at');
  if (decided.state !== 'decided' || decided.outcome === 'leftUnchanged') return undefined;
  const decision = decided.audit.at(-1) as Complaint['audit'][number];
  if (time(moment) < time(decision.at)) refused('at', 'BEFORE_DECISION', {});
  const by = { role: 'system', id: decided.complaintId, office: decided.reviewerOffice } as const;
  const event: CaseEvent =
    decided.outcome === 'cancelledReopened' || decided.newDecision === undefined
      ? { type: 'CASE.REOPENED', by, at: moment, complaintId: decided.complaintId }
      : {
          type: 'DECISION.REPLACED',
          by,
          at: moment,
          complaintId: decided.complaintId,
          outcome: decided.newDecision.outcome,
          grounds: decided.newDecision.grounds,
        };
  return event;
}

// ---------------------------------------------------------------------------------------------------------------
// Signing

/** A complaint with the HMAC of the host's key, so that no one without the key changes it in storage unnoticed. */
export interface SignedComplaint {
  readonly format: 'vikno.complaint.signed';
  /** The id of the key that signed it. */
  readonly key: string;
  /** HMAC-SHA-256 of the complaint's canonical JSON, base64url. */
  readonly mac: string;
  readonly complaint: Complaint;
}

const SignedShape = z
  .object({
    format: z.literal('vikno.complaint.signed'),
    key: z.string().regex(/^[A-Za-z0-9._-]{1,32}$/),
    mac: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    // Checked whole once its MAC is.
    complaint: z.record(z.string(), z.unknown()),
  })
  .strict();

/** What is signed: the format, the version, the key id and the complaint, so none can be swapped alone. */
const signedText = (key: string, complaint: unknown) =>
  `vikno.complaint\n1\n${key}\n${canonicalJson(complaint)}`;

function keysOf(keys: unknown): CaseKeys {
  if (!(keys instanceof CaseKeys)) refused('keys', 'KEYS_EXPECTED', {});
  return keys;
}

/**
 * Signs a complaint with the current key of `keys` (the keys of {@link caseKeys}), after checking it whole, so that
 * its outcome cannot be changed in storage without the key.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a complaint that is malformed or inconsistent, or keys not made
 * by {@link caseKeys}.
 * @example
 * ```ts
 * import { caseKeys, signComplaint, verifyComplaint } from '@vikno/workflows';
 *
 * const keys = caseKeys({ current: 'k1', secrets: { k1: process.env.CASE_KEY_1! } });
 * const stored = JSON.stringify(signComplaint(complaint, keys));
 * verifyComplaint(JSON.parse(stored), keys).state;
 * //=> 'underConsideration'
 * ```
 */
export function signComplaint(complaint: Complaint, keys: CaseKeys): SignedComplaint {
  const signer = keysOf(keys);
  const checked = complaintOf(complaint, 'complaint');
  const mac = signer.macOf(signer.current, signedText(signer.current, checked)) as string;
  return { format: 'vikno.complaint.signed', key: signer.current, mac, complaint: checked };
}

/**
 * Checks a signed complaint read back from storage: its HMAC under the key it names (any of `keys`), then the
 * complaint whole, and returns the complaint.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT`: `signed.mac` when the complaint was changed after signing,
 * `signed.key` for a key not among `keys`, `signed…` for anything malformed or inconsistent, `keys` for keys not
 * made by {@link caseKeys}; never quoting a value.
 * @example
 * ```ts
 * import { verifyComplaint, WorkflowError } from '@vikno/workflows';
 *
 * const forged = { ...signed, complaint: { ...signed.complaint, outcome: 'cancelledReopened' } };
 * try {
 *   verifyComplaint(forged, keys);
 * } catch (error) {
 *   if (error instanceof WorkflowError) console.log(error.code, error.path);
 *   //=> 'INVALID_INPUT' 'signed.mac'
 * }
 * ```
 */
export function verifyComplaint(signed: unknown, keys: CaseKeys): Complaint {
  const verifier = keysOf(keys);
  const record = parsed(SignedShape, signed, 'signed');
  const expected = verifier.macOf(record.key, signedText(record.key, record.complaint));
  if (expected === undefined) refused('signed.key', 'KEY_NOT_GIVEN', {});
  if (!sameMac(expected, record.mac)) refused('signed.mac', 'MAC_MISMATCH', {});
  return complaintOf(record.complaint, 'signed.complaint');
}
