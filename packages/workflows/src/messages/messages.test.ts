import { englishWordsIn, valueKind } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import type { RunningTerm } from '../terms.js';
import type { RegisterStatus } from '../transfer-register.js';
import { en } from './en.js';
import type { RegisterStepName, WorkflowMessageParams } from './params.js';
import { uk } from './uk.js';

const STATUSES: readonly RegisterStatus[] = ['open', 'closed', 'dispatched', 'received'];
const STEPS: readonly RegisterStepName[] = ['add', 'remove', 'close', 'dispatch', 'confirm'];
const TERM_STATES: readonly RunningTerm['state'][] = ['running', 'paused', 'met', 'cancelled'];
const RANGE = { first: '2014-01-01', last: '2035-12-31' };

/** Every code with the parameters it is shown with, every state and step among them: the compiler asks for each. */
const SAMPLES: { readonly [Code in keyof WorkflowMessageParams]: readonly WorkflowMessageParams[Code][] } = {
  INVALID_INPUT: [{ count: 1 }, { count: 21 }],
  INSTANT_OUT_OF_RANGE: [RANGE],
  NOW_OUT_OF_RANGE: [RANGE],
  DAY_OUT_OF_RANGE: [RANGE],
  REGISTER_TOO_LONG: [{ max: 10_000 }],
  REGISTER_FULL: [{ max: 10_000 }],
  TOO_MANY_REGISTERS: [{ max: 100_000 }],
  REGISTER_NUMBER: [{}],
  WRONG_REGISTER_STATUS: STEPS.flatMap((step) =>
    STATUSES.flatMap((status) => STATUSES.map((expected) => ({ step, status, expected }))),
  ),
  DUPLICATE_CASE: [{}],
  NO_SUCH_CASE: [{ value: valueKind('R-1') }],
  EMPTY_REGISTER: [{}],
  TOO_MANY_PAUSES: [{ max: 100 }],
  PAUSES_MISMATCH: [{}],
  CANNOT_PAUSE: TERM_STATES.map((state) => ({ state })),
  CANNOT_RESUME: TERM_STATES.map((state) => ({ state })),
  PAUSE_BEFORE_START: [{}],
  RESUME_BEFORE_PAUSE: [{}],
  NOT_UNDER_MODEL: [{ model: 'III' }],
  NOT_A_CATALOG: [{}],
  NO_DECISION_TERM: [{}],
  NOT_A_CASE: [{}],
  CASE_FAILED: [{}],
  NOT_A_MACHINE: [{}],
};

const rendered = (Object.keys(SAMPLES) as (keyof WorkflowMessageParams)[]).flatMap((code) =>
  (SAMPLES[code] as readonly never[]).map((params) => ({
    code,
    uk: uk[code](params),
    en: en[code](params),
  })),
);

describe('the message files of @vikno/workflows', () => {
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

  it('refuse a register step in words a reader of Ukrainian understands', () => {
    expect(uk.WRONG_REGISTER_STATUS({ step: 'add', status: 'dispatched', expected: 'open' })).toBe(
      'Неможливо додати справу до реєстру: він відправлений, а не відкритий',
    );
  });
});
