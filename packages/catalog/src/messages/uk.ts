import { formatCount, type Messages } from '@vikno/law';
import type { CatalogMessageParams } from './params.js';

const ids = (list: readonly string[]) => list.map((id) => `\`${id}\``).join(', ');

/** The messages of `@vikno/catalog` in Ukrainian. */
export const uk: Messages<CatalogMessageParams> = {
  DUPLICATE_ID: ({ first }) => `Повторює ідентифікатор ${first}`,
  DUPLICATE_REGISTER_ID: ({ first }) => `Повторює ідентифікатор Реєстру ${first}`,
  MISSING_VALUE: ({ from, to }) => `Немає значення з ${from} по ${to}, хоча послуга діє`,
  CLASHING_ID: ({ id }) =>
    `Збігається з послугою каталогу \`${id}\`; змініть її через перевизначення (\`overrides\`)`,
  UNKNOWN_OVERRIDE: ({ position, suggestions }) =>
    `Перевизначення ${formatCount(position, 'uk')} називає послугу, якої немає в каталозі` +
    (suggestions.length > 0 ? ` (${ids(suggestions)}?)` : ''),
  TOO_MANY_OVERRIDES: ({ max, value }) =>
    `Забагато перевизначень (максимум ${formatCount(max, 'uk')}), отримано ${value.uk}`,
};
