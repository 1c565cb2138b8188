/**
 * What went wrong, as a stable machine-readable code.
 *
 * - `INVALID_DATE`: not a `YYYY-MM-DD` string, or no such day (`2026-02-30`).
 * - `DATE_OUT_OF_RANGE`: a real date outside the calendar's supported range, or a result that would fall outside it.
 * - `INVALID_AMOUNT`: a term amount or day count that is not a whole number in range.
 * - `UNKNOWN_UNIT`: a term unit this package does not know.
 * - `INVALID_SUSPENSION`: a suspension that ends before it starts or starts before the term's event.
 * - `OVERLAPPING_SUSPENSIONS`: two suspensions that share a day.
 * - `INVALID_INSTANT`: an instant that is not a valid `Date`, epoch milliseconds, or ISO 8601 string with an offset.
 * - `INVALID_TIME`: office hours that are not `HH:MM`.
 * - `INVALID_OPTION`: any other malformed option.
 */
export type DeadlinesErrorCode =
  | 'INVALID_DATE'
  | 'DATE_OUT_OF_RANGE'
  | 'INVALID_AMOUNT'
  | 'UNKNOWN_UNIT'
  | 'INVALID_SUSPENSION'
  | 'OVERLAPPING_SUSPENSIONS'
  | 'INVALID_INSTANT'
  | 'INVALID_TIME'
  | 'INVALID_OPTION';

/** The parts of a {@link DeadlinesError}: its code, where the bad value was, and the message in both languages. */
export interface DeadlinesErrorDetails {
  /** What went wrong. */
  readonly code: DeadlinesErrorCode;
  /** Where the bad value was, as a dotted path into the call's arguments, e.g. `suspensions.1.to`. */
  readonly path: string;
  /** The message in Ukrainian. */
  readonly uk: string;
  /** The message in English. */
  readonly en: string;
}

/**
 * The one error this package throws for bad input. Never a wrong date instead.
 *
 * `message` holds the English text then the Ukrainian one; `code` and `path` are for programs.
 *
 * @example
 * ```ts
 * import { DeadlinesError, isWorkingDay } from '@vikno/deadlines';
 *
 * try {
 *   isWorkingDay('2026-02-30');
 * } catch (error) {
 *   if (error instanceof DeadlinesError) console.log(error.code, error.path);
 *   //=> 'INVALID_DATE' 'date'
 * }
 * ```
 */
export class DeadlinesError extends Error implements DeadlinesErrorDetails {
  override readonly name = 'DeadlinesError';
  readonly code: DeadlinesErrorCode;
  readonly path: string;
  readonly uk: string;
  readonly en: string;

  /** @param details - the code, path and both messages. */
  constructor(details: DeadlinesErrorDetails) {
    super(`${details.path}: ${details.en} / ${details.uk}`);
    this.code = details.code;
    this.path = details.path;
    this.uk = details.uk;
    this.en = details.en;
  }
}

/** Shows a rejected value in a message, shortened so an error never carries a large or sensitive payload. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 32 ? `${value.slice(0, 32)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (value instanceof Date) return 'Date';
  return typeof value;
}
