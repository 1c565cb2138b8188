import type { CalendarOptions } from './calendar-options.js';
import { assertInteger, calendarFor, dateAt, offsetOf, resultOutOfRange } from './calendar-options.js';
import type { CivilDate } from './civil-date.js';
import { ADMINISTRATIVE_PROCEDURE } from './data/procedure.js';
import { DeadlinesError, valueKind } from './errors.js';
import { deadlinesSays } from './messages/index.js';
import type { LegalSource, LocalizedText } from './schema.js';
import type { Term } from './term.js';
import { dayLabel } from './text.js';

export { ADMINISTRATIVE_PROCEDURE } from './data/procedure.js';

/** One rule of the procedure: its value, the provisions it rests on, and what a host should know of it. */
export interface ProcedureRule<T> {
  /** The rule's value. */
  readonly value: T;
  /** The provisions it rests on, each with its evidence. */
  readonly basis: readonly LegalSource[];
  /** What is uncertain, or how to apply it. */
  readonly note?: LocalizedText;
}

/** The channels a decision reaches the applicant through. */
export type DeliveryChannel = 'inPerson' | 'post' | 'electronic';

/** When a decision sent through a channel counts as delivered: a number of days after sending (0: that day). */
export interface DeliveryRule {
  readonly daysAfterSending: number;
  readonly unit: 'calendarDays' | 'workingDays';
}

/** The terms of the administrative procedure under Law 2073-IX and КАС Art. 122 ({@link ADMINISTRATIVE_PROCEDURE}). */
export interface AdministrativeProcedure {
  /** The general term of a case where the special act sets none. */
  readonly generalTerm: ProcedureRule<Term>;
  /** The term of a case in which the person is heard. */
  readonly termWithHearing: ProcedureRule<Term>;
  /** The extension: its maximum, how many working days before the term ends the notice must go, how many times. */
  readonly extension: ProcedureRule<{
    readonly maximum: Term;
    readonly noticeWorkingDaysBefore: number;
    readonly times: number;
  }>;
  /** The term given to cure the defects of an application left without movement (залишення без руху). */
  readonly cure: ProcedureRule<Term>;
  /** The period the applicant has to present a position before an adverse decision. */
  readonly hearing: ProcedureRule<Term>;
  /** A term given in "days" without a unit: under `workingBelow` days it counts in working days, else calendar. */
  readonly daysWithoutUnit: ProcedureRule<{ readonly workingBelow: number }>;
  /** When a decision counts as delivered, by channel. */
  readonly delivery: Readonly<Record<DeliveryChannel, ProcedureRule<DeliveryRule>>>;
  /** The administrative complaint: the term to file it from delivery, and the term to consider it. */
  readonly complaint: ProcedureRule<{ readonly filing: Term; readonly consideration: Term }>;
  /** The court: six months to sue, and the term after a decision on a complaint. */
  readonly court: ProcedureRule<{ readonly afterDecision: Term; readonly afterComplaint: Term }>;
}

/** A decision sent, for {@link deliveredOn}. */
export interface DeliveryInput {
  /** How the decision was sent: handed over, by post, or electronically. */
  readonly channel: DeliveryChannel;
  /** The day it was sent or handed over, `YYYY-MM-DD`. */
  readonly sentOn: CivilDate;
}

/** The day a decision counts as delivered (доведено до відома), with the rule's basis and the reason in words. */
export interface DecisionDelivery {
  /** The day it counts as delivered: the day the appeal terms run from. */
  readonly on: CivilDate;
  /** The provisions of the channel's rule. */
  readonly basis: readonly LegalSource[];
  /** Why, in both languages. */
  readonly text: LocalizedText;
}

const MAX_AMOUNT = 36_500;
const CHANNELS: ReadonlySet<string> = new Set<DeliveryChannel>(['inPerson', 'post', 'electronic']);
const DELIVERY_KEYS: ReadonlySet<string> = new Set(['channel', 'sentOn']);

const HOW: Readonly<Record<DeliveryChannel, LocalizedText>> = {
  inPerson: { uk: 'вручене особисто', en: 'handed over in person' },
  post: { uk: 'надіслане поштою', en: 'sent by post' },
  electronic: { uk: 'надіслане електронними засобами зв’язку', en: 'sent electronically' },
};

