import { monthsAfter } from '@vikno/law';
import { match } from 'ts-pattern';
import type { LegalCalendar } from './calendar.js';
import type { CalendarOptions } from './calendar-options.js';
import { assertInteger, calendarFor, dateAt, offsetOf, resultOutOfRange } from './calendar-options.js';
import type { CivilDate } from './civil-date.js';
import { formatEpochDay, isoWeekdayOf } from './civil-date.js';
import {
  CIVIL_CODE_ART_253,
  CIVIL_CODE_ART_254_DAY_OFF,
  CIVIL_CODE_ART_254_MONTHS,
  CIVIL_CODE_ART_254_WEEKS,
  CIVIL_CODE_ART_254_YEARS,
  CIVIL_CODE_ART_255,
  INSTRUCTION_345_PARA_2_5,
  KZPP_ART_67_PART_1,
  KZPP_ART_73,
  LAW_5203_ART_10,
} from './data/sources.js';
import { DeadlinesError, valueKind } from './errors.js';
import { explainDay } from './explain.js';
import { kyivWallInstant } from './kyiv.js';
import { deadlinesSays } from './messages/index.js';
import type { ExpectedShape, ListItems } from './messages/params.js';
import { pluralEn, pluralUk } from './plural.js';
import { LegalSource, LocalizedText } from './schema.js';
import type { Extension, Suspension, Term, TermUnit } from './term.js';
import { dayLabel } from './text.js';

/** A closing time, `HH:MM` in Kyiv. */
export type ClockTime = `${number}:${number}`;

/**
 * When the institution's working day ends (Civil Code Art. 255: a term for an act in an institution ends when its
 * operations end under its rules). Set it from the body's internal rules.
 */
export interface OfficeHours {
  /** Closing time on every working day; `18:00` when left out. */
  readonly closesAt?: ClockTime | undefined;
  /** Closing time by ISO weekday (1 Monday … 7 Sunday), e.g. `{ 5: '16:45' }` for a short Friday. */
  readonly closesAtByWeekday?: Readonly<Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, ClockTime>>> | undefined;
}

/**
 * How the day an application is received becomes the day a term counts from:
 * - `asReceived`: the day received (the default);
 * - `nextWorkingDayIfDayOff`: an application received on a day off is registered the next working day
 *   (Instruction 345, para 2.5, for electronic applications for social assistance).
 */
export type RegistrationRule = 'asReceived' | 'nextWorkingDayIfDayOff';

/** What {@link computeDeadline} needs. */
export interface DeadlineInput extends CalendarOptions {
  /** The event the term runs from, e.g. the day the application was received, `YYYY-MM-DD`. */
  readonly start: CivilDate;
  /** The term. */
  readonly term: Term;
  /** How a start on a day off is treated; `asReceived` when left out. */
  readonly registration?: RegistrationRule | undefined;
  /** Periods the term does not run, in any order; they may not overlap. */
  readonly suspensions?: readonly Suspension[] | undefined;
  /** Extensions, applied in order after the term. */
  readonly extensions?: readonly Extension[] | undefined;
  /** When the institution closes; `18:00` when left out. */
  readonly officeHours?: OfficeHours | undefined;
  /**
   * The ceiling to report against: 30 calendar days by default (Law 5203-VI Art. 10, where a law sets no other
   * term), another term, or `false` when a special law sets a longer term.
   */
  readonly statutoryMaximum?: Term | false | undefined;
}

/** What a trace step records. */
export type TraceStepKind =
  | 'event'
  | 'registration'
  | 'countingStarts'
  | 'term'
  | 'suspension'
  | 'extension'
  | 'dayOff'
  | 'dueAt'
  | 'statutoryMaximum';

/** One step of a computed deadline, with its legal basis, readable in both languages. */
export interface TraceStep {
  /** What the step records. */
  readonly kind: TraceStepKind;
  /** The day the step arrives at. */
  readonly date: CivilDate;
  /** The step in both languages. */
  readonly text: LocalizedText;
  /** The provisions it applies. */
  readonly basis: readonly LegalSource[];
}

