import { type Issue, ViknoError, type ViknoErrorDetails, valueKind } from '@vikno/law';

export { issuesFrom } from '@vikno/law';

/**
 * What went wrong, as a stable machine-readable code.
 *
 * - `UNKNOWN_SERVICE`: no service has this id; `suggestions` holds the nearest ids.
 * - `NOT_AVAILABLE`: the service exists but not on the `asOf` day (not yet, or no longer).
 * - `INVALID_DATE`: `asOf` is not a real `YYYY-MM-DD` day.
 * - `INVALID_OPTION`: a filter or option is malformed (an unknown channel, a stray field).
 * - `INVALID_CATALOG`: services or a vendor extension fail validation; `issues` holds every problem.
 * - `INVALID_CNAP`: a CNAP's details fail validation; `issues` holds every problem.
 */
export type CatalogErrorCode =
  | 'UNKNOWN_SERVICE'
  | 'NOT_AVAILABLE'
  | 'INVALID_DATE'
  | 'INVALID_OPTION'
  | 'INVALID_CATALOG'
  | 'INVALID_CNAP';

/**
 * One validation problem: where it is, a stable code, and what it is in Ukrainian and English. The `Issue` of
 * `@vikno/law`, under the name this package gave it first.
 *
 * @example
 * ```ts
 * import { type CatalogIssue, validateServices } from '@vikno/catalog';
 *
 * const result = validateServices([{ id: 'x' }]);
 * const issues: readonly CatalogIssue[] = result.success ? [] : result.issues;
 * issues[0]?.code;
 * //=> 'INVALID_TYPE'
 * ```
 */
export type CatalogIssue = Issue;

/**
 * The parts of an error of a Vikno package: `ViknoErrorDetails` of `@vikno/law`, under the name this package gave
 * it first.
 *
 * @example
 * ```ts
 * import type { IssuesErrorDetails } from '@vikno/catalog';
 *
 * const details: IssuesErrorDetails<'UNKNOWN_RECIPIENT'> = {
 *   code: 'UNKNOWN_RECIPIENT',
 *   path: 'input.recipientId',
 *   en: 'No such recipient',
 *   uk: 'Немає такого отримувача',
 * };
 * ```
 */
export type IssuesErrorDetails<Code extends string> = ViknoErrorDetails<Code>;

/**
 * The base of every Vikno error: `ViknoError` of `@vikno/law`, the same class under the name this package gave it
 * first, so `instanceof IssuesError` and `extends IssuesError` keep working and catch the errors of every package
 * (`DeadlinesError` included).
 *
 * @example
 * ```ts
 * import { IssuesError } from '@vikno/catalog';
 * import { ViknoError } from '@vikno/law';
 *
 * IssuesError === ViknoError;
 * //=> true
 * ```
 */
export const IssuesError = ViknoError;
/** An error of any Vikno package, with its code: `ViknoError` of `@vikno/law`. */
export type IssuesError<Code extends string = string> = ViknoError<Code>;

/** The parts of a {@link CatalogError}. */
export type CatalogErrorDetails = ViknoErrorDetails<CatalogErrorCode>;

/**
 * The one error this package throws for bad input: a `ViknoError` of `@vikno/law`. `message` holds the English then
 * the Ukrainian text; `code`, `path`, `suggestions` and `issues` are for programs.
 *
 * @example
 * ```ts
 * import { CatalogError, getService } from '@vikno/catalog';
 *
 * try {
 *   getService('birth-asistance');
 * } catch (error) {
 *   if (error instanceof CatalogError) console.log(error.code, error.suggestions);
 *   //=> 'UNKNOWN_SERVICE' ['birth-assistance', …]
 * }
 * ```
 */
export class CatalogError extends ViknoError<CatalogErrorCode> {
  override readonly name = 'CatalogError';
}

/**
 * Describes a rejected value for a message by its kind and size only, never its content: a name or a tax number
 * typed into the wrong field must not reach an error or a log. In English by default, or in Ukrainian: `valueKind` of
 * `@vikno/law`, in one language.
 *
 * @param value - the rejected value.
 * @param language - `en` (the default) or `uk`.
 * @example
 * ```ts
 * import { describeValue } from '@vikno/catalog';
 *
 * describeValue('Петренко Іван 3012456789');
 * //=> 'a string of 24 characters'
 * describeValue('x'.repeat(1_048_576), 'uk');
 * //=> 'рядок із 1 048 576 символів'
 * describeValue({ name: 'Петренко' });
 * //=> 'an object with 1 field'
 * describeValue(null);
 * //=> 'null'
 * ```
 */
export function describeValue(value: unknown, language: 'uk' | 'en' = 'en'): string {
  return valueKind(value)[language];
}
