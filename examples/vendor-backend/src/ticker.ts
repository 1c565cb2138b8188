// The periodic tick. Every instance runs one; the store's row locks and per-day marks make them share the work
// without ticking a case twice, so the interval only bounds how soon after midnight (Kyiv) a day is processed.
import type { CaseStore, TickReport } from './cases.js';

/** A running ticker. */
export interface Ticker {
  stop(): Promise<void>;
}

/**
 * Ticks every `intervalMs`, never overlapping itself: a tick still running when the next is due makes that one
 * wait for the following interval.
 */
export function startTicker(
  store: CaseStore,
  intervalMs: number,
  report: (outcome: TickReport | Error) => void,
): Ticker {
  let running: Promise<void> | undefined;
  const run = () => {
    if (running) return;
    running = store
      .tick()
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
      await running;
    },
  };
}
