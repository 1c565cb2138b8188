// The backend's OpenAPI 3.1 document, written from the zod schemas the routes parse their input with (zod 4's own
// `z.toJSONSchema`, whose JSON Schema 2020-12 is OpenAPI 3.1's dialect): no second description to keep in step,
// and no adapter between zod and Fastify's validation. Each route carries what the document says of it in its
// `config.openapi`; the document is made from the routes Fastify registered, so a route cannot be left out.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';
import { ApiError } from './errors.js';

/** What the document says of a route, beside its method and path. */
export interface RouteDoc {
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /** The schemas the route parses its input with. */
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Its answers other than errors: status, what, and the media types. */
  readonly responses: Readonly<Record<number, { description: string; content?: readonly string[] }>>;
  /** The error statuses it gives besides those every route may (400, 404, 413, 414, 415, 500). */
  readonly errors?: readonly number[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the API's document says of the route. */
    openapi?: RouteDoc;
  }
}

/** The errors every route may answer, whatever it does. */
const EVERY_ROUTE = [400, 404, 413, 414, 415, 500] as const;

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'The request is invalid: `INVALID_REQUEST` names where, never what was sent',
  401: 'No valid token: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`',
  403: 'The sender may not do this: `ROLE_NOT_PERMITTED`, `WRONG_OFFICE`, `OFFICE_NOT_PERMITTED`',
  404: 'No such route, case or status',
  406: 'No format the `Accept` header names: `NOT_ACCEPTABLE`',
  409: 'The case cannot take it now',
  413: 'The body is too large',
  414: 'The URL is too long',
  415: 'The body is not JSON in UTF-8',
  429: 'Too many attempts: `TOO_MANY_REQUESTS`, with `Retry-After`',
  500: 'A failure of the backend: `CASE_UNREADABLE`, `CASE_EVENT_FAILED`, `CLOCK_OUT_OF_RANGE`, `INTERNAL`',
  503: 'Not ready: `NOT_READY`',
};

/** A zod schema as the JSON Schema a client must send: its input side (before coercions and transforms). */
function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return rest;
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: where,
    required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
    schema: jsonSchema(field as z.ZodType),
  }));
}

/** One route as the document's operation. */
function operation(route: RouteOptions, doc: RouteDoc) {
  const open = route.config?.public === true;
  const errors = [...new Set([...EVERY_ROUTE, ...(open ? [] : [401]), ...(doc.errors ?? [])])].sort();
  const responses: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(doc.responses)) {
    responses[status] = {
      description: answer.description,
      ...(answer.content
        ? { content: Object.fromEntries(answer.content.map((type) => [type, {}])) }
        : { content: { 'application/json': {} } }),
    };
  }
  for (const status of errors) {
    responses[String(status)] = {
      description: STATUS_TEXT[status] ?? 'An error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
    };
  }
  return {
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    tags: [...doc.tags],
    operationId: `${String(route.method).toLowerCase()}${route.url.replace(/[/:](\w)/g, (_, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')}`,
    ...(open ? { security: [] } : {}),
    parameters: [...parameters(doc.params, 'path'), ...parameters(doc.query, 'query')],
    ...(doc.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(doc.body) } } } }
      : {}),
    responses,
  };
}

/**
 * The document of the routes given (as Fastify's `onRoute` saw them): every route with its method, path, input
 * schemas and answers, each error as `ApiError`, the bearer token as the security scheme.
 *
 * @example
 * const document = openApiDocument(routes);
 */
export function openApiDocument(routes: readonly RouteOptions[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const doc = route.config?.openapi;
    if (!doc) throw new Error(`The route ${String(route.method)} ${route.url} has no config.openapi`);
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    for (const method of [route.method].flat()) {
      paths[path] = { ...paths[path], [method.toLowerCase()]: operation(route, doc) };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vikno vendor backend',
      version: '1.0.0',
      description:
        'CNAP cases over @vikno/workflows: cases, events, terms, reports, the outbox and the applicant status. ' +
        'Every error is `ApiError`. In development mode (`VIKNO_AUTH=development`) `POST /dev/tokens` issues ' +
        'tokens, and the headers `x-vikno-role`, `x-vikno-actor`, `x-vikno-office` may stand in for one.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'A JWT with `sub` (the actor id), `role`, `office`, `iss`, `aud` and `exp`',
        },
      },
      schemas: { ApiError: jsonSchema(ApiError) },
    },
  };
}

/** The files of swagger-ui-dist the page loads, served from this machine (no CDN). */
const ASSETS = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
} as const;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Vikno vendor backend: API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head>
<body>
<div id="api"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#api' });</script>
</body>
</html>
`;

/**
 * Registers `GET /openapi.json` (the document of every route registered, made once the app is ready) and
 * `GET /docs`, a page that renders it with Swagger UI from the local `swagger-ui-dist` (`/docs/swagger-ui.css`,
 * `/docs/swagger-ui-bundle.js`). Call it before the routes it describes, so that it sees them all.
 *
 * @example
 * registerOpenApi(app);
 */
export function registerOpenApi(app: FastifyInstance): void {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route as RouteOptions);
  });
  let document: Record<string, unknown> | undefined;
  const folder = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const documentation = ['documentation'];

  app.get(
    '/openapi.json',
    {
      config: {
        public: true,
        openapi: {
          summary: 'This document',
          tags: documentation,
          responses: { 200: { description: 'OpenAPI 3.1' } },
        },
      },
    },
    async (_request, reply) => {
      document ??= openApiDocument(routes);
      return reply.header('content-type', 'application/json; charset=utf-8').send(document);
    },
  );
  app.get(
    '/docs',
    {
      config: {
        public: true,
        openapi: {
          summary: 'The document, rendered (Swagger UI)',
          tags: documentation,
          responses: { 200: { description: 'An HTML page', content: ['text/html'] } },
        },
      },
    },
    async (_request, reply) => reply.header('content-type', 'text/html; charset=utf-8').send(PAGE),
  );
  for (const [file, type] of Object.entries(ASSETS)) {
    let body: Buffer | undefined;
    app.get(
      `/docs/${file}`,
      {
        config: {
          public: true,
          openapi: {
            summary: `Swagger UI's ${file}`,
            tags: documentation,
            responses: { 200: { description: file, content: [type.split(';')[0] as string] } },
          },
        },
      },
      async (_request, reply) => {
        body ??= readFileSync(join(folder, file));
        return reply.header('content-type', type).header('cache-control', 'public, max-age=86400').send(body);
      },
    );
  }
}
