import type { CalendarOptions } from './calendar-options.js';
import { assertInteger, calendarFor, dateAt, offsetOf, resultOutOfRange } from './calendar-options.js';
import type { CivilDate } from './civil-date.js';

/**
 * Whether a day is a working day in Ukraine under the labour calendar: Monday to Friday, less the holidays of
 * Art. 73 of КЗпП and the days off moved to Mondays (Art. 67 part 3) while those apply, less the Cabinet's
 * transferred days off, plus the Saturdays worked instead. Under martial law (from 2022-03-24) holidays are
 * working days.
 *
 * A CNAP open on Saturday does not make Saturday a working day: terms follow the legal calendar, not opening
 * hours.
 *
 * @param date - the day, `YYYY-MM-DD`
 * @param options - calendar options (e.g. a martial-law end for a scenario)
 * @returns `true` for a working day
 * @throws {@link DeadlinesError} `INVALID_DATE` or `DATE_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * import { isWorkingDay } from '@vikno/deadlines';
 *
 * isWorkingDay('2021-08-24'); // Independence Day before martial law
 * //=> false
 * isWorkingDay('2024-08-26'); // under martial law nothing moves to Monday
 * //=> true
 * isWorkingDay('2014-01-11'); // a Saturday worked instead of 2 January (Cabinet order 920-р)
 * //=> true
 * ```
 */
export function isWorkingDay(date: CivilDate, options?: CalendarOptions): boolean {
  const calendar = calendarFor(options);
  return calendar.working[offsetOf(calendar, date, 'date')] === 1;
}

/**
 * The first working day after a day ("перший за ним робочий день", Civil Code Art. 254 part 5), whatever the day
 * itself is.
 *
 * @param date - the day, `YYYY-MM-DD`
 * @param options - calendar options
 * @returns the next working day, `YYYY-MM-DD`
 * @throws {@link DeadlinesError} `INVALID_DATE` or `DATE_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * import { nextWorkingDay } from '@vikno/deadlines';
 *
 * nextWorkingDay('2021-12-24'); // Christmas fell on Saturday: the day off moved to Monday 27th
 * //=> '2021-12-28'
 * ```
 */
export function nextWorkingDay(date: CivilDate, options?: CalendarOptions): CivilDate {
  const calendar = calendarFor(options);
  const offset = calendar.workingDayAfter(offsetOf(calendar, date, 'date'), 1);
  if (offset === undefined) throw resultOutOfRange('date');
  return dateAt(calendar, offset);
}

/**
 * Adds working days to a day, the way a term in working days runs: the result of `n > 0` is the n-th working day
 * after the date (counting starts the next day, Civil Code Art. 253), whatever the date itself is. `n < 0` gives
 * the n-th working day before it; `n = 0` returns the date unchanged.
 *
 * @param date - the starting day, `YYYY-MM-DD`
 * @param amount - a whole number of working days
 * @param options - calendar options
 * @returns the day reached, `YYYY-MM-DD`
 * @throws {@link DeadlinesError} `INVALID_DATE`, `DATE_OUT_OF_RANGE` or `INVALID_AMOUNT`
 *
 * @example
 * ```ts
 * import { addWorkingDays } from '@vikno/deadlines';
 *
 * addWorkingDays('2026-03-02', 10);
 * //=> '2026-03-16'
 * addWorkingDays('2021-12-24', 1);
 * //=> '2021-12-28'
 * ```
 */
export function addWorkingDays(date: CivilDate, amount: number, options?: CalendarOptions): CivilDate {
  const calendar = calendarFor(options);
  const offset = offsetOf(calendar, date, 'date');
  assertInteger(amount, 'amount');
  if (amount === 0) return date;
  const target = calendar.workingDayAfter(offset, amount);
  if (target === undefined) throw resultOutOfRange('amount');
  return dateAt(calendar, target);
}

/**
 * Counts the working days after `from` up to and including `to`, as a term counts them (Civil Code Art. 253):
 * `countWorkingDays(d, addWorkingDays(d, n)) === n` for `n > 0`. Negative when `to` is before `from`.
 *
 * @param from - the day after which counting starts, `YYYY-MM-DD`
 * @param to - the last day counted, `YYYY-MM-DD`
 * @param options - calendar options
 * @returns the number of working days in `(from, to]`
 * @throws {@link DeadlinesError} `INVALID_DATE` or `DATE_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * import { countWorkingDays } from '@vikno/deadlines';
 *
 * countWorkingDays('2026-03-02', '2026-03-16');
 * //=> 10
 * ```
 */
export function countWorkingDays(from: CivilDate, to: CivilDate, options?: CalendarOptions): number {
  const calendar = calendarFor(options);
  const a = offsetOf(calendar, from, 'from');
  const b = offsetOf(calendar, to, 'to');
  return calendar.workingDaysBetween(a, b);
}
