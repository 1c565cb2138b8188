import { describe, expect, it } from 'vitest';
import { INSTRUCTION_345_PARA_2_5 } from './data/sources.js';
import { computeDeadline } from './deadline.js';
import { APPLICATION_REGISTRATION, registrationDay } from './registration.js';

describe('APPLICATION_REGISTRATION', () => {
  it('registers an application received on a day off on the next working day, citing Instruction 345 para 2.5', () => {
    expect(APPLICATION_REGISTRATION.rule).toBe('nextWorkingDayIfDayOff');
    expect(APPLICATION_REGISTRATION.basis).toEqual([INSTRUCTION_345_PARA_2_5]);
    expect(APPLICATION_REGISTRATION.basis[0]).toMatchObject({ id: 'mlsp-order-345-2006', evidence: 'text' });
  });
});

describe('registrationDay', () => {
  it('is the day received on a working day, and the next working day after a weekend or a holiday', () => {
    expect(registrationDay('2026-03-02')).toBe('2026-03-02');
    expect(registrationDay('2026-03-07')).toBe('2026-03-09');
    // 8 March 2021, a Monday holiday before martial law: registered on Tuesday.
    expect(registrationDay('2021-03-08')).toBe('2021-03-09');
  });

  it('agrees with computeDeadline under the same rule', () => {
    for (const start of ['2026-03-06', '2026-03-07', '2026-03-08', '2021-03-08', '2021-01-01']) {
      const deadline = computeDeadline({
        start,
        term: { amount: 1, unit: 'workingDays' },
        registration: APPLICATION_REGISTRATION.rule,
      });
      expect(registrationDay(start), start).toBe(deadline.registeredOn);
    }
  });
});
