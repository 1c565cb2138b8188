import { ACTS } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import * as sources from './data/procedure.js';
import { PROCEDURE_ACTS } from './data/procedure.js';
import {
  ADMINISTRATIVE_PROCEDURE,
  computeDeadline,
  countWorkingDays,
  DeadlinesError,
  deliveredOn,
  explainDeadline,
  extensionNoticeDay,
  isWorkingDay,
  LegalSource,
  nextWorkingDay,
  termInDays,
} from './index.js';

const NAME = 'Шевченко Тарас Григорович';
const TAX_NUMBER = '3012456789';

function errorOf(call: () => unknown): DeadlinesError {
  try {
    call();
  } catch (error) {
    if (error instanceof DeadlinesError) return error;
    throw new Error(`expected a DeadlinesError, got ${String(error)}`);
  }
  throw new Error('expected a DeadlinesError, got a result');
}

function expectSilent(error: DeadlinesError): void {
  for (const text of [error.message, error.uk, error.en]) {
    expect(text).not.toContain('Шевченко');
    expect(text).not.toContain('3012456');
  }
}

const citations = Object.values(sources).filter(
  (value): value is LegalSource => LegalSource.safeParse(value).success,
);
const rules = [
  ...Object.entries(ADMINISTRATIVE_PROCEDURE).filter(([name]) => name !== 'delivery'),
  ...Object.entries(ADMINISTRATIVE_PROCEDURE.delivery).map(([channel, rule]) => [
    `delivery.${channel}`,
    rule,
  ]),
] as [string, (typeof ADMINISTRATIVE_PROCEDURE)['generalTerm']][];

