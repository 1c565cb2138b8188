// The HTTP face of the backend, on Fastify. Who sends an event comes from the request's headers, standing in for
// the vendor's authentication (a real system takes the role, user id and office from its session or token); when
// it happened is the server's clock. Neither is taken from the body, so a client cannot act as another role or
// backdate an event.
//
// Anything a client sends may hold personal data typed into the wrong field, so no answer and no log line repeats
// a value or a name the client chose: errors say where and what kind, logs name the route, not the URL.
import { ViknoError } from '@vikno/law';
import { Actor, CaseEvent, type SendResult } from '@vikno/workflows';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyLoggerOptions,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { z } from 'zod';
import {
  CaseFailure,
  CaseNotFoundError,
  type CaseStore,
  type ClientEvent,
  ClockOutOfRangeError,
} from './cases.js';
import { registerOutboxRoutes } from './outbox-routes.js';
import type { OutboxDelivery } from './outbox-worker.js';
import { registerReportRoutes } from './reports.js';
import { accessCodeOnRegistration, registerStatusRoutes, type StatusOptions } from './status-routes.js';
import { logTick } from './ticker.js';

const CreateCaseBody = z
  .object({ serviceId: z.string().min(1).max(200), model: z.enum(['I', 'II', 'III']) })
  .strict();
const EventBody = z.object({ type: z.string().min(1).max(100) }).passthrough();
/** As long as the router lets a path parameter be (Fastify's `maxParamLength`): longer is a 414 before this. */
const CaseParams = z.object({ id: z.string().min(1).max(100) });
const ListQuery = z.object({ deadline: z.enum(['dueSoon', 'overdue']) }).strict();
const OutboxQuery = z.object({ after: z.coerce.number().int().min(0).default(0) }).strict();

/**
 * How a refused event is answered: 403 when the sender may not send it, 409 when the case cannot take it now (its
 * state, its time, or a rule of Law 2073-IX the SDK judges it by).
 */
const REFUSAL_STATUS: Readonly<Record<NonNullable<SendResult['reason']>, 403 | 409>> = {
  roleNotPermitted: 403,
  wrongOffice: 403,
  notAllowedNow: 409,
  outOfOrder: 409,
  outOfRange: 409,
  notHeard: 409,
  termRunning: 409,
  termLapsed: 409,
  overLimit: 409,
};

/** The headers that say who sends an event. */
const ACTOR_HEADERS = { role: 'x-vikno-role', id: 'x-vikno-actor', office: 'x-vikno-office' } as const;

/** The field names a request body may have, which an error may name; any other name is the client's own text. */
const FIELD_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(CreateCaseBody.shape),
  ...CaseEvent.options.flatMap((option) => Object.keys(option.shape)),
]);

interface Issue {
  readonly path: string;
  /** What is wrong, as a code (`invalid_type`, `unstorableText`); the SDK's own issues have none. */
  readonly code?: string;
  readonly uk: string;
  readonly en: string;
}

interface ErrorBody {
  readonly code: string;
  readonly uk: string;
  readonly en: string;
  readonly path?: string;
  readonly issues?: readonly Issue[];
  readonly suggestions?: readonly string[];
}

function fail(reply: FastifyReply, status: number, error: ErrorBody) {
  return reply.code(status).send({ error });
}

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new RequestError(
    where,
    parsed.error.issues.map((issue) => ({
      path: [where, ...issue.path].join('.'),
      code: issue.code,
      uk: `Неприпустиме значення (${issue.code})`,
      en: `Invalid value (${issue.code})`,
    })),
  );
}

class RequestError extends Error {
  constructor(
    readonly where: string,
    readonly issues: readonly Issue[],
  ) {
    super(`Invalid ${where}`);
  }
}

/** A request refused before it reaches a route: a body that is not UTF-8 JSON, a URL that is not UTF-8. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly uk: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const notJson = () =>
  new HttpError(
    400,
    'INVALID_JSON',
    'Тіло запиту не є JSON у UTF-8',
    'The request body is not JSON in UTF-8',
  );

/** The answers to what Fastify itself refuses, by status: never its own message, which quotes the URL. */
const REFUSED: Readonly<Record<number, Omit<ErrorBody, 'path' | 'issues'>>> = {
  400: { code: 'BAD_REQUEST', uk: 'Запит не прочитано', en: 'The request could not be read' },
  413: { code: 'PAYLOAD_TOO_LARGE', uk: 'Тіло запиту завелике', en: 'The request body is too large' },
  414: { code: 'URI_TOO_LONG', uk: 'Адреса запиту задовга', en: 'The request URL is too long' },
  415: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    uk: 'Тіло запиту має бути JSON у UTF-8 (application/json)',
    en: 'The request body must be JSON in UTF-8 (application/json)',
  },
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where a value holds text PostgreSQL cannot store: NUL, which `text` and `jsonb` refuse, or a surrogate without
 * its pair, which `jsonb` refuses and `text` silently turns into U+FFFD. Walked without recursion, so a deeply
 * nested body cannot overflow the stack. A path names a field only when it is one of {@link FIELD_NAMES}.
 */
