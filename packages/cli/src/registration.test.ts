import { APPLICATION_REGISTRATION } from '@vikno/deadlines';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

describe('vikno deadline', () => {
  it('registers an application received on a day off under the SDK’s one registration rule', () => {
    const result = run(['deadline', '--from', '2026-03-07', '--term', '10wd', '--json']);
    const deadline = JSON.parse(result.stdout);
    expect(deadline.registeredOn).toBe('2026-03-09');
    const registration = deadline.trace.find((step: { kind: string }) => step.kind === 'registration');
    expect(registration.basis).toEqual(JSON.parse(JSON.stringify(APPLICATION_REGISTRATION.basis)));
  });
});
