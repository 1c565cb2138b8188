import type { Messages } from '@vikno/law';
import type { DeadlinesMessageParams, ExpectedShape, ListItems } from './params.js';

const SHAPE: Readonly<Record<ExpectedShape, string>> = {
  text: 'a text { uk, en } of two non-empty strings',
  source: 'a legal source { id, act, verified, … }',
  term: 'a term { amount, unit }',
  officeHours: 'office hours { closesAt, closesAtByWeekday }',
  closingTimes: 'closing times by ISO weekday 1–7',
  suspension: 'a suspension { from, to }',
  input: '{ start, term }',
  registration: '"asReceived" or "nextWorkingDayIfDayOff"',
  deadline: 'a deadline { trace }',
  deadlineDates: '{ lastDay, dueAt }',
  step: 'a step { text, basis }',
  language: '"uk" or "en"',
  deliveryInput: '{ channel, sentOn }',
  channel: '"inPerson", "post" or "electronic"',
};

const ITEMS: Readonly<Record<ListItems, string>> = {
  sources: 'legal sources',
  suspensions: 'suspensions',
  extensions: 'extensions',
  steps: 'steps',
};

/** The messages of `@vikno/deadlines` in English. */
export const en: Messages<DeadlinesMessageParams> = {
  INVALID_DATE: ({ value }) =>
    `${value.en} is not a civil date: expected a real calendar day written as YYYY-MM-DD, e.g. "2026-03-02"`,
  RESULT_OUT_OF_RANGE: ({ first, last }) =>
    `the result would fall outside the supported range ${first} to ${last}`,
  YEAR_OUT_OF_RANGE: ({ first, last }) => `the year is outside the supported years ${first} to ${last}`,
  MARTIAL_LAW_TOO_EARLY: ({ first }) =>
    `martial law cannot end before ${first}, the day it began to suspend holidays (Law 2136-IX)`,
  NOT_OPTIONS: ({ value }) => `expected an options object, got ${value.en}`,
  NOT_WHOLE_NUMBER: ({ value }) => `expected a whole number, got ${value.en}`,
  TERM_AMOUNT_RANGE: ({ max }) => `a term amount must be a whole number from 1 to ${max}`,
  UNKNOWN_UNIT: ({ value, units }) => `unknown term unit (${value.en}); expected one of ${units.join(', ')}`,
  INVALID_TIME: ({ value }) => `${value.en} is not a time of day HH:MM`,
  UNKNOWN_FIELD: ({ fields }) => `an unknown field; the fields are ${fields.join(', ')}`,
  EXPECTED: ({ shape, value }) => `expected ${SHAPE[shape]}, got ${value.en}`,
  EXPECTED_LIST: ({ items, max, value }) =>
    `expected an array of at most ${max} ${ITEMS[items]}, got ${value.en}`,
  SUSPENSION_ENDS_BEFORE_START: ({ from, to }) => `the suspension ends (${to}) before it starts (${from})`,
  SUSPENSION_BEFORE_TERM: ({ from, registered }) =>
    `the suspension starts (${from}) before the term starts running, the day after ${registered}`,
  OVERLAPPING_SUSPENSIONS: ({ first, second }) =>
    `suspensions ${first} and ${second} share days; merge them into one`,
};
