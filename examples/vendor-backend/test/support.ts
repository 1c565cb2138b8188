// What the backend's test files share: the databases they run on, a host clock they move, and the headers that
// say who sends an event.
import { type Actor, caseKeys } from '@vikno/workflows';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { ACTOR_HEADERS, developmentAuth } from '../src/auth.js';
import type { CaseStore } from '../src/cases.js';
import { type Database, openDatabase } from '../src/db.js';

if (process.env.CI && !process.env.DATABASE_URL) {
  throw new Error('CI runs these tests against a real PostgreSQL: .ci/run must set DATABASE_URL');
}

/** A database the tests run on: `open` gives it empty, `connect` another connection to the same data. */
export interface Driver {
  readonly name: string;
  open(): Promise<Database>;
  connect(): Promise<Database>;
}

/**
 * Embedded PGlite, and a PostgreSQL server when DATABASE_URL is set. On the server each test file works in its
 * own schema, so files running at once do not drop each other's tables.
 */
export function drivers(schema: string): Driver[] {
  const list: Driver[] = [
    { name: 'PGlite', open: () => openDatabase(), connect: () => Promise.reject(new Error('one process')) },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    const inSchema = new URL(url);
    inSchema.searchParams.set('options', `-c search_path=${schema}`);
    const connect = () => openDatabase({ url: inSchema.toString() });
    list.push({
      name: 'PostgreSQL server',
      async open() {
        const admin = await openDatabase({ url });
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.query(`create schema ${schema}`);
        await admin.close();
        return connect();
      },
      connect,
    });
  }
  return list;
}

/** A host clock a test moves. */
export function clock(start: string) {
  let now = new Date(start);
  return { now: () => now, set: (at: string) => (now = new Date(at)) };
}

/** The headers that stand in for a token in development mode. */
export function headers(actor: Actor): Record<string, string> {
  return {
    [ACTOR_HEADERS.role]: actor.role,
    [ACTOR_HEADERS.id]: actor.id,
    [ACTOR_HEADERS.office]: actor.office,
  };
}

/** Who a test's request is from when it names nobody: a CNAP administrator of the central office. */
export const STAFF: Actor = { role: 'cnapAdministrator', id: 'staff-1', office: 'cnap-central' };

/**
 * The app in development mode (test/auth.test.ts tests the tokens), where a request that carries no token and no
 * `x-vikno-*` header is sent as {@link STAFF}: the tests that are not about who asks need not say it each time.
 */
export function devApp(store: CaseStore, options: Parameters<typeof buildApp>[1] = {}): FastifyInstance {
  const app = buildApp(store, { auth: developmentAuth(), ...options });
  app.addHook('onRequest', async (request) => {
    const named = Object.values(ACTOR_HEADERS).some((name) => request.headers[name] !== undefined);
    if (!named && request.headers.authorization === undefined) Object.assign(request.headers, headers(STAFF));
  });
  return app;
}

/** The tests' keys: two, as after a rotation, the second signing. */
export const KEYS = caseKeys({
  current: 'test-2',
  secrets: {
    'test-1': 'test-key-one-0123456789abcdef-0123456789',
    'test-2': 'test-key-two-0123456789abcdef-0123456789',
  },
});
