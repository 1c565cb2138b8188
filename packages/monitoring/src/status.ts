import { daysBetween, FIRST_SUPPORTED_DAY, formatEpochDay, kyivDayOf, LAST_SUPPORTED_DAY } from '@vikno/law';
import type { PersistedCase } from '@vikno/workflows';
import { z } from 'zod';
import { invalid, MonitoringError } from './errors.js';
import { monitoringSays, refinementMessage } from './messages/index.js';
import type { StatusBook, StatusFacts } from './messages/status-book.js';
import { statusEn } from './messages/status-en.js';
import { statusUk } from './messages/status-uk.js';
import type { NoticeLanguage } from './notices.js';
import { type CaseRecord, type CaseState, caseRecord } from './record.js';

/**
 * Where a case stands, as the applicant would put it: ids of this package's own, never the case machine's states.
 *
 * - `submitted`: received, the documents being checked;
 * - `defectsToCure`: left without movement (залишено без руху), the defects to cure by a day;
 * - `forwarded`: registered, being passed to the body that decides;
 * - `underReview`: being considered;
 * - `documentsNeeded`: more documents requested, the decision term stopped;
 * - `positionInvited`: an adverse decision intended, the applicant may state a position by a day;
 * - `decisionTaken`: decided, on its way to the office the applicant applied at;
 * - `decisionReady`: the office has the decision, to collect;
 * - `resultToCollect`: the applicant told, the result kept until a day;
 * - `completed`: the result collected or delivered;
 * - `resultArchived`: not collected in time, moved to the archive;
 * - `applicationReturned`: returned unconsidered, the defects not cured in time;
 * - `applicationWithdrawn`: withdrawn at the applicant's request.
 */
export const ApplicantStage = z.enum([
  'submitted',
  'defectsToCure',
  'forwarded',
  'underReview',
  'documentsNeeded',
  'positionInvited',
  'decisionTaken',
  'decisionReady',
  'resultToCollect',
  'completed',
  'resultArchived',
  'applicationReturned',
  'applicationWithdrawn',
]);
/** Where a case stands, as the applicant would put it. */
export type ApplicantStage = z.infer<typeof ApplicantStage>;

/** The applicant's stage of each state of a case. */
const STAGE_OF: Readonly<Record<CaseState, ApplicantStage>> = {
  intake: 'submitted',
  withoutMovement: 'defectsToCure',
  transfer: 'forwarded',
  consideration: 'underReview',
  suspended: 'documentsNeeded',
  hearing: 'positionInvited',
  decided: 'decisionTaken',
  informed: 'decisionReady',
  awaitingCollection: 'resultToCollect',
  issued: 'completed',
  archived: 'resultArchived',
  returned: 'applicationReturned',
  withdrawn: 'applicationWithdrawn',
};

/** The stages after which nothing happens to a case by itself. */
const FINISHED: readonly ApplicantStage[] = [
  'completed',
  'resultArchived',
  'applicationReturned',
  'applicationWithdrawn',
];

/**
 * What the applicant must do: cure the defects, bring the documents requested, state a position before an adverse
 * decision, collect the decision or the result, ask for a result moved to the archive, or apply again.
 */
export type ApplicantActionKind =
  | 'cureDefects'
  | 'bringDocuments'
  | 'statePosition'
  | 'collectResult'
  | 'askForArchivedResult'
  | 'applyAgain';

/** The applicant's step of each stage that asks for one, and the term whose last day it is due by. */
const ACTIONS: Readonly<
  Partial<Record<ApplicantStage, { kind: ApplicantActionKind; term?: 'cure' | 'hearing' | 'collection' }>>
> = {
  defectsToCure: { kind: 'cureDefects', term: 'cure' },
  documentsNeeded: { kind: 'bringDocuments' },
  positionInvited: { kind: 'statePosition', term: 'hearing' },
  decisionReady: { kind: 'collectResult' },
  resultToCollect: { kind: 'collectResult', term: 'collection' },
  resultArchived: { kind: 'askForArchivedResult' },
  applicationReturned: { kind: 'applyAgain' },
};

