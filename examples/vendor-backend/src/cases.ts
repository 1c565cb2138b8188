// The backend's case store: every change to a case is one transaction that locks its row, restores the actor
// from the persisted snapshot, sends the event, and writes back the snapshot, the new audit entries and the
// deadline events the case emitted. The database is the only shared state, so any number of instances can serve
// the same cases.
import { DeadlinesError, toKyivDate } from '@vikno/deadlines';
import { addDays, ViknoError } from '@vikno/law';
import { type CaseRecord, caseRecord } from '@vikno/monitoring';
import {
  type AuditEntry,
  type CaseActor,
  type CaseEmitted,
  type CaseEvent,
  type CaseKeys,
  type CaseTermStatus,
  createCase,
  MACHINE_VERSION,
  type Model,
  nextTermChange,
  type PersistedCase,
  persistCase,
  persistedTermStatus,
  restoreCase,
  type SendResult,
  sendCaseEvent,
} from '@vikno/workflows';
import { applicantNotice, type OutboxEvent } from './applicant-notices.js';
import { type Database, type Queryable, schemaStatus } from './db.js';

/** The first entry of a case's audit trail: who opened the case (seq 0), beside the SDK's entries of its events. */
export interface CreationEntry extends Omit<AuditEntry, 'type'> {
  readonly seq: 0;
  readonly type: 'CASE.CREATED';
}

/** An entry of the audit trail the backend keeps: the case's creation, then each event it accepted. */
export type CaseAuditEntry = CreationEntry | AuditEntry;

/** The case a client reads: no personal data, only ids, state, terms and the audit trail. */
export interface CaseView {
  readonly id: string;
  readonly serviceId: string;
  readonly model: Model;
  readonly state: string;
  readonly version: number;
  /** Each running term's status at the moment of reading. */
  readonly terms: CaseTermStatus;
  /** Who opened the case and when (`CASE.CREATED`, seq 0), then each accepted event, in order. */
  readonly audit: readonly CaseAuditEntry[];
}

/**
 * Which stored cases' records a report reads, filtered in SQL on the columns beside the snapshot: each list, when
 * given, keeps only the rows whose column is in it. Cases set aside as unreadable, and rows without a record yet
 * (written before the columns, until the backfill), are left out.
 */
export interface RecordQuery {
  /** The first Kyiv day of receipt (`received_on`), inclusive. */
  readonly receivedFrom?: string | undefined;
  /** The last Kyiv day of receipt, inclusive. */
  readonly receivedTo?: string | undefined;
  /** The offices that received the cases (`office`). */
  readonly office?: readonly string[] | undefined;
  /** The provider offices (`provider_office`). */
  readonly providerOffice?: readonly string[] | undefined;
  /** The services (`service_id`). */
  readonly service?: readonly string[] | undefined;
  /** The delivery models (`model`). */
  readonly model?: readonly string[] | undefined;
  /** Only the cases with a running term (`running_terms`). */
  readonly running?: boolean | undefined;
}

/** How many records one fetch of {@link CaseStore.foldRecords}' cursor reads. */
const RECORD_FETCH = 2_000;

/** What a tick did on this instance. */
export interface TickReport {
  /** The Kyiv civil day the tick was for: each case is ticked at most once a day, by one instance. */
  readonly day: string;
  /** The cases ticked. */
  readonly processed: number;
  readonly raised: number;
  readonly archived: number;
  /** The cases the tick left as they were, and why: the others were ticked all the same. */
  readonly skipped: readonly SkippedCase[];
}

/**
 * A case a tick could not take. `unreadable`: the stored case failed `restoreCase`'s checks (corrupted, forged,
 * written in a broken state), so it is set aside (`quarantined_at`) and no tick touches it until someone repairs
 * it. `tickRefused`: the case refused the day's `TICK` or failed on it, so it stays as it was, marked with the day
 * of the refusal (`tick_refused_on`, not `ticked_on`: a clock that ran ahead and is put right holds nothing back),
 * and is tried again on another day.
 */
