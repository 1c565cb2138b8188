// What every benchmark measures with: medians over rounds, after a warm-up round.

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Calls per second: the median of `rounds` timed rounds of `calls` calls each, after one warm-up round. */
export function throughput(calls: number, rounds: number, run: (i: number) => unknown): number {
  let sink = 0;
  const rates: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) if (run(i)) sink++;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (round > 0) rates.push(calls / seconds);
  }
  if (sink < 0) console.log(sink);
  return median(rates);
}

/** Median milliseconds of one call over `rounds` rounds, after one warm-up. */
export function timeOnce(rounds: number, run: () => unknown): number {
  const times: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const started = process.hrtime.bigint();
    run();
    if (round > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}
