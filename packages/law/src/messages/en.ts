import type { Messages } from '../messages.js';
import { formatCount } from '../plural.js';
import type { LawMessageParams } from './params.js';

const ARGUMENT_EN = {
  finiteNumber: 'Expected a finite number',
  forms: 'Expected three forms of a noun',
  noun: 'Expected a noun',
  language: 'Expected "uk" or "en"',
} as const;

/** The messages of `@vikno/law` in English. */
export const en: Messages<LawMessageParams> = {
  INVALID_DATE: ({ value }) =>
    `${value.en} is not a civil date: expected a real calendar day written as YYYY-MM-DD, e.g. "2026-03-02"`,
  INVALID_AMOUNT: ({ value, limit }) =>
    `${value.en} is not a count: expected a whole number of at most ${formatCount(limit, 'en')} either way`,
  OUT_OF_BOUNDS: ({ value, min, max }) =>
    `${value.en} is out of bounds: expected a whole number from ${formatCount(min, 'en')} to ${formatCount(max, 'en')}`,
  BEYOND_WRITABLE_YEARS: () => 'the day would fall outside the years 0000–9999 that YYYY-MM-DD can write',
  OUTSIDE_SUPPORTED_DAYS: ({ first, last }) => `the day is outside the supported range ${first} to ${last}`,
  INVALID_INSTANT: ({ value }) =>
    `${value.en} is not an instant: expected a valid Date, epoch milliseconds, or an ISO 8601 string with Z or an offset`,
  INVALID_TIME: ({ value }) => `${value.en} is not a time of day: expected HH:MM from 00:00 to 23:59`,
  UNKNOWN_ACT: ({ count }) =>
    `The register holds no act with this id (it holds ${formatCount(count, 'en')} acts)`,
  INVALID_ACTS: ({ count }) => `The register of acts has ${formatCount(count, 'en')} problem(s)`,
  DUPLICATE_ACT_ID: () => 'Another act of the register has this id',
  DUPLICATE_ACT_NUMBER: () =>
    'An act of the same kind with the same number and date is already in the register: an act is written once',
  DUPLICATE_ACT_URL: () => 'Another act of the register has this official address: an act is written once',
  DUPLICATE_ACT_TITLE: () =>
    'Another document of the register with no number has this title: a document is written once',
  INVALID_CITATIONS: ({ count }) => `The citations have ${formatCount(count, 'en')} problem(s)`,
  CITATION_PATH: ({ value }) =>
    `Expected the citation's path, a text of 1 to 200 characters, got ${value.en}`,
  VERIFIED_FOLLOWS_EVIDENCE: () => '`verified` must follow the evidence (`text` or `officialCard`)',
  ID_FORMAT: () => 'Expected an id of lowercase letters, digits and hyphens',
  MALFORMED_DETAILS: ({ value }) =>
    `Expected error details: a code in capitals, a path and messages in English and Ukrainian, got ${value.en}`,
  A_PROBLEM: () => 'A problem',
  MORE_ISSUES: ({ rest }) => `And ${formatCount(rest, 'en')} more problem(s), not listed`,
  MORE_IN_MESSAGE: ({ left }) => `${formatCount(left, 'en')} more`,
  NOT_A_ZOD_ERROR: ({ value }) => `Expected a zod error, got ${value.en}`,
  PREFIX_TOO_LONG: ({ max, value }) => `Expected a path of at most ${max} characters, got ${value.en}`,
  NOT_A_SERIES: ({ value }) => `Expected values by start day (an object), got ${value.en}`,
  PERIOD_KEYS: ({ count }) =>
    `The keys of the values by start day have ${formatCount(count, 'en')} problem(s)`,
  PERIOD_KEY: () =>
    'Expected `earliest` first, then start days as YYYY-MM-DD in increasing order; an end (`null`) only after a value',
  NO_SUCH_MESSAGE: () => 'Expected a code both message files have',
  MESSAGE_PARAMS: () => 'The messages could not be written with these parameters',
  EXPECTED_ARGUMENT: ({ what, value }) => `${ARGUMENT_EN[what]}, got ${value.en}`,
  ISSUE_INVALID_TYPE: ({ expected }) => `Expected ${expected}`,
  ISSUE_UNKNOWN_FIELDS: ({ count }) => `${formatCount(count, 'en')} unknown field${count === 1 ? '' : 's'}`,
  ISSUE_ONE_OF: ({ values }) => `Expected one of: ${values.join(', ')}`,
  ISSUE_TOO_SMALL: ({ minimum }) => `Too small or too short (minimum ${minimum})`,
  ISSUE_TOO_BIG: ({ maximum }) => `Too big or too long (maximum ${maximum})`,
  ISSUE_INVALID_FORMAT: ({ format }) => `Not a valid ${format}`,
  ISSUE_NO_MATCHING_SHAPE: () => 'Matches none of the allowed shapes',
  ISSUE_INVALID_KEY: () => 'Not a valid key',
  ISSUE_INVALID_ELEMENT: () => 'Not a valid element',
  ISSUE_NOT_MULTIPLE: ({ divisor }) => `Not a multiple of ${divisor}`,
  ISSUE_INVALID_VALUE: () => 'Not a valid value',
};
