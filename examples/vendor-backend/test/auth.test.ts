// Signed bearer tokens: who sends a request is the token's `sub`, `role` and `office`, only when its signature, one
// pinned algorithm, issuer, audience and expiry hold; development mode issues tokens and takes the x-vikno-*
// headers; with nothing set, nothing is accepted.
import { generateKeyPairSync } from 'node:crypto';
import type { Actor } from '@vikno/workflows';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import {
  AuthSettingError,
  authFromEnvironment,
  closedAuth,
  developmentAuth,
  type TokenSettings,
  tokenAuth,
} from '../src/auth.js';
import { CaseStore, type CaseView } from '../src/cases.js';
import { type Database, openDatabase } from '../src/db.js';
import { ApiError } from '../src/errors.js';
import { headers, KEYS } from './support.js';

const SECRET = 'the test token secret, thirty-two bytes or more';
const ISSUER = 'https://id.vendor.example';
const AUDIENCE = 'vikno-backend';
const ADMIN: Actor = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' };
const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PUBLIC_PEM = publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** A token as an identity provider would sign it, with any claim or header changed. */
async function token(
  options: {
    claims?: Record<string, unknown>;
    issuer?: string;
    audience?: string;
    expires?: string | number;
    key?: Uint8Array | typeof privateKey;
    alg?: string;
  } = {},
): Promise<string> {
  return new SignJWT({ role: ADMIN.role, office: ADMIN.office, ...options.claims })
    .setProtectedHeader({ alg: options.alg ?? 'HS256' })
    .setSubject(ADMIN.id)
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '10m')
    .sign(options.key ?? new TextEncoder().encode(SECRET));
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function expect401(response: LightMyRequestResponse, code: string) {
  expect(response.statusCode, response.body).toBe(401);
  expect(ApiError.parse(response.json()).error.code).toBe(code);
  expect(response.headers['www-authenticate']).toBe('Bearer');
}

