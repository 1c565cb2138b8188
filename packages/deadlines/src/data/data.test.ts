import { describe, expect, it } from 'vitest';
import { CalendarRegime, HolidayRule, LegalSource, WorkingDayTransfer } from '../schema.js';
import { HOLIDAY_RULES } from './holidays.js';
import { MARTIAL_LAW, WEEKEND_SHIFT } from './regimes.js';
import * as sources from './sources.js';
import { WORKING_DAY_TRANSFERS } from './transfers.js';

describe('calendar data', () => {
  it('validates against its schemas', () => {
    for (const rule of HOLIDAY_RULES) expect(HolidayRule.parse(rule)).toEqual(rule);
    for (const transfer of WORKING_DAY_TRANSFERS)
      expect(WorkingDayTransfer.parse(transfer)).toEqual(transfer);
    for (const regime of [MARTIAL_LAW, WEEKEND_SHIFT]) expect(CalendarRegime.parse(regime)).toEqual(regime);
    for (const source of Object.values(sources)) expect(LegalSource.parse(source)).toEqual(source);
  });

  it('gives every unverified source a note saying what is uncertain', () => {
    const unverified = Object.values(sources).filter((source) => !source.verified);
    expect(unverified.length).toBeGreaterThan(0);
    for (const source of unverified) expect(source.note, source.id).toBeTruthy();
  });

  it('has unique source ids', () => {
    const ids = Object.values(sources).map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('transfers a weekday to a Saturday', () => {
    for (const { dayOff, workingDay } of WORKING_DAY_TRANSFERS) {
      expect(new Date(`${dayOff}T00:00:00Z`).getUTCDay(), dayOff).toBeGreaterThanOrEqual(1);
      expect(new Date(`${dayOff}T00:00:00Z`).getUTCDay(), dayOff).toBeLessThanOrEqual(5);
      expect(new Date(`${workingDay}T00:00:00Z`).getUTCDay(), workingDay).toBe(6);
    }
  });

  it('rejects malformed data with paths', () => {
    const result = HolidayRule.safeParse({
      id: 'x',
      dates: [{ rule: { month: 13, day: 1 }, basis: [] }],
      names: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['dates.0.rule.month', 'dates.0.basis', 'names']),
    );
  });
});
