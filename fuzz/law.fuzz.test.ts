import { fc, test } from '@fast-check/vitest';
import * as law from '@vikno/law';
import {
  ACTS,
  ActRegister,
  addDays,
  addMonths,
  civilOf,
  daysBetween,
  daysInMonth,
  defaultActRegister,
  englishWordsIn,
  epochDayOf,
  FIRST_SUPPORTED_DAY,
  formatCount,
  formatEpochDay,
  formatEpochDayUk,
  instantToEpochMs,
  isoWeekdayOf,
  issuesFrom,
  isVerified,
  kyivDayOf,
  kyivInstant,
  kyivWallClock,
  kyivWallInstant,
  LAST_SUPPORTED_DAY,
  LawError,
  LegalSource,
  messageBook,
  monthsAfter,
  outsideSupportedDays,
  periodKeyProblems,
  periodsOf,
  pluralEn,
  pluralUk,
  renderMessages,
  say,
  toKyivDate,
  tryParseCivilDate,
  ViknoError,
  valueKind,
} from '@vikno/law';
import { describe, expect } from 'vitest';
import { z } from 'zod';
import {
  anyOf,
  expectEveryExportCovered,
  type FuzzCase,
  fuzzTable,
  hostile,
  hostileStrings,
  inRange,
  PLANTED_NAME,
  PLANTED_TAX_NUMBER,
  readable,
} from './harness.js';

// Every export of @vikno/law with hostile arguments: a valid result or a LawError (a ViknoError), never a wrong
// date, a TypeError, or a value repeated.

const DAY_MS = 86_400_000;
const FIRST = tryParseCivilDate(FIRST_SUPPORTED_DAY) as number;
const LAST = tryParseCivilDate(LAST_SUPPORTED_DAY) as number;
const anyDay = fc.integer({ min: -719528, max: 2932896 });
const civilDate = fc.integer({ min: -719528, max: 2932896 }).map((day) => formatEpochDay(day));
const supportedDate = fc.integer({ min: FIRST - 30, max: LAST + 30 }).map((day) => formatEpochDay(day));
const instant = fc.oneof(
  fc.integer({ min: (FIRST - 30) * DAY_MS, max: (LAST + 30) * DAY_MS }),
  fc.integer({ min: FIRST * DAY_MS, max: LAST * DAY_MS }).map((ms) => new Date(ms).toISOString()),
);
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const CITATION = {
  act: 'law-5203-vi',
  provision: { uk: 'ст. 10', en: 'Art. 10' },
  evidence: 'text',
  checkedOn: '2026-11-25',
};
const ACT = ACTS[0];
const SERIES = { earliest: 'УСЗН', '2025-07-01': 'ПФУ', '2026-01-01': null };
const isDay = (result: unknown) => tryParseCivilDate(result) !== undefined;
const isWhole = (result: unknown) => Number.isSafeInteger(result);
const isText = (result: unknown) => typeof result === 'string' && result.length > 0;
const DETAILS = { code: 'SOME_CODE', path: 'input.field', uk: 'Щось не так', en: 'Something is wrong' };
const BOOKS = {
  uk: { A: ({ n }: { n: number }) => `Помилка ${n}` },
  en: { A: ({ n }: { n: number }) => `Error ${n}` },
};

