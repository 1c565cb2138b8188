import { Catalog, CatalogError, defaultCatalog, type ServiceView } from '@vikno/catalog';
import { CivilDate, Term, toKyivDate } from '@vikno/deadlines';
import type { LegalSource } from '@vikno/law';
import { Actor, createActor, type SnapshotFrom } from 'xstate';
import { z } from 'zod';
import { CASE_MACHINES, type Model, type Rejection, type TermSettings } from './case-machine.js';
import { CaseEvent } from './events.js';
import { workflowSays } from './messages/index.js';
import { decisionTermRule, LAW_5203_ART_13_PART_4 } from './procedure-rules.js';
import { invalidInput, WorkflowError } from './transfer-register.js';

/** A running case: an XState actor of one of the three machines. */
export type CaseActor = Actor<(typeof CASE_MACHINES)[Model]>;
/** A case's snapshot. */
export type CaseSnapshot = SnapshotFrom<(typeof CASE_MACHINES)[Model]>;

/**
 * The transfer term by default: the CNAP administrator passes the documents to the provider not later than the next
 * working day after receiving them (Law 5203-VI Art. 13 part 4 item 2, read in its official text). The case counts
 * it from registration, so a package received on a day off (registered the next working day) is due a working day
 * later than the law's next working day after receipt; a host that needs the law's exact day sets its own term.
 */
export const TRANSFER_TERM_SOURCE: LegalSource = LAW_5203_ART_13_PART_4;

/**
 * Settings of this library, not legal terms: how long the applicant may wait to be notified, and how long an
 * uncollected result is kept before it is archived. Set your own.
 *
 * - `notification`: 3 working days from the CNAP being informed of the decision (`CNAP.INFORMED`) to the applicant
 *   being told (`APPLICANT.NOTIFIED`). Law 2073-IX Art. 75 part 3 requires the decision to reach the applicant at
 *   once, and with good reason no later than three working days from its adoption: the law's term runs from the
 *   decision (`DECISION.MADE`) and covers the whole way to the applicant, so the two coincide only when the CNAP is
 *   informed the day the decision is taken; each working day between them puts the default's last day a working day
 *   past the law's. The delivery itself is recorded by `DECISION.DELIVERED` (see `PROCEDURE_RULES.delivery`).
 * - `collection`: 30 calendar days from the notification until an uncollected result is archived; no rule of law
 *   was found.
 *
 * @example
 * ```ts
 * import { OPERATIONAL_DEFAULTS } from '@vikno/workflows';
 *
 * OPERATIONAL_DEFAULTS.notification;
 * //=> { amount: 3, unit: 'workingDays' }
 * ```
 */
export const OPERATIONAL_DEFAULTS = {
  notification: { amount: 3, unit: 'workingDays' },
  collection: { amount: 30, unit: 'calendarDays' },
} as const satisfies Pick<TermSettings, 'notification' | 'collection'>;

/** What {@link createCase} needs. */
export interface CreateCaseInput {
  readonly caseId: string;
  /** A catalogue service id. */
  readonly serviceId: string;
  /** The delivery model; the service must allow it on `asOf`. */
  readonly model: Model;
  /** The day the catalogue is read as of; today in Kyiv by default. */
  readonly asOf?: string;
  /** Terms to use instead of the catalogue's decision term and the defaults. */
  readonly settings?: Partial<TermSettings>;
}

const CreateCaseInputSchema = z
  .object({
    caseId: z.string().min(1).max(80),
    serviceId: z.string().min(1).max(80),
    model: z.enum(['I', 'II', 'III']),
    asOf: CivilDate.optional(),
    settings: z
      .object({ transfer: Term, decision: Term, notification: Term, collection: Term })
      .partial()
      .strict()
      .optional(),
  })
  .strict();

/** The transfer term by default: one working day after registration ({@link TRANSFER_TERM_SOURCE}). */
export const DEFAULT_TRANSFER_TERM: Term = { amount: 1, unit: 'workingDays', basis: [TRANSFER_TERM_SOURCE] };

