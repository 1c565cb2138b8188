import { z } from 'zod';
import { LawError } from './errors.js';
import { lawSays } from './messages/index.js';
import { valueKind } from './value-kind.js';

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

/** Days since 1970-01-01 of 0000-01-01 and 9999-12-31: the days `YYYY-MM-DD` can write. */
const FIRST_EPOCH_DAY = -719528;
const LAST_EPOCH_DAY = 2932896;

/**
 * A whole number in a range, or `INVALID_AMOUNT` naming the path: the low-level functions take numbers, and a
 * number out of range would give a wrong date rather than an error.
 */
export function checkWhole(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new LawError({
      code: 'INVALID_AMOUNT',
      path,
      ...lawSays('OUT_OF_BOUNDS', { value: valueKind(value), min, max }),
    });
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month of the Gregorian calendar; `month` is 1–12.
 *
 * @example
 * ```ts
 * import { daysInMonth } from '@vikno/law';
 *
 * daysInMonth(2028, 2);
 * //=> 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  checkWhole(year, 'year', 0, 9999);
  checkWhole(month, 'month', 1, 12);
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Days since 1970-01-01 of a Gregorian date (H. Hinnant's days_from_civil).
 *
 * @example
 * ```ts
 * import { epochDayOf } from '@vikno/law';
 *
 * epochDayOf(1970, 1, 2);
 * //=> 1
 * ```
 */
export function epochDayOf(year: number, month: number, day: number): number {
  checkWhole(day, 'day', 1, daysInMonth(year, month));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The Gregorian date of a day count since 1970-01-01 (H. Hinnant's civil_from_days).
 *
 * @example
 * ```ts
 * import { civilOf } from '@vikno/law';
 *
 * civilOf(1);
 * //=> { year: 1970, month: 1, day: 2 }
 * ```
 */
export function civilOf(epochDay: number): { year: number; month: number; day: number } {
  checkWhole(epochDay, 'epochDay', FIRST_EPOCH_DAY, LAST_EPOCH_DAY);
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

/**
 * ISO weekday of a day count: 1 is Monday, 7 is Sunday.
 *
 * @example
 * ```ts
 * import { epochDayOf, isoWeekdayOf } from '@vikno/law';
 *
 * isoWeekdayOf(epochDayOf(2026, 3, 2)); // a Monday
 * //=> 1
 * ```
 */
export function isoWeekdayOf(epochDay: number): number {
  checkWhole(epochDay, 'epochDay', FIRST_EPOCH_DAY, LAST_EPOCH_DAY);
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Formats a day count since 1970-01-01 as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { formatEpochDay } from '@vikno/law';
 *
 * formatEpochDay(0);
 * //=> '1970-01-01'
 * ```
 */
export function formatEpochDay(epochDay: number): string {
  const { year, month, day } = civilOf(epochDay);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * Formats a day count as the Ukrainian legal style `DD.MM.YYYY`.
 *
 * @example
 * ```ts
 * import { formatEpochDayUk } from '@vikno/law';
 *
 * formatEpochDayUk(0);
 * //=> '01.01.1970'
 * ```
 */
export function formatEpochDayUk(epochDay: number): string {
  const { year, month, day } = civilOf(epochDay);
  return `${twoDigits(day)}.${twoDigits(month)}.${String(year).padStart(4, '0')}`;
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
 *
 * @example
 * ```ts
 * import { tryParseCivilDate } from '@vikno/law';
 *
 * tryParseCivilDate('1970-01-02');
 * //=> 1
 * tryParseCivilDate('2026-02-30');
 * //=> undefined
 * ```
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

/**
 * A civil date in Ukraine: a legal day written `YYYY-MM-DD`, never an instant. Validated as a real Gregorian
 * date (so `2026-02-30` is rejected).
 *
 * @example
 * ```ts
 * import { CivilDate } from '@vikno/law';
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

/** The first and last day of the Gregorian years `YYYY-MM-DD` can write: civil-date arithmetic answers within them. */
const FIRST_WRITABLE_DAY = FIRST_EPOCH_DAY;
const LAST_WRITABLE_DAY = LAST_EPOCH_DAY;

/**
 * The day a term of months ends under Civil Code Art. 254 part 2: the same date of the last month, or that month's
 * last day when it has no such date (31 January + 1 month ends on 28 or 29 February, `clamped`). Years are twelve
 * months (part 1). Low-level, on day counts; {@link addMonths} takes and returns civil dates.
 *
 * @param epochDay - the day the term counts from, as days since 1970-01-01.
 * @param months - how many months, a whole number (negative counts back).
 * @example
 * ```ts
 * import { epochDayOf, formatEpochDay, monthsAfter } from '@vikno/law';
 *
 * const { epochDay, clamped } = monthsAfter(epochDayOf(2026, 1, 31), 1);
 * formatEpochDay(epochDay);
 * //=> '2026-02-28'
 * clamped;
 * //=> true
 * ```
 */
export function monthsAfter(epochDay: number, months: number): { epochDay: number; clamped: boolean } {
  const { year, month, day } = civilOf(epochDay);
  const index = year * 12 + (month - 1) + checkWhole(months, 'months', -120_000, 120_000);
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  if (targetYear < 0 || targetYear > 9999) {
    throw new LawError({
      code: 'DATE_OUT_OF_RANGE',
      path: 'months',
      ...lawSays('BEYOND_WRITABLE_YEARS', {}),
    });
  }
  const last = daysInMonth(targetYear, targetMonth);
  return { epochDay: epochDayOf(targetYear, targetMonth, Math.min(day, last)), clamped: day > last };
}

/** The day count of a civil date, or `INVALID_DATE` naming the path. */
export function civilDayAt(value: unknown, path: string): number {
  const epochDay = tryParseCivilDate(value);
  if (epochDay === undefined) {
    throw new LawError({
      code: 'INVALID_DATE',
      path,
      ...lawSays('INVALID_DATE', { value: valueKind(value) }),
    });
  }
  return epochDay;
}

function wholeAmount(value: unknown, path: string, limit: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || Math.abs(value) > limit) {
    throw new LawError({
      code: 'INVALID_AMOUNT',
      path,
      ...lawSays('INVALID_AMOUNT', { value: valueKind(value), limit }),
    });
  }
  return value;
}

function writable(epochDay: number, path: string): CivilDate {
  if (epochDay < FIRST_WRITABLE_DAY || epochDay > LAST_WRITABLE_DAY) {
    throw new LawError({
      code: 'DATE_OUT_OF_RANGE',
      path,
      ...lawSays('BEYOND_WRITABLE_YEARS', {}),
    });
  }
  return formatEpochDay(epochDay);
}

/**
 * The civil date a number of months after `date`, under Civil Code Art. 254 parts 1–2: the same date of the last
 * month, or that month's last day when it has none. The one month arithmetic of the SDK: terms, and the validity
 * of documents, are counted with it.
 *
 * @param date - a civil date `YYYY-MM-DD`.
 * @param months - whole months, at most 120,000 either way (a year is 12).
 * @throws {@link LawError} `INVALID_DATE`, `INVALID_AMOUNT`, or `DATE_OUT_OF_RANGE` past year 9999.
 * @example
 * ```ts
 * import { addMonths } from '@vikno/law';
 *
 * addMonths('2026-01-31', 1);
 * //=> '2026-02-28'
 * addMonths('2024-02-29', 12);
 * //=> '2025-02-28'
 * ```
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const from = civilDayAt(date, 'date');
  const count = wholeAmount(months, 'months', 120_000);
  return writable(monthsAfter(from, count).epochDay, 'months');
}

/**
 * The civil date a number of calendar days after `date` (before it when negative).
 *
 * @param date - a civil date `YYYY-MM-DD`.
 * @param days - whole days, at most 3,660,000 either way.
 * @throws {@link LawError} `INVALID_DATE`, `INVALID_AMOUNT`, or `DATE_OUT_OF_RANGE` past year 9999.
 * @example
 * ```ts
 * import { addDays } from '@vikno/law';
 *
 * addDays('2026-02-27', 2);
 * //=> '2026-03-01'
 * ```
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  const from = civilDayAt(date, 'date');
  return writable(from + wholeAmount(days, 'days', 3_660_000), 'days');
}

/**
 * Calendar days from `from` to `to`: positive when `to` is later.
 *
 * @param from - a civil date `YYYY-MM-DD`.
 * @param to - a civil date `YYYY-MM-DD`.
 * @throws {@link LawError} `INVALID_DATE`.
 * @example
 * ```ts
 * import { daysBetween } from '@vikno/law';
 *
 * daysBetween('2026-02-27', '2026-03-01');
 * //=> 2
 * ```
 */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return civilDayAt(to, 'to') - civilDayAt(from, 'from');
}
