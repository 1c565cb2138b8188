import type { LocalizedText } from '@vikno/law';

/** What a value was expected to be, for the message that refuses it. */
export type ExpectedShape =
  | 'text'
  | 'source'
  | 'term'
  | 'officeHours'
  | 'closingTimes'
  | 'suspension'
  | 'input'
  | 'registration'
  | 'deadline'
  | 'deadlineDates'
  | 'step'
  | 'language'
  | 'deliveryInput'
  | 'channel';

/** What a list holds, for the message that refuses a list too long or not a list. */
export type ListItems = 'sources' | 'suspensions' | 'extensions' | 'steps';

/**
 * The parameters of each message of `@vikno/deadlines`: what a text may say. A value given is described by its
 * kind and size (`value`, from `valueKind`), never shown; the texts name fields, units and limits of this package,
 * and only days already checked to be real civil dates in the supported range.
 */
export interface DeadlinesMessageParams {
  /** Not a civil date `YYYY-MM-DD` (`value` is the kind of what was given). */
  INVALID_DATE: { value: LocalizedText };
  /** A result that would fall outside the supported range `first`–`last`. */
  RESULT_OUT_OF_RANGE: { first: string; last: string };
  /** A year outside the supported years. */
  YEAR_OUT_OF_RANGE: { first: number; last: number };
  /** A last day of martial law before `first`, the day it began to suspend holidays. */
  MARTIAL_LAW_TOO_EARLY: { first: string };
  /** Options that are not a plain object. */
  NOT_OPTIONS: { value: LocalizedText };
  /** An amount or count that is not a whole number. */
  NOT_WHOLE_NUMBER: { value: LocalizedText };
  /** A term amount outside 1–`max`. */
  TERM_AMOUNT_RANGE: { max: number };
  /** A term unit this package does not know; `units` are the ones it knows. */
  UNKNOWN_UNIT: { value: LocalizedText; units: readonly string[] };
  /** A closing time that is not `HH:MM`. */
  INVALID_TIME: { value: LocalizedText };
  /** A field this package does not know; `fields` are the ones it knows. */
  UNKNOWN_FIELD: { fields: readonly string[] };
  /** A value that is not of the `shape` expected. */
  EXPECTED: { shape: ExpectedShape; value: LocalizedText };
  /** Not an array of at most `max` `items`. */
  EXPECTED_LIST: { items: ListItems; max: number; value: LocalizedText };
  /** A suspension that ends (`to`) before it starts (`from`), both checked days. */
  SUSPENSION_ENDS_BEFORE_START: { from: string; to: string };
  /** A suspension that starts (`from`) before the term runs, the day after `registered`. */
  SUSPENSION_BEFORE_TERM: { from: string; registered: string };
  /** Suspensions `first` and `second` (their positions) share days. */
  OVERLAPPING_SUSPENSIONS: { first: number; second: number };
}
