import { describe, expect, it } from 'vitest';
import { DeadlinesError, explainDay, HOLIDAY_RULES, holidaysInYear, isWorkingDay } from './index.js';

describe('explainDay', () => {
  it('explains a holiday that is a day off, with sources', () => {
    const day = explainDay('2021-08-24');
    expect(day.isWorkingDay).toBe(false);
    expect(day.entries.map((e) => e.holidayIds)).toEqual([['independence-day']]);
    expect(day.summary.uk).toBe(
      '24.08.2021 (вівторок) — вихідний день. «День незалежності України» — святковий або неробочий день за ст. 73 КЗпП.',
    );
    expect(day.reasons[0]?.basis.map((s) => `${s.id} ${s.provision?.en}`)).toContain('kzpp Art. 73');
  });

  it('explains a holiday under martial law as a working day', () => {
    const day = explainDay('2024-08-26');
    expect(day.isWorkingDay).toBe(true);
    const holiday = explainDay('2025-12-25');
    expect(holiday.isWorkingDay).toBe(true);
    expect(holiday.summary.en).toContain('Law 2136-IX');
    expect(holiday.reasons[0]?.basis.map((s) => s.id)).toEqual(
      expect.arrayContaining(['law-2211-viii', 'law-2136-ix']),
    );
  });

  it('explains a moved day off and a working Saturday', () => {
    expect(explainDay('2014-03-10').summary.en).toContain('moved here from 2014-03-08 (Saturday)');
    const saturday = explainDay('2014-01-11');
    expect(saturday.isWorkingDay).toBe(true);
    expect(saturday.summary.uk).toContain('Робоча субота замість 02.01.2014 (четвер)');
  });

  it('keeps a holiday name apart from whether the day is off', () => {
    const entries2026 = holidaysInYear(2026).filter((e) => e.kind === 'holiday');
    expect(entries2026.map((e) => e.name.en)).toContain('Day of Ukrainian Statehood');
    expect(entries2026.every((e) => !e.isDayOff)).toBe(true);
    const peace = holidaysInYear(2027, { martialLawLastDay: '2026-12-31' }).filter((e) => e.isDayOff);
    expect(peace.map((e) => e.date)).toEqual([
      '2027-01-01',
      '2027-03-08',
      '2027-05-01',
      '2027-05-02',
      '2027-05-03', // 1 May on Saturday
      '2027-05-04', // Easter on Sunday 2 May
      '2027-05-08',
      '2027-05-10', // 8 May on Saturday
      '2027-06-20',
      '2027-06-21',
      '2027-06-28',
      '2027-07-15',
      '2027-08-24',
      '2027-10-01',
      '2027-12-25',
      '2027-12-27',
    ]);
    expect(isWorkingDay('2027-05-03', { martialLawLastDay: '2026-12-31' })).toBe(false);
  });

  it('computes Orthodox Easter and Trinity', () => {
    const easter = (year: number) =>
      holidaysInYear(year).find((e) => e.holidayIds.includes('easter') && e.kind === 'holiday')?.date;
    expect([2014, 2016, 2021, 2024, 2025, 2026, 2027, 2030, 2035].map(easter)).toEqual([
      '2014-04-20',
      '2016-05-01',
      '2021-05-02',
      '2024-05-05',
      '2025-04-20',
      '2026-04-12',
      '2027-05-02',
      '2030-04-28',
      '2035-04-29',
    ]);
    expect(HOLIDAY_RULES.find((rule) => rule.id === 'trinity')?.dates[0]?.rule).toEqual({
      daysAfterEaster: 49,
    });
  });

  it('rejects bad years and dates', () => {
    expect(() => holidaysInYear(2013)).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE', path: 'year' }),
    );
    expect(() => holidaysInYear(2026.5)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => explainDay('26-03-2026')).toThrow(DeadlinesError);
    expect(() => isWorkingDay('2026-05-01', { martialLawLastDay: '2021-01-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: 'options.martialLawLastDay' }),
    );
  });
});
