// `/health` (the process runs) and `/ready` (the database answers and has every migration of this build).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStore } from '../src/cases.js';
import { type Database, openDatabase } from '../src/db.js';
import { ApiError } from '../src/errors.js';
import { devApp, drivers, KEYS } from './support.js';

describe.each(drivers('health'))('health and readiness on $name', ({ open }) => {
  let db: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await open();
    app = devApp(new CaseStore(db, 'instance-a', { keys: KEYS }));
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('is healthy and ready on a migrated database', async () => {
    const health = await app.inject({ method: 'GET', url: '/health' });
    expect([health.statusCode, health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await app.inject({ method: 'GET', url: '/ready' });
    expect([ready.statusCode, ready.json()]).toEqual([200, { status: 'ready' }]);
    expect(ready.headers['cache-control']).toBe('no-store');
  });

  it('is not ready (503, the one error shape) while a migration is pending', async () => {
    const { rows } = await db.query<{ name: string }>(
      'select name from vikno_migration order by name desc limit 1',
    );
    const last = rows[0]?.name;
    expect(last).toBeDefined();
    await db.query('delete from vikno_migration where name = $1', [last]);
    try {
      const ready = await app.inject({ method: 'GET', url: '/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ApiError.parse(ready.json()).error.code).toBe('NOT_READY');
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    } finally {
      await db.query("insert into vikno_migration (name, sha256, applied_at) select $1, 'restored', now()", [
        last,
      ]);
    }
  });
});

describe('readiness without a database', () => {
  it('is healthy but not ready once the database is gone', async () => {
    const db = await openDatabase();
    const app = devApp(new CaseStore(db, 'instance-a', { keys: KEYS }));
    await db.close();
    const ready = await app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ApiError.parse(ready.json()).error.code).toBe('NOT_READY');
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    await app.close();
  });
});
