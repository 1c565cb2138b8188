// Delivers the outbox: every entry (an event a case emitted, or the notice of an event it accepted) reaches the
// sender at least once, with the same idempotency key on every attempt, so a receiver that dedupes by the key acts
// on it exactly once.
//
// All state is in the outbox table (delivery-schema.ts), so a restart, or another instance, goes on where the
// last left off. An entry is claimed with `for update skip locked` and leased in the same statement: its
// `next_attempt_at` is pushed past the attempt's deadline, and no other worker takes it until then. The send
// itself runs outside any transaction, so a slow receiver holds no lock and no connection (on PGlite, a
// transaction would hold the whole database). A worker that dies mid-send leaves the entry leased; when the lease
// runs out, the entry is sent again with the same key. Two workers send one entry at the same time only if an
// attempt outlives its lease, which the worker's deadline (`sendTimeoutMs`, shorter than `leaseMs`) prevents,
// as long as the instances' clocks agree to within the difference.
import { type NoticeKind, type NoticeParams, notice, noticeKindOf } from '@vikno/monitoring';
import type { CaseEmitted } from '@vikno/workflows';
import type { OutboxEvent } from './applicant-notices.js';
import type { Queryable } from './db.js';
import {
  DeliveryError,
  type NoticeForms,
  type OutboxMessage,
  type OutboxNotice,
  type Sender,
} from './senders.js';
import { startPeriodic } from './ticker.js';

/** How the worker retries, leases and batches. Every duration is in milliseconds. */
export interface DeliveryOptions {
  /** The worker's clock (the host's): backoff and leases are measured by it. */
  readonly now?: () => Date;
  /** The jitter's source of randomness, in [0, 1) (`Math.random`). */
  readonly random?: () => number;
  /** How many entries one claim takes; they are sent in parallel (10). */
  readonly batch?: number;
  /** After this many attempts an entry is dead (12: with the defaults, two to four hours of trying). */
  readonly maxAttempts?: number;
  /** The delay after the first failure, doubled after each next one (15 000). */
  readonly baseDelayMs?: number;
  /** The longest delay (3 600 000). */
  readonly maxDelayMs?: number;
  /** The longest one attempt may take before the worker aborts it (30 000). */
  readonly sendTimeoutMs?: number;
  /** How long a claimed entry is kept from other workers (`sendTimeoutMs` + 60 000). */
  readonly leaseMs?: number;
  /** The idempotency key is `<keyPrefix>-<outbox id>` (`vikno-outbox`). */
  readonly keyPrefix?: string;
}

/** What one round of delivery did. */
export interface DeliveryReport {
  readonly delivered: number;
  /** Failed attempts that will be tried again. */
  readonly failed: number;
  /** Entries given up on in this round: the cap reached, or refused by the receiver. */
  readonly dead: number;
}

/** An entry the worker gave up on, for an operator to look at and send again. */
export interface DeadEntry {
  readonly id: number;
  readonly caseId: string;
  readonly eventType: OutboxEvent['type'];
  readonly raisedAt: string;
  readonly attempts: number;
  /** The code of the last failure (`http_503`, `timeout`). */
  readonly lastError: string | null;
  readonly deadAt: string;
}

