import { englishWordsIn, valueKind } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import type { CatalogMessageParams } from './params.js';
import { uk } from './uk.js';

/** Every code with the parameters it is shown with: the compiler asks for each. */
const SAMPLES: { readonly [Code in keyof CatalogMessageParams]: readonly CatalogMessageParams[Code][] } = {
  DUPLICATE_ID: [{ first: 'services.0' }],
  DUPLICATE_REGISTER_ID: [{ first: 'services.0' }],
  MISSING_VALUE: [{ from: '2025-07-01', to: '9999-12-31' }],
  CLASHING_ID: [{ id: 'housing-subsidy' }],
  UNKNOWN_OVERRIDE: [
    { position: 1, suggestions: [] },
    { position: 2, suggestions: ['birth-assistance', 'housing-subsidy'] },
  ],
  TOO_MANY_OVERRIDES: [{ max: 1000, value: valueKind({ a: 1, b: 2 }) }],
};

const rendered = (Object.keys(SAMPLES) as (keyof CatalogMessageParams)[]).flatMap((code) =>
  (SAMPLES[code] as readonly never[]).map((params) => ({ code, uk: uk[code](params), en: en[code](params) })),
);

describe('the message files of @vikno/catalog', () => {
  it.each(rendered)('$code in Ukrainian has no English words: $uk', ({ uk }) => {
    expect(englishWordsIn(uk)).toEqual([]);
  });

  it('say every code in both languages', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    for (const message of rendered) expect(message.en.length * message.uk.length).toBeGreaterThan(0);
  });
});
