import {
  CivilDate,
  DeadlinesError,
  deadlineStatus,
  FIRST_SUPPORTED_DAY,
  LAST_SUPPORTED_DAY,
  toKyivDate,
  valueKind,
} from '@vikno/deadlines';
import { formatEpochDay, kyivWallInstant } from '@vikno/law';
import { z } from 'zod';
import { workflowSays } from './messages/index.js';
import type { WorkflowMessageParams } from './messages/params.js';
import { MAX_SNAPSHOT_CHARS, type PersistedCase } from './persistence.js';
import { TermKind } from './terms.js';
import { invalidInput, WorkflowError } from './transfer-register.js';

/** What {@link nextTermChange} takes besides the case. */
export interface NextTermChangeOptions {
  /**
   * The first day to consider (`YYYY-MM-DD`, Kyiv), such as today: a change that is already due comes back as this
   * day. Without it, the answer may be a day already past, when the case has not been ticked since.
   */
  readonly from?: string | undefined;
}

function fail<Code extends keyof WorkflowMessageParams>(
  path: string,
  code: Code,
  params: WorkflowMessageParams[Code],
): never {
  throw new WorkflowError({ code: 'INVALID_INPUT', path, ...workflowSays(code, params) });
}

const Day = CivilDate.refine((day) => day >= FIRST_SUPPORTED_DAY && day <= LAST_SUPPORTED_DAY);
const Options = z.object({ from: Day.optional() }).strict();
const TermFlags = z.object({
  state: z.string(),
  start: CivilDate,
  lastDay: CivilDate,
  dueAt: z.iso.datetime({ offset: true }),
  atRiskRaised: z.boolean(),
  overdueRaised: z.boolean(),
});
const TermsOnly = z.object({
  context: z.object({ terms: z.partialRecord(TermKind, TermFlags) }),
});

const MS_PER_DAY = 86_400_000;
const epochDay = (day: string) => Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
const FIRST = epochDay(FIRST_SUPPORTED_DAY);
const LAST = epochDay(LAST_SUPPORTED_DAY);

/** The last millisecond of a Kyiv day: the latest a tick of that day can run, so what any tick that day can see. */
const endOfDay = (day: number) => kyivWallInstant(day, 1439).ms + 59_999;

/**
 * The first day, not before `from`, on which a tick would change this term: raise `deadline.atRisk` (due soon or
 * today, by the machine's own threshold: `deadlineStatus`'s default, as `tickTerm` judges) or `deadline.overdue`.
 * Each day is judged at its last moment: the status only moves forward in time, so a tick earlier that day sees no
 * more than that.
 */
function termChange(term: z.infer<typeof TermFlags>, from: number): number | undefined {
  const status = (day: number) => deadlineStatus(term, endOfDay(day)).status;
  const first = Math.max(epochDay(term.start), from, FIRST);
  if (first > LAST) return undefined;
  // The first day a tick can find the term overdue: the day its closing instant falls on, or the next.
  let overdue: number | undefined = epochDay(toKyivDate(term.dueAt));
  if (overdue <= LAST && status(overdue) !== 'overdue') overdue += 1;
  if (overdue > LAST) overdue = undefined;
  if (!term.atRiskRaised) {
    // The first day it is not on track, searched between `first` and the first overdue day: the status only moves
    // forward, and `deadline.atRisk` is raised only while the term is due soon or due today.
    let low = first;
    let high = overdue === undefined ? LAST + 1 : Math.max(overdue, first);
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (status(middle) === 'onTrack') low = middle + 1;
      else high = middle;
    }
    if (low <= LAST && (overdue === undefined || low < overdue)) return low;
  }
  if (overdue === undefined || term.overdueRaised) return undefined;
  return Math.max(overdue, first);
}

/**
 * The next Kyiv day on which a `TICK` would change a persisted case, or `undefined` when no tick ever will until
 * another event changes it: the day a running term turns due soon or due today (`deadline.atRisk`, by the machine's
 * threshold) or overdue (`deadline.overdue`), counting only the warnings the term has not raised yet. The tick that
 * archives a case whose result was not collected is the one that finds its collection term overdue, so that day is
 * among them. Paused and ended terms
 * wait for an event. Read from the JSON like `persistedTermStatus`: no actor, and the HMAC is not checked
 * (`restoreCase` checks it before anything acts on the case), so a host can store the day beside each case and
 * tick only the cases due.
 *
 * A tick on any day before the answer changes nothing (no event, no change to the snapshot); a tick on that day
 * does, at the latest when the term's closing instant has passed (a term closes at the end of office hours, so a
 * tick that morning may still find it due today).
 *
 * @param persisted - a case as `persistCase` wrote it.
 * @param options - `from`: the first day to consider (today, say).
 * @returns a civil date `YYYY-MM-DD`, or `undefined`.
 * @throws {@link WorkflowError} `INVALID_INPUT` for something that is not a persisted case, a snapshot too long or
 * malformed, a term outside the supported calendar, or options that are not valid.
 * @example
 * ```ts
 * import { caseKeys, createCase, nextTermChange, persistCase, sendCaseEvent } from '@vikno/workflows';
 *
 * const keys = caseKeys({ current: 'k1', secrets: { k1: 'a secret of thirty-two bytes or more' } });
 * const actor = createCase({ caseId: 'C-1', serviceId: 'birth-assistance', model: 'I', asOf: '2026-03-02' });
 * const admin = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap' } as const;
 * sendCaseEvent(actor, { type: 'PACKAGE.CHECKED', by: admin, at: '2026-03-02T10:00:00+02:00', complete: true, missing: [] });
 * nextTermChange(persistCase(actor, { keys }));
 * //=> '2026-03-02' (the transfer term, one working day, is due soon from the start)
 * nextTermChange(persistCase(actor, { keys }), { from: '2026-03-05' });
 * //=> '2026-03-05'
 * ```
 */
export function nextTermChange(
  persisted: PersistedCase,
  options?: NextTermChangeOptions,
): string | undefined {
  const raw = (persisted as { snapshot?: unknown } | null | undefined)?.snapshot;
  if (typeof persisted !== 'object' || persisted === null || raw === undefined) {
    fail('persisted', 'PERSISTED_CASE_EXPECTED', { value: valueKind(persisted) });
  }
  let snapshot = raw;
  if (typeof raw === 'string') {
    if (raw.length > MAX_SNAPSHOT_CHARS) fail('persisted.snapshot', 'SNAPSHOT_TOO_LONG', {});
    try {
      snapshot = JSON.parse(raw);
    } catch {
      fail('persisted.snapshot', 'SNAPSHOT_NOT_JSON', {});
    }
  }
  const parsed = TermsOnly.safeParse(snapshot);
  if (!parsed.success) throw invalidInput('persisted.snapshot', parsed.error);
  const settings = Options.safeParse(options ?? {});
  if (!settings.success) throw invalidInput('options', settings.error);
  const from = settings.data.from === undefined ? FIRST : epochDay(settings.data.from);
  let next: number | undefined;
  for (const [kind, term] of Object.entries(parsed.data.context.terms) as [
    TermKind,
    z.infer<typeof TermFlags>,
  ][]) {
    if (term.state !== 'running') continue;
    let day: number | undefined;
    try {
      day = termChange(term, from);
    } catch (error) {
      if (!(error instanceof DeadlinesError)) throw error;
      fail(`persisted.snapshot.context.terms.${kind}`, 'TERM_OUT_OF_CALENDAR', {});
    }
    if (day !== undefined && (next === undefined || day < next)) next = day;
  }
  return next === undefined ? undefined : formatEpochDay(next);
}
