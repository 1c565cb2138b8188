// The HTTP face of the backend, on Fastify. Who sends an event comes from the request's headers, standing in for
// the vendor's authentication (a real system takes the role, user id and office from its session or token); when
// it happened is the server's clock. Neither is taken from the body, so a client cannot act as another role or
// backdate an event.
//
// Anything a client sends may hold personal data typed into the wrong field, so no answer and no log line repeats
// a value or a name the client chose: errors say where and what kind, logs name the route, not the URL.
import { ViknoError } from '@vikno/law';
import { CaseEvent, type SendResult } from '@vikno/workflows';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyLoggerOptions,
  type FastifyRequest,
} from 'fastify';
import { z } from 'zod';
import { ACTOR_HEADERS, type Authenticator, actorOf, authFromEnvironment, registerAuth } from './auth.js';
import {
  CaseFailure,
  CaseNotFoundError,
  type CaseStore,
  type ClientEvent,
  ClockOutOfRangeError,
  stateName,
} from './cases.js';
import {
  type ApiErrorBody,
  type ApiIssue,
  ERRORS,
  frameworkError,
  HttpError,
  invalidIssues,
  parseRequest,
  sdkError,
  sendError,
} from './errors.js';
import { registerOpenApi } from './openapi.js';
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
/** How long `/ready` waits for the database before it answers 503. */
const READY_TIMEOUT_MS = 2_000;

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

/** The field names a request body may have, which an error may name; any other name is the client's own text. */
const FIELD_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(CreateCaseBody.shape),
  ...CaseEvent.options.flatMap((option) => Object.keys(option.shape)),
]);

