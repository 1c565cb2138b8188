import { FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY, toKyivDate } from '@vikno/deadlines';
import { issuesFrom, ViknoError, valueKind } from '@vikno/law';
import { z } from 'zod';
import { refinementMessage, workflowSays } from './messages/index.js';
import type { RegisterStepName } from './messages/params.js';

/**
 * What went wrong with a workflow call, as a stable code.
 *
 * - `INVALID_INPUT`: a malformed argument; `issues` holds every problem with its path.
 * - `INVALID_TRANSITION`: the step is not allowed in the current state (adding a case to a dispatched register).
 * - `DUPLICATE_CASE`: the case is already in the register.
 * - `EMPTY_REGISTER`: a register with no cases cannot be closed.
 * - `CASE_FAILED`: a case's machine failed on an event and stopped (a defect of this package, never expected):
 *   restore the case from its last persisted snapshot.
 */
export type WorkflowErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'DUPLICATE_CASE'
  | 'EMPTY_REGISTER'
  | 'CASE_FAILED';

/**
 * The one error this package throws for bad input or a step not allowed: a `ViknoError` of `@vikno/law`. Messages
 * name states and the kind and size of a bad value, never the value itself: no id, name or date that was given.
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
export class WorkflowError extends ViknoError<WorkflowErrorCode> {
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
  /** The receiving office: the register's `to`, which `TRANSFER.RECEIVED` names as the case's provider office. */
  readonly to: string;
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
const ISO_INSTANT = z.iso.datetime({ offset: true });

/**
 * The Kyiv day of an instant (an ISO 8601 string with an offset, a `Date` or epoch milliseconds) when that day is
 * within the calendar's supported range (`FIRST_SUPPORTED_DAY` to `LAST_SUPPORTED_DAY` of `@vikno/deadlines`);
 * `undefined` for anything else. Never throws.
 */
export function supportedKyivDay(at: unknown): string | undefined {
  const instant = typeof at === 'string' ? at.length <= 40 : typeof at === 'number' || at instanceof Date;
  if (!instant) return undefined;
  try {
    const day = toKyivDate(at as string | number | Date);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
    return day >= FIRST_SUPPORTED_DAY && day <= LAST_SUPPORTED_DAY ? day : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An ISO 8601 instant with an offset, e.g. `2026-03-02T10:15:00+02:00`, on a Kyiv day the calendar supports: a
 * case cannot judge a term on a day it has no calendar for.
 */
export const SupportedInstant = z
  .string()
  .refine((at) => ISO_INSTANT.safeParse(at).success && supportedKyivDay(at) !== undefined, {
    message: refinementMessage('INSTANT_OUT_OF_RANGE', {
      first: FIRST_SUPPORTED_DAY,
      last: LAST_SUPPORTED_DAY,
    }),
  });

/** The most registers {@link nextSequence} reads at once. */
const MAX_KEPT = 100_000;

/** The most cases one register holds: a paper register is signed page by page. */
const MAX_ENTRIES = 10_000;

const RegisterNumber = z.string().regex(/^\d{1,6}\/\d{4}$/);

const Register = z
  .object({
    id: Id,
    from: Id,
    to: Id,
    status: z.enum(['open', 'closed', 'dispatched', 'received']),
    number: RegisterNumber.optional(),
    entries: z.array(z.object({ caseId: Id, addedAt: SupportedInstant }).strict()),
    openedAt: SupportedInstant,
    closedAt: SupportedInstant.optional(),
    dispatchedAt: SupportedInstant.optional(),
    dispatchedBy: Id.optional(),
    receivedAt: SupportedInstant.optional(),
    receivedBy: Id.optional(),
  })
  .strict()
  .refine((register) => (register.status === 'open') === (register.number === undefined), {
    path: ['number'],
    message: refinementMessage('REGISTER_NUMBER', {}),
  })
  .superRefine((register, context) => {
    // Only a register the steps could have made: each status with exactly its fields, cases once closed, and its
    // times in the order of the steps.
    const reached = STATUS_ORDER.indexOf(register.status);
    const stamps = [
      ['closedAt', register.closedAt, 1],
      ['dispatchedAt', register.dispatchedAt, 2],
      ['dispatchedBy', register.dispatchedBy, 2],
      ['receivedAt', register.receivedAt, 3],
      ['receivedBy', register.receivedBy, 3],
    ] as const;
    for (const [field, value, from] of stamps) {
      if ((value !== undefined) !== reached >= from) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: refinementMessage('REGISTER_FIELDS', {}),
        });
      }
    }
    if (reached >= 1 && register.entries.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['entries'],
        message: refinementMessage('EMPTY_REGISTER', {}),
      });
    }
    const times = [
      register.openedAt,
      ...register.entries.map((entry) => entry.addedAt),
      register.closedAt,
      register.dispatchedAt,
      register.receivedAt,
    ].filter((at): at is string => at !== undefined);
    if (times.some((at, index) => index > 0 && Date.parse(at) < Date.parse(times[index - 1] as string))) {
      context.addIssue({ code: 'custom', path: [], message: refinementMessage('REGISTER_TIMES', {}) });
    }
  });

const STATUS_ORDER: readonly RegisterStatus[] = ['open', 'closed', 'dispatched', 'received'];

/** The last time a register records: a step is dated no earlier. */
function lastTime(register: TransferRegister): string {
  return (
    register.receivedAt ??
    register.dispatchedAt ??
    register.closedAt ??
    register.entries.at(-1)?.addedAt ??
    register.openedAt
  );
}

