import { englishWordsIn } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { sample } from '../test/events.js';
import { caseAfter, keys, legacy, SECRET } from '../test/forge.js';
import {
  type CaseActor,
  caseKeys,
  createCase,
  MACHINE_VERSION,
  persistCase,
  persistedTermStatus,
  restoreCase,
  sendCaseEvent,
  WorkflowError,
} from './index.js';
import { hmacSha256, snapshotChecksum } from './persistence.js';

function start(model: 'I' | 'II' | 'III', serviceId = 'idp-living-allowance'): { actor: CaseActor } {
  return { actor: createCase({ caseId: 'C-1', serviceId, model, asOf: '2026-03-02' }) };
}

const error = (call: () => unknown) => {
  try {
    call();
  } catch (caught) {
    if (caught instanceof WorkflowError) return caught;
    throw caught;
  }
  throw new Error('expected an error');
};

describe('persisting and restoring cases', () => {
  it('restores a persisted case that behaves as the original', () => {
    const { actor } = start('III');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    sendCaseEvent(actor, sample('TRANSFER.ADDED'));
    const json = JSON.parse(JSON.stringify(persistCase(actor, { keys })));
    expect(json).toMatchObject({
      format: 'vikno.case',
      machine: 'vikno.case.model-III',
      version: 3,
      key: 'test',
    });
    expect(typeof json.snapshot).toBe('string');
    const restored = restoreCase(json, { keys, caseId: 'C-1' });
    expect(restored.getSnapshot().value).toEqual({ transfer: 'inRegister' });
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    sendCaseEvent(restored, sample('TRANSFER.DISPATCHED'));
    expect(restored.getSnapshot().value).toEqual({ transfer: 'inTransit' });
  });

  it('restores a persisted case whose keys a database reordered (PostgreSQL jsonb does)', () => {
    const { actor } = start('III');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    const stored = Object.fromEntries(
      Object.entries(JSON.parse(JSON.stringify(persistCase(actor, { keys })))).reverse(),
    );
    expect(restoreCase(stored, { keys }).getSnapshot().context).toEqual(actor.getSnapshot().context);
  });

  it('refuses a tampered, truncated, re-labelled or unknown case with a clear error', () => {
    const { actor } = start('III');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    const json = JSON.parse(JSON.stringify(persistCase(actor, { keys })));
    expect(
      error(() => restoreCase({ ...json, snapshot: json.snapshot.replace('N-1', 'N-9') }, { keys })).path,
    ).toBe('persisted.mac');
    expect(error(() => restoreCase({ ...json, snapshot: json.snapshot.slice(0, 100) }, { keys })).path).toBe(
      'persisted.mac',
    );
    // The header is signed too: the same snapshot under another model's machine is refused.
    expect(error(() => restoreCase({ ...json, machine: 'vikno.case.model-II' }, { keys })).path).toBe(
      'persisted.mac',
    );
    expect(error(() => restoreCase({ ...json, machine: 'vikno.case.model-IV' }, { keys })).path).toBe(
      'persisted.machine',
    );
    expect(error(() => restoreCase({ ...json, version: 4 }, { keys })).path).toBe('persisted.version');
    // A version-3 case relabelled version 2 (to be migrated) fails its signature, which covers the version.
    expect(error(() => restoreCase({ ...json, version: 2 }, { keys })).path).toBe('persisted.mac');
    expect(error(() => restoreCase({ ...json, key: 'other' }, { keys })).path).toBe('persisted.key');
    expect(error(() => restoreCase({ ...json, extra: 1 }, { keys })).path).toBe('persisted');
    expect(error(() => restoreCase(json, { keys, caseId: 'C-2' })).path).toBe(
      'persisted.snapshot.context.caseId',
    );
    expect(error(() => restoreCase(json, {} as never)).path).toBe('options.keys');
  });

  it('says in Ukrainian without English words what is wrong with a persisted case', () => {
    const { actor } = start('III');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    const json = JSON.parse(JSON.stringify(persistCase(actor, { keys })));
    const refusals = [
      error(() => restoreCase({ ...json, mac: 'not a mac' }, { keys })),
      error(() => restoreCase(legacy(caseAfter('III', ['PACKAGE.CHECKED'])), { keys })),
      error(() => restoreCase({ ...json, version: 4 }, { keys })),
      error(() => restoreCase({ ...json, snapshot: 7 }, { keys })),
      error(() => caseKeys({ current: 'k1', secrets: { k1: 'short' } })),
    ];
    expect(refusals.map((refusal) => refusal.path)).toEqual([
      'persisted.mac',
      'persisted.version',
      'persisted.version',
      'persisted.snapshot',
      'keys.secrets',
    ]);
    for (const refusal of refusals) expect(englishWordsIn(refusal.uk), refusal.uk).toEqual([]);
    expect(refusals[1]?.uk).toBe(
      'Справа версії 1 не має ключової перевірки; відновіть її з `{ legacy: true }` один раз і збережіть знову',
    );
  });
});

