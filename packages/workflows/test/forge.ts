// Real cases at every stage, and forged copies of them signed as a holder of the key (or of version 1's public
// checksum) would sign them: what restoreCase must refuse although the signature is valid.
import { createActor } from 'xstate';
import {
  CASE_MACHINES,
  type CaseActor,
  type CaseEvent,
  caseKeys,
  createCase,
  type PersistedCase,
  persistCase,
  sendCaseEvent,
} from '../src/index.js';
import { hmacSha256, snapshotChecksum } from '../src/persistence.js';
import { sample } from './events.js';

export const SECRET = 'a test secret, at least 32 bytes long';
export const keys = caseKeys({ current: 'test', secrets: { test: SECRET } });

export const day = (date: string, time = '10:00') => `${date}T${time}:00+02:00`;

/** A case of `model` after `events` (types sent as the sample events, each a day later than the one before). */
export function caseAfter(model: 'I' | 'II' | 'III', types: readonly CaseEvent['type'][]): CaseActor {
  const actor = createCase({ caseId: 'C-1', serviceId: 'idp-living-allowance', model, asOf: '2026-03-02' });
  types.forEach((type, index) => {
    const result = sendCaseEvent(actor, sample(type, day(`2026-03-${String(2 + index).padStart(2, '0')}`)));
    if (!result.accepted) throw new Error(`${type} refused (${result.reason})`);
  });
  return actor;
}

/** A snapshot as plain data, to forge. */
export type Snapshot = {
  status: string;
  value: unknown;
  context: Record<string, unknown> & {
    audit: Record<string, unknown>[];
    terms: Record<string, Record<string, unknown>>;
  };
} & Record<string, unknown>;

/** The case's snapshot changed by `forge`, signed with the test key as persistCase would sign it. */
export function signed(actor: CaseActor, forge: (snapshot: Snapshot) => void = () => {}) {
  const persisted = persistCase(actor, { keys });
  const snapshot = JSON.parse(persisted.snapshot) as Snapshot;
  forge(snapshot);
  const text = JSON.stringify(snapshot);
  return { ...persisted, snapshot: text, mac: resign(persisted, text) };
}

/** The MAC of a persisted case's header with `text` as its snapshot, under the test key. */
export function resign(persisted: PersistedCase, text: string): string {
  return hmacSha256(
    new TextEncoder().encode(SECRET),
    `vikno.case\n${persisted.machine}\n${persisted.version}\ntest\n${text}`,
  );
}

/** The case's snapshot changed by `forge`, in the version-1 format with its public checksum recomputed. */
export function legacy(actor: CaseActor, forge: (snapshot: Snapshot) => void = () => {}) {
  const snapshot = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Snapshot;
  // Version 1 counted the day a pause ended as paused: its terms carry no `pauseRule`.
  for (const term of Object.values(snapshot.context.terms)) delete term.pauseRule;
  forge(snapshot);
  const model = (snapshot.context.model as string) ?? 'III';
  return {
    format: 'vikno.case',
    machine: `vikno.case.model-${model}`,
    version: 1,
    checksum: checksumOrZeros(snapshot),
    snapshot,
  };
}

/** An actor of a case whose machine failed: XState's `error` status. */
export function actorInError(): CaseActor {
  const actor = caseAfter('III', ['PACKAGE.CHECKED']);
  const snapshot = { ...actor.getPersistedSnapshot(), status: 'error', error: new Error('boom') };
  const { context } = actor.getSnapshot();
  return createActor(CASE_MACHINES.III, {
    snapshot: snapshot as never,
    input: { caseId: context.caseId, serviceId: context.serviceId, model: 'III', settings: context.settings },
  }) as unknown as CaseActor;
}

/** Version 1's checksum, or zeros for a snapshot too deep to checksum (restoreCase refuses it before reading it). */
function checksumOrZeros(snapshot: unknown): string {
  try {
    return snapshotChecksum(snapshot);
  } catch {
    return '00000000000000';
  }
}
