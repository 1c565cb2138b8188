import {
  daysInMonth,
  epochDayOf,
  FIRST_SUPPORTED_DAY,
  formatEpochDay,
  kyivDayOf,
  kyivWallClock,
  LAST_SUPPORTED_DAY,
  tryParseCivilDate,
  valueKind,
} from '@vikno/law';
import {
  MACHINE_VERSION,
  MAX_AUDIT_ENTRIES,
  MAX_SNAPSHOT_CHARS,
  type PersistedCase,
  type TermKind,
} from '@vikno/workflows';
import { z } from 'zod';
import { fail, invalid, MonitoringError } from './errors.js';
import { refinementMessage } from './messages/index.js';

/** The version of the case record this package writes and reads. */
export const CASE_RECORD_VERSION = 1;

/**
 * The top-level state of a case's machine: `intake`, `withoutMovement`, `transfer`, `consideration`, `suspended`,
 * `hearing`, `decided`, `informed`, `awaitingCollection`, `issued`, `archived`, `returned` or `withdrawn`.
 */
export const CaseState = z.enum([
  'intake',
  'withoutMovement',
  'transfer',
  'consideration',
  'suspended',
  'hearing',
  'decided',
  'informed',
  'awaitingCollection',
  'issued',
  'archived',
  'returned',
  'withdrawn',
]);
/** The top-level state of a case's machine. */
export type CaseState = z.infer<typeof CaseState>;

/** The terms a case record holds, in the order a case runs them. */
export const RECORDED_TERMS = [
  'cure',
  'transfer',
  'hearing',
  'decision',
  'notification',
  'collection',
] as const satisfies readonly TermKind[];
/** A term a case record holds: every `TermKind` of `@vikno/workflows` a case runs itself (not `complaint`). */
export type RecordedTermKind = (typeof RECORDED_TERMS)[number];

/** One term of a case as a record holds it: where it stands, its last day, and when it was met. */
export interface RecordedTerm {
  /** `running`; `paused` while documents are awaited; `met` once done (in time or late); `cancelled`. */
  readonly state: 'running' | 'paused' | 'met' | 'cancelled';
  /** The day of the event it runs from. */
  readonly start: string;
  /** Its last day, with the pauses and extensions so far. */
  readonly lastDay: string;
  /** The moment the last day's office hours end, in Kyiv time. */
  readonly dueAt: string;
  /** When the event that met it was accepted (Kyiv time); `null` unless `met`. */
  readonly metAt: string | null;
}

/** A span the decision term did not run (documents requested); `to` is `null` while it lasts. */
export interface RecordedPause {
  /** The day the term stopped. */
  readonly from: string;
  /** The day the requested documents arrived; `null` while they are awaited. */
  readonly to: string | null;
}

/**
 * When each stage of a case was reached, Kyiv time (`null` when not, or no longer: a complaint that reopens a
 * case clears its decision and what followed):
 *
 * - `received`: the package checked at intake; `leftWithoutMovement`: that check found it incomplete (Law
 *   2073-IX); `registered`: the application registered (complete, or left without movement); `cured`: its
 *   defects cured;
 * - `providerReceived`: the transfer completed, the provider has the file (model I sent, II handed over, III the
 *   register's receipt signed);
 * - `decided`, `informed` (the CNAP told of the decision), `notified` (the applicant told), `issued` (the result
 *   handed over, or delivered while awaiting collection), `archived` (not collected in time);
 * - `returned` (left without movement and not cured), `withdrawn`.
 */
export interface RecordedStages {
  readonly received: string | null;
  readonly leftWithoutMovement: string | null;
  readonly registered: string | null;
  readonly cured: string | null;
  readonly providerReceived: string | null;
  readonly decided: string | null;
  readonly informed: string | null;
  readonly notified: string | null;
  readonly issued: string | null;
  readonly archived: string | null;
  readonly returned: string | null;
  readonly withdrawn: string | null;
}

/** The steps of a model-III transfer register a case went through (Kyiv time), `null` until taken. */
export interface RecordedTransfer {
  /** The register the case was added to. */
  readonly registerId: string | null;
  readonly addedAt: string | null;
  readonly dispatchedAt: string | null;
  /** When the provider office signed for the register: its receipt confirmed. */
  readonly receivedAt: string | null;
}

/**
 * A compact JSON summary of one persisted case, for reports: what stage it reached and when, each term's last day
 * and when it was met, its suspensions and extensions. Hosts store it beside the snapshot (or as columns) and
 * give it to `timelinessReport` and `actionList` instead of the snapshot, which those then need not parse.
 *
 * Every instant is written in Kyiv time (`+02:00` in winter, `+03:00` in summer), so that its first ten characters
 * are its Kyiv day; every day is `YYYY-MM-DD`. Absent values are `null`, so a record survives JSON unchanged. It
 * holds ids and dates only: no personal data.
 */