/** Why a case refused an event, as the error's code and words. */
const REFUSAL: Readonly<Record<NonNullable<SendResult['reason']>, Omit<ApiErrorBody, 'state'>>> = {
  roleNotPermitted: {
    code: 'ROLE_NOT_PERMITTED',
    uk: 'Ця роль не може надіслати цю подію',
    en: 'This role may not send this event',
  },
  wrongOffice: {
    code: 'WRONG_OFFICE',
    uk: 'Справу вирішує інший орган',
    en: 'Another office decides this case',
  },
  notAllowedNow: {
    code: 'NOT_ALLOWED_NOW',
    uk: 'Справа зараз не може прийняти цю подію',
    en: 'The case cannot take this event now',
  },
  outOfOrder: {
    code: 'OUT_OF_ORDER',
    uk: 'Подія датована раніше за подію, на яку вона відповідає',
    en: 'The event is dated before the event it answers',
  },
  outOfRange: {
    code: 'OUT_OF_RANGE',
    uk: 'Строк закінчився б поза календарем, який знає SDK',
    en: 'A term would end outside the calendar the SDK knows',
  },
  notHeard: {
    code: 'NOT_HEARD',
    uk: 'Несприятливе рішення без заслуховування заявника (Закон № 2073-IX)',
    en: 'An adverse decision without the applicant heard (Law 2073-IX)',
  },
  termRunning: { code: 'TERM_RUNNING', uk: 'Строк ще триває', en: 'The term is still running' },
  termLapsed: { code: 'TERM_LAPSED', uk: 'Строк уже минув', en: 'The term has already lapsed' },
  overLimit: {
    code: 'OVER_LIMIT',
    uk: 'Продовження понад межу, встановлену законом',
    en: 'An extension beyond the limit the law sets',
  },
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where a value holds text PostgreSQL cannot store: NUL, which `text` and `jsonb` refuse, or a surrogate without
 * its pair, which `jsonb` refuses and `text` silently turns into U+FFFD. Walked without recursion, so a deeply
 * nested body cannot overflow the stack. A path names a field only when it is one of {@link FIELD_NAMES}.
 */
function unstorableText(value: unknown, where: string): ApiIssue[] {
  const storable = (text: string) => !text.includes('\u0000') && !LONE_SURROGATE.test(text);
  const issues: ApiIssue[] = [];
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

function unstorable(path: string): ApiIssue {
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
  options: {
    logger?: LoggerOption;
    status?: StatusOptions;
    outbox?: OutboxDelivery;
    auth?: Authenticator;
  } = {},
): FastifyInstance {
  const logger = options.logger ?? false;
  const fromEnvironment = options.auth ? undefined : authFromEnvironment(process.env);
  const auth = options.auth ?? (fromEnvironment as { auth: Authenticator }).auth;
  const app = Fastify({
    // HEAD is not answered: every route is in the API's document with the methods it takes.
    exposeHeadRoutes: false,
    logger: logger === false ? false : logger === true ? { serializers } : { ...logger, serializers },
    frameworkErrors: (error, _request, reply) =>
      sendError(reply, ...frameworkError(error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400)),
  });

  // JSON only, and only in UTF-8 (RFC 8259): another charset would be misread, bytes that are not UTF-8 would
  // become U+FFFD in a stored case. Fastify's own JSON parser still parses it, refusing `__proto__` keys.
  app.removeAllContentTypeParsers();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const notJson = () => new HttpError(400, ERRORS.invalidJson);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(request.headers['content-type'] ?? '')?.[1];
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      return done(new HttpError(415, ERRORS.unsupportedMediaType));
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
    if (issues.length > 0) throw invalidIssues(issues[0]?.path.split('.')[0] ?? 'request', issues);
  });

  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, ERRORS.routeNotFound));

  registerOpenApi(app);
  registerAuth(app, auth);
  const warning = fromEnvironment?.warning;
  if (warning) app.addHook('onReady', async () => app.log.warn(warning));

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
      return sendError(reply, error.status, error.body);
    }
    if (error instanceof ViknoError) {
      const known = sdkError(error);
      return sendError(reply, known.status, known.body);
    }
    if (error instanceof CaseNotFoundError) {
      return sendError(reply, 404, ERRORS.caseNotFound);
    }
    if (error instanceof CaseFailure) {
      const { caseId, code, path } = error;
      request.log.error({ caseId, code, path }, error.name);
      return sendError(reply, 500, { code: error.answer, uk: error.uk, en: error.en });
    }
    if (error instanceof ClockOutOfRangeError) {
      request.log.error(error.name);
      return sendError(reply, 500, { code: 'CLOCK_OUT_OF_RANGE', uk: error.uk, en: error.en });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return sendError(reply, ...frameworkError(status));
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, 500, ERRORS.internal);
  });

  // Whether the process runs, for a liveness probe: nothing else is asked, so a slow database restarts nothing.
  app.get(
    '/health',
    {
      config: {
        public: true,
        openapi: {
          summary: 'Whether the process runs (a liveness probe); asks nothing of the database',
          tags: ['operations'],
          responses: { 200: { description: '`{ "status": "ok" }`' } },
        },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );

  // Whether this instance can serve, for a readiness probe: the database answers, and within READY_TIMEOUT_MS,
  // and its schema has every migration of this build (none pending).
  app.get(
    '/ready',
    {
      config: {
        public: true,
        openapi: {
          summary: 'Whether this instance can serve (a readiness probe)',
          description: 'The database answers within 2 s and its schema has every migration of this build.',
          tags: ['operations'],
          responses: { 200: { description: '`{ "status": "ready" }`' } },
          errors: [503],
        },
      },
    },
    async (_request, reply) => {
      if (!(await store.ready(READY_TIMEOUT_MS))) throw new HttpError(503, ERRORS.notReady);
      return reply.header('cache-control', 'no-store').send({ status: 'ready' });
    },
  );

  app.post(
    '/cases',
    {
      config: {
        openapi: {
          summary: "Opens a case on today's law",
          description:
            "Its first audit entry, `CASE.CREATED`, records who opened it (the token's sender) and when.",
          tags: ['cases'],
          body: CreateCaseBody,
          responses: { 201: { description: 'The case (`CaseView`): state, terms, audit trail' } },
        },
      },
    },
    async (request, reply) => {
      const body = parseRequest(CreateCaseBody, request.body, 'body', FIELD_NAMES);
      const created = await store.create({ serviceId: body.serviceId, model: body.model }, actorOf(request));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/cases/:id',
    {
      config: {
        openapi: {
          summary: 'A case: its state, each running term now, its audit trail',
          tags: ['cases'],
          params: CaseParams,
          responses: { 200: { description: 'The case (`CaseView`)' } },
        },
      },
    },
    async (request) => {
      const { id } = parseRequest(CaseParams, request.params, 'params');
      return store.get(id);
    },
  );

  app.post(
    '/cases/:id/events',
    {
      config: {
        openapi: {
          summary: "Sends an event to a case, as the token's sender, at the server's now",
          description:
            'The body is an event of @vikno/workflows (`CaseEvent`) without `by` and `at`, checked by the SDK: ' +
            '403 when the sender may not send it, 409 when the case cannot take it now (the error carries the ' +
            "case's `state`). The answer to `PACKAGE.CHECKED` carries the applicant's `accessCode`, shown once.",
          tags: ['cases'],
          params: CaseParams,
          body: EventBody,
          responses: { 200: { description: '`{ accepted: true, state, accessCode? }`' } },
          errors: [403, 409],
        },
      },
    },
    async (request) => {
      const { id } = parseRequest(CaseParams, request.params, 'params');
      const by = actorOf(request);
      const event = parseRequest(EventBody, request.body, 'body', FIELD_NAMES) as unknown as ClientEvent;
      const result = await store.send(id, event, by);
      const state = stateName(result.state);
      if (result.accepted) {
        const issued = await accessCodeOnRegistration(options.status, id, event.type, request.log);
        return { accepted: true, state, ...issued };
      }
      const reason = result.reason ?? 'notAllowedNow';
      throw new HttpError(REFUSAL_STATUS[reason], { ...REFUSAL[reason], path: 'body.type', state });
    },
  );

  app.get(
    '/cases',
    {
      config: {
        openapi: {
          summary: 'The cases with a term at risk (`dueSoon`) or `overdue` now',
          tags: ['cases'],
          query: ListQuery,
          responses: { 200: { description: '`{ cases: CaseView[] }`' } },
        },
      },
    },
    async (request) => {
      const { deadline } = parseRequest(ListQuery, request.query, 'query');
      return { cases: await store.withDeadline(deadline) };
    },
  );

  app.get(
    '/outbox',
    {
      config: {
        openapi: {
          summary: 'The outbox after entry `after`, oldest first',
          tags: ['outbox'],
          query: OutboxQuery,
          responses: { 200: { description: '`{ events: OutboxEntry[] }`' } },
        },
      },
    },
    async (request) => {
      const { after } = parseRequest(OutboxQuery, request.query, 'query');
      return { events: await store.outbox(after) };
    },
  );

  app.post(
    '/ticks',
    {
      config: {
        openapi: {
          summary: 'Runs a tick now',
          tags: ['operations'],
          responses: { 200: { description: 'What the tick did (`TickReport`)' } },
        },
      },
    },
    async (request) => {
      const report = await store.tick();
      logTick(request.log, report);
      return report;
    },
  );

  if (options.status) registerStatusRoutes(app, options.status);
  if (options.outbox) registerOutboxRoutes(app, options.outbox);
  registerReportRoutes(app, store);

  return app;
}
