import {
  ADMINISTRATIVE_PROCEDURE,
  APPLICATION_REGISTRATION,
  computeDeadline,
  DeadlinesError,
  deadlineStatus,
  deliveredOn,
  extensionNoticeDay,
  registrationDay,
  type Term,
  toKyivDate,
} from '@vikno/deadlines';
import { and, assign, enqueueActions, setup } from 'xstate';
import { z } from 'zod';
import {
  ADVERSE_OUTCOMES,
  type CaseEvent,
  type CaseEventType,
  type DecisionOutcome,
  type DeliveryChannel,
  type HearingException,
  PERMISSIONS,
  PROVIDER_ROLES,
  Role,
} from './events.js';
import { DELIVERY_MODELS, type Model, type TransferStep } from './models.js';
import {
  beginTerm,
  extendRunning,
  finishTerm,
  judgeTerm,
  pauseRunning,
  type RunningTerm,
  resumePaused,
  type TermKind,
} from './terms.js';
import { invalidInput, supportedKyivDay } from './transfer-register.js';

export type { Model } from './models.js';

/** The terms a case runs, as configured when it is created. */
export interface TermSettings {
  /** From registration to the provider's receipt. */
  readonly transfer: Term;
  /** From registration to the decision: the service's term. */
  readonly decision: Term;
  /** From the CNAP being informed to the applicant being notified. */
  readonly notification: Term;
  /** From notification until an uncollected result is archived. */
  readonly collection: Term;
  /**
   * The term to cure the defects of an application left without movement; `ADMINISTRATIVE_PROCEDURE.cure` of
   * `@vikno/deadlines` when absent.
   */
  readonly cure?: Term | undefined;
  /**
   * The period to present a position after notice of an intended adverse decision;
   * `ADMINISTRATIVE_PROCEDURE.hearing` of `@vikno/deadlines` when absent.
   */
  readonly hearing?: Term | undefined;
}

/** One accepted event in a case's audit log: who (an id and role), from which office, when, and what. */
export interface AuditEntry {
  /** 1, 2, 3, … in the order accepted. */
  readonly seq: number;
  readonly type: CaseEventType;
  readonly at: string;
  readonly role: Role;
  readonly actorId: string;
  readonly office: string;
}

/**
 * The last event a case refused, and why:
 *
 * - `roleNotPermitted`: the role may never send it (an administrator recording a decision);
 * - `wrongOffice`: the provider's staff (a УСЗН specialist or a decision-maker) of an office other than the one that
 *   decides the case (`providerOffice`);
 * - `notAllowedNow`: the case is not in a state to take it; a finished case (returned, withdrawn, issued,
 *   archived) takes nothing;
 * - `outOfOrder`: dated before the event it answers (documents received before they were requested, a decision
 *   before the file reached the provider);
 * - `outOfRange`: a term it would start or move would end after the supported calendar (a package registered on
 *   30 December 2035), or its time is outside that calendar;
 * - `notHeard`: an adverse decision (a refusal, a partial grant) without the applicant heard first: no notice of
 *   it, grounds the applicant was not told of, or an outcome worse than the one noticed (Law 2073-IX);
 * - `termRunning`: too early: an application returned while its cure term runs, or an adverse decision while the
 *   applicant's period to present a position runs;
 * - `termLapsed`: too late: defects cured after the cure term, or an extension noticed later than the law allows;
 * - `overLimit`: an extension longer, or more times, than the law allows.
 */
export interface Rejection {
  /** The count of rejections so far, 1 for the first. */
  readonly count: number;
  /** The event's type; `unknown` for a type no case takes. */
  readonly type: string;
  /** The sender's role; `unknown` for a role no case knows. */
  readonly role: string;
  readonly reason: RejectionReason;
}

/** Why a case refused an event: the reasons {@link Rejection} lists. */
export const RejectionReason = z.enum([
  'roleNotPermitted',
  'wrongOffice',
  'notAllowedNow',
  'outOfOrder',
  'outOfRange',
  'notHeard',
  'termRunning',
  'termLapsed',
  'overLimit',
]);
/** Why a case refused an event. */
export type RejectionReason = z.infer<typeof RejectionReason>;