const cases: Record<string, FuzzCase> = {
  addDays: {
    args: fc.tuple(anyOf(civilDate), anyOf(fc.integer({ min: -4e6, max: 4e6 }))),
    call: addDays,
    valid: isDay,
  },
  addMonths: {
    args: fc.tuple(anyOf(civilDate), anyOf(fc.integer({ min: -2e5, max: 2e5 }))),
    call: addMonths,
    valid: isDay,
  },
  daysBetween: { args: fc.tuple(anyOf(civilDate), anyOf(civilDate)), call: daysBetween, valid: isWhole },
  daysInMonth: {
    args: fc.tuple(anyOf(fc.integer({ min: -5, max: 10_005 })), anyOf(fc.integer({ min: 0, max: 13 }))),
    call: daysInMonth,
    valid: (result: number) => result >= 28 && result <= 31,
  },
  epochDayOf: {
    args: fc.tuple(
      anyOf(fc.integer({ min: 0, max: 9999 })),
      anyOf(fc.integer({ min: 1, max: 12 })),
      anyOf(fc.integer({ min: 0, max: 32 })),
    ),
    call: epochDayOf,
    valid: isWhole,
  },
  civilOf: {
    args: fc.tuple(anyOf(anyDay)),
    call: civilOf,
    valid: (result: { year: number; month: number; day: number }) => result.month >= 1 && result.day >= 1,
  },
  isoWeekdayOf: {
    args: fc.tuple(anyOf(anyDay)),
    call: isoWeekdayOf,
    valid: (result: number) => result >= 1 && result <= 7,
  },
  formatEpochDay: { args: fc.tuple(anyOf(anyDay)), call: formatEpochDay, valid: isDay },
  formatEpochDayUk: {
    args: fc.tuple(anyOf(anyDay)),
    call: formatEpochDayUk,
    valid: (result: string) => /^\d\d\.\d\d\.\d{4}$/.test(result),
  },
  monthsAfter: {
    args: fc.tuple(anyOf(anyDay), anyOf(fc.integer({ min: -2e5, max: 2e5 }))),
    call: monthsAfter,
    valid: (result: { epochDay: number }) => isDay(formatEpochDay(result.epochDay)),
  },
  tryParseCivilDate: {
    args: fc.tuple(anyOf(civilDate)),
    call: tryParseCivilDate,
    valid: (result: unknown) => result === undefined || isWhole(result),
  },
  toKyivDate: { args: fc.tuple(anyOf(instant)), call: toKyivDate, valid: inRange },
  kyivInstant: {
    args: fc.tuple(anyOf(supportedDate), anyOf(clock)),
    call: kyivInstant,
    valid: (result: string, [date]) => toKyivDate(result) === date,
  },
  kyivDayOf: {
    args: fc.tuple(anyOf(instant), anyOf(fc.constant('at'))),
    call: kyivDayOf,
    valid: (result: { epochDay: number }) => inRange(formatEpochDay(result.epochDay)),
  },
  kyivWallClock: {
    args: fc.tuple(anyOf(fc.integer({ min: -8.64e15, max: 8.64e15 }))),
    call: kyivWallClock,
    valid: (result: { minutes: number }) => result.minutes >= 0 && result.minutes < 1440,
  },
  kyivWallInstant: {
    args: fc.tuple(
      anyOf(fc.integer({ min: FIRST - 5, max: LAST + 5 })),
      anyOf(fc.integer({ min: -5, max: 1500 })),
    ),
    call: kyivWallInstant,
    valid: (result: { ms: number; iso: string }) => Date.parse(result.iso) === result.ms,
  },
  instantToEpochMs: {
    args: fc.tuple(anyOf(instant), anyOf(fc.constant('at'))),
    call: instantToEpochMs,
    valid: (result: number) => Number.isFinite(result),
  },
  outsideSupportedDays: {
    args: fc.tuple(anyOf(fc.constantFrom('start', 'at'))),
    call: outsideSupportedDays,
    valid: (result: LawError) => result instanceof LawError && result.code === 'DATE_OUT_OF_RANGE',
  },
  valueKind: {
    args: fc.tuple(fc.oneof(hostile, hostileStrings)),
    call: valueKind,
    valid: (result: { uk: string; en: string }) =>
      [result.uk, result.en].every(
        (text) =>
          text.length > 0 &&
          text.length <= 80 &&
          !text.includes(PLANTED_NAME) &&
          !text.includes(PLANTED_TAX_NUMBER),
      ),
  },
  pluralUk: {
    args: fc.tuple(anyOf(fc.integer()), anyOf(fc.constant(['день', 'дні', 'днів']))),
    call: pluralUk,
    valid: (result: unknown) => ['день', 'дні', 'днів'].includes(result as string),
  },
  pluralEn: {
    args: fc.tuple(anyOf(fc.integer()), anyOf(fc.constant('day')), anyOf(fc.constant('days'))),
    call: pluralEn,
    valid: (result: unknown, [, one, many]) => result === one || result === many,
  },
  formatCount: {
    args: fc.tuple(anyOf(fc.integer({ min: 0 })), anyOf(fc.constantFrom('uk', 'en'))),
    call: formatCount,
    valid: isText,
  },
  englishWordsIn: {
    args: fc.tuple(fc.oneof(hostile, hostileStrings)),
    call: englishWordsIn,
    valid: (result: unknown) => Array.isArray(result),
  },
  say: {
    args: fc.tuple(anyOf(fc.constant(BOOKS)), anyOf(fc.constant('A')), anyOf(fc.record({ n: fc.integer() }))),
    call: say,
    valid: (result: { uk: string; en: string }) => isText(result.uk) && isText(result.en),
  },
  messageBook: {
    args: fc.tuple(anyOf(fc.constant(BOOKS)), anyOf(fc.constant('A')), anyOf(fc.record({ n: fc.integer() }))),
    call: (books: unknown, code: unknown, params: unknown) => {
      const book = messageBook(books as typeof BOOKS);
      return [
        book.says(code as 'A', params as { n: number }),
        book.issue('a.b', code as 'A', params as { n: number }),
      ];
    },
    valid: ([text, issue]: [{ uk: string }, { code: string }]) => isText(text.uk) && issue.code === 'A',
  },
  periodKeyProblems: {
    args: fc.tuple(anyOf(fc.constant(SERIES), SERIES)),
    call: periodKeyProblems,
    valid: (result: unknown) => Array.isArray(result),
  },
  periodsOf: {
    args: fc.tuple(anyOf(fc.constant(SERIES), SERIES)),
    call: periodsOf,
    // Each period ends the day before the next begins.
    valid: (result: law.Period<unknown>[]) =>
      result.every((period, index) => index === 0 || (result[index - 1]?.to ?? '') < (period.from ?? '')),
  },
  renderMessages: {
    args: fc.tuple(
      anyOf(fc.constant(BOOKS)),
      anyOf(fc.constant({ A: [{ n: 1 }, { n: 2 }] }), { A: [{ n: 1 }] }),
    ),
    call: renderMessages,
    valid: (result: { uk: string; en: string }[]) =>
      result.every((message) => isText(message.uk) && isText(message.en)),
  },
  isVerified: {
    args: fc.tuple(anyOf(fc.constantFrom('text', 'officialCard', 'secondary', 'none'))),
    call: isVerified,
    valid: (result: unknown) => typeof result === 'boolean',
  },
  issuesFrom: {
    args: fc.tuple(
      anyOf(
        fc.constant(LegalSource.safeParse({ id: 'x', act: {}, verified: 'yes', extra: PLANTED_NAME }).error),
      ),
      anyOf(fc.constantFrom('source', 'a.b')),
    ),
    call: issuesFrom,
    valid: (result: law.Issue[], input) => {
      for (const issue of result) readable(issue.uk, input);
      return Array.isArray(result);
    },
  },
  defaultActRegister: {
    args: fc.tuple(),
    call: defaultActRegister,
    valid: (result: ActRegister) => result.size === ACTS.length,
  },
  ActRegister: {
    args: fc.tuple(anyOf(fc.constant([ACT, { ...ACT, id: 'another-act' }]), [ACT])),
    call: (acts: unknown) => new ActRegister(acts as unknown[]),
    valid: (result: ActRegister) => result.size >= 0,
  },
  'ActRegister#cite': {
    args: fc.tuple(anyOf(fc.constant(CITATION), CITATION), anyOf(fc.constantFrom('citation', 'basis.0'))),
    call: (citation: unknown, path: unknown) =>
      defaultActRegister().cite(citation as law.Citation, path as string),
    valid: (result: unknown) => LegalSource.safeParse(result).success,
  },
  'ActRegister#get': {
    args: fc.tuple(anyOf(fc.constantFrom('law-5203-vi', 'civil-code', 'nothing'))),
    call: (id: unknown) => defaultActRegister().get(id as string),
    valid: (result: unknown) => result === undefined || typeof result === 'object',
  },
  ViknoError: {
    args: fc.tuple(anyOf(fc.constant(DETAILS), DETAILS)),
    call: (details: unknown) => new ViknoError(details as law.ViknoErrorDetails<string>),
    valid: (result: ViknoError) => result instanceof ViknoError && result.message.length <= 2000,
  },
  LawError: {
    args: fc.tuple(anyOf(fc.constant({ ...DETAILS, code: 'INVALID_OPTION' }), DETAILS)),
    call: (details: unknown) => new LawError(details as law.ViknoErrorDetails<law.LawErrorCode>),
    valid: (result: LawError) => result instanceof ViknoError,
  },
};

describe('@vikno/law with hostile input', () => {
  fuzzTable(cases);

  test('every export is fuzzed', () => {
    expectEveryExportCovered(law, Object.keys(cases));
    expect(z.array(z.unknown()).safeParse(ACTS).success).toBe(true);
  });
});
