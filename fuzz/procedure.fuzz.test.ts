import { fc, test } from '@fast-check/vitest';
import * as deadlines from '@vikno/deadlines';
import {
  ADMINISTRATIVE_PROCEDURE,
  countWorkingDays,
  deliveredOn,
  extensionNoticeDay,
  FIRST_SUPPORTED_DAY,
  isWorkingDay,
  LAST_SUPPORTED_DAY,
  nextWorkingDay,
  termInDays,
} from '@vikno/deadlines';
import { describe, expect } from 'vitest';
import { anyOf, type FuzzCase, fuzzTable, inRange, readable } from './harness.js';

// The terms of the administrative procedure (Law 2073-IX) in @vikno/deadlines with hostile arguments: a valid
// result (a term the law's rule gives, a real day in the supported range) or a DeadlinesError.

const DAY_MS = 86_400_000;
const FIRST_MS = Date.parse(`${FIRST_SUPPORTED_DAY}T00:00:00Z`);
const LAST_MS = Date.parse(`${LAST_SUPPORTED_DAY}T00:00:00Z`);

const civilDate = fc
  .integer({ min: FIRST_MS / DAY_MS - 30, max: LAST_MS / DAY_MS + 30 })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
const options = fc.oneof(
  fc.constant(undefined),
  fc.record({ martialLawLastDay: civilDate.filter((day) => day >= '2022-03-24') }),
);
const channel = fc.constantFrom('inPerson', 'post', 'electronic');

/** The procedure's own exports: the functions `deadlines.fuzz.test.ts` leaves to this file. */
const PROCEDURE_EXPORTS = ['termInDays', 'extensionNoticeDay', 'deliveredOn'] as const;

const cases: Record<(typeof PROCEDURE_EXPORTS)[number], FuzzCase> = {
  termInDays: {
    args: fc.tuple(anyOf(fc.integer({ min: -5, max: 40_000 }))),
    call: termInDays,
    // Ten days and less in working days, more in calendar days, with the rule's basis.
    valid: (result: deadlines.Term, [amount]) =>
      result.amount === amount &&
      result.unit === ((amount as number) <= 10 ? 'workingDays' : 'calendarDays') &&
      result.basis?.length === ADMINISTRATIVE_PROCEDURE.daysWithoutUnit.basis.length,
  },
  extensionNoticeDay: {
    args: fc.tuple(anyOf(civilDate), anyOf(options, { martialLawLastDay: '2026-12-31' })),
    call: extensionNoticeDay,
    // A working day with exactly three working days after it up to the day the term really ends.
    valid: (result: string, [lastDay, calendar]) => {
      inRange(result);
      const scenario = calendar as deadlines.CalendarOptions | undefined;
      expect(isWorkingDay(result, scenario)).toBe(true);
      const day = lastDay as string;
      if (day < LAST_SUPPORTED_DAY || isWorkingDay(day, scenario)) {
        const end = isWorkingDay(day, scenario) ? day : nextWorkingDay(day, scenario);
        expect(countWorkingDays(result, end, scenario)).toBe(3);
      }
      return true;
    },
  },
  deliveredOn: {
    args: fc.tuple(
      anyOf(fc.record({ channel, sentOn: civilDate }), { channel: 'post', sentOn: '2026-03-02' }),
      anyOf(options, { martialLawLastDay: '2026-12-31' }),
    ),
    call: deliveredOn,
    // Never before the day sent, with the channel's basis and a text in both languages.
    valid: (result: deadlines.DecisionDelivery, args) => {
      inRange(result.on);
      const input = args[0] as deadlines.DeliveryInput;
      expect(result.on >= input.sentOn).toBe(true);
      expect(result.basis).toBe(ADMINISTRATIVE_PROCEDURE.delivery[input.channel].basis);
      return readable(result.text.uk, args) && readable(result.text.en, args);
    },
  },
};

describe('the administrative procedure of @vikno/deadlines with hostile input', () => {
  test('every export of the procedure is fuzzed here', () => {
    const exported = new Map(Object.entries(deadlines));
    for (const name of PROCEDURE_EXPORTS) expect(typeof exported.get(name), name).toBe('function');
  });

  fuzzTable(cases);
});