/** Everything a case holds: ids, its terms as data, its decision, and its audit log. No personal data. */
export interface CaseContext {
  readonly caseId: string;
  readonly serviceId: string;
  readonly model: Model;
  readonly settings: TermSettings;
  readonly caseNumber: string | undefined;
  /**
   * The day of registration: the day the complete package was received, or the next working day when it was
   * received on a day off (`APPLICATION_REGISTRATION` of `@vikno/deadlines`, Instruction 345 p. 2.5). Terms run
   * from the day after.
   */
  readonly registeredOn: string | undefined;
  /**
   * The day the application counts as filed: the day the package was received, kept when defects were cured in
   * time (Law 2073-IX). `undefined` before the completeness check.
   */
  readonly filedOn?: string | undefined;
  /** Document ids missing at intake: the defects of an application left without movement. */
  readonly missing: readonly string[];
  /** Codes of the reasons an application left without movement was returned. */
  readonly returnReasons?: readonly string[] | undefined;
  /** The hearing before an adverse decision: the outcome and grounds noticed, the day, and how it ended. */
  readonly hearing?: Hearing | undefined;
  /**
   * The exception of Law 2073-IX Art. 63 part 2 under which the current adverse decision was taken without hearing
   * the applicant.
   */
  readonly hearingException?: HearingException | undefined;
  /** How and when the decision reached the applicant; the appeal terms run from `on`. */
  readonly delivery?: Delivery | undefined;
  /**
   * The complaints that set a decision aside, in order: each complaint's id and the outcome it set aside, whether
   * it reopened the case (`CASE.REOPENED`) or replaced the decision (`DECISION.REPLACED`).
   */
  readonly complaints?: readonly SetAside[] | undefined;
  /**
   * Every extension of the decision term, in order, as `TERM.EXTENDED` gave it (those of a decision term a
   * complaint later replaced included); the running term holds its own.
   */
  readonly extensions?:
    | readonly { readonly amount: number; readonly unit: 'calendarDays' | 'workingDays' }[]
    | undefined;
  /** The applicant's access to the case file: requested, then given. */
  readonly fileAccess?: 'requested' | 'given' | undefined;
  /** Set only by the migration from version 2: a package returned at intake, as version 2 did. */
  readonly returnedAtIntake?: true | undefined;
  /**
   * Set only by the migrations: the version of the machines that recorded the case before (1 or 2), which knew
   * nothing of Law 2073-IX. Its decisions were taken without a hearing the case could record.
   */
  readonly migratedFromVersion?: number | undefined;
  /** Set only by the migrations: how many audit entries the case had when migrated; later ones are version 3's. */
  readonly migratedAfter?: number | undefined;
  /** Document ids requested from the applicant during consideration. */
  readonly requested: readonly string[];
  readonly terms: Readonly<Partial<Record<TermKind, RunningTerm>>>;
  readonly outcome: DecisionOutcome | undefined;
  readonly grounds: readonly string[];
  /** Model I: whether the paper originals have followed the electronic transfer. */
  readonly originals: 'notApplicable' | 'awaited' | 'received';
  readonly registerId: string | undefined;
  /**
   * The provider office (a УСЗН or Pension Fund office, an id of 1 to 80 characters) that decides the case, set by
   * the event that completes the transfer: model I `TRANSFER.SENT` (its `to`), model II `TRANSFER.HANDED_OVER`
   * (its `to`, or the УСЗН specialist's own office), model III `TRANSFER.RECEIVED` (its `to`, the register's
   * receiving office, or the signing specialist's office). `undefined` before the transfer (`intake`, `transfer`,
   * `returned`, and `withdrawn` before the transfer). From then on the provider's staff (a УСЗН specialist or a
   * decision-maker) act on the case only from this office.
   */
  readonly providerOffice: string | undefined;
  readonly audit: readonly AuditEntry[];
  readonly rejection: Rejection | undefined;
}

/** The hearing of the applicant before an adverse decision (Law 2073-IX). */
export interface Hearing {
  /** The adverse outcome noticed. */
  readonly outcome: 'partiallyGranted' | 'refused';
  /** Codes of its grounds, which the applicant was told of. */
  readonly grounds: readonly string[];
  /** The day of the notice. */
  readonly notifiedOn: string;
  /** `awaited` while the period runs; `heard` once a position was presented; `lapsed` when none came in time. */
  readonly state: 'awaited' | 'heard' | 'lapsed';
}

/** A decision a complaint set aside: the complaint's id, and the outcome set aside. */
export interface SetAside {
  readonly complaintId: string;
  readonly setAside: DecisionOutcome;
}

/** How and when a decision reached the applicant. */
export interface Delivery {
  readonly channel: DeliveryChannel;
  /** The day it was handed over or sent. */
  readonly sentOn: string;
  /** The day it counts as delivered (`deliveredOn` of `@vikno/deadlines`). */
  readonly on: string;
}

/** What a case is created with. */
export interface CaseInput {
  readonly caseId: string;
  readonly serviceId: string;
  readonly model: Model;
  readonly settings: TermSettings;
}

/** What a case emits for the host: deadline warnings, and the request to notify the applicant. */
export type CaseEmitted =
  | {
      readonly type: 'deadline.atRisk' | 'deadline.overdue';
      readonly caseId: string;
      readonly term: TermKind;
      readonly lastDay: string;
      readonly dueAt: string;
    }
  | { readonly type: 'applicant.notify'; readonly caseId: string; readonly outcome: DecisionOutcome };

const day = (at: string) => toKyivDate(at);

function withTerm(context: CaseContext, kind: TermKind, change: (term: RunningTerm) => RunningTerm) {
  const term = context.terms[kind];
  return term === undefined ? context.terms : { ...context.terms, [kind]: change(term) };
}

/**
 * The term of `kind` a case runs under its settings: the cure term and the hearing period default to the rules of
 * Law 2073-IX (`ADMINISTRATIVE_PROCEDURE` of `@vikno/deadlines`). A case runs no `complaint` term: a complaint is a
 * case of its own.
 */
export function settingTerm(settings: TermSettings, kind: Exclude<TermKind, 'complaint'>): Term {
  if (kind === 'cure') return settings.cure ?? ADMINISTRATIVE_PROCEDURE.cure.value;
  if (kind === 'hearing') return settings.hearing ?? ADMINISTRATIVE_PROCEDURE.hearing.value;
  return settings[kind];
}

/**
 * The terms with `kind` started on `start`: from the registration of the application (`APPLICATION_REGISTRATION` of
 * `@vikno/deadlines`) when it runs from the package's receipt, from the day itself otherwise.
 */
function started(
  context: CaseContext,
  kind: Exclude<TermKind, 'complaint'>,
  start: string,
  fromReceipt: boolean,
) {
  return {
    ...context.terms,
    [kind]: beginTerm({
      kind,
      start,
      term: settingTerm(context.settings, kind),
      registration: fromReceipt ? APPLICATION_REGISTRATION.rule : 'asReceived',
    }),
  };
}

