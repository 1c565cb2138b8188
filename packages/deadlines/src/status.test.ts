import { describe, expect, it } from 'vitest';
import { computeDeadline, DeadlinesError, deadlineStatus, toKyivDate } from './index.js';

const deadline = computeDeadline({ start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } }); // 16.03.2026 18:00

describe('deadlineStatus', () => {
  it('is on track with more than the threshold left', () => {
    expect(deadlineStatus(deadline, '2026-03-05T09:00:00+02:00')).toEqual({
      status: 'onTrack',
      today: '2026-03-05',
      remaining: { workingDays: 7, calendarDays: 11 },
    });
  });

  it('is due soon within the threshold, which is configurable', () => {
    expect(deadlineStatus(deadline, '2026-03-12T10:00:00+02:00').status).toBe('dueSoon');
    expect(
      deadlineStatus(deadline, '2026-03-12T10:00:00+02:00', { dueSoonWithinWorkingDays: 1 }).status,
    ).toBe('onTrack');
    expect(
      deadlineStatus(deadline, '2026-03-13T17:00:00+02:00', { dueSoonWithinWorkingDays: 1 }),
    ).toMatchObject({
      status: 'dueSoon',
      remaining: { workingDays: 1, calendarDays: 3 },
    });
  });

  it('is due today until closing time, then overdue', () => {
    expect(deadlineStatus(deadline, '2026-03-16T17:59:00+02:00').status).toBe('dueToday');
    expect(deadlineStatus(deadline, '2026-03-16T18:01:00+02:00')).toEqual({
      status: 'overdue',
      today: '2026-03-16',
      overdue: { workingDays: 0, calendarDays: 0 },
    });
    expect(deadlineStatus(deadline, new Date('2026-03-20T08:00:00Z'))).toEqual({
      status: 'overdue',
      today: '2026-03-20',
      overdue: { workingDays: 4, calendarDays: 4 },
    });
  });

  it('reads now in Kyiv time', () => {
    // 22:30 UTC on the 15th is already the 16th in Kyiv.
    expect(deadlineStatus(deadline, '2026-03-15T22:30:00Z').status).toBe('dueToday');
    expect(toKyivDate('2026-03-15T22:30:00Z')).toBe('2026-03-16');
    expect(toKyivDate(Date.parse('2026-07-01T21:30:00Z'))).toBe('2026-07-02'); // +03:00 in summer
    expect(toKyivDate('2026-07-01T20:30:00Z')).toBe('2026-07-01');
  });

  it('rejects an instant without an offset or an invalid one', () => {
    expect(() => deadlineStatus(deadline, '2026-03-15T10:00:00')).toThrow(DeadlinesError);
    expect(() => toKyivDate(new Date(Number.NaN))).toThrow(/INVALID_INSTANT|not an instant/);
    expect(() => deadlineStatus({ lastDay: '2026-02-31', dueAt: deadline.dueAt }, Date.now())).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', path: 'deadline.lastDay' }),
    );
  });
});
