import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  computeDeadline,
  countWorkingDays,
  DeadlinesError,
  deadlineStatus,
  describeTerm,
  explainDay,
  explainDeadline,
  holidaysInYear,
  isWorkingDay,
  LegalSource,
  nextWorkingDay,
  toKyivDate,
  WebUrl,
} from './index.js';

// What a careless or hostile caller sends: every function answers with a valid result or a DeadlinesError whose
// messages say what kind of value was wrong, never what it held.

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

const deadline = computeDeadline({ start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });

describe('messages describe a bad value by kind and size, never by content', () => {
  it('does not quote a name or tax number typed into a date', () => {
    const error = errorOf(() => isWorkingDay(`${NAME} ${TAX_NUMBER}`));
    expect(error).toMatchObject({ code: 'INVALID_DATE', path: 'date' });
    expect(error.en).toContain('a string of 36 characters');
    expect(error.uk).toContain('рядок із 36 символів');
    for (const text of [error.message, error.en, error.uk]) {
      expect(text).not.toContain('Шевченко');
      expect(text).not.toContain('3012456');
    }
  });

  it('does not quote a number, an unknown field or its value', () => {
    const year = errorOf(() => holidaysInYear(3_012_456_789));
    expect(year.message).not.toContain('3012456789');
    const amount = errorOf(() => describeTerm({ amount: 3_012_456_789, unit: 'days' as never }));
    expect(amount.message).not.toContain('3012456789');
    const field = errorOf(() =>
      computeDeadline({
        start: '2026-03-02',
        term: { amount: 1, unit: 'weeks' },
        [NAME]: 'x'.repeat(100_000),
      } as never),
    );
    expect(field).toMatchObject({ code: 'INVALID_OPTION', path: 'input' });
    expect(field.message).not.toContain('Шевченко');
    expect(field.message.length).toBeLessThan(2048);
    const reason = errorOf(() =>
      computeDeadline({
        start: '2026-03-02',
        term: { amount: 1, unit: 'weeks' },
        extensions: [{ amount: 1, unit: 'weeks', reason: { uk: NAME } }],
      } as never),
    );
    expect(reason).toMatchObject({ code: 'INVALID_OPTION', path: 'extensions.0.reason' });
    expect(reason.message).not.toContain('Шевченко');
  });
});

describe('toKyivDate', () => {
  it('throws DATE_OUT_OF_RANGE for an instant outside the calendar, never a malformed date', () => {
    expect(errorOf(() => toKyivDate('0000-01-01T00:00:00Z'))).toMatchObject({
      code: 'DATE_OUT_OF_RANGE',
      path: 'instant',
    });
    expect(errorOf(() => toKyivDate('2036-01-05T10:00:00+02:00')).code).toBe('DATE_OUT_OF_RANGE');
    expect(errorOf(() => toKyivDate(-8.64e15)).code).toBe('DATE_OUT_OF_RANGE');
    expect(errorOf(() => toKyivDate(new Date(8.64e15))).code).toBe('DATE_OUT_OF_RANGE');
    expect(toKyivDate('2035-12-31T21:59:59Z')).toBe('2035-12-31');
    expect(toKyivDate('2013-12-31T22:00:00Z')).toBe('2014-01-01');
  });

  it('throws INVALID_INSTANT for what is not an instant', () => {
    for (const value of [1e21, -1e21, Number.NaN, '2026-02-30T10:00:00Z', '2026-03-07T10:00:00', null, {}]) {
      expect(errorOf(() => toKyivDate(value as never)).code).toBe('INVALID_INSTANT');
    }
  });
});

describe('describeTerm', () => {
  it('throws for anything but a term', () => {
    for (const value of [0, null, undefined, 'x', [], { amount: 1 }, { amount: 0, unit: 'weeks' }]) {
      expect(errorOf(() => describeTerm(value as never)).path).toMatch(/^term/);
    }
    expect(errorOf(() => describeTerm({ amount: new Map() as never, unit: 'weeks' })).code).toBe(
      'INVALID_AMOUNT',
    );
  });
});