/** Whether a running term is overdue at the moment `at`. */
function overdueAt(term: RunningTerm | undefined, at: string): boolean {
  return term !== undefined && term.state === 'running' && deadlineStatus(term, at).status === 'overdue';
}

/** The running terms of a case, by kind. */
type CaseTerms = Partial<Record<TermKind, RunningTerm>>;

/** How adverse an outcome is: a decision may not be more adverse than the one the applicant was heard on. */
const ADVERSITY: Readonly<Record<DecisionOutcome, number>> = { granted: 0, partiallyGranted: 1, refused: 2 };

/**
 * Whether the applicant was heard on an adverse decision (Law 2073-IX Art. 63 part 1): told of this outcome or a
 * harsher one, on these grounds. The machine judges `DECISION.MADE` by it, and the replay of a persisted case too.
 */
export function heardOn(
  hearing: Pick<Hearing, 'outcome' | 'grounds'> | undefined,
  outcome: DecisionOutcome,
  grounds: readonly string[],
): boolean {
  return (
    hearing !== undefined &&
    ADVERSITY[outcome] <= ADVERSITY[hearing.outcome] &&
    grounds.every((ground) => hearing.grounds.includes(ground))
  );
}

/**
 * The hearing and terms once a decision is made during the hearing stage: an adverse one ends the hearing as lapsed
 * (its period over, the hearing term met), a grant after all cancels the hearing term. Unchanged otherwise.
 */
export function closedHearing(
  hearing: Hearing | undefined,
  terms: CaseTerms,
  outcome: DecisionOutcome,
): { hearing: Hearing | undefined; terms: CaseTerms } {
  const running = terms.hearing;
  if (hearing?.state !== 'awaited') return { hearing, terms };
  const adverse = ADVERSE_OUTCOMES.includes(outcome);
  return {
    hearing: adverse ? { ...hearing, state: 'lapsed' } : hearing,
    terms:
      running === undefined
        ? terms
        : { ...terms, hearing: finishTerm(running, adverse ? 'met' : 'cancelled') },
  };
}

/** The terms that end with a decision's delivery: those of informing and collecting, cancelled when reopened. */
export function withoutResultTerms(terms: CaseTerms): CaseTerms {
  const result = { ...terms };
  for (const kind of ['notification', 'collection'] as const) {
    const term = result[kind];
    if (term !== undefined) result[kind] = finishTerm(term, 'cancelled');
  }
  return result;
}

/** The audit log with one more entry for an accepted event: who, from which office, when, what. */
function withAudit(context: CaseContext, event: CaseEvent): AuditEntry[] {
  return [
    ...context.audit,
    {
      seq: context.audit.length + 1,
      type: event.type,
      at: event.at,
      role: event.by.role,
      actorId: event.by.id,
      office: event.by.office,
    },
  ];
}

const endAll = (context: CaseContext) =>
  Object.fromEntries(
    Object.entries(context.terms).map(([kind, term]) => [kind, finishTerm(term, 'cancelled')]),
  );

/** The events that complete the transfer, each in its model; the office they name decides the case. */
const TRANSFER_COMPLETIONS: readonly string[] = [
  'TRANSFER.SENT',
  'TRANSFER.HANDED_OVER',
  'TRANSFER.RECEIVED',
];

/**
 * The provider office a transfer-completing event names: its `to`, or else the office of the provider's specialist
 * who sent it (model II hands over to the specialist's own back office; in model III the specialist signs for their
 * own office).
 */
function namedProviderOffice(event: CaseEvent): string | undefined {
  if (!TRANSFER_COMPLETIONS.includes(event.type)) return undefined;
  const to = 'to' in event ? event.to : undefined;
  return to ?? (PROVIDER_ROLES.includes(event.by.role) ? event.by.office : undefined);
}

/**
 * The events that start consideration: the transfer completed, the requested documents received, the applicant's
 * position presented, or the case reopened on a complaint.
 */
const CONSIDERATION_STARTS: readonly CaseEventType[] = [
  'TRANSFER.SENT',
  'TRANSFER.HANDED_OVER',
  'TRANSFER.RECEIVED',
  'DOCUMENTS.RECEIVED',
  'POSITION.PRESENTED',
  'CASE.REOPENED',
];

/** The events that give a case its decision. */
const DECISIONS: readonly CaseEventType[] = ['DECISION.MADE', 'DECISION.REPLACED'];

/**
 * What each event answers: it may not be dated before the last accepted event of these types. Events from other
 * workplaces arrive late (a remote workplace syncing), so an event is judged against the event it answers, not
 * against the last event accepted: paper originals received before the electronic transfer was recorded, or a
 * withdrawal handed in at a remote workplace before the transfer and synced after it, are accepted. `TICK` answers
 * nothing: it judges the terms at its own moment and raises each warning once, so a late tick does no harm.
 */
