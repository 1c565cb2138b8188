import { LegalCalendar, MARTIAL_LAW_DATA_LAST_DAY, MARTIAL_LAW_FIRST_DAY } from './calendar.js';
import type { CivilDate } from './civil-date.js';
import {
  FIRST_SUPPORTED_DAY,
  formatEpochDay,
  LAST_SUPPORTED_DAY,
  outOfRange,
  parseCivilDate,
  tryParseCivilDate,
} from './civil-date.js';
import { DeadlinesError, valueKind } from './errors.js';
import { deadlinesSays } from './messages/index.js';

/**
 * Options shared by every calendar question.
 *
 * @example
 * ```ts
 * import { isWorkingDay } from '@vikno/deadlines';
 *
 * // What if martial law had ended on 31 January 2026?
 * isWorkingDay('2026-05-01', { martialLawLastDay: '2026-01-31' });
 * //=> false
 * ```
 */
export interface CalendarOptions {
  /**
   * The last day of martial law, for planning or a "what if peace" scenario. From the day after, Art. 73 and
   * Art. 67 part 3 of КЗпП apply again. Left out, the data release's value applies (open-ended until a release
   * sets it). Must be on or after 2022-03-24, the day martial law began to suspend holidays.
   */
  readonly martialLawLastDay?: CivilDate | undefined;
}

let defaultCalendar: LegalCalendar | undefined;
const scenarioCalendars = new Map<number, LegalCalendar>();

/** The calendar for the options, built once per martial-law setting. */
export function calendarFor(options: CalendarOptions | undefined, path = 'options'): LegalCalendar {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new DeadlinesError({
      code: 'INVALID_OPTION',
      path,
      ...deadlinesSays('NOT_OPTIONS', { value: valueKind(options) }),
    });
  }
  const lastDay = options?.martialLawLastDay;
  if (lastDay === undefined) {
    defaultCalendar ??= new LegalCalendar(MARTIAL_LAW_DATA_LAST_DAY);
    return defaultCalendar;
  }
  const day = parseCivilDate(lastDay, `${path}.martialLawLastDay`);
  if (day < MARTIAL_LAW_FIRST_DAY) {
    throw new DeadlinesError({
      code: 'INVALID_OPTION',
      path: `${path}.martialLawLastDay`,
      ...deadlinesSays('MARTIAL_LAW_TOO_EARLY', { first: formatEpochDay(MARTIAL_LAW_FIRST_DAY) }),
    });
  }
  let calendar = scenarioCalendars.get(day);
  if (!calendar) {
    calendar = new LegalCalendar(day);
    scenarioCalendars.set(day, calendar);
  }
  return calendar;
}

/** The offset from the calendar's first day of a civil date, or a typed error naming the path. */
export function offsetOf(calendar: LegalCalendar, value: unknown, path: string): number {
  const day = tryParseCivilDate(value);
  if (day === undefined) return parseCivilDate(value, path);
  if (day < calendar.firstDay || day > calendar.lastDay) throw outOfRange(path);
  return day - calendar.firstDay;
}

/** The error for a computed result that would fall outside the supported range. */
export function resultOutOfRange(path: string): DeadlinesError {
  return new DeadlinesError({
    code: 'DATE_OUT_OF_RANGE',
    path,
    ...deadlinesSays('RESULT_OUT_OF_RANGE', { first: FIRST_SUPPORTED_DAY, last: LAST_SUPPORTED_DAY }),
  });
}

const formatted: string[] = [];

/** `YYYY-MM-DD` of an offset from the first supported day, cached. */
export function dateAt(calendar: LegalCalendar, offset: number): CivilDate {
  let text = formatted[offset];
  if (text === undefined) {
    text = formatEpochDay(calendar.firstDay + offset);
    formatted[offset] = text;
  }
  return text;
}

/** Checks that an amount is a whole number, or throws `INVALID_AMOUNT` naming the path. */
export function assertInteger(value: unknown, path: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new DeadlinesError({
      code: 'INVALID_AMOUNT',
      path,
      ...deadlinesSays('NOT_WHOLE_NUMBER', { value: valueKind(value) }),
    });
  }
}
