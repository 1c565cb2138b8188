import { englishWordsIn, renderMessages, valueKind } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import {
  CHANNEL_LABELS,
  DELIVERY_MODEL_LABELS,
  LIFE_SITUATION_LABELS,
  PROVIDER_KIND_LABELS,
} from '../labels.js';
import { en } from './en.js';
import type { CardValueName, CatalogMessageParams } from './params.js';
import { uk } from './uk.js';

const CARD_VALUES: readonly CardValueName[] = ['fee', 'serviceTerm', 'applicationWindow', 'informationCard'];

/** The kinds of value a message may name, one of each. */
const KINDS = [
  '',
  'a',
  'x'.repeat(1_048_576),
  1,
  1.5,
  Number.NaN,
  true,
  null,
  undefined,
  10n,
  Symbol('s'),
  () => 1,
  [1, 2],
  new Date(0),
  { a: 1 },
].map(valueKind);

/** A vendor's ids may be one English word: the messages name them in backticks. */
const VENDOR_IDS = ['firewood', 'housing-subsidy'];

/**
 * Every code with the parameters it is shown with, every kind of value and every name among them: the compiler asks
 * for each code.
 */
const SAMPLES: { readonly [Code in keyof CatalogMessageParams]: readonly CatalogMessageParams[Code][] } = {
  DUPLICATE_ID: [{ first: 'services.0' }],
  DUPLICATE_REGISTER_ID: [{ first: 'services.0' }],
  MISSING_VALUE: [
    { from: '2025-07-01', to: '9999-12-31' },
    { from: '…', to: '2025-06-30' },
  ],
  CLASHING_ID: VENDOR_IDS.map((id) => ({ id })),
  UNKNOWN_OVERRIDE: [
    { position: 1, suggestions: [] },
    { position: 2, suggestions: VENDOR_IDS },
  ],
  TOO_MANY_OVERRIDES: [{ max: 1000, value: valueKind({ a: 1, b: 2 }) }],
  NOT_A_SLUG: [{}],
  NOT_FIVE_DIGITS: [{}],
  UNKNOWN_ACT: [{}],
  ENDS_BEFORE_START: [{}],
  OVERLAPS: [{ entry: 0 }, { entry: 99 }],
  MODEL_I_WITHOUT_SOCIAL_HROMADA: [{}],
  REPEATED_MODEL: [{}],
  CLOSES_BEFORE_OPENS: [{}],
  EXPECTED_DAY: [{}, ...KINDS.map((value) => ({ value }))],
  EXPECTED_OPTIONS: KINDS.map((value) => ({ value })),
  EXPECTED_SERVICE_ID: KINDS.map((value) => ({ value })),
  EXPECTED_SERVICE_IDS: KINDS.map((value) => ({ value })),
  TOO_MANY_SERVICE_IDS: [
    { count: 1001, max: 1000 },
    { count: 21_000_000, max: 1000 },
  ],
  PREFIX_TOO_LONG: KINDS.map((value) => ({ max: 200, value })),
  INVALID_SERVICES: [{ count: 1 }, { count: 21_000 }],
  UNKNOWN_SERVICE: [
    { value: valueKind('birth-asistance'), suggestions: [] },
    { value: valueKind('firewod'), suggestions: VENDOR_IDS },
  ],
  ID_TOO_LONG: [
    { length: 81, max: 80 },
    { length: 1_048_576, max: 80 },
  ],
  NOT_AVAILABLE: VENDOR_IDS.map((id) => ({
    id,
    day: '2026-03-02',
    periods: [{ to: '2001-12-31' }, { from: '2030-01-01' }, { from: '2010-01-01', to: '2011-01-01' }],
  })),
  INVALID_FILTER: [{}],
  EXPECTED_QUERY: KINDS.map((value) => ({ value })),
  QUERY_TOO_LONG: [{ max: 1000, value: valueKind('x'.repeat(1001)) }],
  EXPECTED_LIMIT: KINDS.map((value) => ({ value })),
  EXPECTED_LANGUAGE: KINDS.map((value) => ({ value })),
  INVALID_CNAP: [{ count: 3 }],
  EXPECTED_DOCUMENTS: [{}],
  NOT_A_CATALOG: KINDS.map((value) => ({ value })),
  NOT_A_BASE_CATALOG: KINDS.map((value) => ({ value })),
  INVALID_EXTENSION: [{ count: 2 }],
  EXPECTED_BASE_IRI: KINDS.map((value) => ({ value })),
  EXPECTED_PUBLISHER: [{}],
  NOT_A_SCHEMA: KINDS.map((value) => ({ value })),
  EXPECTED_SERIES: [{}],
  EXPECTED_PERIOD: [{}],
  EXPECTED_CARD_VALUE: CARD_VALUES.map((what) => ({ what })),
  LINK_NOT_WEB: [{}],
  EMPTY_SERIES: [{}],
  EARLIEST_NOT_FIRST: [{}],
  KEY_NOT_A_DAY: [{}],
  KEYS_OUT_OF_ORDER: [{}],
  END_WITHOUT_VALUE: [{}],
};

const rendered = renderMessages({ uk, en }, SAMPLES);

const LABELS = [CHANNEL_LABELS, DELIVERY_MODEL_LABELS, LIFE_SITUATION_LABELS, PROVIDER_KIND_LABELS].flatMap(
  (labels) => Object.values(labels),
);

describe('the message files of @vikno/catalog', () => {
  it.each(rendered)('$code in Ukrainian has no English words: $uk', ({ uk }) => {
    expect(englishWordsIn(uk)).toEqual([]);
  });

  it('say every code in both languages, never empty', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    for (const message of rendered) expect(message.en.length * message.uk.length).toBeGreaterThan(0);
  });

  it('name a service of the catalogue as a name, not a word', () => {
    const period = { day: '2026-03-02', periods: [{ from: '2030-01-01' }] };
    expect(uk.NOT_AVAILABLE({ id: 'firewood', ...period })).toBe(
      'Послуга `firewood` не діяла 2026-03-02; вона діє 2030-01-01–…',
    );
    expect(uk.UNKNOWN_SERVICE({ value: valueKind('firewod'), suggestions: ['firewood'] })).toBe(
      'Немає послуги з таким ідентифікатором (рядок із 7 символів). Можливо, ви мали на увазі: `firewood`?',
    );
  });

  it.each(LABELS)('label the catalogue in Ukrainian without English words: $uk', ({ uk: label }) => {
    expect(englishWordsIn(label)).toEqual([]);
  });
});
