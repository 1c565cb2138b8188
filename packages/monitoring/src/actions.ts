import { type CaseEventType, PERMISSIONS, Role } from '@vikno/workflows';
import { z } from 'zod';
import { invalid } from './errors.js';
import {
  type CaseRecord,
  caseAt,
  dayAt,
  RECORDED_TERMS,
  type RecordedTerm,
  type RecordedTermKind,
} from './record.js';
import { casesOf, type Moment, type MonitoredCase, momentOf, standing } from './report.js';

/** Options of {@link actionList}. */
export interface ActionListOptions {
  /** The moment to judge at: an ISO 8601 instant with an offset. */
  readonly now: string;
  /** The office whose list it is: a CNAP, ТП, ВРМ or starosta's office, or a provider office. */
  readonly office: string;
  /**
   * The role asking. CNAP roles (`cnapAdministrator`, `remoteAdministrator`, `authorisedOfficial`) and the host's
   * `system` see the CNAP's terms (transfer, notification, collection, cure) of the cases their office received;
   * provider roles (`usznSpecialist`, `decisionMaker`) the decision and the hearing of the cases their office
   * decides. An applicant has no list.
   */
  readonly role: Role;
  /** At most this many actions, the most urgent; 500 when left out. */
  readonly limit?: number | undefined;
  /** A running term this many working days from its last day or closer is at risk; 2 when left out. */
  readonly dueSoonWithinWorkingDays?: number | undefined;
}

/** How urgent an action is: its term overdue, due today, or due within the at-risk threshold. */
export type ActionUrgency = 'overdue' | 'dueToday' | 'dueSoon';

/** The step that clears a term: the event the host records, who may send it, and what to do in both languages. */
export interface ClearingStep {
  /** The event of `@vikno/workflows` that ends the term. */
  readonly event: CaseEventType;
  /** The roles that may send it (`PERMISSIONS` of `@vikno/workflows`). */
  readonly roles: readonly Role[];
  /** What to do, in Ukrainian. */
  readonly uk: string;
  /** What to do, in English. */
  readonly en: string;
}

/** One thing an office must act on: the case, its term, how urgent, and the step that clears it. */
export interface Action {
  readonly caseId: string;
  readonly serviceId: string;
  readonly model: 'I' | 'II' | 'III';
  readonly term: RecordedTermKind;
  readonly lastDay: string;
  /** The moment the last day's office hours end, in Kyiv time. */
  readonly dueAt: string;
  readonly urgency: ActionUrgency;
  /** Days past the last day when overdue, days left to it otherwise: working and calendar days. */
  readonly days: { readonly workingDays: number; readonly calendarDays: number };
  readonly step: ClearingStep;
}

/** An office's action list: the actions, most urgent first, and how many there were before `limit`. */
export interface ActionList {
  /** The moment judged at, in Kyiv time. */
  readonly now: string;
  readonly office: string;
  readonly role: Role;
  /** Every action found, including those beyond `limit`. */
  readonly total: number;
  readonly actions: readonly Action[];
}

/** The most actions a list holds. */
export const MAX_ACTIONS = 10_000;

const Options = z
  .object({
    now: z.string().max(40),
    office: z.string().min(1).max(80),
    role: Role,
    limit: z.number().int().min(1).max(MAX_ACTIONS).optional(),
    dueSoonWithinWorkingDays: z.number().int().min(0).max(60).optional(),
  })
  .strict();

