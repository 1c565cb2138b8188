// Kyiv time is @vikno/law's; the calendar's functions answer its errors as DeadlinesErrors.
import {
  type CivilDate,
  type Instant,
  instantToEpochMs as lawInstantToEpochMs,
  kyivDayOf as lawKyivDayOf,
  kyivInstant as lawKyivInstant,
  toKyivDate as lawToKyivDate,
} from '@vikno/law';
import { DeadlinesError } from './errors.js';

export type { Instant } from '@vikno/law';

/** What a function of `@vikno/law` gives, its error answered as this package's. */
function answered<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw DeadlinesError.from(error);
  }
}

export { KYIV_TIME_ZONE, kyivWallClock, kyivWallInstant } from '@vikno/law';

/** Epoch milliseconds of an instant, or `INVALID_INSTANT` naming the path. */
export function instantToEpochMs(value: unknown, path: string): number {
  return answered(() => lawInstantToEpochMs(value, path));
}

/** The epoch milliseconds and Kyiv civil day of an instant in the supported range. */
export function kyivDayOf(value: unknown, path: string): { ms: number; epochDay: number } {
  return answered(() => lawKyivDayOf(value, path));
}

/**
 * The civil date in Kyiv of an instant, DST-correct: the one conversion from instants to legal days
 * (`toKyivDate` of `@vikno/law`, throwing this package's error).
 *
 * @param instant - a `Date`, epoch milliseconds, or an ISO 8601 string with an offset
 * @returns the Kyiv date, `YYYY-MM-DD`, from `FIRST_SUPPORTED_DAY` to `LAST_SUPPORTED_DAY`
 * @throws {@link DeadlinesError} `INVALID_INSTANT`, or `DATE_OUT_OF_RANGE` for an instant on a day outside the
 *   supported range
 *
 * @example
 * ```ts
 * import { toKyivDate } from '@vikno/deadlines';
 *
 * toKyivDate('2026-03-01T22:30:00Z'); // 00:30 on 2 March in Kyiv
 * //=> '2026-03-02'
 * ```
 */
export function toKyivDate(instant: Instant): CivilDate {
  return answered(() => lawToKyivDate(instant));
}

/**
 * The instant of a Kyiv wall-clock time on a civil day, with the offset in force that day (`+02:00` in winter,
 * `+03:00` in summer, DST-correct): `kyivInstant` of `@vikno/law`, throwing this package's error.
 *
 * @param date - a civil date `YYYY-MM-DD` within the supported range.
 * @param time - the wall-clock time `HH:MM`.
 * @throws {@link DeadlinesError} `INVALID_DATE`, `DATE_OUT_OF_RANGE` or `INVALID_TIME`.
 * @example
 * ```ts
 * import { kyivInstant } from '@vikno/deadlines';
 *
 * kyivInstant('2026-10-26', '09:00'); // the Monday after the change to winter time
 * //=> '2026-10-26T09:00:00+02:00'
 * ```
 */
export function kyivInstant(date: CivilDate, time: string): string {
  return answered(() => lawKyivInstant(date, time));
}