/** The statutory ceiling and whether the term passes it. */
export interface StatutoryMaximumCheck {
  /** The ceiling's own last day, computed like the term. */
  readonly lastDay: CivilDate;
  /** `true` when the term ends after the ceiling. */
  readonly exceeded: boolean;
  /** The ceiling term. */
  readonly term: Term;
}

/** A computed deadline. */
export interface Deadline {
  /** The event, as given. */
  readonly start: CivilDate;
  /** The day the term counts from (after the registration rule). */
  readonly registeredOn: CivilDate;
  /** The first day counted (Civil Code Art. 253). */
  readonly countingFrom: CivilDate;
  /** The last day of the term: always a working day. */
  readonly lastDay: CivilDate;
  /** When the term ends on the last day: the institution's closing time in Kyiv, ISO 8601 with offset. */
  readonly dueAt: string;
  /** The statutory ceiling check, or `null` when switched off. */
  readonly statutoryMaximum: StatutoryMaximumCheck | null;
  /** Each step, with its legal basis. */
  readonly trace: readonly TraceStep[];
}

const DEFAULT_MAXIMUM: Term = { amount: 30, unit: 'calendarDays', basis: [LAW_5203_ART_10] };
const DEFAULT_CLOSING_MINUTES = 18 * 60;
const INPUT_KEYS = new Set([
  'start',
  'term',
  'registration',
  'suspensions',
  'extensions',
  'officeHours',
  'statutoryMaximum',
  'martialLawLastDay',
]);
const TERM_KEYS = new Set(['amount', 'unit', 'basis', 'reason']);
const SUSPENSION_KEYS = new Set(['from', 'to', 'reason', 'basis']);
const OFFICE_HOURS_KEYS = new Set(['closesAt', 'closesAtByWeekday']);
const WEEKDAY_KEYS = new Set(['1', '2', '3', '4', '5', '6', '7']);
const UNITS: ReadonlySet<string> = new Set<TermUnit>([
  'calendarDays',
  'workingDays',
  'weeks',
  'months',
  'years',
]);
const MAX_AMOUNT = 36_500;
/** The longest list of suspensions, extensions or legal sources taken: far beyond any real case. */
const MAX_ITEMS = 1_000;
/** The longest trace explained: a step for each suspension and extension, and ten of its own at most. */
const MAX_TRACE_STEPS = 2 * MAX_ITEMS + 10;

/** `INVALID_OPTION` at a path: what was expected, and the kind and size of what was given. */
function expected(path: string, shape: ExpectedShape, value: unknown): DeadlinesError {
  return new DeadlinesError({
    code: 'INVALID_OPTION',
    path,
    ...deadlinesSays('EXPECTED', { shape, value: valueKind(value) }),
  });
}

/** Checks that a value is a plain object (not an array), or throws `INVALID_OPTION` saying what was expected. */
function checkObject(
  value: unknown,
  path: string,
  shape: ExpectedShape,
): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw expected(path, shape, value);
}

/**
 * Checks that a value is an array of at most `max` items, or throws `INVALID_OPTION`. Its items are then read by
 * index, holes included: a sparse array's holes are missing items, not skipped ones.
 */
function checkList(value: unknown, path: string, items: ListItems, max = MAX_ITEMS): unknown[] {
  if (!Array.isArray(value) || value.length > max) {
    throw new DeadlinesError({
      code: 'INVALID_OPTION',
      path,
      ...deadlinesSays('EXPECTED_LIST', { items, max, value: valueKind(value) }),
    });
  }
  return value;
}

/** Refuses a field this package does not know, naming the fields it knows and never the one given. */
function checkKeys(value: object, allowed: ReadonlySet<string>, path: string): void {
  for (const key in value) {
    if (!allowed.has(key)) {
      throw new DeadlinesError({
        code: 'INVALID_OPTION',
        path,
        ...deadlinesSays('UNKNOWN_FIELD', { fields: [...allowed] }),
      });
    }
  }
}

