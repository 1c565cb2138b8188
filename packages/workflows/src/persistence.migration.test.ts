// Cases version 2 of the machines stored, restored by version 3: six rows of the vendor backend's database
// (examples/vendor-backend/test/fixtures/*.v2.json, each the `persisted` column of its row as PostgreSQL's jsonb
// gave it back, written by the backend at commit 4691909 through its own API).
import { readFileSync } from 'node:fs';
import { toKyivDate } from '@vikno/deadlines';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type CaseActor,
  type CaseEvent,
  caseKeys,
  MACHINE_VERSION,
  type PersistedCase,
  persistCase,
  restoreCase,
  sendCaseEvent,
  WorkflowError,
} from './index.js';
import { hmacSha256 } from './persistence.js';

/** The vendor backend's test keys (`test/support.ts` there): the fixtures are signed by `test-2`. */
const BACKEND_SECRETS = {
  'test-1': 'test-key-one-0123456789abcdef-0123456789',
  'test-2': 'test-key-two-0123456789abcdef-0123456789',
};
const BACKEND_KEYS = caseKeys({ current: 'test-2', secrets: BACKEND_SECRETS });

const FIXTURES = new URL('../../../examples/vendor-backend/test/fixtures/', import.meta.url);

/** A stored version-2 case, as the database returned it, and its snapshot read. */
function fixture(name: string) {
  const persisted = JSON.parse(readFileSync(new URL(`${name}.v2.json`, FIXTURES), 'utf8')) as PersistedCase;
  const snapshot = JSON.parse(persisted.snapshot) as {
    status: string;
    value: unknown;
    context: Record<string, unknown> & {
      caseId: string;
      audit: { type: string; at: string }[];
      terms: Record<string, { state: string; lastDay: string; pauses: unknown[] }>;
    };
  };
  return { persisted, snapshot, caseId: snapshot.context.caseId };
}

const NAMES = ['returned', 'consideration', 'suspended', 'issued', 'archived', 'originals-awaited'] as const;

const error = (call: () => unknown) => {
  try {
    call();
  } catch (caught) {
    if (caught instanceof WorkflowError) return caught;
    throw caught;
  }
  throw new Error('expected an error');
};

/** The Kyiv day of the first audited event of `type`. */
function dayOf(snapshot: ReturnType<typeof fixture>['snapshot'], type: string): string {
  const entry = snapshot.context.audit.find((item) => item.type === type);
  if (entry === undefined) throw new Error(`no ${type} in the fixture`);
  return toKyivDate(entry.at);
}

/**
 * What version 3 adds to a version-2 context, besides `returnedAtIntake` of a package returned at intake: only
 * what the stored trail itself implies, and the mark of the version it came from. The day the application counts
 * as filed is the day version 2 registered the complete package; a result collected (`RESULT.ISSUED`) was
 * delivered in person that day.
 */
function derived(snapshot: ReturnType<typeof fixture>['snapshot'], context: Record<string, unknown>) {
  const added: Record<string, unknown> = {};
  if (snapshot.value === 'returned') added.returnedAtIntake = true;
  if ('migratedFromVersion' in context && context.migratedFromVersion !== undefined) {
    added.migratedFromVersion = 2;
    // The decisions version 2 recorded, before this many audit entries, were taken without hearings.
    added.migratedAfter = snapshot.context.audit.length;
  }
  if ('filedOn' in context && context.filedOn !== undefined) {
    added.filedOn = dayOf(snapshot, 'PACKAGE.CHECKED');
  }
  if ('delivery' in context && context.delivery !== undefined) {
    const on = dayOf(snapshot, 'RESULT.ISSUED');
    added.delivery = { channel: 'inPerson', sentOn: on, on };
  }
  return added;
}

const restored = (name: string): { actor: CaseActor; v2: ReturnType<typeof fixture> } => {
  const v2 = fixture(name);
  return { actor: restoreCase(v2.persisted, { keys: BACKEND_KEYS, caseId: v2.caseId }), v2 };
};