describe('explainDeadline', () => {
  it('throws for what is not a deadline', () => {
    expect(errorOf(() => explainDeadline(null as never))).toMatchObject({
      code: 'INVALID_OPTION',
      path: 'deadline',
    });
    expect(errorOf(() => explainDeadline({ trace: {} } as never)).path).toBe('deadline.trace');
    expect(errorOf(() => explainDeadline({ trace: [{ text: 'x', basis: [] }] } as never)).path).toBe(
      'deadline.trace.0.text',
    );
    expect(
      errorOf(() => explainDeadline({ trace: [{ text: { uk: 'a', en: 'b' }, basis: [1] }] } as never)).path,
    ).toBe('deadline.trace.0.basis.0');
  });

  it('refuses a language it does not speak', () => {
    expect(errorOf(() => explainDeadline(deadline, 'de' as never))).toMatchObject({
      code: 'INVALID_OPTION',
      path: 'language',
    });
    expect(explainDeadline(deadline, 'en')).toContain('1. Event: 2026-03-02 (Monday).');
  });
});

describe('computeDeadline', () => {
  const input = { start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } } as const;

  it('names the input itself when it is not an object', () => {
    expect(errorOf(() => computeDeadline(null as never))).toMatchObject({
      code: 'INVALID_OPTION',
      path: 'input',
    });
  });

  it('validates office hours whatever day the term ends on', () => {
    expect(errorOf(() => computeDeadline({ ...input, officeHours: null } as never)).path).toBe('officeHours');
    expect(errorOf(() => computeDeadline({ ...input, officeHours: { closesAt: 5 } } as never)).path).toBe(
      'officeHours.closesAt',
    );
    // The term ends on a Monday, but a bad Saturday closing time is still bad.
    expect(
      errorOf(() =>
        computeDeadline({ ...input, officeHours: { closesAtByWeekday: { 6: '25:00' } } } as never),
      ).path,
    ).toBe('officeHours.closesAtByWeekday.6');
    expect(
      errorOf(() =>
        computeDeadline({ ...input, officeHours: { closesAtByWeekday: { 8: '16:00' } } } as never),
      ).path,
    ).toBe('officeHours.closesAtByWeekday');
    expect(
      errorOf(() => computeDeadline({ ...input, officeHours: { opensAt: '08:00' } } as never)).path,
    ).toBe('officeHours');
  });

  it('validates suspensions, extensions and their reasons and sources', () => {
    expect(
      errorOf(() =>
        computeDeadline({
          ...input,
          suspensions: [{ from: '2026-03-05', to: '2026-03-06', note: 1 }],
        } as never),
      ).path,
    ).toBe('suspensions.0');
    expect(
      errorOf(() =>
        computeDeadline({
          ...input,
          suspensions: [{ from: '2026-03-05', to: '2026-03-06', reason: null }],
        } as never),
      ).path,
    ).toBe('suspensions.0.reason');
    expect(
      errorOf(() => computeDeadline({ ...input, term: { ...input.term, basis: [{}] } } as never)).path,
    ).toBe('term.basis.0');
    expect(
      errorOf(() => computeDeadline({ ...input, term: { ...input.term, basis: 'x' } } as never)).path,
    ).toBe('term.basis');
  });
});

describe('lists', () => {
  const input = { start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } } as const;

  it('are bounded before they are read, so a sparse array of three billion slots answers at once', () => {
    const sparse: unknown[] = [];
    sparse[3_012_456_789] = { from: '2026-03-05', to: '2026-03-06' };
    const started = performance.now();
    const error = errorOf(() => computeDeadline({ ...input, suspensions: sparse } as never));
    expect(performance.now() - started).toBeLessThan(100);
    expect(error).toMatchObject({ code: 'INVALID_OPTION', path: 'suspensions' });
    expect(error.message).not.toContain('3012456');
  });

  it('have no holes', () => {
    const holes: unknown[] = [];
    holes[1] = { from: '2026-03-05', to: '2026-03-06' };
    expect(errorOf(() => computeDeadline({ ...input, suspensions: holes } as never)).path).toBe(
      'suspensions.0',
    );
    expect(
      errorOf(() => computeDeadline({ ...input, term: { ...input.term, basis: new Array(1) } } as never))
        .path,
    ).toBe('term.basis.0');
  });
});