describe('keys and rotation', () => {
  const OLD = 'the old secret, at least 32 bytes long!';
  const NEW = new Uint8Array(32).map((_, i) => i * 7 + 1);

  it('restores a case signed by an older key while new ones are signed by the current key', () => {
    const before = caseKeys({ current: 'k1', secrets: { k1: OLD } });
    const during = caseKeys({ current: 'k2', secrets: { k1: OLD, k2: NEW } });
    const after = caseKeys({ current: 'k2', secrets: { k2: NEW } });
    const actor = caseAfter('II', ['PACKAGE.CHECKED']);
    const old = JSON.parse(JSON.stringify(persistCase(actor, { keys: before })));
    const restored = restoreCase(old, { keys: during });
    const again = persistCase(restored, { keys: during });
    expect(again.key).toBe('k2');
    expect(restoreCase(again, { keys: after }).getSnapshot().context).toEqual(actor.getSnapshot().context);
    expect(error(() => restoreCase(old, { keys: after })).path).toBe('persisted.key');
    // A key id reused with another secret does not verify.
    const reused = caseKeys({ current: 'k1', secrets: { k1: NEW } });
    expect(error(() => restoreCase(old, { keys: reused })).path).toBe('persisted.mac');
  });

  it('refuses a short secret and a current key that is not there, never repeating a secret', () => {
    const short = error(() => caseKeys({ current: 'k1', secrets: { k1: 'hunter2-hunter2' } }));
    expect(short).toMatchObject({ code: 'INVALID_INPUT', path: 'keys.secrets' });
    expect(short.en).toBe('A secret of 15 bytes is too short: at least 32 are needed');
    expect(short.message).not.toContain('hunter2');
    expect(error(() => caseKeys({ current: 'k2', secrets: { k1: SECRET } })).path).toBe('keys.current');
    expect(error(() => caseKeys({ current: 'k 1', secrets: { 'k 1': SECRET } })).path).toBe('keys.secrets');
    expect(error(() => caseKeys(null as never)).path).toBe('keys');
  });

  it('keeps the secrets out of what the keys show', () => {
    const made = caseKeys({ current: 'k1', secrets: { k1: SECRET } });
    expect(JSON.stringify(made)).not.toContain(SECRET.slice(0, 8));
    expect(Object.values(made).join(' ')).not.toContain(SECRET.slice(0, 8));
    expect(made).toMatchObject({ current: 'k1', ids: ['k1'] });
  });

  it('computes HMAC-SHA-256 as RFC 4231 says, natively and portably', () => {
    // RFC 4231, test cases 1 and 2 (HMAC-SHA-256), in base64url.
    const cases = [
      {
        key: new Uint8Array(20).fill(0x0b),
        data: 'Hi There',
        hex: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
      },
      {
        key: new TextEncoder().encode('Jefe'),
        data: 'what do ya want for nothing?',
        hex: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
      },
    ];
    for (const { key, data, hex } of cases) {
      const expected = Buffer.from(hex, 'hex').toString('base64url');
      expect(hmacSha256(key, data, false)).toBe(expected);
      expect(hmacSha256(key, data, true)).toBe(expected);
    }
    expect(hmacSha256(new Uint8Array(32), 'ї'.repeat(1000), true)).toBe(
      hmacSha256(new Uint8Array(32), 'ї'.repeat(1000), false),
    );
  });
});

