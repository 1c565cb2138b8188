import { englishWordsIn } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import type { ChecklistMessageParams } from './params.js';
import { uk } from './uk.js';

/** Every code with the parameters it is shown with: the compiler asks for each. */
const SAMPLES: { readonly [Code in keyof ChecklistMessageParams]: readonly ChecklistMessageParams[Code][] } =
  {
    DUPLICATE_ID: [{}],
    UNKNOWN_REGISTER: [{}],
    UNKNOWN_SERVICE: [{}],
    UNKNOWN_DOCUMENT: [{}],
    OVERLAPPING_RULES: [{ other: 0 }, { other: 3 }],
  };

const rendered = (Object.keys(SAMPLES) as (keyof ChecklistMessageParams)[]).flatMap((code) =>
  (SAMPLES[code] as readonly never[]).map((params) => ({ code, uk: uk[code](params), en: en[code](params) })),
);

describe('the message files of @vikno/checklists', () => {
  it.each(rendered)('$code in Ukrainian has no English words: $uk', ({ uk }) => {
    expect(englishWordsIn(uk)).toEqual([]);
  });

  it('say every code in both languages', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    for (const message of rendered) expect(message.en.length * message.uk.length).toBeGreaterThan(0);
  });
});
