// The control of timeliness over HTTP: the timeliness report and an office's action list, both computed by
// @vikno/monitoring (one implementation, the SDK's) over the case records stored beside the snapshots. The cases are
// chosen in SQL on indexed columns (the day received, the offices, the service, the model) and streamed from a
// cursor, so a report over a million cases holds a few thousand records at a time and never parses a snapshot.
//
// Who asks comes from the same headers as events (x-vikno-role, x-vikno-actor, x-vikno-office), standing in for the
// vendor's authentication: a CNAP's staff see the reports of the cases the CNAP received, a provider's staff those
// of the cases their office decides; an applicant and the host's system see none. Errors have the backend's one
// shape, `{ error: { code, uk, en, path?, issues? } }`, and never repeat a value the client sent.
import {
  type ActionList,
  actionList,
  GroupKey,
  MAX_ACTIONS,
  reportToCsv,
  reportToJson,
  type TimelinessReport,
  timelinessReport,
} from '@vikno/monitoring';
import { reportToXlsx } from '@vikno/monitoring/xlsx';
import type { Role } from '@vikno/workflows';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { actorOf } from './auth.js';
import type { CaseStore, RecordQuery } from './cases.js';
import { ERRORS, HttpError, parseRequest } from './errors.js';
import { statusLanguage } from './status-routes.js';

/** The roles of a CNAP (its front office, its ТП and ВРМ, its head as an authorised official). */
const CNAP_ROLES: ReadonlySet<Role> = new Set([
  'cnapAdministrator',
  'remoteAdministrator',
  'authorisedOfficial',
]);
const PROVIDERS: ReadonlySet<Role> = new Set(['usznSpecialist', 'decisionMaker']);

/** A query value given once or repeated, each a comma-separated list: at most 100 items of at most 200 characters. */
const List = z
  .union([z.string().max(5_000), z.array(z.string().max(5_000)).max(100)])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((part) => part.split(','))
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  )
  .pipe(z.array(z.string().max(200)).max(100));
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Language = z.enum(['uk', 'en']);

const ReportQuery = z
  .object({
    from: Day,
    to: Day,
    groupBy: List.pipe(z.array(GroupKey).max(5)).optional(),
    office: List.optional(),
    providerOffice: List.optional(),
    service: List.optional(),
    model: List.pipe(z.array(z.enum(['I', 'II', 'III']))).optional(),
    language: Language.optional(),
  })
  .strict();

const ActionQuery = z
  .object({
    office: z.string().min(1).max(80).optional(),
    role: z
      .enum([
        'cnapAdministrator',
        'remoteAdministrator',
        'authorisedOfficial',
        'usznSpecialist',
        'decisionMaker',
      ])
      .optional(),
    limit: z.coerce.number().int().min(1).max(MAX_ACTIONS).optional(),
  })
  .strict();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Format = 'json' | 'csv' | 'xlsx';

const FORBIDDEN = {
  role: {
    ...ERRORS.roleNotPermitted,
    uk: 'Ця роль не має доступу до звітів',
    en: 'This role has no access to reports',
  },
  office: {
    ...ERRORS.officeNotPermitted,
    uk: 'Звіт іншого офісу недоступний',
    en: "Another office's report is not available",
  },
} as const;

/**
 * The format asked for by `Accept`: the highest-weighted of JSON (also for none, `*\/*`, `application/*`), CSV and
 * XLSX, the first listed among equals; `undefined` when it names none of them.
 */
export function reportFormat(accept: string | undefined): Format | undefined {
  if (accept === undefined || accept.trim() === '') return 'json';
  const ranked = accept
    .slice(0, 1_000)
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';');
      const weight = params.map((param) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(param)?.[1]).find(Boolean);
      return { type: type.trim(), weight: weight ? Number(weight) : 1, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { type } of ranked) {
    if (type === 'application/json' || type === '*/*' || type === 'application/*') return 'json';
    if (type === 'text/csv' || type === 'text/*') return 'csv';
    if (type === XLSX) return 'xlsx';
  }
  return undefined;
}