export interface CaseRecord {
  readonly format: 'vikno.case-record';
  readonly version: 1;
  readonly caseId: string;
  /**
   * The number the application was registered under (the case's `caseNumber`: the one given with `PACKAGE.CHECKED`,
   * or the case id), the number the applicant is told and asks about; `null` before registration. A registry
   * number, not personal data.
   */
  readonly caseNumber: string | null;
  readonly serviceId: string;
  /** The delivery model: `I`, `II` or `III`. */
  readonly model: 'I' | 'II' | 'III';
  /** The machine's top-level state. */
  readonly state: CaseState;
  /** The office that received the application (a CNAP, ТП, ВРМ, a starosta): the first audit entry's office. */
  readonly office: string | null;
  /** The provider office that decides the case, once the transfer named it. */
  readonly providerOffice: string | null;
  /** When the package was received and checked (Kyiv time). */
  readonly receivedAt: string | null;
  /** The Kyiv day of `receivedAt`: the day a report files the case under. */
  readonly receivedOn: string | null;
  /** The day the application counts as filed (kept when its defects were cured in time). */
  readonly filedOn: string | null;
  /** The day of registration (the next working day when received on a day off). */
  readonly registeredOn: string | null;
  readonly stages: RecordedStages;
  /** Each term the case has run, by kind. */
  readonly terms: { readonly [Kind in RecordedTermKind]?: RecordedTerm | undefined };
  /**
   * The spans the decision term was suspended (documents requested from the applicant), in order; the last one
   * open while the documents are awaited. Days suspended are counted from these at the moment a report asks.
   */
  readonly suspensions: readonly RecordedPause[];
  /** Every extension of the decision term (Law 2073-IX), in order. */
  readonly extensions: readonly { readonly amount: number; readonly unit: 'calendarDays' | 'workingDays' }[];
  /** The model-III transfer register steps; `null` in models I and II. */
  readonly transfer: RecordedTransfer | null;
  /** Model I: whether the paper originals have followed the electronic transfer. */
  readonly originals: 'notApplicable' | 'awaited' | 'received';
  /** The outcome of the decision in force; `null` before one (or once a complaint reopened the case). */
  readonly outcome: 'granted' | 'partiallyGranted' | 'refused' | null;
}

// ---------------------------------------------------------------------------------------------------------------
// The schema of a record given back

const MAX_ID = 80;
const MAX_LIST = 100;

const FIRST_DAY = tryParseCivilDate(FIRST_SUPPORTED_DAY) as number;
const LAST_DAY = tryParseCivilDate(LAST_SUPPORTED_DAY) as number;
const FIRST_YEAR = Number(FIRST_SUPPORTED_DAY.slice(0, 4));
const LAST_YEAR = Number(LAST_SUPPORTED_DAY.slice(0, 4));
/** The epoch day each month of the supported years begins on, and its length: asked of `@vikno/law` once. */
const MONTH_START = new Int32Array((LAST_YEAR - FIRST_YEAR + 1) * 12);
const MONTH_LENGTH = new Uint8Array(MONTH_START.length);
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  for (let month = 1; month <= 12; month++) {
    const index = (year - FIRST_YEAR) * 12 + month - 1;
    MONTH_START[index] = epochDayOf(year, month, 1);
    MONTH_LENGTH[index] = daysInMonth(year, month);
  }
}

/** The digit at `index`, or a number so negative that any sum it is part of is refused. */
function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : -100_000;
}

/**
 * @internal The epoch day of the `YYYY-MM-DD` that `text` begins with, in the supported calendar, or -1: the
 * parser every report runs a few times per case, without a substring or a regular expression.
 */
export function dayAt(text: string): number {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return -1;
  const index = (year - FIRST_YEAR) * 12 + month - 1;
  if (day > (MONTH_LENGTH[index] as number)) return -1;
  const epochDay = (MONTH_START[index] as number) + day - 1;
  return epochDay >= FIRST_DAY && epochDay <= LAST_DAY ? epochDay : -1;
}

/** The epoch day of a `YYYY-MM-DD` day in the supported calendar, or `undefined`. */
export function supportedDay(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  const day = dayAt(value);
  return day === -1 ? undefined : day;
}

const MS_PER_DAY = 86_400_000;

/**
 * @internal The Kyiv wall clock of an instant as records write it (`YYYY-MM-DDTHH:MM:SS[.sss]+02:00` or `+03:00`)
 * as milliseconds since the epoch's wall-clock midnight, comparable as numbers; -1 for any other text.
 */
export function wallAt(text: string): number {
  const length = text.length;
  if (length !== 25 && length !== 29) return -1;
  const day = dayAt(text);
  if (day === -1 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return -1;
  }
  const hours = digitAt(text, 11) * 10 + digitAt(text, 12);
  const minutes = digitAt(text, 14) * 10 + digitAt(text, 15);
  const seconds = digitAt(text, 17) * 10 + digitAt(text, 18);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) return -1;
  let millis = 0;
  let offset = 19;
  if (length === 29) {
    if (text.charCodeAt(19) !== 46) return -1;
    millis = digitAt(text, 20) * 100 + digitAt(text, 21) * 10 + digitAt(text, 22);
    if (millis < 0) return -1;
    offset = 23;
  }
  // `+02:00` or `+03:00`: the two offsets Kyiv keeps.
  const zone = text.charCodeAt(offset + 2);
  if (
    text.charCodeAt(offset) !== 43 ||
    text.charCodeAt(offset + 1) !== 48 ||
    (zone !== 50 && zone !== 51) ||
    text.charCodeAt(offset + 3) !== 58 ||
    text.charCodeAt(offset + 4) !== 48 ||
    text.charCodeAt(offset + 5) !== 48
  ) {
    return -1;
  }
  return day * MS_PER_DAY + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

