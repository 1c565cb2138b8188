import { IssuesError, issuesFrom } from '@vikno/catalog';
import { DeadlinesError, toKyivDate } from '@vikno/deadlines';
import { z } from 'zod';

/**
 * What went wrong with a workflow call, as a stable code.
 *
 * - `INVALID_INPUT`: a malformed argument; `issues` holds every problem with its path.
 * - `INVALID_TRANSITION`: the step is not allowed in the current state (adding a case to a dispatched register).
 * - `DUPLICATE_CASE`: the case is already in the register.
 * - `EMPTY_REGISTER`: a register with no cases cannot be closed.
 */
export type WorkflowErrorCode = 'INVALID_INPUT' | 'INVALID_TRANSITION' | 'DUPLICATE_CASE' | 'EMPTY_REGISTER';

/**
 * The one error this package throws for bad input or a step not allowed. Messages name ids and states, never
 * personal data.
 *
 * @example
 * ```ts
 * import { addCase, WorkflowError } from '@vikno/workflows';
 *
 * try {
 *   addCase(dispatchedRegister, { caseId: 'C-1', at: '2026-03-02T10:00:00+02:00' });
 * } catch (error) {
 *   if (error instanceof WorkflowError) console.log(error.code);
 *   //=> 'INVALID_TRANSITION'
 * }
 * ```
 */
export class WorkflowError extends IssuesError<WorkflowErrorCode> {
  override readonly name = 'WorkflowError';
}

/**
 * The state of a transfer register (реєстр передавання документів): open for cases, closed and numbered,
 * dispatched to the provider, received there (date and signature).
 */
export type RegisterStatus = 'open' | 'closed' | 'dispatched' | 'received';

/** A case in a register: its id and when it was added. */
export interface RegisterEntry {
  /** The case id. */
  readonly caseId: string;
  /** When it was added, an ISO 8601 instant with an offset. */
  readonly addedAt: string;
}

/**
 * A transfer register: the numbered list of applications a CNAP (or its ТП, ВРМ, a starosta) hands over on paper
 * to one provider office, signed there on receipt (model III; seed 004: «Передає прийняті заяви на УСЗН за
 * реєстрами передавання документів»). A plain value: every operation returns a new register.
 */
export interface TransferRegister {
  /** A stable id the host chooses. */
  readonly id: string;
  /** The office that sends (a CNAP, a territorial unit, a remote workplace). */
  readonly from: string;
  /** The office that receives (a УСЗН or Pension Fund office). */
  readonly to: string;
  readonly status: RegisterStatus;
  /** The number given on closing, `sequence/year`, e.g. `12/2026`. */
  readonly number: string | undefined;
  readonly entries: readonly RegisterEntry[];
  readonly openedAt: string;
  readonly closedAt: string | undefined;
  readonly dispatchedAt: string | undefined;
  /** The official (an id) who dispatched it. */
  readonly dispatchedBy: string | undefined;
  readonly receivedAt: string | undefined;
  /** The official (an id) of the receiving office who signed for it. */
  readonly receivedBy: string | undefined;
}

/**
 * An event a register step raises for each of its cases, for the host to send to the case's workflow.
 *
 * - `TRANSFER.ADDED`: the case is in an open register;
 * - `TRANSFER.DISPATCHED`: the register left the sending office;
 * - `TRANSFER.RECEIVED`: the receiving office signed for it.
 */
export interface TransferEvent {
  readonly type: 'TRANSFER.ADDED' | 'TRANSFER.DISPATCHED' | 'TRANSFER.RECEIVED';
  readonly caseId: string;
  readonly registerId: string;
  /** The register's number, once it has one. */
  readonly registerNumber: string | undefined;
  /** When it happened. */
  readonly at: string;
  /** Who acted, when a person did. */
  readonly by: string | undefined;
}

/** What a register step returns: the new register, and the events for its cases. */
export interface RegisterStep {
  readonly register: TransferRegister;
  readonly events: readonly TransferEvent[];
}

const Id = z.string().min(1).max(80);
const Instant = z.string().refine(
  (value) => {
    try {
      toKyivDate(value);
      return /T/.test(value);
    } catch (error) {
      if (error instanceof DeadlinesError) return false;
      throw error;
    }
  },
  { message: 'Expected an ISO 8601 instant with an offset / Очікується момент часу ISO 8601 зі зміщенням' },
);

/** `INVALID_INPUT` carrying every problem of a zod error under `path`. */
export function invalidInput(path: string, error: z.ZodError): WorkflowError {
  const issues = issuesFrom(error, path);
  return new WorkflowError({
    code: 'INVALID_INPUT',
    path,
    en: `The input has ${issues.length} problem(s)`,
    uk: `У вхідних даних проблем: ${issues.length}`,
    issues,
  });
}