/**
 * A catalogue service on a day, provided it goes through a CNAP under `model`; otherwise `INVALID_INPUT` at
 * `path.serviceId` (with the catalogue's suggestions) or `path.model`.
 */
export function serviceUnderModel(
  catalog: Catalog,
  serviceId: string,
  model: Model,
  asOf: string,
  path: string,
): ServiceView {
  const at = (field: string) => (path === '' ? field : `${path}.${field}`);
  let service: ServiceView;
  try {
    service = catalog.get(serviceId, { asOf });
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    throw new WorkflowError({ ...error, code: 'INVALID_INPUT', path: at('serviceId') });
  }
  if (!service.delivery.value.models.includes(model)) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: at('model'),
      ...workflowSays('NOT_UNDER_MODEL', { model }),
    });
  }
  return service;
}

/**
 * Creates and starts the case of one application: the service's decision term from the catalogue, the transfer
 * term of Law 5203-VI Art. 13, and the operational defaults, unless `settings` says otherwise. The decision term is
 * the one {@link decisionTermRule} gives for the catalogue's term: its `basis` names the service's act and the rule
 * that lets it win (Law 2073-IX Art. 34 part 1), or, for a service whose own term the catalogue did not find, the
 * general 30 calendar days (Law 2073-IX Art. 34 part 2, Law 5203-VI Art. 10 part 2); a deadline's trace names them.
 * A service decided the same day has no term the case can watch: give one in `settings.decision`.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` (every problem, an unknown service with suggestions, a model the
 * service does not allow, a same-day service without a decision term in `settings`, a `catalog` that is not a
 * `Catalog`).
 * @example
 * ```ts
 * import { createCase, sendCaseEvent } from '@vikno/workflows';
 *
 * const actor = createCase({ caseId: 'C-1', serviceId: 'idp-living-allowance', model: 'III' });
 * actor.on('deadline.overdue', (event) => alertSupervisor(event.caseId, event.term));
 * sendCaseEvent(actor, {
 *   type: 'PACKAGE.CHECKED',
 *   by: { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' },
 *   at: '2026-03-02T10:00:00+02:00',
 *   complete: true,
 *   missing: [],
 * });
 * ```
 */
export function createCase(input: CreateCaseInput, catalog: Catalog = defaultCatalog()): CaseActor {
  const parsed = CreateCaseInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput('input', parsed.error);
  if (!(catalog instanceof Catalog)) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'catalog',
      ...workflowSays('NOT_A_CATALOG', {}),
    });
  }
  const { caseId, serviceId, model, settings = {} } = parsed.data;
  const asOf = parsed.data.asOf ?? toKyivDate(new Date());
  const service = serviceUnderModel(catalog, serviceId, model, asOf, 'input');
  const catalogTerm = service.term.value;
  const decision =
    settings.decision ??
    (catalogTerm.kind === 'term'
      ? decisionTermRule({ ...catalogTerm.term, basis: service.term.basis }).term
      : undefined);
  if (decision === undefined) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'input.settings.decision',
      ...workflowSays('NO_DECISION_TERM', {}),
    });
  }
  const full: TermSettings = {
    transfer: settings.transfer ?? DEFAULT_TRANSFER_TERM,
    decision,
    notification: settings.notification ?? OPERATIONAL_DEFAULTS.notification,
    collection: settings.collection ?? OPERATIONAL_DEFAULTS.collection,
  };
  return startCase(
    createActor(CASE_MACHINES[model], { input: { caseId, serviceId, model, settings: full } }),
  );
}

/**
 * Starts a case's actor so that a failure inside its machine never escapes from a timer. XState rethrows an
 * actor's error from a timer unless something observes it, and an exception there ends a Node process; observed,
 * the error stays in the snapshot (`status: 'error'`) and {@link sendCaseEvent} reports it. Every case actor of this
 * package is started here.
 */
export function startCase(actor: CaseActor): CaseActor {
  actor.subscribe({
    error: () => {
      // Left in the snapshot: sendCaseEvent throws CASE_FAILED for it, and persistCase refuses to save it.
    },
  });
  return actor.start();
}