function ordinalEn(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * A term given in "days" without a unit, counted as Law 2073-IX Art. 33 part 1 counts it: ten days and less in
 * working days, more than ten in calendar days ({@link ADMINISTRATIVE_PROCEDURE}`.daysWithoutUnit`). The term
 * carries the rule's basis, so {@link computeDeadline} names it in its trace.
 *
 * @param amount - the number of days, a whole number from 1 to 36 500.
 * @returns the term, `{ amount, unit, basis }`.
 * @throws {@link DeadlinesError} `INVALID_AMOUNT` for anything but a whole number in range.
 * @example
 * ```ts
 * import { computeDeadline, termInDays } from '@vikno/deadlines';
 *
 * termInDays(10).unit;
 * //=> 'workingDays'
 * termInDays(11).unit;
 * //=> 'calendarDays'
 * computeDeadline({ start: '2026-03-02', term: termInDays(5) }).lastDay;
 * //=> '2026-03-09'
 * ```
 */
export function termInDays(amount: number): Term {
  assertInteger(amount, 'amount');
  if (amount < 1 || amount > MAX_AMOUNT) {
    throw new DeadlinesError({
      code: 'INVALID_AMOUNT',
      path: 'amount',
      ...deadlinesSays('TERM_AMOUNT_RANGE', { max: MAX_AMOUNT }),
    });
  }
  const rule = ADMINISTRATIVE_PROCEDURE.daysWithoutUnit;
  return {
    amount,
    unit: amount < rule.value.workingBelow ? 'workingDays' : 'calendarDays',
    basis: [...rule.basis],
  };
}

/**
 * The last day on which the notice of an extension (продовження строку) may go to the applicant, for a term ending
 * on `lastDay`: the day with {@link ADMINISTRATIVE_PROCEDURE}`.extension.value.noticeWorkingDaysBefore` working
 * days after it up to the end of the term (Law 2073-IX Art. 34 part 4). A last day that is not a working day is
 * read as the term does, as the first working day after it (Law 2073-IX Art. 33 part 3, Civil Code Art. 254 part 5).
 *
 * @param lastDay - the last day of the term, `YYYY-MM-DD` (a deadline's `lastDay`).
 * @param options - the calendar, as for {@link isWorkingDay}.
 * @returns the last day to send the notice: a working day.
 * @throws {@link DeadlinesError} `INVALID_DATE` or `DATE_OUT_OF_RANGE` (also when the day would fall before the
 * supported calendar), or `INVALID_OPTION` for bad options.
 * @example
 * ```ts
 * import { extensionNoticeDay } from '@vikno/deadlines';
 *
 * extensionNoticeDay('2026-04-01'); // a Wednesday: 30, 31 March and 1 April remain
 * //=> '2026-03-27'
 * ```
 */
export function extensionNoticeDay(lastDay: CivilDate, options?: CalendarOptions): CivilDate {
  const calendar = calendarFor(options);
  const offset = offsetOf(calendar, lastDay, 'lastDay');
  // The working days before a day off are those before the first working day after it: counting back from the
  // day given is counting back from the day the term really ends.
  const notice = calendar.workingDayAfter(
    offset,
    -ADMINISTRATIVE_PROCEDURE.extension.value.noticeWorkingDaysBefore,
  );
  if (notice === undefined) throw resultOutOfRange('lastDay');
  return dateAt(calendar, notice);
}

/**
 * The day a decision sent on `sentOn` through `channel` counts as delivered (доведено до відома), under the
 * channel's rule in {@link ADMINISTRATIVE_PROCEDURE}`.delivery`: handed over in person, that day; sent by post or
 * electronically with no recorded time of receipt, the fifth calendar day after sending (Law 2073-IX Art. 75
 * part 4). The day is not moved off a day off: it is not the end of a term, and the appeal
 * terms run from the next day.
 *
 * @param input - the channel and the day sent.
 * @param options - the calendar, as for {@link isWorkingDay}.
 * @returns the day, the rule's basis, and the reason in both languages.
 * @throws {@link DeadlinesError} `INVALID_OPTION` for an input that is not `{ channel, sentOn }` or an unknown
 * channel, `INVALID_DATE` or `DATE_OUT_OF_RANGE` for the day.
 * @example
 * ```ts
 * import { deliveredOn } from '@vikno/deadlines';
 *
 * deliveredOn({ channel: 'post', sentOn: '2026-03-02' }).on;
 * //=> '2026-03-07'
 * deliveredOn({ channel: 'inPerson', sentOn: '2026-03-02' }).text.en;
 * //=> 'A decision handed over in person on 2026-03-02 (Monday) counts as delivered the same day.'
 * ```
 */
export function deliveredOn(input: DeliveryInput, options?: CalendarOptions): DecisionDelivery {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new DeadlinesError({
      code: 'INVALID_OPTION',
      path: 'input',
      ...deadlinesSays('EXPECTED', { shape: 'deliveryInput', value: valueKind(input) }),
    });
  }
  for (const key in input) {
    if (!DELIVERY_KEYS.has(key)) {
      throw new DeadlinesError({
        code: 'INVALID_OPTION',
        path: 'input',
        ...deadlinesSays('UNKNOWN_FIELD', { fields: [...DELIVERY_KEYS] }),
      });
    }
  }
  const { channel, sentOn } = input;
  if (typeof channel !== 'string' || !CHANNELS.has(channel)) {
    throw new DeadlinesError({
      code: 'INVALID_OPTION',
      path: 'channel',
      ...deadlinesSays('EXPECTED', { shape: 'channel', value: valueKind(channel) }),
    });
  }
  const calendar = calendarFor(options);
  const sent = offsetOf(calendar, sentOn, 'sentOn');
  const rule = ADMINISTRATIVE_PROCEDURE.delivery[channel];
  const days = rule.value.daysAfterSending;
  const on =
    days === 0
      ? sent
      : rule.value.unit === 'workingDays'
        ? calendar.workingDayAfter(sent, days)
        : sent + days;
  if (on === undefined || on > calendar.lastDay - calendar.firstDay) throw resultOutOfRange('sentOn');
  const how = HOW[channel];
  const sentLabel = dayLabel(calendar.firstDay + sent);
  const onLabel = dayLabel(calendar.firstDay + on);
  const working = rule.value.unit === 'workingDays';
  return {
    on: dateAt(calendar, on),
    basis: rule.basis,
    text:
      days === 0
        ? {
            uk: `Рішення, ${how.uk} ${sentLabel.uk}, доведене до відома того ж дня.`,
            en: `A decision ${how.en} on ${sentLabel.en} counts as delivered the same day.`,
          }
        : {
            uk: `Рішення, ${how.uk} ${sentLabel.uk}, вважається доведеним до відома ${onLabel.uk}: на ${days}-й ${working ? 'робочий' : 'календарний'} день з дня надсилання.`,
            en: `A decision ${how.en} on ${sentLabel.en} counts as delivered on ${onLabel.en}, the ${ordinalEn(days)} ${working ? 'working' : 'calendar'} day after sending.`,
          },
  };
}
