// Benchmarks of @vikno/workflows (the built package): whole model-I lifecycles, persist + restore round trips,
// and a sweep of the deadline status of 1,000,000 persisted cases without creating actors. Baselines in the same
// run: the lifecycle without the host API's validation (raw actor.send); the round trip as version 1 did it (a
// public cyrb53 checksum over sorted-key JSON, computed on persist and again on restore, no check of the state),
// XState's own persist and restore of the same machine, and the JSON floor; the sweep re-reading every case
// through restoreCase (an actor per case).

import { createRequire } from 'node:module';
import {
  CASE_MACHINES,
  type CaseActor,
  type CaseEvent,
  caseKeys,
  createCase,
  type PersistedCase,
  persistCase,
  persistedTermStatus,
  restoreCase,
  sendCaseEvent,
} from '@vikno/workflows';
// Version 1's own checksum (cyrb53 over sorted-key JSON), from the source: the package keeps it internal.
import { snapshotChecksum } from '../packages/workflows/src/persistence.js';
import { throughput } from './measure.js';

// XState as @vikno/workflows loads it (it is the package's peer, not a dependency of the repository's root).
const { createActor } = createRequire(new URL('../packages/workflows/package.json', import.meta.url))(
  'xstate',
) as { createActor: (logic: unknown, options: unknown) => { start(): unknown } };

const keys = caseKeys({ current: 'bench', secrets: { bench: 'a benchmark secret of at least 32 bytes' } });

