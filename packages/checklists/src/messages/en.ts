import { formatCount, type Messages } from '@vikno/law';
import type { ChecklistMessageParams } from './params.js';

/** The messages of `@vikno/checklists` in English. */
export const en: Messages<ChecklistMessageParams> = {
  DUPLICATE_ID: () => 'Repeats an id given before',
  UNKNOWN_REGISTER: () => 'Names no register of the rule book',
  UNKNOWN_SERVICE: () => 'Names no service of the catalogue',
  UNKNOWN_DOCUMENT: () => 'Names no document kind of the rule book',
  OVERLAPPING_RULES: ({ other }) => `Overlaps in time the service's rule ${other}`,
  TOO_DEEP: ({ max }) => `Nested deeper than ${max} levels`,
  NO_SUCH_ACT: () => 'Names no act of the register of @vikno/law',
  NOT_A_SLUG: () => 'Expected a lowercase slug',
  INVALID_CONDITION: ({ count }) => `The condition has ${formatCount(count, 'en')} problem(s)`,
  INVALID_FACTS: ({ count }) => `The facts have ${formatCount(count, 'en')} problem(s)`,
  INVALID_RULES: ({ count }) => `The rule data has ${formatCount(count, 'en')} problem(s)`,
  INVALID_PERIODS: ({ count }) => `The periods of the rule data have ${formatCount(count, 'en')} problem(s)`,
  DUPLICATE_SERVICE: () => 'Repeats a service given before: a service keeps all its periods in one file',
  INVALID_PERIOD: () => 'Expected `earliest` first, then start days as YYYY-MM-DD in increasing order',
  END_WITHOUT_RULES: () => 'Ends the rules of the service (`null`) where no rules were in force',
  INVALID_PACKAGE: ({ count }) => `The package has ${formatCount(count, 'en')} problem(s)`,
  NOT_OPTIONS: ({ value }) => `Expected an options object, got ${value.en}`,
  NOT_A_DAY: ({ value }) => `Expected a real day as YYYY-MM-DD, got ${value.en}`,
  NOT_A_CATALOG: ({ value }) => `Expected a Catalog of @vikno/catalog, got ${value.en}`,
  NOT_A_RULE_BOOK: ({ value }) => `Expected a RuleBook, got ${value.en}`,
  NOT_A_SERVICE_ID: ({ value }) => `Expected a service id, got ${value.en}`,
  NO_SUCH_SERVICE: ({ value, suggestions }) =>
    `No service has this id (${value.en}).${suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''}`,
  NO_RULE: ({ serviceId, day }) => `No document rule of ${serviceId} covers ${day}`,
  SERVICE_IDS: ({ max }) => `Expected a list of 1 to ${max} different service ids`,
  NOT_A_TERM: () => 'Expected a term: a positive whole amount and a unit',
  DAY_TOO_EARLY: ({ first }) => `Expected a day from ${first}`,
  OUTSIDE_LEGAL_CALENDAR: () => 'Working days are counted only within the legal calendar of @vikno/deadlines',
  VALIDITY_TOO_LATE: ({ last }) => `The validity would end after ${last}`,
};