/** Checks an optional reason (a text in both languages) and legal basis (a list of legal sources). */
function checkReasonAndBasis(value: Record<string, unknown>, path: string): void {
  if (value.reason !== undefined && !LocalizedText.safeParse(value.reason).success) {
    throw expected(`${path}.reason`, 'text', value.reason);
  }
  if (value.basis === undefined) return;
  const basis = checkList(value.basis, `${path}.basis`, 'sources');
  for (let index = 0; index < basis.length; index++) {
    const source = basis[index];
    if (!LegalSource.safeParse(source).success) throw expected(`${path}.basis.${index}`, 'source', source);
  }
}

function checkTerm(value: unknown, path: string): Term {
  checkObject(value, path, 'term');
  checkKeys(value, TERM_KEYS, path);
  const { amount, unit } = value;
  if (typeof unit !== 'string' || !UNITS.has(unit)) {
    throw new DeadlinesError({
      code: 'UNKNOWN_UNIT',
      path: `${path}.unit`,
      ...deadlinesSays('UNKNOWN_UNIT', { value: valueKind(unit), units: [...UNITS] }),
    });
  }
  assertInteger(amount, `${path}.amount`);
  if (amount < 1 || amount > MAX_AMOUNT) {
    throw new DeadlinesError({
      code: 'INVALID_AMOUNT',
      path: `${path}.amount`,
      ...deadlinesSays('TERM_AMOUNT_RANGE', { max: MAX_AMOUNT }),
    });
  }
  checkReasonAndBasis(value, path);
  return value as unknown as Term;
}

function parseClock(value: unknown, path: string): number {
  const text = typeof value === 'string' ? value : '';
  const parsed = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!parsed) {
    throw new DeadlinesError({
      code: 'INVALID_TIME',
      path,
      ...deadlinesSays('INVALID_TIME', { value: valueKind(value) }),
    });
  }
  return Number(parsed[1]) * 60 + Number(parsed[2]);
}

/** Closing minutes by ISO weekday (index 1–7), every given time checked whatever day the term ends on. */
function checkOfficeHours(hours: unknown): readonly number[] {
  const closing = new Array<number>(8).fill(DEFAULT_CLOSING_MINUTES);
  if (hours === undefined) return closing;
  checkObject(hours, 'officeHours', 'officeHours');
  checkKeys(hours, OFFICE_HOURS_KEYS, 'officeHours');
  if (hours.closesAt !== undefined) closing.fill(parseClock(hours.closesAt, 'officeHours.closesAt'));
  const byWeekday = hours.closesAtByWeekday;
  if (byWeekday !== undefined) {
    checkObject(byWeekday, 'officeHours.closesAtByWeekday', 'closingTimes');
    checkKeys(byWeekday, WEEKDAY_KEYS, 'officeHours.closesAtByWeekday');
    for (const weekday of WEEKDAY_KEYS) {
      const time = byWeekday[weekday];
      if (time !== undefined) {
        closing[Number(weekday)] = parseClock(time, `officeHours.closesAtByWeekday.${weekday}`);
      }
    }
  }
  return closing;
}

type Interval = readonly [from: number, to: number];