/** Whether a text is an instant in Kyiv time as records write it: `YYYY-MM-DDTHH:MM:SS[.sss]+02:00` or `+03:00`. */
export function isKyivInstant(value: unknown): value is string {
  return typeof value === 'string' && wallAt(value) !== -1;
}

const dayMessage = refinementMessage('DAY_OUT_OF_RANGE', {
  first: FIRST_SUPPORTED_DAY,
  last: LAST_SUPPORTED_DAY,
});
const instantMessage = refinementMessage('INSTANT_OUT_OF_RANGE', {
  first: FIRST_SUPPORTED_DAY,
  last: LAST_SUPPORTED_DAY,
});
const Day = z.string().refine((value) => supportedDay(value) !== undefined, { message: dayMessage });
const At = z.string().refine(isKyivInstant, { message: instantMessage });
const Id = z.string().min(1).max(MAX_ID);

const RecordedTermSchema = z
  .object({
    state: z.enum(['running', 'paused', 'met', 'cancelled']),
    start: Day,
    lastDay: Day,
    dueAt: At,
    metAt: At.nullable(),
  })
  .strict();

/**
 * A {@link CaseRecord} as a zod schema: what `caseRecord` checks a record given back against. Ids are 1 to 80
 * characters, days `YYYY-MM-DD` and instants in Kyiv time within the supported calendar, lists at most 100 long.
 *
 * @example
 * ```ts
 * import { CaseRecord } from '@vikno/monitoring';
 *
 * CaseRecord.safeParse({ format: 'vikno.case-record', version: 1 }).success;
 * //=> false
 * ```
 */
export const CaseRecord: z.ZodType<CaseRecord> = z
  .object({
    format: z.literal('vikno.case-record'),
    version: z.literal(CASE_RECORD_VERSION),
    caseId: Id,
    caseNumber: Id.nullable(),
    serviceId: Id,
    model: z.enum(['I', 'II', 'III']),
    state: CaseState,
    office: Id.nullable(),
    providerOffice: Id.nullable(),
    receivedAt: At.nullable(),
    receivedOn: Day.nullable(),
    filedOn: Day.nullable(),
    registeredOn: Day.nullable(),
    stages: z
      .object({
        received: At.nullable(),
        leftWithoutMovement: At.nullable(),
        registered: At.nullable(),
        cured: At.nullable(),
        providerReceived: At.nullable(),
        decided: At.nullable(),
        informed: At.nullable(),
        notified: At.nullable(),
        issued: At.nullable(),
        archived: At.nullable(),
        returned: At.nullable(),
        withdrawn: At.nullable(),
      })
      .strict(),
    terms: z
      .object({
        cure: RecordedTermSchema.optional(),
        transfer: RecordedTermSchema.optional(),
        hearing: RecordedTermSchema.optional(),
        decision: RecordedTermSchema.optional(),
        notification: RecordedTermSchema.optional(),
        collection: RecordedTermSchema.optional(),
      })
      .strict(),
    suspensions: z.array(z.object({ from: Day, to: Day.nullable() }).strict()).max(MAX_LIST),
    extensions: z
      .array(
        z
          .object({
            amount: z.number().int().positive().max(365),
            unit: z.enum(['calendarDays', 'workingDays']),
          })
          .strict(),
      )
      .max(MAX_LIST),
    transfer: z
      .object({
        registerId: Id.nullable(),
        addedAt: At.nullable(),
        dispatchedAt: At.nullable(),
        receivedAt: At.nullable(),
      })
      .strict()
      .nullable(),
    originals: z.enum(['notApplicable', 'awaited', 'received']),
    outcome: z.enum(['granted', 'partiallyGranted', 'refused']).nullable(),
  })
  .strict();

// ---------------------------------------------------------------------------------------------------------------
// Reading a persisted case

/** Which events start (and so restart) each term, and which end it as met: as the case machines do. */
const STARTS: Readonly<Record<string, readonly RecordedTermKind[]>> = {
  'PACKAGE.CHECKED': ['cure', 'transfer', 'decision'],
  'DEFECTS.CURED': ['transfer', 'decision'],
  'CASE.REOPENED': ['decision'],
  'HEARING.NOTIFIED': ['hearing'],
  'CNAP.INFORMED': ['notification'],
  'APPLICANT.NOTIFIED': ['collection'],
};
const ENDS: Readonly<Record<string, readonly RecordedTermKind[]>> = {
  'DEFECTS.CURED': ['cure'],
  'TRANSFER.SENT': ['transfer'],
  'TRANSFER.HANDED_OVER': ['transfer'],
  'TRANSFER.RECEIVED': ['transfer'],
  'POSITION.PRESENTED': ['hearing'],
  'DECISION.MADE': ['hearing', 'decision'],
  'APPLICANT.NOTIFIED': ['notification'],
  'RESULT.ISSUED': ['collection'],
  'DECISION.DELIVERED': ['collection'],
};