describe('version-1 cases', () => {
  it('are refused by default, so the old public checksum is no way around the key', () => {
    const old = legacy(caseAfter('III', ['PACKAGE.CHECKED']));
    expect(MACHINE_VERSION).toBe(3);
    const refused = error(() => restoreCase(old, { keys }));
    expect(refused.path).toBe('persisted.version');
    expect(refused.en).toMatch(/legacy: true/);
  });

  it('restore with legacy: true, checked against their checksum and what their state implies, then persist signed', () => {
    const actor = caseAfter('III', ['PACKAGE.CHECKED', 'TRANSFER.ADDED']);
    const old = JSON.parse(JSON.stringify(legacy(actor)));
    const restored = restoreCase(old, { keys, legacy: true });
    const { context } = actor.getSnapshot();
    // Version 1's terms count a pause's last day as paused: they carry no pauseRule, and keep none.
    const terms = Object.fromEntries(
      Object.entries(context.terms).map(([kind, { pauseRule: _, ...term }]) => [kind, term]),
    );
    expect(restored.getSnapshot().context).toEqual({
      ...context,
      terms,
      migratedFromVersion: 1,
      migratedAfter: context.audit.length,
    });
    const signed = persistCase(restored, { keys });
    expect(restoreCase(signed, { keys }).getSnapshot().value).toEqual({ transfer: 'inRegister' });
    const edited = structuredClone(old);
    edited.snapshot.context.caseNumber = 'N-999';
    expect(error(() => restoreCase(edited, { keys, legacy: true })).path).toBe('persisted.checksum');
  });

  it('a transferred case whose audit trail names no provider office migrates, persists signed and restores again', () => {
    // Version 1 had no providerOffice, and a model-I transfer's audit entry is the CNAP's: nothing to take it from.
    const old = legacy(caseAfter('I', ['PACKAGE.CHECKED', 'TRANSFER.SENT']), (snapshot) => {
      delete (snapshot.context as Record<string, unknown>).providerOffice;
    });
    const migrated = restoreCase(JSON.parse(JSON.stringify(old)), { keys, legacy: true });
    expect(migrated.getSnapshot().context.providerOffice).toBeUndefined();
    const again = restoreCase(JSON.parse(JSON.stringify(persistCase(migrated, { keys }))), { keys });
    expect(again.getSnapshot().value).toBe('consideration');
  });

  it('migrate from older versions with the migrations given, and are refused without one', () => {
    const old = legacy(caseAfter('II', ['PACKAGE.CHECKED']));
    // A version-0 snapshot that called the case number `number`; its migration renames the field.
    const context = old.snapshot.context as Record<string, unknown>;
    context.number = context.caseNumber;
    delete context.caseNumber;
    const zero = { ...old, version: 0, checksum: snapshotChecksum(old.snapshot) };
    expect(error(() => restoreCase(zero, { keys, legacy: true })).en).toMatch(/No migration from version 0/);
    const restored = restoreCase(zero, {
      keys,
      legacy: true,
      migrations: {
        0: (snapshot) => {
          const { number, ...rest } = snapshot.context as Record<string, unknown>;
          return { ...snapshot, context: { ...rest, caseNumber: number } };
        },
      },
    });
    expect(restored.getSnapshot().context.caseNumber).toBe('N-1');
  });
});

describe('persistedTermStatus', () => {
  it('reads the running terms of a persisted case, current or version 1', () => {
    const actor = caseAfter('III', ['PACKAGE.CHECKED']);
    const now = '2026-03-04T12:00:00+02:00';
    const status = persistedTermStatus(persistCase(actor, { keys }), now);
    expect(status.transfer?.status).toBe('overdue');
    expect(status.decision?.status).toBe('onTrack');
    expect(persistedTermStatus(legacy(actor) as never, now)).toEqual(status);
  });

  it('refuses hostile input with typed errors', () => {
    expect(error(() => persistedTermStatus(1 as never, 0)).path).toBe('persisted');
    expect(error(() => persistedTermStatus(null as never, 0)).path).toBe('persisted');
    expect(error(() => persistedTermStatus({ snapshot: '{' } as never, 0)).path).toBe('persisted.snapshot');
    const persisted = persistCase(caseAfter('III', ['PACKAGE.CHECKED']), { keys });
    expect(error(() => persistedTermStatus(persisted, 'Шевченко')).path).toBe('now');
    expect(error(() => persistedTermStatus(persisted, Number.NaN)).path).toBe('now');
  });
});
