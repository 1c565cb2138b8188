import type { Messages } from '../messages.js';
import { formatCount } from '../plural.js';
import type { LawMessageParams } from './params.js';

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
};