const ANSWERS: Readonly<Partial<Record<CaseEventType, readonly CaseEventType[]>>> = {
  'TRANSFER.SENT': ['PACKAGE.CHECKED', 'DEFECTS.CURED'],
  'TRANSFER.HANDED_OVER': ['PACKAGE.CHECKED', 'DEFECTS.CURED'],
  'TRANSFER.ADDED': ['PACKAGE.CHECKED', 'DEFECTS.CURED'],
  'TRANSFER.DISPATCHED': ['TRANSFER.ADDED'],
  'TRANSFER.RECEIVED': ['TRANSFER.DISPATCHED'],
  'ORIGINALS.RECEIVED': ['PACKAGE.CHECKED'],
  'DOCUMENTS.REQUESTED': CONSIDERATION_STARTS,
  'DOCUMENTS.RECEIVED': ['DOCUMENTS.REQUESTED'],
  'DECISION.MADE': [...CONSIDERATION_STARTS, 'HEARING.NOTIFIED'],
  'CNAP.INFORMED': DECISIONS,
  'APPLICANT.NOTIFIED': ['CNAP.INFORMED'],
  'RESULT.ISSUED': ['APPLICANT.NOTIFIED'],
  'APPLICATION.WITHDRAWN': ['PACKAGE.CHECKED'],
  'DEFECTS.CURED': ['PACKAGE.CHECKED'],
  'APPLICATION.RETURNED': ['PACKAGE.CHECKED'],
  'HEARING.NOTIFIED': CONSIDERATION_STARTS,
  'POSITION.PRESENTED': ['HEARING.NOTIFIED'],
  'TERM.EXTENDED': CONSIDERATION_STARTS,
  'DECISION.DELIVERED': DECISIONS,
  'FILE.ACCESS_GIVEN': ['FILE.ACCESS_REQUESTED'],
  'CASE.REOPENED': DECISIONS,
  'DECISION.REPLACED': DECISIONS,
};

/** Each running term judged at a tick: the warnings raised, and the change to the context. */
function ticked(context: CaseContext, event: CaseEvent) {
  const terms: Partial<Record<TermKind, RunningTerm>> = { ...context.terms };
  const raised: CaseEmitted[] = [];
  for (const [kind, term] of Object.entries(context.terms) as [TermKind, RunningTerm][]) {
    const result = judgeTerm(term, event.at);
    terms[kind] = result.term;
    for (const warning of result.events) {
      raised.push({
        type: warning.type,
        caseId: context.caseId,
        term: kind,
        lastDay: warning.lastDay,
        dueAt: warning.dueAt,
      });
    }
  }
  return {
    raised,
    change: { terms, audit: raised.length > 0 ? withAudit(context, event) : context.audit },
  };
}

/**
 * The terms of transfer and decision from the day the complete package was received (at intake, or when its
 * defects were cured: Law 5203-VI Art. 10 counts a service's term from the day the application and the documents
 * it needs were submitted), and the paper originals awaited where the model sends them after.
 */
function consideringFrom(context: CaseContext, receivedOn: string) {
  const withTransfer = started(context, 'transfer', receivedOn, true);
  return {
    originals: DELIVERY_MODELS[context.model].transfer.originalsFollow
      ? ('awaited' as const)
      : ('notApplicable' as const),
    terms: started({ ...context, terms: withTransfer }, 'decision', receivedOn, true),
  };
}

/** The complaints with the one `event` names, setting the current decision aside. */
function setAside(context: CaseContext, event: CaseEvent): SetAside[] {
  if (!('complaintId' in event) || context.outcome === undefined)
    throw new TypeError('no decision to set aside');
  return [...(context.complaints ?? []), { complaintId: event.complaintId, setAside: context.outcome }];
}