function checkSuspensions(
  calendar: LegalCalendar,
  suspensions: readonly Suspension[] | undefined,
  registered: number,
): Interval[] {
  if (suspensions === undefined) return [];
  const list = checkList(suspensions, 'suspensions', 'suspensions');
  const intervals = Array.from(list, (suspension: unknown, index): Interval & { index: number } => {
    const path = `suspensions.${index}`;
    checkObject(suspension, path, 'suspension');
    checkKeys(suspension, SUSPENSION_KEYS, path);
    checkReasonAndBasis(suspension, path);
    const from = offsetOf(calendar, suspension.from, `${path}.from`);
    const to = offsetOf(calendar, suspension.to, `${path}.to`);
    if (to < from) {
      throw new DeadlinesError({
        code: 'INVALID_SUSPENSION',
        path: `${path}.to`,
        ...deadlinesSays('SUSPENSION_ENDS_BEFORE_START', {
          from: formatEpochDay(calendar.firstDay + from),
          to: formatEpochDay(calendar.firstDay + to),
        }),
      });
    }
    if (from <= registered) {
      throw new DeadlinesError({
        code: 'INVALID_SUSPENSION',
        path: `${path}.from`,
        ...deadlinesSays('SUSPENSION_BEFORE_TERM', {
          from: formatEpochDay(calendar.firstDay + from),
          registered: formatEpochDay(calendar.firstDay + registered),
        }),
      });
    }
    return Object.assign([from, to] as const, { index });
  });
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as Interval & { index: number };
    const current = sorted[i] as Interval & { index: number };
    if (current[0] <= previous[1]) {
      throw new DeadlinesError({
        code: 'OVERLAPPING_SUSPENSIONS',
        path: `suspensions.${Math.max(previous.index, current.index)}`,
        ...deadlinesSays('OVERLAPPING_SUSPENSIONS', { first: previous.index, second: current.index }),
      });
    }
  }
  return sorted;
}

/** Suspended calendar days in `(after, upTo]`. */
function suspendedCalendarDays(intervals: readonly Interval[], after: number, upTo: number): number {
  let total = 0;
  for (const [from, to] of intervals) {
    const lo = Math.max(from, after + 1);
    const hi = Math.min(to, upTo);
    if (hi >= lo) total += hi - lo + 1;
  }
  return total;
}

/** Suspended working days in `(after, upTo]`. */
function suspendedWorkingDays(
  calendar: LegalCalendar,
  intervals: readonly Interval[],
  after: number,
  upTo: number,
): number {
  let total = 0;
  for (const [from, to] of intervals) {
    const lo = Math.max(from, after + 1);
    const hi = Math.min(to, upTo);
    if (hi >= lo) total += calendar.workingDaysBetween(lo - 1, hi);
  }
  return total;
}

function checkOffset(calendar: LegalCalendar, offset: number, path: string): number {
  if (offset < 0 || offset > calendar.lastDay - calendar.firstDay) throw resultOutOfRange(path);
  return offset;
}

/** A term of months under Civil Code Art. 254, by the one month arithmetic of `@vikno/law`. */
function addMonths(
  calendar: LegalCalendar,
  offset: number,
  months: number,
): { offset: number; clamped: boolean } {
  const { epochDay, clamped } = monthsAfter(calendar.firstDay + offset, months);
  return { offset: epochDay - calendar.firstDay, clamped };
}

interface Advanced {
  readonly end: number;
  readonly clamped: boolean;
}

/** Runs a term from the day after `after`, skipping suspended days; returns the (unrolled) last day. */
function advance(
  calendar: LegalCalendar,
  after: number,
  amount: number,
  unit: TermUnit,
  intervals: readonly Interval[],
  path: string,
): Advanced {
  if (unit === 'workingDays') {
    let skipped = 0;
    for (;;) {
      const end = calendar.workingDayAfter(after, amount + skipped);
      if (end === undefined) throw resultOutOfRange(path);
      const now = suspendedWorkingDays(calendar, intervals, after, end);
      if (now === skipped) return { end, clamped: false };
      skipped = now;
    }
  }
  // A switch, not ts-pattern: this runs on every deadline and a matcher allocates per call.
  let raw: { offset: number; clamped: boolean };
  switch (unit) {
    case 'calendarDays':
      raw = { offset: after + amount, clamped: false };
      break;
    case 'weeks':
      raw = { offset: after + 7 * amount, clamped: false };
      break;
    case 'months':
      raw = addMonths(calendar, after, amount);
      break;
    case 'years':
      raw = addMonths(calendar, after, 12 * amount);
      break;
    default:
      return unit satisfies never;
  }
  let skipped = 0;
  for (;;) {
    const end = checkOffset(calendar, raw.offset + skipped, path);
    const now = suspendedCalendarDays(intervals, after, end);
    if (now === skipped) return { end, clamped: raw.clamped };
    skipped = now;
  }
}

