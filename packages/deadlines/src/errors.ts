import { pluralUk } from './plural.js';

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

/**
 * Describes a rejected value by its kind and size only, never its content: a name or a tax number typed into a
 * date must not reach an error or a log. The one description every Vikno package puts in its messages. Ukrainian
 * counts take the genitive after «із»: рядок із 1 символу, із 5 символів.
 *
 * @param value - the rejected value, of any kind.
 * @example
 * ```ts
 * import { valueKind } from '@vikno/deadlines';
 *
 * valueKind('Петренко Іван 3012456789');
 * //=> { uk: 'рядок із 24 символів', en: 'a string of 24 characters' }
 * valueKind({ name: 'Петренко' });
 * //=> { uk: 'об’єкт із 1 поля', en: 'an object with 1 field' }
 * ```
 */
export function valueKind(value: unknown): { readonly uk: string; readonly en: string } {
  const counted = (n: number, en: string, forms: readonly [string, string, string]) => ({
    en: `${groupThousands(n, ',')} ${en}${n === 1 ? '' : 's'}`,
    uk: `${groupThousands(n, '\u00a0')} ${pluralUk(n, forms)}`,
  });
  try {
    if (typeof value === 'string') {
      if (value === '') return { uk: 'порожній рядок', en: 'an empty string' };
      const size = counted(value.length, 'character', ['символу', 'символів', 'символів']);
      return { uk: `рядок із ${size.uk}`, en: `a string of ${size.en}` };
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { uk: String(value), en: String(value) };
      return Number.isInteger(value)
        ? { uk: 'ціле число', en: 'a whole number' }
        : { uk: 'дробове число', en: 'a fractional number' };
    }
    if (typeof value === 'boolean' || value === null || value === undefined) {
      return { uk: String(value), en: String(value) };
    }
    if (typeof value === 'bigint') return { uk: 'велике ціле число (bigint)', en: 'a bigint' };
    if (typeof value === 'symbol') return { uk: 'символ (Symbol)', en: 'a symbol' };
    if (typeof value === 'function') return { uk: 'функція', en: 'a function' };
    if (Array.isArray(value)) {
      const size = counted(value.length, 'item', ['елемента', 'елементів', 'елементів']);
      return { uk: `масив із ${size.uk}`, en: `an array of ${size.en}` };
    }
    if (value instanceof Date) {
      return Number.isNaN(value.getTime())
        ? { uk: 'недійсний об’єкт Date', en: 'an invalid Date' }
        : { uk: 'об’єкт Date', en: 'a Date' };
    }
    const size = counted(Object.keys(value).length, 'field', ['поля', 'полів', 'полів']);
    return { uk: `об’єкт із ${size.uk}`, en: `an object with ${size.en}` };
  } catch {
    // A proxy whose traps throw: its kind is all there is to say.
    return { uk: 'об’єкт', en: 'an object' };
  }
}

function groupThousands(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
