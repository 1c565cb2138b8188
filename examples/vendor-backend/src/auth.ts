// Who sends a request: a signed bearer token (JWT) carrying the role, the actor's id (`sub`) and the office, checked
// with `jose` against one key and one algorithm, its issuer, audience and expiry. A vendor's identity provider
// issues the tokens; the backend only verifies them.
//
// A development mode, chosen explicitly (`VIKNO_AUTH=development`, refused when NODE_ENV=production), issues tokens
// itself (`POST /dev/tokens`) and is the only mode that also takes the `x-vikno-role`, `x-vikno-actor` and
// `x-vikno-office` headers in place of a token, as the tests and the control room's development server do. With no
// setting at all, nothing is accepted: every route that needs a sender answers 401 (closed, never open).
import { createPublicKey, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { Actor } from '@vikno/workflows';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { ERRORS, HttpError, parseRequest } from './errors.js';

/** The algorithms a public key may be used with; a secret is HS256 only. */
export const PUBLIC_KEY_ALGORITHMS = ['ES256', 'RS256', 'EdDSA'] as const;
export type PublicKeyAlgorithm = (typeof PUBLIC_KEY_ALGORITHMS)[number];

/** The headers that stand in for a token in development mode. */
export const ACTOR_HEADERS = { role: 'x-vikno-role', id: 'x-vikno-actor', office: 'x-vikno-office' } as const;

/** The longest `Authorization` header read: a token of a role, an id and an office is far shorter. */
const MAX_TOKEN = 8_192;

/** How long a development token lives. */
const DEVELOPMENT_TOKEN_SECONDS = 8 * 60 * 60;

/** How the backend knows who sends a request. */
export interface Authenticator {
  /**
   * `tokens`: signed bearer tokens only; `development`: tokens it issues itself, and the `x-vikno-*` headers;
   * `closed`: nothing configured, so nothing is accepted.
   */
  readonly mode: 'tokens' | 'development' | 'closed';
  /** The sender of a request, or a 401 (`UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`), or a 400. */
  authenticate(request: FastifyRequest): Promise<Actor>;
  /** Development mode only: a token for `actor`, as `POST /dev/tokens` gives it. */
  issue?(actor: Actor): Promise<{ token: string; expiresAt: string }>;
}

/** What a token must be: signed by this key with this algorithm, from this issuer, for this audience. */
export interface TokenSettings {
  /** The issuer (`iss`) every token must name. */
  readonly issuer: string;
  /** The audience (`aud`) every token must include: this backend. */
  readonly audience: string;
  /** A shared secret (32 bytes or more): HS256. */
  readonly secret?: string | Uint8Array;
  /** Or a public key (an SPKI PEM or a KeyObject) and its one algorithm (ES256 by default). */
  readonly publicKey?: string | KeyObject;
  readonly algorithm?: PublicKeyAlgorithm;
  /** Seconds of clock difference allowed on `exp` and `nbf` (30). */
  readonly clockToleranceSeconds?: number;
}

/** A setting of the authentication that cannot be used: the backend refuses to start. */
export class AuthSettingError extends Error {
  override readonly name = 'AuthSettingError';
}

function keyOf(settings: TokenSettings): { key: KeyObject; algorithm: string } {
  if ((settings.secret === undefined) === (settings.publicKey === undefined)) {
    throw new AuthSettingError('Give either a secret (HS256) or a public key, not both nor neither');
  }
  if (settings.secret !== undefined) {
    const bytes =
      typeof settings.secret === 'string' ? new TextEncoder().encode(settings.secret) : settings.secret;
    if (bytes.length < 32) throw new AuthSettingError('The token secret must be 32 bytes or more');
    return { key: createSecretKey(bytes), algorithm: 'HS256' };
  }
  const algorithm = settings.algorithm ?? 'ES256';
  if (!PUBLIC_KEY_ALGORITHMS.includes(algorithm)) {
    throw new AuthSettingError(`The algorithm must be one of ${PUBLIC_KEY_ALGORITHMS.join(', ')}`);
  }
  let key: KeyObject;
  try {
    key =
      typeof settings.publicKey === 'string'
        ? createPublicKey(settings.publicKey)
        : (settings.publicKey as KeyObject);
  } catch {
    throw new AuthSettingError('The public key is not an SPKI PEM');
  }
  if (key.type !== 'public') throw new AuthSettingError('The key must be a public key');
  return { key, algorithm };
}

/** The bearer token of a request, `undefined` when it has no `Authorization`, or a 401 for one that is not Bearer. */
function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header.length <= MAX_TOKEN ? header : '');
  if (!match?.[1]) throw new HttpError(401, ERRORS.tokenInvalid, { 'www-authenticate': 'Bearer' });
  return match[1];
}

