import {
  CivilDate,
  computeDeadline,
  type DeadlineStatusOptions,
  deadlineStatus,
  Extension,
  FIRST_SUPPORTED_DAY,
  type Instant,
  LAST_SUPPORTED_DAY,
  type RegistrationRule,
  Term,
} from '@vikno/deadlines';
import { addDays } from '@vikno/law';
import { z } from 'zod';
import { refinementMessage, workflowSays } from './messages/index.js';
import type { WorkflowMessageParams } from './messages/params.js';
import { invalidInput, SupportedInstant, supportedKyivDay, WorkflowError } from './transfer-register.js';

/**
 * The legal terms a case runs, each watched on its own:
 *
 * - `transfer`: the CNAP passes the application to the provider;
 * - `decision`: the provider decides;
 * - `notification`: the applicant is told of the decision;
 * - `collection`: the applicant collects the result before it is archived;
 * - `cure`: the applicant cures the defects of an application left without movement (Law 2073-IX);
 * - `hearing`: the applicant presents a position before an adverse decision (Law 2073-IX);
 * - `complaint`: the body considering an administrative complaint decides it (Law 2073-IX).
 */
export const TermKind = z.enum([
  'transfer',
  'decision',
  'notification',
  'collection',
  'cure',
  'hearing',
  'complaint',
]);
/** A legal term a case runs. */
export type TermKind = z.infer<typeof TermKind>;

/** A period the term did not run (documents requested from the applicant); `to` is absent while it lasts. */
export interface TermPause {
  /** The first day not counted: the day the term stopped. */
  readonly from: string;
  /**
   * The day the pause ended: the day the requested documents arrived. Under `pauseRule: 'law2073'` the term runs
   * again that day; a term without it (persisted before) does not count that day either.
   */
  readonly to: string | undefined;
}

/**
 * One running term, held as data in a case's context so it survives persistence (no `after:` timers, which are
 * lost on restore): its start, its `Term`, the pauses, its last day and closing instant computed by
 * `@vikno/deadlines`, and which warnings it has raised, so each is raised once.
 */
export interface RunningTerm {
  readonly kind: TermKind;
  /** The day of the event the term runs from (registration, receipt, decision, …). */
  readonly start: string;
  readonly term: Term;
  /** How an event on a day off is registered. */
  readonly registration: RegistrationRule;
  readonly pauses: readonly TermPause[];
  /**
   * Extensions (продовження) of the term, each running on from where the term had reached (Law 2073-IX); absent
   * when it was never extended.
   */
  readonly extensions?: readonly Extension[] | undefined;
  /**
   * How a pause ends: `law2073`, the term runs again from the day the pause ends (Law 2073-IX Art. 33 part 6: «Перебіг
   * строків продовжується з дня поновлення адміністративного провадження»; Art. 64 part 5). Every term started now
   * has it; a term persisted before does not, and keeps the rule it was computed under: the day the pause ended not
   * counted either.
   */
  readonly pauseRule?: 'law2073' | undefined;
  /** `running`; `paused` while documents are awaited; `met` once done in time or late; `cancelled`. */
  readonly state: 'running' | 'paused' | 'met' | 'cancelled';
  /** The last day, with the pauses closed so far; recomputed when a pause ends. */
  readonly lastDay: string;
  /** The moment the last day's office hours end, in Kyiv. */
  readonly dueAt: string;
  /** Whether `deadline.atRisk` was raised. */
  readonly atRiskRaised: boolean;
  /** Whether `deadline.overdue` was raised. */
  readonly overdueRaised: boolean;
}

/** A warning a tick raises for a term. */
export interface DeadlineEvent {
  readonly type: 'deadline.atRisk' | 'deadline.overdue';
  readonly kind: TermKind;
  readonly lastDay: string;
  readonly dueAt: string;
}

function fail<Code extends keyof WorkflowMessageParams>(
  path: string,
  code: Code,
  params: WorkflowMessageParams[Code],
): never {
  throw new WorkflowError({ code: 'INVALID_TRANSITION', path, ...workflowSays(code, params) });
}

/** The most pauses one term takes: documents are requested a few times at most. */
const MAX_PAUSES = 100;
/** The most extensions one term takes. */
export const MAX_EXTENSIONS = 10;

/** A civil day the calendar supports. */
const Day = CivilDate.refine((day) => day >= FIRST_SUPPORTED_DAY && day <= LAST_SUPPORTED_DAY, {
  message: refinementMessage('DAY_OUT_OF_RANGE', { first: FIRST_SUPPORTED_DAY, last: LAST_SUPPORTED_DAY }),
});
const Registration = z.enum(['asReceived', 'nextWorkingDayIfDayOff']);