const MACHINES: ReadonlySet<unknown> = new Set(Object.values(CASE_MACHINES));

/** Whether `actor` is a case of this package: an XState actor of one of the three case machines. */
function isCaseActor(actor: unknown): actor is CaseActor {
  return actor instanceof Actor && MACHINES.has(actor.logic);
}

/** What {@link sendCaseEvent} reports: whether the case took the event, and its state after. */
export interface SendResult {
  readonly accepted: boolean;
  /**
   * Why it was refused (see {@link Rejection}): `roleNotPermitted` (the role may never send it), `wrongOffice` (the
   * provider's staff of an office other than the one deciding the case), `notAllowedNow` (not in this state; a
   * finished case takes nothing), `outOfOrder` (dated before the event it answers), `outOfRange` (a term it would
   * start or move would end after the supported calendar), and the rules of Law 2073-IX (`PROCEDURE_RULES`):
   * `notHeard` (an adverse decision without the applicant heard on it), `termRunning` (too early), `termLapsed`
   * (too late), `overLimit` (an extension beyond the law's).
   */
  readonly reason: Rejection['reason'] | undefined;
  readonly state: CaseSnapshot['value'];
}

/**
 * Validates an event and sends it to a case, reporting whether it was accepted. The case judges every event before
 * its machine runs it: the sender's role and office, its time against the event it answers, the terms it would
 * compute, and the rules of Law 2073-IX. A refused event leaves the case as it was (only `rejection` in its context
 * counts it); a finished case (returned, withdrawn) refuses every event with `notAllowedNow`. A decided, issued or
 * archived case is not finished: a complaint may still reopen it or replace its decision.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a malformed event (every problem with its path; a time outside
 * the supported calendar is one) or an actor that is not a case of this package; `CASE_FAILED` if the case's
 * machine failed (never expected: restore the case from its last persisted snapshot).
 * @example
 * ```ts
 * import { createCase, sendCaseEvent } from '@vikno/workflows';
 *
 * const actor = createCase({ caseId: 'C-1', serviceId: 'idp-living-allowance', model: 'III', asOf: '2026-03-02' });
 * const by = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' } as const;
 * const at = '2026-03-02T10:00:00+02:00';
 * sendCaseEvent(actor, { type: 'DECISION.MADE', by, at, outcome: 'granted', grounds: [] });
 * //=> { accepted: false, reason: 'roleNotPermitted', state: 'intake' }
 * sendCaseEvent(actor, { type: 'PACKAGE.CHECKED', by, at, complete: true, missing: [] });
 * //=> { accepted: true, reason: undefined, state: { transfer: 'awaitingRegister' } }
 * sendCaseEvent(actor, { type: 'TRANSFER.ADDED', by, at: '2026-03-01T10:00:00+02:00', registerId: 'R-1' });
 * //=> { accepted: false, reason: 'outOfOrder', state: { transfer: 'awaitingRegister' } }
 * ```
 */
export function sendCaseEvent(actor: CaseActor, event: CaseEvent): SendResult {
  if (!isCaseActor(actor)) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'actor',
      ...workflowSays('NOT_A_CASE', {}),
    });
  }
  const parsed = CaseEvent.safeParse(event);
  if (!parsed.success) throw invalidInput('event', parsed.error);
  const current = actor.getSnapshot();
  // A finished (or stopped) actor ignores events, so the machine could not count the refusal: refuse it here.
  if (current.status !== 'active') return { accepted: false, reason: 'notAllowedNow', state: current.value };
  const before = current.context.rejection?.count ?? 0;
  actor.send(parsed.data);
  const after = actor.getSnapshot();
  if (after.status === 'error') {
    throw new WorkflowError({
      code: 'CASE_FAILED',
      path: 'actor',
      ...workflowSays('CASE_FAILED', {}),
    });
  }
  const rejection = after.context.rejection;
  const refused = (rejection?.count ?? 0) > before;
  return { accepted: !refused, reason: refused ? rejection?.reason : undefined, state: after.value };
}
