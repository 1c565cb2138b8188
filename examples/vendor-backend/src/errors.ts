// The backend's one error shape, `{ error: { code, uk, en, path?, issues? } }`, for every status it answers with
// an error: what a route refuses, what Fastify refuses before a route (a URL that is not UTF-8, a body too large),
// an unknown route, a refused event, a rate limit, a database that does not answer, a failure inside.
//
// A client's text may be a name or a tax number typed into the wrong field, so no error repeats a value the
// client sent: `path` and each issue's path name where (`body.model`, `headers.authorization`), and only the API's
// own field names; a key the client chose is `*`.
import type { ViknoError } from '@vikno/law';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

/** One problem with a request: where, what kind (a zod issue's code, `unstorableText`), in both languages. */
export const ApiIssue = z
  .object({
    path: z.string().max(200),
    code: z.string().max(64).optional(),
    uk: z.string().min(1).max(500),
    en: z.string().min(1).max(500),
  })
  .strict();
export type ApiIssue = z.infer<typeof ApiIssue>;

/**
 * Every error the backend answers with. `code` is upper snake case (`CASE_NOT_FOUND`); `path` says where when one
 * place is at fault; `issues` lists each problem of an invalid request (at most 10); `suggestions` are the SDK's
 * (the catalog's service ids near an unknown one); `state` is the case's state when an event was refused.
 */
export const ApiError = z
  .object({
    error: z
      .object({
        code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
        uk: z.string().min(1).max(500),
        en: z.string().min(1).max(500),
        path: z.string().max(200).optional(),
        issues: z.array(ApiIssue).max(10).optional(),
        suggestions: z.array(z.string().max(200)).max(10).optional(),
        state: z.string().max(200).optional(),
      })
      .strict(),
  })
  .strict();
export type ApiError = z.infer<typeof ApiError>;
export type ApiErrorBody = ApiError['error'];

/**
 * A refusal a route throws (or Fastify's hooks do): the error handler answers it with its status and body.
 *
 * @example
 * throw new HttpError(404, ERRORS.caseNotFound);
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(body.en);
  }
}

/** The errors the backend gives, each once, by what happened. */
export const ERRORS = {
  badRequest: { code: 'BAD_REQUEST', uk: 'Запит не прочитано', en: 'The request could not be read' },
  invalidJson: {
    code: 'INVALID_JSON',
    uk: 'Тіло запиту не є JSON у UTF-8',
    en: 'The request body is not JSON in UTF-8',
  },
  unauthenticated: {
    code: 'UNAUTHENTICATED',
    uk: 'Потрібен токен доступу (Authorization: Bearer …)',
    en: 'An access token is required (Authorization: Bearer …)',
    path: 'headers.authorization',
  },
  tokenInvalid: {
    code: 'TOKEN_INVALID',
    uk: 'Токен доступу недійсний',
    en: 'The access token is not valid',
    path: 'headers.authorization',
  },
  tokenExpired: {
    code: 'TOKEN_EXPIRED',
    uk: 'Строк дії токена доступу минув',
    en: 'The access token has expired',
    path: 'headers.authorization',
  },
  roleNotPermitted: {
    code: 'ROLE_NOT_PERMITTED',
    uk: 'Ця роль не має на це права',
    en: 'This role may not do this',
  },
  officeNotPermitted: {
    code: 'OFFICE_NOT_PERMITTED',
    uk: 'Дані іншого офісу недоступні',
    en: "Another office's data is not available",
  },
  routeNotFound: { code: 'ROUTE_NOT_FOUND', uk: 'Такого запиту немає', en: 'No such route' },
  caseNotFound: {
    code: 'CASE_NOT_FOUND',
    uk: 'Справу не знайдено',
    en: 'Case not found',
    path: 'params.id',
  },
  notAcceptable: {
    code: 'NOT_ACCEPTABLE',
    uk: 'Відповідь видається як JSON, CSV (text/csv) або XLSX',
    en: 'The answer is given as JSON, CSV (text/csv) or XLSX',
    path: 'headers.accept',
  },
  payloadTooLarge: {
    code: 'PAYLOAD_TOO_LARGE',
    uk: 'Тіло запиту завелике',
    en: 'The request body is too large',
  },
  uriTooLong: { code: 'URI_TOO_LONG', uk: 'Адреса запиту задовга', en: 'The request URL is too long' },
  unsupportedMediaType: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    uk: 'Тіло запиту має бути JSON у UTF-8 (application/json)',
    en: 'The request body must be JSON in UTF-8 (application/json)',
    path: 'headers.content-type',
  },
  tooManyRequests: {
    code: 'TOO_MANY_REQUESTS',
    uk: 'Забагато спроб; спробуйте пізніше',
    en: 'Too many attempts; try again later',
  },
  internal: { code: 'INTERNAL', uk: 'Внутрішня помилка', en: 'Internal error' },
  notReady: {
    code: 'NOT_READY',
    uk: 'Сервіс ще не готовий: база даних не відповідає або її схема не оновлена',
    en: 'The service is not ready: the database does not answer or its schema is not up to date',
  },
} as const satisfies Record<string, ApiErrorBody>;