function rollToWorkingDay(calendar: LegalCalendar, offset: number, path: string): number {
  if (calendar.working[offset] === 1) return offset;
  const next = calendar.workingDayAfter(offset, 1);
  if (next === undefined) throw resultOutOfRange(path);
  return next;
}

const UNIT_WORDS: Record<TermUnit, { uk: readonly [string, string, string]; en: readonly [string, string] }> =
  {
    calendarDays: {
      uk: ['календарний день', 'календарні дні', 'календарних днів'],
      en: ['calendar day', 'calendar days'],
    },
    workingDays: { uk: ['робочий день', 'робочі дні', 'робочих днів'], en: ['working day', 'working days'] },
    weeks: { uk: ['тиждень', 'тижні', 'тижнів'], en: ['week', 'weeks'] },
    months: { uk: ['місяць', 'місяці', 'місяців'], en: ['month', 'months'] },
    years: { uk: ['рік', 'роки', 'років'], en: ['year', 'years'] },
  };

/**
 * A term in words: `10 робочих днів` / `10 working days`, the Ukrainian noun in the form the number takes.
 *
 * @example
 * ```ts
 * import { describeTerm } from '@vikno/deadlines';
 *
 * describeTerm({ amount: 10, unit: 'workingDays' });
 * //=> { uk: '10 робочих днів', en: '10 working days' }
 * describeTerm({ amount: 21, unit: 'calendarDays' });
 * //=> { uk: '21 календарний день', en: '21 calendar days' }
 * describeTerm({ amount: 3, unit: 'months' });
 * //=> { uk: '3 місяці', en: '3 months' }
 * ```
 */
export function describeTerm(term: Pick<Term, 'amount' | 'unit'>): LocalizedText {
  checkTerm(term, 'term');
  return termWords(term);
}

/** A term already checked, in words: computeDeadline names its terms without validating their sources again. */
function termWords(term: Pick<Term, 'amount' | 'unit'>): LocalizedText {
  const words = UNIT_WORDS[term.unit];
  return {
    uk: `${term.amount} ${pluralUk(term.amount, words.uk)}`,
    en: `${term.amount} ${pluralEn(term.amount, words.en[0], words.en[1])}`,
  };
}

function unitRule(unit: TermUnit, clamped: boolean): { text: LocalizedText; basis: readonly LegalSource[] } {
  return match(unit)
    .with('calendarDays', () => ({
      text: { uk: 'рахуються всі календарні дні', en: 'every calendar day counts' },
      basis: [CIVIL_CODE_ART_253],
    }))
    .with('workingDays', () => ({
      text: {
        uk: 'рахуються лише робочі дні за трудовим календарем',
        en: 'only working days of the labour calendar count',
      },
      basis: [KZPP_ART_67_PART_1, KZPP_ART_73],
    }))
    .with('weeks', () => ({
      text: {
        uk: 'спливає у відповідний день останнього тижня',
        en: 'it ends on the same weekday of the last week',
      },
      basis: [CIVIL_CODE_ART_254_WEEKS],
    }))
    .with('months', 'years', (u) => ({
      text: clamped
        ? {
            uk: 'у місяці закінчення немає відповідного числа, тож строк спливає в останній день цього місяця',
            en: 'the last month has no such date, so it ends on that month’s last day',
          }
        : u === 'months'
          ? {
              uk: 'спливає у відповідне число останнього місяця',
              en: 'it ends on the same date of the last month',
            }
          : {
              uk: 'спливає у відповідні місяць та число останнього року',
              en: 'it ends on the same month and date of the last year',
            },
      basis: [u === 'months' ? CIVIL_CODE_ART_254_MONTHS : CIVIL_CODE_ART_254_YEARS],
    }))
    .exhaustive();
}