const StartInput = z
  .object({ kind: TermKind, start: Day, term: Term, registration: Registration.optional() })
  .strict();

/**
 * A running term as data, checked whole: its fields, and its pauses consistent with its state (only the last pause
 * may be open; a paused term has one open, a running term none). Persisted cases hold terms of this shape.
 */
export const RunningTermShape = z
  .object({
    kind: TermKind,
    start: Day,
    term: Term,
    registration: Registration,
    pauses: z.array(z.object({ from: Day, to: Day.optional() }).strict()).max(MAX_PAUSES),
    extensions: z.array(Extension).max(MAX_EXTENSIONS).optional(),
    pauseRule: z.literal('law2073').optional(),
    state: z.enum(['running', 'paused', 'met', 'cancelled']),
    lastDay: Day,
    dueAt: SupportedInstant,
    atRiskRaised: z.boolean(),
    overdueRaised: z.boolean(),
  })
  .strict()
  .refine(
    (term) => {
      const open = term.pauses.findIndex((pause) => pause.to === undefined);
      if (open !== -1 && open !== term.pauses.length - 1) return false;
      if (term.state === 'paused') return open !== -1;
      return term.state !== 'running' || open === -1;
    },
    {
      path: ['pauses'],
      message: refinementMessage('PAUSES_MISMATCH', {}),
    },
  );

function parse<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  if (
    path === 'term' &&
    Array.isArray((value as { pauses?: unknown } | null | undefined)?.pauses) &&
    (value as { pauses: unknown[] }).pauses.length > MAX_PAUSES
  ) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'term.pauses',
      ...workflowSays('TOO_MANY_PAUSES', { max: MAX_PAUSES }),
    });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(path, parsed.error);
  return parsed.data;
}

const termOf = (value: unknown) => parse(RunningTermShape, value, 'term') as RunningTerm;

function recompute(
  term: RunningTerm,
  pauses: readonly TermPause[],
  extensions: readonly Extension[] = term.extensions ?? [],
): Pick<RunningTerm, 'lastDay' | 'dueAt'> {
  const input = {
    start: term.start,
    term: term.term,
    registration: term.registration,
    statutoryMaximum: false,
    ...(extensions.length === 0 ? {} : { extensions }),
  } as const;
  const unpaused = computeDeadline(input);
  // A pause that begins before the term starts running (documents requested on the day of registration) stops
  // it only from its first running day; a pause wholly before that has no effect.
  const suspensions = pauses.flatMap((pause) => {
    if (pause.to === undefined) return [];
    // biome-ignore lint/complexity/useMathMinMax: civil dates are strings; Math.max would give NaN.
    const from = pause.from < unpaused.countingFrom ? unpaused.countingFrom : pause.from;
    // Law 2073-IX Art. 33 part 6: the term runs again on the day the pause ends.
    const to = term.pauseRule === 'law2073' ? addDays(pause.to, -1) : pause.to;
    return to < from ? [] : [{ from, to }];
  });
  if (suspensions.length === 0) return { lastDay: unpaused.lastDay, dueAt: unpaused.dueAt };
  const deadline = computeDeadline({ ...input, suspensions });
  return { lastDay: deadline.lastDay, dueAt: deadline.dueAt };
}

/**
 * Starts a term on the day of its event.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a kind, day, term or registration rule that is not valid;
 * `DeadlinesError` of `@vikno/deadlines` `DATE_OUT_OF_RANGE` when the term would end after the supported calendar.
 * @example
 * ```ts
 * import { startTerm } from '@vikno/workflows';
 *
 * const decision = startTerm({ kind: 'decision', start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });
 * decision.lastDay; //=> '2026-03-16'
 * ```
 */
export function startTerm(input: {
  kind: TermKind;
  start: string;
  term: Term;
  registration?: RegistrationRule;
}): RunningTerm {
  return beginTerm(parse(StartInput, input, 'input'));
}

/**
 * {@link startTerm} of an input already valid: the case machines' own. `legacyPauses` starts a term as version 2
 * did, without `pauseRule`: only the replay of a case migrated from it asks for that.
 */
export function beginTerm(input: {
  kind: TermKind;
  start: string;
  term: Term;
  registration?: RegistrationRule | undefined;
  legacyPauses?: boolean | undefined;
}): RunningTerm {
  const base = {
    kind: input.kind,
    start: input.start,
    term: input.term,
    registration: input.registration ?? 'asReceived',
    pauses: [],
    ...(input.legacyPauses ? {} : { pauseRule: 'law2073' as const }),
    state: 'running' as const,
    atRiskRaised: false,
    overdueRaised: false,
  };
  return { ...base, ...recompute({ ...base, lastDay: '', dueAt: '' }, []) };
}

