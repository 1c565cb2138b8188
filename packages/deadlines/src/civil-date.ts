import { outsideSupportedDays, tryParseCivilDate } from '@vikno/law';
import { DeadlinesError, valueKind } from './errors.js';
import { deadlinesSays } from './messages/index.js';

// The civil date and its arithmetic are @vikno/law's; this module keeps the package's own errors about them.
export {
  CivilDate,
  civilOf,
  daysInMonth,
  epochDayOf,
  FIRST_SUPPORTED_DAY,
  formatEpochDay,
  formatEpochDayUk,
  isoWeekdayOf,
  LAST_SUPPORTED_DAY,
  tryParseCivilDate,
} from '@vikno/law';

/** Throws the `INVALID_DATE` error for a value at a path. */
export function invalidDate(value: unknown, path: string): DeadlinesError {
  return new DeadlinesError({
    code: 'INVALID_DATE',
    path,
    ...deadlinesSays('INVALID_DATE', { value: valueKind(value) }),
  });
}

/** The error for a real day, or an instant, outside the supported range. */
export function outOfRange(path: string): DeadlinesError {
  return DeadlinesError.from(outsideSupportedDays(path)) as DeadlinesError;
}

/** Parses a civil date or throws `INVALID_DATE` naming the path. Does not check the supported range. */
export function parseCivilDate(value: unknown, path: string): number {
  const epochDay = tryParseCivilDate(value);
  if (epochDay === undefined) throw invalidDate(value, path);
  return epochDay;
}
