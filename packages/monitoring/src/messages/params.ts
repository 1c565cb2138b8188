import type { LocalizedText } from '@vikno/law';

/**
 * The parameters of each message of `@vikno/monitoring`: what a text may say. Never an id, a name or a date that
 * was given, only the kind of a value (`value`), limits, field names and the calendar's range.
 */
export interface MonitoringMessageParams {
  /** A malformed argument: `count` problems, listed as issues. */
  INVALID_INPUT: { count: number };
  /** Something other than a persisted case or a case record (`value` is its kind). */
  CASE_EXPECTED: { value: LocalizedText };
  /** Something other than an iterable or async iterable of cases (`value` is its kind). */
  CASES_EXPECTED: { value: LocalizedText };
  /** A `snapshot` that is not a string (`value` is its kind). */
  SNAPSHOT_TEXT_EXPECTED: { value: LocalizedText };
  /** A snapshot of `length` characters, longer than `max`. */
  SNAPSHOT_TOO_LONG: { length: number; max: number };
  /** A snapshot that is not JSON. */
  SNAPSHOT_NOT_JSON: Record<string, never>;
  /** A snapshot without a field a record is read from, or with one of the wrong shape (`field`, its name). */
  SNAPSHOT_FIELD: { field: string };
  /** A snapshot whose audit trail holds more than `max` entries. */
  AUDIT_TOO_LONG: { max: number };
  /** A case record of a `version` newer than this package's (`current`). */
  RECORD_VERSION_TOO_NEW: { version: number; current: number };
  /** An instant that is not ISO 8601 with an offset, or on a Kyiv day out of the calendar. */
  INSTANT_OUT_OF_RANGE: { first: string; last: string };
  /** A day that is not `YYYY-MM-DD` in the supported calendar. */
  DAY_OUT_OF_RANGE: { first: string; last: string };
  /** A period whose last day (`to`) comes before its first (`from`). */
  PERIOD_REVERSED: Record<string, never>;
  /** A report that would hold more than `max` groups. */
  TOO_MANY_GROUPS: { max: number };
}