/**
 * Pauses a running term from a day (documents requested from the applicant).
 *
 * @throws {@link WorkflowError} `INVALID_TRANSITION` unless running or for a day before its start,
 * `INVALID_INPUT` for a term or day that is not valid.
 * @example
 * ```ts
 * import { pauseTerm, startTerm } from '@vikno/workflows';
 *
 * const decision = startTerm({ kind: 'decision', start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });
 * const paused = pauseTerm(decision, '2026-03-05');
 * paused.state;
 * //=> 'paused'
 * paused.pauses;
 * //=> [{ from: '2026-03-05', to: undefined }]
 * ```
 */
export function pauseTerm(term: RunningTerm, from: string): RunningTerm {
  return pauseRunning(termOf(term), parse(Day, from, 'from'));
}

/** {@link pauseTerm} of a term already valid: the case machines' own. */
export function pauseRunning(term: RunningTerm, from: string): RunningTerm {
  if (term.state !== 'running') fail('term.state', 'CANNOT_PAUSE', { state: term.state });
  if (from < term.start) {
    fail('from', 'PAUSE_BEFORE_START', {});
  }
  return { ...term, state: 'paused', pauses: [...term.pauses, { from, to: undefined }] };
}

/**
 * Resumes a paused term: it runs again from the day the requested documents arrived (Law 2073-IX Art. 33 part 6),
 * and the last day moves on by the days paused. A term persisted before that rule (no `pauseRule`) keeps its
 * count: the day of arrival not counted either.
 *
 * @throws {@link WorkflowError} `INVALID_TRANSITION` unless paused or for a day before the pause began,
 * `INVALID_INPUT` for a term or day that is not valid; `DeadlinesError` `DATE_OUT_OF_RANGE` when the last day
 * would move after the supported calendar.
 * @example
 * ```ts
 * import { pauseTerm, resumeTerm, startTerm } from '@vikno/workflows';
 *
 * const decision = startTerm({ kind: 'decision', start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });
 * decision.lastDay;
 * //=> '2026-03-16'
 * // Documents requested on Thursday 5 March arrive on Tuesday 10 March: 5, 6 and 9 March are not counted.
 * const resumed = resumeTerm(pauseTerm(decision, '2026-03-05'), '2026-03-10');
 * resumed.state;
 * //=> 'running'
 * resumed.lastDay;
 * //=> '2026-03-19'
 * ```
 */
export function resumeTerm(term: RunningTerm, to: string): RunningTerm {
  return resumePaused(termOf(term), parse(Day, to, 'to'));
}

/** {@link resumeTerm} of a term already valid: the case machines' own. */
export function resumePaused(term: RunningTerm, to: string): RunningTerm {
  const open = term.pauses.at(-1);
  if (term.state !== 'paused' || open === undefined) {
    fail('term.state', 'CANNOT_RESUME', { state: term.state });
  }
  if (to < open.from) {
    fail('to', 'RESUME_BEFORE_PAUSE', {});
  }
  const pauses = [...term.pauses.slice(0, -1), { from: open.from, to }];
  return { ...term, state: 'running', pauses, ...recompute(term, pauses) };
}

/**
 * Ends a term: `met` when its work is done (in time or late), `cancelled` when the case no longer needs it. A term
 * already ended stays as it ended.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a term that is not valid, or `how` other than `met` or
 * `cancelled`.
 * @example
 * ```ts
 * import { endTerm, startTerm } from '@vikno/workflows';
 *
 * const decision = startTerm({ kind: 'decision', start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });
 * endTerm(decision, 'met').state;
 * //=> 'met'
 * endTerm(endTerm(decision, 'cancelled'), 'met').state;
 * //=> 'cancelled'
 * ```
 */
export function endTerm(term: RunningTerm, how: 'met' | 'cancelled'): RunningTerm {
  return finishTerm(termOf(term), parse(z.enum(['met', 'cancelled']), how, 'how'));
}

