import type { LocalizedText } from '../text.js';

/** The parameters of each message of `@vikno/law`: what a text may say. Never the value given, only its kind. */
export interface LawMessageParams {
  INVALID_DATE: { value: LocalizedText };
  INVALID_AMOUNT: { value: LocalizedText; limit: number };
  OUT_OF_BOUNDS: { value: LocalizedText; min: number; max: number };
  BEYOND_WRITABLE_YEARS: Record<string, never>;
  OUTSIDE_SUPPORTED_DAYS: { first: string; last: string };
  INVALID_INSTANT: { value: LocalizedText };
  INVALID_TIME: { value: LocalizedText };
  UNKNOWN_ACT: { count: number };
  INVALID_ACTS: { count: number };
  DUPLICATE_ACT_ID: Record<string, never>;
  DUPLICATE_ACT_NUMBER: Record<string, never>;
  DUPLICATE_ACT_URL: Record<string, never>;
  DUPLICATE_ACT_TITLE: Record<string, never>;
  INVALID_CITATIONS: { count: number };
  CITATION_PATH: { value: LocalizedText };
  VERIFIED_FOLLOWS_EVIDENCE: Record<string, never>;
  ID_FORMAT: Record<string, never>;
  MALFORMED_DETAILS: { value: LocalizedText };
  A_PROBLEM: Record<string, never>;
  MORE_ISSUES: { rest: number };
  MORE_IN_MESSAGE: { left: number };
  NOT_A_ZOD_ERROR: { value: LocalizedText };
  PREFIX_TOO_LONG: { max: number; value: LocalizedText };
  NOT_A_SERIES: { value: LocalizedText };
  PERIOD_KEYS: { count: number };
  PERIOD_KEY: Record<string, never>;
  NO_SUCH_MESSAGE: Record<string, never>;
  MESSAGE_PARAMS: Record<string, never>;
  EXPECTED_ARGUMENT: { what: 'finiteNumber' | 'forms' | 'noun' | 'language'; value: LocalizedText };
  ISSUE_INVALID_TYPE: { expected: string };
  ISSUE_UNKNOWN_FIELDS: { count: number };
  ISSUE_ONE_OF: { values: readonly string[] };
  ISSUE_TOO_SMALL: { minimum: string };
  ISSUE_TOO_BIG: { maximum: string };
  ISSUE_INVALID_FORMAT: { format: string };
  ISSUE_NO_MATCHING_SHAPE: Record<string, never>;
  ISSUE_INVALID_KEY: Record<string, never>;
  ISSUE_INVALID_ELEMENT: Record<string, never>;
  ISSUE_NOT_MULTIPLE: { divisor: string };
  ISSUE_INVALID_VALUE: Record<string, never>;
}
