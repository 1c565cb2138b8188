import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { DeadlineInput } from './index.js';
import { computeDeadline, DeadlinesError, explainDeadline, isWorkingDay } from './index.js';

const days = (amount: number) => ({ amount, unit: 'calendarDays' as const });
const workingDays = (amount: number) => ({ amount, unit: 'workingDays' as const });

function errorOf(run: () => unknown): DeadlinesError {
  try {
    run();
  } catch (error) {
    if (error instanceof DeadlinesError) return error;
    throw error;
  }
  throw new Error('expected a DeadlinesError');
}

describe('computeDeadline under Civil Code Art. 253–255', () => {
  it('counts from the day after the event (Art. 253)', () => {
    const deadline = computeDeadline({ start: '2026-03-02', term: days(10) });
    expect(deadline.countingFrom).toBe('2026-03-03');
    expect(deadline.lastDay).toBe('2026-03-12');
  });

  it('ends a term in months on the same date, or on the last day of a shorter month (Art. 254 part 3)', () => {
    expect(computeDeadline({ start: '2026-01-15', term: { amount: 1, unit: 'months' } }).lastDay).toBe(
      '2026-02-16',
    ); // 15 Feb is a Sunday
    expect(computeDeadline({ start: '2025-12-31', term: { amount: 2, unit: 'months' } }).lastDay).toBe(
      '2026-03-02',
    ); // 28 Feb is a Saturday
    const leap = computeDeadline({ start: '2024-01-31', term: { amount: 1, unit: 'months' } });
    expect(leap.lastDay).toBe('2024-02-29');
    expect(leap.trace.find((s) => s.kind === 'term')?.text.en).toContain('last month has no such date');
    expect(computeDeadline({ start: '2024-02-29', term: { amount: 1, unit: 'years' } }).lastDay).toBe(
      '2025-02-28',
    );
  });

  it('ends a term in weeks on the same weekday (Art. 254 part 4)', () => {
    expect(computeDeadline({ start: '2026-03-04', term: { amount: 2, unit: 'weeks' } }).lastDay).toBe(
      '2026-03-18',
    );
  });

  it('moves a last day on a weekend to the next working day (Art. 254 part 5)', () => {
    const deadline = computeDeadline({ start: '2026-03-04', term: days(10) }); // 14 March is a Saturday
    expect(deadline.lastDay).toBe('2026-03-16');
    const step = deadline.trace.find((s) => s.kind === 'dayOff');
    expect(step?.text.uk).toContain('Субота — вихідний день');
    expect(step?.basis.map((b) => `${b.id} ${b.provision?.en}`)).toContain('civil-code Art. 254 part 5');
  });

  it('moves a last day on a holiday moved to Monday before 2022', () => {
    // 10 calendar days from 2021-12-17 end on Monday 27.12.2021, the day off for Christmas on Saturday.
    const deadline = computeDeadline({ start: '2021-12-17', term: days(10) });
    expect(deadline.lastDay).toBe('2021-12-28');
    expect(deadline.trace.find((s) => s.kind === 'dayOff')?.text.uk).toContain('ч. 3 ст. 67 КЗпП');
  });

  it('does not move a last day on a holiday under martial law', () => {
    const deadline = computeDeadline({ start: '2025-12-15', term: days(10) }); // 25.12.2025, Thursday
    expect(deadline.lastDay).toBe('2025-12-25');
    expect(deadline.trace.some((s) => s.kind === 'dayOff')).toBe(false);
  });

  it('counts the IDP living allowance term in working days', () => {
    expect(computeDeadline({ start: '2025-12-19', term: workingDays(10) }).lastDay).toBe('2026-01-02');
  });

  it('registers an application received on a day off on the next working day (Instruction 345 para 2.5)', () => {
    const deadline = computeDeadline({
      start: '2026-03-07',
      term: workingDays(10),
      registration: 'nextWorkingDayIfDayOff',
    });
    expect(deadline.registeredOn).toBe('2026-03-09');
    expect(deadline.countingFrom).toBe('2026-03-10');
    expect(deadline.lastDay).toBe('2026-03-23');
    expect(computeDeadline({ start: '2026-03-07', term: workingDays(10) }).lastDay).toBe('2026-03-20');
  });

  it('does not count suspended days, and an extension runs on from the end', () => {
    const plain = computeDeadline({ start: '2026-03-02', term: workingDays(10) });
    const suspended = computeDeadline({
      start: '2026-03-02',
      term: workingDays(10),
      suspensions: [{ from: '2026-03-05', to: '2026-03-11' }], // 5 working days
    });
    expect(plain.lastDay).toBe('2026-03-16');
    expect(suspended.lastDay).toBe('2026-03-23');
    expect(suspended.trace.find((s) => s.kind === 'suspension')?.text.en).toContain(
      '7 calendar days not counted, 5 of them working',
    );
    const twice = computeDeadline({
      start: '2026-03-02',
      term: days(10),
      suspensions: [
        { from: '2026-03-20', to: '2026-03-21' },
        { from: '2026-03-04', to: '2026-03-05' },
      ],
    });
    expect(twice.lastDay).toBe('2026-03-16'); // 12 + 2 = 14 (Saturday) → Monday; the second one starts after
    const extended = computeDeadline({ start: '2026-03-02', term: days(10), extensions: [days(5)] });
    expect(extended.lastDay).toBe('2026-03-17');
  });

  it('gives dueAt at closing time in Kyiv, across daylight saving time', () => {
    expect(computeDeadline({ start: '2026-03-16', term: days(10) }).dueAt).toBe('2026-03-26T18:00:00+02:00');
    expect(computeDeadline({ start: '2026-03-20', term: days(10) }).dueAt).toBe('2026-03-30T18:00:00+03:00');
    expect(computeDeadline({ start: '2026-10-16', term: days(10) }).dueAt).toBe('2026-10-26T18:00:00+02:00');
    const friday = computeDeadline({
      start: '2026-03-10',
      term: days(10),
      officeHours: { closesAt: '17:00', closesAtByWeekday: { 5: '16:45' } },
    });
    expect(friday.dueAt).toBe('2026-03-20T16:45:00+02:00');
  });

  it('reports the 30-calendar-day ceiling of Law 5203-VI Art. 10', () => {
    expect(computeDeadline({ start: '2026-03-02', term: days(30) }).statutoryMaximum?.exceeded).toBe(false);
    const long = computeDeadline({ start: '2026-03-02', term: { amount: 2, unit: 'months' } });
    expect(long.statutoryMaximum).toMatchObject({ exceeded: true, lastDay: '2026-04-01' });
    expect(long.trace.at(-1)?.text.uk).toContain('Увага');
    expect(
      computeDeadline({ start: '2026-03-02', term: days(60), statutoryMaximum: false }).statutoryMaximum,
    ).toBeNull();
  });

  it('explains every step in Ukrainian and English with its sources', () => {
    const text = explainDeadline(computeDeadline({ start: '2026-03-04', term: days(10) }));
    expect(text).toMatchInlineSnapshot(`
      "1. Подія: 04.03.2026 (середа).
      2. Перебіг строку починається наступного дня: 05.03.2026 (четвер). [ст. 253, № 435-IV]
      3. Строк — 10 календарних днів; рахуються всі календарні дні: 14.03.2026 (субота). [ст. 253, № 435-IV]
      4. 14.03.2026 (субота) — вихідний день. Субота — вихідний день п’ятиденного робочого тижня. Днем закінчення строку є перший за ним робочий день: 16.03.2026 (понеділок). [ч. 1 ст. 67, № 322-VIII; ч. 5 ст. 254, № 435-IV]
      5. Строк спливає із закінченням робочого дня установи: 16.03.2026 (понеділок) о 18:00 за київським часом (2026-03-16T18:00:00+02:00). [ч. 1 ст. 255, № 435-IV]
      6. Строк не перевищує граничного строку 30 календарних днів (останній день — 03.04.2026 (п’ятниця)). [ч. 2 ст. 10, № 5203-VI]"
    `);
    expect(explainDeadline(computeDeadline({ start: '2026-03-04', term: days(10) }), 'en')).toContain(
      'The term ends on the first working day after it: 2026-03-16 (Monday).',
    );
  });

  it('rejects bad input with a typed error naming the path', () => {
    const base: DeadlineInput = { start: '2026-03-02', term: days(10) };
    expect(errorOf(() => computeDeadline({ ...base, start: '2026-02-30' }))).toMatchObject({
      code: 'INVALID_DATE',
      path: 'start',
    });
    expect(errorOf(() => computeDeadline({ ...base, start: '2013-12-31' }))).toMatchObject({
      code: 'DATE_OUT_OF_RANGE',
      path: 'start',
    });
    expect(errorOf(() => computeDeadline({ ...base, start: '2035-12-25' }))).toMatchObject({
      code: 'DATE_OUT_OF_RANGE',
      path: 'term',
    });
    expect(
      errorOf(() => computeDeadline({ ...base, term: { amount: 1.5, unit: 'calendarDays' } })),
    ).toMatchObject({
      code: 'INVALID_AMOUNT',
      path: 'term.amount',
    });
    expect(errorOf(() => computeDeadline({ ...base, term: { amount: 0, unit: 'calendarDays' } })).code).toBe(
      'INVALID_AMOUNT',
    );
    // A JavaScript caller can pass any string; the type test shows TypeScript refuses it.
    expect(
      errorOf(() => computeDeadline({ ...base, term: { amount: 3, unit: 'fortnights' as never } })),
    ).toMatchObject({
      code: 'UNKNOWN_UNIT',
      path: 'term.unit',
    });
    expect(
      errorOf(() => computeDeadline({ ...base, suspensions: [{ from: '2026-03-10', to: '2026-03-05' }] })),
    ).toMatchObject({
      code: 'INVALID_SUSPENSION',
      path: 'suspensions.0.to',
    });
    expect(
      errorOf(() => computeDeadline({ ...base, suspensions: [{ from: '2026-03-01', to: '2026-03-05' }] })),
    ).toMatchObject({
      code: 'INVALID_SUSPENSION',
      path: 'suspensions.0.from',
    });
    const overlap = errorOf(() =>
      computeDeadline({
        ...base,
        suspensions: [
          { from: '2026-03-05', to: '2026-03-10' },
          { from: '2026-03-10', to: '2026-03-12' },
        ],
      }),
    );
    expect(overlap).toMatchObject({ code: 'OVERLAPPING_SUSPENSIONS', path: 'suspensions.1' });
    expect(overlap.uk).toContain('спільні дні');
    expect(
      errorOf(() =>
        computeDeadline({ ...base, officeHours: { closesAt: '25:00' as `${number}:${number}` } }),
      ),
    ).toMatchObject({
      code: 'INVALID_TIME',
      path: 'officeHours.closesAt',
    });
    // @ts-expect-error: a misspelt option is an error, never ignored
    const misspelt = errorOf(() => computeDeadline({ ...base, suspention: [] }));
    // The path names the object; an unknown key is never quoted (a name may have been typed as one).
    expect(misspelt).toMatchObject({ code: 'INVALID_OPTION', path: 'input' });
    expect(misspelt.message).not.toContain('suspention');
    expect(misspelt.en).toContain('suspensions');
  });

  test.prop([
    fc
      .integer({ min: 0, max: 6500 })
      .map((d) => new Date(Date.UTC(2014, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
    fc.constantFrom('calendarDays', 'workingDays', 'weeks', 'months', 'years' as const),
    fc.integer({ min: 1, max: 24 }),
  ])(
    'the last day is a working day after the start, and never earlier for a longer term',
    (start, unit, n) => {
      const amount = unit === 'years' ? (n % 3) + 1 : n;
      const shorter = computeDeadline({ start, term: { amount, unit } });
      const longer = computeDeadline({ start, term: { amount: amount + 1, unit } });
      expect(isWorkingDay(shorter.lastDay)).toBe(true);
      expect(shorter.lastDay > start).toBe(true);
      expect(longer.lastDay >= shorter.lastDay).toBe(true);
    },
  );
});