/** The change each named action makes to a case's context, as a pure function that may throw. */
const EFFECTS = {
  audit: (context, event) => ({ audit: withAudit(context, event) }),
  recordMissing: (_context, event) => ({ missing: event.type === 'PACKAGE.CHECKED' ? event.missing : [] }),
  register: (context, event) => {
    const receivedOn = day(event.at);
    return {
      caseNumber: event.type === 'PACKAGE.CHECKED' && event.caseNumber ? event.caseNumber : context.caseId,
      registeredOn: registrationDay(receivedOn),
      filedOn: receivedOn,
      ...consideringFrom(context, receivedOn),
    };
  },
  leaveWithoutMovement: (context, event) => {
    const receivedOn = day(event.at);
    return {
      caseNumber: event.type === 'PACKAGE.CHECKED' && event.caseNumber ? event.caseNumber : context.caseId,
      registeredOn: registrationDay(receivedOn),
      filedOn: receivedOn,
      missing: event.type === 'PACKAGE.CHECKED' ? event.missing : [],
      terms: started(context, 'cure', receivedOn, false),
    };
  },
  cure: (context, event) => {
    const ended = withTerm(context, 'cure', (term) => finishTerm(term, 'met'));
    return consideringFrom({ ...context, terms: ended }, day(event.at));
  },
  returnApplication: (context, event) => ({
    terms: endAll(context),
    returnReasons: event.type === 'APPLICATION.RETURNED' ? event.reasons : [],
  }),
  recordRegister: (_context, event) => ({ registerId: 'registerId' in event ? event.registerId : undefined }),
  transferDone: (context, event) => ({
    terms: withTerm(context, 'transfer', (term) => finishTerm(term, 'met')),
    providerOffice: namedProviderOffice(event) ?? context.providerOffice,
  }),
  originalsReceived: () => ({ originals: 'received' as const }),
  pauseDecision: (context, event) => ({
    terms: withTerm(context, 'decision', (term) => pauseRunning(term, day(event.at))),
    requested: event.type === 'DOCUMENTS.REQUESTED' ? event.documents : [],
  }),
  resumeDecision: (context, event) => ({
    terms: withTerm(context, 'decision', (term) => resumePaused(term, day(event.at))),
  }),
  decide: (context, event) => {
    const outcome = event.type === 'DECISION.MADE' ? event.outcome : undefined;
    const decided = withTerm(context, 'decision', (term) => finishTerm(term, 'met'));
    // Decided in the hearing stage: adversely once the period has lapsed, or granted after all.
    const { hearing, terms } =
      outcome === undefined
        ? { hearing: context.hearing, terms: decided }
        : closedHearing(context.hearing, decided, outcome);
    return {
      terms,
      outcome,
      grounds: event.type === 'DECISION.MADE' ? event.grounds : [],
      hearing,
      hearingException: event.type === 'DECISION.MADE' ? event.withoutHearing : undefined,
    };
  },
  notifyHearing: (context, event) => ({
    hearing:
      event.type === 'HEARING.NOTIFIED'
        ? {
            outcome: event.outcome,
            grounds: event.grounds,
            notifiedOn: day(event.at),
            state: 'awaited' as const,
          }
        : context.hearing,
    terms: started(context, 'hearing', day(event.at), false),
  }),
  heard: (context) => ({
    hearing: context.hearing === undefined ? undefined : { ...context.hearing, state: 'heard' as const },
    terms: withTerm(context, 'hearing', (term) => finishTerm(term, 'met')),
  }),
  extend: (context, event) => {
    if (event.type !== 'TERM.EXTENDED') return {};
    return {
      terms: withTerm(context, 'decision', (term) => extendRunning(term, event.extension)),
      extensions: [...(context.extensions ?? []), event.extension],
    };
  },
  deliver: (_context, event) => {
    const sentOn = day(event.at);
    const channel: DeliveryChannel = event.type === 'DECISION.DELIVERED' ? event.channel : 'inPerson';
    return { delivery: { channel, sentOn, on: deliveredOn({ channel, sentOn }).on } };
  },
  reopen: (context, event) => ({
    complaints: setAside(context, event),
    outcome: undefined,
    grounds: [],
    hearing: undefined,
    hearingException: undefined,
    delivery: undefined,
    terms: started(
      { ...context, terms: withoutResultTerms(context.terms) },
      'decision',
      day(event.at),
      false,
    ),
  }),
  replace: (context, event) => ({
    complaints: setAside(context, event),
    outcome: event.type === 'DECISION.REPLACED' ? event.outcome : context.outcome,
    grounds: event.type === 'DECISION.REPLACED' ? event.grounds : context.grounds,
    hearingException: undefined,
    delivery: undefined,
    terms: withoutResultTerms(context.terms),
  }),
  requestFile: () => ({ fileAccess: 'requested' as const }),
  giveFile: () => ({ fileAccess: 'given' as const }),
  informed: (context, event) => ({ terms: started(context, 'notification', day(event.at), false) }),
  notified: (context, event) => {
    const ended = withTerm(context, 'notification', (term) => finishTerm(term, 'met'));
    return { terms: started({ ...context, terms: ended }, 'collection', day(event.at), false) };
  },
  issued: (context, event) => ({
    terms: withTerm(context, 'collection', (term) => finishTerm(term, 'met')),
    // Handed over in person at the office, unless it reached the applicant before.
    delivery: context.delivery ?? { channel: 'inPerson' as const, sentOn: day(event.at), on: day(event.at) },
  }),
  cancelTerms: (context) => ({ terms: endAll(context) }),
  tick: (context, event) => ticked(context, event).change,
} satisfies Record<string, (context: CaseContext, event: CaseEvent) => Partial<CaseContext>>;

/** A named action of the case machines. */
type ActionName = keyof typeof EFFECTS;

/** Whether `actions` would run on this event without throwing: what a transition's guard checks first. */
function runs(context: CaseContext, event: CaseEvent, actions: readonly ActionName[]): boolean {
  try {
    let next = context;
    for (const name of actions) next = { ...next, ...EFFECTS[name](next, event) };
    return true;
  } catch {
    return false;
  }
}

