import { deadlineStatus, isWorkingDay, nextWorkingDay, type Term, toKyivDate } from '@vikno/deadlines';
import { and, assign, enqueueActions, setup } from 'xstate';
import type { CaseEvent, CaseEventType, Role } from './events.js';
import { PERMISSIONS } from './events.js';
import {
  endTerm,
  pauseTerm,
  type RunningTerm,
  resumeTerm,
  startTerm,
  type TermKind,
  tickTerm,
} from './terms.js';

/** A delivery model: I (electronic, «Соціальна громада»), II (УСЗН front office in the CNAP), III (paper, registers). */
export type Model = 'I' | 'II' | 'III';

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

/** The last event a case refused, and why: the role may not send it, or the case is not in a state to take it. */
export interface Rejection {
  /** The count of rejections so far, 1 for the first. */
  readonly count: number;
  readonly type: string;
  readonly role: string;
  readonly reason: 'roleNotPermitted' | 'notAllowedNow';
}

/** Everything a case holds: ids, its terms as data, its decision, and its audit log. No personal data. */
export interface CaseContext {
  readonly caseId: string;
  readonly serviceId: string;
  readonly model: Model;
  readonly settings: TermSettings;
  readonly caseNumber: string | undefined;
  /**
   * The day of registration: the day the complete package was received, or the next working day when it was
   * received on a day off (Instruction 345 p. 2.5). Terms run from the day after.
   */
  readonly registeredOn: string | undefined;
  /** Document ids missing at intake, when the package was returned. */
  readonly missing: readonly string[];
  /** Document ids requested from the applicant during consideration. */
  readonly requested: readonly string[];
  readonly terms: Readonly<Partial<Record<TermKind, RunningTerm>>>;
  readonly outcome: 'granted' | 'refused' | undefined;
  readonly grounds: readonly string[];
  /** Model I: whether the paper originals have followed the electronic transfer. */
  readonly originals: 'notApplicable' | 'awaited' | 'received';
  readonly registerId: string | undefined;
  readonly audit: readonly AuditEntry[];
  readonly rejection: Rejection | undefined;
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
  | { readonly type: 'applicant.notify'; readonly caseId: string; readonly outcome: 'granted' | 'refused' };

const day = (at: string) => toKyivDate(at);

function withTerm(context: CaseContext, kind: TermKind, change: (term: RunningTerm) => RunningTerm) {
  const term = context.terms[kind];
  return term === undefined ? context.terms : { ...context.terms, [kind]: change(term) };
}

function started(context: CaseContext, kind: TermKind, start: string, registration: boolean) {
  return {
    ...context.terms,
    [kind]: startTerm({
      kind,
      start,
      term: context.settings[kind],
      registration: registration ? 'nextWorkingDayIfDayOff' : 'asReceived',
    }),
  };
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
  Object.fromEntries(Object.entries(context.terms).map(([kind, term]) => [kind, endTerm(term, 'cancelled')]));

/** The machines' shared definitions: guards and actions named here, used by name in the configs. */
const caseSetup = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as CaseInput,
    emitted: {} as CaseEmitted,
  },
  guards: {
    permitted: ({ event }) => PERMISSIONS[event.type].includes(event.by.role),
    complete: ({ event }) => event.type === 'PACKAGE.CHECKED' && event.complete,
    originalsAwaited: ({ context }) => context.originals === 'awaited',
    collectionOverdue: ({ context, event }) => {
      const collection = context.terms.collection;
      return (
        event.type === 'TICK' &&
        collection !== undefined &&
        collection.state === 'running' &&
        deadlineStatus(collection, event.at).status === 'overdue'
      );
    },
  },
  actions: {
    audit: assign({ audit: ({ context, event }) => withAudit(context, event) }),
    reject: assign({
      rejection: ({ context, event }) => ({
        count: (context.rejection?.count ?? 0) + 1,
        type: event.type,
        role: event.by.role,
        reason: PERMISSIONS[event.type]?.includes(event.by.role) ? 'notAllowedNow' : 'roleNotPermitted',
      }),
    }),
    recordMissing: assign({
      missing: ({ event }) => (event.type === 'PACKAGE.CHECKED' ? event.missing : []),
    }),
    register: assign(({ context, event }) => {
      const receivedOn = day(event.at);
      const withTransfer = started(context, 'transfer', receivedOn, true);
      return {
        caseNumber: event.type === 'PACKAGE.CHECKED' && event.caseNumber ? event.caseNumber : context.caseId,
        registeredOn: isWorkingDay(receivedOn) ? receivedOn : nextWorkingDay(receivedOn),
        originals: context.model === 'I' ? ('awaited' as const) : ('notApplicable' as const),
        terms: started({ ...context, terms: withTransfer }, 'decision', receivedOn, true),
      };
    }),
    recordRegister: assign({
      registerId: ({ event }) => ('registerId' in event ? event.registerId : undefined),
    }),
    transferDone: assign({
      terms: ({ context }) => withTerm(context, 'transfer', (term) => endTerm(term, 'met')),
    }),
    originalsReceived: assign({ originals: 'received' as const }),
    pauseDecision: assign({
      terms: ({ context, event }) => withTerm(context, 'decision', (term) => pauseTerm(term, day(event.at))),
      requested: ({ event }) => (event.type === 'DOCUMENTS.REQUESTED' ? event.documents : []),
    }),
    resumeDecision: assign({
      terms: ({ context, event }) => withTerm(context, 'decision', (term) => resumeTerm(term, day(event.at))),
    }),
    decide: assign({
      terms: ({ context }) => withTerm(context, 'decision', (term) => endTerm(term, 'met')),
      outcome: ({ event }) => (event.type === 'DECISION.MADE' ? event.outcome : undefined),
      grounds: ({ event }) => (event.type === 'DECISION.MADE' ? event.grounds : []),
    }),
    informed: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign({ terms: started(context, 'notification', day(event.at), false) });
      if (context.outcome !== undefined) {
        enqueue.emit({ type: 'applicant.notify', caseId: context.caseId, outcome: context.outcome });
      }
    }),
    notified: assign(({ context, event }) => {
      const ended = withTerm(context, 'notification', (term) => endTerm(term, 'met'));
      return { terms: started({ ...context, terms: ended }, 'collection', day(event.at), false) };
    }),
    issued: assign({
      terms: ({ context }) => withTerm(context, 'collection', (term) => endTerm(term, 'met')),
    }),
    cancelTerms: assign({ terms: ({ context }) => endAll(context) }),
    tick: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'TICK') return;
      const terms: Partial<Record<TermKind, RunningTerm>> = { ...context.terms };
      for (const [kind, term] of Object.entries(context.terms) as [TermKind, RunningTerm][]) {
        const result = tickTerm(term, event.at);
        terms[kind] = result.term;
        for (const raised of result.events) {
          enqueue.emit({
            type: raised.type,
            caseId: context.caseId,
            term: kind,
            lastDay: raised.lastDay,
            dueAt: raised.dueAt,
          });
        }
      }
      const raised = Object.entries(terms).some(([kind, term]) => term !== context.terms[kind as TermKind]);
      enqueue.assign({
        terms,
        audit: raised ? withAudit(context, event) : context.audit,
      });
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
  | 'cancelTerms';