/**
 * Computes when a legal term ends, under Civil Code Art. 253–255 and the Ukrainian labour calendar, with every
 * step and its legal basis.
 *
 * - Counting starts the day after the event (Art. 253).
 * - Working-day terms count working days; calendar-day terms every day; a term in weeks, months or years ends on
 *   the corresponding day, or on the last day of a month that has no such date (Art. 254).
 * - Suspended days are not counted; extensions run on from where the term had reached.
 * - A last day that is not a working day moves to the first working day after it (Art. 254 part 5).
 * - `dueAt` is the institution's closing time on the last day, in Kyiv (Art. 255).
 * - The 30-calendar-day ceiling of Law 5203-VI Art. 10 is checked and reported.
 *
 * @param input - the event, the term, and the options
 * @returns the deadline with its trace
 * @throws {@link DeadlinesError} for any invalid input, naming the path
 *
 * @example
 * ```ts
 * import { computeDeadline } from '@vikno/deadlines';
 *
 * const deadline = computeDeadline({ start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });
 * deadline.lastDay;
 * //=> '2026-03-16'
 * deadline.dueAt;
 * //=> '2026-03-16T18:00:00+02:00'
 * deadline.trace.map((step) => step.text.uk);
 * //=> ['Подія: 02.03.2026 (понеділок).', 'Перебіг строку починається наступного дня: 03.03.2026 (вівторок).', …]
 * ```
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  checkObject(input, 'input', 'input');
  checkKeys(input, INPUT_KEYS, 'input');
  const calendar = calendarFor(input);
  const startOffset = offsetOf(calendar, input.start, 'start');
  const term = checkTerm(input.term, 'term');
  const registration = input.registration ?? 'asReceived';
  if (registration !== 'asReceived' && registration !== 'nextWorkingDayIfDayOff') {
    throw expected('registration', 'registration', registration);
  }
  const extensions = input.extensions ?? [];
  checkList(extensions, 'extensions', 'extensions');
  for (let index = 0; index < extensions.length; index++) checkTerm(extensions[index], `extensions.${index}`);
  const maximum = input.statutoryMaximum === undefined ? DEFAULT_MAXIMUM : input.statutoryMaximum;
  if (maximum !== DEFAULT_MAXIMUM && maximum !== false) checkTerm(maximum, 'statutoryMaximum');
  const closing = checkOfficeHours(input.officeHours);

  const first = calendar.firstDay;
  const label = (offset: number) => dayLabel(first + offset);
  const date = (offset: number) => dateAt(calendar, offset);
  const trace: TraceStep[] = [];

  const startLabel = label(startOffset);
  trace.push({
    kind: 'event',
    date: input.start,
    text: { uk: `Подія: ${startLabel.uk}.`, en: `Event: ${startLabel.en}.` },
    basis: [],
  });

  let registered = startOffset;
  if (registration === 'nextWorkingDayIfDayOff' && calendar.working[startOffset] !== 1) {
    registered = rollToWorkingDay(calendar, startOffset, 'start');
    const registeredLabel = label(registered);
    trace.push({
      kind: 'registration',
      date: date(registered),
      text: {
        uk: `Заяву отримано у вихідний або святковий день: датою реєстрації вважається наступний робочий день — ${registeredLabel.uk}.`,
        en: `The application arrived on a day off: it counts as registered on the next working day, ${registeredLabel.en}.`,
      },
      basis: [INSTRUCTION_345_PARA_2_5],
    });
  }

  const intervals = checkSuspensions(calendar, input.suspensions, registered);
  const countingFrom = checkOffset(calendar, registered + 1, 'start');
  const fromLabel = label(countingFrom);
  trace.push({
    kind: 'countingStarts',
    date: date(countingFrom),
    text: {
      uk: `Перебіг строку починається наступного дня: ${fromLabel.uk}.`,
      en: `The term starts running the next day: ${fromLabel.en}.`,
    },
    basis: [CIVIL_CODE_ART_253],
  });

  const base = advance(calendar, registered, term.amount, term.unit, intervals, 'term');
  const termText = termWords(term);
  const rule = unitRule(term.unit, base.clamped);
  const baseLabel = label(base.end);
  trace.push({
    kind: 'term',
    date: date(base.end),
    text: {
      uk: `Строк — ${termText.uk}; ${rule.text.uk}: ${baseLabel.uk}.`,
      en: `The term is ${termText.en}; ${rule.text.en}: ${baseLabel.en}.`,
    },
    basis: [...(term.basis ?? []), ...rule.basis],
  });

  let end = base.end;
  extensions.forEach((extension, index) => {
    const extended = advance(
      calendar,
      end,
      extension.amount,
      extension.unit,
      intervals,
      `extensions.${index}`,
    );
    end = extended.end;
    const words = termWords(extension);
    const endLabel = label(end);
    trace.push({
      kind: 'extension',
      date: date(end),
      text: {
        uk: `Строк продовжено на ${words.uk}${extension.reason ? ` (${extension.reason.uk})` : ''}: ${endLabel.uk}.`,
        en: `The term was extended by ${words.en}${extension.reason ? ` (${extension.reason.en})` : ''}: ${endLabel.en}.`,
      },
      basis: extension.basis ?? [],
    });
  });

  for (const interval of intervals) {
    const suspension = (input.suspensions as readonly Suspension[])[
      (interval as Interval & { index: number }).index
    ] as Suspension;
    const days = suspendedCalendarDays([interval], registered, end);
    const workingDays = suspendedWorkingDays(calendar, [interval], registered, end);
    const from = label(interval[0]);
    const to = label(interval[1]);
    const reason = suspension.reason;
    trace.push({
      kind: 'suspension',
      date: date(interval[1]),
      text:
        days === 0
          ? {
              uk: `Зупинення з ${from.uk} по ${to.uk} припало на час після закінчення строку й не вплинуло на нього.`,
              en: `The suspension from ${from.en} to ${to.en} fell after the term had run and did not change it.`,
            }
          : {
              uk: `Строк не спливав з ${from.uk} по ${to.uk}${reason ? ` (${reason.uk})` : ''}: не зараховано ${days} ${pluralUk(days, UNIT_WORDS.calendarDays.uk)}, з них ${workingDays} ${pluralUk(workingDays, UNIT_WORDS.workingDays.uk)}.`,
              en: `The term did not run from ${from.en} to ${to.en}${reason ? ` (${reason.en})` : ''}: ${days} ${pluralEn(days, 'calendar day', 'calendar days')} not counted, ${workingDays} of them working.`,
            },
      basis: suspension.basis ?? [],
    });
  }

  const lastDay = rollToWorkingDay(calendar, end, 'term');
  if (lastDay !== end) {
    const why = explainDay(date(end), input);
    const lastLabel = label(lastDay);
    trace.push({
      kind: 'dayOff',
      date: date(lastDay),
      text: {
        uk: `${why.summary.uk} Днем закінчення строку є перший за ним робочий день: ${lastLabel.uk}.`,
        en: `${why.summary.en} The term ends on the first working day after it: ${lastLabel.en}.`,
      },
      basis: [...why.reasons.flatMap((reason) => reason.basis), CIVIL_CODE_ART_254_DAY_OFF],
    });
  }

  const due = kyivWallInstant(first + lastDay, closing[isoWeekdayOf(first + lastDay)] as number);
  trace.push({
    kind: 'dueAt',
    date: date(lastDay),
    text: {
      uk: `Строк спливає із закінченням робочого дня установи: ${label(lastDay).uk} о ${due.iso.slice(11, 16)} за київським часом (${due.iso}).`,
      en: `The term ends when the institution’s working day ends: ${label(lastDay).en} at ${due.iso.slice(11, 16)} Kyiv time (${due.iso}).`,
    },
    basis: [CIVIL_CODE_ART_255],
  });

  let statutoryMaximum: StatutoryMaximumCheck | null = null;
  if (maximum !== false) {
    const ceiling = rollToWorkingDay(
      calendar,
      advance(calendar, registered, maximum.amount, maximum.unit, intervals, 'statutoryMaximum').end,
      'statutoryMaximum',
    );
    const exceeded = lastDay > ceiling;
    const words = termWords(maximum);
    const ceilingLabel = label(ceiling);
    statutoryMaximum = { lastDay: date(ceiling), exceeded, term: maximum };
    trace.push({
      kind: 'statutoryMaximum',
      date: date(ceiling),
      text: exceeded
        ? {
            uk: `Увага: строк перевищує граничний строк ${words.uk} (останній день — ${ceilingLabel.uk}), якщо інший строк не встановлено законом.`,
            en: `Warning: the term exceeds the ceiling of ${words.en} (last day ${ceilingLabel.en}) unless a law sets another term.`,
          }
        : {
            uk: `Строк не перевищує граничного строку ${words.uk} (останній день — ${ceilingLabel.uk}).`,
            en: `The term is within the ceiling of ${words.en} (last day ${ceilingLabel.en}).`,
          },
      basis: maximum.basis ?? [],
    });
  }

  return {
    start: input.start,
    registeredOn: date(registered),
    countingFrom: date(countingFrom),
    lastDay: date(lastDay),
    dueAt: due.iso,
    statutoryMaximum,
    trace,
  };
}

/** Checks that a deadline's trace holds steps with a text in both languages and legal sources, as explained. */
/** The items of a checked list, copied by index into a plain array. */
function indexed<T>(list: readonly T[]): T[] {
  return Array.from({ length: list.length }, (_, index) => list[index] as T);
}