function parse<T>(schema: z.ZodType<T>, input: unknown, path: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalidInput(path, parsed.error);
}

function requireStatus(register: TransferRegister, status: RegisterStatus, step: string): void {
  if (register.status !== status) {
    throw new WorkflowError({
      code: 'INVALID_TRANSITION',
      path: 'register.status',
      en: `Cannot ${step} register ${register.id}: it is ${register.status}, not ${status}`,
      uk: `Неможливо ${step} реєстр ${register.id}: його стан ${register.status}, а не ${status}`,
    });
  }
}

function eventsOf(
  register: TransferRegister,
  type: TransferEvent['type'],
  at: string,
  by: string | undefined,
): TransferEvent[] {
  return register.entries.map((entry) => ({
    type,
    caseId: entry.caseId,
    registerId: register.id,
    registerNumber: register.number,
    at,
    by,
  }));
}

/**
 * Opens an empty register from one office to another.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` with every problem.
 * @example
 * ```ts
 * import { openRegister } from '@vikno/workflows';
 *
 * const register = openRegister({ id: 'R-1', from: 'cnap-central', to: 'uszn-district', at: '2026-03-02T09:00:00+02:00' });
 * ```
 */
export function openRegister(input: { id: string; from: string; to: string; at: string }): TransferRegister {
  const { id, from, to, at } = parse(
    z.object({ id: Id, from: Id, to: Id, at: Instant }).strict(),
    input,
    'input',
  );
  return {
    id,
    from,
    to,
    status: 'open',
    number: undefined,
    entries: [],
    openedAt: at,
    closedAt: undefined,
    dispatchedAt: undefined,
    dispatchedBy: undefined,
    receivedAt: undefined,
    receivedBy: undefined,
  };
}

/**
 * Adds a case to an open register.
 *
 * @throws {@link WorkflowError} `INVALID_TRANSITION` unless open, `DUPLICATE_CASE`, `INVALID_INPUT`.
 * @example
 * ```ts
 * import { addCase, openRegister } from '@vikno/workflows';
 *
 * const open = openRegister({
 *   id: 'R-1',
 *   from: 'cnap-central',
 *   to: 'uszn-district',
 *   at: '2026-03-02T09:00:00+02:00',
 * });
 * const { register, events } = addCase(open, { caseId: 'C-1', at: '2026-03-02T10:00:00+02:00' });
 * register.entries;
 * //=> [{ caseId: 'C-1', addedAt: '2026-03-02T10:00:00+02:00' }]
 * events.map((event) => event.type);
 * //=> ['TRANSFER.ADDED']
 * ```
 */
export function addCase(register: TransferRegister, input: { caseId: string; at: string }): RegisterStep {
  const { caseId, at } = parse(z.object({ caseId: Id, at: Instant }).strict(), input, 'input');
  requireStatus(register, 'open', 'add a case to');
  if (register.entries.some((entry) => entry.caseId === caseId)) {
    throw new WorkflowError({
      code: 'DUPLICATE_CASE',
      path: 'input.caseId',
      en: `Case ${caseId} is already in register ${register.id}`,
      uk: `Справа ${caseId} уже є в реєстрі ${register.id}`,
    });
  }
  const next = { ...register, entries: [...register.entries, { caseId, addedAt: at }] };
  return {
    register: next,
    events: [
      {
        type: 'TRANSFER.ADDED',
        caseId,
        registerId: register.id,
        registerNumber: undefined,
        at,
        by: undefined,
      },
    ],
  };
}

/**
 * Takes a case out of a register that is still open (added by mistake, or withdrawn by the applicant).
 *
 * @throws {@link WorkflowError} `INVALID_TRANSITION` unless open, `INVALID_INPUT` for a case not in it.
 * @example
 * ```ts
 * import { removeCase } from '@vikno/workflows';
 *
 * // `register` is open and holds cases C-1 and C-2.
 * removeCase(register, 'C-1').entries.map((entry) => entry.caseId);
 * //=> ['C-2']
 * ```
 */
export function removeCase(register: TransferRegister, caseId: string): TransferRegister {
  requireStatus(register, 'open', 'remove a case from');
  if (!register.entries.some((entry) => entry.caseId === caseId)) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'caseId',
      en: `Case ${String(caseId).slice(0, 80)} is not in register ${register.id}`,
      uk: `Справи ${String(caseId).slice(0, 80)} немає в реєстрі ${register.id}`,
    });
  }
  return { ...register, entries: register.entries.filter((entry) => entry.caseId !== caseId) };
}

