// The applicants' side of the backend: the status of a case by its number and access code, and staff issuing a
// new code. The number and code travel in a POST body, never in the URL, which logs and proxies keep; a case is
// never looked up by a name or a tax number.
//
// Every miss is the same 404 (an unknown number, a wrong code, something that is not a code), so the answer tells
// nobody which numbers exist. Guessing is held back twice: per client address (every request) and per case number
// (every miss), with @fastify/rate-limit. Its counters live in this instance's memory: with several instances
// behind a balancer, each keeps its own, so the limits multiply by the instances (a shared store, such as the
// plugin's Redis one, makes them global).
import rateLimit from '@fastify/rate-limit';
import { applicantStatus } from '@vikno/monitoring';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type AccessCodes, NotRegisteredError } from './access-codes.js';
import { actorOf } from './auth.js';
import { ERRORS, HttpError, parseRequest } from './errors.js';

/** A rate limit: at most `max` in `timeWindowMs`. */
export interface Limit {
  readonly max: number;
  readonly timeWindowMs: number;
}

/** What the status routes need: the access codes, the clock, and the limits. */
export interface StatusOptions {
  readonly codes: AccessCodes;
  /** The host's clock: the status is as of the request (the due day passed or not, days suspended so far). */
  readonly now?: () => Date;
  readonly limits?: {
    /** Requests from one client address (30 a minute). */
    readonly perAddress?: Limit;
    /** Misses on one case number (5 in 15 minutes); the next attempt, right or wrong, is refused until then. */
    readonly perCaseNumber?: Limit;
  };
}

/** The languages of the status. */
const Language = z.enum(['uk', 'en']);
type Language = z.infer<typeof Language>;

const StatusBody = z
  .object({
    caseNumber: z.string().min(1).max(80),
    accessCode: z.string().min(1).max(64),
    language: Language.optional(),
  })
  .strict();
const STATUS_FIELDS: ReadonlySet<string> = new Set(Object.keys(StatusBody.shape));
const CaseParams = z.object({ id: z.string().min(1).max(100) });

/** The roles that register applications, and so may give an applicant a new code. */
const ISSUING_ROLES: ReadonlySet<string> = new Set(['cnapAdministrator', 'remoteAdministrator']);

const NOT_FOUND = {
  code: 'STATUS_NOT_FOUND',
  uk: 'Справу з таким номером і кодом доступу не знайдено',
  en: 'No case with this number and access code',
} as const;

/**
 * The language asked for: the body's `language`, else the first of Ukrainian and English in `Accept-Language` by
 * its weights, else Ukrainian.
 */
export function statusLanguage(asked: Language | undefined, acceptLanguage: string | undefined): Language {
  if (asked) return asked;
  const ranked = (acceptLanguage ?? '')
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const weight = params.map((param) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(param)?.[1]).find(Boolean);
      return { language: tag.split('-')[0]?.toLowerCase(), weight: weight ? Number(weight) : 1, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const found = ranked.find((entry) => entry.language === 'uk' || entry.language === 'en');
  return (found?.language as Language | undefined) ?? 'uk';
}

/**
 * Registers `POST /status` and `POST /cases/:id/access-code` (see the module's comment).
 *
 * @example
 * registerStatusRoutes(app, { codes: new AccessCodes(db, { keys }) });
 */
export function registerStatusRoutes(app: FastifyInstance, options: StatusOptions): void {
  const now = options.now ?? (() => new Date());
  const perAddress = options.limits?.perAddress ?? { max: 30, timeWindowMs: 60_000 };
  const perCaseNumber = options.limits?.perCaseNumber ?? { max: 5, timeWindowMs: 15 * 60_000 };

  app.register(async (scope) => {
    await scope.register(rateLimit, { global: false });
    const addressLimit = scope.createRateLimit({ max: perAddress.max, timeWindow: perAddress.timeWindowMs });
    const caseNumberLimit = scope.createRateLimit({
      max: perCaseNumber.max,
      timeWindow: perCaseNumber.timeWindowMs,
      // Called only once the body is checked: the number is a string of at most 80 characters.
      keyGenerator: (request) => `case:${(request.body as { caseNumber: string }).caseNumber}`,
    });
    const tooMany = (seconds: number) =>
      new HttpError(429, ERRORS.tooManyRequests, { 'retry-after': String(Math.max(1, seconds)) });

    scope.post(
      '/status',
      {
        config: {
          public: true,
          openapi: {
            summary: "The applicant's status, by case number and access code",
            description:
              'Every miss is the same 404 `STATUS_NOT_FOUND`; limited per address and per case number.',
            tags: ['applicants'],
            body: StatusBody,
            responses: { 200: { description: '`applicantStatus` with the case number' } },
            errors: [429],
          },
        },
      },
      async (request, reply) => {
        const byAddress = await addressLimit(request);
        if (!byAddress.isAllowed && byAddress.isExceeded) throw tooMany(byAddress.ttlInSeconds);
        // A key the client chose is its own text: named only when it is one of the fields.
        const body = parseRequest(StatusBody, request.body, 'body', STATUS_FIELDS);
        // Read before trying, counted only on a miss: an applicant who checks often is not held back.
        const misses = await caseNumberLimit(request, { increment: false });
        if (!misses.isAllowed && misses.remaining === 0) throw tooMany(misses.ttlInSeconds);

        const opened = await options.codes.open(body.caseNumber, body.accessCode);
        if (!opened) {
          await caseNumberLimit(request);
          throw new HttpError(404, NOT_FOUND);
        }
        const language = statusLanguage(body.language, request.headers['accept-language']);
        reply.header('cache-control', 'no-store');
        const status = applicantStatus(opened.persisted, { now: now().toISOString(), language });
        return { caseNumber: opened.caseNumber, ...status };
      },
    );

    scope.post(
      '/cases/:id/access-code',
      {
        config: {
          openapi: {
            summary: 'A new access code for the applicant, replacing the old (a CNAP administrator)',
            tags: ['applicants'],
            params: CaseParams,
            responses: { 201: { description: '`{ accessCode }`, shown once' } },
            errors: [403, 409],
          },
        },
      },
      async (request, reply) => {
        const { id } = parseRequest(CaseParams, request.params, 'params');
        const actor = actorOf(request);
        if (!ISSUING_ROLES.has(actor.role)) {
          throw new HttpError(403, {
            ...ERRORS.roleNotPermitted,
            uk: 'Новий код доступу видає адміністратор ЦНАП',
            en: 'A new access code is issued by a CNAP administrator',
          });
        }
        try {
          const accessCode = await options.codes.reissue(id);
          return reply.code(201).header('cache-control', 'no-store').send({ accessCode });
        } catch (error) {
          if (!(error instanceof NotRegisteredError)) throw error;
          throw new HttpError(409, { code: 'NOT_REGISTERED', uk: error.uk, en: error.en });
        }
      },
    );
  });
}

/**
 * The access code of a case the event just registered (`PACKAGE.CHECKED` accepted), for the answer to that event:
 * shown this once. A failure to issue it does not undo the registration: it is logged (without the code), and
 * staff issue one with `POST /cases/:id/access-code`.
 */
export async function accessCodeOnRegistration(
  options: StatusOptions | undefined,
  caseId: string,
  eventType: string,
  log: FastifyBaseLogger,
): Promise<{ accessCode?: string }> {
  if (options === undefined || eventType !== 'PACKAGE.CHECKED') return {};
  try {
    const accessCode = await options.codes.issue(caseId);
    return accessCode === undefined ? {} : { accessCode };
  } catch (error) {
    log.error({ caseId, err: error }, 'access code not issued');
    return {};
  }
}
