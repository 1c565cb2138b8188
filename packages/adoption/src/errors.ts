import { issuesFrom, ViknoError } from '@vikno/law';
import type { z } from 'zod';
import { adoptionSays } from './messages/index.js';

/**
 * What went wrong with a call of `@vikno/adoption`, as a stable code.
 *
 * - `INVALID_PROFILE`: a hromada's profile given to {@link adviseModel} that is not one; `issues` holds every
 *   problem with its path.
 * - `INVALID_INPUT`: any other malformed argument or option; `issues` holds every problem with its path.
 * - `NO_SERVICES`: a document for a CNAP under a model would list no service: none of the catalogue's social
 *   services goes through the CNAP's channels under that model.
 * - `UNKNOWN_STEP`: a plan's progress names a step the plan does not have.
 * - `INVALID_TRANSITION`: a step of a plan marked started or done out of order (before the steps it depends on are
 *   done, or done before it was started).
 */
export type AdoptionErrorCode =
  | 'INVALID_PROFILE'
  | 'INVALID_INPUT'
  | 'NO_SERVICES'
  | 'UNKNOWN_STEP'
  | 'INVALID_TRANSITION';

/**
 * The one error this package throws: a `ViknoError` of `@vikno/law`, with a stable `code`, the `path` of the bad
 * value and messages in Ukrainian (`uk`) and English (`en`). Messages and issues name what was wrong and where,
 * never the value given.
 *
 * @example
 * ```ts
 * import { AdoptionError, adviseModel } from '@vikno/adoption';
 *
 * try {
 *   adviseModel({ community: 'a village' });
 * } catch (error) {
 *   if (error instanceof AdoptionError) console.log(error.code, error.path);
 *   //=> 'INVALID_PROFILE' 'profile'
 * }
 * ```
 */
export class AdoptionError extends ViknoError<AdoptionErrorCode> {
  override readonly name = 'AdoptionError';
}

/** An {@link AdoptionError} listing every problem zod found in a value at `path`. */
export function invalid(
  code: 'INVALID_PROFILE' | 'INVALID_INPUT',
  path: string,
  error: z.ZodError,
): AdoptionError {
  const issues = issuesFrom(error, path);
  return new AdoptionError({ code, path, ...adoptionSays(code, { count: issues.length }), issues });
}
