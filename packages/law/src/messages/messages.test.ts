import { describe, expect, it } from 'vitest';
import { englishWordsIn, renderMessages } from '../messages.js';
import { valueKind } from '../value-kind.js';
import { en } from './en.js';
import type { LawMessageParams } from './params.js';
import { uk } from './uk.js';

const KINDS = [valueKind('x'.repeat(36)), valueKind({}), valueKind(undefined), valueKind(Symbol('s'))];
const value = KINDS.map((kind) => ({ value: kind }));
const none = [{}] as const;

/** Every code with the parameters it is shown with: the compiler asks for each. */
const SAMPLES: { readonly [Code in keyof LawMessageParams]: readonly LawMessageParams[Code][] } = {
  INVALID_DATE: value,
  INVALID_AMOUNT: KINDS.map((kind) => ({ value: kind, limit: 120_000 })),
  OUT_OF_BOUNDS: KINDS.map((kind) => ({ value: kind, min: -5, max: 1439 })),
  BEYOND_WRITABLE_YEARS: none,
  OUTSIDE_SUPPORTED_DAYS: [{ first: '2014-01-01', last: '2035-12-31' }],
  INVALID_INSTANT: value,
  INVALID_TIME: value,
  UNKNOWN_ACT: [{ count: 1 }, { count: 192 }],
  INVALID_ACTS: [{ count: 1 }, { count: 21 }],
  DUPLICATE_ACT_ID: none,
  DUPLICATE_ACT_NUMBER: none,
  DUPLICATE_ACT_URL: none,
  DUPLICATE_ACT_TITLE: none,
  INVALID_CITATIONS: [{ count: 3 }],
  CITATION_PATH: value,
  VERIFIED_FOLLOWS_EVIDENCE: none,
  ID_FORMAT: none,
  MALFORMED_DETAILS: value,
  A_PROBLEM: none,
  MORE_ISSUES: [{ rest: 1 }, { rest: 4 }, { rest: 12_000 }],
  MORE_IN_MESSAGE: [{ left: 1 }, { left: 1000 }],
  NOT_A_ZOD_ERROR: value,
  PREFIX_TOO_LONG: KINDS.map((kind) => ({ max: 200, value: kind })),
  NOT_A_SERIES: value,
  PERIOD_KEYS: [{ count: 1 }, { count: 3 }],
  PERIOD_KEY: none,
  NO_SUCH_MESSAGE: none,
  MESSAGE_PARAMS: none,
  EXPECTED_ARGUMENT: (['finiteNumber', 'forms', 'noun', 'language'] as const).flatMap((what) =>
    KINDS.map((kind) => ({ what, value: kind })),
  ),
  ISSUE_INVALID_TYPE: ['string', 'number', 'object', 'array', 'date', 'bigint', 'custom'].map((expected) => ({
    expected,
  })),
  ISSUE_UNKNOWN_FIELDS: [{ count: 1 }, { count: 3 }],
  ISSUE_ONE_OF: [{ values: ['self', 'open', 'calendarDays', 'text'] }],
  ISSUE_TOO_SMALL: [{ minimum: '1' }],
  ISSUE_TOO_BIG: [{ maximum: '2000' }],
  ISSUE_INVALID_FORMAT: ['regex', 'url', 'email', 'uuid', 'datetime', 'cuid'].map((format) => ({ format })),
  ISSUE_NO_MATCHING_SHAPE: none,
  ISSUE_INVALID_KEY: none,
  ISSUE_INVALID_ELEMENT: none,
  ISSUE_NOT_MULTIPLE: [{ divisor: '5' }],
  ISSUE_INVALID_VALUE: none,
};

describe('the message files of @vikno/law', () => {
  it.each(renderMessages({ uk, en }, SAMPLES))(
    '$code in both languages, the Ukrainian without English words',
    (message) => {
      expect(message.uk.length).toBeGreaterThan(0);
      expect(message.en.length).toBeGreaterThan(0);
      expect(englishWordsIn(message.uk), message.uk).toEqual([]);
    },
  );
});