const MODELS: readonly string[] = ['I', 'II', 'III'];
const TERM_STATES: readonly string[] = ['running', 'paused', 'met', 'cancelled'];
const ORIGINALS: readonly string[] = ['notApplicable', 'awaited', 'received'];
const OUTCOMES: readonly string[] = ['granted', 'partiallyGranted', 'refused'];
const STATES: readonly string[] = CaseState.options;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Refuses a snapshot whose `field` is missing or of the wrong shape. */
function badField(field: string): never {
  fail('INVALID_CASE', `persisted.snapshot.${field}`, 'SNAPSHOT_FIELD', { field });
}

const MS_PER_MINUTE = 60_000;

/** An instant of the snapshot written in Kyiv time, or the case refused at `field`. */
function kyivTime(value: unknown, field: string): string {
  let ms: number;
  try {
    ms = kyivDayOf(value, field).ms;
  } catch {
    badField(field);
  }
  return kyivTimeOf(ms);
}

/** Epoch milliseconds of the supported calendar written in Kyiv time: `2026-03-02T10:00:00+02:00`. */
export function kyivTimeOf(ms: number): string {
  const { epochDay, minutes } = kyivWallClock(ms);
  const whole = Math.floor(ms / MS_PER_MINUTE);
  const offset = epochDay * 1440 + minutes - whole;
  const seconds = Math.floor((ms - whole * MS_PER_MINUTE) / 1000);
  const millis = Math.floor(ms - whole * MS_PER_MINUTE - seconds * 1000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${formatEpochDay(epochDay)}T${two(Math.floor(minutes / 60))}:${two(minutes % 60)}:${two(seconds)}${
    millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`
  }${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
const two = (value: number) => (value < 10 ? `0${value}` : String(value));

function id(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID) badField(field);
  return value;
}

function optionalId(value: unknown, field: string): string | null {
  return value === undefined || value === null ? null : id(value, field);
}

function day(value: unknown, field: string): string {
  if (supportedDay(value) === undefined) badField(field);
  return value as string;
}

function optionalDay(value: unknown, field: string): string | null {
  return value === undefined || value === null ? null : day(value, field);
}

function oneOf<T extends string>(value: unknown, options: readonly string[], field: string): T {
  if (typeof value !== 'string' || !options.includes(value)) badField(field);
  return value as T;
}

/** The snapshot of a persisted case, parsed once: its text bounded, its JSON checked. */
function snapshotOf(persisted: unknown): Json {
  if (!isObject(persisted) || persisted.snapshot === undefined) {
    fail('INVALID_CASE', 'persisted', 'CASE_EXPECTED', { value: valueKind(persisted) });
  }
  const version = persisted.version;
  if (typeof version === 'number' && version > MACHINE_VERSION) {
    fail('INVALID_CASE', 'persisted.version', 'RECORD_VERSION_TOO_NEW', {
      version,
      current: MACHINE_VERSION,
    });
  }
  const raw = persisted.snapshot;
  let snapshot: unknown = raw;
  if (typeof raw === 'string') {
    if (raw.length > MAX_SNAPSHOT_CHARS) {
      fail('INVALID_CASE', 'persisted.snapshot', 'SNAPSHOT_TOO_LONG', {
        length: raw.length,
        max: MAX_SNAPSHOT_CHARS,
      });
    }
    try {
      snapshot = JSON.parse(raw);
    } catch {
      fail('INVALID_CASE', 'persisted.snapshot', 'SNAPSHOT_NOT_JSON', {});
    }
  } else if (!isObject(raw)) {
    // Version 1 kept the snapshot as an object; every later version as JSON text.
    fail('INVALID_CASE', 'persisted.snapshot', 'SNAPSHOT_TEXT_EXPECTED', { value: valueKind(raw) });
  }
  if (!isObject(snapshot)) badField('value');
  return snapshot;
}

/** The machine's top-level state: the value itself, or the one key of a nested value (`{ transfer: … }`). */
function topState(value: unknown): CaseState {
  if (typeof value === 'string') return oneOf(value, STATES, 'value');
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1) return oneOf(keys[0], STATES, 'value');
  }
  badField('value');
}

function recordedTerm(value: unknown, kind: RecordedTermKind): RecordedTerm & { pauses: RecordedPause[] } {
  const field = `context.terms.${kind}`;
  if (!isObject(value)) badField(field);
  const pauses = value.pauses;
  if (!Array.isArray(pauses) || pauses.length > MAX_LIST) badField(`${field}.pauses`);
  return {
    state: oneOf(value.state, TERM_STATES, `${field}.state`),
    start: day(value.start, `${field}.start`),
    lastDay: day(value.lastDay, `${field}.lastDay`),
    dueAt: kyivTime(value.dueAt, `${field}.dueAt`),
    metAt: null,
    pauses: pauses.map((pause, index) => {
      const at = `${field}.pauses.${index}`;
      if (!isObject(pause)) badField(at);
      return { from: day(pause.from, `${at}.from`), to: optionalDay(pause.to, `${at}.to`) };
    }),
  };
}

interface Entry {
  readonly type: string;
  readonly at: unknown;
  readonly office: unknown;
}

/** A persisted case read into its record: the snapshot parsed once, the few fields a record needs checked. */
function recordOfPersisted(persisted: unknown): CaseRecord {
  const snapshot = snapshotOf(persisted);
  const state = topState(snapshot.value);
  const context = snapshot.context;
  if (!isObject(context)) badField('context');
  const model = oneOf<'I' | 'II' | 'III'>(context.model, MODELS, 'context.model');
  const audit = context.audit;
  if (!Array.isArray(audit)) badField('context.audit');
  if (audit.length > MAX_AUDIT_ENTRIES) {
    fail('INVALID_CASE', 'persisted.snapshot.context.audit', 'AUDIT_TOO_LONG', { max: MAX_AUDIT_ENTRIES });
  }
  const termsGiven = context.terms;
  if (!isObject(termsGiven)) badField('context.terms');
  const read: Partial<Record<RecordedTermKind, RecordedTerm & { pauses: RecordedPause[] }>> = {};
  for (const kind of RECORDED_TERMS) {
    if (termsGiven[kind] !== undefined) read[kind] = recordedTerm(termsGiven[kind], kind);
  }
  const stages: { -readonly [Stage in keyof RecordedStages]: RecordedStages[Stage] } = {
    received: null,
    leftWithoutMovement: null,
    registered: null,
    cured: null,
    providerReceived: null,
    decided: null,
    informed: null,
    notified: null,
    issued: null,
    archived: null,
    returned: null,
    withdrawn: null,
  };
  const transfer = {
    registerId: null as string | null,
    addedAt: null as string | null,
    dispatchedAt: null as string | null,
    receivedAt: null as string | null,
  };
  const metAt: Partial<Record<RecordedTermKind, string | null>> = {};
  const collectionDue = read.collection?.dueAt;
  let office: string | null = null;
  let checkedOffice: string | null = null;
  for (let index = 0; index < audit.length; index++) {
    const entry = audit[index] as Entry | undefined;
    const field = `context.audit.${index}`;
    if (!isObject(entry) || typeof entry.type !== 'string') badField(field);
    const entryOffice = id(entry.office, `${field}.office`);
    office ??= entryOffice;
    const type = entry.type;
    // A tick is audited only when it raised a warning; only one that archives the case matters here.
    if (
      type === 'TICK' &&
      !(stages.notified !== null && stages.issued === null && stages.archived === null)
    ) {
      continue;
    }
    const at = kyivTime(entry.at, `${field}.at`);
    for (const kind of STARTS[type] ?? []) metAt[kind] = null;
    for (const kind of ENDS[type] ?? []) if (metAt[kind] === null) metAt[kind] = at;
    switch (type) {
      case 'PACKAGE.CHECKED':
        if (stages.received === null) {
          stages.received = at;
          checkedOffice = entryOffice;
        }
        if (context.registeredOn !== undefined) stages.registered = at;
        if (read.cure !== undefined) stages.leftWithoutMovement = at;
        if (state === 'returned' && read.cure === undefined) stages.returned = at;
        break;
      case 'DEFECTS.CURED':
        stages.cured = at;
        break;
      case 'TRANSFER.ADDED':
        transfer.addedAt = at;
        break;
      case 'TRANSFER.DISPATCHED':
        transfer.dispatchedAt = at;
        break;
      case 'TRANSFER.RECEIVED':
        transfer.receivedAt = at;
        stages.providerReceived = at;
        break;
      case 'TRANSFER.SENT':
      case 'TRANSFER.HANDED_OVER':
        stages.providerReceived = at;
        break;
      case 'DECISION.MADE':
        stages.decided = at;
        break;
      case 'CASE.REOPENED':
      case 'DECISION.REPLACED':
        stages.decided = type === 'DECISION.REPLACED' ? at : null;
        stages.informed = null;
        stages.notified = null;
        stages.issued = null;
        stages.archived = null;
        break;
      case 'CNAP.INFORMED':
        stages.informed = at;
        break;
      case 'APPLICANT.NOTIFIED':
        stages.notified = at;
        break;
      case 'RESULT.ISSUED':
        stages.issued = at;
        break;
      case 'DECISION.DELIVERED':
        // Delivered while awaiting collection: nothing is left to collect.
        if (stages.notified !== null && stages.issued === null && stages.archived === null)
          stages.issued = at;
        break;
      case 'TICK':
        if (collectionDue !== undefined && Date.parse(at) > Date.parse(collectionDue)) stages.archived = at;
        break;
      case 'APPLICATION.RETURNED':
        stages.returned = at;
        break;
      case 'APPLICATION.WITHDRAWN':
        stages.withdrawn = at;
        break;
    }
  }
  const terms: { [Kind in RecordedTermKind]?: RecordedTerm } = {};
  for (const kind of RECORDED_TERMS) {
    const term = read[kind];
    if (term === undefined) continue;
    const met = term.state === 'met' ? metAt[kind] : null;
    // A term met with no accepted event that ends it: not a case the machines write.
    if (met === undefined) badField('context.audit');
    terms[kind] = {
      state: term.state,
      start: term.start,
      lastDay: term.lastDay,
      dueAt: term.dueAt,
      metAt: met,
    };
  }
  const extensions = context.extensions;
  if (extensions !== undefined && (!Array.isArray(extensions) || extensions.length > MAX_LIST)) {
    badField('context.extensions');
  }
  return {
    format: 'vikno.case-record',
    version: CASE_RECORD_VERSION,
    caseId: id(context.caseId, 'context.caseId'),
    caseNumber: optionalId(context.caseNumber, 'context.caseNumber'),
    serviceId: id(context.serviceId, 'context.serviceId'),
    model,
    state,
    office: checkedOffice ?? office,
    providerOffice: optionalId(context.providerOffice, 'context.providerOffice'),
    receivedAt: stages.received,
    receivedOn: stages.received === null ? null : stages.received.slice(0, 10),
    filedOn:
      optionalDay(context.filedOn, 'context.filedOn') ??
      (context.registeredOn !== undefined && stages.received !== null ? stages.received.slice(0, 10) : null),
    registeredOn: optionalDay(context.registeredOn, 'context.registeredOn'),
    stages,
    terms,
    suspensions: read.decision?.pauses ?? [],
    extensions: ((extensions ?? []) as unknown[]).map((extension, index) => {
      const field = `context.extensions.${index}`;
      if (!isObject(extension)) badField(field);
      const amount = extension.amount;
      if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1 || amount > 365)
        badField(field);
      return { amount, unit: oneOf(extension.unit, ['calendarDays', 'workingDays'], `${field}.unit`) };
    }),
    transfer:
      model === 'III'
        ? { ...transfer, registerId: optionalId(context.registerId, 'context.registerId') }
        : null,
    originals: oneOf(context.originals, ORIGINALS, 'context.originals'),
    outcome:
      context.outcome === undefined || context.outcome === null
        ? null
        : oneOf<NonNullable<CaseRecord['outcome']>>(context.outcome, OUTCOMES, 'context.outcome'),
  };
}

/** Whether a value says it is a case record (its `format`), to be checked as one. */
export function saysRecord(value: unknown): boolean {
  return isObject(value) && value.format === 'vikno.case-record';
}

/** A record given back, checked whole against {@link CaseRecord}. */
function checkedRecord(value: Json, path: string): CaseRecord {
  if (typeof value.version === 'number' && value.version > CASE_RECORD_VERSION) {
    fail('INVALID_CASE', `${path}.version`, 'RECORD_VERSION_TOO_NEW', {
      version: value.version,
      current: CASE_RECORD_VERSION,
    });
  }
  const parsed = CaseRecord.safeParse(value);
  if (!parsed.success) throw invalid('INVALID_CASE', path, parsed.error);
  return parsed.data;
}

/**
 * The record of a case, from a persisted case (`PersistedCase` of `@vikno/workflows`) or a record given back: the
 * stage instants, each term's last day and when it was met, the suspensions, extensions and model-III transfer.
 * Read from the snapshot's JSON once, without an actor and without checking the HMAC (`restoreCase` checks it
 * before anything acts on a case): a host computes it when it persists a case and stores it beside.
 *
 * Which event met a term follows the case machines: the transfer by the event completing it (model I
 * `TRANSFER.SENT`, II `TRANSFER.HANDED_OVER`, III `TRANSFER.RECEIVED`), the decision by `DECISION.MADE`, the
 * notification by `APPLICANT.NOTIFIED`, the collection by `RESULT.ISSUED` (or a delivery while awaiting it), the
 * cure by `DEFECTS.CURED`, the hearing by `POSITION.PRESENTED` or the adverse decision after it.
 *
 * @param persisted - a persisted case (its `snapshot` JSON text), or a case record to check.
 * @returns the record: a plain JSON value, instants in Kyiv time, `null` for what has not happened.
 * @throws {@link MonitoringError} `INVALID_CASE` for something that is neither, a snapshot longer than
 * `MAX_SNAPSHOT_CHARS` or not JSON, or without the fields a record is read from; the path names the field, never
 * its value.
 * @example
 * ```ts
 * import { caseRecord } from '@vikno/monitoring';
 * import { persistCase } from '@vikno/workflows';
 *
 * const record = caseRecord(persistCase(actor, { keys }));
 * record.stages.registered;
 * //=> '2026-03-02T10:00:00+02:00'
 * record.terms.decision?.lastDay;
 * //=> '2026-03-16'
 * ```
 */
export function caseRecord(persisted: PersistedCase | CaseRecord): CaseRecord {
  return readCase(persisted, 'persisted');
}

/** A case given to a report, a persisted case or a record, read as its record; errors name it at `path`. */
export function readCase(value: unknown, path: string): CaseRecord {
  if (saysRecord(value)) return checkedRecord(value as Json, path);
  if (path === 'persisted') return recordOfPersisted(value);
  try {
    return recordOfPersisted(value);
  } catch (error) {
    throw relocated(error, path);
  }
}

/** An error of a case read at `persisted`, moved to where the case was given (`cases.41`). */
function relocated(error: unknown, path: string): unknown {
  if (!(error instanceof MonitoringError)) return error;
  return new MonitoringError({
    code: error.code,
    path: path + error.path.slice('persisted'.length),
    uk: error.uk,
    en: error.en,
    issues: error.issues,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// A record given to a report: checked by hand, as strictly as the schema, in a fraction of its time

const STAGE_NAMES: readonly (keyof RecordedStages)[] = [
  'received',
  'leftWithoutMovement',
  'registered',
  'cured',
  'providerReceived',
  'decided',
  'informed',
  'notified',
  'issued',
  'archived',
  'returned',
  'withdrawn',
];
/** @internal The place of each stage in {@link RecordNumbers}' `stages`. */
export const STAGE_INDEX = Object.fromEntries(STAGE_NAMES.map((name, index) => [name, index])) as Readonly<
  Record<keyof RecordedStages, number>
>;
const RECORD_FIELDS = 20;
const TERM_FIELDS = 5;
const TRANSFER_FIELDS = 4;

/** @internal What {@link RecordNumbers} holds for a `null`: a valid day or wall clock is never negative. */
export const NONE = -1;
/** What they give for a value the schema refuses. */
const BAD = -2;

/**
 * @internal The numbers a report counts with, read from a record by the check that accepts it, so no day or
 * instant is parsed twice: days as epoch days, instants as Kyiv wall clocks (`wallAt`), `NONE` (-1) for `null`.
 * A report fills one and reuses it for every record.
 */
export class RecordNumbers {
  receivedOn = NONE;
  registeredOn = NONE;
  /** The wall clock of each stage, by {@link STAGE_INDEX}. */
  readonly stages = new Float64Array(STAGE_NAMES.length);
  /** By the place of the kind in `RECORDED_TERMS`: the term's state, `undefined` when the case has not run it. */
  readonly termStates: (RecordedTerm['state'] | undefined)[] = RECORDED_TERMS.map(() => undefined);
  readonly lastDays = new Int32Array(RECORDED_TERMS.length);
  readonly dueAts = new Float64Array(RECORDED_TERMS.length);
  readonly metAts = new Float64Array(RECORDED_TERMS.length);
  /** How many suspensions there are; the days of each in `pauses`: from, then to (`NONE` while open). */
  suspensions = 0;
  readonly pauses = new Int32Array(2 * MAX_LIST);
  /** Of the model-III transfer: when the register was dispatched, `NONE` when not (or in models I and II). */
  dispatchedAt = NONE;
}

/** @internal The epoch day of a wall clock read by `wallAt`. */
export const dayOfWall = (wall: number): number => Math.floor(wall / MS_PER_DAY);

const isId = (value: unknown): boolean =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
const isIdOrNull = (value: unknown) => value === null || isId(value);
const fieldCount = (value: Json) => Object.keys(value).length;

/** The epoch day of a supported day, or `BAD`. */
function dayNumber(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return BAD;
  const day = dayAt(value);
  return day === -1 ? BAD : day;
}
const dayOrNone = (value: unknown) => (value === null ? NONE : dayNumber(value));

/** The wall clock of an instant in Kyiv time as records write it, or `BAD`. */
function wallNumber(value: unknown): number {
  if (typeof value !== 'string') return BAD;
  const wall = wallAt(value);
  return wall === -1 ? BAD : wall;
}
const wallOrNone = (value: unknown) => (value === null ? NONE : wallNumber(value));

/** Whether `value` is a recorded term; its numbers go to place `index` of `into`. */
function readTerm(value: unknown, index: number, into: RecordNumbers): boolean {
  if (!isObject(value) || fieldCount(value) !== TERM_FIELDS) return false;
  const state = value.state;
  if (typeof state !== 'string' || !TERM_STATES.includes(state)) return false;
  const lastDay = dayNumber(value.lastDay);
  const dueAt = wallNumber(value.dueAt);
  const metAt = wallOrNone(value.metAt);
  if (dayNumber(value.start) === BAD || lastDay === BAD || dueAt === BAD || metAt === BAD) return false;
  into.termStates[index] = state as RecordedTerm['state'];
  into.lastDays[index] = lastDay;
  into.dueAts[index] = dueAt;
  into.metAts[index] = metAt;
  return true;
}

function readStages(value: unknown, into: RecordNumbers): boolean {
  if (!isObject(value) || fieldCount(value) !== STAGE_NAMES.length) return false;
  for (let index = 0; index < STAGE_NAMES.length; index++) {
    const wall = wallOrNone(value[STAGE_NAMES[index] as keyof RecordedStages]);
    if (wall === BAD) return false;
    into.stages[index] = wall;
  }
  return true;
}

function readTerms(value: unknown, into: RecordNumbers): boolean {
  if (!isObject(value)) return false;
  into.termStates.fill(undefined);
  for (const kind of Object.keys(value)) {
    const index = (RECORDED_TERMS as readonly string[]).indexOf(kind);
    if (index === -1) return false;
    const term = value[kind];
    if (term !== undefined && !readTerm(term, index, into)) return false;
  }
  return true;
}

/** Whether `value` is a list of at most `MAX_LIST` objects of two fields each. */
function isListOfPairs(value: unknown): value is Json[] {
  if (!Array.isArray(value) || value.length > MAX_LIST) return false;
  for (let index = 0; index < value.length; index++) {
    const entry: unknown = value[index];
    if (!isObject(entry) || fieldCount(entry) !== 2) return false;
  }
  return true;
}

function readSuspensions(value: unknown, into: RecordNumbers): boolean {
  if (!isListOfPairs(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const pause = value[index] as Json;
    const from = dayNumber(pause.from);
    const to = dayOrNone(pause.to);
    if (from === BAD || to === BAD) return false;
    into.pauses[2 * index] = from;
    into.pauses[2 * index + 1] = to;
  }
  into.suspensions = value.length;
  return true;
}

function areExtensions(value: unknown): boolean {
  if (!isListOfPairs(value)) return false;
  for (const { amount, unit } of value) {
    if (!Number.isInteger(amount) || (amount as number) < 1 || (amount as number) > 365) return false;
    if (unit !== 'calendarDays' && unit !== 'workingDays') return false;
  }
  return true;
}

function readTransfer(value: unknown, into: RecordNumbers): boolean {
  into.dispatchedAt = NONE;
  if (value === null) return true;
  if (!isObject(value) || fieldCount(value) !== TRANSFER_FIELDS || !isIdOrNull(value.registerId))
    return false;
  const dispatchedAt = wallOrNone(value.dispatchedAt);
  if (wallOrNone(value.addedAt) === BAD || dispatchedAt === BAD || wallOrNone(value.receivedAt) === BAD) {
    return false;
  }
  into.dispatchedAt = dispatchedAt;
  return true;
}

/**
 * @internal Whether a value is a {@link CaseRecord}, exactly as the schema says (checked by hand: a report reads a
 * million records; the schema is kept for the issues it lists when this says no), reading into `into` the numbers
 * a report counts with as it checks them. `into` holds nothing usable when this says no.
 */
export function readRecord(value: unknown, into: RecordNumbers): value is CaseRecord {
  if (
    !isObject(value) ||
    fieldCount(value) !== RECORD_FIELDS ||
    value.format !== 'vikno.case-record' ||
    value.version !== CASE_RECORD_VERSION ||
    !isId(value.caseId) ||
    !isIdOrNull(value.caseNumber) ||
    !isId(value.serviceId) ||
    typeof value.model !== 'string' ||
    !MODELS.includes(value.model) ||
    typeof value.state !== 'string' ||
    !STATES.includes(value.state) ||
    !isIdOrNull(value.office) ||
    !isIdOrNull(value.providerOffice) ||
    typeof value.originals !== 'string' ||
    !ORIGINALS.includes(value.originals) ||
    !(value.outcome === null || (typeof value.outcome === 'string' && OUTCOMES.includes(value.outcome)))
  ) {
    return false;
  }
  const receivedOn = dayOrNone(value.receivedOn);
  const registeredOn = dayOrNone(value.registeredOn);
  if (
    wallOrNone(value.receivedAt) === BAD ||
    receivedOn === BAD ||
    dayOrNone(value.filedOn) === BAD ||
    registeredOn === BAD
  ) {
    return false;
  }
  into.receivedOn = receivedOn;
  into.registeredOn = registeredOn;
  return (
    readStages(value.stages, into) &&
    readTerms(value.terms, into) &&
    readSuspensions(value.suspensions, into) &&
    areExtensions(value.extensions) &&
    readTransfer(value.transfer, into)
  );
}

const checked = new RecordNumbers();

/**
 * Whether a value is a {@link CaseRecord}: exactly what the schema accepts, checked by hand (a report reads a
 * million records; the schema is kept for the issues it lists when this says no).
 */
export function isCaseRecord(value: unknown): value is CaseRecord {
  return readRecord(value, checked);
}

/**
 * A case given to a report, read as its record without copying a record given: a record checked by hand (the
 * schema's issues when it fails), a persisted case read from its snapshot. Errors name it at `path`.
 */
export function caseAt(value: unknown, path: string): CaseRecord {
  if (isCaseRecord(value)) return value;
  return readCase(value, path);
}

/**
 * @internal The case at place `index` of those given to a report, read as {@link caseAt} does, its numbers read
 * into `into`. The place is named only in an error.
 */
export function recordAt(value: unknown, index: number, into: RecordNumbers): CaseRecord {
  if (readRecord(value, into)) return value;
  const record = readCase(value, `cases.${index}`);
  // A record read from a persisted case, or checked by the schema, passes the same check: this reads its numbers.
  readRecord(record, into);
  return record;
}
