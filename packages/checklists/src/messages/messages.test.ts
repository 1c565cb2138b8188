import { englishWordsIn, renderMessages, valueKind } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import type { ChecklistMessageParams } from './params.js';
import { uk } from './uk.js';

const KINDS = [
  valueKind('x'.repeat(1_048_576)),
  valueKind({}),
  valueKind(undefined),
  valueKind(7),
  valueKind(null),
];
const kinds = () => KINDS.map((value) => ({ value }));

/** Every code with the parameters it is shown with: the compiler asks for each. */
const SAMPLES: { readonly [Code in keyof ChecklistMessageParams]: readonly ChecklistMessageParams[Code][] } =
  {
    DUPLICATE_ID: [{}],
    UNKNOWN_REGISTER: [{}],
    UNKNOWN_SERVICE: [{}],
    UNKNOWN_DOCUMENT: [{}],
    OVERLAPPING_RULES: [{ other: 0 }, { other: 3 }],
    TOO_DEEP: [{ max: 16 }],
    NO_SUCH_ACT: [{}],
    NOT_A_SLUG: [{}],
    INVALID_CONDITION: [{ count: 1 }, { count: 21 }],
    INVALID_FACTS: [{ count: 1 }, { count: 21 }],
    INVALID_RULES: [{ count: 1 }, { count: 4_321 }],
    INVALID_PERIODS: [{ count: 1 }, { count: 4_321 }],
    DUPLICATE_SERVICE: [{}],
    INVALID_PERIOD: [{}],
    END_WITHOUT_RULES: [{}],
    INVALID_PACKAGE: [{ count: 2 }],
    NOT_OPTIONS: kinds(),
    NOT_A_DAY: kinds(),
    NOT_A_CATALOG: kinds(),
    NOT_A_RULE_BOOK: kinds(),
    NOT_A_SERVICE_ID: kinds(),
    NO_SUCH_SERVICE: KINDS.flatMap((value) => [
      { value, suggestions: [] },
      // Ids of one word are names too, not English prose.
      { value, suggestions: ['birth-assistance', 'idp', 'subsidy'] },
    ]),
    NO_RULE: [
      { serviceId: 'birth-assistance', day: '2026-03-02' },
      { serviceId: 'subsidy', day: '2014-01-01' },
    ],
    SERVICE_IDS: [{ max: 50 }],
    NOT_A_TERM: [{}],
    DAY_TOO_EARLY: [{ first: '1900-01-01' }],
    OUTSIDE_LEGAL_CALENDAR: [{}],
    VALIDITY_TOO_LATE: [{ last: '9999-12-31' }],
  };

const rendered = renderMessages({ uk, en }, SAMPLES);

describe('the message files of @vikno/checklists', () => {
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

  it('name the catalogue’s class and the ids it suggests in backticks', () => {
    expect(uk.NOT_A_CATALOG({ value: valueKind('catalog') })).toBe(
      'Очікується каталог (`Catalog`) з `@vikno/catalog`, отримано рядок із 7 символів',
    );
    expect(uk.NO_SUCH_SERVICE({ value: valueKind('subsidi'), suggestions: ['subsidy'] })).toBe(
      'Немає послуги з таким ідентифікатором (рядок із 7 символів). Можливо, ви мали на увазі: `subsidy`?',
    );
  });
});