/** The action of each event type that computes a deadline, which may end after the supported calendar. */
const COMPUTES: Readonly<Partial<Record<CaseEventType, ActionName>>> = {
  'PACKAGE.CHECKED': 'register',
  'DOCUMENTS.RECEIVED': 'resumeDecision',
  'CNAP.INFORMED': 'informed',
  'APPLICANT.NOTIFIED': 'notified',
  'DEFECTS.CURED': 'cure',
  'HEARING.NOTIFIED': 'notifyHearing',
  'TERM.EXTENDED': 'extend',
  'DECISION.DELIVERED': 'deliver',
  'CASE.REOPENED': 'reopen',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Judges an event against a case before the machine runs it, in whatever state the case is: the reason to refuse
 * it, or `undefined` when only the state can refuse it. Never throws, whatever the event holds.
 */
function judge(context: CaseContext, event: CaseEvent): RejectionReason | undefined {
  const by: unknown = (event as { by?: unknown }).by;
  // The model's own table; an event only another model takes (its transfer) is judged by every model's, so that
  // only the state refuses it (`notAllowedNow`) when the role may send it somewhere.
  const own = DELIVERY_MODELS[context.model].permissions.roles;
  const table: Partial<Record<string, readonly Role[]>> = Object.hasOwn(own, event.type) ? own : PERMISSIONS;
  const roles = Object.hasOwn(table, event.type) ? table[event.type] : undefined;
  if (!isObject(by) || roles === undefined || !roles.includes(by.role as Role)) return 'roleNotPermitted';
  const at = Date.parse(event.at);
  if (supportedKyivDay(event.at) === undefined || !Number.isFinite(at)) return 'outOfRange';
  if (PROVIDER_ROLES.includes(by.role as Role)) {
    const office = context.providerOffice ?? namedProviderOffice(event);
    if (office !== undefined && office !== by.office) return 'wrongOffice';
  }
  const answered = ANSWERS[event.type];
  if (answered !== undefined) {
    for (let index = context.audit.length - 1; index >= 0; index--) {
      const entry = context.audit[index] as AuditEntry;
      if (!answered.includes(entry.type)) continue;
      if (at < Date.parse(entry.at)) return 'outOfOrder';
      break;
    }
  }
  const incomplete = event.type === 'PACKAGE.CHECKED' && !event.complete;
  const computes = incomplete ? 'leaveWithoutMovement' : COMPUTES[event.type];
  if (computes !== undefined) {
    try {
      EFFECTS[computes](context, event);
    } catch (error) {
      if (error instanceof DeadlinesError) return 'outOfRange';
    }
  }
  return undefined;
}

/**
 * The rules of Law 2073-IX an event is judged by in a state that takes it: the cure term (cured in time, returned
 * only after it), the applicant heard before an adverse decision (on its grounds and outcome, the period over
 * unless a position came), and the extension of the decision term (noticed in time, within the maximum, as many
 * times as allowed). `undefined` when the event keeps them. Never throws.
 */
function procedure(context: CaseContext, event: CaseEvent): RejectionReason | undefined {
  try {
    switch (event.type) {
      case 'DEFECTS.CURED':
        return overdueAt(context.terms.cure, event.at) ? 'termLapsed' : undefined;
      case 'APPLICATION.RETURNED':
        return context.terms.cure?.state === 'running' && !overdueAt(context.terms.cure, event.at)
          ? 'termRunning'
          : undefined;
      case 'DECISION.MADE': {
        if (!ADVERSE_OUTCOMES.includes(event.outcome) || event.withoutHearing !== undefined) return undefined;
        const hearing = context.hearing;
        if (hearing === undefined || !heardOn(hearing, event.outcome, event.grounds)) return 'notHeard';
        return hearing.state === 'awaited' && !overdueAt(context.terms.hearing, event.at)
          ? 'termRunning'
          : undefined;
      }
      case 'TERM.EXTENDED': {
        const decision = context.terms.decision;
        if (decision === undefined || (decision.state !== 'running' && decision.state !== 'paused')) {
          return undefined;
        }
        const rule = ADMINISTRATIVE_PROCEDURE.extension.value;
        if ((decision.extensions?.length ?? 0) >= rule.times) return 'overLimit';
        if (day(event.at) > extensionNoticeDay(decision.lastDay)) return 'termLapsed';
        const extended = computeDeadline({ start: decision.lastDay, term: event.extension }).lastDay;
        const furthest = computeDeadline({ start: decision.lastDay, term: rule.maximum }).lastDay;
        return extended > furthest ? 'overLimit' : undefined;
      }
      default:
        return undefined;
    }
  } catch (error) {
    if (error instanceof DeadlinesError) return 'outOfRange';
    throw error;
  }
}

/** The machines' shared definitions: guards and actions named here, used by name in the configs. */
const caseSetup = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as CaseInput,
    emitted: {} as CaseEmitted,
  },
  guards: {
    /** Judged acceptable (the case’s judge of events), and its actions run on it without an error. */
    accepted: ({ context, event }, params: { readonly actions: readonly ActionName[] }) =>
      judge(context, event) === undefined &&
      procedure(context, event) === undefined &&
      runs(context, event, params.actions),
    notDelivered: ({ context }) => context.delivery === undefined,
    decided: ({ context }) => context.outcome !== undefined,
    fileRequested: ({ context }) => context.fileAccess === 'requested',
    returnedAtIntake: ({ context }) => context.returnedAtIntake === true,
    complete: ({ event }) => event.type === 'PACKAGE.CHECKED' && event.complete === true,
    incomplete: ({ event }) => event.type === 'PACKAGE.CHECKED' && event.complete === false,
    originalsAwaited: ({ context }) => context.originals === 'awaited',
    collectionOverdue: ({ context, event }) => {
      const collection = context.terms.collection;
      if (collection === undefined || collection.state !== 'running') return false;
      try {
        return deadlineStatus(collection, event.at).status === 'overdue';
      } catch {
        return false;
      }
    },
  },
  actions: {
    audit: assign(({ context, event }) => EFFECTS.audit(context, event)),
    reject: assign({
      rejection: ({ context, event }, params: { readonly procedure?: boolean } | undefined) => {
        const role = isObject(event.by) ? Role.safeParse(event.by.role) : undefined;
        const judged = judge(context, event) ?? (params?.procedure ? procedure(context, event) : undefined);
        return {
          count: (context.rejection?.count ?? 0) + 1,
          type: Object.hasOwn(PERMISSIONS, event.type) ? event.type : 'unknown',
          role: role?.success ? role.data : 'unknown',
          reason: judged ?? 'notAllowedNow',
        };
      },
    }),
    recordMissing: assign(({ context, event }) => EFFECTS.recordMissing(context, event)),
    register: assign(({ context, event }) => EFFECTS.register(context, event)),
    recordRegister: assign(({ context, event }) => EFFECTS.recordRegister(context, event)),
    transferDone: assign(({ context, event }) => EFFECTS.transferDone(context, event)),
    originalsReceived: assign(() => EFFECTS.originalsReceived()),
    pauseDecision: assign(({ context, event }) => EFFECTS.pauseDecision(context, event)),
    resumeDecision: assign(({ context, event }) => EFFECTS.resumeDecision(context, event)),
    decide: assign(({ context, event }) => EFFECTS.decide(context, event)),
    leaveWithoutMovement: assign(({ context, event }) => EFFECTS.leaveWithoutMovement(context, event)),
    cure: assign(({ context, event }) => EFFECTS.cure(context, event)),
    returnApplication: assign(({ context, event }) => EFFECTS.returnApplication(context, event)),
    notifyHearing: assign(({ context, event }) => EFFECTS.notifyHearing(context, event)),
    heard: assign(({ context }) => EFFECTS.heard(context)),
    extend: assign(({ context, event }) => EFFECTS.extend(context, event)),
    deliver: assign(({ context, event }) => EFFECTS.deliver(context, event)),
    reopen: assign(({ context, event }) => EFFECTS.reopen(context, event)),
    replace: assign(({ context, event }) => EFFECTS.replace(context, event)),
    requestFile: assign(() => EFFECTS.requestFile()),
    giveFile: assign(() => EFFECTS.giveFile()),
    informed: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign(EFFECTS.informed(context, event));
      if (context.outcome !== undefined) {
        enqueue.emit({ type: 'applicant.notify', caseId: context.caseId, outcome: context.outcome });
      }
    }),
    notified: assign(({ context, event }) => EFFECTS.notified(context, event)),
    issued: assign(({ context, event }) => EFFECTS.issued(context, event)),
    cancelTerms: assign(({ context }) => EFFECTS.cancelTerms(context)),
    tick: enqueueActions(({ context, event, enqueue }) => {
      const { raised, change } = ticked(context, event);
      for (const warning of raised) enqueue.emit(warning);
      enqueue.assign(change);
    }),
  },
});