/** What to do for each step, in both languages. */
const STEP_WORDS: Readonly<Partial<Record<CaseEventType, { readonly uk: string; readonly en: string }>>> = {
  'TRANSFER.SENT': {
    uk: 'Надіслати заяву надавачу електронно («Соціальна громада»)',
    en: 'Send the application to the provider electronically («Соціальна громада»)',
  },
  'TRANSFER.HANDED_OVER': {
    uk: 'Передати справу до бек-офісу УСЗН',
    en: 'Hand the file over to the УСЗН back office',
  },
  'TRANSFER.ADDED': { uk: 'Додати справу до реєстру передавання', en: 'Add the case to a transfer register' },
  'TRANSFER.DISPATCHED': {
    uk: 'Відправити реєстр передавання надавачу',
    en: 'Dispatch the transfer register to the provider',
  },
  'TRANSFER.RECEIVED': {
    uk: 'Підтвердити отримання реєстру надавачем',
    en: 'Confirm the provider’s receipt of the register',
  },
  'DECISION.MADE': { uk: 'Ухвалити рішення у справі', en: 'Decide the case' },
  'APPLICANT.NOTIFIED': { uk: 'Повідомити заявника про рішення', en: 'Notify the applicant of the decision' },
  'RESULT.ISSUED': { uk: 'Видати результат заявникові', en: 'Issue the result to the applicant' },
  'APPLICATION.RETURNED': {
    uk: 'Повернути заяву: недоліки не усунуто вчасно',
    en: 'Return the application: its defects were not cured in time',
  },
};

/** The provider's staff: the roles that act in consideration (request documents, decide), as `PERMISSIONS` says. */
const PROVIDER_ROLES: readonly Role[] = [
  ...new Set([...PERMISSIONS['DOCUMENTS.REQUESTED'], ...PERMISSIONS['DECISION.MADE']]),
];

/** The terms each side of a case keeps: the CNAP's, and the provider's. */
const CNAP_TERMS: readonly RecordedTermKind[] = ['transfer', 'notification', 'collection', 'cure'];
const PROVIDER_TERMS: readonly RecordedTermKind[] = ['decision', 'hearing'];
/** The terms the applicant runs: the office acts only once they lapse. */
const APPLICANTS_TERMS: readonly RecordedTermKind[] = ['cure', 'hearing'];

/** The event that clears a running term of a case. */
function clearingEvent(record: CaseRecord, kind: RecordedTermKind): CaseEventType {
  switch (kind) {
    case 'transfer':
      if (record.model === 'I') return 'TRANSFER.SENT';
      if (record.model === 'II') return 'TRANSFER.HANDED_OVER';
      if (record.transfer?.addedAt === null || record.transfer === null) return 'TRANSFER.ADDED';
      return record.transfer.dispatchedAt === null ? 'TRANSFER.DISPATCHED' : 'TRANSFER.RECEIVED';
    case 'decision':
    case 'hearing':
      return 'DECISION.MADE';
    case 'notification':
      return 'APPLICANT.NOTIFIED';
    case 'collection':
      return 'RESULT.ISSUED';
    case 'cure':
      return 'APPLICATION.RETURNED';
  }
}

const URGENCY: Readonly<Record<ActionUrgency, number>> = { overdue: 0, dueToday: 1, dueSoon: 2 };

/** Most urgent first: overdue by most days, then due today, then due soonest; then by due moment and case. */
function moreUrgent(a: Action, b: Action): number {
  const rank = URGENCY[a.urgency] - URGENCY[b.urgency];
  if (rank !== 0) return rank;
  if (a.urgency === 'overdue') {
    const late = b.days.workingDays - a.days.workingDays || b.days.calendarDays - a.days.calendarDays;
    if (late !== 0) return late;
  } else {
    const left = a.days.workingDays - b.days.workingDays || a.days.calendarDays - b.days.calendarDays;
    if (left !== 0) return left;
  }
  if (a.dueAt !== b.dueAt) return a.dueAt < b.dueAt ? -1 : 1;
  return a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0;
}

class Actions {
  private readonly found: Action[] = [];
  private total = 0;
  private index = 0;
  private readonly terms: readonly RecordedTermKind[];
  private readonly side: 'office' | 'providerOffice' | undefined;

  constructor(
    private readonly moment: Moment,
    private readonly office: string,
    private readonly role: Role,
    private readonly limit: number,
    private readonly dueSoonWithin: number,
  ) {
    const provider = PROVIDER_ROLES.includes(role);
    this.side = role === 'applicant' ? undefined : provider ? 'providerOffice' : 'office';
    this.terms = provider ? PROVIDER_TERMS : CNAP_TERMS;
  }

  add(value: unknown): void {
    const record = caseAt(value, `cases.${this.index}`);
    this.index++;
    if (this.side === undefined || record[this.side] !== this.office) return;
    for (const kind of RECORDED_TERMS) {
      const term = record.terms[kind];
      if (term === undefined || term.state !== 'running' || !this.terms.includes(kind)) continue;
      this.consider(record, kind, term);
    }
  }

