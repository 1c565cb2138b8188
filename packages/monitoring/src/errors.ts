import { issuesFrom, ViknoError } from '@vikno/law';
import type { z } from 'zod';
import { monitoringSays } from './messages/index.js';
import type { MonitoringMessageParams } from './messages/params.js';

/**
 * What went wrong with a monitoring call, as a stable code.
 *
 * - `INVALID_INPUT`: a malformed argument or option (`from`, `to`, `now`, `groupBy`, …); `issues` holds every
 *   problem with its path.
 * - `INVALID_CASE`: a case among those given that is neither a persisted case it can read nor a case record; the
 *   path names it by its place (`cases.41.snapshot`), never by its id.
 */
export type MonitoringErrorCode = 'INVALID_INPUT' | 'INVALID_CASE';

/**
 * The one error this package throws: a `ViknoError` of `@vikno/law`, with a stable `code`, the `path` of the bad
 * value and messages in Ukrainian (`uk`) and English (`en`). Messages name the kind and size of a bad value, never
 * the value itself: no case id, office, name or date that was given.
 *
 * @example
 * ```ts
 * import { caseRecord, MonitoringError } from '@vikno/monitoring';
 *
 * try {
 *   caseRecord({ format: 'vikno.case', snapshot: 'not json' });
 * } catch (error) {
 *   if (error instanceof MonitoringError) console.log(error.code, error.path);
 *   //=> 'INVALID_CASE' 'persisted.snapshot'
 * }
 * ```
 */
export class MonitoringError extends ViknoError<MonitoringErrorCode> {
  override readonly name = 'MonitoringError';
}

/** Throws a {@link MonitoringError} with the message `message` of the message files. */
export function fail<Message extends keyof MonitoringMessageParams>(
  code: MonitoringErrorCode,
  path: string,
  message: Message,
  params: MonitoringMessageParams[Message],
): never {
  throw new MonitoringError({ code, path, ...monitoringSays(message, params) });
}

/** A {@link MonitoringError} listing every problem zod found in a value at `path`. */
export function invalid(code: MonitoringErrorCode, path: string, error: z.ZodError): MonitoringError {
  const issues = issuesFrom(error, path);
  return new MonitoringError({
    code,
    path,
    ...monitoringSays('INVALID_INPUT', { count: issues.length }),
    issues,
  });
}
