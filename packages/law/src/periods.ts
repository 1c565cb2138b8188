import { addDays, type CivilDate, tryParseCivilDate } from './civil-date.js';
import { LawError } from './errors.js';
import { lawSays } from './messages/index.js';
import { valueKind } from './value-kind.js';

/** The keys of a series, or `INVALID_OPTION` for what is not an object of values by start day. */
function keysOf(series: unknown): string[] {
  if (typeof series !== 'object' || series === null || Array.isArray(series)) {
    throw new LawError({
      code: 'INVALID_OPTION',
      path: 'series',
      ...lawSays('NOT_A_SERIES', { value: valueKind(series) }),
    });
  }
  return Object.keys(series);
}

/** The key of a value that applied from before anything the data records. */
export const EARLIEST = 'earliest';

/**
 * What is wrong with a key of a series keyed by start day: `earliest` not first (or ending nothing), a key that is
 * not a real day, days not in increasing order, or an end (`null`) right after no value.
 */
export type PeriodKeyProblem =
  | 'EARLIEST_NOT_FIRST'
  | 'KEY_NOT_A_DAY'
  | 'KEYS_OUT_OF_ORDER'
  | 'END_WITHOUT_VALUE';

/** One value of a series keyed by start day, with the days it applies: both ends inclusive, an absent end open. */
export interface Period<T> {
  /** The key it was written under: `earliest` or a day. */
  readonly key: string;
  /** Its place among the keys, counting the ends (`null`) too. */
  readonly position: number;
  /** The first day it applies; absent for `earliest`. */
  readonly from?: CivilDate;
  /** The last day it applies, the day before the next key; absent while it still applies. */
  readonly to?: CivilDate;
  /** The value. */
  readonly value: T;
}

/**
 * The problems of the keys of a series keyed by start day (OpenFisca's way of writing dated data): `earliest` may
 * only come first and may not be an end; the others are real days `YYYY-MM-DD` in increasing order; an end (`null`)
 * comes right after a value. Each problem names the key's position; a package reports them as its own errors.
 *
 * @param series - the values by start day.
 * @returns every problem, in the order of the keys; empty when the keys are sound.
 * @throws {@link LawError} `INVALID_OPTION` for what is not an object.
 * @example
 * ```ts
 * import { periodKeyProblems } from '@vikno/law';
 *
 * periodKeyProblems({ earliest: 1, '2025-07-01': 2 });
 * //=> []
 * periodKeyProblems({ '2025-07-01': 2, '2025-02-30': null });
 * //=> [{ position: 1, problem: 'KEY_NOT_A_DAY' }]
 * ```
 */
export function periodKeyProblems(
  series: Readonly<Record<string, unknown>>,
): { readonly position: number; readonly problem: PeriodKeyProblem }[] {
  const keys = keysOf(series);
  const problems: { position: number; problem: PeriodKeyProblem }[] = [];
  let previousDay: string | undefined;
  for (const [position, key] of keys.entries()) {
    const ended = series[key] === null;
    if (key === EARLIEST) {
      if (position !== 0 || ended) problems.push({ position, problem: 'EARLIEST_NOT_FIRST' });
      continue;
    }
    if (tryParseCivilDate(key) === undefined) {
      problems.push({ position, problem: 'KEY_NOT_A_DAY' });
      continue;
    }
    if (previousDay !== undefined && key <= previousDay)
      problems.push({ position, problem: 'KEYS_OUT_OF_ORDER' });
    const previous = position === 0 ? null : series[keys[position - 1] as string];
    if (ended && (previous === null || previous === undefined)) {
      problems.push({ position, problem: 'END_WITHOUT_VALUE' });
    }
    previousDay = key;
  }
  return problems;
}

/**
 * The values of a series keyed by start day as periods: each from its key to the day before the next key, an end
 * (`null`) dropped. Keys out of place are refused with the problems {@link periodKeyProblems} names; a package that
 * reports them as its own errors asks that function first.
 *
 * @param series - the values by start day, keys checked.
 * @throws {@link LawError} `INVALID_OPTION` for what is not an object, or keys out of place (each an issue).
 * @example
 * ```ts
 * import { periodsOf } from '@vikno/law';
 *
 * periodsOf({ earliest: 'УСЗН', '2025-07-01': 'ПФУ' }).map(({ from, to, value }) => ({ from, to, value }));
 * //=> [{ from: undefined, to: '2025-06-30', value: 'УСЗН' }, { from: '2025-07-01', to: undefined, value: 'ПФУ' }]
 * ```
 */
export function periodsOf<T>(series: Readonly<Record<string, T | null>>): Period<T>[] {
  const keys = keysOf(series);
  // A key out of place would give a wrong period, not an error: refused, every problem at its position.
  const problems = periodKeyProblems(series);
  if (problems.length > 0) {
    const issues = problems.map(({ position, problem }) => ({
      path: `series.${position}`,
      code: problem,
      ...lawSays('PERIOD_KEY', {}),
    }));
    throw new LawError({
      code: 'INVALID_OPTION',
      path: 'series',
      issues,
      ...lawSays('PERIOD_KEYS', { count: issues.length }),
    });
  }
  const periods: Period<T>[] = [];
  for (const [position, key] of keys.entries()) {
    const value = series[key];
    if (value === null || value === undefined) continue;
    const next = keys[position + 1];
    periods.push({
      key,
      position,
      ...(key === EARLIEST ? {} : { from: key }),
      ...(next === undefined ? {} : { to: addDays(next, -1) }),
      value,
    });
  }
  return periods;
}
