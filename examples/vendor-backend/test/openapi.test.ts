// The OpenAPI 3.1 document: every route Fastify registers is in it with its methods, input schemas and the error
// shape; it is valid against the OpenAPI 3.1 schema; what its schemas refuse, the routes refuse; /docs renders it
// from local files.
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessCodes } from '../src/access-codes.js';
import { CaseStore } from '../src/cases.js';
import { type Database, openDatabase } from '../src/db.js';
import { OutboxDelivery } from '../src/outbox-worker.js';
import { devApp, KEYS } from './support.js';

interface Operation {
  parameters: { name: string; in: string; required: boolean; schema: object }[];
  requestBody?: { content: { 'application/json': { schema: object } } };
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
  security?: unknown[];
}
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object>; securitySchemes: Record<string, { scheme?: string }> };
};

describe('the OpenAPI document', () => {
  let db: Database;
  let app: FastifyInstance;
  let document: Document;

  beforeAll(async () => {
    db = await openDatabase();
    const store = new CaseStore(db, 'instance-a', { keys: KEYS });
    const send = async () => {};
    app = devApp(store, {
      status: {
        codes: new AccessCodes(db, { keys: KEYS }),
        limits: { perAddress: { max: 100_000, timeWindowMs: 60_000 } },
      },
      outbox: new OutboxDelivery(db, { send }),
    });
    const answer = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(answer.statusCode).toBe(200);
    document = answer.json<Document>();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('is valid OpenAPI 3.1', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(
      document as unknown as Parameters<Validator['validate']>[0],
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has every route Fastify registered, with its methods, input schemas and the error shape', () => {
    // Fastify's own list of its routes, a tree: each line a segment under the line above it by one level.
    const listed: string[] = [];
    const stack: string[] = [];
    for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
      const match = /^(.*?)(?:├── |└── )(\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
      if (!match) continue;
      const depth = (match[1] as string).length / 4;
      stack.length = depth;
      stack.push(match[2] as string);
      const path = stack.join('').replace(/:(\w+)/g, '{$1}');
      for (const method of match[3]?.split(', ') ?? []) listed.push(`${method} ${path}`);
    }
    expect(listed.length).toBeGreaterThan(15);
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual([...new Set(listed)].sort());
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method} ${path}`;
        for (const status of ['400', '404', '500']) {
          expect(operation.responses[status]?.content?.['application/json']?.schema?.$ref, where).toBe(
            '#/components/schemas/ApiError',
          );
        }
        const open = Array.isArray(operation.security) && operation.security.length === 0;
        expect(Boolean(operation.responses['401']), where).toBe(!open);
        for (const name of path.match(/\{(\w+)\}/g) ?? []) {
          expect(
            operation.parameters.map((parameter) => `{${parameter.name}}`),
            where,
          ).toContain(name);
        }
        if (method === 'post' && !/\/(redeliver|ticks|access-code)$/.test(path)) {
          expect(operation.requestBody, where).toBeDefined();
        }
      }
    }
    expect(document.components.securitySchemes.bearer?.scheme).toBe('bearer');
    expect(document.paths['/cases/{id}/events']?.post?.requestBody).toBeDefined();
    expect(
      document.paths['/reports/timeliness']?.get?.parameters.map((parameter) => parameter.name),
    ).toContain('groupBy');
  });

  it('refuses what its schemas refuse, on the routes themselves', async () => {
    const ajv = new Ajv2020({ strict: false });
    const bodySchema = (path: string) => {
      const schema = document.paths[path]?.post?.requestBody?.content['application/json'].schema;
      expect(schema, path).toBeDefined();
      return ajv.compile(schema as object);
    };
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('I', 'II', 'IV', 'birth-assistance', 'cnapAdministrator', 'root', ''),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const body = (keys: string[]) =>
      fc.dictionary(fc.constantFrom(...keys, 'extra'), value, { maxKeys: keys.length + 1 });
    for (const [path, keys] of [
      ['/cases', ['serviceId', 'model']],
      ['/dev/tokens', ['role', 'id', 'office']],
      ['/status', ['caseNumber', 'accessCode', 'language']],
    ] as const) {
      const accepts = bodySchema(path);
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(body([...keys]), async (sent) => {
          fc.pre(!accepts(sent));
          refused += 1;
          const answer = await app.inject({ method: 'POST', url: path, payload: sent });
          expect(answer.statusCode, `${path} ${JSON.stringify(sent)}`).toBe(400);
        }),
        { numRuns: 60 },
      );
      expect(refused, path).toBeGreaterThan(10);
    }
    const query = document.paths['/cases']?.get?.parameters.find(
      (parameter) => parameter.name === 'deadline',
    );
    const deadline = ajv.compile(query?.schema as object);
    for (const asked of ['dueSoon', 'overdue', 'soon', '']) {
      const answer = await app.inject({ method: 'GET', url: `/cases?deadline=${asked}` });
      expect(answer.statusCode === 400, asked).toBe(!deadline(asked));
    }
  });

  it('is rendered at /docs from files served here', async () => {
    const page = await app.inject({ method: 'GET', url: '/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, source]) => source as string);
    expect(sources.length).toBeGreaterThan(1);
    for (const source of sources) {
      expect(source.startsWith('/')).toBe(true);
      const asset = await app.inject({ method: 'GET', url: source });
      expect(asset.statusCode, source).toBe(200);
      expect(asset.rawPayload.length, source).toBeGreaterThan(500);
    }
    expect(page.body).toContain("url: '/openapi.json'");
  });
});
