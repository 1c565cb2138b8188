import type { LocalizedText } from '@vikno/law';
import type { Role } from '../events.js';
import type { RunningTerm, TermKind } from '../terms.js';
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
  REGISTER_FIELDS: Record<string, never>;
  REGISTER_TIMES: Record<string, never>;
  STEP_BEFORE_REGISTER: Record<string, never>;
  EMPTY_REGISTER: Record<string, never>;
  /** A term with more pauses than a term takes. */
  TOO_MANY_PAUSES: { max: number };
  /** Pauses that do not match the term's state. */
  PAUSES_MISMATCH: Record<string, never>;
  /** A term paused that is not running. */
  CANNOT_PAUSE: { state: RunningTerm['state'] };
  /** A term extended that has ended. */
  CANNOT_EXTEND: { state: RunningTerm['state'] };
  /** A term extended more than `max` times. */
  TOO_MANY_EXTENSIONS: { max: number };
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

  // Persisted cases: the keys, persisting, restoring and reading terms (persistence.ts).

  /** Something other than `{ current, secrets }` given to `caseKeys`. */
  KEYS_EXPECTED: { value: LocalizedText };
  /** `secrets` that is not a record of secrets by key id. */
  SECRETS_EXPECTED: Record<string, never>;
  /** Fewer than `min` or more than `max` secrets (`count` given). */
  KEY_COUNT: { min: number; max: number; count: number };
  /** A key id that is not letters, digits, `.`, `_` or `-`, up to `max` characters. */
  KEY_ID_FORMAT: { max: number };
  /** A secret that is neither a string nor bytes. */
  SECRET_NOT_TEXT: Record<string, never>;
  /** A secret of `bytes` bytes, fewer than `min`. */
  SECRET_TOO_SHORT: { bytes: number; min: number };
  /** A `current` key id that is not among the secrets. */
  CURRENT_KEY_UNKNOWN: Record<string, never>;
  /** Keys not made by `caseKeys`. */
  CASE_KEYS_EXPECTED: Record<string, never>;
  /** Something other than a case actor given to `persistCase`. */
  CASE_ACTOR_EXPECTED: Record<string, never>;
  /** A case whose actor failed (`error`) or was stopped: not persisted. */
  CASE_NOT_RUNNING: { status: 'error' | 'stopped' };
  /** A snapshot of more values than a case holds. */
  SNAPSHOT_TOO_MANY_VALUES: Record<string, never>;
  /** A snapshot holding something that is not plain JSON. */
  SNAPSHOT_NOT_PLAIN: Record<string, never>;
  /** A snapshot nested deeper than `max` levels. */
  SNAPSHOT_TOO_DEEP: { max: number };
  /** A snapshot holding an array with holes or too many slots. */
  SNAPSHOT_ARRAY_NOT_PLAIN: Record<string, never>;
  /** A snapshot whose strings and keys are longer than `max` characters in all. */
  SNAPSHOT_OVER_LIMIT: { max: number };
  /** A case the audit trail cannot have led to (`reason`, one of the messages below). */
  IMPOSSIBLE_CASE: { reason: LocalizedText };
  /** The audit trail changes a term of `kind` that was never started. */
  NO_TERM: { kind: TermKind };
  /** A field of the context an audited event must have left (`field`, a name of the context). */
  FIELD_MISSING: { field: string };
  /** A transition names an action this package does not redo. */
  UNKNOWN_ACTION: Record<string, never>;
  /** Audit entry number `entry` carries the number `seq`. */
  AUDIT_NUMBERING: { entry: number; seq: number };
  /** A role that may not send the event `type`. */
  ROLE_MAY_NOT_SEND: { role: Role; type: string };
  /** An event after the final state `state`. */
  NOTHING_AFTER: { state: string };
  /** An event (`type`) the machine does not take in `state`. */
  EVENT_NOT_IN_STATE: { type: string; state: string };
  /** An event (`type`) that changed nothing, so the machine does not audit it. */
  EVENT_CHANGED_NOTHING: { type: string };
  /** The provider's staff acting from an office other than the deciding one. */
  OTHER_OFFICE: Record<string, never>;
  /** An audit entry at a moment it cannot have happened (out of the calendar). */
  ENTRY_TIME_IMPOSSIBLE: Record<string, never>;
  /** A state other than the one the audit trail leads to. */
  STATE_NOT_IMPLIED: Record<string, never>;
  /** A case in `state` with a status (`status`) it cannot have there. */
  STATUS_NOT_IMPLIED: { state: string; status: string };
  /** A field of the context (`field`) that differs from what the audit trail implies. */
  FIELD_NOT_IMPLIED: { field: string };
  /** A `caseId` option that is not a string. */
  CASE_ID_EXPECTED: Record<string, never>;
  /** Something other than a persisted case. */
  PERSISTED_CASE_EXPECTED: { value: LocalizedText };
  /** A `format` other than `vikno.case`. */
  NOT_A_PERSISTED_CASE: Record<string, never>;
  /** A `machine` this package does not have. */
  UNKNOWN_MACHINE: Record<string, never>;
  /** A `version` that is not a whole number of at least 0. */
  VERSION_EXPECTED: Record<string, never>;
  /** A `version` newer than this package's (`current`). */
  VERSION_TOO_NEW: { version: number; current: number };
  /** A case of an older `version`, restored without `legacy`. */
  LEGACY_NEEDED: { version: number };
  /** A snapshot whose model is not the `model` of its machine. */
  WRONG_MODEL: { model: string };
  /** A snapshot of a case other than the `caseId` expected. */
  OTHER_CASE: Record<string, never>;
  /** A persisted case with a field of neither its format. */
  EXTRA_FIELD: Record<string, never>;
  /** A `key` that is not a key id. */
  KEY_ID_EXPECTED: Record<string, never>;
  /** A `mac` that is not an HMAC-SHA-256 in base64url. */
  MAC_EXPECTED: Record<string, never>;
  /** A `snapshot` that is not a string. */
  JSON_TEXT_EXPECTED: { value: LocalizedText };
  /** A snapshot of `length` characters, longer than `max`. */
  SNAPSHOT_TEXT_TOO_LONG: { length: number; max: number };
  /** A case signed by a key not among the keys given. */
  KEY_NOT_GIVEN: Record<string, never>;
  /** A case that does not match its HMAC. */
  MAC_MISMATCH: Record<string, never>;
  /** A snapshot that is not JSON. */
  SNAPSHOT_NOT_JSON: Record<string, never>;
  /** A version-1 `checksum` that is not 14 hex digits. */
  CHECKSUM_EXPECTED: Record<string, never>;
  /** A version-1 `snapshot` that is not an object. */
  SNAPSHOT_OBJECT_EXPECTED: { value: LocalizedText };
  /** A version-1 snapshot that does not match its checksum. */
  CHECKSUM_MISMATCH: Record<string, never>;
  /** No migration from `version` to the next. */
  NO_MIGRATION: { version: number };
  /** A snapshot too long to read its terms. */
  SNAPSHOT_TOO_LONG: Record<string, never>;
  /** A moment (`now`) outside the supported calendar. */
  MOMENT_OUT_OF_CALENDAR: Record<string, never>;
  /** A stored term outside the supported calendar. */
  TERM_OUT_OF_CALENDAR: Record<string, never>;
}