function unstorableText(value: unknown, where: string): Issue[] {
  const storable = (text: string) => !text.includes('\u0000') && !LONE_SURROGATE.test(text);
  const issues: Issue[] = [];
  const pending: [unknown, string][] = [[value, where]];
  while (pending.length > 0 && issues.length < 10) {
    const [item, path] = pending.pop() as [unknown, string];
    if (typeof item === 'string') {
      if (!storable(item)) issues.push(unstorable(path));
    } else if (Array.isArray(item)) {
      for (const [index, element] of item.entries()) pending.push([element, `${path}.${index}`]);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, element] of Object.entries(item)) {
        const at = `${path}.${FIELD_NAMES.has(key) ? key : '*'}`;
        if (!storable(key)) issues.push(unstorable(at));
        pending.push([element, at]);
      }
    }
  }
  return issues;
}

function unstorable(path: string): Issue {
  return {
    path,
    code: 'unstorableText',
    uk: 'Текст містить символ NUL або половину сурогатної пари: його не можна зберегти',
    en: 'The text holds a NUL character or half of a surrogate pair: it cannot be stored',
  };
}

/** The route a request matched (`/cases/:id`), never its URL, which may carry an id or a query the client typed. */
function routeOf(request: FastifyRequest): string | null {
  try {
    return request.routeOptions.url ?? null;
  } catch {
    return null;
  }
}

/**
 * How the logger writes a request, a reply and an error: the method and route, the status, an error's type, code
 * and stack frames; no URL, query, header, address, or error message (a database error's message quotes values).
 */
