import { fc, test } from '@fast-check/vitest';
import * as deadlines from '@vikno/deadlines';
import {
  addWorkingDays,
  computeDeadline,
  countWorkingDays,
  deadlineStatus,
  describeTerm,
  explainDay,
  explainDeadline,
  FIRST_SUPPORTED_DAY,
  holidaysInYear,
  isWorkingDay,
  kyivInstant,
  LAST_SUPPORTED_DAY,
  nextWorkingDay,
  registrationDay,
  toKyivDate,
  valueKind,
} from '@vikno/deadlines';
import { describe, expect } from 'vitest';
import {
  anyOf,
  expectEveryExportCovered,
  type FuzzCase,
  fuzzTable,
  hostile,
  hostileStrings,
  inRange,
  mutated,
  PLANTED_NAME,
  PLANTED_TAX_NUMBER,
  readable,
} from './harness.js';

// Every export of @vikno/deadlines with hostile arguments: a valid result (a real date in the supported range,
// text with no `undefined` or `NaN`) or a DeadlinesError.

const DAY_MS = 86_400_000;
const FIRST_MS = Date.parse(`${FIRST_SUPPORTED_DAY}T00:00:00Z`);
const LAST_MS = Date.parse(`${LAST_SUPPORTED_DAY}T00:00:00Z`);

const civilDate = fc
  .integer({ min: FIRST_MS / DAY_MS - 30, max: LAST_MS / DAY_MS + 30 })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
const instant = fc.oneof(
  fc.integer({ min: FIRST_MS - 30 * DAY_MS, max: LAST_MS + 30 * DAY_MS }),
  fc.integer({ min: FIRST_MS, max: LAST_MS }).map((ms) => new Date(ms).toISOString()),
  fc.integer({ min: FIRST_MS, max: LAST_MS }).map((ms) => new Date(ms)),
);
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const unit = fc.constantFrom('calendarDays', 'workingDays', 'weeks', 'months', 'years');
const term = fc.record({ amount: fc.integer({ min: 1, max: 400 }), unit });
const options = fc.oneof(
  fc.constant(undefined),
  fc.record({ martialLawLastDay: civilDate.filter((day) => day >= '2022-03-24') }),
);
const VALID_INPUT = {
  start: '2026-03-02',
  term: { amount: 10, unit: 'workingDays' },
  registration: 'nextWorkingDayIfDayOff',
  suspensions: [{ from: '2026-03-05', to: '2026-03-06', reason: { uk: 'запит', en: 'a request' } }],
  extensions: [{ amount: 5, unit: 'workingDays' }],
  officeHours: { closesAt: '17:00', closesAtByWeekday: { 5: '16:45' } },
  statutoryMaximum: { amount: 30, unit: 'calendarDays' },
  martialLawLastDay: '2026-12-31',
};
const VALID_DEADLINE = computeDeadline(VALID_INPUT as deadlines.DeadlineInput);

function validDay(day: deadlines.DayExplanation, input: unknown): boolean {
  inRange(day.date);
  expect(typeof day.isWorkingDay).toBe('boolean');
  readable(day.summary.uk, input);
  readable(day.summary.en, input);
  // No reason contradicts the verdict: a day off is never "a working day", nor a working day "a day off".
  for (const reason of day.reasons) {
    if (day.isWorkingDay) expect(reason.text.en).not.toMatch(/a day off\.$/);
    else expect(reason.text.en).not.toMatch(/working day\.$/);
  }
  if (!day.isWorkingDay) expect(day.summary.uk).not.toContain('звичайний робочий день');
  for (const entry of day.entries) inRange(entry.date);
  return true;
}

function validDeadline(deadline: deadlines.Deadline, input: unknown): boolean {
  for (const date of [deadline.registeredOn, deadline.countingFrom, deadline.lastDay]) inRange(date);
  expect(Number.isFinite(Date.parse(deadline.dueAt))).toBe(true);
  for (const step of deadline.trace) {
    inRange(step.date);
    readable(step.text.uk, input);
    readable(step.text.en, input);
  }
  return true;
}

