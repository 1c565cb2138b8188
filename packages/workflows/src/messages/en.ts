import { formatCount, type Messages } from '@vikno/law';
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
  EMPTY_REGISTER: () => 'The register has no cases',
  TOO_MANY_PAUSES: ({ max }) => `A term takes at most ${max} pauses`,
  PAUSES_MISMATCH: () => 'The pauses do not match the state of the term',
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
};