/**
 * Extends a running or paused term (продовження строку, Law 2073-IX Art. 34 part 4): the term runs on from where it
 * had reached by `extension`, its last day recomputed with its pauses. Whether the law allows the extension (who
 * decides it, when the notice goes, how long and how many times) the case machines judge on `TERM.EXTENDED`.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a term or extension that is not valid; `INVALID_TRANSITION` for
 * a term that has ended or already has `MAX_EXTENSIONS` extensions; `DeadlinesError` `DATE_OUT_OF_RANGE` when the
 * last day would move after the supported calendar.
 * @example
 * ```ts
 * import { extendTerm, startTerm } from '@vikno/workflows';
 *
 * const decision = startTerm({ kind: 'decision', start: '2026-03-02', term: { amount: 30, unit: 'calendarDays' } });
 * decision.lastDay;
 * //=> '2026-04-01'
 * extendTerm(decision, { amount: 15, unit: 'calendarDays' }).lastDay;
 * //=> '2026-04-16'
 * ```
 */
export function extendTerm(term: RunningTerm, extension: Extension): RunningTerm {
  return extendRunning(termOf(term), parse(Extension, extension, 'extension'));
}

/**
 * {@link RunningTerm} extended by `extension`: it runs on from where it had reached (Law 2073-IX), its last day
 * recomputed with its pauses. A term that has ended, or already has {@link MAX_EXTENSIONS}, is not extended.
 *
 * @throws {@link WorkflowError} `INVALID_TRANSITION` for a term that has ended or has as many extensions as it may
 * take; `DeadlinesError` `DATE_OUT_OF_RANGE` when the last day would move after the supported calendar.
 */
export function extendRunning(term: RunningTerm, extension: Extension): RunningTerm {
  if (term.state !== 'running' && term.state !== 'paused') {
    fail('term.state', 'CANNOT_EXTEND', { state: term.state });
  }
  const extensions = [...(term.extensions ?? []), extension];
  if (extensions.length > MAX_EXTENSIONS)
    fail('term.extensions', 'TOO_MANY_EXTENSIONS', { max: MAX_EXTENSIONS });
  return { ...term, extensions, ...recompute(term, term.pauses, extensions) };
}

/** {@link endTerm} of a term already valid: the case machines' own. */
export function finishTerm(term: RunningTerm, how: 'met' | 'cancelled'): RunningTerm {
  return term.state === 'met' || term.state === 'cancelled' ? term : { ...term, state: how };
}

/**
 * Judges a term at a moment and raises `deadline.atRisk` (due soon or today) and `deadline.overdue`, each at most
 * once per term. A paused or ended term raises nothing. A term found already overdue raises only `overdue`.
 *
 * @param now - the moment of the tick, an instant read in Kyiv time, within the supported calendar.
 * @throws {@link WorkflowError} `INVALID_INPUT` for a term, moment or options that are not valid.
 * @example
 * ```ts
 * import { startTerm, tickTerm } from '@vikno/workflows';
 *
 * const decision = startTerm({ kind: 'decision', start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });
 * tickTerm(decision, '2026-03-12T10:00:00+02:00').events.map((event) => event.type);
 * //=> ['deadline.atRisk']
 * ```
 */
export function tickTerm(
  term: RunningTerm,
  now: Instant,
  options: DeadlineStatusOptions = {},
): { term: RunningTerm; events: DeadlineEvent[] } {
  const settings = parse(
    z.object({ dueSoonWithinWorkingDays: z.number().int().min(0).max(366).optional() }).loose(),
    options,
    'options',
  );
  if (supportedKyivDay(now) === undefined) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'now',
      ...workflowSays('NOW_OUT_OF_RANGE', { first: FIRST_SUPPORTED_DAY, last: LAST_SUPPORTED_DAY }),
    });
  }
  return judgeTerm(termOf(term), now, settings as DeadlineStatusOptions);
}

/** {@link tickTerm} of a term and moment already valid: the case machines' own. */
export function judgeTerm(
  term: RunningTerm,
  now: Instant,
  options: DeadlineStatusOptions = {},
): { term: RunningTerm; events: DeadlineEvent[] } {
  if (term.state !== 'running') return { term, events: [] };
  const { status } = deadlineStatus(term, now, options);
  const event = (type: DeadlineEvent['type']): DeadlineEvent => ({
    type,
    kind: term.kind,
    lastDay: term.lastDay,
    dueAt: term.dueAt,
  });
  if (status === 'overdue' && !term.overdueRaised) {
    return {
      term: { ...term, atRiskRaised: true, overdueRaised: true },
      events: [event('deadline.overdue')],
    };
  }
  if ((status === 'dueSoon' || status === 'dueToday') && !term.atRiskRaised) {
    return { term: { ...term, atRiskRaised: true }, events: [event('deadline.atRisk')] };
  }
  return { term, events: [] };
}