describe('authentication', () => {
  let db: Database;
  let store: CaseStore;
  const apps: FastifyInstance[] = [];
  const appWith = (auth: Parameters<typeof buildApp>[1]) => {
    const app = buildApp(store, auth);
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    db = await openDatabase();
    store = new CaseStore(db, 'instance-a', { keys: KEYS });
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await db.close();
  });

  const settings: TokenSettings = { issuer: ISSUER, audience: AUDIENCE, secret: SECRET };
  const create = (app: FastifyInstance, extra: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/cases',
      headers: extra,
      payload: { serviceId: 'birth-assistance', model: 'I' },
    });

  it('takes the sender from a signed token, its role deciding what it may do', async () => {
    const app = appWith({ auth: tokenAuth(settings) });
    const bearer = { authorization: `Bearer ${await token()}` };
    expect((await create(app, bearer)).statusCode).toBe(201);
    expect((await app.inject({ method: 'GET', url: '/actions', headers: bearer })).statusCode).toBe(200);
    const applicant = { authorization: `Bearer ${await token({ claims: { role: 'applicant' } })}` };
    expect((await app.inject({ method: 'GET', url: '/actions', headers: applicant })).statusCode).toBe(403);
  });

  it('refuses a missing, expired, forged, mistargeted or unsigned token with 401', async () => {
    const app = appWith({ auth: tokenAuth(settings) });
    const as = async (authorization: string) => create(app, { authorization });
    expect401(await create(app, {}), 'UNAUTHENTICATED');
    expect401(await create(app, headers(ADMIN)), 'UNAUTHENTICATED'); // the stand-in is for development only
    expect401(
      await as(`Bearer ${await token({ expires: Math.floor(Date.now() / 1000) - 120 })}`),
      'TOKEN_EXPIRED',
    );
    const forged = await token({ key: new TextEncoder().encode('another secret, thirty-two bytes long') });
    expect401(await as(`Bearer ${forged}`), 'TOKEN_INVALID');
    expect401(await as(`Bearer ${await token({ audience: 'another-backend' })}`), 'TOKEN_INVALID');
    expect401(await as(`Bearer ${await token({ issuer: 'https://elsewhere.example' })}`), 'TOKEN_INVALID');
    expect401(await as(`Bearer ${await token({ claims: { role: 'superuser' } })}`), 'TOKEN_INVALID');
    const [header, payload] = (await token()).split('.');
    expect(header).toBeDefined();
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    expect401(await as(`Bearer ${unsigned}`), 'TOKEN_INVALID');
    expect401(await as(`Basic ${Buffer.from('admin:admin').toString('base64')}`), 'TOKEN_INVALID');
    expect401(await as(`Bearer ${'a'.repeat(10_000)}`), 'TOKEN_INVALID');
  });

  it('pins the public key to its algorithm: no HS256 token signed with the public key itself', async () => {
    const app = appWith({ auth: tokenAuth({ issuer: ISSUER, audience: AUDIENCE, publicKey: PUBLIC_PEM }) });
    const signed = await token({ key: privateKey, alg: 'ES256' });
    expect((await create(app, { authorization: `Bearer ${signed}` })).statusCode).toBe(201);
    const confused = await token({ key: new TextEncoder().encode(PUBLIC_PEM), alg: 'HS256' });
    expect401(await create(app, { authorization: `Bearer ${confused}` }), 'TOKEN_INVALID');
  });

  it('in development, issues tokens and takes the x-vikno-* headers; elsewhere neither', async () => {
    const app = appWith({ auth: developmentAuth() });
    const issued = await app.inject({ method: 'POST', url: '/dev/tokens', payload: ADMIN });
    expect(issued.statusCode).toBe(201);
    const { token: devToken, expiresAt } = issued.json<{ token: string; expiresAt: string }>();
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    const created = await create(app, { authorization: `Bearer ${devToken}` });
    expect(created.statusCode).toBe(201);
    expect(created.json<CaseView>().audit[0]).toMatchObject({ role: ADMIN.role, actorId: ADMIN.id });
    expect((await create(app, headers(ADMIN))).statusCode).toBe(201);
    expect401(await create(app, {}), 'UNAUTHENTICATED');
    const badRole = await app.inject({
      method: 'POST',
      url: '/dev/tokens',
      payload: { ...ADMIN, role: 'root' },
    });
    expect(ApiError.parse(badRole.json()).error.code).toBe('INVALID_REQUEST');

    const production = appWith({ auth: tokenAuth(settings) });
    expect((await production.inject({ method: 'POST', url: '/dev/tokens', payload: ADMIN })).statusCode).toBe(
      404,
    );
    expect401(await create(production, { authorization: `Bearer ${devToken}` }), 'TOKEN_INVALID');
  });

  it('with nothing set, accepts nobody, and still answers the public routes', async () => {
    const app = appWith({ auth: closedAuth() });
    expect401(await create(app, headers(ADMIN)), 'UNAUTHENTICATED');
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/nowhere' })).statusCode).toBe(404);
  });

  it('reads its settings from the environment, refusing development mode in production', () => {
    expect(authFromEnvironment({}).auth.mode).toBe('closed');
    const development = authFromEnvironment({ VIKNO_AUTH: 'development' });
    expect(development.auth.mode).toBe('development');
    expect(development.warning).toMatch(/DEVELOPMENT/);
    expect(() => authFromEnvironment({ VIKNO_AUTH: 'development', NODE_ENV: 'production' })).toThrow(
      AuthSettingError,
    );
    const tokens = {
      VIKNO_AUTH_ISSUER: ISSUER,
      VIKNO_AUTH_AUDIENCE: AUDIENCE,
      VIKNO_AUTH_SECRET: SECRET,
      NODE_ENV: 'production',
    };
    expect(authFromEnvironment(tokens)).toEqual({ auth: expect.objectContaining({ mode: 'tokens' }) });
    expect(() => authFromEnvironment({ ...tokens, VIKNO_AUTH_SECRET: 'short' })).toThrow(AuthSettingError);
    expect(() => authFromEnvironment({ ...tokens, VIKNO_AUTH_PUBLIC_KEY: PUBLIC_PEM })).toThrow(
      AuthSettingError,
    );
    expect(() => authFromEnvironment({ ...tokens, VIKNO_AUTH_AUDIENCE: '' })).toThrow(AuthSettingError);
    expect(() =>
      authFromEnvironment({
        VIKNO_AUTH_ISSUER: ISSUER,
        VIKNO_AUTH_AUDIENCE: AUDIENCE,
        VIKNO_AUTH_PUBLIC_KEY: PUBLIC_PEM,
        VIKNO_AUTH_ALGORITHM: 'HS256',
      }),
    ).toThrow(AuthSettingError);
  });
});