async function sendReport(
  reply: FastifyReply,
  report: TimelinessReport,
  format: Format,
  language: 'uk' | 'en',
): Promise<FastifyReply> {
  const name = `timeliness-${report.from}-${report.to}`;
  if (format === 'csv') {
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}.csv"`)
      .send(reportToCsv(report, { language }));
  }
  if (format === 'xlsx') {
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename="${name}.xlsx"`)
      .send(Buffer.from(await reportToXlsx(report, { language })));
  }
  return reply.header('content-type', 'application/json; charset=utf-8').send(reportToJson(report));
}

/**
 * Registers the reports:
 *
 * - `GET /reports/timeliness?from&to&groupBy&office&providerOffice&service&model&language`: the timeliness report
 *   of the cases received from `from` to `to` (Kyiv days), grouped by any of `office`, `providerOffice`, `service`,
 *   `model`, `week` (comma-separated), filtered by the lists given, judged at the server's now: JSON by default,
 *   CSV (`Accept: text/csv`, UTF-8 with a BOM) or XLSX (`Accept:
 *   application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`) with Ukrainian column titles, or English
 *   with `language=en` or `Accept-Language`. A provider's staff get only their own office's cases.
 * - `GET /actions?office&role&limit`: what an office must act on now, most urgent first (`actionList`): by default
 *   the asker's own office and role; a CNAP's staff may ask for another front office of theirs, a provider's staff
 *   only for their own office.
 *
 * @example
 * registerReportRoutes(app, store);
 */
export function registerReportRoutes(app: FastifyInstance, store: CaseStore): void {
  app.get(
    '/reports/timeliness',
    {
      config: {
        openapi: {
          summary: 'The timeliness report of the cases received in a period',
          description:
            "JSON by default; CSV (`Accept: text/csv`) or XLSX by `Accept`. A provider's staff get only their own " +
            "office's cases. Lists are comma-separated or repeated.",
          tags: ['reports'],
          query: ReportQuery,
          responses: { 200: { description: 'The report', content: ['application/json', 'text/csv', XLSX] } },
          errors: [403, 406],
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!CNAP_ROLES.has(actor.role) && !PROVIDERS.has(actor.role)) throw new HttpError(403, FORBIDDEN.role);
      // The schema is strict, so a path names one of its fields or an index, never a key the client chose.
      const query = parseRequest(ReportQuery, request.query, 'query');
      const format = reportFormat(request.headers.accept);
      if (format === undefined) throw new HttpError(406, ERRORS.notAcceptable);
      let providerOffice = query.providerOffice;
      if (PROVIDERS.has(actor.role)) {
        if (providerOffice?.some((office) => office !== actor.office))
          throw new HttpError(403, FORBIDDEN.office);
        providerOffice = [actor.office];
      }
      const filter = {
        office: query.office,
        providerOffice,
        service: query.service,
        model: query.model,
      };
      const selected: RecordQuery = { receivedFrom: query.from, receivedTo: query.to, ...filter };
      const report = await store.foldRecords(selected, (records, now) =>
        timelinessReport(records, {
          from: query.from,
          to: query.to,
          now,
          groupBy: query.groupBy ?? [],
          // The SQL chose the cases already; the report is told too, so it says what it counted.
          filter,
        }),
      );
      const language = statusLanguage(query.language, request.headers['accept-language']);
      return sendReport(reply, report, format, language);
    },
  );

  app.get(
    '/actions',
    {
      config: {
        openapi: {
          summary: 'What an office must act on now, most urgent first (`actionList`)',
          tags: ['reports'],
          query: ActionQuery,
          responses: { 200: { description: 'The action list' } },
          errors: [403],
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const cnap = CNAP_ROLES.has(actor.role);
      if (!cnap && !PROVIDERS.has(actor.role)) throw new HttpError(403, FORBIDDEN.role);
      const query = parseRequest(ActionQuery, request.query, 'query');
      const office = query.office ?? actor.office;
      const role = query.role ?? actor.role;
      // Each side sees its own side's list; a provider only its own office's.
      if (CNAP_ROLES.has(role) !== cnap) throw new HttpError(403, FORBIDDEN.role);
      if (!cnap && office !== actor.office) throw new HttpError(403, FORBIDDEN.office);
      const selected: RecordQuery = cnap
        ? { office: [office], running: true }
        : { providerOffice: [office], running: true };
      const list: ActionList = await store.foldRecords(selected, (records, now) =>
        actionList(records, { now, office, role, limit: query.limit }),
      );
      return reply.header('cache-control', 'no-store').send(list);
    },
  );
}
