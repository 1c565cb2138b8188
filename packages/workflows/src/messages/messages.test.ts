import { englishWordsIn, renderMessages, valueKind } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { CASE_MACHINES } from '../case-machine.js';
import { CaseEvent, Role } from '../events.js';
import { type RunningTerm, TermKind } from '../terms.js';
import type { RegisterStatus } from '../transfer-register.js';
import { en } from './en.js';
import type { RegisterStepName, WorkflowMessageParams } from './params.js';
import { uk } from './uk.js';

const STATUSES: readonly RegisterStatus[] = ['open', 'closed', 'dispatched', 'received'];
const STEPS: readonly RegisterStepName[] = ['add', 'remove', 'close', 'dispatch', 'confirm'];
const TERM_STATES: readonly RunningTerm['state'][] = ['running', 'paused', 'met', 'cancelled'];
const RANGE = { first: '2014-01-01', last: '2035-12-31' };
const TERM_KINDS = TermKind.options;
const EVENT_TYPES = CaseEvent.options.map((option) => option.shape.type.value);
/** The fields of a persisted case's context that a restored case is judged on. */
const FIELDS = [
  'caseNumber',
  'registeredOn',
  'missing',
  'requested',
  'terms',
  'outcome',
  'grounds',
  'originals',
  'registerId',
  'providerOffice',
];

/** Every state of every machine, by its path: what a refused snapshot names. */
const STATES = [
  ...new Set(
    Object.values(CASE_MACHINES).flatMap((machine) => {
      const paths: string[] = [];
      const visit = (node: { path: readonly string[]; states: Record<string, unknown> }) => {
        paths.push(node.path.join('.'));
        for (const child of Object.values(node.states)) visit(child as typeof node);
      };
      visit(machine.root as never);
      return paths.filter((path) => path !== '');
    }),
  ),
];

/** The kinds of value a message may name, one of each. */
const KINDS = ['', 'a', 1, 1.5, true, null, undefined, [1], new Date(0), { a: 1 }].map(valueKind);

