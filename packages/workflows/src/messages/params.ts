import type { LocalizedText } from '@vikno/law';
import type { RunningTerm } from '../terms.js';
import type { RegisterStatus } from '../transfer-register.js';

/** A step of a transfer register, named for the message that refuses it. */
export type RegisterStepName = 'add' | 'remove' | 'close' | 'dispatch' | 'confirm';

/**
 * The parameters of each message of `@vikno/workflows`: what a text may say. Never an id, a name or a date that was
 * given, only the kind of a value (`value`), states, limits and the calendar's range.
 */
export interface WorkflowMessageParams {
  /** A malformed argument: `count` problems, listed as issues. */
  INVALID_INPUT: { count: number };
  /** An instant that is not ISO 8601 with an offset, or on a Kyiv day out of the calendar. */
  INSTANT_OUT_OF_RANGE: { first: string; last: string };
  /** An instant (`now`) on a Kyiv day out of the calendar. */
  NOW_OUT_OF_RANGE: { first: string; last: string };
  /** A day out of the calendar. */
  DAY_OUT_OF_RANGE: { first: string; last: string };
  /** A register given with more cases than a register holds. */
  REGISTER_TOO_LONG: { max: number };
  /** A case added to a full register. */
  REGISTER_FULL: { max: number };
  /** More registers given than `nextSequence` reads. */
  TOO_MANY_REGISTERS: { max: number };
  /** A register numbered while open, or closed without a number. */
  REGISTER_NUMBER: Record<string, never>;
  /** A register step in a state that does not allow it. */
  WRONG_REGISTER_STATUS: { step: RegisterStepName; status: RegisterStatus; expected: RegisterStatus };
  /** A case already in the register. */
  DUPLICATE_CASE: Record<string, never>;
  /** A case not in the register (`value` is the kind of id given). */
  NO_SUCH_CASE: { value: LocalizedText };
  /** A register closed with no cases. */
  EMPTY_REGISTER: Record<string, never>;
  /** A term with more pauses than a term takes. */
  TOO_MANY_PAUSES: { max: number };
  /** Pauses that do not match the term's state. */
  PAUSES_MISMATCH: Record<string, never>;
  /** A term paused that is not running. */
  CANNOT_PAUSE: { state: RunningTerm['state'] };
  /** A term resumed that is not paused. */
  CANNOT_RESUME: { state: RunningTerm['state'] };
  /** A pause from before the term's start. */
  PAUSE_BEFORE_START: Record<string, never>;
  /** A resumption before the pause began. */
  RESUME_BEFORE_PAUSE: Record<string, never>;
  /** A service that the CNAP does not deliver under `model` on the day. */
  NOT_UNDER_MODEL: { model: string };
  /** Something other than a `Catalog` of `@vikno/catalog`. */
  NOT_A_CATALOG: Record<string, never>;
  /** A service decided the same day, with no decision term given in the settings. */
  NO_DECISION_TERM: Record<string, never>;
  /** Something other than a case of `createCase` or `restoreCase`. */
  NOT_A_CASE: Record<string, never>;
  /** A case whose machine failed on an event. */
  CASE_FAILED: Record<string, never>;
  /** Something other than an XState machine. */
  NOT_A_MACHINE: Record<string, never>;
}
