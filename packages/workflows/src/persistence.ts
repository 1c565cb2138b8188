import { CivilDate, type DeadlineStatus, deadlineStatus, type Instant, Term } from '@vikno/deadlines';
import { createActor } from 'xstate';
import { z } from 'zod';
import type { CaseActor } from './case.js';
import { CASE_MACHINES, type CaseContext, MACHINE_VERSION, type Model } from './case-machine.js';
import { TermKind } from './terms.js';
import { invalidInput, WorkflowError } from './transfer-register.js';

/**
 * A persisted case: the format and machine it belongs to, the version of the machine's definition, an integrity
 * checksum, and XState's persisted snapshot. Plain JSON.
 */
export interface PersistedCase {
  readonly format: 'vikno.case';
  readonly machine: `vikno.case.model-${Model}`;
  readonly version: number;
  /** A checksum of `snapshot` that catches truncation and accidental edits; sign the JSON for tamper-proofing. */
  readonly checksum: string;
  readonly snapshot: unknown;
}

/**
 * JSON with every object's keys sorted, so the checksum survives storage that reorders keys (PostgreSQL `jsonb`
 * does).
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The checksum of a snapshot: cyrb53 of its canonical JSON. */
export function snapshotChecksum(snapshot: unknown): string {
  return checksumOf(canonicalJson(snapshot));
}