/** Every code with the parameters it is shown with, every state and step among them: the compiler asks for each. */
const SAMPLES: { readonly [Code in keyof WorkflowMessageParams]: readonly WorkflowMessageParams[Code][] } = {
  INVALID_INPUT: [{ count: 1 }, { count: 21 }],
  INSTANT_OUT_OF_RANGE: [RANGE],
  NOW_OUT_OF_RANGE: [RANGE],
  DAY_OUT_OF_RANGE: [RANGE],
  REGISTER_TOO_LONG: [{ max: 10_000 }],
  REGISTER_FULL: [{ max: 10_000 }],
  TOO_MANY_REGISTERS: [{ max: 100_000 }],
  REGISTER_NUMBER: [{}],
  WRONG_REGISTER_STATUS: STEPS.flatMap((step) =>
    STATUSES.flatMap((status) => STATUSES.map((expected) => ({ step, status, expected }))),
  ),
  DUPLICATE_CASE: [{}],
  NO_SUCH_CASE: [{ value: valueKind('R-1') }],
  REGISTER_FIELDS: [{}],
  REGISTER_TIMES: [{}],
  STEP_BEFORE_REGISTER: [{}],
  EMPTY_REGISTER: [{}],
  TOO_MANY_PAUSES: [{ max: 100 }],
  PAUSES_MISMATCH: [{}],
  CANNOT_EXTEND: TERM_STATES.map((state) => ({ state })),
  TOO_MANY_EXTENSIONS: [{ max: 10 }],
  CANNOT_PAUSE: TERM_STATES.map((state) => ({ state })),
  CANNOT_RESUME: TERM_STATES.map((state) => ({ state })),
  PAUSE_BEFORE_START: [{}],
  RESUME_BEFORE_PAUSE: [{}],
  NOT_UNDER_MODEL: [{ model: 'III' }],
  NOT_A_CATALOG: [{}],
  NO_DECISION_TERM: [{}],
  NOT_A_CASE: [{}],
  CASE_FAILED: [{}],
  NOT_A_MACHINE: [{}],
  KEYS_EXPECTED: KINDS.map((value) => ({ value })),
  SECRETS_EXPECTED: [{}],
  KEY_COUNT: [
    { min: 1, max: 100, count: 0 },
    { min: 1, max: 100, count: 101 },
  ],
  KEY_ID_FORMAT: [{ max: 32 }],
  SECRET_NOT_TEXT: [{}],
  SECRET_TOO_SHORT: [0, 1, 2, 5, 21, 31].map((bytes) => ({ bytes, min: 32 })),
  CURRENT_KEY_UNKNOWN: [{}],
  CASE_KEYS_EXPECTED: [{}],
  CASE_ACTOR_EXPECTED: [{}],
  CASE_NOT_RUNNING: [{ status: 'error' }, { status: 'stopped' }],
  SNAPSHOT_TOO_MANY_VALUES: [{}],
  SNAPSHOT_NOT_PLAIN: [{}],
  SNAPSHOT_TOO_DEEP: [{ max: 12 }],
  SNAPSHOT_ARRAY_NOT_PLAIN: [{}],
  SNAPSHOT_OVER_LIMIT: [{ max: 262_144 }],
  IMPOSSIBLE_CASE: [
    { reason: { uk: 'Стан не той, до якого веде журнал', en: 'The state is not where it leads' } },
  ],
  NO_TERM: TERM_KINDS.map((kind) => ({ kind })),
  FIELD_MISSING: FIELDS.map((field) => ({ field })),
  UNKNOWN_ACTION: [{}],
  AUDIT_NUMBERING: [{ entry: 1, seq: 2 }],
  ROLE_MAY_NOT_SEND: Role.options.flatMap((role) => EVENT_TYPES.map((type) => ({ role, type }))),
  NOTHING_AFTER: STATES.map((state) => ({ state })),
  EVENT_NOT_IN_STATE: STATES.flatMap((state) => EVENT_TYPES.map((type) => ({ type, state }))),
  EVENT_CHANGED_NOTHING: EVENT_TYPES.map((type) => ({ type })),
  OTHER_OFFICE: [{}],
  ENTRY_TIME_IMPOSSIBLE: [{}],
  STATE_NOT_IMPLIED: [{}],
  STATUS_NOT_IMPLIED: STATES.flatMap((state) => ['active', 'done'].map((status) => ({ state, status }))),
  FIELD_NOT_IMPLIED: FIELDS.map((field) => ({ field })),
  CASE_ID_EXPECTED: [{}],
  PERSISTED_CASE_EXPECTED: KINDS.map((value) => ({ value })),
  NOT_A_PERSISTED_CASE: [{}],
  UNKNOWN_MACHINE: [{}],
  VERSION_EXPECTED: [{}],
  VERSION_TOO_NEW: [{ version: 3, current: 2 }],
  LEGACY_NEEDED: [{ version: 0 }, { version: 1 }],
  WRONG_MODEL: ['I', 'II', 'III'].map((model) => ({ model })),
  OTHER_CASE: [{}],
  EXTRA_FIELD: [{}],
  KEY_ID_EXPECTED: [{}],
  MAC_EXPECTED: [{}],
  JSON_TEXT_EXPECTED: KINDS.map((value) => ({ value })),
  SNAPSHOT_TEXT_TOO_LONG: [{ length: 262_145, max: 262_144 }],
  KEY_NOT_GIVEN: [{}],
  MAC_MISMATCH: [{}],
  SNAPSHOT_NOT_JSON: [{}],
  CHECKSUM_EXPECTED: [{}],
  SNAPSHOT_OBJECT_EXPECTED: KINDS.map((value) => ({ value })),
  CHECKSUM_MISMATCH: [{}],
  NO_MIGRATION: [{ version: 0 }],
  SNAPSHOT_TOO_LONG: [{}],
  MOMENT_OUT_OF_CALENDAR: [{}],
  TERM_OUT_OF_CALENDAR: [{}],
};

const rendered = renderMessages({ uk, en }, SAMPLES);

describe('the message files of @vikno/workflows', () => {
  it.each(rendered)('$code in Ukrainian has no English words: $uk', ({ uk }) => {
    expect(englishWordsIn(uk)).toEqual([]);
  });

  it('say every code in both languages, never empty', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    for (const message of rendered) {
      expect(message.uk.length).toBeGreaterThan(0);
      expect(message.en.length).toBeGreaterThan(0);
    }
  });

  it('name the options of a restored case in backticks, as names', () => {
    expect(uk.LEGACY_NEEDED({ version: 1 })).toBe(
      'Справа версії 1 не має ключової перевірки; відновіть її з `{ legacy: true }` один раз і збережіть знову',
    );
    expect(uk.MAC_EXPECTED({})).toBe('Очікується HMAC-SHA-256 у кодуванні `base64url`');
  });

  it('refuse a register step in words a reader of Ukrainian understands', () => {
    expect(uk.WRONG_REGISTER_STATUS({ step: 'add', status: 'dispatched', expected: 'open' })).toBe(
      'Неможливо додати справу до реєстру: він відправлений, а не відкритий',
    );
  });
});