/** `INVALID_INPUT` at `input.at` for a step dated before the register's last time. */
function requireAfterLast(register: TransferRegister, at: string): void {
  if (Date.parse(at) < Date.parse(lastTime(register))) {
    const issues = [{ path: 'input.at', code: 'OUT_OF_ORDER', ...workflowSays('STEP_BEFORE_REGISTER', {}) }];
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'input.at',
      issues,
      ...workflowSays('STEP_BEFORE_REGISTER', {}),
    });
  }
}

/** `INVALID_INPUT` carrying every problem of a zod error under `path`. */
export function invalidInput(path: string, error: z.ZodError): WorkflowError {
  const issues = issuesFrom(error, path);
  return new WorkflowError({
    code: 'INVALID_INPUT',
    path,
    ...workflowSays('INVALID_INPUT', { count: issues.length }),
    issues,
  });
}

function parse<T>(schema: z.ZodType<T>, input: unknown, path: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalidInput(path, parsed.error);
}

/** A register given to a step, validated whole: a step never builds on a malformed register. */
function parseRegister(register: unknown): TransferRegister {
  const entries = (register as { entries?: unknown } | null | undefined)?.entries;
  if (Array.isArray(entries) && entries.length > MAX_ENTRIES) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'register.entries',
      ...workflowSays('REGISTER_TOO_LONG', { max: MAX_ENTRIES }),
    });
  }
  return parse(Register, register, 'register') as TransferRegister;
}

function requireStatus(register: TransferRegister, expected: RegisterStatus, step: RegisterStepName): void {
  if (register.status !== expected) {
    throw new WorkflowError({
      code: 'INVALID_TRANSITION',
      path: 'register.status',
      ...workflowSays('WRONG_REGISTER_STATUS', { step, status: register.status, expected }),
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
    to: register.to,
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
    z.object({ id: Id, from: Id, to: Id, at: SupportedInstant }).strict(),
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
  const current = parseRegister(register);
  const { caseId, at } = parse(z.object({ caseId: Id, at: SupportedInstant }).strict(), input, 'input');
  requireStatus(current, 'open', 'add');
  requireAfterLast(current, at);
  if (current.entries.some((entry) => entry.caseId === caseId)) {
    throw new WorkflowError({
      code: 'DUPLICATE_CASE',
      path: 'input.caseId',
      ...workflowSays('DUPLICATE_CASE', {}),
    });
  }
  if (current.entries.length >= MAX_ENTRIES) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'register.entries',
      ...workflowSays('REGISTER_FULL', { max: MAX_ENTRIES }),
    });
  }
  const next = { ...current, entries: [...current.entries, { caseId, addedAt: at }] };
  return {
    register: next,
    events: [
      {
        type: 'TRANSFER.ADDED',
        caseId,
        registerId: current.id,
        registerNumber: undefined,
        to: current.to,
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
  const current = parseRegister(register);
  const id = parse(Id, caseId, 'caseId');
  requireStatus(current, 'open', 'remove');
  if (!current.entries.some((entry) => entry.caseId === id)) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'caseId',
      ...workflowSays('NO_SUCH_CASE', { value: valueKind(id) }),
    });
  }
  return { ...current, entries: current.entries.filter((entry) => entry.caseId !== id) };
}

/**
 * The next sequence number for registers to one office in one year: one more than the highest used.
 *
 * @param registers - the registers the host has kept.
 * @param to - the receiving office.
 * @param year - the year, in Kyiv, within the supported calendar.
 * @throws {@link WorkflowError} `INVALID_INPUT` for anything else, or more than 100,000 registers.
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
  if (Array.isArray(registers) && registers.length > MAX_KEPT) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'registers',
      ...workflowSays('TOO_MANY_REGISTERS', { max: MAX_KEPT }),
    });
  }
  const kept = parse(
    z.array(z.object({ to: Id, number: RegisterNumber.optional() }).loose()),
    registers,
    'registers',
  );
  const office = parse(Id, to, 'to');
  const inYear = parse(
    z
      .number()
      .int()
      .min(Number(FIRST_SUPPORTED_DAY.slice(0, 4)))
      .max(Number(LAST_SUPPORTED_DAY.slice(0, 4))),
    year,
    'year',
  );
  let highest = 0;
  for (const register of kept) {
    if (register.to !== office || register.number === undefined) continue;
    const [sequence, registerYear] = register.number.split('/').map(Number);
    if (registerYear === inYear && sequence !== undefined && sequence > highest) highest = sequence;
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
  const current = parseRegister(register);
  const { at, sequence } = parse(
    z.object({ at: SupportedInstant, sequence: z.number().int().positive().max(999_999) }).strict(),
    input,
    'input',
  );
  requireStatus(current, 'open', 'close');
  requireAfterLast(current, at);
  if (current.entries.length === 0) {
    throw new WorkflowError({
      code: 'EMPTY_REGISTER',
      path: 'register.entries',
      ...workflowSays('EMPTY_REGISTER', {}),
    });
  }
  const year = (supportedKyivDay(at) as string).slice(0, 4);
  return { ...current, status: 'closed', number: `${sequence}/${year}`, closedAt: at };
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
  const current = parseRegister(register);
  const { at, by } = parse(z.object({ at: SupportedInstant, by: Id }).strict(), input, 'input');
  requireStatus(current, 'closed', 'dispatch');
  requireAfterLast(current, at);
  const next: TransferRegister = { ...current, status: 'dispatched', dispatchedAt: at, dispatchedBy: by };
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
  const current = parseRegister(register);
  const { at, by } = parse(z.object({ at: SupportedInstant, by: Id }).strict(), input, 'input');
  requireStatus(current, 'dispatched', 'confirm');
  requireAfterLast(current, at);
  const next: TransferRegister = { ...current, status: 'received', receivedAt: at, receivedBy: by };
  return { register: next, events: eventsOf(next, 'TRANSFER.RECEIVED', at, by) };
}
