import {
  CivilDate,
  deadlineStatus,
  FIRST_SUPPORTED_DAY,
  LAST_SUPPORTED_DAY,
  toKyivDate,
} from '@vikno/deadlines';
import { formatEpochDay, kyivWallInstant } from '@vikno/law';
import { z } from 'zod';
import { type PersistedCase, persistedTermStatus } from './persistence.js';
import { TermKind } from './terms.js';
import { invalidInput } from './transfer-register.js';

/** What {@link nextTermChange} takes besides the case. */
export interface NextTermChangeOptions {
  /**
   * The first day to consider (`YYYY-MM-DD`, Kyiv), such as today: a change that is already due comes back as this
   * day. Without it, the answer may be a day already past, when the case has not been ticked since.
   */
  readonly from?: string | undefined;
}

const Options = z.object({ from: CivilDate.optional() }).strict();
// The days and instants were checked by persistedTermStatus; only what it does not read is checked here.
const TermFlags = z.object({
  state: z.string(),
  start: CivilDate,
  lastDay: z.string(),
  dueAt: z.string(),
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
const FIRST_MS = kyivWallInstant(FIRST, 0).ms;

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
  // The first day a tick can find the term overdue: the day its closing instant falls on, or the next; none
  // within the calendar when it closes after it.
  const dueMs = Date.parse(term.dueAt);
  let overdue: number | undefined =
    dueMs > endOfDay(LAST) ? undefined : dueMs < FIRST_MS ? FIRST : epochDay(toKyivDate(dueMs));
  if (overdue !== undefined && status(overdue) !== 'overdue')
    overdue = overdue < LAST ? overdue + 1 : undefined;
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
  // Checks the case as persistedTermStatus does (its shape, the snapshot's length and JSON, each term's days within
  // the calendar), with the same typed errors; then the flags of its terms.
  persistedTermStatus(persisted, FIRST_MS);
  const raw = persisted.snapshot;
  const parsed = TermsOnly.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw);
  if (!parsed.success) throw invalidInput('persisted.snapshot', parsed.error);
  const settings = Options.safeParse(options ?? {});
  if (!settings.success) throw invalidInput('options', settings.error);
  const from = settings.data.from === undefined ? FIRST : epochDay(settings.data.from);
  let next: number | undefined;
  for (const term of Object.values(parsed.data.context.terms)) {
    if (term?.state !== 'running') continue;
    const day = termChange(term, from);
    if (day !== undefined && (next === undefined || day < next)) next = day;
  }
  return next === undefined ? undefined : formatEpochDay(next);
}