/** cyrb53: a fast 53-bit string hash; an integrity check, not a cryptographic signature. */
function checksumOf(text: string): string {
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

/**
 * Persists a case as JSON-ready data, with its machine, version and checksum.
 *
 * @example
 * ```ts
 * import { persistCase, restoreCase } from '@vikno/workflows';
 *
 * await db.save(caseId, JSON.stringify(persistCase(actor)));
 * const again = restoreCase(JSON.parse(await db.load(caseId)));
 * ```
 */
export function persistCase(actor: CaseActor): PersistedCase {
  const snapshot = actor.getPersistedSnapshot();
  const model = (actor.getSnapshot().context as CaseContext).model;
  return {
    format: 'vikno.case',
    machine: `vikno.case.model-${model}`,
    version: MACHINE_VERSION,
    checksum: snapshotChecksum(snapshot),
    snapshot,
  };
}

/** A migration of a persisted snapshot from one version of the machines to the next. */
export type Migration = (snapshot: Record<string, unknown>) => Record<string, unknown>;

/** Options of {@link restoreCase}. */
export interface RestoreOptions {
  /** Migrations by the version they migrate from; the package's own by default (none yet: version 1 is the first). */
  readonly migrations?: Readonly<Record<number, Migration>>;
}

const RunningTermSchema = z
  .object({
    kind: TermKind,
    start: CivilDate,
    term: Term,
    registration: z.enum(['asReceived', 'nextWorkingDayIfDayOff']),
    pauses: z.array(z.object({ from: CivilDate, to: CivilDate.optional() }).strict()),
    state: z.enum(['running', 'paused', 'met', 'cancelled']),
    lastDay: CivilDate,
    dueAt: z.string(),
    atRiskRaised: z.boolean(),
    overdueRaised: z.boolean(),
  })
  .strict();

const SnapshotShape = z
  .object({
    status: z.enum(['active', 'done', 'error', 'stopped']),
    value: z.union([z.string(), z.record(z.string(), z.string())]),
    context: z
      .object({
        caseId: z.string().min(1),
        serviceId: z.string().min(1),
        model: z.enum(['I', 'II', 'III']),
        terms: z.partialRecord(TermKind, RunningTermSchema),
        audit: z.array(z.object({ seq: z.number().int().positive() }).loose()),
      })
      .loose(),
  })
  .loose();

const PersistedShape = z
  .object({
    format: z.literal('vikno.case'),
    machine: z.enum(['vikno.case.model-I', 'vikno.case.model-II', 'vikno.case.model-III']),
    version: z.number().int().nonnegative(),
    checksum: z.string().regex(/^[0-9a-f]{14}$/),
    snapshot: z.record(z.string(), z.unknown()),
  })
  .strict();

/**
 * Restores a persisted case: checks its format, machine and checksum, migrates an older version, validates the
 * snapshot (known state, well-formed terms and audit), and starts the actor where it stopped. Terms are data, so
 * nothing is lost: the next `TICK` judges them.
 *
 * @throws {@link WorkflowError} `INVALID_INPUT` for a corrupted, truncated or tampered snapshot, naming what is
 * wrong and where.
 * @example
 * ```ts
 * import { persistCase, restoreCase, WorkflowError } from '@vikno/workflows';
 *
 * // `actor` is a model III case, registered and waiting for a transfer register.
 * const json = JSON.stringify(persistCase(actor));
 * restoreCase(JSON.parse(json)).getSnapshot().value;
 * //=> { transfer: 'awaitingRegister' }
 * try {
 *   restoreCase({ ...JSON.parse(json), checksum: '00000000000000' });
 * } catch (error) {
 *   if (error instanceof WorkflowError) console.log(error.code, error.path);
 *   //=> 'INVALID_INPUT' 'persisted.checksum'
 * }
 * ```
 */
export function restoreCase(persisted: unknown, options: RestoreOptions = {}): CaseActor {
  const shape = PersistedShape.safeParse(persisted);
  if (!shape.success) throw invalidInput('persisted', shape.error);
  const { machine, version, checksum } = shape.data;
  const raw = (persisted as PersistedCase).snapshot as Record<string, unknown>;
  if (snapshotChecksum(raw) !== checksum) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'persisted.checksum',
      en: 'The snapshot does not match its checksum: it was changed or cut after it was saved',
      uk: 'Знімок не відповідає контрольній сумі: його змінили або обрізали після збереження',
    });
  }
  if (version > MACHINE_VERSION) {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'persisted.version',
      en: `Version ${version} is newer than this package's ${MACHINE_VERSION}; upgrade @vikno/workflows`,
      uk: `Версія ${version} новіша за версію пакета ${MACHINE_VERSION}; оновіть @vikno/workflows`,
    });
  }
  let snapshot = raw;
  for (let from = version; from < MACHINE_VERSION; from++) {
    const migrate = options.migrations?.[from];
    if (migrate === undefined) {
      throw new WorkflowError({
        code: 'INVALID_INPUT',
        path: 'persisted.version',
        en: `No migration from version ${from}`,
        uk: `Немає міграції з версії ${from}`,
      });
    }
    snapshot = migrate(snapshot);
  }
  const checked = SnapshotShape.safeParse(snapshot);
  if (!checked.success) throw invalidInput('persisted.snapshot', checked.error);
  const model = machine.slice('vikno.case.model-'.length) as Model;
  const definition = CASE_MACHINES[model];
  try {
    definition.resolveState({
      value: checked.data.value,
      context: checked.data.context as never,
    });
  } catch {
    throw new WorkflowError({
      code: 'INVALID_INPUT',
      path: 'persisted.snapshot.value',
      en: `Not a state of ${machine}`,
      uk: `Немає такого стану в ${machine}`,
    });
  }
  const context = (snapshot as { context: CaseContext }).context;
  const input = { caseId: context.caseId, serviceId: context.serviceId, model, settings: context.settings };
  return createActor(definition, { snapshot: snapshot as never, input }).start();
}

/** The deadline status of each running term of a persisted case, read without creating an actor. */
export type CaseTermStatus = Partial<Record<TermKind, DeadlineStatus>>;

/**
 * The status of each running term of a persisted case at a moment, straight from the JSON: no actor is created,
 * so a host can sweep a million cases for the ones at risk or overdue.
 *
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
  const context = (
    persisted.snapshot as {
      context?: { terms?: Record<string, { state: string; lastDay: string; dueAt: string }> };
    }
  ).context;
  const result: CaseTermStatus = {};
  for (const [kind, term] of Object.entries(context?.terms ?? {})) {
    if (term.state === 'running') result[kind as keyof CaseTermStatus] = deadlineStatus(term, now);
  }
  return result;
}
