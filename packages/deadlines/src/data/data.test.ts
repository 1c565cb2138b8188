import { ACTS, defaultActRegister } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { CalendarRegime, HolidayRule, LegalSource, WorkingDayTransfer } from '../schema.js';
import { CALENDAR_ACTS } from './acts.js';
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

  it('cites every fact from the register, with its evidence and the day it was checked', () => {
    const cited = [
      ...Object.values(sources),
      ...WORKING_DAY_TRANSFERS.flatMap((transfer) => transfer.basis),
      ...[MARTIAL_LAW, WEEKEND_SHIFT].flatMap((regime) => regime.basis),
      ...HOLIDAY_RULES.flatMap((rule) => [...rule.dates, ...rule.names].flatMap((line) => line.basis)),
    ];
    for (const source of cited) {
      const act = defaultActRegister().get(source.id);
      expect(act, source.id).toBeDefined();
      expect(source.act, source.id).toEqual(act?.title);
      expect(source.evidence, source.id).toBeDefined();
      expect(source.checkedOn, source.id).toBeDefined();
    }
  });

  it('says what is uncertain of every fact whose provision was not read in the text', () => {
    const below = Object.values(sources).filter((source) => source.evidence !== 'text');
    expect(below.length).toBeGreaterThan(0);
    for (const source of below) expect(source.note, source.id).toBeTruthy();
  });

  it('cites each provision once', () => {
    const provisions = Object.values(sources).map((source) => `${source.id} ${source.provision?.en ?? ''}`);
    expect(new Set(provisions).size).toBe(provisions.length);
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

describe('the acts the calendar cites', () => {
  it('are acts of the register, as it writes them', () => {
    for (const act of CALENDAR_ACTS.acts()) expect(ACTS).toContainEqual(act);
  });
});
