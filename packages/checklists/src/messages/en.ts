import type { Messages } from '@vikno/law';
import type { ChecklistMessageParams } from './params.js';

/** The messages of `@vikno/checklists` in English. */
export const en: Messages<ChecklistMessageParams> = {
  DUPLICATE_ID: () => 'Repeats an id given before',
  UNKNOWN_REGISTER: () => 'Names no register of the rule book',
  UNKNOWN_SERVICE: () => 'Names no service of the catalogue',
  UNKNOWN_DOCUMENT: () => 'Names no document kind of the rule book',
  OVERLAPPING_RULES: ({ other }) => `Overlaps in time the service's rule ${other}`,
};
