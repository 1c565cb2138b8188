// The HTTP face of the backend, on Fastify. Who sends an event comes from the request's headers, standing in for
// the vendor's authentication (a real system takes the role, user id and office from its session or token); when
// it happened is the server's clock. Neither is taken from the body, so a client cannot act as another role or
// backdate an event.
import { IssuesError } from '@vikno/catalog';
import { Actor } from '@vikno/workflows';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { z } from 'zod';
import { CaseNotFoundError, type CaseStore, type ClientEvent } from './cases.js';

const CreateCaseBody = z
  .object({ serviceId: z.string().min(1).max(200), model: z.enum(['I', 'II', 'III']) })
  .strict();
const EventBody = z.object({ type: z.string().min(1).max(100) }).passthrough();
const CaseParams = z.object({ id: z.string().min(1).max(200) });
const ListQuery = z.object({ deadline: z.enum(['dueSoon', 'overdue']) }).strict();
const OutboxQuery = z.object({ after: z.coerce.number().int().min(0).default(0) }).strict();

interface ErrorBody {
  readonly code: string;
  readonly uk: string;
  readonly en: string;
  readonly path?: string;
  readonly issues?: readonly { path: string; uk: string; en: string }[];
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
      uk: `Неприпустиме значення (${issue.code})`,
      en: `Invalid value (${issue.code})`,
    })),
  );
}

class RequestError extends Error {
  constructor(
    readonly where: string,
    readonly issues: readonly { path: string; uk: string; en: string }[],
  ) {
    super(`Invalid ${where}`);
  }
}

/**
 * Builds the backend's HTTP app over a case store.
 *
 * - `POST /cases` `{ serviceId, model }` opens a case; `GET /cases/:id` reads it with its terms and audit trail.
 * - `POST /cases/:id/events` sends an event (`{ type, ... }`) as the headers' `x-vikno-role`, `x-vikno-actor`,
 *   `x-vikno-office`: 200 accepted, 403 role not permitted, 409 not allowed in the case's state.
 * - `GET /cases?deadline=dueSoon|overdue` lists cases at risk or overdue now.
 * - `GET /outbox?after=N` gives the events cases emitted; `POST /ticks` runs a tick now.
 */
export function buildApp(store: CaseStore, options: { logger?: boolean } = {}): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof RequestError) {
      return fail(reply, 400, {
        code: 'INVALID_REQUEST',
        uk: `Неправильний запит: ${error.where}`,
        en: `Invalid request: ${error.where}`,
        issues: error.issues,
      });
    }
    if (error instanceof IssuesError) {
      const { code, path, uk, en, issues, suggestions } = error;
      return fail(reply, 400, { code, path, uk, en, issues, suggestions });
    }
    if (error instanceof CaseNotFoundError) {
      return fail(reply, 404, { code: 'CASE_NOT_FOUND', uk: error.uk, en: error.en, path: 'params.id' });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return fail(reply, status, {
        code: 'BAD_REQUEST',
        uk: 'Запит не прочитано (тіло або заголовки)',
        en: 'The request could not be read (body or headers)',
      });
    }
    app.log.error({ err: error }, 'unexpected error');
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
        role: request.headers['x-vikno-role'],
        id: request.headers['x-vikno-actor'],
        office: request.headers['x-vikno-office'],
      },
      'headers',
    );
    const event = parse(EventBody, request.body, 'body') as unknown as ClientEvent;
    const result = await store.send(id, event, by);
    if (result.accepted) return { accepted: true, state: result.state };
    const status = result.reason === 'roleNotPermitted' ? 403 : 409;
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

  app.post('/ticks', async () => store.tick());

  return app;
}