/**
 * Verifies signed bearer tokens: `iss`, `aud`, `exp` (required), `sub` (the actor's id), `role` and `office`, with
 * the one algorithm of the key (a secret is HS256 only, a public key its own), so a token naming `none` or another
 * algorithm, or signed with the public key as an HMAC secret, is refused.
 *
 * @example
 * const auth = tokenAuth({ issuer: 'https://id.vendor.example', audience: 'vikno-backend', secret });
 * buildApp(store, { auth });
 */
export function tokenAuth(settings: TokenSettings): Authenticator {
  const { key, algorithm } = keyOf(settings);
  const verify = async (token: string): Promise<Actor> => {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, key, {
        algorithms: [algorithm],
        issuer: settings.issuer,
        audience: settings.audience,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: settings.clockToleranceSeconds ?? 30,
      }));
    } catch (error) {
      const expired = error instanceof joseErrors.JWTExpired;
      throw new HttpError(401, expired ? ERRORS.tokenExpired : ERRORS.tokenInvalid, {
        'www-authenticate': 'Bearer',
      });
    }
    const actor = Actor.safeParse({ role: payload.role, id: payload.sub, office: payload.office });
    if (!actor.success) {
      throw new HttpError(401, ERRORS.tokenInvalid, { 'www-authenticate': 'Bearer' });
    }
    return actor.data;
  };
  return {
    mode: 'tokens',
    async authenticate(request) {
      const token = bearer(request);
      if (token === undefined) {
        throw new HttpError(401, ERRORS.unauthenticated, { 'www-authenticate': 'Bearer' });
      }
      return verify(token);
    },
  };
}

/**
 * Development mode: tokens signed with a secret of this process (HS256, issuer `vikno-development`, audience
 * `vikno-backend`), issued by `issue` (`POST /dev/tokens`), and, without a token, the `x-vikno-role`,
 * `x-vikno-actor` and `x-vikno-office` headers. Never for production: `authFromEnvironment` refuses it there.
 *
 * @example
 * const app = buildApp(store, { auth: developmentAuth() });
 */
export function developmentAuth(options: { now?: () => Date } = {}): Authenticator {
  const secret = randomBytes(32);
  const settings = { issuer: 'vikno-development', audience: 'vikno-backend', secret };
  const tokens = tokenAuth(settings);
  const now = options.now ?? (() => new Date());
  return {
    mode: 'development',
    async authenticate(request) {
      if (request.headers.authorization !== undefined) return tokens.authenticate(request);
      const given = Object.values(ACTOR_HEADERS).some((name) => request.headers[name] !== undefined);
      if (!given) throw new HttpError(401, ERRORS.unauthenticated, { 'www-authenticate': 'Bearer' });
      return parseRequest(
        Actor,
        {
          role: request.headers[ACTOR_HEADERS.role],
          id: request.headers[ACTOR_HEADERS.id],
          office: request.headers[ACTOR_HEADERS.office],
        },
        'headers',
      );
    },
    async issue(actor) {
      const issuedAt = Math.floor(now().getTime() / 1000);
      const expires = issuedAt + DEVELOPMENT_TOKEN_SECONDS;
      const token = await new SignJWT({ role: actor.role, office: actor.office })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(actor.id)
        .setIssuer(settings.issuer)
        .setAudience(settings.audience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expires)
        .sign(secret);
      return { token, expiresAt: new Date(expires * 1000).toISOString() };
    },
  };
}

/** Nothing configured: every sender is refused with 401. */
export function closedAuth(): Authenticator {
  return {
    mode: 'closed',
    async authenticate() {
      throw new HttpError(401, ERRORS.unauthenticated, { 'www-authenticate': 'Bearer' });
    },
  };
}

/**
 * The authentication the environment sets, and a warning for the log when it is development or closed:
 *
 * - `VIKNO_AUTH=development`: development mode (refused with NODE_ENV=production);
 * - `VIKNO_AUTH_ISSUER`, `VIKNO_AUTH_AUDIENCE`, and either `VIKNO_AUTH_SECRET` (HS256, 32 bytes or more) or
 *   `VIKNO_AUTH_PUBLIC_KEY` (an SPKI PEM) with `VIKNO_AUTH_ALGORITHM` (`ES256`, the default, `RS256`, `EdDSA`):
 *   signed tokens;
 * - none of them: closed, every route that needs a sender answers 401.
 *
 * @throws {@link AuthSettingError} for a setting that cannot be used: the backend does not start.
 * @example
 * const { auth, warning } = authFromEnvironment(process.env);
 */
