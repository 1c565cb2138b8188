import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { IssuesError } from '@vikno/catalog';
import {
  APPLICATION_REGISTRATION,
  CivilDate,
  type DeadlineStatus,
  DeadlinesError,
  deadlineStatus,
  deliveredOn,
  type Instant,
  registrationDay,
  Term,
  toKyivDate,
  valueKind,
} from '@vikno/deadlines';
import type { LocalizedText } from '@vikno/law';
import { createActor } from 'xstate';
import { z } from 'zod';
import type { CaseActor } from './case.js';
import {
  CASE_MACHINES,
  type CaseContext,
  closedHearing,
  type Delivery,
  type Hearing,
  heardOn,
  MACHINE_VERSION,
  type Model,
  RejectionReason,
  type SetAside,
  settingTerm,
  withoutResultTerms,
} from './case-machine.js';
import {
  ADVERSE_OUTCOMES,
  CaseEvent as CaseEventSchema,
  DecisionOutcome,
  DeliveryChannel,
  HearingException,
  PERMISSIONS,
  PROVIDER_ROLES,
  Role as RoleSchema,
} from './events.js';
import { workflowSays } from './messages/index.js';
import type { WorkflowMessageParams } from './messages/params.js';
import { DELIVERY_MODELS } from './models.js';
import {
  beginTerm,
  extendRunning,
  finishTerm,
  judgeTerm,
  MAX_EXTENSIONS,
  pauseRunning,
  type RunningTerm,
  resumePaused,
  TermKind,
} from './terms.js';
import { invalidInput, WorkflowError } from './transfer-register.js';

/**
 * A persisted case: the format and machine it belongs to, the version of the machine's definition, the id of the
 * key that signed it, an HMAC-SHA-256 of all of these and of the snapshot, and the snapshot itself as the exact JSON
 * text that was signed. Plain JSON: a database may reorder its keys (PostgreSQL `jsonb` does) without breaking it,
 * because the snapshot is one string.
 */
export interface PersistedCase {
  readonly format: 'vikno.case';
  readonly machine: `vikno.case.model-${Model}`;
  readonly version: number;
  /** The id of the key that signed it (see {@link caseKeys}). */
  readonly key: string;
  /** HMAC-SHA-256 of the header and `snapshot`, base64url. */
  readonly mac: string;
  /** XState's persisted snapshot, as JSON text. */
  readonly snapshot: string;
}

/** A case persisted by version 1 of this package: a public checksum (cyrb53) and the snapshot as an object. */
interface LegacyPersistedCase {
  readonly format: 'vikno.case';
  readonly machine: `vikno.case.model-${Model}`;
  readonly version: number;
  readonly checksum: string;
  readonly snapshot: Record<string, unknown>;
}

/** Refuses a malformed argument: `INVALID_INPUT` at `path`, with the message of `code` from the message files. */
function fail<Code extends keyof WorkflowMessageParams>(
  path: string,
  code: Code,
  params: WorkflowMessageParams[Code],
): never {
  throw new WorkflowError({ code: 'INVALID_INPUT', path, ...workflowSays(code, params) });
}

// ---------------------------------------------------------------------------------------------------------------
// Keys

/** The fewest bytes a secret may have: as many as the hash's output, as RFC 2104 advises for HMAC keys. */
export const MIN_SECRET_BYTES = 32;

/** The longest key id, and the most keys a host holds at once. */
const MAX_KEY_ID_LENGTH = 32;
const MAX_KEYS = 100;

const KeyId = new RegExp(`^[A-Za-z0-9._-]{1,${MAX_KEY_ID_LENGTH}}$`);

/** What {@link caseKeys} needs: the secrets by key id, and which of them signs new snapshots. */
export interface CaseKeysInput {
  /** The id of the key that signs what {@link persistCase} writes; one of `secrets`. */
  readonly current: string;
  /**
   * Secrets by key id (letters, digits, `.`, `_`, `-`; up to 32): every key a stored case may have been signed with.
   * A secret is at least 32 bytes: raw bytes, or a string (its UTF-8 bytes), e.g. 32 random bytes in base64.
   */
  readonly secrets: Readonly<Record<string, string | Uint8Array>>;
}

/**
 * The keys of a host, made once by {@link caseKeys}: the secrets stay inside (not enumerable, not serialised,
 * never in a message).
 *
 * @example
 * ```ts
 * import { caseKeys } from '@vikno/workflows';
 *
 * const keys = caseKeys({ current: 'k2', secrets: { k1: process.env.CASE_KEY_K1!, k2: process.env.CASE_KEY_K2! } });
 * keys.current;
 * //=> 'k2'
 * JSON.stringify(keys);
 * //=> '{"current":"k2","ids":["k1","k2"]}'
 * ```
 */
export class CaseKeys {
  /** The id of the key that signs new snapshots. */
  readonly current: string;
  /** Every key id a snapshot may be signed with. */
  readonly ids: readonly string[];
  readonly #secrets: ReadonlyMap<string, Uint8Array>;

  /** @internal Use {@link caseKeys}. */
  constructor(current: string, secrets: ReadonlyMap<string, Uint8Array>) {
    this.current = current;
    this.ids = [...secrets.keys()];
    this.#secrets = secrets;
    Object.freeze(this);
  }

  /** @internal The MAC of `text` under key `id`, or undefined for an unknown key. */
  macOf(id: string, text: string): string | undefined {
    const secret = this.#secrets.get(id);
    return secret === undefined ? undefined : hmacSha256(secret, text);
  }
}

/**
 * The keys that sign and check persisted cases: HMAC-SHA-256 with a host secret, chosen by key id so keys rotate
 * without touching stored cases (see the README's "Keys and rotation"). Make them once at start-up.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a malformed key id, a secret shorter than 32 bytes, or a
 * `current` id that is not among the secrets; the message never contains a secret.
 * @example
 * ```ts
 * import { caseKeys } from '@vikno/workflows';
 *
 * const keys = caseKeys({
 *   current: '2026-03',
 *   secrets: { '2026-01': process.env.CASE_KEY_2026_01!, '2026-03': process.env.CASE_KEY_2026_03! },
 * });
 * keys.ids;
 * //=> ['2026-01', '2026-03']
 * ```
 */