/** The backoff's policy: the delay after the first failure, and the ceiling. */
export interface BackoffPolicy {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * The delay before the next attempt after `attempts` failed ones: `baseDelayMs` doubled for each failure after
 * the first, capped at `maxDelayMs`, then jittered within its upper half, so receivers that failed together are
 * not hit together again while no delay drops below half its step.
 *
 * @example
 * backoffMs(3, { baseDelayMs: 1000, maxDelayMs: 60_000 }, () => 0.5) //=> 3000 (4000 jittered to 2000..4000)
 */
export function backoffMs(attempts: number, policy: BackoffPolicy, random: () => number): number {
  const full = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(full / 2 + (random() * full) / 2);
}

interface ClaimedRow {
  id: number;
  case_id: string;
  event: OutboxEvent;
  raised_at: string;
  attempts: number;
  case_number: string | null;
}

/**
 * The parameters of the notice an emitted event calls for: the CNAP informed of a decision (`applicant.notify`)
 * means the result waits there to be collected; a reminder names the last day of the applicant's own term at risk.
 */
function noticeParams(
  kind: NoticeKind,
  event: CaseEmitted,
  caseNumber: string,
): NoticeParams[NoticeKind] | undefined {
  const lastDay = event.type === 'applicant.notify' ? undefined : event.lastDay;
  if (kind === 'decisionReady') return { caseNumber, delivery: 'collect' };
  if (lastDay === undefined) return undefined;
  if (kind === 'leftWithoutMovement') return { caseNumber, cureBy: lastDay };
  if (kind === 'hearingNotified') return { caseNumber, positionBy: lastDay };
  if (kind === 'resultNotCollected') return { caseNumber, keptUntil: lastDay };
  return undefined;
}

/** The kind and parameters of the notice an outbox event calls for, or `undefined`. */
function noticeOf(
  event: OutboxEvent,
  caseNumber: string | null,
): { kind: NoticeKind; params: NoticeParams[NoticeKind] } | undefined {
  // Written by the store with the event the case accepted, its parameters those of that moment.
  if (event.type === 'applicant.notice') return { kind: event.kind, params: event.params };
  if (caseNumber === null) return undefined;
  const kind = noticeKindOf(event);
  const params = kind && noticeParams(kind, event, caseNumber);
  return kind === undefined || params === undefined ? undefined : { kind, params };
}

/**
 * The notice to the applicant an outbox event calls for, in both languages and every form, or `undefined` when
 * it calls for none (warnings for the offices), or its texts cannot be written from what the entry holds. An
 * `applicant.notice` entry holds its kind and parameters; for an event the case emitted, they are read from the
 * event and the case number on the case's record (none before registration, or on a row the backfill has not
 * reached yet).
 *
 * @example
 * outboxNotice({ type: 'applicant.notify', caseId: 'C-1', outcome: 'granted' }, 'В-2026-17')?.kind
 * //=> 'decisionReady'
 */
export function outboxNotice(event: OutboxEvent, caseNumber: string | null): OutboxNotice | undefined {
  try {
    const found = noticeOf(event, caseNumber);
    if (found === undefined) return undefined;
    const { kind, params } = found;
    const forms = (language: 'uk' | 'en'): NoticeForms => ({
      sms: notice(kind, params, { form: 'sms', language }),
      email: notice(kind, params, { form: 'email', language }),
      page: notice(kind, params, { form: 'page', language }),
    });
    return { kind, uk: forms('uk'), en: forms('en') };
  } catch {
    // A notice the SDK will not write (a day out of its calendar) must not hold the event back: it goes alone.
    return undefined;
  }
}

type Outcome = 'delivered' | 'failed' | 'dead' | 'released';

/** The outbox's delivery over one database, for one worker. */
export class OutboxDelivery {
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly batch: number;
  private readonly maxAttempts: number;
  private readonly policy: BackoffPolicy;
  private readonly sendTimeoutMs: number;
  private readonly leaseMs: number;
  private readonly keyPrefix: string;

  constructor(
    private readonly db: Queryable,
    private readonly sender: Sender,
    options: DeliveryOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.batch = options.batch ?? 10;
    this.maxAttempts = options.maxAttempts ?? 12;
    this.policy = { baseDelayMs: options.baseDelayMs ?? 15_000, maxDelayMs: options.maxDelayMs ?? 3_600_000 };
    this.sendTimeoutMs = options.sendTimeoutMs ?? 30_000;
    this.leaseMs = options.leaseMs ?? this.sendTimeoutMs + 60_000;
    this.keyPrefix = options.keyPrefix ?? 'vikno-outbox';
    if (this.leaseMs <= this.sendTimeoutMs) throw new RangeError('leaseMs must be longer than sendTimeoutMs');
  }

  /** The key every attempt at outbox entry `id` carries. */
  idempotencyKey(id: number): string {
    return `${this.keyPrefix}-${id}`;
  }

  /**
   * Sends every entry due now, a batch at a time, until none is left or `signal` aborts (the worker stopping: an
   * attempt it cuts short is released at once, its attempt not counted). Rejects when the database fails; what
   * was claimed then is sent again when its lease runs out.
   */
  async deliverDue(signal?: AbortSignal): Promise<DeliveryReport> {
    const counts = { delivered: 0, failed: 0, dead: 0, released: 0 };
    while (!signal?.aborted) {
      const claimed = await this.claim();
      const outcomes = await Promise.allSettled(claimed.map((row) => this.attempt(row, signal)));
      for (const outcome of outcomes) if (outcome.status === 'fulfilled') counts[outcome.value] += 1;
      const failure = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failure) throw failure.reason;
      if (claimed.length < this.batch) break;
    }
    return { delivered: counts.delivered, failed: counts.failed, dead: counts.dead };
  }

  /** The entries given up on, newest first (at most `limit`). */
  async deadEntries(limit = 100): Promise<DeadEntry[]> {
    const { rows } = await this.db.query<DeadEntry>(
      `select id::int as id, case_id as "caseId", event->>'type' as "eventType", raised_at as "raisedAt",
              attempts, last_error as "lastError", dead_at as "deadAt"
         from vikno_outbox where dead_at is not null order by dead_at desc, id desc limit $1`,
      [limit],
    );
    return rows;
  }

  /** Puts a dead entry back to be sent now, with a fresh count and its same key; false if it is not dead. */
  async redeliver(id: number): Promise<boolean> {
    const { rows } = await this.db.query(
      `update vikno_outbox set dead_at = null, attempts = 0, next_attempt_at = null
        where id = $1 and dead_at is not null and delivered_at is null returning id`,
      [id],
    );
    return rows.length > 0;
  }

