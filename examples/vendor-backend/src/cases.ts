// The backend's case store: every change to a case is one transaction that locks its row, restores the actor
// from the persisted snapshot, sends the event, and writes back the snapshot, the new audit entries and the
// deadline events the case emitted. The database is the only shared state, so any number of instances can serve
// the same cases.
import { toKyivDate } from '@vikno/deadlines';
import {
  type AuditEntry,
  type CaseActor,
  type CaseEmitted,
  type CaseEvent,
  type CaseTermStatus,
  createCase,
  type Model,
  type PersistedCase,
  persistCase,
  persistedTermStatus,
  restoreCase,
  type SendResult,
  sendCaseEvent,
} from '@vikno/workflows';
import type { Database, Queryable } from './db.js';

/** The case a client reads: no personal data, only ids, state, terms and the audit trail. */
export interface CaseView {
  readonly id: string;
  readonly serviceId: string;
  readonly model: Model;
  readonly state: string;
  readonly version: number;
  /** Each running term's status at the moment of reading. */
  readonly terms: CaseTermStatus;
  readonly audit: readonly AuditEntry[];
}

/** What a tick did on this instance. */
export interface TickReport {
  /** The Kyiv civil day the tick was for: each case is ticked at most once a day, by one instance. */
  readonly day: string;
  readonly processed: number;
  readonly raised: number;
  readonly archived: number;
}

/**
 * An event a case emitted (`deadline.atRisk`, `deadline.overdue`, `applicant.notify`), kept in an outbox for the
 * vendor's notifier to pick up, with when and by which instance it was raised.
 */
export interface OutboxEntry {
  readonly id: number;
  readonly caseId: string;
  readonly event: CaseEmitted;
  readonly raisedAt: string;
  readonly instance: string;
}

interface CaseRow {
  id: string;
  service_id: string;
  model: Model;
  state: string;
  persisted: PersistedCase;
  version: number;
}

/** The columns a case is read with. */
const CASE_COLUMNS = 'id, service_id, model, state, persisted, version';

/** An event as a client sends it: who sent it and when are the server's to say. */
export type ClientEvent = CaseEvent extends infer E
  ? E extends CaseEvent
    ? Omit<E, 'by' | 'at'>
    : never
  : never;

/** Thrown when a case id is not in the store. */
export class CaseNotFoundError extends Error {
  override readonly name = 'CaseNotFoundError';
  readonly uk = 'Справу не знайдено';
  readonly en = 'Case not found';
  constructor(readonly caseId: string) {
    super(`Case not found / Справу не знайдено: ${caseId}`);
  }
}

/** A nested state value (`{ transfer: 'inRegister' }`) as one dotted name (`transfer.inRegister`). */
export function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, inner] = Object.entries(value as Record<string, unknown>)[0] ?? ['unknown', undefined];
  return inner === undefined ? key : `${key}.${stateName(inner)}`;
}

function hasRunningTerms(actor: CaseActor): boolean {
  return Object.values(actor.getSnapshot().context.terms).some((term) => term?.state === 'running');
}

/** The store of cases over a database, for one instance of the backend. */
export class CaseStore {
  private readonly now: () => Date;
  private readonly tickBatch: number;

  /**
   * @param db - the database, shared by every instance.
   * @param instance - this instance's name, recorded with the events it raises.
   * @param options - the host's clock (a test moves it) and how many cases one tick transaction claims.
   */
  constructor(
    private readonly db: Database,
    readonly instance: string,
    options: { now?: () => Date; tickBatch?: number } = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.tickBatch = options.tickBatch ?? 50;
  }

  /** Opens a case for a service under a delivery model, on today's law. */
  async create(input: { serviceId: string; model: Model }): Promise<CaseView> {
    const at = this.now().toISOString();
    const id = `C-${crypto.randomUUID()}`;
    const actor = createCase({
      caseId: id,
      serviceId: input.serviceId,
      model: input.model,
      asOf: toKyivDate(at),
    });
    const row: CaseRow = {
      id,
      service_id: input.serviceId,
      model: input.model,
      state: stateName(actor.getSnapshot().value),
      persisted: persistCase(actor),
      version: 1,
    };
    await this.db.query(
      `insert into vikno_case (id, service_id, model, state, persisted, running_terms, version, updated_at)
       values ($1, $2, $3, $4, $5, false, $6, $7)`,
      [row.id, row.service_id, row.model, row.state, row.persisted, row.version, at],
    );
    return this.view(row, [], persistedTermStatus(row.persisted, at));
  }

  /** Sends a client's event to a case as `by`, at the host's now. */
  async send(id: string, event: ClientEvent, by: CaseEvent['by']): Promise<SendResult> {
    const at = this.now().toISOString();
    return this.db.transaction(async (tx) => {
      const row = await this.lock(tx, id);
      const actor = restoreCase(row.persisted);
      const emitted = collectEmitted(actor);
      const result = sendCaseEvent(actor, { ...event, by, at } as CaseEvent);
      if (result.accepted) await this.save(tx, row, actor, emitted, at);
      return result;
    });
  }

