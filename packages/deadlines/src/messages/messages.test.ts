import { englishWordsIn, renderMessages, valueKind } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import type { DeadlinesMessageParams, ExpectedShape, ListItems } from './params.js';
import { uk } from './uk.js';

const SHAPES: readonly ExpectedShape[] = [
  'text',
  'source',
  'term',
  'officeHours',
  'closingTimes',
  'suspension',
  'input',
  'registration',
  'deadline',
  'deadlineDates',
  'step',
  'language',
  'deliveryInput',
  'channel',
];
const LISTS: readonly ListItems[] = ['sources', 'suspensions', 'extensions', 'steps'];
const KINDS = [valueKind('x'.repeat(36)), valueKind({}), valueKind(undefined), valueKind(2.5)];
const UNITS = ['calendarDays', 'workingDays', 'weeks', 'months', 'years'];
const FIELDS = [
  'start',
  'term',
  'registration',
  'suspensions',
  'extensions',
  'officeHours',
  'statutoryMaximum',
];

/** Every code with the parameters it is shown with, every shape and list among them: the compiler asks for each. */
const SAMPLES: { readonly [Code in keyof DeadlinesMessageParams]: readonly DeadlinesMessageParams[Code][] } =
  {
    INVALID_DATE: KINDS.map((value) => ({ value })),
    RESULT_OUT_OF_RANGE: [{ first: '2014-01-01', last: '2035-12-31' }],
    YEAR_OUT_OF_RANGE: [{ first: 2014, last: 2035 }],
    MARTIAL_LAW_TOO_EARLY: [{ first: '2022-03-24' }],
    NOT_OPTIONS: KINDS.map((value) => ({ value })),
    NOT_WHOLE_NUMBER: KINDS.map((value) => ({ value })),
    TERM_AMOUNT_RANGE: [{ max: 36_500 }],
    UNKNOWN_UNIT: KINDS.map((value) => ({ value, units: UNITS })),
    INVALID_TIME: KINDS.map((value) => ({ value })),
    UNKNOWN_FIELD: [
      { fields: FIELDS },
      { fields: ['amount', 'unit', 'basis', 'reason'] },
      { fields: ['1', '7'] },
    ],
    EXPECTED: SHAPES.flatMap((shape) => KINDS.map((value) => ({ shape, value }))),
    EXPECTED_LIST: LISTS.flatMap((items) => KINDS.map((value) => ({ items, max: 1000, value }))),
    SUSPENSION_ENDS_BEFORE_START: [{ from: '2026-03-06', to: '2026-03-05' }],
    SUSPENSION_BEFORE_TERM: [{ from: '2026-03-02', registered: '2026-03-02' }],
    OVERLAPPING_SUSPENSIONS: [{ first: 0, second: 1 }],
  };

const rendered = renderMessages({ uk, en }, SAMPLES);

describe('the message files of @vikno/deadlines', () => {
  it.each(rendered)('$code in Ukrainian has no English words: $uk', ({ uk }) => {
    expect(englishWordsIn(uk)).toEqual([]);
  });

  it('say every code in both languages, never empty', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    for (const message of rendered) {
      expect(message.uk.length).toBeGreaterThan(0);
      expect(message.en.length).toBeGreaterThan(0);
    }
  });

  it('name fields and units in backticks, so a reader of Ukrainian sees names, not prose', () => {
    expect(uk.UNKNOWN_UNIT({ value: valueKind(undefined), units: ['weeks', 'months'] })).toBe(
      'невідома одиниця строку (undefined); очікується одна з: `weeks`, `months`',
    );
    expect(uk.EXPECTED({ shape: 'term', value: valueKind('abc') })).toBe(
      'очікується строк `{ amount, unit }`, отримано рядок із 3 символів',
    );
  });
});