/** Sends an event the case must take. */
function take(actor: CaseActor, event: CaseEvent): void {
  const result = sendCaseEvent(actor, event);
  expect(result, event.type).toMatchObject({ accepted: true });
}

/** Persists a case as version 3 and restores it: the same state and context. */
function roundTrip(actor: CaseActor, caseId: string): CaseActor {
  const persisted = JSON.parse(JSON.stringify(persistCase(actor, { keys: BACKEND_KEYS })));
  expect(persisted).toMatchObject({ version: MACHINE_VERSION, key: 'test-2' });
  const again = restoreCase(persisted, { keys: BACKEND_KEYS, caseId });
  expect(again.getSnapshot().value).toEqual(actor.getSnapshot().value);
  expect(again.getSnapshot().status).toBe(actor.getSnapshot().status);
  expect(again.getSnapshot().context).toEqual(actor.getSnapshot().context);
  return again;
}

const at = (date: string, time = '10:00') => `${date}T${time}:00+03:00`;
const SYSTEM: Actor = { role: 'system', id: 'complaints', office: 'cnap-central' };

describe('cases stored by version 2, restored by version 3', () => {
  it('the fixtures are version 2, signed, and hold the states they are named for', () => {
    expect(MACHINE_VERSION).toBe(3);
    const states = NAMES.map((name) => {
      const { persisted, snapshot } = fixture(name);
      expect(persisted).toMatchObject({ format: 'vikno.case', version: 2, key: 'test-2' });
      return [name, snapshot.status, snapshot.value];
    });
    expect(states).toEqual([
      ['returned', 'done', 'returned'],
      ['consideration', 'active', 'consideration'],
      ['suspended', 'active', 'suspended'],
      ['issued', 'done', 'issued'],
      ['archived', 'done', 'archived'],
      ['originals-awaited', 'active', 'consideration'],
    ]);
    const { snapshot } = fixture('originals-awaited');
    expect([snapshot.context.model, snapshot.context.originals]).toEqual(['I', 'awaited']);
    expect(fixture('issued').snapshot.context.outcome).toBe('refused');
  });

  it.each(NAMES)(
    '%s: restores with the keys, without `legacy`, in the state and context version 2 held',
    (name) => {
      const { actor, v2 } = restored(name);
      const snapshot = actor.getSnapshot();
      expect(snapshot.value).toEqual(v2.snapshot.value);
      // A result issued or archived is no longer final: a complaint may reopen the case.
      const status = v2.snapshot.value === 'returned' ? 'done' : 'active';
      expect(snapshot.status).toBe(status);
      const context = snapshot.context as unknown as Record<string, unknown>;
      expect(context).toEqual({ ...v2.snapshot.context, ...derived(v2.snapshot, context) });
      if (name === 'returned') expect(context.returnedAtIntake).toBe(true);
      else expect(context.returnedAtIntake).toBeUndefined();
    },
  );

  it('returned at intake stays returned and final: it takes no event, cured or withdrawn', () => {
    const { actor, v2 } = restored('returned');
    const by: Actor = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' };
    for (const type of ['DEFECTS.CURED', 'APPLICATION.WITHDRAWN'] as const) {
      const result = sendCaseEvent(actor, { type, by, at: at('2026-03-03') });
      expect(result).toMatchObject({ accepted: false, reason: 'notAllowedNow' });
    }
    expect(actor.getSnapshot().value).toBe('returned');
    roundTrip(actor, v2.caseId);
  });

  it('in consideration: the applicant is heard before a refusal, as version 3 requires', () => {
    const { actor, v2 } = restored('consideration');
    const decider: Actor = { role: 'decisionMaker', id: 'uszn-1', office: 'uszn-podil' };
    const refusal = { outcome: 'refused' as const, grounds: ['income-over-limit'] };
    // Version 3 refuses an adverse decision without the applicant heard.
    expect(
      sendCaseEvent(actor, { type: 'DECISION.MADE', by: decider, at: at('2026-06-11'), ...refusal }),
    ).toMatchObject({ accepted: false, reason: 'notHeard' });
    take(actor, { type: 'HEARING.NOTIFIED', by: decider, at: at('2026-06-11'), ...refusal });
    expect(actor.getSnapshot().value).toBe('hearing');
    expect(actor.getSnapshot().context.hearing).toEqual({
      ...refusal,
      notifiedOn: '2026-06-11',
      state: 'awaited',
    });
    expect(actor.getSnapshot().context.terms.hearing?.state).toBe('running');
    const again = roundTrip(actor, v2.caseId);
    take(again, {
      type: 'POSITION.PRESENTED',
      by: { role: 'applicant', id: 'applicant', office: 'cnap-central' },
      at: at('2026-06-15'),
    });
    take(again, { type: 'DECISION.MADE', by: decider, at: at('2026-06-16'), ...refusal });
    expect(again.getSnapshot().value).toBe('decided');
    expect(again.getSnapshot().context.outcome).toBe('refused');
    roundTrip(again, v2.caseId);
  });

  it('suspended: the documents received restart the decision term where it stopped', () => {
    const { actor, v2 } = restored('suspended');
    const paused = v2.snapshot.context.terms.decision;
    expect(paused?.state).toBe('paused');
    take(actor, {
      type: 'DOCUMENTS.RECEIVED',
      by: { role: 'usznSpecialist', id: 'uszn-5', office: 'uszn-podil' },
      at: at('2026-06-11'),
    });
    expect(actor.getSnapshot().value).toBe('consideration');
    const decision = actor.getSnapshot().context.terms.decision;
    expect(decision?.state).toBe('running');
    expect(decision?.pauses).toEqual([{ from: '2026-03-10', to: '2026-06-11' }]);
    expect((decision?.lastDay ?? '') > (paused?.lastDay ?? '')).toBe(true);
    roundTrip(actor, v2.caseId);
  });

  it('issued after a refusal: a complaint reopens it, and the decision term runs again', () => {
    const { actor, v2 } = restored('issued');
    take(actor, { type: 'CASE.REOPENED', by: SYSTEM, complaintId: 'CMP-1', at: at('2026-04-01') });
    const { value, status, context } = actor.getSnapshot();
    expect([value, status]).toEqual(['consideration', 'active']);
    expect(context.complaints).toEqual([{ complaintId: 'CMP-1', setAside: 'refused' }]);
    expect(context.outcome).toBeUndefined();
    expect(context.terms.decision).toMatchObject({ state: 'running', start: '2026-04-01' });
    roundTrip(actor, v2.caseId);
  });

  it('archived: a decision never collected is delivered by post, and a complaint may still replace it', () => {
    const { actor, v2 } = restored('archived');
    const clerk: Actor = { role: 'cnapAdministrator', id: 'admin-3', office: 'cnap-central' };
    take(actor, { type: 'DECISION.DELIVERED', by: clerk, channel: 'post', at: at('2026-06-11') });
    expect(actor.getSnapshot().context.delivery).toMatchObject({ channel: 'post', sentOn: '2026-06-11' });
    const again = roundTrip(actor, v2.caseId);
    take(again, {
      type: 'DECISION.REPLACED',
      by: SYSTEM,
      complaintId: 'CMP-2',
      outcome: 'partiallyGranted',
      grounds: ['income-over-limit'],
      at: at('2026-07-01'),
    });
    expect(again.getSnapshot().value).toBe('decided');
    expect(again.getSnapshot().context).toMatchObject({
      outcome: 'partiallyGranted',
      complaints: [{ complaintId: 'CMP-2', setAside: 'granted' }],
    });
    roundTrip(again, v2.caseId);
  });

  it('model I with originals awaited: the originals are received, and the tick judges the overdue term once', () => {
    const { actor, v2 } = restored('originals-awaited');
    take(actor, {
      type: 'ORIGINALS.RECEIVED',
      by: { role: 'usznSpecialist', id: 'pfu-9', office: 'pension-fund' },
      at: at('2026-06-11'),
    });
    expect(actor.getSnapshot().context.originals).toBe('received');
    const raised: unknown[] = [];
    actor.on('*', (event) => raised.push(event));
    take(actor, { type: 'TICK', by: SYSTEM, at: at('2026-06-12') });
    // Version 2 raised the decision term's warnings already; version 3 does not raise them again.
    expect(raised).toEqual([]);
    roundTrip(actor, v2.caseId);
  });

  it('a refusal recorded after the migration without the applicant heard is refused, though signed: only what version 2 decided is exempt', () => {
    const { actor, v2 } = restored('consideration');
    const decider: Actor = { role: 'decisionMaker', id: 'uszn-1', office: 'uszn-podil' };
    const refusal = { outcome: 'refused' as const, grounds: ['income-over-limit'] };
    take(actor, { type: 'HEARING.NOTIFIED', by: decider, at: at('2026-06-11'), ...refusal });
    take(actor, {
      type: 'POSITION.PRESENTED',
      by: { role: 'applicant', id: 'applicant', office: 'cnap-central' },
      at: at('2026-06-15'),
    });
    take(actor, { type: 'DECISION.MADE', by: decider, at: at('2026-06-16'), ...refusal });
    const persisted = persistCase(actor, { keys: BACKEND_KEYS });
    expect(restoreCase(persisted, { keys: BACKEND_KEYS }).getSnapshot().value).toBe('decided');
    // A holder of the key writes the same refusal with no hearing: the notice, the position and the period gone.
    const forged = JSON.parse(persisted.snapshot) as ReturnType<typeof fixture>['snapshot'];
    const unheard = ['HEARING.NOTIFIED', 'POSITION.PRESENTED'];
    forged.context.audit = forged.context.audit
      .filter((entry) => !unheard.includes(entry.type))
      .map((entry, index) => ({ ...entry, seq: index + 1 }));
    delete forged.context.hearing;
    delete forged.context.terms.hearing;
    const text = JSON.stringify(forged);
    const mac = hmacSha256(
      new TextEncoder().encode(BACKEND_SECRETS['test-2']),
      `vikno.case\n${persisted.machine}\n${persisted.version}\ntest-2\n${text}`,
    );
    const refused = error(() =>
      restoreCase({ ...persisted, snapshot: text, mac }, { keys: BACKEND_KEYS, caseId: v2.caseId }),
    );
    expect(refused.path).toBe('persisted.snapshot.context.hearing');
  });

  it.each(NAMES)('%s: a forged copy is refused by its signature (persisted.mac)', (name) => {
    const { persisted } = fixture(name);
    const { snapshot } = persisted;
    const index = snapshot.indexOf('"audit"');
    const flipped = `${snapshot.slice(0, index + 3)}${snapshot[index + 3] === 'd' ? 'D' : 'd'}${snapshot.slice(index + 4)}`;
    expect(flipped).not.toBe(snapshot);
    expect(flipped.length).toBe(snapshot.length);
    const forgeries = [
      { ...persisted, snapshot: flipped },
      { ...persisted, snapshot: snapshot.replace('2026-03', '2026-04') },
      // Relabelled version 3, it would skip the migration; the signature covers the version.
      { ...persisted, version: 3 },
      { ...persisted, key: 'test-1' },
    ];
    for (const forged of forgeries) {
      expect(error(() => restoreCase(forged, { keys: BACKEND_KEYS })).path).toBe('persisted.mac');
    }
  });

  it('a version-2 case is refused without its key, and for another case id', () => {
    const { persisted, caseId } = fixture('issued');
    const otherKeys = caseKeys({
      current: 'test-2',
      secrets: { 'test-2': 'another-key-0123456789abcdef-01234' },
    });
    expect(error(() => restoreCase(persisted, { keys: otherKeys })).path).toBe('persisted.mac');
    const onlyOld = caseKeys({
      current: 'test-1',
      secrets: { 'test-1': 'test-key-one-0123456789abcdef-0123456789' },
    });
    expect(error(() => restoreCase(persisted, { keys: onlyOld })).path).toBe('persisted.key');
    expect(error(() => restoreCase(persisted, { keys: BACKEND_KEYS, caseId: `${caseId}-x` })).path).toBe(
      'persisted.snapshot.context.caseId',
    );
  });
});
