import { ViknoError, type ViknoErrorDetails } from '@vikno/law';

/**
 * What went wrong, as a stable machine-readable code.
 *
 * - `UNKNOWN_SERVICE`: no catalogue service has this id; `suggestions` holds the nearest ids.
 * - `NO_RULE`: the service exists, but no document rule covers it on the `asOf` day.
 * - `INVALID_FACTS`: facts with unknown names or wrong types; `issues` holds every problem with its path.
 * - `INVALID_PACKAGE`: a submitted package or a checklist that is malformed; `issues` holds every problem.
 * - `INVALID_RULES`: rule data that fails validation; `issues` holds every problem.
 * - `INVALID_DATE`: a day that is not a real `YYYY-MM-DD` date.
 * - `INVALID_OPTION`: any other malformed argument.
 */
export type ChecklistErrorCode =
  | 'UNKNOWN_SERVICE'
  | 'NO_RULE'
  | 'INVALID_FACTS'
  | 'INVALID_PACKAGE'
  | 'INVALID_RULES'
  | 'INVALID_DATE'
  | 'INVALID_OPTION';

/** The parts of a {@link ChecklistError}. */
export type ChecklistErrorDetails = ViknoErrorDetails<ChecklistErrorCode>;

/**
 * The one error this package throws for bad input: a `ViknoError` of `@vikno/law`. Messages name fields and ids,
 * never the values of facts, so nothing personal ends up in logs.
 *
 * @example
 * ```ts
 * import { buildChecklist, ChecklistError } from '@vikno/checklists';
 *
 * try {
 *   buildChecklist('birth-assistance', { age: -1 });
 * } catch (error) {
 *   if (error instanceof ChecklistError) console.log(error.code, error.issues[0]?.path);
 *   //=> 'INVALID_FACTS' 'facts.age'
 * }
 * ```
 */
export class ChecklistError extends ViknoError<ChecklistErrorCode> {
  override readonly name = 'ChecklistError';
}