/**
 * The next sequence number for registers to one office in one year: one more than the highest used.
 *
 * @param registers - the registers the host has kept.
 * @param to - the receiving office.
 * @param year - the year, in Kyiv.
 * @example
 * ```ts
 * import { nextSequence } from '@vikno/workflows';
 *
 * // `kept` holds register 12/2026 to uszn-district.
 * nextSequence(kept, 'uszn-district', 2026);
 * //=> 13
 * nextSequence(kept, 'uszn-district', 2027);
 * //=> 1
 * ```
 */
export function nextSequence(registers: readonly TransferRegister[], to: string, year: number): number {
  let highest = 0;
  for (const register of registers) {
    if (register.to !== to || register.number === undefined) continue;
    const [sequence, registerYear] = register.number.split('/').map(Number);
    if (registerYear === year && sequence !== undefined && sequence > highest) highest = sequence;
  }
  return highest + 1;
}

/**
 * Closes a register and numbers it `sequence/year` (the year of `at` in Kyiv). No case can be added after.
 *
 * @throws {@link WorkflowError} `INVALID_TRANSITION` unless open, `EMPTY_REGISTER`, `INVALID_INPUT`.
 * @example
 * ```ts
 * import { closeRegister } from '@vikno/workflows';
 *
 * // `register` is open and holds cases C-1 and C-2.
 * const closed = closeRegister(register, { at: '2026-03-02T17:00:00+02:00', sequence: 12 });
 * closed.status;
 * //=> 'closed'
 * closed.number;
 * //=> '12/2026'
 * // 23:30 UTC on 31 December is already 1 January in Kyiv:
 * closeRegister(register, { at: '2025-12-31T23:30:00Z', sequence: 1 }).number;
 * //=> '1/2026'
 * ```
 */
export function closeRegister(
  register: TransferRegister,
  input: { at: string; sequence: number },
): TransferRegister {
  const { at, sequence } = parse(
    z.object({ at: Instant, sequence: z.number().int().positive().max(999_999) }).strict(),
    input,
    'input',
  );
  requireStatus(register, 'open', 'close');
  if (register.entries.length === 0) {
    throw new WorkflowError({
      code: 'EMPTY_REGISTER',
      path: 'register.entries',
      en: `Register ${register.id} has no cases`,
      uk: `У реєстрі ${register.id} немає справ`,
    });
  }
  return { ...register, status: 'closed', number: `${sequence}/${toKyivDate(at).slice(0, 4)}`, closedAt: at };
}

/**
 * Dispatches a closed register to the receiving office; each case gets `TRANSFER.DISPATCHED`.
 *
 * @throws {@link WorkflowError} `INVALID_TRANSITION` unless closed, `INVALID_INPUT`.
 * @example
 * ```ts
 * import { dispatchRegister } from '@vikno/workflows';
 *
 * // `closed` is register 12/2026, holding cases C-1 and C-2.
 * const { register, events } = dispatchRegister(closed, { at: '2026-03-02T17:05:00+02:00', by: 'admin-3' });
 * register.status;
 * //=> 'dispatched'
 * events.map((event) => `${event.type} ${event.caseId} ${event.registerNumber}`);
 * //=> ['TRANSFER.DISPATCHED C-1 12/2026', 'TRANSFER.DISPATCHED C-2 12/2026']
 * ```
 */
export function dispatchRegister(
  register: TransferRegister,
  input: { at: string; by: string },
): RegisterStep {
  const { at, by } = parse(z.object({ at: Instant, by: Id }).strict(), input, 'input');
  requireStatus(register, 'closed', 'dispatch');
  const next: TransferRegister = { ...register, status: 'dispatched', dispatchedAt: at, dispatchedBy: by };
  return { register: next, events: eventsOf(next, 'TRANSFER.DISPATCHED', at, by) };
}

/**
 * Confirms that the receiving office got a dispatched register: the date and the official who signed. Each case
 * gets `TRANSFER.RECEIVED`, which stops its transfer term.
 *
 * @throws {@link WorkflowError} `INVALID_TRANSITION` unless dispatched, `INVALID_INPUT`.
 * @example
 * ```ts
 * import { confirmReceipt } from '@vikno/workflows';
 *
 * const { register, events } = confirmReceipt(dispatched, { at: '2026-03-03T11:20:00+02:00', by: 'uszn-clerk-7' });
 * for (const event of events) sendToCase(event.caseId, event);
 * ```
 */
export function confirmReceipt(register: TransferRegister, input: { at: string; by: string }): RegisterStep {
  const { at, by } = parse(z.object({ at: Instant, by: Id }).strict(), input, 'input');
  requireStatus(register, 'dispatched', 'confirm the receipt of');
  const next: TransferRegister = { ...register, status: 'received', receivedAt: at, receivedBy: by };
  return { register: next, events: eventsOf(next, 'TRANSFER.RECEIVED', at, by) };
}
