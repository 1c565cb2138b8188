import { formatCount, type Messages, pluralEn } from '@vikno/law';
import type { RegisterStepName, WorkflowMessageParams } from './params.js';

const STEP: Readonly<Record<RegisterStepName, string>> = {
  add: 'add a case to',
  remove: 'remove a case from',
  close: 'close',
  dispatch: 'dispatch',
  confirm: 'confirm the receipt of',
};

/** The messages of `@vikno/workflows` in English. */
export const en: Messages<WorkflowMessageParams> = {
  INVALID_INPUT: ({ count }) => `The input has ${formatCount(count, 'en')} problem(s)`,
  INSTANT_OUT_OF_RANGE: ({ first, last }) =>
    `Expected an ISO 8601 instant with an offset, from ${first} to ${last} in Kyiv`,
  NOW_OUT_OF_RANGE: ({ first, last }) => `Expected an instant from ${first} to ${last} in Kyiv`,
  DAY_OUT_OF_RANGE: ({ first, last }) => `Outside the supported calendar, ${first} to ${last}`,
  REGISTER_TOO_LONG: ({ max }) => `A register holds at most ${max} cases; this one holds more`,
  REGISTER_FULL: ({ max }) => `A register holds at most ${max} cases: open another`,
  TOO_MANY_REGISTERS: ({ max }) => `At most ${max} registers; pass those to this office in this year`,
  REGISTER_NUMBER: () => 'A register has a number exactly once it is closed',
  WRONG_REGISTER_STATUS: ({ step, status, expected }) =>
    `Cannot ${STEP[step]} the register: it is ${status}, not ${expected}`,
  DUPLICATE_CASE: () => 'The case is already in the register',
  NO_SUCH_CASE: ({ value }) => `No case in the register has this id (${value.en})`,
  REGISTER_FIELDS: () =>
    'The register’s fields do not match its status: each step’s time and official are there once the step is done, and not before',
  REGISTER_TIMES: () =>
    'The register’s times are not in the order of its steps: opened, cases added, closed, dispatched, received',
  STEP_BEFORE_REGISTER: () => 'The step is dated before the register’s last record',
  EMPTY_REGISTER: () => 'The register has no cases',
  TOO_MANY_PAUSES: ({ max }) => `A term takes at most ${max} pauses`,
  PAUSES_MISMATCH: () => 'The pauses do not match the state of the term',
  CANNOT_EXTEND: ({ state }) => `Cannot extend a ${state} term`,
  TOO_MANY_EXTENSIONS: ({ max }) => `A term is extended at most ${max} times`,
  CANNOT_PAUSE: ({ state }) => `Cannot pause a ${state} term`,
  CANNOT_RESUME: ({ state }) => `Cannot resume a ${state} term`,
  PAUSE_BEFORE_START: () => 'Expected a day on or after the term’s start',
  RESUME_BEFORE_PAUSE: () => 'Expected a day on or after the pause began',
  NOT_UNDER_MODEL: ({ model }) => `The service does not go through a CNAP under model ${model} on that day`,
  NOT_A_CATALOG: () => 'Expected a Catalog of @vikno/catalog',
  NO_DECISION_TERM: () => 'The service is decided the same day; give the decision term to watch in settings',
  NOT_A_CASE: () => 'Expected a case of createCase or restoreCase',
  CASE_FAILED: () => 'The case failed on this event and stopped; restore it from its last persisted snapshot',
  NOT_A_MACHINE: () => 'Expected an XState machine, such as CASE_MACHINES.III',

  KEYS_EXPECTED: ({ value }) => `Expected { current, secrets }, got ${value.en}`,
  SECRETS_EXPECTED: () => 'Expected secrets by key id',
  KEY_COUNT: ({ min, max, count }) =>
    `Expected ${formatCount(min, 'en')} to ${formatCount(max, 'en')} keys, got ${formatCount(count, 'en')}`,
  KEY_ID_FORMAT: ({ max }) =>
    `A key id is letters, digits, ".", "_" or "-", up to ${formatCount(max, 'en')} characters`,
  SECRET_NOT_TEXT: () => 'A secret is a string or bytes',
  SECRET_TOO_SHORT: ({ bytes, min }) =>
    `A secret of ${formatCount(bytes, 'en')} ${pluralEn(bytes, 'byte', 'bytes')} is too short: at least ${formatCount(min, 'en')} are needed`,
  CURRENT_KEY_UNKNOWN: () => 'The current key is not among the secrets',
  CASE_KEYS_EXPECTED: () => 'Expected the keys made by caseKeys()',
  CASE_ACTOR_EXPECTED: () => 'Expected a case actor (createCase, restoreCase)',
  CASE_NOT_RUNNING: ({ status }) =>
    `The case is ${status === 'error' ? 'in error' : 'stopped'}: it is not persisted`,
  SNAPSHOT_TOO_MANY_VALUES: () => 'The snapshot has too many values',
  SNAPSHOT_NOT_PLAIN: () => 'The snapshot holds something that is not plain JSON',
  SNAPSHOT_TOO_DEEP: ({ max }) => `The snapshot is nested deeper than ${formatCount(max, 'en')} levels`,
  SNAPSHOT_ARRAY_NOT_PLAIN: () => 'The snapshot holds an array that is not plain JSON',
  SNAPSHOT_OVER_LIMIT: ({ max }) => `The snapshot is longer than ${formatCount(max, 'en')} characters`,
  IMPOSSIBLE_CASE: ({ reason }) => `An impossible case: ${reason.en}`,
  NO_TERM: ({ kind }) => `No ${kind} term to change`,
  FIELD_MISSING: ({ field }) => `${field} is missing`,
  UNKNOWN_ACTION: () => 'An action this package does not know',
  AUDIT_NUMBERING: ({ entry, seq }) => `Entry ${entry} is numbered ${seq}`,
  ROLE_MAY_NOT_SEND: ({ role, type }) => `A ${role} may not send ${type}`,
  NOTHING_AFTER: ({ state }) => `Nothing happens to a case after ${state}`,
  EVENT_NOT_IN_STATE: ({ type, state }) => `${type} cannot happen in ${state}`,
  EVENT_CHANGED_NOTHING: ({ type }) => `${type} changed nothing, so it is not audited`,
  OTHER_OFFICE: () => "The provider's staff acted from an office other than the one deciding the case",
  ENTRY_TIME_IMPOSSIBLE: () => 'The entry cannot have happened when it says',
  STATE_NOT_IMPLIED: () => 'The state is not where the audit trail leads',
  STATUS_NOT_IMPLIED: ({ state, status }) => `A case in ${state} cannot be ${status}`,
  FIELD_NOT_IMPLIED: ({ field }) => `${field} is not what the audit trail implies`,
  CASE_ID_EXPECTED: () => 'Expected a case id',
  PERSISTED_CASE_EXPECTED: ({ value }) => `Expected a persisted case, got ${value.en}`,
  NOT_A_PERSISTED_CASE: () => 'Not a persisted case',
  UNKNOWN_MACHINE: () => 'Not a machine of this package',
  VERSION_EXPECTED: () => 'Expected a version number',
  VERSION_TOO_NEW: ({ version, current }) =>
    `Version ${version} is newer than this package's ${current}; upgrade @vikno/workflows`,
  LEGACY_NEEDED: ({ version }) =>
    `A version-${version} case carries no keyed check; restore it with { legacy: true } once and persist it again`,
  WRONG_MODEL: ({ model }) => `Not a model ${model} case`,
  OTHER_CASE: () => 'The snapshot is of another case',
  EXTRA_FIELD: () => 'The persisted case has a field it should not have',
  KEY_ID_EXPECTED: () => 'Expected a key id',
  MAC_EXPECTED: () => 'Expected an HMAC-SHA-256 in base64url',
  JSON_TEXT_EXPECTED: ({ value }) => `Expected JSON text, got ${value.en}`,
  SNAPSHOT_TEXT_TOO_LONG: ({ length, max }) =>
    `A snapshot of ${formatCount(length, 'en')} characters is longer than ${formatCount(max, 'en')}`,
  KEY_NOT_GIVEN: () => 'The case is signed by a key not among the keys given',
  MAC_MISMATCH: () =>
    'The case does not match its HMAC: it was changed or cut after it was saved, or signed by another key',
  SNAPSHOT_NOT_JSON: () => 'The snapshot is not JSON',
  CHECKSUM_EXPECTED: () => 'Expected a checksum of 14 hex digits',
  SNAPSHOT_OBJECT_EXPECTED: ({ value }) => `Expected a snapshot object, got ${value.en}`,
  CHECKSUM_MISMATCH: () =>
    'The snapshot does not match its checksum: it was changed or cut after it was saved',
  NO_MIGRATION: ({ version }) => `No migration from version ${version}`,
  SNAPSHOT_TOO_LONG: () => 'The snapshot is too long',
  MOMENT_OUT_OF_CALENDAR: () => 'Expected an instant within the supported calendar',
  TERM_OUT_OF_CALENDAR: () => 'The term is outside the supported calendar',
};
