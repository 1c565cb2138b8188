import { LawError, ViknoError, type ViknoErrorDetails } from '@vikno/law';

export { valueKind } from '@vikno/law';

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
export interface DeadlinesErrorDetails extends ViknoErrorDetails<DeadlinesErrorCode> {
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
export class DeadlinesError extends ViknoError<DeadlinesErrorCode> {
  override readonly name = 'DeadlinesError';

  /**
   * The same error as this package's: the civil dates and Kyiv time of `@vikno/law` throw a `LawError`, which the
   * calendar's functions answer as a `DeadlinesError` with the same code, path and messages.
   *
   * @param error - what a function of `@vikno/law` threw; anything else is given back unchanged.
   * @example
   * ```ts
   * import { DeadlinesError } from '@vikno/deadlines';
   * import { addMonths } from '@vikno/law';
   *
   * function monthLater(date: string): string {
   *   try {
   *     return addMonths(date, 1);
   *   } catch (error) {
   *     throw DeadlinesError.from(error); // a DeadlinesError INVALID_DATE for '2026-02-30'
   *   }
   * }
   * ```
   */
  static from<E>(error: E): DeadlinesError | E {
    if (!(error instanceof LawError) || !LAW_CODES.has(error.code)) return error;
    return new DeadlinesError({
      code: error.code as DeadlinesErrorCode,
      path: error.path,
      uk: error.uk,
      en: error.en,
      issues: error.issues,
    });
  }
}

const LAW_CODES: ReadonlySet<string> = new Set<DeadlinesErrorCode>([
  'INVALID_DATE',
  'DATE_OUT_OF_RANGE',
  'INVALID_AMOUNT',
  'INVALID_INSTANT',
  'INVALID_TIME',
  'INVALID_OPTION',
]);