function checkTrace(deadline: unknown): asserts deadline is Pick<Deadline, 'trace'> {
  checkObject(deadline, 'deadline', 'deadline');
  const trace = checkList(deadline.trace, 'deadline.trace', 'steps', MAX_TRACE_STEPS);
  for (let index = 0; index < trace.length; index++) {
    const step = trace[index];
    const path = `deadline.trace.${index}`;
    checkObject(step, path, 'step');
    if (!LocalizedText.safeParse(step.text).success) throw expected(`${path}.text`, 'text', step.text);
    checkReasonAndBasis({ basis: step.basis ?? null }, path);
  }
}

/**
 * The trace of a deadline as numbered lines in one language.
 *
 * @param deadline - a result of {@link computeDeadline}
 * @param language - `uk` (the default) or `en`
 * @returns the explanation, one step a line
 * @throws {@link DeadlinesError} `INVALID_OPTION` for a trace that is not one {@link computeDeadline} returns, or
 *   another language
 *
 * @example
 * ```ts
 * import { computeDeadline, explainDeadline } from '@vikno/deadlines';
 *
 * console.log(explainDeadline(computeDeadline({ start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } })));
 * // 1. Подія: 02.03.2026 (понеділок).
 * // 2. Перебіг строку починається наступного дня: 03.03.2026 (вівторок).
 * // …
 * ```
 */
export function explainDeadline(deadline: Pick<Deadline, 'trace'>, language: 'uk' | 'en' = 'uk'): string {
  if (language !== 'uk' && language !== 'en') {
    throw expected('language', 'language', language);
  }
  checkTrace(deadline);
  // Read by index: `map` on a list that carries its own `constructor` would call it (Symbol.species).
  return indexed(deadline.trace)
    .map((step, index) => {
      const sources = indexed(step.basis)
        .map((source) =>
          [source.provision?.[language], source.number ? `№ ${source.number}` : source.act[language]]
            .filter(Boolean)
            .join(', '),
        )
        .filter((text, i, all) => all.indexOf(text) === i);
      return `${index + 1}. ${step.text[language]}${sources.length > 0 ? ` [${sources.join('; ')}]` : ''}`;
    })
    .join('\n');
}