/** The named actions of the case machines' transitions (besides `audit`, which every accepted transition runs). */
export type CaseAction =
  | 'recordMissing'
  | 'register'
  | 'recordRegister'
  | 'transferDone'
  | 'originalsReceived'
  | 'pauseDecision'
  | 'resumeDecision'
  | 'decide'
  | 'informed'
  | 'notified'
  | 'issued'
  | 'cancelTerms'
  | 'leaveWithoutMovement'
  | 'cure'
  | 'returnApplication'
  | 'notifyHearing'
  | 'heard'
  | 'extend'
  | 'deliver'
  | 'reopen'
  | 'replace'
  | 'requestFile'
  | 'giveFile';

/** A transition's guard: the event judged acceptable, and `actions` run on it without an error. */
function accepted(...actions: ActionName[]) {
  return { type: 'accepted' as const, params: { actions } };
}

/** A transition that only an event judged acceptable takes, audited. */
function step(target: string | undefined, ...actions: CaseAction[]) {
  return {
    guard: accepted(...actions, 'audit'),
    ...(target === undefined ? {} : { target }),
    actions: [...actions, 'audit' as const],
  };
}

/** A transfer step's transition: to the next state of the transfer stage, or out of it to `consideration`. */
type TransferTransition = ReturnType<typeof step>;

type TransferSteps<M extends Model> = (typeof DELIVERY_MODELS)[M]['transfer']['steps'];

/** The transfer stage of model `M` as an XState state config, its state names kept as literals. */
interface TransferStage<M extends Model> {
  readonly initial: TransferSteps<M>[0]['in'];
  readonly states: {
    readonly [S in TransferSteps<M>[number] as S['in']]: {
      readonly on: { readonly [E in S['on']]: TransferTransition };
    };
  };
}

/** The transfer stage of a model, built from its steps in {@link DELIVERY_MODELS}. */
function transferStage<M extends Model>(model: M): TransferStage<M> {
  const steps: readonly TransferStep[] = DELIVERY_MODELS[model].transfer.steps;
  const states = Object.fromEntries(
    steps.map((entry) => [
      entry.in,
      {
        on: {
          [entry.on]: step(entry.to === 'consideration' ? '#case.consideration' : entry.to, ...entry.actions),
        },
      },
    ]),
  );
  return { initial: steps[0]?.in, states } as unknown as TransferStage<M>;
}

/**
 * The transfer stage of each model. A table, not a function returning one of three object literals: TypeScript
 * merges such literals into one type with the other models' states optional, and the published declarations then
 * failed xstate's `StateSchema` constraint in a consumer's `tsc` (TS2344, without `exactOptionalPropertyTypes`).
 */
const TRANSFER_STATES = { I: transferStage('I'), II: transferStage('II'), III: transferStage('III') };

/** The version of the machines' definitions; persisted snapshots carry it, and older ones are migrated. */
export const MACHINE_VERSION = 3;

/**
 * A transition guarded by the rules of Law 2073-IX ({@link procedure}), and the refusal that records which rule it
 * broke when it does not pass.
 */
function lawful(target: string | undefined, ...actions: CaseAction[]) {
  return [step(target, ...actions), { actions: { type: 'reject' as const, params: { procedure: true } } }];
}

/**
 * The case machine of one delivery model. Its id is `case`; a persisted case names it `vikno.case.model-<model>`
 * (see {@link persistCase}).
 *
 * States: `intake` → (`withoutMovement` when incomplete: cured in time → on; not cured → `returned`) → `transfer`
 * (model I: electronic; II: handover to the back office; III: `awaitingRegister` → `inRegister` → `inTransit`) →
 * `consideration` ⇄ `suspended` (documents requested), ⇄ `hearing` (the applicant heard before an adverse
 * decision) → `decided` → `informed` → `awaitingCollection` → `issued` or `archived`; `withdrawn` from any state
 * before the decision. A complaint reopens a decided case (`CASE.REOPENED` → `consideration`) or replaces its
 * decision (`DECISION.REPLACED` → `decided`); `returned` and `withdrawn` are final.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a model other than `I`, `II` or `III`.
 * @example
 * ```ts
 * import { caseMachine } from '@vikno/workflows';
 *
 * const machine = caseMachine('III');
 * machine.id;
 * //=> 'case'
 * Object.keys(machine.states.transfer?.states ?? {});
 * //=> ['awaitingRegister', 'inRegister', 'inTransit']
 * Object.keys(caseMachine('II').states.transfer?.states ?? {});
 * //=> ['awaitingHandover']
 * ```
 */
