import { tzOffset } from '@date-fns/tz';
import type { CivilDate } from './civil-date.js';
import {
  checkWhole,
  civilDayAt,
  FIRST_SUPPORTED_DAY,
  formatEpochDay,
  LAST_SUPPORTED_DAY,
  tryParseCivilDate,
} from './civil-date.js';
import { LawError } from './errors.js';
import { lawSays } from './messages/index.js';
import { valueKind } from './value-kind.js';

/** The IANA time zone of Ukrainian legal days. */
export const KYIV_TIME_ZONE = 'Europe/Kyiv';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** The largest time value a `Date` holds (ECMA-262 §21.4.1.1), either side of the epoch. */
const MAX_TIME_VALUE = 8.64e15;
const FIRST_DAY = tryParseCivilDate(FIRST_SUPPORTED_DAY) as number;
const LAST_DAY = tryParseCivilDate(LAST_SUPPORTED_DAY) as number;

/**
 * An instant: a `Date`, epoch milliseconds, or an ISO 8601 string with `Z` or an offset. A string without an
 * offset is rejected: it names no instant.
 */
export type Instant = Date | number | string;

/**
 * The error for a day, or an instant's Kyiv day, outside the supported range.
 *
 * @param path - where the value was.
 * @example
 * ```ts
 * import { outsideSupportedDays } from '@vikno/law';
 *
 * outsideSupportedDays('start').code;
 * //=> 'DATE_OUT_OF_RANGE'
 * ```
 */
export function outsideSupportedDays(path: string): LawError {
  return new LawError({
    code: 'DATE_OUT_OF_RANGE',
    path,
    ...lawSays('OUTSIDE_SUPPORTED_DAYS', { first: FIRST_SUPPORTED_DAY, last: LAST_SUPPORTED_DAY }),
  });
}

/**
 * Epoch milliseconds of an instant, or `INVALID_INSTANT` naming the path. Low-level: for packages that judge
 * instants.
 *
 * @param value - a `Date`, epoch milliseconds, or an ISO 8601 string with `Z` or an offset.
 * @param path - where the value was, for the error.
 * @throws {@link LawError} `INVALID_INSTANT`.
 * @example
 * ```ts
 * import { instantToEpochMs } from '@vikno/law';
 *
 * instantToEpochMs('1970-01-01T02:00:00+02:00');
 * //=> 0
 * ```
 */
export function instantToEpochMs(value: unknown, path: string): number {
  let ms = Number.NaN;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'number') ms = value;
  // Date.parse rolls 30 February over to 2 March: the written day must exist.
  else if (
    typeof value === 'string' &&
    ISO_WITH_OFFSET.test(value) &&
    tryParseCivilDate(value.slice(0, 10)) !== undefined
  )
    ms = Date.parse(value);
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_TIME_VALUE) {
    throw new LawError({
      code: 'INVALID_INSTANT',
      path,
      ...lawSays('INVALID_INSTANT', { value: valueKind(value) }),
    });
  }
  return ms;
}

/**
 * The epoch milliseconds and Kyiv civil day of an instant in the supported range: `INVALID_INSTANT` for what is not
 * an instant, `DATE_OUT_OF_RANGE` for an instant whose Kyiv day the calendar does not cover. Low-level: for
 * packages that judge instants.
 *
 * @param value - an instant.
 * @param path - where the value was, for the error.
 * @throws {@link LawError} `INVALID_INSTANT` or `DATE_OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { formatEpochDay, kyivDayOf } from '@vikno/law';
 *
 * formatEpochDay(kyivDayOf('2026-03-01T22:30:00Z', 'at').epochDay);
 * //=> '2026-03-02'
 * ```
 */
export function kyivDayOf(value: unknown, path: string): { ms: number; epochDay: number } {
  const ms = instantToEpochMs(value, path);
  // Kyiv is never more than a day from UTC: beyond a day's margin the answer is known without a time zone.
  if (ms < (FIRST_DAY - 1) * MS_PER_DAY || ms >= (LAST_DAY + 2) * MS_PER_DAY)
    throw outsideSupportedDays(path);
  const { epochDay } = kyivWallClock(ms);
  if (epochDay < FIRST_DAY || epochDay > LAST_DAY) throw outsideSupportedDays(path);
  return { ms, epochDay };
}

const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const offsetByHour = new Map<number, number>();

/**
 * Kyiv's UTC offset in minutes at an instant. Kyiv's offset changes only on the hour, so it is asked of the time
 * zone database once per UTC hour and remembered (the lookup through `Intl` is the costliest step of judging an
 * event); the memory is bounded.
 */