/** The status of each error Fastify itself may raise (its own message quotes the URL, so it is never sent). */
const FRAMEWORK: Readonly<Record<number, ApiErrorBody>> = {
  400: ERRORS.badRequest,
  404: ERRORS.routeNotFound,
  406: ERRORS.notAcceptable,
  413: ERRORS.payloadTooLarge,
  414: ERRORS.uriTooLong,
  415: ERRORS.unsupportedMediaType,
  429: ERRORS.tooManyRequests,
};

/**
 * The answer to an error Fastify raised with a 4xx status: its status's own error, or a 400 for one without.
 *
 * @example
 * frameworkError(413) //=> [413, ERRORS.payloadTooLarge]
 */
export function frameworkError(status: number): [number, ApiErrorBody] {
  const body = FRAMEWORK[status];
  return body ? [status, body] : [400, ERRORS.badRequest];
}

/**
 * A 400 `INVALID_REQUEST` from zod's issues about `where` (`body`, `query`, `params`, `headers`): each issue's path
 * and code, never its message (zod's messages may quote the value). A key not in `fields` is written `*`.
 *
 * @example
 * throw invalidRequest('query', parsed.error.issues, new Set(['from', 'to']));
 */
export function invalidRequest(
  where: string,
  issues: readonly z.core.$ZodIssue[],
  fields?: ReadonlySet<string>,
): HttpError {
  return invalidIssues(
    where,
    issues.map((issue) => ({
      path: [
        where,
        ...issue.path.map((key) =>
          typeof key === 'string' && fields !== undefined && !fields.has(key) ? '*' : String(key),
        ),
      ].join('.'),
      code: issue.code,
      uk: `Неприпустиме значення (${issue.code})`,
      en: `Invalid value (${issue.code})`,
    })),
  );
}

/**
 * A 400 `INVALID_REQUEST` with issues already written (their paths naming only the API's fields).
 *
 * @example
 * throw invalidIssues('body', [{ path: 'body.type', code: 'unstorableText', uk, en }]);
 */
export function invalidIssues(where: string, issues: readonly ApiIssue[]): HttpError {
  return new HttpError(400, {
    code: 'INVALID_REQUEST',
    uk: `Неправильний запит: ${where}`,
    en: `Invalid request: ${where}`,
    issues: issues.slice(0, 10).map((issue) => ({ ...issue, path: issue.path.slice(0, 200) })),
  });
}

/**
 * Parses `value` with `schema`, or throws {@link invalidRequest} about `where`.
 *
 * @example
 * const { id } = parseRequest(CaseParams, request.params, 'params');
 */
export function parseRequest<T>(
  schema: z.ZodType<T>,
  value: unknown,
  where: string,
  fields?: ReadonlySet<string>,
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalidRequest(where, parsed.error.issues, fields);
}

/**
 * The SDK's typed error as the backend's error (400): its code, path, messages, issues and suggestions, bounded.
 *
 * @example
 * sdkError(new ViknoError({ code: 'INVALID_INPUT', ... })).status //=> 400
 */
export function sdkError(error: ViknoError): HttpError {
  const issues = error.issues?.slice(0, 10).map((issue) => ({
    path: issue.path.slice(0, 200),
    code: issue.code.slice(0, 60),
    uk: issue.uk,
    en: issue.en,
  }));
  return new HttpError(400, {
    code: error.code,
    path: error.path.slice(0, 200),
    uk: error.uk,
    en: error.en,
    ...(issues && issues.length > 0 ? { issues } : {}),
    ...(error.suggestions && error.suggestions.length > 0
      ? { suggestions: error.suggestions.slice(0, 10) }
      : {}),
  });
}

/**
 * Sends an error in the one shape, not to be cached (an error may be about who asked).
 *
 * @example
 * return sendError(reply, 404, ERRORS.caseNotFound);
 */
export function sendError(reply: FastifyReply, status: number, body: ApiErrorBody): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('content-type', 'application/json; charset=utf-8')
    .send({ error: body });
}