const serializers = {
  req: (request: FastifyRequest) => ({ method: request.method, route: routeOf(request) }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
  err: (error: FastifyError) => ({
    type: error.name,
    code: error.code,
    message: 'withheld',
    stack: (error.stack ?? '').split('\n').slice(1).join('\n'),
  }),
} satisfies FastifyLoggerOptions['serializers'];

/** Where the logs go: Fastify's default (stdout) with `true`, a stream of JSON lines, or nowhere. */
export type LoggerOption =
  | boolean
  | { readonly stream: { write(line: string): void }; readonly level?: string };

/**
 * Builds the backend's HTTP app over a case store.
 *
 * - `POST /cases` `{ serviceId, model }` opens a case; `GET /cases/:id` reads it with its terms and audit trail.
 * - `POST /cases/:id/events` sends an event (`{ type, ... }`) as the headers' `x-vikno-role`, `x-vikno-actor`,
 *   `x-vikno-office`: 200 accepted; 403 the role or office may not send it; 409 the case cannot take it now (its
 *   state, a time out of order or past the calendar, or a rule of the administrative procedure: an adverse
 *   decision without the applicant heard, a term still running or already lapsed, an extension over the limit); a
 *   refused event changes nothing. A case stored by version 2 of the machines is migrated as it is read, and
 *   stored as the current version by the next event or tick that changes it.
 * - `GET /cases?deadline=dueSoon|overdue` lists cases at risk or overdue now.
 * - `GET /outbox?after=N` gives the events cases emitted and the applicant's notices (`applicant.notice`) of the
 *   events they accepted; `POST /ticks` runs a tick now.
 * - With `status`: the access code issued in the answer to the registration (`PACKAGE.CHECKED`), `POST /status`
 *   for applicants and `POST /cases/:id/access-code` for staff (status-routes.ts). With `outbox`: the entries its
 *   worker gave up on, `GET /outbox/dead`, and `POST /outbox/:id/redeliver` (outbox-routes.ts).
 *
 * Bodies are JSON in UTF-8 (another charset: 415); text PostgreSQL cannot store (NUL, a lone surrogate) is
 * refused with a 400 wherever it is, before it reaches the database.
 */
export function buildApp(
  store: CaseStore,
  options: { logger?: LoggerOption; status?: StatusOptions; outbox?: OutboxDelivery } = {},
): FastifyInstance {
  const logger = options.logger ?? false;
  const app = Fastify({
    logger: logger === false ? false : logger === true ? { serializers } : { ...logger, serializers },
    frameworkErrors: (error, _request, reply) => {
      const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
      return fail(reply, status, REFUSED[status] as ErrorBody);
    },
  });

  // JSON only, and only in UTF-8 (RFC 8259): another charset would be misread, bytes that are not UTF-8 would
  // become U+FFFD in a stored case. Fastify's own JSON parser still parses it, refusing `__proto__` keys.
  app.removeAllContentTypeParsers();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(request.headers['content-type'] ?? '')?.[1];
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      const refused = REFUSED[415] as ErrorBody;
      return done(new HttpError(415, refused.code, refused.uk, refused.en));
    }
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      return done(notJson());
    }
    parseJson(request, text, (error, parsed) => (error ? done(notJson()) : done(null, parsed)));
  });

  app.addHook('preValidation', async (request) => {
    const issues = [
      ...unstorableText(request.params, 'params'),
      ...unstorableText(request.query, 'query'),
      ...unstorableText(request.body, 'body'),
      ...Object.values(ACTOR_HEADERS).flatMap((name) =>
        unstorableText(request.headers[name], `headers.${name}`),
      ),
    ];
    if (issues.length > 0) throw new RequestError(issues[0]?.path.split('.')[0] ?? 'request', issues);
  });

  app.setNotFoundHandler((_request, reply) =>
    fail(reply, 404, { code: 'ROUTE_NOT_FOUND', uk: 'Такого запиту немає', en: 'No such route' }),
  );

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof RequestError) {
      return fail(reply, 400, {
        code: 'INVALID_REQUEST',
        uk: `Неправильний запит: ${error.where}`,
        en: `Invalid request: ${error.where}`,
        issues: error.issues,
      });
    }
    if (error instanceof HttpError) {
      return fail(reply, error.status, { code: error.code, uk: error.uk, en: error.en });
    }
    if (error instanceof ViknoError) {
      const { code, path, uk, en, issues, suggestions } = error;
      return fail(reply, 400, { code, path, uk, en, issues, suggestions });
    }
    if (error instanceof CaseNotFoundError) {
      return fail(reply, 404, { code: 'CASE_NOT_FOUND', uk: error.uk, en: error.en, path: 'params.id' });
    }
    if (error instanceof CaseFailure) {
      const { caseId, code, path } = error;
      request.log.error({ caseId, code, path }, error.name);
      return fail(reply, 500, { code: error.answer, uk: error.uk, en: error.en });
    }
    if (error instanceof ClockOutOfRangeError) {
      request.log.error(error.name);
      return fail(reply, 500, { code: 'CLOCK_OUT_OF_RANGE', uk: error.uk, en: error.en });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return fail(reply, status, REFUSED[status] ?? (REFUSED[400] as ErrorBody));
    }
    request.log.error({ err: error }, 'unexpected error');
    return fail(reply, 500, { code: 'INTERNAL', uk: 'Внутрішня помилка', en: 'Internal error' });
  });

  app.post('/cases', async (request, reply) => {
    const body = parse(CreateCaseBody, request.body, 'body');
    const created = await store.create({ serviceId: body.serviceId, model: body.model });
    return reply.code(201).send(created);
  });

  app.get('/cases/:id', async (request) => {
    const { id } = parse(CaseParams, request.params, 'params');
    return store.get(id);
  });

  app.post('/cases/:id/events', async (request, reply) => {
    const { id } = parse(CaseParams, request.params, 'params');
    const by = parse(
      Actor,
      {
        role: request.headers[ACTOR_HEADERS.role],
        id: request.headers[ACTOR_HEADERS.id],
        office: request.headers[ACTOR_HEADERS.office],
      },
      'headers',
    );
    const event = parse(EventBody, request.body, 'body') as unknown as ClientEvent;
    const result = await store.send(id, event, by);
    if (result.accepted) {
      const issued = await accessCodeOnRegistration(options.status, id, event.type, request.log);
      return { accepted: true, state: result.state, ...issued };
    }
    const status = result.reason === undefined ? 409 : REFUSAL_STATUS[result.reason];
    return reply.code(status).send({ accepted: false, reason: result.reason, state: result.state });
  });

  app.get('/cases', async (request) => {
    const { deadline } = parse(ListQuery, request.query, 'query');
    return { cases: await store.withDeadline(deadline) };
  });

  app.get('/outbox', async (request) => {
    const { after } = parse(OutboxQuery, request.query, 'query');
    return { events: await store.outbox(after) };
  });

  app.post('/ticks', async (request) => {
    const report = await store.tick();
    logTick(request.log, report);
    return report;
  });

  if (options.status) registerStatusRoutes(app, options.status);
  if (options.outbox) registerOutboxRoutes(app, options.outbox);
  registerReportRoutes(app, store);

  return app;
}
