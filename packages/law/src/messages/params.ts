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
}