  /**
   * Claims up to a batch of due entries: locked with `skip locked` so two workers claiming at once take
   * different ones, and leased in the same statement (attempt counted, `next_attempt_at` past the attempt).
   */
  private async claim(): Promise<ClaimedRow[]> {
    const now = this.now();
    const { rows } = await this.db.query<ClaimedRow>(
      `update vikno_outbox as entry
          set attempts = entry.attempts + 1, next_attempt_at = $2
         from (select id from vikno_outbox
                where delivered_at is null and dead_at is null
                  and (next_attempt_at is null or next_attempt_at <= $1)
                order by id limit $3 for update skip locked) as due
        where entry.id = due.id
       returning entry.id::int as id, entry.case_id, entry.event, entry.raised_at, entry.attempts,
                 (select record->>'caseNumber' from vikno_case where id = entry.case_id) as case_number`,
      [now.toISOString(), new Date(now.getTime() + this.leaseMs).toISOString(), this.batch],
    );
    return rows.sort((a, b) => a.id - b.id);
  }

  /**
   * One attempt at a claimed entry, and its outcome written. A write is fenced by the attempt's number, so a
   * worker whose lease ran out cannot overwrite what the attempt after it recorded; delivered is written always.
   */
  private async attempt(row: ClaimedRow, stopping: AbortSignal | undefined): Promise<Outcome> {
    const notice = outboxNotice(row.event, row.case_number);
    const message: OutboxMessage = {
      id: row.id,
      caseId: row.case_id,
      raisedAt: row.raised_at,
      event: row.event,
      ...(notice ? { notice } : {}),
    };
    const deadline = AbortSignal.timeout(this.sendTimeoutMs);
    const signal = stopping ? AbortSignal.any([stopping, deadline]) : deadline;
    const error = await this.send(message, signal);
    const at = this.now().toISOString();
    if (error === undefined) {
      await this.db.query(
        'update vikno_outbox set delivered_at = $2, last_error = null where id = $1 and delivered_at is null',
        [row.id, at],
      );
      return 'delivered';
    }
    if (stopping?.aborted) {
      await this.db.query(
        `update vikno_outbox set attempts = attempts - 1, next_attempt_at = null
          where id = $1 and attempts = $2 and delivered_at is null`,
        [row.id, row.attempts],
      );
      return 'released';
    }
    const code = deadline.aborted && error.code === 'aborted' ? 'timeout' : error.code;
    if (!error.retryable || row.attempts >= this.maxAttempts) {
      await this.db.query(
        `update vikno_outbox set dead_at = $3, last_error = $4
          where id = $1 and attempts = $2 and delivered_at is null`,
        [row.id, row.attempts, at, code],
      );
      return 'dead';
    }
    const next = new Date(this.now().getTime() + backoffMs(row.attempts, this.policy, this.random));
    await this.db.query(
      `update vikno_outbox set next_attempt_at = $3, last_error = $4
        where id = $1 and attempts = $2 and delivered_at is null`,
      [row.id, row.attempts, next.toISOString(), code],
    );
    return 'failed';
  }

  /** Sends one message; undefined when delivered, else why not (a sender's own error becomes `senderError`). */
  private async send(message: OutboxMessage, signal: AbortSignal): Promise<DeliveryError | undefined> {
    let abort: (() => void) | undefined;
    try {
      // A sender that ignores its signal is left behind at the deadline, so one cannot stall the worker.
      await Promise.race([
        this.sender.send(message, { idempotencyKey: this.idempotencyKey(message.id), signal }),
        new Promise<never>((_, reject) => {
          abort = () => reject(new DeliveryError('aborted', true));
          if (signal.aborted) abort();
          else signal.addEventListener('abort', abort, { once: true });
        }),
      ]);
      return undefined;
    } catch (error) {
      return error instanceof DeliveryError ? error : new DeliveryError('senderError', true);
    } finally {
      if (abort) signal.removeEventListener('abort', abort);
    }
  }
}

/** A running outbox worker. */
export interface OutboxWorker {
  /** Stops: the attempts in hand are aborted and released for the next worker, and the round is awaited. */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox every `intervalMs`, never overlapping itself, and reports each round (or its failure).
 * Every instance may run one: claims keep them apart.
 *
 * @example
 * const worker = startOutboxWorker(new OutboxDelivery(db, webhookSender({ url, secret })), 5000, console.log);
 * await worker.stop();
 */
export function startOutboxWorker(
  delivery: OutboxDelivery,
  intervalMs: number,
  report: (outcome: DeliveryReport | Error) => void,
): OutboxWorker {
  return startPeriodic((signal) => delivery.deliverDue(signal), intervalMs, report);
}