const by = {
  admin: { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap' },
  decider: { role: 'decisionMaker', id: 'pfu-2', office: 'pfu' },
  system: { role: 'system', id: 'host', office: 'cnap' },
} as const;
const at = (date: string) => `${date}T10:00:00+02:00`;
const LIFECYCLE: CaseEvent[] = [
  { type: 'PACKAGE.CHECKED', by: by.admin, at: at('2026-03-02'), complete: true, missing: [] },
  { type: 'TRANSFER.SENT', by: by.admin, at: at('2026-03-02'), to: 'pfu' } as CaseEvent,
  { type: 'TICK', by: by.system, at: at('2026-03-05') },
  { type: 'DOCUMENTS.REQUESTED', by: by.decider, at: at('2026-03-05'), documents: ['income-certificate'] },
  { type: 'DOCUMENTS.RECEIVED', by: by.admin, at: at('2026-03-09') },
  { type: 'TICK', by: by.system, at: at('2026-03-17') },
  { type: 'DECISION.MADE', by: by.decider, at: at('2026-03-18'), outcome: 'granted', grounds: [] },
  { type: 'CNAP.INFORMED', by: by.decider, at: at('2026-03-18') },
  { type: 'APPLICANT.NOTIFIED', by: by.system, at: at('2026-03-18'), channel: 'sms' },
  {
    type: 'ORIGINALS.RECEIVED',
    by: { role: 'usznSpecialist', id: 'u-1', office: 'uszn' },
    at: at('2026-03-19'),
  },
  { type: 'RESULT.ISSUED', by: by.admin, at: at('2026-03-20') },
];

const lifecycleOurs = throughput(2_000, 5, (i) => {
  const actor = createCase({
    caseId: `C-${i}`,
    serviceId: 'birth-assistance',
    model: 'I',
    asOf: '2026-03-02',
  });
  for (const event of LIFECYCLE) sendCaseEvent(actor, event);
  return actor.getSnapshot().status === 'done';
});
const lifecycleRaw = throughput(2_000, 5, (i) => {
  const actor = createCase({
    caseId: `C-${i}`,
    serviceId: 'birth-assistance',
    model: 'I',
    asOf: '2026-03-02',
  });
  for (const event of LIFECYCLE) actor.send(event);
  return actor.getSnapshot().status === 'done';
});

const midway = createCase({ caseId: 'C-1', serviceId: 'birth-assistance', model: 'I', asOf: '2026-03-02' });
for (const event of LIFECYCLE.slice(0, 6)) sendCaseEvent(midway, event);
const persisted = persistCase(midway, { keys });
const roundTrip = throughput(5_000, 5, () =>
  restoreCase(JSON.parse(JSON.stringify(persistCase(midway, { keys }))), { keys }),
);
const input = (actor: CaseActor) => {
  const { caseId, serviceId, model, settings } = actor.getSnapshot().context;
  return { caseId, serviceId, model, settings };
};
const roundTripV1 = throughput(5_000, 5, () => version1RoundTrip(midway));
const roundTripXState = throughput(5_000, 5, () =>
  createActor(CASE_MACHINES.I, {
    snapshot: JSON.parse(JSON.stringify(midway.getPersistedSnapshot())),
    input: input(midway),
  }).start(),
);
const roundTripJson = throughput(5_000, 5, () => JSON.parse(JSON.stringify(midway.getPersistedSnapshot())));

/** Version 1's round trip, as it was: cyrb53 of sorted-key JSON on persist and again on restore. */
function version1RoundTrip(actor: CaseActor) {
  const snapshot = actor.getPersistedSnapshot();
  const stored = JSON.parse(JSON.stringify({ version: 1, checksum: snapshotChecksum(snapshot), snapshot }));
  if (snapshotChecksum(stored.snapshot) !== stored.checksum) throw new Error('checksum');
  CASE_MACHINES.I.resolveState({ value: stored.snapshot.value, context: stored.snapshot.context });
  return createActor(CASE_MACHINES.I, { snapshot: stored.snapshot, input: input(actor) }).start();
}

const COUNT = 1_000_000;
const stored: PersistedCase[] = [];
for (let i = 0; i < 200; i++) {
  const actor = createCase({
    caseId: `C-${i}`,
    serviceId: 'birth-assistance',
    model: 'I',
    asOf: '2026-03-02',
  });
  for (const event of LIFECYCLE.slice(0, 1 + (i % 6))) sendCaseEvent(actor, event);
  stored.push(JSON.parse(JSON.stringify(persistCase(actor, { keys }))));
}
const now = '2026-03-13T12:00:00+02:00';
let started = process.hrtime.bigint();
let overdue = 0;
for (let i = 0; i < COUNT; i++) {
  const status = persistedTermStatus(stored[i % stored.length] as PersistedCase, now);
  if (status.decision?.status === 'overdue' || status.transfer?.status === 'overdue') overdue++;
}
const sweepSeconds = Number(process.hrtime.bigint() - started) / 1e9;
started = process.hrtime.bigint();
const SAMPLE = 5_000;
for (let i = 0; i < SAMPLE; i++) restoreCase(stored[i % stored.length], { keys }).getSnapshot();
const baselinePerCase = Number(process.hrtime.bigint() - started) / 1e9 / SAMPLE;

const format = (value: number) => Math.round(value).toLocaleString('en-US');
console.log(`Node ${process.versions.node}, one core.\n`);
console.log('| operation | @vikno/workflows | baseline in the same run |');
console.log('|---|---:|---:|');
console.log(
  `| whole model-I lifecycle (${LIFECYCLE.length} events, validated) | ${format(lifecycleOurs)} cases/s | ${format(lifecycleRaw)} cases/s (raw actor.send, no validation) |`,
);
const micro = (perSecond: number) => `${(1e6 / perSecond).toFixed(0)} µs`;
console.log(
  `| persist + JSON + restore, signed (HMAC-SHA-256) and the state checked | ${format(roundTrip)} round trips/s (${micro(roundTrip)}) | version 1 (public checksum over sorted-key JSON, twice; no state check): ${format(roundTripV1)}/s (${micro(roundTripV1)}); XState's own: ${format(roundTripXState)}/s (${micro(roundTripXState)}); JSON floor: ${format(roundTripJson)}/s (${micro(roundTripJson)}) |`,
);
console.log(
  `| deadline sweep of ${format(COUNT)} persisted cases | ${sweepSeconds.toFixed(2)} s (${format(COUNT / sweepSeconds)} cases/s; ${format(overdue)} with a term overdue) | ${(baselinePerCase * COUNT).toFixed(0)} s projected (restoreCase per case, ${format(1 / baselinePerCase)} cases/s) |`,
);
console.log(`\nOne persisted case mid-way: ${JSON.stringify(persisted).length} bytes of JSON.`);
