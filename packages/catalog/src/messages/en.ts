import { formatCount, type Messages, pluralEn } from '@vikno/law';
import type { AvailablePeriod, CardValueName, CatalogMessageParams } from './params.js';

const periods = (list: readonly AvailablePeriod[]) =>
  list.map((period) => `${period.from ?? '…'}–${period.to ?? '…'}`).join(', ');

const CARD_VALUE: Readonly<Record<CardValueName, string>> = {
  fee: 'a fee',
  serviceTerm: 'a service term',
  applicationWindow: 'an application window',
  informationCard: 'an information card',
};

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

  NOT_A_SLUG: () => 'Expected a lowercase slug',
  NOT_FIVE_DIGITS: () => 'Expected five digits',
  UNKNOWN_ACT: () => 'Cites an act the register does not hold',
  ENDS_BEFORE_START: () => 'Ends before it starts',
  OVERLAPS: ({ entry }) => `Overlaps entry ${entry}`,
  MODEL_I_WITHOUT_SOCIAL_HROMADA: () => 'Model I needs the service in «Соціальна громада»',
  REPEATED_MODEL: () => 'Repeated model',
  CLOSES_BEFORE_OPENS: () => 'Closes before it opens',

  EXPECTED_DAY: ({ value }) =>
    `Expected a real day as YYYY-MM-DD${value === undefined ? '' : `, got ${value.en}`}`,
  EXPECTED_OPTIONS: ({ value }) => `Expected an options object, got ${value.en}`,
  EXPECTED_SERVICE_ID: ({ value }) => `Expected a service id, got ${value.en}`,
  EXPECTED_SERVICE_IDS: ({ value }) => `Expected a list of service ids, got ${value.en}`,
  TOO_MANY_SERVICE_IDS: ({ count, max }) =>
    `Expected at most ${formatCount(max, 'en')} service ids, got ${formatCount(count, 'en')}`,
  PREFIX_TOO_LONG: ({ max, value }) =>
    `Expected a path of at most ${formatCount(max, 'en')} characters, got ${value.en}`,
  INVALID_SERVICES: ({ count }) => `The catalogue has ${formatCount(count, 'en')} problem(s)`,
  UNKNOWN_SERVICE: ({ value, suggestions }) =>
    `No service has this id (${value.en}).` +
    (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''),
  ID_TOO_LONG: ({ length, max }) =>
    `No service has an id of ${formatCount(length, 'en')} ${pluralEn(length, 'character', 'characters')}: ids are at most ${formatCount(max, 'en')}`,
  NOT_AVAILABLE: ({ id, day, periods: list }) =>
    `Service ${id} was not available on ${day}; it is available ${periods(list)}`,
  INVALID_FILTER: () => 'Invalid filter',
  EXPECTED_QUERY: ({ value }) => `Expected a string to search for, got ${value.en}`,
  QUERY_TOO_LONG: ({ max, value }) =>
    `Expected a query of at most ${formatCount(max, 'en')} characters, got ${value.en}`,
  EXPECTED_LIMIT: ({ value }) => `Expected a whole number of hits of at least 1, got ${value.en}`,
  EXPECTED_LANGUAGE: ({ value }) => `Expected the language \`uk\` or \`en\`, got ${value.en}`,
  INVALID_CNAP: ({ count }) => `The CNAP's details have ${formatCount(count, 'en')} problem(s)`,
  EXPECTED_DOCUMENTS: () => 'Expected a list of texts in Ukrainian and English',
  NOT_A_CATALOG: ({ value }) => `Expected a Catalog, got ${value.en}`,
  NOT_A_BASE_CATALOG: ({ value }) => `Expected a Catalog to extend, got ${value.en}`,
  INVALID_EXTENSION: ({ count }) => `The extension has ${formatCount(count, 'en')} problem(s)`,
  EXPECTED_BASE_IRI: ({ value }) =>
    `Expected a urn: prefix ending in ':' or an http(s) IRI ending in '/' or '#', got ${value.en}`,
  EXPECTED_PUBLISHER: () => 'Expected the publisher as a text in Ukrainian and English',
  NOT_A_SCHEMA: ({ value }) => `Expected a zod schema, got ${value.en}`,
  EXPECTED_SERIES: () => 'Expected a dated series',
  EXPECTED_PERIOD: () => 'Expected a period { from?, to? } of real days',
  EXPECTED_CARD_VALUE: ({ what }) => `Expected ${CARD_VALUE[what]}`,
  LINK_NOT_WEB: () => 'A link of the card is not an http(s) address',

  EMPTY_SERIES: () => 'A dated series with no value',
  EARLIEST_NOT_FIRST: () => '`earliest` must be the first key and hold a value',
  KEY_NOT_A_DAY: () => 'A key must be `earliest` or a real day as YYYY-MM-DD',
  KEYS_OUT_OF_ORDER: () => 'Days must be keyed in order, each once',
  END_WITHOUT_VALUE: () => 'An end (`null`) must follow a value',
};