export function caseKeys(input: CaseKeysInput): CaseKeys {
  if (typeof input !== 'object' || input === null) {
    fail('keys', 'KEYS_EXPECTED', { value: valueKind(input) });
  }
  const { current, secrets } = input;
  if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets)) {
    fail('keys.secrets', 'SECRETS_EXPECTED', {});
  }
  const entries = Object.entries(secrets);
  if (entries.length < 1 || entries.length > MAX_KEYS) {
    fail('keys.secrets', 'KEY_COUNT', { min: 1, max: MAX_KEYS, count: entries.length });
  }
  const map = new Map<string, Uint8Array>();
  for (const [id, secret] of entries) {
    if (!KeyId.test(id)) {
      fail('keys.secrets', 'KEY_ID_FORMAT', { max: MAX_KEY_ID_LENGTH });
    }
    const bytes =
      typeof secret === 'string'
        ? new TextEncoder().encode(secret)
        : secret instanceof Uint8Array
          ? secret
          : undefined;
    if (bytes === undefined) {
      fail('keys.secrets', 'SECRET_NOT_TEXT', {});
    }
    if (bytes.length < MIN_SECRET_BYTES) {
      fail('keys.secrets', 'SECRET_TOO_SHORT', { bytes: bytes.length, min: MIN_SECRET_BYTES });
    }
    map.set(id, Uint8Array.from(bytes));
  }
  if (typeof current !== 'string' || !map.has(current)) {
    fail('keys.current', 'CURRENT_KEY_UNKNOWN', {});
  }
  return new CaseKeys(current, map);
}

interface NodeHmac {
  createHmac(
    algorithm: 'sha256',
    key: Uint8Array,
  ): {
    update(text: string, encoding: 'utf8'): { digest(encoding: 'base64url'): string };
  };
}

// Node's own HMAC is native and about four times faster than a portable one; other runtimes get @noble/hashes.
// Both give the same bytes (the tests check them against RFC 4231).
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeHmac | undefined;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += BASE64URL[(n >>> (18 - 6 * c)) & 63];
  }
  return out;
}

/** @internal HMAC-SHA-256 of a text's UTF-8 bytes, base64url. */
export function hmacSha256(secret: Uint8Array, text: string, portable = nodeCrypto === undefined): string {
  if (!portable && nodeCrypto !== undefined) {
    return nodeCrypto.createHmac('sha256', secret).update(text, 'utf8').digest('base64url');
  }
  return base64url(hmac(sha256, secret, new TextEncoder().encode(text)));
}

/**
 * @internal Compares two MACs in time that depends only on their length, so a guess learns nothing from the clock;
 * persisted cases and signed complaints use it.
 */
