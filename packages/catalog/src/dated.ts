import { CivilDate } from '@vikno/deadlines';
import { z } from 'zod';
import { CatalogError, issuesFrom } from './errors.js';
import { catalogSays } from './messages/index.js';
import type { Dated } from './schema.js';

const OPEN_END = '9999-12-31';
const FIRST_DAY = '0000-01-01';

/** The periods of a series as the public helpers accept them: only the ends are read. */
const Periods = z
  .array(z.object({ from: CivilDate.optional(), to: CivilDate.optional() }).loose())
  .max(10_000);
const Period = z.object({ from: CivilDate.optional(), to: CivilDate.optional() }).loose();

/** `value` parsed by `schema`, or `INVALID_OPTION` at `path` saying what was expected, with every issue. */
function checked<T>(
  schema: z.ZodType<T>,
  value: unknown,
  path: string,
  expected: 'EXPECTED_SERIES' | 'EXPECTED_DAY' | 'EXPECTED_PERIOD',
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CatalogError({
    code: 'INVALID_OPTION',
    path,
    ...catalogSays(expected, {}),
    issues: issuesFrom(parsed.error, path),
  });
}

function checkedSeries(series: unknown): readonly { from?: string | undefined; to?: string | undefined }[] {
  return checked(Periods, series, 'series', 'EXPECTED_SERIES');
}

/**
 * The value of a dated series on a day, or `undefined` when none applies. Civil dates compare as strings.
 *
 * @param series - a dated series (its periods do not overlap).
 * @param asOf - a `YYYY-MM-DD` day.
 * @throws {@link CatalogError} `INVALID_OPTION` for a malformed series or day.
 * @example
 * ```ts
 * import { getService, valueAt } from '@vikno/catalog';
 *
 * const { record } = getService('idp-living-allowance', { asOf: '2026-03-02' });
 * valueAt(record.provider, '2025-06-30')?.value.kind;
 * //=> 'uszn'
 * valueAt(record.provider, '2025-07-01')?.value.kind;
 * //=> 'pfu'
 * valueAt(record.available, '2022-03-19');
 * //=> undefined
 * ```
 */
export function valueAt<T>(series: readonly Dated<T>[], asOf: string): Dated<T> | undefined {
  const periods = checkedSeries(series) as readonly Dated<T>[];
  const day = checked(CivilDate, asOf, 'asOf', 'EXPECTED_DAY');
  return entryOn(periods, day);
}

/** {@link valueAt} of a series already validated. */
export function entryOn<T>(series: readonly Dated<T>[], asOf: string): Dated<T> | undefined {
  for (const entry of series) {
    if ((entry.from === undefined || entry.from <= asOf) && (entry.to === undefined || asOf <= entry.to)) {
      return entry;
    }
  }
  return undefined;
}

/** The day after a civil date, by UTC arithmetic on the date alone (no time zone is involved). */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A gap in a series' coverage of a period: the first and last uncovered day. */
export interface CoverageGap {
  /** The first day with no value, or `…` when the gap has no first day (it runs from the beginning of time). */
  readonly from: string;
  /** The last day with no value (`9999-12-31` when open). */
  readonly to: string;
}

/**
 * The days of `[from, to]` on which a series has no value, as gaps. Used to check that every required field of
 * a service has a value on every day the service exists.
 *
 * @example
 * ```ts
 * import { coverageGaps, getService } from '@vikno/catalog';
 *
 * // The living allowance exists from 2022-03-20; its term was 30 calendar days until 2022-08-18.
 * const { record } = getService('idp-living-allowance', { asOf: '2026-03-02' });
 * coverageGaps(record.term, { from: '2022-03-20' });
 * //=> []
 * coverageGaps(record.term.slice(1), { from: '2022-03-20' });
 * //=> [{ from: '2022-03-20', to: '2022-08-18' }]
 * ```
 */
export function coverageGaps(
  series: readonly Dated<unknown>[],
  period: { readonly from?: string | undefined; readonly to?: string | undefined },
): CoverageGap[] {
  const periods = checkedSeries(series) as readonly Dated<unknown>[];
  const within = checked(Period, period, 'period', 'EXPECTED_PERIOD');
  return gapsIn(periods, within);
}

/** {@link coverageGaps} of a series and a period already validated. */
export function gapsIn(
  series: readonly Dated<unknown>[],
  period: { readonly from?: string | undefined; readonly to?: string | undefined },
): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  const end = period.to ?? OPEN_END;
  let cursor = period.from ?? '';
  const sorted = [...series].sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : 1));
  for (const entry of sorted) {
    const entryFrom = entry.from ?? '';
    const entryTo = entry.to ?? OPEN_END;
    if (entryTo < cursor) continue;
    // No day precedes 0000-01-01 in YYYY-MM-DD, so a value from that day leaves no gap before it.
    if (entryFrom > cursor && entryFrom > FIRST_DAY) {
      const gapEnd = entryFrom > end ? end : previousDay(entryFrom);
      gaps.push({ from: cursor === '' ? '…' : cursor, to: gapEnd });
    }
    if (entryTo >= end) return gaps;
    cursor = dayAfter(entryTo);
  }
  if (cursor <= end) gaps.push({ from: cursor === '' ? '…' : cursor, to: end });
  return gaps;
}

function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
