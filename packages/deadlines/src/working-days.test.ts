import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from './index.js';

const FIRST = Date.parse('2014-01-01T00:00:00Z');
const LAST = Date.parse('2033-12-31T00:00:00Z');
const civilDate = fc
  .integer({ min: 0, max: (LAST - FIRST) / 86_400_000 })
  .map((days) => new Date(FIRST + days * 86_400_000).toISOString().slice(0, 10));

describe('working days', () => {
  it('follows the weekend shift before martial law and not under it', () => {
    expect(isWorkingDay('2021-12-27')).toBe(false); // Christmas on Saturday 25th moved to Monday
    expect(isWorkingDay('2022-12-26')).toBe(true); // Christmas on Sunday under martial law: nothing moves
    expect(isWorkingDay('2022-03-08')).toBe(false); // before Law 2136-IX took effect on 24.03.2022
    expect(isWorkingDay('2022-05-09')).toBe(true);
  });

  it('applies the Cabinet transfers: the weekday off and the Saturday worked', () => {
    expect(isWorkingDay('2018-12-24')).toBe(false);
    expect(isWorkingDay('2018-12-22')).toBe(true);
    // The June 2022 transfer was ordered before martial law and fell under it.
    expect(isWorkingDay('2022-06-27')).toBe(true);
    expect(isWorkingDay('2022-07-02')).toBe(false);
  });

  it('restores holidays and the weekend shift after a martial-law end set by the caller', () => {
    const peace = { martialLawLastDay: '2026-01-31' };
    expect(isWorkingDay('2026-05-01', peace)).toBe(false);
    expect(isWorkingDay('2026-05-08', peace)).toBe(false);
    expect(isWorkingDay('2026-03-09', peace)).toBe(false); // 8 March on Sunday moves to Monday
    expect(isWorkingDay('2026-04-13', peace)).toBe(false); // Monday after Easter
    expect(isWorkingDay('2026-01-01', peace)).toBe(true); // still under martial law then
    expect(isWorkingDay('2026-05-01')).toBe(true);
  });

  it('counts as a term counts, from the day after', () => {
    expect(addWorkingDays('2026-03-02', 10)).toBe('2026-03-16');
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // from a Saturday
    expect(addWorkingDays('2026-03-16', -10)).toBe('2026-03-02');
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-07');
    expect(countWorkingDays('2026-03-02', '2026-03-16')).toBe(10);
    expect(countWorkingDays('2026-03-16', '2026-03-02')).toBe(-10);
    expect(countWorkingDays('2026-03-07', '2026-03-08')).toBe(0);
    expect(nextWorkingDay('2014-05-01')).toBe('2014-05-05'); // 1, 2 May, weekend
  });

  test.prop([civilDate, fc.integer({ min: 1, max: 400 })])(
    'adding n working days then counting gives n',
    (date, n) => {
      expect(countWorkingDays(date, addWorkingDays(date, n))).toBe(n);
    },
  );

  test.prop([civilDate, fc.integer({ min: 1, max: 400 })])('results are working days', (date, n) => {
    expect(isWorkingDay(addWorkingDays(date, n))).toBe(true);
    expect(isWorkingDay(nextWorkingDay(date))).toBe(true);
  });

  test.prop([civilDate, fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 100 })])(
    'results grow with n',
    (date, n, more) => {
      expect(addWorkingDays(date, n) < addWorkingDays(date, n + more)).toBe(true);
    },
  );

  test.prop([civilDate, fc.integer({ min: 1, max: 400 })])(
    'a negative amount undoes a positive one',
    (date, n) => {
      fc.pre(isWorkingDay(date));
      expect(addWorkingDays(addWorkingDays(date, n), -n)).toBe(date);
    },
  );

  test.prop([civilDate])('the next working day is one working day after', (date) => {
    expect(nextWorkingDay(date)).toBe(addWorkingDays(date, 1));
  });
});
