// The periodic tick. Every instance runs one; the store's row locks and per-day marks make them share the work
// without ticking a case twice, so the interval only bounds how soon after midnight (Kyiv) a day is processed.
import type { FastifyBaseLogger } from 'fastify';
import type { CaseStore, TickReport } from './cases.js';

/** Work run every interval (a tick, a delivery round) that `stop` ends. */
export interface Periodic {
  /** Stops: the running round is told (its `signal` aborts) and awaited; no other starts. */
  stop(): Promise<void>;
}

/** A running ticker. */
export type Ticker = Periodic;

/**
 * Runs `work` now and every `intervalMs`, never overlapping itself: a round still running when the next is due
 * makes that one wait for the following interval. Each round's outcome (or its failure, as an `Error`) goes to
 * `report`. `stop` aborts the signal the running round was given and waits for it.
 */
export function startPeriodic<Outcome>(
  work: (signal: AbortSignal) => Promise<Outcome>,
  intervalMs: number,
  report: (outcome: Outcome | Error) => void,
): Periodic {
  let running: Promise<void> | undefined;
  const stopping = new AbortController();
  const run = () => {
    if (running || stopping.signal.aborted) return;
    running = work(stopping.signal)
      .then(report, (error: unknown) => report(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(run, intervalMs);
  run();
  return {
    async stop() {
      clearInterval(timer);
      stopping.abort();
      await running;
    },
  };
}

/**
 * Ticks every `intervalMs`, never overlapping itself: a tick still running when the next is due makes that one
 * wait for the following interval. `stop` ends a running tick after its current batch and waits for it: what it
 * left is taken by the next tick, of this instance or another.
 */
export function startTicker(
  store: CaseStore,
  intervalMs: number,
  report: (outcome: TickReport | Error) => void,
): Ticker {
  return startPeriodic((signal) => store.tick({ signal }), intervalMs, report);
}

/**
 * Logs what a tick did: one warning per skipped case, with its id, why, and the SDK error's code and path (never
 * a message or anything from the snapshot), and a summary when it ticked anything.
 */
export function logTick(log: FastifyBaseLogger, report: TickReport): void {
  for (const { caseId, reason, code, path } of report.skipped) {
    log.warn({ caseId, reason, code, path, day: report.day }, 'case skipped by the tick');
  }
  if (report.processed > 0 || report.skipped.length > 0) {
    const { day, processed, raised, archived } = report;
    log.info({ day, processed, raised, archived, skipped: report.skipped.length }, 'tick');
  }
}