export function sameMac(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** What is signed: every field of the persisted case, in a fixed order, so none can be swapped alone. */
const signed = (machine: string, version: number, key: string, snapshot: string) =>
  `vikno.case\n${machine}\n${version}\n${key}\n${snapshot}`;

// ---------------------------------------------------------------------------------------------------------------
// Persisting

/** Options of {@link persistCase}. */
export interface PersistOptions {
  /** The keys; the current one signs. */
  readonly keys: CaseKeys;
}

const isCaseActor = (actor: unknown): actor is CaseActor =>
  typeof actor === 'object' &&
  actor !== null &&
  typeof (actor as CaseActor).getSnapshot === 'function' &&
  typeof (actor as CaseActor).getPersistedSnapshot === 'function' &&
  Object.values(CASE_MACHINES).includes((actor as CaseActor).logic as never);

/**
 * Persists a case as JSON-ready data: its machine and version, the snapshot as JSON text, and an HMAC-SHA-256 by
 * the current key of `keys`. Only a case that runs or has finished is persisted: one whose actor failed (`error`)
 * or was stopped is refused, so a broken state is never stored.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for something that is not a case actor, a case in `error` or
 * stopped, or keys not made by {@link caseKeys}.
 * @example
 * ```ts
 * import { caseKeys, persistCase, restoreCase } from '@vikno/workflows';
 *
 * const keys = caseKeys({ current: 'k1', secrets: { k1: process.env.CASE_KEY_1! } });
 * await db.save(caseId, JSON.stringify(persistCase(actor, { keys })));
 * const again = restoreCase(JSON.parse(await db.load(caseId)), { keys, caseId });
 * ```
 */
export function persistCase(actor: CaseActor, options: PersistOptions): PersistedCase {
  if (!isCaseActor(actor)) {
    fail('actor', 'CASE_ACTOR_EXPECTED', {});
  }
  const keys = keysOf(options, 'options.keys');
  const { status, context } = actor.getSnapshot();
  if (status === 'error' || status === 'stopped') {
    fail('actor', 'CASE_NOT_RUNNING', { status });
  }
  const machine = `vikno.case.model-${(context as CaseContext).model}` as const;
  const snapshot = JSON.stringify(actor.getPersistedSnapshot());
  const mac = keys.macOf(keys.current, signed(machine, MACHINE_VERSION, keys.current, snapshot)) as string;
  return { format: 'vikno.case', machine, version: MACHINE_VERSION, key: keys.current, mac, snapshot };
}

function keysOf(options: unknown, path: string): CaseKeys {
  const keys = (options as { keys?: unknown } | null | undefined)?.keys;
  if (!(keys instanceof CaseKeys)) {
    fail(path, 'CASE_KEYS_EXPECTED', {});
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------------------------
// Bounds

/** The longest snapshot restored, in characters: a case with the longest audit trail fits with room to spare. */
export const MAX_SNAPSHOT_CHARS = 262_144;
/** The most audit entries a restored case may have. */
export const MAX_AUDIT_ENTRIES = 1_000;
const MAX_DEPTH = 12;
const MAX_NODES = 40_000;

/**
 * Checks a parsed value's depth, node count and string lengths without recursion, so a 10⁴-deep array or a
 * megabyte key is refused before anything walks it.
 */
function assertBounded(root: unknown, path: string): void {
  const stack: [unknown, number][] = [[root, 0]];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (++nodes > MAX_NODES) fail(path, 'SNAPSHOT_TOO_MANY_VALUES', {});
    if (typeof value === 'string') chars += value.length;
    else if (
      typeof value === 'number'
        ? !Number.isFinite(value)
        : !['boolean', 'object', 'undefined'].includes(typeof value)
    ) {
      fail(path, 'SNAPSHOT_NOT_PLAIN', {});
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      fail(path, 'SNAPSHOT_TOO_DEEP', { max: MAX_DEPTH });
    }
    if (Object.getPrototypeOf(value) !== Object.prototype && !Array.isArray(value)) {
      fail(path, 'SNAPSHOT_NOT_PLAIN', {});
    }
    // JSON has no holes: an array with more slots than values (a host's sparse array of 2³² slots) is refused
    // before anything iterates its length.
    if (Array.isArray(value) && (value.length > MAX_NODES || Object.keys(value).length !== value.length)) {
      fail(path, 'SNAPSHOT_ARRAY_NOT_PLAIN', {});
    }
    for (const [key, item] of Object.entries(value)) {
      chars += key.length;
      stack.push([item, depth + 1]);
    }
    if (chars > MAX_SNAPSHOT_CHARS) {
      fail(path, 'SNAPSHOT_OVER_LIMIT', { max: MAX_SNAPSHOT_CHARS });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The snapshot's shape

const Id = z.string().min(1).max(80);
const InstantText = z.iso.datetime({ offset: true });

const RunningTermSchema = z
  .object({
    kind: TermKind,
    start: CivilDate,
    // Compared with the settings' term when the audit trail is redone (settings are validated as a Term); a
    // legal source is long to validate, so it is validated once.
    term: z.unknown(),
    registration: z.enum(['asReceived', 'nextWorkingDayIfDayOff']),
    pauses: z.array(z.object({ from: CivilDate, to: CivilDate.optional() }).strict()).max(MAX_AUDIT_ENTRIES),
    pauseRule: z.literal('law2073').optional(),
    // Compared with the extensions the audit trail redoes, each validated as a term when it is redone.
    extensions: z.array(z.unknown()).max(MAX_EXTENSIONS).optional(),
    state: z.enum(['running', 'paused', 'met', 'cancelled']),
    lastDay: CivilDate,
    dueAt: InstantText,
    atRiskRaised: z.boolean(),
    overdueRaised: z.boolean(),
  })
  .strict();

const EventType = z.enum(
  CaseEventSchema.options.map((option) => option.shape.type.value) as [string, ...string[]],
);

const AuditEntrySchema = z
  .object({
    seq: z.number().int().positive(),
    type: EventType,
    at: InstantText,
    role: RoleSchema,
    actorId: Id,
    office: Id,
  })
  .strict();

const ContextSchema = z
  .object({
    caseId: Id,
    serviceId: Id,
    model: z.enum(['I', 'II', 'III']),
    settings: z
      .object({
        transfer: Term,
        decision: Term,
        notification: Term,
        collection: Term,
        cure: Term.optional(),
        hearing: Term.optional(),
      })
      .strict(),
    caseNumber: Id.optional(),
    registeredOn: CivilDate.optional(),
    filedOn: CivilDate.optional(),
    missing: z.array(Id).max(100),
    returnReasons: z.array(Id).min(1).max(20).optional(),
    hearing: z
      .object({
        outcome: z.enum(['partiallyGranted', 'refused']),
        grounds: z.array(Id).max(20),
        notifiedOn: CivilDate,
        state: z.enum(['awaited', 'heard', 'lapsed']),
      })
      .strict()
      .optional(),
    delivery: z.object({ channel: DeliveryChannel, sentOn: CivilDate, on: CivilDate }).strict().optional(),
    hearingException: HearingException.optional(),
    complaints: z
      .array(z.object({ complaintId: Id, setAside: DecisionOutcome }).strict())
      .max(MAX_AUDIT_ENTRIES)
      .optional(),
    fileAccess: z.enum(['requested', 'given']).optional(),
    extensions: z
      .array(
        z
          .object({
            amount: z.number().int().positive().max(365),
            unit: z.enum(['calendarDays', 'workingDays']),
          })
          .strict(),
      )
      .max(MAX_AUDIT_ENTRIES)
      .optional(),
    returnedAtIntake: z.literal(true).optional(),
    migratedFromVersion: z.number().int().min(1).max(2).optional(),
    migratedAfter: z.number().int().min(0).max(MAX_AUDIT_ENTRIES).optional(),
    requested: z.array(Id).max(100),
    terms: z.partialRecord(TermKind, RunningTermSchema),
    outcome: DecisionOutcome.optional(),
    grounds: z.array(Id).max(20),
    originals: z.enum(['notApplicable', 'awaited', 'received']),
    registerId: Id.optional(),
    providerOffice: Id.optional(),
    audit: z.array(AuditEntrySchema).max(MAX_AUDIT_ENTRIES),
    rejection: z
      .object({
        count: z.number().int().positive(),
        type: z.string().max(40),
        role: z.string().max(40),
        reason: RejectionReason,
      })
      .strict()
      .optional(),
  })
  .strict();

const SnapshotSchema = z
  .object({
    status: z.enum(['active', 'done']),
    value: z.union([z.string().max(40), z.object({ transfer: z.string().max(40) }).strict()]),
    historyValue: z.object({}).strict(),
    children: z.object({}).strict(),
    context: ContextSchema,
  })
  .strict();
type ParsedSnapshot = z.infer<typeof SnapshotSchema>;
type ParsedContext = ParsedSnapshot['context'];

// ---------------------------------------------------------------------------------------------------------------
// What the state implies

/** One transition of a machine, as its definition declares it: the state it leads to, and its named actions. */
interface Transition {
  readonly target: string | undefined;
  readonly actions: readonly string[];
}

interface StateNodeLike {
  readonly path: readonly string[];
  readonly type: string;
  readonly parent?: StateNodeLike;
  readonly states: Record<string, StateNodeLike>;
  readonly initial?: { readonly target: readonly StateNodeLike[] };
  readonly transitions: ReadonlyMap<
    string,
    readonly { readonly target?: readonly StateNodeLike[]; readonly actions: readonly unknown[] }[]
  >;
}

const leafOf = (node: StateNodeLike): StateNodeLike => {
  const first = node.initial?.target[0];
  return node.type === 'compound' && first !== undefined ? leafOf(first) : node;
};

/**
 * Each machine's transitions by `<leaf state> <event type>`, innermost first, read from the machine's own
 * definition: the one home of which event leads where and does what.
 */
const TRANSITIONS = Object.fromEntries(
  (Object.entries(CASE_MACHINES) as [Model, (typeof CASE_MACHINES)[Model]][]).map(([model, machine]) => {
    const table = new Map<string, Transition[]>();
    const visit = (node: StateNodeLike) => {
      const children = Object.values(node.states);
      if (children.length > 0) return children.forEach(visit);
      const leaf = node.path.join('.');
      for (let at: StateNodeLike | undefined = node; at !== undefined; at = at.parent) {
        for (const [type, definitions] of at.transitions) {
          const list = table.get(`${leaf} ${type}`) ?? [];
          for (const definition of definitions) {
            // A refusal a state records for an event that breaks a rule of procedure is no transition.
            if (definition.actions.some((action) => (action as { type?: unknown })?.type === 'reject'))
              continue;
            const target = definition.target?.[0];
            list.push({
              target: target === undefined ? undefined : leafOf(target).path.join('.'),
              actions: definition.actions.map((action) =>
                typeof action === 'string' ? action : String((action as { type?: unknown }).type),
              ),
            });
          }
          table.set(`${leaf} ${type}`, list);
        }
      }
    };
    visit(machine.root as unknown as StateNodeLike);
    return [model, { table, initial: leafOf(machine.root as unknown as StateNodeLike).path.join('.') }];
  }),
) as unknown as Record<Model, { table: ReadonlyMap<string, Transition[]>; initial: string }>;

const FINAL = new Set(['returned', 'withdrawn']);

/** What the audit trail implies for a case: the parts of its context the machine computes. */
interface Implied {
  caseNumber: string | undefined;
  registeredOn: string | undefined;
  filedOn: string | undefined;
  missing: readonly string[];
  returnReasons: readonly string[] | undefined;
  hearing: Hearing | undefined;
  hearingException: HearingException | undefined;
  delivery: Delivery | undefined;
  complaints: readonly SetAside[] | undefined;
  fileAccess: 'requested' | 'given' | undefined;
  extensions: ParsedContext['extensions'];
  requested: readonly string[];
  terms: Partial<Record<TermKind, RunningTerm>>;
  outcome: DecisionOutcome | undefined;
  grounds: readonly string[];
  originals: 'notApplicable' | 'awaited' | 'received';
  registerId: string | undefined;
  providerOffice: string | undefined;
}

/** Why a case cannot be: where in the snapshot, and the message saying why; `restoreCase` refuses it. */
class Impossible extends Error {
  constructor(
    readonly at: string,
    readonly reason: LocalizedText,
  ) {
    super(reason.en);
  }
}

const withTerm = (terms: Implied['terms'], kind: TermKind, change: (term: RunningTerm) => RunningTerm) => {
  const term = terms[kind];
  if (term === undefined) throw new Impossible('context.terms', workflowSays('NO_TERM', { kind }));
  return { ...terms, [kind]: change(term) };
};

/**
 * The term of `kind` a case started on `start`, as the machine starts it; `legacy` for an audit entry version 1 or
 * 2 recorded before the case was migrated (its pauses counted as those versions counted them).
 */
const started = (
  context: ParsedContext,
  kind: Exclude<TermKind, 'complaint'>,
  start: string,
  fromReceipt: boolean,
  legacy: boolean,
) =>
  beginTerm({
    kind,
    start,
    term: settingTerm(context.settings, kind),
    registration: fromReceipt ? APPLICATION_REGISTRATION.rule : 'asReceived',
    legacyPauses: legacy,
  });

/** What an audited event must have left in the context. */
function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) {
    throw new Impossible(`context.${field}`, workflowSays('FIELD_MISSING', { field }));
  }
  return value;
}

/** Every term of the case ended as cancelled. */
function cancelAll(implied: Implied): void {
  implied.terms = Object.fromEntries(
    Object.entries(implied.terms).map(([kind, term]) => [kind, finishTerm(term, 'cancelled')]),
  );
}

/** The complaints with the next one the stored list names, which must set aside the outcome the case had. */
function nextComplaint(implied: Implied, context: ParsedContext): readonly SetAside[] {
  const done = implied.complaints ?? [];
  const next = required(context.complaints?.[done.length], 'complaints');
  if (next.setAside !== implied.outcome) {
    throw new Impossible('context.complaints', workflowSays('FIELD_NOT_IMPLIED', { field: 'complaints' }));
  }
  return [...done, next];
}

/**
 * The outcome of the next decision the audit trail gives: the one the next complaint set aside, or, when no
 * complaint followed, the case's own.
 */
function nextOutcome(implied: Implied, context: ParsedContext): DecisionOutcome | undefined {
  return context.complaints?.[implied.complaints?.length ?? 0]?.setAside ?? context.outcome;
}

/** The terms of transfer and decision from the day the complete package was received, as the machine starts them. */
function consideringFrom(
  implied: Implied,
  context: ParsedContext,
  receivedOn: string,
  legacy: boolean,
): void {
  implied.originals = DELIVERY_MODELS[context.model].transfer.originalsFollow ? 'awaited' : 'notApplicable';
  implied.terms = {
    ...implied.terms,
    transfer: started(context, 'transfer', receivedOn, true, legacy),
    decision: started(context, 'decision', receivedOn, true, legacy),
  };
}

/** The change each named action of the machines makes, redone from an audit entry and the stored payloads. */
function redo(action: string, implied: Implied, context: ParsedContext, at: string, entry: number): boolean {
  const day = () => toKyivDate(at);
  // An entry version 1 or 2 recorded before the case was migrated starts its terms as those versions did.
  const legacy = entry < (context.migratedAfter ?? 0);
  switch (action) {
    case 'audit':
      return false;
    case 'recordMissing':
      implied.missing = context.missing;
      return false;
    case 'register': {
      const receivedOn = day();
      implied.caseNumber = required(context.caseNumber, 'caseNumber');
      implied.registeredOn = registrationDay(receivedOn);
      implied.filedOn = receivedOn;
      consideringFrom(implied, context, receivedOn, legacy);
      return false;
    }
    case 'leaveWithoutMovement': {
      const receivedOn = day();
      implied.caseNumber = required(context.caseNumber, 'caseNumber');
      implied.registeredOn = registrationDay(receivedOn);
      implied.filedOn = receivedOn;
      implied.missing = context.missing;
      implied.terms = { ...implied.terms, cure: started(context, 'cure', receivedOn, false, legacy) };
      return false;
    }
    case 'cure':
      implied.terms = withTerm(implied.terms, 'cure', (term) => finishTerm(term, 'met'));
      consideringFrom(implied, context, day(), legacy);
      return false;
    case 'returnApplication':
      cancelAll(implied);
      implied.returnReasons = required(context.returnReasons, 'returnReasons');
      return false;
    case 'notifyHearing':
      implied.hearing = {
        outcome: context.hearing?.outcome ?? 'refused',
        grounds: context.hearing?.grounds ?? [],
        notifiedOn: day(),
        state: 'awaited',
      };
      implied.terms = { ...implied.terms, hearing: started(context, 'hearing', day(), false, legacy) };
      return false;
    case 'heard':
      implied.hearing = { ...required(implied.hearing, 'hearing'), state: 'heard' };
      implied.terms = withTerm(implied.terms, 'hearing', (term) => finishTerm(term, 'met'));
      return false;
    case 'extend': {
      const done = implied.extensions ?? [];
      const extension = required(context.extensions?.[done.length], 'extensions');
      implied.extensions = [...done, extension];
      implied.terms = withTerm(implied.terms, 'decision', (term) => extendRunning(term, extension));
      return false;
    }
    case 'deliver': {
      const channel = context.delivery?.channel ?? 'inPerson';
      implied.delivery = { channel, sentOn: day(), on: deliveredOn({ channel, sentOn: day() }).on };
      return false;
    }
    case 'reopen':
      implied.complaints = nextComplaint(implied, context);
      implied.outcome = undefined;
      implied.grounds = [];
      implied.hearing = undefined;
      implied.hearingException = undefined;
      implied.delivery = undefined;
      implied.terms = {
        ...withoutResultTerms(implied.terms),
        decision: started(context, 'decision', day(), false, legacy),
      };
      return false;
    case 'replace':
      implied.complaints = nextComplaint(implied, context);
      implied.outcome = required(nextOutcome(implied, context), 'outcome');
      implied.grounds = context.grounds;
      implied.hearingException = undefined;
      implied.delivery = undefined;
      implied.terms = withoutResultTerms(implied.terms);
      return false;
    case 'requestFile':
      implied.fileAccess = 'requested';
      return false;
    case 'giveFile':
      implied.fileAccess = 'given';
      return false;
    case 'recordRegister':
      implied.registerId = required(context.registerId, 'registerId');
      return false;
    case 'transferDone':
      implied.terms = withTerm(implied.terms, 'transfer', (term) => finishTerm(term, 'met'));
      // The office a transfer names is not in its audit entry, so the replay takes it from the context. A case
      // migrated from version 1 whose audit trail names no provider's office keeps none, and stays restorable
      // once signed (its office is then not checked); the signature vouches for the rest.
      implied.providerOffice = context.providerOffice;
      return false;
    case 'originalsReceived':
      implied.originals = 'received';
      return false;
    case 'pauseDecision':
      implied.terms = withTerm(implied.terms, 'decision', (term) => pauseRunning(term, day()));
      implied.requested = required(context.requested.length > 0 ? context.requested : undefined, 'requested');
      return false;
    case 'resumeDecision':
      implied.terms = withTerm(implied.terms, 'decision', (term) => resumePaused(term, day()));
      return false;
    case 'decide': {
      // A decision a later complaint set aside: its outcome is the one the complaint names, its grounds gone.
      const later = context.complaints?.[implied.complaints?.length ?? 0];
      const outcome = later?.setAside ?? required(context.outcome, 'outcome');
      implied.terms = withTerm(implied.terms, 'decision', (term) => finishTerm(term, 'met'));
      implied.outcome = outcome;
      implied.grounds =
        later !== undefined || outcome === 'granted'
          ? context.grounds
          : required(context.grounds.length > 0 ? context.grounds : undefined, 'grounds');
      // The exception a final adverse decision was taken under; one a complaint set aside is not kept.
      implied.hearingException = later === undefined ? context.hearingException : undefined;
      if (
        later === undefined &&
        ADVERSE_OUTCOMES.includes(outcome) &&
        // Version 1 and 2 decided without hearings; what was decided after the migration was heard.
        !(entry < (context.migratedAfter ?? 0)) &&
        context.hearingException === undefined
      ) {
        // The applicant was heard on this outcome and these grounds before it was decided (Law 2073-IX).
        if (!heardOn(required(implied.hearing, 'hearing'), outcome, implied.grounds)) {
          throw new Impossible('context.hearing', workflowSays('FIELD_NOT_IMPLIED', { field: 'hearing' }));
        }
      }
      ({ hearing: implied.hearing, terms: implied.terms } = closedHearing(
        implied.hearing,
        implied.terms,
        outcome,
      ));
      return false;
    }
    case 'informed':
      implied.terms = {
        ...implied.terms,
        notification: started(context, 'notification', day(), false, legacy),
      };
      return false;
    case 'notified':
      implied.terms = {
        ...withTerm(implied.terms, 'notification', (term) => finishTerm(term, 'met')),
        collection: started(context, 'collection', day(), false, legacy),
      };
      return false;
    case 'issued':
      implied.terms = withTerm(implied.terms, 'collection', (term) => finishTerm(term, 'met'));
      implied.delivery ??= { channel: 'inPerson', sentOn: day(), on: day() };
      return false;
    case 'cancelTerms':
      cancelAll(implied);
      return false;
    case 'tick': {
      let raised = false;
      const terms: Implied['terms'] = {};
      for (const [kind, term] of Object.entries(implied.terms) as [TermKind, RunningTerm][]) {
        const result = judgeTerm(term, at);
        terms[kind] = result.term;
        raised ||= result.events.length > 0;
      }
      implied.terms = terms;
      return raised;
    }
    default:
      throw new Impossible('context', workflowSays('UNKNOWN_ACTION', {}));
  }
}

/** Whether a transition's guard lets an audited event through, judged from what the audit trail implies. */
function guardPasses(
  transition: Transition,
  type: string,
  implied: Implied,
  last: boolean,
  stored: ParsedSnapshot,
  at: string,
): boolean {
  if (type === 'PACKAGE.CHECKED') {
    // The audit entry does not say whether the package was complete; what the case holds does.
    const context = stored.context;
    const expected =
      context.returnedAtIntake === true
        ? 'returned'
        : context.terms.cure !== undefined
          ? 'withoutMovement'
          : 'transfer';
    const target = transition.target?.startsWith('transfer') ? 'transfer' : transition.target;
    return target === expected && (expected !== 'returned' || (last && stored.value === 'returned'));
  }
  if (type === 'ORIGINALS.RECEIVED') return implied.originals === 'awaited';
  if (type === 'DECISION.DELIVERED') return implied.delivery === undefined;
  if (type === 'CASE.REOPENED' || type === 'DECISION.REPLACED') return implied.outcome !== undefined;
  if (type === 'FILE.ACCESS_GIVEN') return implied.fileAccess === 'requested';
  if (transition.target === 'archived') {
    const collection = implied.terms.collection;
    return collection?.state === 'running' && deadlineStatus(collection, at).status === 'overdue';
  }
  return true;
}

const stateName = (value: ParsedSnapshot['value']) =>
  typeof value === 'string' ? value : `transfer.${value.transfer}`;

/**
 * Redoes a case's audit trail through its machine's transitions and compares what it implies with the stored
 * snapshot: audit numbered 1..n, each event from a role allowed to send it and allowed in the state it reached,
 * the state, status, terms (from registration, settings and suspensions), warnings raised, outcome, register and
 * originals as the events left them. Throws {@link Impossible} at the first difference.
 */
function assertReachable(model: Model, snapshot: ParsedSnapshot): void {
  const { context } = snapshot;
  const { table, initial } = TRANSITIONS[model];
  const implied: Implied = {
    caseNumber: undefined,
    registeredOn: undefined,
    filedOn: undefined,
    missing: [],
    returnReasons: undefined,
    hearing: undefined,
    hearingException: undefined,
    delivery: undefined,
    complaints: undefined,
    fileAccess: undefined,
    extensions: undefined,
    requested: [],
    terms: {},
    outcome: undefined,
    grounds: [],
    originals: 'notApplicable',
    registerId: undefined,
    providerOffice: undefined,
  };
  let state = initial;
  context.audit.forEach((entry, index) => {
    const at = `context.audit.${index}`;
    if (entry.seq !== index + 1) {
      throw new Impossible(
        `${at}.seq`,
        workflowSays('AUDIT_NUMBERING', { entry: index + 1, seq: entry.seq }),
      );
    }
    if (!PERMISSIONS[entry.type as keyof typeof PERMISSIONS].includes(entry.role)) {
      throw new Impossible(
        `${at}.role`,
        workflowSays('ROLE_MAY_NOT_SEND', { role: entry.role, type: entry.type }),
      );
    }
    if (FINAL.has(state)) {
      throw new Impossible(`${at}.type`, workflowSays('NOTHING_AFTER', { state }));
    }
    try {
      const last = index === context.audit.length - 1;
      const transition = (table.get(`${state} ${entry.type}`) ?? []).find((candidate) =>
        guardPasses(candidate, entry.type, implied, last, snapshot, entry.at),
      );
      if (transition === undefined) {
        throw new Impossible(`${at}.type`, workflowSays('EVENT_NOT_IN_STATE', { type: entry.type, state }));
      }
      let audited = transition.actions.includes('audit');
      for (const action of transition.actions) {
        audited = redo(action, implied, context, entry.at, index) || audited;
      }
      if (!audited) {
        throw new Impossible(at, workflowSays('EVENT_CHANGED_NOTHING', { type: entry.type }));
      }
      const office = implied.providerOffice;
      if (office !== undefined && PROVIDER_ROLES.includes(entry.role) && entry.office !== office) {
        throw new Impossible(`${at}.office`, workflowSays('OTHER_OFFICE', {}));
      }
      state = transition.target ?? state;
    } catch (error) {
      if (error instanceof IssuesError || error instanceof DeadlinesError) {
        throw new Impossible(`${at}.at`, workflowSays('ENTRY_TIME_IMPOSSIBLE', {}));
      }
      throw error;
    }
  });
  if (stateName(snapshot.value) !== state) {
    throw new Impossible('value', workflowSays('STATE_NOT_IMPLIED', {}));
  }
  if (snapshot.status !== (FINAL.has(state) ? 'done' : 'active')) {
    throw new Impossible('status', workflowSays('STATUS_NOT_IMPLIED', { state, status: snapshot.status }));
  }
  for (const field of Object.keys(implied) as (keyof Implied)[]) {
    if (!sameJson(implied[field], context[field])) {
      throw new Impossible(`context.${field}`, workflowSays('FIELD_NOT_IMPLIED', { field }));
    }
  }
}

/** Deep equality of JSON-like data, an absent key equal to one that holds `undefined`. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Restoring

/** A migration of a persisted snapshot from one version of the machines to the next. */
export type Migration = (snapshot: Record<string, unknown>) => Record<string, unknown>;

/** Options of {@link restoreCase}. */
export interface RestoreOptions {
  /** The keys: any of them may have signed the case. */
  readonly keys: CaseKeys;
  /** The case id the host expects (its row's id): a snapshot of another case is refused. */
  readonly caseId?: string;
  /**
   * Accept a case persisted by version 1 of this package, which has only a public checksum: once, while stored
   * cases are migrated, then persist it again (signed). Without it such a case is refused, so an old format is no
   * way around the keyed check. What the state implies is checked either way.
   */
  readonly legacy?: boolean;
  /** Migrations of versions older than 1, by the version they migrate from (with `legacy`). */
  readonly migrations?: Readonly<Record<number, Migration>>;
}

const MACHINES = ['vikno.case.model-I', 'vikno.case.model-II', 'vikno.case.model-III'] as const;
const CURRENT_KEYS = ['format', 'machine', 'version', 'key', 'mac', 'snapshot'];
const LEGACY_KEYS = ['format', 'machine', 'version', 'checksum', 'snapshot'];

/**
 * Restores a persisted case: checks its format and its HMAC by the key it names, parses the snapshot once (its
 * size bounded first), checks that the state is one the machine reaches through the audit trail it carries, and
 * starts the actor where it stopped. Terms are data, so nothing is lost: the next `TICK` judges them.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a corrupted, truncated, forged or unknown snapshot, naming
 * what is wrong and where but never quoting it: `persisted.mac` when the HMAC does not match, `persisted.key`
 * for a key not in `keys`, `persisted.version` for a version-1 case without `legacy`, `persisted.snapshot…` for
 * a state the machine cannot reach.
 * @example
 * ```ts
 * import { caseKeys, persistCase, restoreCase, WorkflowError } from '@vikno/workflows';
 *
 * const keys = caseKeys({ current: 'k1', secrets: { k1: process.env.CASE_KEY_1! } });
 * // `actor` is a model III case C-1, registered and waiting for a transfer register.
 * const json = JSON.stringify(persistCase(actor, { keys }));
 * restoreCase(JSON.parse(json), { keys, caseId: 'C-1' }).getSnapshot().value;
 * //=> { transfer: 'awaitingRegister' }
 * try {
 *   restoreCase({ ...JSON.parse(json), snapshot: forged }, { keys });
 * } catch (error) {
 *   if (error instanceof WorkflowError) console.log(error.code, error.path);
 *   //=> 'INVALID_INPUT' 'persisted.mac'
 * }
 * ```
 */
export function restoreCase(persisted: unknown, options: RestoreOptions): CaseActor {
  const keys = keysOf(options, 'options.keys');
  if (options.caseId !== undefined && typeof options.caseId !== 'string') {
    fail('options.caseId', 'CASE_ID_EXPECTED', {});
  }
  if (typeof persisted !== 'object' || persisted === null || Array.isArray(persisted)) {
    fail('persisted', 'PERSISTED_CASE_EXPECTED', { value: valueKind(persisted) });
  }
  const record = persisted as Record<string, unknown>;
  const { format, machine, version } = record;
  if (format !== 'vikno.case') fail('persisted.format', 'NOT_A_PERSISTED_CASE', {});
  if (!MACHINES.includes(machine as never)) {
    fail('persisted.machine', 'UNKNOWN_MACHINE', {});
  }
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    fail('persisted.version', 'VERSION_EXPECTED', {});
  }
  if (version > MACHINE_VERSION) {
    fail('persisted.version', 'VERSION_TOO_NEW', { version, current: MACHINE_VERSION });
  }
  const model = (machine as string).slice('vikno.case.model-'.length) as Model;
  let snapshot: unknown;
  if (version === MACHINE_VERSION) {
    snapshot = verified(record, keys, machine as string, version);
  } else if (version >= 2) {
    // Signed by an older version of the machines: checked by its own signature, then migrated.
    snapshot = migrated(verified(record, keys, machine as string, version), version, {});
  } else {
    if (options.legacy !== true) {
      fail('persisted.version', 'LEGACY_NEEDED', { version });
    }
    snapshot = legacySnapshot(record, version, options.migrations ?? {});
  }
  const parsed = SnapshotSchema.safeParse(snapshot);
  if (!parsed.success) throw invalidInput('persisted.snapshot', parsed.error);
  const { context } = parsed.data;
  if (context.model !== model) fail('persisted.snapshot.context.model', 'WRONG_MODEL', { model });
  if (options.caseId !== undefined && context.caseId !== options.caseId) {
    fail('persisted.snapshot.context.caseId', 'OTHER_CASE', {});
  }
  try {
    assertReachable(model, parsed.data);
  } catch (error) {
    if (!(error instanceof Impossible)) throw error;
    fail(`persisted.snapshot.${error.at}`, 'IMPOSSIBLE_CASE', { reason: error.reason });
  }
  const input = { caseId: context.caseId, serviceId: context.serviceId, model, settings: context.settings };
  return createActor(CASE_MACHINES[model], { snapshot: snapshot as never, input }).start();
}

/** The snapshot of a current persisted case, once its HMAC is checked: parsed once, its size bounded first. */
function verified(
  record: Record<string, unknown>,
  keys: CaseKeys,
  machine: string,
  version: number,
): unknown {
  if (Object.keys(record).some((key) => !CURRENT_KEYS.includes(key))) {
    fail('persisted', 'EXTRA_FIELD', {});
  }
  const { key, mac, snapshot } = record;
  if (typeof key !== 'string' || !KeyId.test(key)) fail('persisted.key', 'KEY_ID_EXPECTED', {});
  if (typeof mac !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(mac)) {
    fail('persisted.mac', 'MAC_EXPECTED', {});
  }
  if (typeof snapshot !== 'string') {
    fail('persisted.snapshot', 'JSON_TEXT_EXPECTED', { value: valueKind(snapshot) });
  }
  if (snapshot.length > MAX_SNAPSHOT_CHARS) {
    fail('persisted.snapshot', 'SNAPSHOT_TEXT_TOO_LONG', {
      length: snapshot.length,
      max: MAX_SNAPSHOT_CHARS,
    });
  }
  const expected = keys.macOf(key, signed(machine, version, key, snapshot));
  if (expected === undefined) {
    fail('persisted.key', 'KEY_NOT_GIVEN', {});
  }
  if (!sameMac(expected, mac)) {
    fail('persisted.mac', 'MAC_MISMATCH', {});
  }
  try {
    return JSON.parse(snapshot);
  } catch {
    return fail('persisted.snapshot', 'SNAPSHOT_NOT_JSON', {});
  }
}

/**
 * The snapshot of a version-1 (or older, with `migrations`) persisted case: bounded, checked against its public
 * checksum, and migrated to the current version.
 */
function legacySnapshot(
  record: Record<string, unknown>,
  version: number,
  migrations: Readonly<Record<number, Migration>>,
): unknown {
  if (Object.keys(record).some((key) => !LEGACY_KEYS.includes(key))) {
    fail('persisted', 'EXTRA_FIELD', {});
  }
  const { checksum, snapshot } = record as Partial<LegacyPersistedCase>;
  if (typeof checksum !== 'string' || !/^[0-9a-f]{14}$/.test(checksum)) {
    fail('persisted.checksum', 'CHECKSUM_EXPECTED', {});
  }
  if (typeof snapshot !== 'object' || snapshot === null || Array.isArray(snapshot)) {
    fail('persisted.snapshot', 'SNAPSHOT_OBJECT_EXPECTED', { value: valueKind(snapshot) });
  }
  assertBounded(snapshot, 'persisted.snapshot');
  if (snapshotChecksum(snapshot) !== checksum) {
    fail('persisted.checksum', 'CHECKSUM_MISMATCH', {});
  }
  return migrated(snapshot, version, migrations);
}

/** A snapshot of `version` migrated to the current version, one version at a time. */
function migrated(
  snapshot: unknown,
  version: number,
  migrations: Readonly<Record<number, Migration>>,
): unknown {
  if (typeof snapshot !== 'object' || snapshot === null || Array.isArray(snapshot)) {
    fail('persisted.snapshot', 'SNAPSHOT_OBJECT_EXPECTED', { value: valueKind(snapshot) });
  }
  let result = snapshot as Record<string, unknown>;
  for (let from = version; from < MACHINE_VERSION; from++) {
    const migrate = Object.hasOwn(migrations, from) ? migrations[from] : OWN_MIGRATIONS[from];
    if (typeof migrate !== 'function') {
      fail('persisted.version', 'NO_MIGRATION', { version: from });
    }
    result = migrate(result);
    assertBounded(result, 'persisted.snapshot');
  }
  return JSON.parse(JSON.stringify(result));
}

/**
 * This package's own migrations. Version 1 → 2: version 2 signs the snapshot, and a case knows the provider office
 * that decides it (`providerOffice`), taken here from the audit trail: the office of the provider's staff who
 * completed the transfer or acted first after it. A case none of them has touched yet keeps none.
 */
const OWN_MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (snapshot) => {
    const context = snapshot.context as Record<string, unknown> | undefined;
    const audit = context?.audit;
    if (context === undefined || !Array.isArray(audit) || 'providerOffice' in context) return snapshot;
    const transfer = audit.findIndex((entry) => TRANSFER_COMPLETIONS.includes((entry as AuditRecord)?.type));
    const staff =
      transfer < 0
        ? undefined
        : (audit.slice(transfer) as AuditRecord[]).find((entry) =>
            PROVIDER_ROLES.includes(entry?.role as never),
          );
    return {
      ...snapshot,
      context: {
        ...context,
        providerOffice: staff?.office,
        migratedFromVersion: 1,
        migratedAfter: audit.length,
      },
    };
  },
  /**
   * Version 2 → 3 (Law 2073-IX): an incomplete package is left without movement instead of returned. A case
   * version 2 returned at intake stays returned, marked so that its trail is read as version 2 wrote it; a result
   * issued or archived is no longer final, since a complaint may reopen the case.
   */
  2: (snapshot) => {
    const context = snapshot.context as Record<string, unknown> | null | undefined;
    if (typeof context !== 'object' || context === null) return snapshot;
    const audit = Array.isArray(context.audit) ? (context.audit as AuditRecord[]) : [];
    if (snapshot.value === 'returned' && !audit.some((entry) => entry?.type === 'APPLICATION.RETURNED')) {
      return { ...snapshot, context: { ...context, returnedAtIntake: true } };
    }
    // A registered case counts as filed on the day its package was checked, as version 3 records it.
    const checked = audit.find((entry) => entry?.type === 'PACKAGE.CHECKED') as { at?: unknown } | undefined;
    let filedOn: string | undefined;
    if (context.registeredOn !== undefined && typeof checked?.at === 'string') {
      try {
        filedOn = toKyivDate(checked.at);
      } catch {
        // Left without: the replay names the entry whose time is impossible.
      }
    }
    const migratedFromVersion = context.migratedFromVersion ?? 2;
    const migratedAfter = context.migratedAfter ?? audit.length;
    const withFiling = {
      ...context,
      migratedFromVersion,
      migratedAfter,
      ...(filedOn === undefined ? {} : { filedOn }),
    };
    if (snapshot.value === 'issued' || snapshot.value === 'archived') {
      // A result issued was handed over in person at the office, as version 3 records it.
      const issued = audit.find((entry) => entry?.type === 'RESULT.ISSUED') as { at?: unknown } | undefined;
      let delivery: Record<string, string> | undefined;
      if (typeof issued?.at === 'string') {
        try {
          const day = toKyivDate(issued.at);
          delivery = { channel: 'inPerson', sentOn: day, on: day };
        } catch {
          // Left without: the replay names the entry whose time is impossible.
        }
      }
      return {
        ...snapshot,
        status: 'active',
        output: undefined,
        context: delivery === undefined ? withFiling : { ...withFiling, delivery },
      };
    }
    return { ...snapshot, context: withFiling };
  },
};

type AuditRecord =
  | { readonly type?: unknown; readonly role?: unknown; readonly office?: unknown }
  | undefined;
const TRANSFER_COMPLETIONS: readonly unknown[] = [
  'TRANSFER.SENT',
  'TRANSFER.HANDED_OVER',
  'TRANSFER.RECEIVED',
];

/**
 * @internal JSON with every object's keys sorted: what version 1 checksummed, so that storage reordering keys
 * (PostgreSQL `jsonb`) did not break it, and what a signed complaint's MAC covers. Only for bounded values.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** @internal The checksum of a version-1 snapshot: cyrb53 of its canonical JSON. */
export function snapshotChecksum(snapshot: unknown): string {
  const text = canonicalJson(snapshot);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

// ---------------------------------------------------------------------------------------------------------------
// Reading terms without an actor

/** The deadline status of each running term of a persisted case, read without creating an actor. */
export type CaseTermStatus = Partial<Record<TermKind, DeadlineStatus>>;

const TermDates = z.object({ state: z.string(), lastDay: CivilDate, dueAt: InstantText });
const TermsOnly = z.object({ context: z.object({ terms: z.partialRecord(TermKind, TermDates) }) });

/**
 * The status of each running term of a persisted case at a moment, straight from the JSON: no actor is created
 * and the HMAC is not checked (restoreCase checks it before anything acts on a case), so a host can sweep a
 * million cases for the ones at risk or overdue.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for something that is not a persisted case, a snapshot too long
 * or malformed, or `now` not an instant.
 * @example
 * ```ts
 * import { persistedTermStatus } from '@vikno/workflows';
 *
 * const overdue = stored.filter((json) =>
 *   Object.values(persistedTermStatus(json, now)).some((status) => status?.status === 'overdue'),
 * );
 * ```
 */
export function persistedTermStatus(persisted: PersistedCase, now: Instant): CaseTermStatus {
  const raw = (persisted as { snapshot?: unknown } | null | undefined)?.snapshot;
  if (typeof persisted !== 'object' || persisted === null || raw === undefined) {
    fail('persisted', 'PERSISTED_CASE_EXPECTED', { value: valueKind(persisted) });
  }
  let snapshot = raw;
  if (typeof raw === 'string') {
    if (raw.length > MAX_SNAPSHOT_CHARS) {
      fail('persisted.snapshot', 'SNAPSHOT_TOO_LONG', {});
    }
    try {
      snapshot = JSON.parse(raw);
    } catch {
      fail('persisted.snapshot', 'SNAPSHOT_NOT_JSON', {});
    }
  }
  const parsed = TermsOnly.safeParse(snapshot);
  if (!parsed.success) throw invalidInput('persisted.snapshot', parsed.error);
  try {
    toKyivDate(now);
  } catch (error) {
    if (!(error instanceof DeadlinesError)) throw error;
    fail('now', 'MOMENT_OUT_OF_CALENDAR', {});
  }
  const result: CaseTermStatus = {};
  for (const [kind, term] of Object.entries(parsed.data.context.terms) as [
    TermKind,
    z.infer<typeof TermDates>,
  ][]) {
    if (term.state !== 'running') continue;
    try {
      result[kind] = deadlineStatus(term, now);
    } catch (error) {
      if (!(error instanceof DeadlinesError)) throw error;
      fail(`persisted.snapshot.context.terms.${kind}`, 'TERM_OUT_OF_CALENDAR', {});
    }
  }
  return result;
}