describe('deadlineStatus', () => {
  it('throws DATE_OUT_OF_RANGE for a moment outside the calendar', () => {
    expect(errorOf(() => deadlineStatus(deadline, 8.64e15))).toMatchObject({
      code: 'DATE_OUT_OF_RANGE',
      path: 'now',
    });
    expect(errorOf(() => deadlineStatus(deadline, '0000-01-01T00:00:00Z')).code).toBe('DATE_OUT_OF_RANGE');
  });

  it('rejects options that are not an object', () => {
    expect(errorOf(() => deadlineStatus(deadline, '2026-03-05T09:00:00+02:00', 'soon' as never)).path).toBe(
      'options',
    );
  });
});

describe('every calendar question rejects options that are not an object', () => {
  it.each([
    ['isWorkingDay', () => isWorkingDay('2026-03-02', 1 as never)],
    ['nextWorkingDay', () => nextWorkingDay('2026-03-02', 'x' as never)],
    ['addWorkingDays', () => addWorkingDays('2026-03-02', 1, [] as never)],
    ['countWorkingDays', () => countWorkingDays('2026-03-02', '2026-03-03', null as never)],
    ['explainDay', () => explainDay('2026-03-02', true as never)],
    ['holidaysInYear', () => holidaysInYear(2026, (() => 1) as never)],
  ])('%s', (_, call) => {
    expect(errorOf(call)).toMatchObject({ code: 'INVALID_OPTION', path: 'options' });
  });
});

describe('explainDay of a holiday on a Sunday under martial law', () => {
  it('says the day is off because it is Sunday, and never calls it a working day', () => {
    const easter = explainDay('2026-04-12');
    expect(easter.isWorkingDay).toBe(false);
    expect(easter.summary.en).toMatch(/^2026-04-12 \(Sunday\) is a day off\. Sunday is a day off/);
    expect(easter.summary.en).not.toMatch(/working day\.?$/);
    expect(easter.summary.en).not.toContain('ordinary working day');
    expect(easter.summary.uk).not.toContain('звичайний робочий день');
  });

  it('still explains a weekday holiday under martial law as a working day', () => {
    const christmas = explainDay('2025-12-25');
    expect(christmas.isWorkingDay).toBe(true);
    expect(christmas.summary.en).toMatch(/^2025-12-25 \(Thursday\) is a working day\./);
    expect(christmas.summary.en).toContain('Law 2136-IX');
  });
});

describe('legal sources link only to web pages', () => {
  const source = { id: 'law-5203', act: { uk: 'Закон', en: 'Law' }, verified: false };

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:x',
  ])('refuses %s, in a source and in a term that cites it', (url) => {
    expect(LegalSource.safeParse({ ...source, url }).success).toBe(false);
    expect(() =>
      computeDeadline({
        start: '2026-03-02',
        term: { amount: 1, unit: 'workingDays', basis: [{ ...source, url }] },
      }),
    ).toThrow(DeadlinesError);
  });

  it('accepts https and http', () => {
    expect(WebUrl.safeParse('https://zakon.rada.gov.ua/laws/show/5203-17').success).toBe(true);
    expect(
      LegalSource.safeParse({ ...source, url: 'http://search.ligazakon.ua/l_doc2.nsf/link1/T105203.html' })
        .success,
    ).toBe(true);
  });
});

describe('a trace that carries its own constructor', () => {
  it('is explained by reading its steps, not by calling what it carries', () => {
    const deadline = computeDeadline({ start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });
    const basis = Object.assign([...(deadline.trace[0]?.basis ?? [])], { constructor: 'x' });
    const steps = [{ ...deadline.trace[0], basis }, ...deadline.trace.slice(1)];
    const trace = Object.assign([...deadline.trace], { constructor: { [Symbol.species]: 1 } });
    expect(explainDeadline({ trace })).toBe(explainDeadline(deadline));
    expect(explainDeadline({ trace: Object.assign(steps, { constructor: 0 }) } as never)).toBe(
      explainDeadline(deadline),
    );
  });
});