function kyivOffsetAt(ms: number): number {
  const hour = Math.floor(ms / MS_PER_HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size >= 50_000) offsetByHour.clear();
    offset = tzOffset(KYIV_TIME_ZONE, new Date(hour * MS_PER_HOUR));
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/**
 * The Kyiv civil day (days since 1970-01-01) and minute of the day of an instant given as epoch milliseconds.
 * Low-level: for packages that judge instants.
 *
 * @param ms - epoch milliseconds.
 * @example
 * ```ts
 * import { kyivWallClock } from '@vikno/law';
 *
 * kyivWallClock(0); // 03:00 on 1 January 1970 in Kyiv (then UTC+3)
 * //=> { epochDay: 0, minutes: 180 }
 * ```
 */
export function kyivWallClock(ms: number): { epochDay: number; minutes: number } {
  // Epoch milliseconds may be fractional (a Date drops the fraction); they must be a time a Date can hold.
  checkWhole(typeof ms === 'number' ? Math.trunc(ms) : ms, 'ms', -MAX_TIME_VALUE, MAX_TIME_VALUE);
  const wall = ms + kyivOffsetAt(ms) * MS_PER_MINUTE;
  const epochDay = Math.floor(wall / MS_PER_DAY);
  return { epochDay, minutes: Math.floor((wall - epochDay * MS_PER_DAY) / MS_PER_MINUTE) };
}

/**
 * The civil date in Kyiv of an instant, DST-correct: the one conversion from instants to legal days.
 *
 * @param instant - a `Date`, epoch milliseconds, or an ISO 8601 string with an offset
 * @returns the Kyiv date, `YYYY-MM-DD`, from `FIRST_SUPPORTED_DAY` to `LAST_SUPPORTED_DAY`
 * @throws {@link LawError} `INVALID_INSTANT`, or `DATE_OUT_OF_RANGE` for an instant on a day outside the
 *   supported range
 *
 * @example
 * ```ts
 * import { toKyivDate } from '@vikno/law';
 *
 * toKyivDate('2026-03-01T22:30:00Z'); // 00:30 on 2 March in Kyiv
 * //=> '2026-03-02'
 * ```
 */
export function toKyivDate(instant: Instant): CivilDate {
  return formatEpochDay(kyivDayOf(instant, 'instant').epochDay);
}

function offsetText(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  return `${sign}${hours < 10 ? '0' : ''}${hours}:${minutes < 10 ? '0' : ''}${minutes}`;
}

const wallTimeCache = new Map<number, { ms: number; iso: string }>();

/**
 * The instant of a Kyiv wall-clock time on a civil day, as epoch milliseconds and ISO 8601 with the offset in
 * force then (`+02:00` in winter, `+03:00` in summer). Low-level, on day counts and minutes; cached.
 * {@link kyivInstant} takes a civil date and `HH:MM`.
 *
 * @param epochDay - the civil day, as days since 1970-01-01.
 * @param minutes - minutes since midnight, 0–1439.
 * @example
 * ```ts
 * import { epochDayOf, kyivWallInstant } from '@vikno/law';
 *
 * kyivWallInstant(epochDayOf(2026, 3, 30), 600).iso;
 * //=> '2026-03-30T10:00:00+03:00'
 * ```
 */
export function kyivWallInstant(epochDay: number, minutes: number): { ms: number; iso: string } {
  checkWhole(epochDay, 'epochDay', FIRST_DAY - 1, LAST_DAY + 1);
  checkWhole(minutes, 'minutes', 0, 1439);
  const key = epochDay * 1440 + minutes;
  const cached = wallTimeCache.get(key);
  if (cached) return cached;
  const wall = epochDay * MS_PER_DAY + minutes * MS_PER_MINUTE;
  let offset = tzOffset(KYIV_TIME_ZONE, new Date(wall - 2 * 60 * MS_PER_MINUTE));
  const corrected = tzOffset(KYIV_TIME_ZONE, new Date(wall - offset * MS_PER_MINUTE));
  if (corrected !== offset) offset = corrected;
  const hh = Math.floor(minutes / 60);
  const mm = minutes % 60;
  const result = {
    ms: wall - offset * MS_PER_MINUTE,
    iso: `${formatEpochDay(epochDay)}T${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}:00${offsetText(offset)}`,
  };
  if (wallTimeCache.size >= 50_000) wallTimeCache.clear();
  wallTimeCache.set(key, result);
  return result;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant of a Kyiv wall-clock time on a civil day, as ISO 8601 with the offset in force that day: `+02:00` in
 * winter, `+03:00` in summer, DST-correct (the change falls on the last Sundays of March and October, so a month
 * does not tell the offset). A time the spring change skips (03:00–03:59 on the last Sunday of March) is read with
 * the winter offset, so it lands an hour later; a time the autumn change repeats is its first occurrence.
 *
 * @param date - a civil date `YYYY-MM-DD` within the supported range.
 * @param time - the wall-clock time `HH:MM`, 00:00–23:59.
 * @returns an ISO 8601 instant with Kyiv's offset, e.g. `2026-03-30T10:00:00+03:00`.
 * @throws {@link LawError} `INVALID_DATE`, `DATE_OUT_OF_RANGE`, or `INVALID_TIME`.
 * @example
 * ```ts
 * import { kyivInstant } from '@vikno/law';
 *
 * kyivInstant('2026-03-27', '10:00'); // Friday before the change
 * //=> '2026-03-27T10:00:00+02:00'
 * kyivInstant('2026-03-30', '10:00'); // the Monday after
 * //=> '2026-03-30T10:00:00+03:00'
 * ```
 */
export function kyivInstant(date: CivilDate, time: string): string {
  const epochDay = civilDayAt(date, 'date');
  if (epochDay < FIRST_DAY || epochDay > LAST_DAY) throw outsideSupportedDays('date');
  const clock = typeof time === 'string' ? CLOCK.exec(time) : null;
  if (!clock) {
    throw new LawError({
      code: 'INVALID_TIME',
      path: 'time',
      ...lawSays('INVALID_TIME', { value: valueKind(time) }),
    });
  }
  return kyivWallInstant(epochDay, Number(clock[1]) * 60 + Number(clock[2])).iso;
}
