import { englishWordsIn, renderMessages, valueKind } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import type { MonitoringMessageParams } from './params.js';
import { uk } from './uk.js';

const RANGE = { first: '2014-01-01', last: '2035-12-31' };
/** The kinds of value a message may name, one of each. */
const KINDS = ['', 'a', 1, 1.5, true, null, undefined, [1], new Date(0), { a: 1 }].map(valueKind);

/** Every code with the parameters it is shown with: the compiler asks for each. */
const SAMPLES: {
  readonly [Code in keyof MonitoringMessageParams]: readonly MonitoringMessageParams[Code][];
} = {
  INVALID_INPUT: [{ count: 1 }, { count: 21 }],
  CASE_EXPECTED: KINDS.map((value) => ({ value })),
  CASES_EXPECTED: KINDS.map((value) => ({ value })),
  SNAPSHOT_TEXT_EXPECTED: KINDS.map((value) => ({ value })),
  SNAPSHOT_TOO_LONG: [{ length: 262_145, max: 262_144 }],
  SNAPSHOT_NOT_JSON: [{}],
  SNAPSHOT_FIELD: ['context', 'context.audit', 'context.terms', 'value'].map((field) => ({ field })),
  AUDIT_TOO_LONG: [{ max: 1000 }],
  RECORD_VERSION_TOO_NEW: [{ version: 2, current: 1 }],
  INSTANT_OUT_OF_RANGE: [RANGE],
  DAY_OUT_OF_RANGE: [RANGE],
  PERIOD_REVERSED: [{}],
  TOO_MANY_GROUPS: [{ max: 100_000 }, { max: 1 }],
};

const rendered = renderMessages({ uk, en }, SAMPLES);

describe('the message files of @vikno/monitoring', () => {
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
});