  /** A case as a client reads it. */
  async get(id: string): Promise<CaseView> {
    const { rows } = await this.db.query<CaseRow>(`select ${CASE_COLUMNS} from vikno_case where id = $1`, [
      id,
    ]);
    const row = rows[0];
    if (!row) throw new CaseNotFoundError(id);
    const audit = await this.db.query<AuditEntry>(
      `select seq, type, at, role, actor_id as "actorId", office from vikno_audit where case_id = $1 order by seq`,
      [id],
    );
    return this.view(row, audit.rows, persistedTermStatus(row.persisted, this.now().toISOString()));
  }

  /** The cases with a running term in the given status now, in id order. */
  async withDeadline(status: 'dueSoon' | 'overdue'): Promise<CaseView[]> {
    const { rows } = await this.db.query<CaseRow>(
      `select ${CASE_COLUMNS} from vikno_case where running_terms order by id`,
    );
    const now = this.now().toISOString();
    return rows.flatMap((row) => {
      const terms = persistedTermStatus(row.persisted, now);
      const inStatus = Object.values(terms).some((term) => term?.status === status);
      return inStatus ? [this.view(row, [], terms)] : [];
    });
  }

  /** The events cases emitted after outbox entry `afterId`, oldest first. */
  async outbox(afterId = 0): Promise<OutboxEntry[]> {
    const { rows } = await this.db.query<OutboxEntry>(
      `select id::int as id, case_id as "caseId", event, raised_at as "raisedAt", instance
         from vikno_outbox where id > $1 order by id`,
      [afterId],
    );
    return rows;
  }

  /**
   * Sends `TICK` to every case with a running term that has not been ticked today (Kyiv). Cases are claimed in
   * batches with `for update skip locked`, and marked with the day in the same transaction, so two instances
   * ticking at once share the work and never tick one case twice in a day; a crash loses nothing, because a case
   * not yet marked is picked up by the next tick.
   */
  async tick(): Promise<TickReport> {
    const at = this.now().toISOString();
    const day = toKyivDate(at);
    let processed = 0;
    let raised = 0;
    let archived = 0;
    for (;;) {
      const batch = await this.db.transaction(async (tx) => {
        const { rows } = await tx.query<CaseRow>(
          `select ${CASE_COLUMNS} from vikno_case
            where running_terms and (ticked_on is null or ticked_on < $1)
            order by id limit $2 for update skip locked`,
          [day, this.tickBatch],
        );
        for (const row of rows) {
          const actor = restoreCase(row.persisted);
          const emitted = collectEmitted(actor);
          sendCaseEvent(actor, {
            type: 'TICK',
            by: { role: 'system', id: this.instance, office: 'host' },
            at,
          });
          await this.save(tx, row, actor, emitted, at, day);
          raised += emitted.filter((event) => event.type !== 'applicant.notify').length;
          if (actor.getSnapshot().value === 'archived') archived += 1;
        }
        return rows.length;
      });
      processed += batch;
      if (batch < this.tickBatch) return { day, processed, raised, archived };
    }
  }

  private async lock(tx: Queryable, id: string): Promise<CaseRow> {
    const { rows } = await tx.query<CaseRow>(
      `select ${CASE_COLUMNS} from vikno_case where id = $1 for update`,
      [id],
    );
    const row = rows[0];
    if (!row) throw new CaseNotFoundError(id);
    return row;
  }

  private async save(
    tx: Queryable,
    row: CaseRow,
    actor: CaseActor,
    emitted: readonly CaseEmitted[],
    at: string,
    tickedOn?: string,
  ): Promise<void> {
    const snapshot = actor.getSnapshot();
    await tx.query(
      `update vikno_case set state = $2, persisted = $3, running_terms = $4, version = version + 1,
              updated_at = $5, ticked_on = coalesce($6, ticked_on)
        where id = $1`,
      [row.id, stateName(snapshot.value), persistCase(actor), hasRunningTerms(actor), at, tickedOn ?? null],
    );
    const stored = row.persisted.snapshot as { context: { audit: readonly AuditEntry[] } };
    for (const entry of snapshot.context.audit.slice(stored.context.audit.length)) {
      await tx.query(
        'insert into vikno_audit (case_id, seq, type, at, role, actor_id, office) values ($1, $2, $3, $4, $5, $6, $7)',
        [row.id, entry.seq, entry.type, entry.at, entry.role, entry.actorId, entry.office],
      );
    }
    for (const event of emitted) {
      await tx.query(
        'insert into vikno_outbox (case_id, event, raised_at, instance) values ($1, $2, $3, $4)',
        [row.id, event, at, this.instance],
      );
    }
  }

  private view(row: CaseRow, audit: readonly AuditEntry[], terms: CaseTermStatus): CaseView {
    return {
      id: row.id,
      serviceId: row.service_id,
      model: row.model,
      state: row.state,
      version: row.version,
      terms,
      audit,
    };
  }
}

function collectEmitted(actor: CaseActor): CaseEmitted[] {
  const emitted: CaseEmitted[] = [];
  actor.on('*', (event) => emitted.push(event as CaseEmitted));
  return emitted;
}