  private consider(record: CaseRecord, kind: RecordedTermKind, term: RecordedTerm): void {
    const judged = standing(this.moment, dayAt(term.lastDay), term.dueAt, this.dueSoonWithin);
    if (judged.standing === 'onTrack') return;
    if (APPLICANTS_TERMS.includes(kind) && judged.standing !== 'overdue') return;
    const event = clearingEvent(record, kind);
    const words = STEP_WORDS[event] as { uk: string; en: string };
    this.total++;
    this.found.push({
      caseId: record.caseId,
      serviceId: record.serviceId,
      model: record.model,
      term: kind,
      lastDay: term.lastDay,
      dueAt: term.dueAt,
      urgency: judged.standing,
      days: { workingDays: judged.workingDays, calendarDays: judged.calendarDays },
      step: { event, roles: PERMISSIONS[event], uk: words.uk, en: words.en },
    });
    // Keep the most urgent `limit`: memory bounded by the limit, not by the cases.
    if (this.found.length >= 2 * this.limit) this.trim();
  }

  private trim(): void {
    this.found.sort(moreUrgent);
    this.found.length = Math.min(this.found.length, this.limit);
  }

  result(): ActionList {
    this.trim();
    return {
      now: this.moment.at,
      office: this.office,
      role: this.role,
      total: this.total,
      actions: this.found,
    };
  }
}

/**
 * What an office must act on at `now`, most urgent first: each running term of its side of a case that is overdue
 * (by most working days first), due today, or at risk, with its last day and the step that clears it. A CNAP's
 * roles see the transfer, notification and collection of the cases the office received (and a cure term once it
 * lapsed: return the application); a provider's the decision of the cases the office decides (and a hearing period
 * once it lapsed: decide).
 *
 * Streams the cases like `timelinessReport`, keeping at most twice `limit` actions in memory.
 *
 * @param cases - an iterable or async iterable of persisted cases and case records.
 * @param options - `now`, the `office` and `role` asking, and optionally `limit` and the at-risk threshold.
 * @returns the list; a promise of it when `cases` is an async iterable.
 * @throws {@link MonitoringError} `INVALID_INPUT` for options that are not valid; `INVALID_CASE` for a case that is
 * neither a persisted case nor a record, named by its place.
 * @example
 * ```ts
 * import { actionList } from '@vikno/monitoring';
 *
 * const { actions } = actionList(records, {
 *   now: '2026-03-25T09:00:00+02:00',
 *   office: 'uszn-district',
 *   role: 'decisionMaker',
 * });
 * actions[0];
 * //=> { caseId: 'C-17', term: 'decision', lastDay: '2026-03-16', urgency: 'overdue',
 * //     days: { workingDays: 7, calendarDays: 9 }, step: { event: 'DECISION.MADE', uk: 'Ухвалити рішення у справі', … }, … }
 * ```
 */
export function actionList(cases: Iterable<MonitoredCase>, options: ActionListOptions): ActionList;
export function actionList(
  cases: AsyncIterable<MonitoredCase>,
  options: ActionListOptions,
): Promise<ActionList>;
export function actionList(
  cases: Iterable<MonitoredCase> | AsyncIterable<MonitoredCase>,
  options: ActionListOptions,
): ActionList | Promise<ActionList> {
  const source = casesOf(cases);
  const parsed = Options.safeParse(options);
  if (!parsed.success) throw invalid('INVALID_INPUT', 'options', parsed.error);
  const { now, office, role, limit, dueSoonWithinWorkingDays } = parsed.data;
  const list = new Actions(
    momentOf(now, 'options.now'),
    office,
    role,
    limit ?? 500,
    dueSoonWithinWorkingDays ?? 2,
  );
  if ('sync' in source) {
    for (const value of source.sync) list.add(value);
    return list.result();
  }
  return (async () => {
    for await (const value of source.async) list.add(value);
    return list.result();
  })();
}

/** @internal For the tests: the words of every step an action may name. */
export const STEP_TEXTS = STEP_WORDS;