/** What the applicant must do, by when, in words. */
export interface ApplicantAction {
  readonly kind: ApplicantActionKind;
  /** The last day to do it (`YYYY-MM-DD`); `null` when no term binds it. */
  readonly by: string | null;
  /** `by` as the language writes it. */
  readonly byText: string | null;
  /** Whether `by` has passed. */
  readonly overdue: boolean;
  readonly text: string;
}

/** Why the decision's due day is later than the service's term alone gives. */
export interface ApplicantDueDayMoved {
  /** How many times the decision term was stopped while documents were awaited. */
  readonly suspensions: number;
  /** The calendar days the documents were awaited, up to today for a suspension still open. */
  readonly suspendedDays: number;
  /** Each extension of the decision term (Law 2073-IX), in order. */
  readonly extensions: readonly { readonly amount: number; readonly unit: 'calendarDays' | 'workingDays' }[];
  /** The same in sentences. */
  readonly texts: readonly string[];
}

/**
 * A case's status for the applicant: structured, and in words. No personal data, no case id, office or official,
 * and no id of the case machine's states or of anyone's role.
 */
export interface ApplicantStatus {
  readonly language: NoticeLanguage;
  readonly stage: ApplicantStage;
  /** Whether nothing more happens to the case by itself. */
  readonly finished: boolean;
  readonly headline: string;
  /** Where the case is, then the due day and why it moved, in sentences. */
  readonly details: readonly string[];
  /** What happens next; `null` once the case is finished or waits on the applicant alone. */
  readonly next: string | null;
  /** The day the decision is due (`YYYY-MM-DD`) while one is awaited and its day known; `null` otherwise. */
  readonly dueOn: string | null;
  /** `dueOn` as the language writes it. */
  readonly dueOnText: string | null;
  /** Whether `dueOn` has passed (its office hours over) and no decision came. */
  readonly late: boolean;
  /** Why the due day moved: suspensions while documents were awaited, extensions; `null` when it never did. */
  readonly moved: ApplicantDueDayMoved | null;
  /** What the applicant must do, if anything. */
  readonly action: ApplicantAction | null;
  /** The outcome of the decision in force, once there is one. */
  readonly outcome: 'granted' | 'partiallyGranted' | 'refused' | null;
}