export interface SkippedCase {
  readonly caseId: string;
  readonly reason: 'unreadable' | 'tickRefused';
  /** The SDK error's code (`INVALID_INPUT`), or `NOT_ACCEPTED` for a refusal, `UNEXPECTED` for anything else. */
  readonly code: string;
  /** Where: the SDK error's path (`persisted.checksum`), or the refusal's reason. Never a value from the case. */
  readonly path: string;
}

/**
 * An event a case emitted (`deadline.atRisk`, `deadline.overdue`, `applicant.notify`), or the notice to the
 * applicant of an event it accepted (`applicant.notice`, applicant-notices.ts), kept in an outbox for the vendor's
 * notifier to pick up, with when and by which instance it was raised.
 */
export interface OutboxEntry {
  readonly id: number;
  readonly caseId: string;
  readonly event: OutboxEvent;
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

/**
 * The tick's claim of a batch: `$1` today (Kyiv), `$2` how many. Only the cases a tick today would change are due
 * (`next_tick_on`, from `nextTermChange`, written with every change of a case), and the claim's filter and order
 * are those of the index `vikno_case_next_tick`, so each batch starts at the first case due: ordered by id over
 * every open case, it walked the primary key past each case already ticked (0.8 ms a batch at the start of a day,
 * 157 ms after 41,000 cases). `ticked_on` and `tick_refused_on` are kept as guards: a case ticked or refused today
 * has its `next_tick_on` moved to tomorrow. Exported so a test can read its plan.
 */
export const TICK_CLAIM = `select ${CASE_COLUMNS} from vikno_case
  where running_terms and quarantined_at is null and next_tick_on <= $1
    and (ticked_on is null or ticked_on < $1) and (tick_refused_on is null or tick_refused_on <> $1)
  order by next_tick_on, id limit $2 for update skip locked`;

/**
 * The version of the columns derived from a case's snapshot (`next_tick_on`, and what reports read: `record`,
 * `office`, `provider_office`, `received_on`): a row with another (`derived`, null in a database made before them)
 * is brought up to date by {@link CaseStore.backfill}. 3: the record keeps the case number. The partial index
 * `vikno_case_underived_3` in db.ts names the same number.
 */
export const DERIVED_VERSION = 3;

/** What a report groups and filters on, beside the snapshot: `caseRecord` of @vikno/monitoring, and its columns. */
interface ReportColumns {
  readonly record: CaseRecord;
  readonly office: string | null;
  readonly providerOffice: string | null;
  readonly receivedOn: string | null;
}

function reportColumns(persisted: PersistedCase): ReportColumns {
  const record = caseRecord(persisted);
  return {
    record,
    office: record.office,
    providerOffice: record.providerOffice,
    receivedOn: record.receivedOn,
  };
}

/** The SQL that writes {@link ReportColumns} from parameters `$n`, `$n+1`, …, and their values. */
const REPORT_SET = (n: number) =>
  `record = $${n}, office = $${n + 1}, provider_office = $${n + 2}, received_on = $${n + 3}`;
const reportValues = (columns: ReportColumns | null) => [
  columns?.record ?? null,
  columns?.office ?? null,
  columns?.providerOffice ?? null,
  columns?.receivedOn ?? null,
];

/**
 * The day the tick should next take a case, as SQL over the parameters `$n` (`nextTermChange`, or null), `$d`
 * (today) and `$t` (tomorrow), and the row's `ticked_on` after the write (`tickedOn`): a case already ticked today
 * waits for tomorrow, as the tick never takes a case twice a day, so a change due today can only be tomorrow's.
 */
const nextTickOn = (n: string, d: string, t: string, tickedOn: string) =>
  `case when ${n}::text is null then null when ${tickedOn} = ${d}::text and ${n}::text < ${t}::text then ${t}::text else ${n}::text end`;

/** The first day on which a tick would change a stored case (`nextTermChange`), or `null`. */
function nextChange(persisted: PersistedCase): string | null {
  return nextTermChange(persisted) ?? null;
}

/** An event as a client sends it: who sent it and when are the server's to say. */
export type ClientEvent = CaseEvent extends infer E
  ? E extends CaseEvent
    ? Omit<E, 'by' | 'at'>
    : never
  : never;

/** Thrown when a case id is not in the store. The message does not repeat the id: a client typed it. */
export class CaseNotFoundError extends Error {
  override readonly name = 'CaseNotFoundError';
  readonly uk = 'Справу не знайдено';
  readonly en = 'Case not found';
  constructor(readonly caseId: string) {
    super('Case not found / Справу не знайдено');
  }
}

/**
 * A stored case the SDK would not read or change: it carries the SDK error's code and path, never its message or
 * anything from the snapshot; `answer` is the code the API gives.
 */
export abstract class CaseFailure extends Error {
  abstract readonly answer: 'CASE_UNREADABLE' | 'CASE_EVENT_FAILED';
  abstract readonly uk: string;
  abstract readonly en: string;
  constructor(
    readonly caseId: string,
    readonly code: string,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** Thrown when a stored case fails `restoreCase`'s checks (corrupted, forged, or written in a broken state). */
export class CaseUnreadableError extends CaseFailure {
  override readonly name = 'CaseUnreadableError';
  readonly answer = 'CASE_UNREADABLE';
  readonly uk = 'Збережену справу не вдалося прочитати; її відкладено до перевірки';
  readonly en = 'The stored case could not be read; it is set aside for a check';
  constructor(caseId: string, code: string, path: string) {
    super(caseId, code, path, 'Stored case unreadable / Збережену справу не вдалося прочитати');
  }
}

/**
 * Thrown when an event the SDK accepted left the case's actor failed (XState's `error` status): nothing is saved,
 * so a broken state never reaches the database.
 */
export class CaseEventFailedError extends CaseFailure {
  override readonly name = 'CaseEventFailedError';
  readonly answer = 'CASE_EVENT_FAILED';
  readonly uk = 'Подію не вдалося застосувати до справи; справу не змінено';
  readonly en = 'The event could not be applied to the case; the case is unchanged';
  constructor(caseId: string, code: string, path: string) {
    super(caseId, code, path, 'Case event failed / Подію не вдалося застосувати');
  }
}

/** Thrown when the host's clock is outside the calendar the SDK knows: nothing is read or written. */
export class ClockOutOfRangeError extends Error {
  override readonly name = 'ClockOutOfRangeError';
  readonly uk = 'Годинник сервера поза календарем, який знає SDK; нічого не змінено';
  readonly en = "The server's clock is outside the calendar the SDK knows; nothing was changed";
  constructor() {
    super('Server clock out of range / Годинник сервера поза календарем');
  }
}

/** An error's code and path when it is the SDK's typed error, and placeholders for anything else. */
function codeAndPath(error: unknown, fallbackPath: string): { code: string; path: string } {
  if (error instanceof ViknoError) {
    return { code: error.code, path: error.path };
  }
  return { code: 'UNEXPECTED', path: fallbackPath };
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

/** How many rows one transaction of {@link CaseStore.backfill} writes. */
const BACKFILL_BATCH = 500;

/** The store of cases over a database, for one instance of the backend. */
export class CaseStore {
  private readonly keys: CaseKeys;
  private readonly now: () => Date;
  private readonly tickBatch: number;
  /**
   * The SQL that claims a batch ({@link TICK_CLAIM}): a member so that a benchmark can run, in the same store, the
   * claim the tick had before `next_tick_on` and compare.
   */
  protected readonly tickClaim: string = TICK_CLAIM;

  /**
   * @param db - the database, shared by every instance.
   * @param instance - this instance's name, recorded with the events it raises.
   * @param options - the keys that sign and check stored cases (the same on every instance), the host's clock (a
   * test moves it), and how many cases one tick transaction claims.
   */
  constructor(
    private readonly db: Database,
    readonly instance: string,
    options: { keys: CaseKeys; now?: () => Date; tickBatch?: number },
  ) {
    this.keys = options.keys;
    this.now = options.now ?? (() => new Date());
    this.tickBatch = options.tickBatch ?? 50;
  }

  /**
   * Whether this store can serve: the database answers within `timeoutMs` and its schema has every migration of
   * this build (`schemaStatus` of db.ts). Never throws: a failure or a timeout is `false`.
   */
  async ready(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([schemaStatus(this.db).then((status) => status.current), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Opens a case for a service under a delivery model, on today's law, as `by` (the host's system when not given),
   * recorded as the first entry of its audit trail (`CASE.CREATED`, seq 0) in the transaction that stores it.
   */
  async create(input: { serviceId: string; model: Model }, by?: CaseEvent['by']): Promise<CaseView> {
    const creator = by ?? { role: 'system', id: this.instance, office: 'host' };
    const { at, day } = this.today();
    const id = `C-${crypto.randomUUID()}`;
    const actor = createCase({ caseId: id, serviceId: input.serviceId, model: input.model, asOf: day });
    const row: CaseRow = {
      id,
      service_id: input.serviceId,
      model: input.model,
      state: stateName(actor.getSnapshot().value),
      persisted: persistCase(actor, { keys: this.keys }),
      version: 1,
    };
    const created: CreationEntry = {
      seq: 0,
      type: 'CASE.CREATED',
      at,
      role: creator.role,
      actorId: creator.id,
      office: creator.office,
    };
    await this.db.transaction(async (tx) => {
      await tx.query(
        `insert into vikno_case (id, service_id, model, state, persisted, running_terms, version, updated_at,
                               next_tick_on, derived, record, office, provider_office, received_on)
       values ($1, $2, $3, $4, $5, false, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          row.id,
          row.service_id,
          row.model,
          row.state,
          row.persisted,
          row.version,
          at,
          nextChange(row.persisted),
          DERIVED_VERSION,
          ...reportValues(reportColumns(row.persisted)),
        ],
      );
      await tx.query(
        'insert into vikno_audit (case_id, seq, type, at, role, actor_id, office) values ($1, $2, $3, $4, $5, $6, $7)',
        [id, created.seq, created.type, created.at, created.role, created.actorId, created.office],
      );
    });
    return this.view(row, [created], persistedTermStatus(row.persisted, at));
  }

  /**
   * Sends a client's event to a case as `by`, at the host's now. Only an accepted event writes anything (the
   * snapshot, a new version, its audit row, the events it emitted, and the notice to the applicant it calls for);
   * a refused one changes nothing.
   *
   * @throws {@link CaseNotFoundError}, {@link CaseUnreadableError}, {@link CaseEventFailedError}, or the SDK's
   * typed error for a malformed event.
   */
  async send(id: string, event: ClientEvent, by: CaseEvent['by']): Promise<SendResult> {
    const { at, day } = this.today();
    return this.db.transaction(async (tx) => {
      const row = await this.lock(tx, id);
      const actor = this.restored(row);
      const emitted = collectEmitted(actor);
      const audited = actor.getSnapshot().context.audit.length;
      const sent = { ...event, by, at } as CaseEvent;
      const result = sendCaseEvent(actor, sent);
      if (!result.accepted) return result;
      const after = actor.getSnapshot();
      if (after.status === 'error') {
        const { code, path } = codeAndPath(after.error, 'event');
        throw new CaseEventFailedError(id, code, path);
      }
      await this.save(tx, row, actor, audited, emitted, { at, day, accepted: sent });
      return result;
    });
  }

  /**
   * A case as a client reads it, restored first so that a corrupted or forged row is never shown as a case.
   *
   * @throws {@link CaseNotFoundError}, {@link CaseUnreadableError}.
   */
  async get(id: string): Promise<CaseView> {
    const { rows } = await this.db.query<CaseRow>(`select ${CASE_COLUMNS} from vikno_case where id = $1`, [
      id,
    ]);
    const row = rows[0];
    if (!row) throw new CaseNotFoundError(id);
    // The state as the verified snapshot says, not the column, which no signature covers.
    const actor = this.restored(row);
    const state = stateName(actor.getSnapshot().value);
    actor.stop();
    const audit = await this.db.query<CaseAuditEntry>(
      `select seq, type, at, role, actor_id as "actorId", office from vikno_audit where case_id = $1 order by seq`,
      [id],
    );
    return this.view({ ...row, state }, audit.rows, persistedTermStatus(row.persisted, this.today().at));
  }

  /**
   * The cases with a running term in the given status now, in id order: a sweep of the stored JSON, without
   * restoring each case. Cases set aside as unreadable, and rows whose terms cannot be read, are left out.
   */
  async withDeadline(status: 'dueSoon' | 'overdue'): Promise<CaseView[]> {
    const { rows } = await this.db.query<CaseRow>(
      `select ${CASE_COLUMNS} from vikno_case where running_terms and quarantined_at is null order by id`,
    );
    const now = this.today().at;
    return rows.flatMap((row) => {
      let terms: CaseTermStatus;
      try {
        terms = persistedTermStatus(row.persisted, now);
      } catch {
        return [];
      }
      const inStatus = Object.values(terms).some((term) => term?.status === status);
      return inStatus ? [this.view(row, [], terms)] : [];
    });
  }

  /**
   * Folds the records (`caseRecord` of @vikno/monitoring, stored beside each snapshot) of the cases `query` selects:
   * `fold` gets them as an async iterable read from a server-side cursor, a few thousand at a time, so memory stays
   * bounded however many there are, and the host's now (an ISO instant) to judge them at. The snapshots are never
   * read. Runs in one read transaction, so the records are one consistent view.
   *
   * @throws {@link ClockOutOfRangeError} when the host's clock is outside the calendar; whatever `fold` throws.
   */
  async foldRecords<T>(
    query: RecordQuery,
    fold: (records: AsyncIterable<CaseRecord>, now: string) => Promise<T>,
  ): Promise<T> {
    const { at } = this.today();
    const where = ['record is not null', 'quarantined_at is null'];
    const params: unknown[] = [];
    const bound = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.receivedFrom !== undefined) where.push(`received_on >= ${bound(query.receivedFrom)}`);
    if (query.receivedTo !== undefined) where.push(`received_on <= ${bound(query.receivedTo)}`);
    const lists: [string, readonly string[] | undefined][] = [
      ['office', query.office],
      ['provider_office', query.providerOffice],
      ['service_id', query.service],
      ['model', query.model],
    ];
    for (const [column, values] of lists) {
      if (values !== undefined) where.push(`${column} = any(${bound([...values])}::text[])`);
    }
    if (query.running) where.push('running_terms');
    return this.db.transaction(async (tx) => {
      await tx.query(
        `declare vikno_records no scroll cursor for select record from vikno_case where ${where.join(' and ')}`,
        params,
      );
      async function* records(): AsyncGenerator<CaseRecord> {
        for (;;) {
          const { rows } = await tx.query<{ record: CaseRecord }>(`fetch ${RECORD_FETCH} from vikno_records`);
          for (const row of rows) yield row.record;
          if (rows.length < RECORD_FETCH) return;
        }
      }
      const result = await fold(records(), at);
      await tx.query('close vikno_records');
      return result;
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
   * Sends `TICK` to every case a tick today (Kyiv) would change, and that has not been ticked today: the cases whose
   * `next_tick_on` (the day `nextTermChange` gives, written with every change of a case) has come. A tick on any
   * other case would change nothing, so the cost is in proportion to the warnings due, not to the open cases.
   * Cases are claimed in batches with `for update skip locked`, and marked with the day in the same transaction, so
   * two instances ticking at once share the work and never tick one case twice in a day; a crash loses nothing,
   * because a case not yet marked is picked up by the next tick. Rows written before `next_tick_on` existed are
   * brought up to date first ({@link CaseStore.backfill}).
   *
   * One case never stops the others: a case that fails to restore is set aside (`quarantined_at`), one that
   * refuses or fails its `TICK` is left as it was until the next day, and both are in the report's `skipped`.
   *
   * @param options - `signal`: once aborted, the tick stops after the batch it is in (committed), and reports what
   * it did; the cases left are taken by the next tick.
   */
  async tick(options: { signal?: AbortSignal | undefined } = {}): Promise<TickReport> {
    const { at, day } = this.today();
    await this.backfill();
    const tomorrow = addDays(day, 1);
    let processed = 0;
    let raised = 0;
    let archived = 0;
    const skipped: SkippedCase[] = [];
    for (;;) {
      const batch = await this.db.transaction(async (tx) => {
        const { rows } = await tx.query<CaseRow>(this.tickClaim, [day, this.tickBatch]);
        for (const row of rows) {
          const outcome = this.tickOne(row, at);
          if ('skipped' in outcome) {
            skipped.push(outcome.skipped);
            if (outcome.skipped.reason === 'unreadable') {
              await setAside(tx, outcome.skipped, at);
            } else {
              await tx.query(
                `update vikno_case set tick_refused_on = $2, running_terms = $3,
                        next_tick_on = case when next_tick_on <= $2 then $4 else next_tick_on end
                  where id = $1`,
                [row.id, day, outcome.runningTerms ?? true, tomorrow],
              );
            }
            continue;
          }
          const { actor, audited, emitted } = outcome;
          await this.save(tx, row, actor, audited, emitted, { at, day, ticked: true });
          processed += 1;
          raised += emitted.filter((event) => event.type !== 'applicant.notify').length;
          if (actor.getSnapshot().value === 'archived') archived += 1;
        }
        return rows.length;
      });
      if (batch < this.tickBatch || options.signal?.aborted)
        return { day, processed, raised, archived, skipped };
    }
  }

  /**
   * Writes the derived columns (`next_tick_on`, the report's `record` and its columns) of every row stored before
   * they existed, or by another version of them ({@link DERIVED_VERSION}), in batches that instances share (`for
   * update skip locked`). Such a row was not written by this store's saves, so it is restored first: one that fails
   * (corrupted, forged, an old format) or was stored by an older version of the machines is made due today, so that
   * the tick sets it aside or stores it as the current version, as a tick of every case did; until then it has no
   * record, and reports leave it out. The tick runs this first; it finds nothing to do once
   * every row is up to date.
   *
   * @returns how many rows it wrote.
   */
  async backfill(): Promise<number> {
    const { day } = this.today();
    const tomorrow = addDays(day, 1);
    let written = 0;
    for (;;) {
      const batch = await this.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string; persisted: PersistedCase }>(
          `select id, persisted from vikno_case where derived is distinct from ${DERIVED_VERSION}
            order by id limit $1 for update skip locked`,
          [BACKFILL_BATCH],
        );
        for (const row of rows) {
          let next: string | null;
          let columns: ReportColumns | null = null;
          try {
            // Written outside this store's saves: checked as the tick would check it before it is trusted.
            restoreCase(row.persisted, { keys: this.keys, caseId: row.id }).stop();
            const current = row.persisted.version === MACHINE_VERSION;
            next = current ? nextChange(row.persisted) : day;
            // An older version's snapshot is read by reports once the tick has stored it as the current one.
            if (current) columns = reportColumns(row.persisted);
          } catch {
            next = day;
          }
          await tx.query(
            `update vikno_case set next_tick_on = ${nextTickOn('$2', '$3', '$4', 'ticked_on')}, derived = $5,
                    ${REPORT_SET(6)}
              where id = $1`,
            [row.id, next, day, tomorrow, DERIVED_VERSION, ...reportValues(columns)],
          );
        }
        return rows.length;
      });
      written += batch;
      if (batch < BACKFILL_BATCH) return written;
    }
  }

  /**
   * Signs again with the current key every case stored by @vikno/workflows 1 (a public checksum and no key),
   * once `restoreCase` with `legacy: true` has checked it (checksum, and a state the machine can reach). Run once
   * by an operator after upgrading (`pnpm migrate-cases`); the backend accepts the old format nowhere else, so it
   * is no way around the keyed check. A case that fails, or whose signed form would not restore, is set aside as
   * unreadable, as the tick would; one that passes is given back to the tick if it had been set aside.
   */
  async migrateLegacyCases(): Promise<{ migrated: number; skipped: SkippedCase[] }> {
    let migrated = 0;
    const skipped: SkippedCase[] = [];
    let after = '';
    for (;;) {
      const batch = await this.db.transaction(async (tx) => {
        const { rows } = await tx.query<CaseRow>(
          `select ${CASE_COLUMNS} from vikno_case where persisted->>'mac' is null and id > $1
            order by id limit $2 for update`,
          [after, this.tickBatch],
        );
        for (const row of rows) {
          let persisted: PersistedCase;
          try {
            const actor = restoreCase(row.persisted, { keys: this.keys, caseId: row.id, legacy: true });
            persisted = persistCase(actor, { keys: this.keys });
            actor.stop();
            // What is written must read back as the tick will read it.
            restoreCase(persisted, { keys: this.keys, caseId: row.id }).stop();
          } catch (error) {
            const unreadable: SkippedCase = {
              caseId: row.id,
              reason: 'unreadable',
              ...codeAndPath(error, 'persisted'),
            };
            skipped.push(unreadable);
            await setAside(tx, unreadable, this.today().at);
            continue;
          }
          await tx.query(
            `update vikno_case set persisted = $2, quarantined_at = null, quarantine_reason = null, derived = null
              where id = $1`,
            [row.id, persisted],
          );
          migrated += 1;
        }
        return rows;
      });
      after = batch.at(-1)?.id ?? after;
      if (batch.length < this.tickBatch) return { migrated, skipped };
    }
  }

  /** One case's `TICK`, judged before anything is written: a ticked actor, or why the case is skipped. */
  private tickOne(
    row: CaseRow,
    at: string,
  ):
    | { actor: CaseActor; audited: number; emitted: CaseEmitted[] }
    | { skipped: SkippedCase; runningTerms?: boolean } {
    let actor: CaseActor;
    try {
      actor = this.restored(row);
    } catch (error) {
      if (!(error instanceof CaseUnreadableError)) throw error;
      return { skipped: { caseId: row.id, reason: 'unreadable', code: error.code, path: error.path } };
    }
    const emitted = collectEmitted(actor);
    const audited = actor.getSnapshot().context.audit.length;
    // A refused case keeps its snapshot; only whether it has running terms is taken from it, so a row that says
    // so wrongly is not claimed again.
    const refused = (code: string, path: string) => {
      actor.stop();
      const skipped: SkippedCase = { caseId: row.id, reason: 'tickRefused', code, path };
      return { skipped, runningTerms: hasRunningTerms(actor) };
    };
    let result: SendResult;
    try {
      result = sendCaseEvent(actor, {
        type: 'TICK',
        by: { role: 'system', id: this.instance, office: 'host' },
        at,
      });
    } catch (error) {
      const { code, path } = codeAndPath(error, 'event');
      return refused(code, path);
    }
    if (!result.accepted) return refused('NOT_ACCEPTED', result.reason ?? 'event');
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'error') {
      const { code, path } = codeAndPath(snapshot.error, 'event');
      return refused(code, path);
    }
    return { actor, audited, emitted };
  }

  /**
   * The host's now and its Kyiv day, or {@link ClockOutOfRangeError}: a clock outside the SDK's calendar is the
   * host's fault, not a client's, and no case can take an event or a tick at such a time.
   */
  private today(): { at: string; day: string } {
    const at = this.now().toISOString();
    try {
      return { at, day: toKyivDate(at) };
    } catch (error) {
      if (error instanceof DeadlinesError) throw new ClockOutOfRangeError();
      throw error;
    }
  }

  /**
   * A stored case as a running actor, or {@link CaseUnreadableError}. The actor gets an error observer at once: an
   * action that throws then leaves it in XState's `error` status for the caller to see, instead of XState
   * rethrowing the error from a timer, where nothing can catch it and the process ends.
   */
  private restored(row: CaseRow): CaseActor {
    let actor: CaseActor;
    try {
      actor = restoreCase(row.persisted, { keys: this.keys, caseId: row.id });
    } catch (error) {
      const { code, path } = codeAndPath(error, 'persisted');
      throw new CaseUnreadableError(row.id, code, path);
    }
    actor.subscribe({ error: () => {} });
    return actor;
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

  /**
   * Writes a case after an accepted event: the snapshot (persisted before anything is written, so a refusal
   * leaves the row as it was), a new version, the columns derived from it, the audit entries after the first
   * `audited`, what it emitted, and the notice to the applicant the `accepted` event calls for, its parameters
   * read from the record written with it. `ticked`: the write of the day's tick, which marks the case ticked today.
   */
  private async save(
    tx: Queryable,
    row: CaseRow,
    actor: CaseActor,
    audited: number,
    emitted: readonly CaseEmitted[],
    when: { at: string; day: string; ticked?: boolean; accepted?: CaseEvent },
  ): Promise<void> {
    const { at, day } = when;
    const snapshot = actor.getSnapshot();
    const persisted = persistCase(actor, { keys: this.keys });
    const columns = reportColumns(persisted);
    await tx.query(
      `update vikno_case set state = $2, persisted = $3, running_terms = $4, version = version + 1,
              updated_at = $5, ticked_on = coalesce($6, ticked_on),
              next_tick_on = ${nextTickOn('$7', '$8', '$9', 'coalesce($6, ticked_on)')}, derived = $10,
              ${REPORT_SET(11)}
        where id = $1`,
      [
        row.id,
        stateName(snapshot.value),
        persisted,
        hasRunningTerms(actor),
        at,
        when.ticked ? day : null,
        nextChange(persisted),
        day,
        addDays(day, 1),
        DERIVED_VERSION,
        ...reportValues(columns),
      ],
    );
    for (const entry of snapshot.context.audit.slice(audited)) {
      await tx.query(
        'insert into vikno_audit (case_id, seq, type, at, role, actor_id, office) values ($1, $2, $3, $4, $5, $6, $7)',
        [row.id, entry.seq, entry.type, entry.at, entry.role, entry.actorId, entry.office],
      );
    }
    const notice = when.accepted && applicantNotice(when.accepted, columns.record);
    const outbox: OutboxEvent[] = notice ? [notice, ...emitted] : [...emitted];
    for (const event of outbox) {
      await tx.query(
        'insert into vikno_outbox (case_id, event, raised_at, instance) values ($1, $2, $3, $4)',
        [row.id, event, at, this.instance],
      );
    }
  }

  private view(row: CaseRow, audit: readonly CaseAuditEntry[], terms: CaseTermStatus): CaseView {
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

/** Sets an unreadable case aside: no tick claims it until someone repairs it and clears `quarantined_at`. */
async function setAside(tx: Queryable, skipped: SkippedCase, at: string): Promise<void> {
  await tx.query(
    'update vikno_case set quarantined_at = coalesce(quarantined_at, $2), quarantine_reason = $3 where id = $1',
    [skipped.caseId, at, `${skipped.code} at ${skipped.path}`],
  );
}

function collectEmitted(actor: CaseActor): CaseEmitted[] {
  const emitted: CaseEmitted[] = [];
  actor.on('*', (event) => emitted.push(event as CaseEmitted));
  return emitted;
}
