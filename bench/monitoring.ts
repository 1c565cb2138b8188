// Benchmarks of @vikno/monitoring (the built package): a timeliness report over 1,000,000 cases, cycled lazily from
// a few thousand realistic histories (generateCaseHistories of the vendor backend: three models, every path of the
// procedure), so the input is never held: (a) over case records, (b) over persisted cases, their snapshots parsed;
// peak memory after 100,000 and after 1,000,000 cases, to show it flat. Baselines in the same run: the JSON floor
// (JSON.parse of every snapshot and nothing else) and the report computed by restoring every case with restoreCase
// (sampled, projected to the million).
//
// `MONITORING_BENCH_CASES` changes the million (`MONITORING_BENCH_CASES=200000 pnpm bench monitoring`).

import { type CaseRecord, caseRecord, type TimelinessOptions, timelinessReport } from '@vikno/monitoring';
import { caseKeys, type PersistedCase, persistCase, restoreCase } from '@vikno/workflows';
import { generateCaseHistories } from '../examples/vendor-backend/src/generator.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

const COUNT = Number(process.env.MONITORING_BENCH_CASES ?? 1_000_000);
const SMALL = Math.min(100_000, COUNT);
const VARIETY = 4_000;
const NOW = '2026-05-15T12:00:00+03:00';
const keys = caseKeys({ current: 'bench', secrets: { bench: 'a benchmark secret of at least 32 bytes' } });

const started = process.hrtime.bigint();
const persisted: PersistedCase[] = [...generateCaseHistories({ seed: 15, count: VARIETY, now: NOW, keys })];
const generatedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const records: CaseRecord[] = persisted.map((item) => JSON.parse(JSON.stringify(caseRecord(item))));
const options: TimelinessOptions = {
  from: '2026-02-01',
  to: '2026-05-15',
  now: NOW,
  groupBy: ['office', 'providerOffice', 'week'],
};

/**
 * Seconds of CPU this process has used: a shared machine's other work does not count against one core's rate (the
 * collector's own threads do, so it errs low).
 */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** `count` cases cycled from `set`, one at a time, with the heap (after a collection) read at the end of the stream. */
function* cycled<T>(set: readonly T[], count: number, memory: { heap: number; rssPeak: number }) {
  for (let index = 0; index < count; index++) {
    if (index % 50_000 === 0) memory.rssPeak = Math.max(memory.rssPeak, process.memoryUsage().rss);
    yield set[index % set.length] as T;
  }
  gc?.();
  memory.heap = process.memoryUsage().heapUsed;
  memory.rssPeak = Math.max(memory.rssPeak, process.memoryUsage().rss);
}

/** One report over `count` cases of `set`: cases a second, and the heap held at the end of the stream. */
function run<T>(set: readonly T[], count: number) {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const memory = { heap: 0, rssPeak: 0 };
  const start = cpuSeconds();
  const report = timelinessReport(cycled(set, count, memory) as Iterable<CaseRecord>, options);
  const seconds = cpuSeconds() - start;
  if (report.total.received === 0) throw new Error('no case in the period');
  return {
    perSecond: count / seconds,
    seconds,
    held: memory.heap - before,
    rssPeak: memory.rssPeak,
    groups: report.groups.length,
  };
}

// Warm up, then measure.
run(records, 200_000);
const recordsSmall = run(records, SMALL);
const recordsLarge = run(records, COUNT);
run(persisted, 20_000);
const persistedSmall = run(persisted, Math.min(SMALL, COUNT));
const persistedLarge = run(persisted, COUNT);

// The JSON floor: every snapshot parsed, nothing else.
let cpuStart = cpuSeconds();
let sink = 0;
const FLOOR = Math.min(COUNT, 300_000);
for (let index = 0; index < FLOOR; index++) {
  sink += JSON.parse((persisted[index % persisted.length] as PersistedCase).snapshot).context.audit.length;
}
const floorPerSecond = FLOOR / (cpuSeconds() - cpuStart);

// The report by restoring every case: restoreCase (HMAC, replay of the audit trail), then the same report.
const SAMPLE = 2_000;
cpuStart = cpuSeconds();
const restored = function* () {
  for (let index = 0; index < SAMPLE; index++) {
    const actor = restoreCase(persisted[index % persisted.length] as PersistedCase, { keys });
    yield persistCase(actor, { keys });
    actor.stop();
  }
};
timelinessReport(restored(), options);
const restorePerSecond = SAMPLE / (cpuSeconds() - cpuStart);

const format = (value: number) => Math.round(value).toLocaleString('en-US');
const bytes = persisted.reduce((sum, item) => sum + item.snapshot.length, 0) / persisted.length;
const recordBytes = records.reduce((sum, item) => sum + JSON.stringify(item).length, 0) / records.length;
console.log(
  `Node ${process.versions.node}, one core, rates per CPU second. ${format(VARIETY)} realistic histories generated in ${generatedSeconds.toFixed(1)} s`,
);
console.log(
  `(a snapshot ${format(bytes)} characters on average, its record ${format(recordBytes)}), cycled lazily;`,
);
console.log(`grouped by office, provider office and week: ${recordsLarge.groups} groups.\n`);
console.log('| report over | cases | @vikno/monitoring | heap held at the end (after gc) | peak RSS |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, count, result] of [
  ['case records', SMALL, recordsSmall],
  ['case records', COUNT, recordsLarge],
  ['persisted cases (snapshot parsed)', SMALL, persistedSmall],
  ['persisted cases (snapshot parsed)', COUNT, persistedLarge],
] as const) {
  console.log(
    `| ${name} | ${format(count)} | ${format(result.perSecond)} cases/s (${result.seconds.toFixed(2)} s of CPU) | ${mb(result.held)} MB | ${mb(result.rssPeak)} MB |`,
  );
}
console.log('\n| baseline, same run | cases/s |');
console.log('|---|---:|');
console.log(
  `| JSON.parse of each snapshot, nothing else (the floor of reading persisted cases) | ${format(floorPerSecond)} |`,
);
console.log(
  `| restoreCase of every case, then the same report (sampled ${format(SAMPLE)}; ${format(COUNT)} projected: ${(COUNT / restorePerSecond).toFixed(0)} s) | ${format(restorePerSecond)} |`,
);
if (sink < 0) console.log(sink);
