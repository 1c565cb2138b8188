import { formatCount, type Messages } from '@vikno/law';
import type { CatalogMessageParams } from './params.js';

/** The messages of `@vikno/catalog` in English. */
export const en: Messages<CatalogMessageParams> = {
  DUPLICATE_ID: ({ first }) => `Repeats the id of ${first}`,
  DUPLICATE_REGISTER_ID: ({ first }) => `Repeats the Register id of ${first}`,
  MISSING_VALUE: ({ from, to }) => `No value from ${from} to ${to}, while the service is available`,
  CLASHING_ID: ({ id }) => `Clashes with the catalogue service ${id}; change it through overrides instead`,
  UNKNOWN_OVERRIDE: ({ position, suggestions }) =>
    `Override ${formatCount(position, 'en')} names no service of the catalogue` +
    (suggestions.length > 0 ? ` (${suggestions.join(', ')}?)` : ''),
  TOO_MANY_OVERRIDES: ({ max, value }) =>
    `Too many overrides (maximum ${formatCount(max, 'en')}), got ${value.en}`,
};
