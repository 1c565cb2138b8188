import { englishWordsIn, renderMessages } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import type { CliMessageParams } from './params.js';
import { uk } from './uk.js';

const none = [{}] as const;

/** Every code with the parameters it is shown with: the compiler asks for each. */
const SAMPLES: { readonly [Code in keyof CliMessageParams]: readonly CliMessageParams[Code][] } = {
  NOT_STRINGS: none,
  UNKNOWN_OPTION: [{ place: 2 }],
  NO_VALUE_TAKEN: [{ name: 'json' }, { name: 'en' }],
  VALUE_NEEDED: [{ name: 'search' }, { name: 'as-of' }],
  NOT_A_COMMAND: [
    {
      commands: ['calendar', 'explain', 'deadline', 'services', 'questions', 'card', 'checklist', 'validate'],
    },
  ],
  AS_OF_NOT_APPLICABLE: [{ command: 'calendar' }],
  OPTION_NOT_APPLICABLE: [{ name: 'term', command: 'card' }],
  NO_ARGUMENT_TAKEN: [{ command: 'services' }],
  ONE_ARGUMENT: [{ command: 'card', argument: '<service-id>' }],
  AS_OF_DAY: none,
  TERM_FORMAT: none,
  TERM_NOT_POSITIVE: none,
  NO_STANDARD_INPUT: [{ option: '--facts' }],
  FILE_REQUIRED: [{ option: '--facts' }],
  FILE_UNREADABLE: [{ option: '--facts' }],
  FILE_NOT_JSON: [{ option: 'validate' }],
  CALENDAR_YEAR: none,
  DEADLINE_FROM: none,
  LIFE_SITUATION: [
    {
      options: [
        { value: 'childBirth', name: { uk: 'Народження дитини', en: 'Birth of a child' } },
        { value: 'disability', name: { uk: 'Інвалідність', en: 'Disability' } },
      ],
    },
  ],
  UNKNOWN_COMMAND: none,
};

describe('the usage messages of vikno', () => {
  it.each(renderMessages({ uk, en }, SAMPLES))(
    '$code in both languages, the Ukrainian without English words',
    (message) => {
      expect(message.uk.length).toBeGreaterThan(0);
      expect(message.en.length).toBeGreaterThan(0);
      expect(englishWordsIn(message.uk), message.uk).toEqual([]);
    },
  );
});