/** A transition that only a permitted role takes, audited. */
function step(target: string | undefined, ...actions: CaseAction[]) {
  return {
    guard: 'permitted' as const,
    ...(target === undefined ? {} : { target }),
    actions: [...actions, 'audit' as const],
  };
}

/**
 * The transfer stage of each model. A table, not a function returning one of three object literals: TypeScript
 * merges such literals into one type with the other models' states optional, and the published declarations then
 * failed xstate's `StateSchema` constraint in a consumer's `tsc` (TS2344, without `exactOptionalPropertyTypes`).
 */
const TRANSFER_STATES = {
  I: {
    initial: 'awaitingElectronicTransfer',
    states: {
      awaitingElectronicTransfer: { on: { 'TRANSFER.SENT': step('#case.consideration', 'transferDone') } },
    },
  },
  II: {
    initial: 'awaitingHandover',
    states: {
      awaitingHandover: { on: { 'TRANSFER.HANDED_OVER': step('#case.consideration', 'transferDone') } },
    },
  },
  III: {
    initial: 'awaitingRegister',
    states: {
      awaitingRegister: { on: { 'TRANSFER.ADDED': step('inRegister', 'recordRegister') } },
      inRegister: { on: { 'TRANSFER.DISPATCHED': step('inTransit') } },
      inTransit: { on: { 'TRANSFER.RECEIVED': step('#case.consideration', 'transferDone') } },
    },
  },
};

/** The version of the machines' definitions; persisted snapshots carry it, and older ones are migrated. */
export const MACHINE_VERSION = 2;

/**
 * The case machine of one delivery model. Its id is `case`; a persisted case names it `vikno.case.model-<model>`
 * (see {@link persistCase}).
 *
 * States: `intake` → (`returned` when incomplete) → `transfer` (model I: electronic; II: handover to the back
 * office; III: `awaitingRegister` → `inRegister` → `inTransit`) → `consideration` ⇄ `suspended` → `decided` →
 * `informed` → `awaitingCollection` → `issued` or `archived`; `withdrawn` from any state before the decision.
 *
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
  const withdraw = { 'APPLICATION.WITHDRAWN': step('#case.withdrawn', 'cancelTerms') };
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
      audit: [],
      rejection: undefined,
    }),
    initial: 'intake',
    on: {
      TICK: { guard: 'permitted', actions: ['tick'] },
      'ORIGINALS.RECEIVED': {
        guard: and(['permitted', 'originalsAwaited']),
        actions: ['originalsReceived', 'audit'],
      },
      '*': { actions: 'reject' },
    },
    states: {
      intake: {
        on: {
          'PACKAGE.CHECKED': [
            { ...step('transfer', 'register'), guard: and(['permitted', 'complete']) },
            step('returned', 'recordMissing'),
          ],
          ...withdraw,
        },
      },
      transfer: { ...TRANSFER_STATES[model], on: withdraw },
      consideration: {
        on: {
          'DOCUMENTS.REQUESTED': step('suspended', 'pauseDecision'),
          'DECISION.MADE': step('decided', 'decide'),
          ...withdraw,
        },
      },
      suspended: {
        on: { 'DOCUMENTS.RECEIVED': step('consideration', 'resumeDecision'), ...withdraw },
      },
      decided: { on: { 'CNAP.INFORMED': step('informed', 'informed') } },
      informed: { on: { 'APPLICANT.NOTIFIED': step('awaitingCollection', 'notified') } },
      awaitingCollection: {
        on: {
          'RESULT.ISSUED': step('issued', 'issued'),
          TICK: {
            guard: and(['permitted', 'collectionOverdue']),
            target: 'archived',
            actions: ['tick', 'cancelTerms'],
          },
        },
      },
      returned: { type: 'final' },
      withdrawn: { type: 'final' },
      issued: { type: 'final' },
      archived: { type: 'final' },
    },
  });
}

/** The machine of each model, built once. */
export const CASE_MACHINES = { I: caseMachine('I'), II: caseMachine('II'), III: caseMachine('III') } as const;