/** How to write a status: the moment it is asked at, and the language. */
export interface ApplicantStatusOptions {
  /** The moment, an ISO 8601 instant with an offset on a day of the supported calendar. */
  readonly now: string;
  readonly language: NoticeLanguage;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The Kyiv day and epoch milliseconds of an instant, or `undefined` when it is none the calendar supports. */
function kyivMoment(value: string): { ms: number; epochDay: number } | undefined {
  if (!ISO_INSTANT.test(value)) return undefined;
  try {
    return kyivDayOf(value, 'now');
  } catch {
    return undefined;
  }
}

const Options = z
  .object({
    now: z
      .string()
      .max(40)
      .refine((now) => kyivMoment(now) !== undefined, {
        message: refinementMessage('INSTANT_OUT_OF_RANGE', {
          first: FIRST_SUPPORTED_DAY,
          last: LAST_SUPPORTED_DAY,
        }),
      }),
    language: z.enum(['uk', 'en']),
  })
  .strict();

const BOOKS: Readonly<Record<NoticeLanguage, StatusBook>> = { uk: statusUk, en: statusEn };

/**
 * A case's status for the applicant, in plain Ukrainian or English: where the case is, what happens next, the day
 * the decision is due (and why it moved: a suspension while documents were awaited, an extension), and what the
 * applicant must do, if anything (cure defects by a day, bring documents, state a position, collect the result).
 * Read from a persisted case (`PersistedCase` of `@vikno/workflows`) or its record ({@link caseRecord}), without an
 * actor. It names no one and nothing internal: not the case id, the offices, the officials, the case machine's
 * states or anyone's role.
 *
 * @param persisted - a persisted case, or its record.
 * @param options - `now`, an ISO 8601 instant with an offset; `language`, `uk` or `en`.
 * @throws {@link MonitoringError} `INVALID_CASE` for something that is neither a persisted case nor a record, and
 *   `INVALID_INPUT` for options that are not valid; neither repeats what was given.
 * @example
 * ```ts
 * import { applicantStatus } from '@vikno/monitoring';
 *
 * const status = applicantStatus(persisted, { now: '2026-03-10T12:00:00+02:00', language: 'uk' });
 * status.headline;
 * //=> 'Заяву розглядають'
 * status.dueOnText;
 * //=> '16.03.2026'
 * status.details;
 * //=> ['Орган, який ухвалює рішення, розглядає заяву.', 'Рішення мають ухвалити не пізніше 16.03.2026.']
 * ```
 */
export function applicantStatus(
  persisted: PersistedCase | CaseRecord,
  options: ApplicantStatusOptions,
): ApplicantStatus {
  let parsed: ReturnType<typeof Options.safeParse>;
  try {
    parsed = Options.safeParse(options);
  } catch {
    throw new MonitoringError({
      code: 'INVALID_INPUT',
      path: 'options',
      ...monitoringSays('INVALID_INPUT', { count: 1 }),
    });
  }
  if (!parsed.success) throw invalid('INVALID_INPUT', 'options', parsed.error);
  const { now, language } = parsed.data;
  const record = caseRecord(persisted);
  return statusOf(record, kyivMoment(now) as { ms: number; epochDay: number }, BOOKS[language], language);
}

function statusOf(
  record: CaseRecord,
  now: { ms: number; epochDay: number },
  book: StatusBook,
  language: NoticeLanguage,
): ApplicantStatus {
  const stage = STAGE_OF[record.state];
  const today = formatEpochDay(now.epochDay);
  const passed = (dueAt: string) => now.ms > Date.parse(dueAt);
  const write = book.write.day;

  const decision = record.terms.decision;
  const awaited = decision !== undefined && (decision.state === 'running' || decision.state === 'paused');
  // While suspended, the last day is not yet known: it moves by as long as the documents take.
  const dueOn = awaited && decision.state === 'running' ? decision.lastDay : null;
  const late = dueOn !== null && decision !== undefined && passed(decision.dueAt);

  const action = ACTIONS[stage];
  const actionTerm = action?.term === undefined ? undefined : record.terms[action.term];
  const by = actionTerm !== undefined && actionTerm.state === 'running' ? actionTerm.lastDay : null;
  const byPassed = by !== null && actionTerm !== undefined && passed(actionTerm.dueAt);
  const openSuspension = record.suspensions.at(-1);
  const facts: StatusFacts = {
    dueOn: dueOn === null ? undefined : write(dueOn),
    late,
    by: by === null ? undefined : write(by),
    byPassed,
    suspendedSince:
      stage === 'documentsNeeded' && openSuspension !== undefined && openSuspension.to === null
        ? write(openSuspension.from)
        : undefined,
    outcome: record.outcome ?? undefined,
  };
  const texts = book.stages[stage];
  const moved = movedOf(record, today, book);
  const finished = FINISHED.includes(stage);
  const details = [
    ...texts.details(facts),
    ...(dueOn === null ? [] : [late ? book.late(write(dueOn)) : book.dueOn(write(dueOn))]),
    ...(moved === null || !awaited ? [] : moved.texts),
  ];
  return {
    language,
    stage,
    finished,
    headline: texts.headline(facts),
    details,
    next: texts.next === undefined ? null : texts.next(facts),
    dueOn,
    dueOnText: dueOn === null ? null : write(dueOn),
    late,
    moved,
    action:
      action === undefined || texts.action === undefined
        ? null
        : {
            kind: action.kind,
            by,
            byText: by === null ? null : write(by),
            overdue: byPassed,
            text: texts.action(facts),
          },
    outcome: record.outcome,
  };
}

/** How the decision's due day moved: the suspensions (their days up to today when open) and the extensions. */
function movedOf(record: CaseRecord, today: string, book: StatusBook): ApplicantDueDayMoved | null {
  const suspensions = record.suspensions.length;
  const extensions = record.extensions;
  if (suspensions === 0 && extensions.length === 0) return null;
  let suspendedDays = 0;
  for (const pause of record.suspensions) {
    const to = pause.to ?? today;
    suspendedDays += Math.max(0, daysBetween(pause.from, to));
  }
  return {
    suspensions,
    suspendedDays,
    extensions: extensions.map(({ amount, unit }) => ({ amount, unit })),
    texts: [
      ...(suspensions === 0 ? [] : [book.moved.suspended(suspensions, suspendedDays)]),
      ...extensions.map(({ amount, unit }) => book.moved.extended(amount, unit)),
    ],
  };
}