const cases: Record<string, FuzzCase> = {
  toKyivDate: { args: fc.tuple(anyOf(instant)), call: toKyivDate, valid: inRange },
  kyivInstant: {
    args: fc.tuple(anyOf(civilDate), anyOf(clock)),
    call: kyivInstant,
    // The instant falls on the day asked, in Kyiv, whatever the season.
    valid: (result: string, [date]) => toKyivDate(result) === date,
  },
  valueKind: {
    args: fc.tuple(fc.oneof(hostile, hostileStrings)),
    call: valueKind,
    // A description of a value names its kind and size, never what it holds.
    valid: (result: { uk: string; en: string }) =>
      [result.uk, result.en].every(
        (text) =>
          text.length > 0 &&
          text.length <= 80 &&
          !text.includes(PLANTED_NAME) &&
          !text.includes(PLANTED_TAX_NUMBER),
      ),
  },
  isWorkingDay: {
    args: fc.tuple(anyOf(civilDate), anyOf(options, { martialLawLastDay: '2026-12-31' })),
    call: isWorkingDay,
    valid: (result: boolean) => typeof result === 'boolean',
  },
  nextWorkingDay: {
    args: fc.tuple(anyOf(civilDate), anyOf(options, { martialLawLastDay: '2026-12-31' })),
    call: nextWorkingDay,
    valid: inRange,
  },
  registrationDay: {
    args: fc.tuple(anyOf(civilDate), anyOf(options, { martialLawLastDay: '2026-12-31' })),
    call: registrationDay,
    // The day received when it is a working day, else the next working day: a working day, never earlier.
    valid: (result: string, [receivedOn, calendar]) =>
      inRange(result) &&
      result >= (receivedOn as string) &&
      isWorkingDay(result, calendar as deadlines.CalendarOptions | undefined),
  },
  addWorkingDays: {
    args: fc.tuple(
      anyOf(civilDate),
      anyOf(fc.integer({ min: -6000, max: 6000 })),
      anyOf(options, { martialLawLastDay: '2026-12-31' }),
    ),
    call: addWorkingDays,
    valid: inRange,
  },
  countWorkingDays: {
    args: fc.tuple(anyOf(civilDate), anyOf(civilDate), anyOf(options, { martialLawLastDay: '2026-12-31' })),
    call: countWorkingDays,
    valid: (result: number) => Number.isSafeInteger(result),
  },
  holidaysInYear: {
    args: fc.tuple(
      anyOf(fc.integer({ min: 2010, max: 2040 })),
      anyOf(options, { martialLawLastDay: '2026-12-31' }),
    ),
    call: holidaysInYear,
    valid: (result: deadlines.CalendarEntry[], args) => {
      for (const entry of result) {
        inRange(entry.date);
        readable(entry.name.uk, args);
        readable(entry.name.en, args);
      }
      return true;
    },
  },
  explainDay: {
    args: fc.tuple(anyOf(civilDate), anyOf(options, { martialLawLastDay: '2026-12-31' })),
    call: explainDay,
    valid: validDay,
  },
  describeTerm: {
    args: fc.tuple(anyOf(term, { amount: 10, unit: 'workingDays' })),
    call: describeTerm,
    valid: (result: deadlines.LocalizedText, args) => readable(result.uk, args) && readable(result.en, args),
  },
  computeDeadline: {
    args: fc.tuple(
      fc.oneof(
        anyOf(
          fc.record({
            start: civilDate,
            term,
            registration: fc.constantFrom('asReceived', 'nextWorkingDayIfDayOff'),
          }),
          VALID_INPUT,
        ),
        mutated(VALID_INPUT),
      ),
    ),
    call: computeDeadline,
    valid: validDeadline,
  },
  explainDeadline: {
    args: fc.tuple(
      anyOf(fc.constant(VALID_DEADLINE), VALID_DEADLINE),
      anyOf(fc.constantFrom('uk', 'en', undefined)),
    ),
    call: explainDeadline,
    valid: (result: string, args) => readable(result, args),
  },
  deadlineStatus: {
    args: fc.tuple(
      anyOf(fc.constant(VALID_DEADLINE), { lastDay: VALID_DEADLINE.lastDay, dueAt: VALID_DEADLINE.dueAt }),
      anyOf(instant),
      anyOf(fc.record({ dueSoonWithinWorkingDays: fc.integer({ min: 0, max: 30 }) }), {
        dueSoonWithinWorkingDays: 2,
        martialLawLastDay: '2026-12-31',
      }),
    ),
    call: deadlineStatus,
    valid: (result: deadlines.DeadlineStatus) => {
      inRange(result.today);
      expect(['onTrack', 'dueSoon', 'dueToday', 'overdue']).toContain(result.status);
      const distance = result.status === 'overdue' ? result.overdue : result.remaining;
      for (const count of [distance.workingDays, distance.calendarDays]) {
        expect(Number.isSafeInteger(count) && count >= 0).toBe(true);
      }
      return true;
    },
  },
};

describe('@vikno/deadlines with hostile input', () => {
  test('every export is fuzzed', () => {
    expectEveryExportCovered(deadlines, Object.keys(cases), {
      DeadlinesError: 'the error class: built by the package from its own messages, never from input',
      termInDays: 'a term of the administrative procedure: fuzzed in procedure.fuzz.test.ts',
      extensionNoticeDay: 'a term of the administrative procedure: fuzzed in procedure.fuzz.test.ts',
      deliveredOn: 'a term of the administrative procedure: fuzzed in procedure.fuzz.test.ts',
    });
  });

  fuzzTable(cases);
});
