import { z } from 'zod';
import { DeadlinesError, valueKind } from './errors.js';

/**
 * The first day the calendar covers. Earlier dates are rejected with `DATE_OUT_OF_RANGE`.
 */
export const FIRST_SUPPORTED_DAY = '2014-01-01';
/**
 * The last day the calendar covers. Later dates, and results that would fall later, are rejected with
 * `DATE_OUT_OF_RANGE`.
 */
export const LAST_SUPPORTED_DAY = '2035-12-31';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the Gregorian calendar; `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Days since 1970-01-01 of a Gregorian date (H. Hinnant's days_from_civil). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The Gregorian date of a day count since 1970-01-01 (H. Hinnant's civil_from_days). */
export function civilOf(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day count: 1 is Monday, 7 is Sunday. */
export function isoWeekdayOf(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Formats a day count since 1970-01-01 as `YYYY-MM-DD`. */
export function formatEpochDay(epochDay: number): string {
  const { year, month, day } = civilOf(epochDay);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** Formats a day count as the Ukrainian legal style `DD.MM.YYYY`. */
export function formatEpochDayUk(epochDay: number): string {
  const { year, month, day } = civilOf(epochDay);
  return `${twoDigits(day)}.${twoDigits(month)}.${year}`;
}

const ZERO = 48;

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Parses a `YYYY-MM-DD` civil date into days since 1970-01-01, or returns `undefined` when the text is not a
 * real Gregorian date. Does not check the supported range.
 */
export function tryParseCivilDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return epochDayOf(year, month, day);
}

/** Throws the `INVALID_DATE` error for a value at a path. */
export function invalidDate(value: unknown, path: string): DeadlinesError {
  const shown = valueKind(value);
  return new DeadlinesError({
    code: 'INVALID_DATE',
    path,
    en: `${shown.en} is not a civil date: expected a real calendar day written as YYYY-MM-DD, e.g. "2026-03-02"`,
    uk: `${shown.uk} не є датою: очікується справжній календарний день у форматі РРРР-ММ-ДД, наприклад «2026-03-02»`,
  });
}

/** The error for a real day, or an instant, outside the supported range. */
export function outOfRange(path: string): DeadlinesError {
  return new DeadlinesError({
    code: 'DATE_OUT_OF_RANGE',
    path,
    en: `the day is outside the supported range ${FIRST_SUPPORTED_DAY} to ${LAST_SUPPORTED_DAY}`,
    uk: `день поза підтримуваним діапазоном з ${FIRST_SUPPORTED_DAY} по ${LAST_SUPPORTED_DAY}`,
  });
}

/** Parses a civil date or throws `INVALID_DATE` naming the path. Does not check the supported range. */
export function parseCivilDate(value: unknown, path: string): number {
  const epochDay = tryParseCivilDate(value);
  if (epochDay === undefined) throw invalidDate(value, path);
  return epochDay;
}

/**
 * A civil date in Ukraine: a legal day written `YYYY-MM-DD`, never an instant. Validated as a real Gregorian
 * date (so `2026-02-30` is rejected).
 *
 * @example
 * ```ts
 * import { CivilDate } from '@vikno/deadlines';
 *
 * CivilDate.safeParse('2026-02-30').success;
 * //=> false
 * ```
 */
export const CivilDate = z.string().refine((value) => tryParseCivilDate(value) !== undefined, {
  message: 'Expected a real calendar day as YYYY-MM-DD / Очікується календарний день у форматі РРРР-ММ-ДД',
});
/** A civil date in Ukraine written `YYYY-MM-DD`. */
export type CivilDate = z.infer<typeof CivilDate>;