describe('ADMINISTRATIVE_PROCEDURE', () => {
  it('holds the terms of Law 2073-IX and КАС Art. 122 as their text gives them', () => {
    const { generalTerm, termWithHearing, extension, hearing, daysWithoutUnit, delivery, complaint, court } =
      ADMINISTRATIVE_PROCEDURE;
    expect(generalTerm.value).toMatchObject({ amount: 30, unit: 'calendarDays' });
    expect(termWithHearing.value).toMatchObject({ amount: 45, unit: 'calendarDays' });
    expect(extension.value).toMatchObject({
      maximum: { amount: 15, unit: 'calendarDays' },
      noticeWorkingDaysBefore: 3,
      times: 1,
    });
    // Art. 33 part 1: «десять днів і менше» in working days, so ten is still below the threshold.
    expect(daysWithoutUnit.value).toEqual({ workingBelow: 11 });
    expect(hearing.value).toMatchObject({ amount: 7, unit: 'calendarDays' });
    expect(delivery.inPerson.value).toEqual({ daysAfterSending: 0, unit: 'calendarDays' });
    expect(delivery.post.value).toEqual({ daysAfterSending: 5, unit: 'calendarDays' });
    expect(delivery.electronic.value).toEqual({ daysAfterSending: 5, unit: 'calendarDays' });
    expect(complaint.value.filing).toMatchObject({ amount: 30, unit: 'calendarDays' });
    expect(court.value.afterDecision).toMatchObject({ amount: 6, unit: 'months' });
    expect(court.value.afterComplaint).toMatchObject({ amount: 3, unit: 'months' });
  });

  it('cites every rule from the register by act, with its evidence and the day it was checked', () => {
    for (const [name, rule] of rules) {
      expect(rule.basis.length, name).toBeGreaterThan(0);
      for (const source of rule.basis) {
        expect(LegalSource.parse(source), name).toEqual(source);
        expect(['law-2073-ix', 'code-of-administrative-justice'], name).toContain(source.id);
        expect(source.checkedOn, name).toBe('2026-11-26');
        expect(citations, name).toContain(source);
      }
    }
  });

  it('quotes what was read in the text, and says what is uncertain of everything else', () => {
    expect(citations.length).toBeGreaterThanOrEqual(10);
    for (const source of citations) {
      if (source.evidence === 'text') expect(source.quote, source.provision?.en).toBeTruthy();
      else expect(source.quote, source.provision?.en).toBeUndefined();
      expect(source.note, source.provision?.en).toBeTruthy();
    }
  });

  it('rests every rule on the wording of the law, read in its official text', () => {
    for (const [name, rule] of rules) {
      expect(
        rule.basis.map((source) => source.evidence),
        name,
      ).toContain('text');
    }
    for (const source of citations) {
      expect(source.evidence, source.provision?.en).toBe('text');
      expect(source.note, source.provision?.en).toContain('Ansvar-Systems/Ukrainian-law-mcp');
      expect(source.quote?.length, source.provision?.en).toBeLessThanOrEqual(400);
    }
  });

  it('quotes the provision each number comes from', () => {
    const { generalTerm, extension, complaint, court, delivery, daysWithoutUnit } = ADMINISTRATIVE_PROCEDURE;
    const quotes = (rule: { basis: readonly LegalSource[] }) =>
      rule.basis.map((source) => source.quote).join(' ');
    expect(quotes(generalTerm)).toContain('тридцяти календарних днів після надходження заяви');
    expect(quotes(generalTerm)).toContain('в разі проведення слухання у справі - не більше сорока п’яти');
    // Art. 34 part 4: «одноразово», so `times: 1` is the law's, not an assumption.
    expect(quotes(extension)).toContain(
      'одноразово продовжений, але не більше ніж на п’ятнадцять календарних днів',
    );
    expect(quotes(extension)).toContain('не пізніше ніж за три робочі дні до завершення');
    expect(quotes(daysWithoutUnit)).toContain('десять днів і менше, обчислюється робочими днями');
    expect(quotes(complaint)).toContain('тридцяти календарних днів з дня доведення');
    expect(quotes(complaint)).toContain('Строк перегляду справи за скаргою не повинен перевищувати тридцяти');
    expect(quotes(court)).toContain('тримісячний строк, який обчислюється з дня вручення');
    expect(quotes(delivery.post)).toContain('на п’ятий календарний день з дня його надсилання');
    expect(complaint.value.consideration.basis?.map((source) => source.provision?.en)).toEqual([
      'Art. 34 part 3',
    ]);
  });

  it('says the 45 days need a hearing held (Art. 66), not the right to be heard in writing (Art. 63)', () => {
    const [part2] = ADMINISTRATIVE_PROCEDURE.termWithHearing.basis;
    expect(part2?.provision?.en).toBe('Art. 34 part 2');
    expect(part2?.note).toMatch(/Art\. 66.*not to the right to be heard of Art\. 63/s);
    expect(ADMINISTRATIVE_PROCEDURE.termWithHearing.note?.en).toMatch(/Art\. 63.*general term/);
  });

  it('marks the numbers the law leaves to the body as the SDK’s defaults, for the host to set', () => {
    const { cure, hearing } = ADMINISTRATIVE_PROCEDURE;
    for (const [name, rule] of [
      ['cure', cure],
      ['hearing', hearing],
    ] as const) {
      expect(rule.note?.en, name).toMatch(/SDK’s default/);
      expect(rule.note?.uk, name).toMatch(/SDK/);
    }
    expect(cure.basis[0]?.quote).toContain('строк, достатній для усунення');
    expect(hearing.basis.map((source) => source.provision?.en)).toEqual([
      'Art. 63 part 1',
      'Art. 34 part 6',
      'Art. 32 part 2',
      'Art. 54 part 1',
    ]);
  });

  it('gives each term the basis of its rule, so a deadline can name it', () => {
    const { generalTerm, termWithHearing, cure, extension } = ADMINISTRATIVE_PROCEDURE;
    for (const rule of [generalTerm, termWithHearing, cure]) expect(rule.value.basis).toEqual(rule.basis);
    expect(extension.value.maximum.basis?.length).toBeGreaterThan(0);
  });

  it('cites each provision once, from acts of the register as it writes them', () => {
    const keys = citations.map((source) => `${source.id} ${source.provision?.en ?? source.note}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const act of PROCEDURE_ACTS.acts()) expect(ACTS).toContainEqual(act);
  });

  it('reaches the trace of computeDeadline: the term step names Law 2073-IX', () => {
    const deadline = computeDeadline({
      start: '2026-03-02',
      term: ADMINISTRATIVE_PROCEDURE.generalTerm.value,
    });
    expect(deadline.lastDay).toBe('2026-04-01');
    const step = deadline.trace.find((candidate) => candidate.kind === 'term');
    expect(step?.basis.map((source) => source.id)).toContain('law-2073-ix');
    expect(explainDeadline(deadline, 'en')).toContain(
      '[Art. 34 part 2, № 2073-IX; Art. 33 parts 1–3, № 2073-IX',
    );
  });

  it('extends a term by its maximum, as its doc example says', () => {
    const deadline = computeDeadline({
      start: '2026-03-02',
      term: ADMINISTRATIVE_PROCEDURE.generalTerm.value,
      extensions: [ADMINISTRATIVE_PROCEDURE.extension.value.maximum],
    });
    expect(deadline.lastDay).toBe('2026-04-16');
    expect(deadline.trace.find((step) => step.kind === 'extension')?.basis.map((s) => s.id)).toContain(
      'law-2073-ix',
    );
  });
});

describe('termInDays', () => {
  it('counts ten days and less in working days, more than ten in calendar days (Art. 33 part 1)', () => {
    for (let amount = 1; amount <= 10; amount++)
      expect(termInDays(amount).unit, `${amount}`).toBe('workingDays');
    for (const amount of [11, 30, 45, 36_500])
      expect(termInDays(amount).unit, `${amount}`).toBe('calendarDays');
    expect(termInDays(7)).toEqual({
      amount: 7,
      unit: 'workingDays',
      basis: [...ADMINISTRATIVE_PROCEDURE.daysWithoutUnit.basis],
    });
    expect(termInDays(7).basis?.[0]).toMatchObject({ id: 'law-2073-ix', evidence: 'text' });
  });

  it('gives a term computeDeadline runs, as its doc example says', () => {
    expect(computeDeadline({ start: '2026-03-02', term: termInDays(5) }).lastDay).toBe('2026-03-09');
    expect(computeDeadline({ start: '2026-03-02', term: termInDays(12) }).lastDay).toBe('2026-03-16');
  });

  it('gives a fresh basis each time: changing one term leaves the rule alone', () => {
    const term = termInDays(3);
    term.basis?.pop();
    expect(termInDays(3).basis).toHaveLength(1);
  });

  it.each([
    ['a fraction', 2.5],
    ['zero', 0],
    ['a negative number', -1],
    ['too many days', 36_501],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['a huge number', 3_012_456_789],
    ['a string', `${NAME} ${TAX_NUMBER}`],
    ['null', null],
    ['an object', { amount: 5 }],
  ])('refuses %s with INVALID_AMOUNT at `amount`, never repeating it', (_, amount) => {
    const error = errorOf(() => termInDays(amount as never));
    expect(error).toMatchObject({ code: 'INVALID_AMOUNT', path: 'amount' });
    expectSilent(error);
  });
});

describe('extensionNoticeDay', () => {
  it('is the working day with three working days after it up to the end of the term, as its example says', () => {
    expect(extensionNoticeDay('2026-04-01')).toBe('2026-03-27');
    expect(extensionNoticeDay('2026-03-16')).toBe('2026-03-11');
  });

  it('reads a last day on a day off as the first working day after it', () => {
    // Sunday 2026-03-15: the term ends on Monday 16th.
    expect(extensionNoticeDay('2026-03-15')).toBe(extensionNoticeDay('2026-03-16'));
    // Christmas 2021 before martial law: Saturday 25th, its day off moved to Monday 27th.
    expect(extensionNoticeDay('2021-12-25')).toBe('2021-12-22');
  });

  it('leaves exactly three working days after the notice, for every last day of a year', () => {
    for (let day = Date.UTC(2021, 0, 1); day <= Date.UTC(2021, 11, 31); day += 86_400_000) {
      const lastDay = new Date(day).toISOString().slice(0, 10);
      const notice = extensionNoticeDay(lastDay);
      const end = isWorkingDay(lastDay) ? lastDay : nextWorkingDay(lastDay);
      expect(isWorkingDay(notice), lastDay).toBe(true);
      expect(countWorkingDays(notice, end), lastDay).toBe(3);
    }
  });

  it('follows the calendar of a martial-law scenario', () => {
    // 2026-05-01 is a holiday once martial law has ended: 29, 30 April and 4 May remain after 28 April.
    expect(extensionNoticeDay('2026-05-04', { martialLawLastDay: '2026-01-31' })).toBe('2026-04-28');
    expect(extensionNoticeDay('2026-05-04')).toBe('2026-04-29');
  });

  it.each([
    ['no such day', '2026-02-30', 'INVALID_DATE'],
    ['a name', `${NAME} ${TAX_NUMBER}`, 'INVALID_DATE'],
    ['a number', 20_260_401, 'INVALID_DATE'],
    ['null', null, 'INVALID_DATE'],
    ['a day after the calendar', '2036-01-01', 'DATE_OUT_OF_RANGE'],
    ['a notice day before the calendar', '2014-01-02', 'DATE_OUT_OF_RANGE'],
  ])('refuses %s at `lastDay`, never repeating it', (_, lastDay, code) => {
    const error = errorOf(() => extensionNoticeDay(lastDay as never));
    expect(error).toMatchObject({ code, path: 'lastDay' });
    expectSilent(error);
  });

  it('refuses options that are not options', () => {
    expect(errorOf(() => extensionNoticeDay('2026-04-01', NAME as never))).toMatchObject({
      code: 'INVALID_OPTION',
      path: 'options',
    });
  });
});

describe('deliveredOn', () => {
  it('counts a decision sent by post or electronically as delivered on the fifth calendar day', () => {
    for (const channel of ['post', 'electronic'] as const) {
      const delivery = deliveredOn({ channel, sentOn: '2026-03-02' });
      expect(delivery.on, channel).toBe('2026-03-07');
      expect(delivery.basis, channel).toBe(ADMINISTRATIVE_PROCEDURE.delivery[channel].basis);
    }
    expect(deliveredOn({ channel: 'post', sentOn: '2026-03-02' }).text).toEqual({
      uk: 'Рішення, надіслане поштою 02.03.2026 (понеділок), вважається доведеним до відома 07.03.2026 (субота): на 5-й календарний день з дня надсилання.',
      en: 'A decision sent by post on 2026-03-02 (Monday) counts as delivered on 2026-03-07 (Saturday), the 5th calendar day after sending.',
    });
  });

  it('counts a decision handed over in person as delivered that day, as its example says', () => {
    const delivery = deliveredOn({ channel: 'inPerson', sentOn: '2026-03-02' });
    expect(delivery.on).toBe('2026-03-02');
    expect(delivery.text.en).toBe(
      'A decision handed over in person on 2026-03-02 (Monday) counts as delivered the same day.',
    );
    expect(delivery.text.uk).toBe(
      'Рішення, вручене особисто 02.03.2026 (понеділок), доведене до відома того ж дня.',
    );
  });

  it('gives the day the appeal terms run from', () => {
    const { on } = deliveredOn({ channel: 'post', sentOn: '2026-03-02' });
    const complaint = computeDeadline({
      start: on,
      term: ADMINISTRATIVE_PROCEDURE.complaint.value.filing,
      statutoryMaximum: false,
    });
    expect(complaint.lastDay).toBe('2026-04-06');
    const court = computeDeadline({
      start: on,
      term: ADMINISTRATIVE_PROCEDURE.court.value.afterDecision,
      statutoryMaximum: false,
    });
    expect(court.lastDay).toBe('2026-09-07');
  });

  it('delivers in person on the last supported day, but refuses a fifth day past the calendar', () => {
    expect(deliveredOn({ channel: 'inPerson', sentOn: '2035-12-31' }).on).toBe('2035-12-31');
    expect(errorOf(() => deliveredOn({ channel: 'post', sentOn: '2035-12-30' }))).toMatchObject({
      code: 'DATE_OUT_OF_RANGE',
      path: 'sentOn',
    });
  });

  it.each([
    ['null', null, 'INVALID_OPTION', 'input'],
    ['a list', [], 'INVALID_OPTION', 'input'],
    ['a name', NAME, 'INVALID_OPTION', 'input'],
    ['no channel', { sentOn: '2026-03-02' }, 'INVALID_OPTION', 'channel'],
    [
      'a channel of its own',
      { channel: `fax ${TAX_NUMBER}`, sentOn: '2026-03-02' },
      'INVALID_OPTION',
      'channel',
    ],
    ['a key of every object', { channel: 'constructor', sentOn: '2026-03-02' }, 'INVALID_OPTION', 'channel'],
    ['a key of every object', { channel: '__proto__', sentOn: '2026-03-02' }, 'INVALID_OPTION', 'channel'],
    ['an unknown field', { channel: 'post', sentOn: '2026-03-02', [NAME]: 1 }, 'INVALID_OPTION', 'input'],
    ['no day', { channel: 'post' }, 'INVALID_DATE', 'sentOn'],
    ['no such day', { channel: 'post', sentOn: '2026-02-30' }, 'INVALID_DATE', 'sentOn'],
    ['a day before the calendar', { channel: 'post', sentOn: '2013-12-31' }, 'DATE_OUT_OF_RANGE', 'sentOn'],
  ])('refuses %s, never repeating it', (_, input, code, path) => {
    const error = errorOf(() => deliveredOn(input as never));
    expect(error).toMatchObject({ code, path });
    expectSilent(error);
  });
});