export function authFromEnvironment(env: Readonly<Record<string, string | undefined>>): {
  auth: Authenticator;
  warning?: string;
} {
  const tokenSettings = [
    'VIKNO_AUTH_ISSUER',
    'VIKNO_AUTH_AUDIENCE',
    'VIKNO_AUTH_SECRET',
    'VIKNO_AUTH_PUBLIC_KEY',
  ];
  const configured = tokenSettings.some((name) => env[name] !== undefined && env[name] !== '');
  if (env.VIKNO_AUTH !== undefined && env.VIKNO_AUTH !== '') {
    if (env.VIKNO_AUTH !== 'development') {
      throw new AuthSettingError(
        'VIKNO_AUTH takes only "development"; tokens are set by VIKNO_AUTH_* settings',
      );
    }
    if (env.NODE_ENV === 'production') {
      throw new AuthSettingError('VIKNO_AUTH=development is refused when NODE_ENV=production');
    }
    if (configured)
      throw new AuthSettingError('VIKNO_AUTH=development and VIKNO_AUTH_* token settings at once');
    return {
      auth: developmentAuth(),
      warning:
        'DEVELOPMENT AUTHENTICATION: POST /dev/tokens issues tokens to anyone, and the x-vikno-* headers are taken as the sender; never expose this instance',
    };
  }
  if (!configured) {
    return {
      auth: closedAuth(),
      warning:
        'no authentication is set (VIKNO_AUTH_ISSUER, VIKNO_AUTH_AUDIENCE, VIKNO_AUTH_SECRET or VIKNO_AUTH_PUBLIC_KEY; or VIKNO_AUTH=development): every staff route answers 401',
    };
  }
  const issuer = env.VIKNO_AUTH_ISSUER;
  const audience = env.VIKNO_AUTH_AUDIENCE;
  if (!issuer || !audience)
    throw new AuthSettingError('VIKNO_AUTH_ISSUER and VIKNO_AUTH_AUDIENCE are required');
  const algorithm = (env.VIKNO_AUTH_ALGORITHM || undefined) as PublicKeyAlgorithm | undefined;
  return {
    auth: tokenAuth({
      issuer,
      audience,
      ...(env.VIKNO_AUTH_SECRET ? { secret: env.VIKNO_AUTH_SECRET } : {}),
      ...(env.VIKNO_AUTH_PUBLIC_KEY ? { publicKey: env.VIKNO_AUTH_PUBLIC_KEY } : {}),
      ...(algorithm ? { algorithm } : {}),
    }),
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who sends the request, once authenticated (routes marked `public` have none). */
    viknoActor: Actor | null;
  }
  interface FastifyContextConfig {
    /** A route anyone may call, without a token: `/health`, `/ready`, `/status`, the API's document. */
    public?: boolean;
  }
}

/** What `POST /dev/tokens` takes: the sender the token is for. */
export const DevTokenBody = Actor.strict();

/**
 * Authenticates every request of `app` but those to a route marked `config.public` and those to no route (a 404),
 * before its handler and after its input is checked for text that cannot be stored; in development mode, also
 * registers `POST /dev/tokens`.
 *
 * @example
 * registerAuth(app, developmentAuth());
 */
export function registerAuth(app: FastifyInstance, auth: Authenticator): void {
  app.decorateRequest('viknoActor', null);
  app.addHook('preHandler', async (request) => {
    if (request.is404 || request.routeOptions.config.public) return;
    request.viknoActor = await auth.authenticate(request);
  });
  const issue = auth.issue;
  if (issue) {
    app.post(
      '/dev/tokens',
      {
        config: {
          public: true,
          openapi: {
            summary: 'Development mode only: a token for the sender given',
            tags: ['development'],
            body: DevTokenBody,
            responses: { 201: { description: '`{ token, expiresAt }`' } },
          },
        },
      },
      async (request, reply) => {
        const actor = parseRequest(DevTokenBody, request.body, 'body');
        return reply
          .code(201)
          .header('cache-control', 'no-store')
          .send(await issue(actor));
      },
    );
  }
}

/**
 * The authenticated sender of a request (see {@link registerAuth}); a 401 on a route that has none.
 *
 * @example
 * const by = actorOf(request);
 */
export function actorOf(request: FastifyRequest): Actor {
  if (request.viknoActor === null) throw new HttpError(401, ERRORS.unauthenticated);
  return request.viknoActor;
}
