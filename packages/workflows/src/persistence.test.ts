import { describe, expect, it } from 'vitest';
import { sample } from '../test/events.js';
import { type CaseActor, createCase, persistCase, restoreCase, sendCaseEvent } from './index.js';
import { snapshotChecksum } from './persistence.js';
import type { WorkflowError } from './transfer-register.js';

function start(model: 'I' | 'II' | 'III', serviceId = 'idp-living-allowance'): { actor: CaseActor } {
  return { actor: createCase({ caseId: 'C-1', serviceId, model, asOf: '2026-03-02' }) };
}

describe('persisting and restoring cases', () => {
  it('restores a persisted case that behaves as the original', () => {
    const { actor } = start('III');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    sendCaseEvent(actor, sample('TRANSFER.ADDED'));
    const json = JSON.parse(JSON.stringify(persistCase(actor)));
    expect(json).toMatchObject({ format: 'vikno.case', machine: 'vikno.case.model-III', version: 1 });
    const restored = restoreCase(json);
    expect(restored.getSnapshot().value).toEqual({ transfer: 'inRegister' });
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    sendCaseEvent(restored, sample('TRANSFER.DISPATCHED'));
    expect(restored.getSnapshot().value).toEqual({ transfer: 'inTransit' });
  });

  it('restores a snapshot whose keys a database reordered (PostgreSQL jsonb does)', () => {
    const { actor } = start('III');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    const reorder = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reorder)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, item]) => [key, reorder(item)]),
            )
          : value;
    const stored = reorder(JSON.parse(JSON.stringify(persistCase(actor))));
    expect(restoreCase(stored).getSnapshot().context).toEqual(actor.getSnapshot().context);
  });

  it('rejects a tampered, truncated or unknown snapshot with a clear error', () => {
    const { actor } = start('III');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    const json = JSON.parse(JSON.stringify(persistCase(actor)));
    const tampered = structuredClone(json);
    tampered.snapshot.context.caseNumber = 'N-999';
    const error = (value: unknown) => {
      try {
        restoreCase(value);
      } catch (caught) {
        return caught as WorkflowError;
      }
      throw new Error('expected an error');
    };
    expect(error(tampered).path).toBe('persisted.checksum');
    const text = JSON.stringify(json);
    expect(() => restoreCase(JSON.parse(`${text.slice(0, text.length / 2)}"}}}`))).toThrow();
    expect(error({ ...json, machine: 'vikno.case.model-IV' }).path).toBe('persisted');
    expect(error({ ...json, version: 2 }).path).toBe('persisted.version');
    const renamed = structuredClone(json);
    renamed.snapshot.value = 'nowhere';
    renamed.checksum = snapshotChecksum(renamed.snapshot);
    expect(error(renamed).path).toBe('persisted.snapshot.value');
  });

  it('migrates a snapshot of an older version with the migrations given, and refuses one it cannot migrate', () => {
    const { actor } = start('II');
    sendCaseEvent(actor, sample('PACKAGE.CHECKED'));
    const current = JSON.parse(JSON.stringify(persistCase(actor)));
    // A version-0 snapshot that called the case number `number`; its migration renames the field.
    const old = structuredClone(current);
    old.version = 0;
    old.snapshot.context.number = old.snapshot.context.caseNumber;
    delete old.snapshot.context.caseNumber;
    old.checksum = snapshotChecksum(old.snapshot);
    expect(() => restoreCase(old)).toThrow(/No migration from version 0/);
    const restored = restoreCase(old, {
      migrations: {
        0: (snapshot) => {
          const { number, ...context } = snapshot.context as Record<string, unknown>;
          return { ...snapshot, context: { ...context, caseNumber: number } };
        },
      },
    });
    expect(restored.getSnapshot().context.caseNumber).toBe('N-1');
    expect(restored.getSnapshot().value).toEqual({ transfer: 'awaitingHandover' });
  });
});