export function caseMachine(model: Model) {
  const parsed = z.enum(['I', 'II', 'III']).safeParse(model);
  if (!parsed.success) throw invalidInput('model', parsed.error);
  const withdraw = { 'APPLICATION.WITHDRAWN': step('#case.withdrawn', 'cancelTerms') };
  const extend = { 'TERM.EXTENDED': lawful(undefined, 'extend') };
  const deliver = {
    'DECISION.DELIVERED': {
      ...step(undefined, 'deliver'),
      guard: and([accepted('deliver', 'audit'), 'notDelivered']),
    },
  };
  const complaintOutcomes = {
    'CASE.REOPENED': {
      ...step('#case.consideration', 'reopen'),
      guard: and([accepted('reopen', 'audit'), 'decided']),
    },
    'DECISION.REPLACED': {
      ...step('#case.decided', 'replace'),
      guard: and([accepted('replace', 'audit'), 'decided']),
    },
  };
  return caseSetup.createMachine({
    id: 'case',
    context: ({ input }) => ({
      caseId: input.caseId,
      serviceId: input.serviceId,
      model: input.model,
      settings: input.settings,
      caseNumber: undefined,
      registeredOn: undefined,
      missing: [],
      requested: [],
      terms: {},
      outcome: undefined,
      grounds: [],
      originals: 'notApplicable',
      registerId: undefined,
      providerOffice: undefined,
      audit: [],
      rejection: undefined,
    }),
    initial: 'intake',
    on: {
      TICK: { guard: accepted('tick'), actions: ['tick'] },
      'ORIGINALS.RECEIVED': {
        guard: and([accepted('originalsReceived', 'audit'), 'originalsAwaited']),
        actions: ['originalsReceived', 'audit'],
      },
      'FILE.ACCESS_REQUESTED': step(undefined, 'requestFile'),
      'FILE.ACCESS_GIVEN': {
        ...step(undefined, 'giveFile'),
        guard: and([accepted('giveFile', 'audit'), 'fileRequested']),
      },
      '*': { actions: 'reject' },
    },
    states: {
      intake: {
        on: {
          'PACKAGE.CHECKED': [
            { ...step('transfer', 'register'), guard: and([accepted('register', 'audit'), 'complete']) },
            {
              ...step('withoutMovement', 'leaveWithoutMovement'),
              guard: and([accepted('leaveWithoutMovement', 'audit'), 'incomplete']),
            },
            {
              // Version 2 returned an incomplete package at intake; only a case migrated from it takes this.
              ...step('returned', 'recordMissing'),
              guard: and([accepted('recordMissing', 'audit'), 'incomplete', 'returnedAtIntake']),
            },
          ],
          ...withdraw,
        },
      },
      withoutMovement: {
        on: {
          'DEFECTS.CURED': lawful('transfer', 'cure'),
          'APPLICATION.RETURNED': lawful('returned', 'returnApplication'),
          ...withdraw,
        },
      },
      transfer: { ...TRANSFER_STATES[parsed.data], on: withdraw },
      consideration: {
        on: {
          'DOCUMENTS.REQUESTED': step('suspended', 'pauseDecision'),
          'HEARING.NOTIFIED': step('hearing', 'notifyHearing'),
          'DECISION.MADE': lawful('decided', 'decide'),
          ...extend,
          ...withdraw,
        },
      },
      suspended: {
        on: { 'DOCUMENTS.RECEIVED': step('consideration', 'resumeDecision'), ...extend, ...withdraw },
      },
      hearing: {
        on: {
          'POSITION.PRESENTED': step('consideration', 'heard'),
          'DECISION.MADE': lawful('decided', 'decide'),
          ...extend,
          ...withdraw,
        },
      },
      decided: { on: { 'CNAP.INFORMED': step('informed', 'informed'), ...deliver, ...complaintOutcomes } },
      informed: {
        on: {
          'APPLICANT.NOTIFIED': step('awaitingCollection', 'notified'),
          ...deliver,
          ...complaintOutcomes,
        },
      },
      awaitingCollection: {
        on: {
          'RESULT.ISSUED': step('issued', 'issued'),
          TICK: {
            guard: and([accepted('tick', 'cancelTerms'), 'collectionOverdue']),
            target: 'archived',
            actions: ['tick', 'cancelTerms'],
          },
          // Delivered by post or electronically while awaiting collection: nothing is left to collect.
          'DECISION.DELIVERED': {
            ...step('issued', 'deliver', 'issued'),
            guard: and([accepted('deliver', 'issued', 'audit'), 'notDelivered']),
          },
          ...complaintOutcomes,
        },
      },
      issued: { on: complaintOutcomes },
      archived: { on: { ...deliver, ...complaintOutcomes } },
      returned: { type: 'final' },
      withdrawn: { type: 'final' },
    },
  });
}

/** The machine of each model, built once. */
export const CASE_MACHINES = { I: caseMachine('I'), II: caseMachine('II'), III: caseMachine('III') } as const;
