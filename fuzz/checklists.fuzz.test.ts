import { fc, test } from '@fast-check/vitest';
import { defaultCatalog } from '@vikno/catalog';
import * as checklists from '@vikno/checklists';
import {
  buildChecklist,
  buildChecklistFor,
  ChecklistError,
  checkPackage,
  defaultRuleBook,
  defaultRuleBookData,
  evaluate,
  FACT_DEFINITIONS,
  questionsFor,
  RuleBook,
  unknownFacts,
  validUntil,
} from '@vikno/checklists';
import { FIRST_SUPPORTED_DAY } from '@vikno/deadlines';
import { describe, expect } from 'vitest';
import {
  anyOf,
  expectEveryExportCovered,
  type FuzzCase,
  fuzzTable,
  hostile,
  hostileStrings,
  MAX_MESSAGE,
} from './harness.js';

// Every export of @vikno/checklists, and every method of its RuleBook, with hostile arguments: a valid result
// (fact names that exist, real days in the supported range, ids of the rules) or a ChecklistError.

const BOOK = defaultRuleBook();
const DATA = defaultRuleBookData();
const SERVICE_IDS = BOOK.serviceIds;
const FACTS = Object.keys(FACT_DEFINITIONS);
const AS_OF = '2026-03-02';
const KNOWN_FACTS = {
  idp: true,
  incomeOutsideRegisters: false,
  rentsHousing: true,
  applicant: 'self' as const,
};
const CHECKLIST = buildChecklist('housing-subsidy', KNOWN_FACTS, { asOf: AS_OF });
const SUBMITTED = [
  { document: 'application', form: 'original' },
  { document: 'declaration', form: 'original', issuedOn: '2026-02-01' },
];
const CONDITION = {
  all: [
    { fact: 'idp', equals: true },
    { not: { fact: 'age', atLeast: 18 } },
    { any: [{ fact: 'applicant', in: ['self'] }] },
  ],
};

const civilDate = fc
  .integer({ min: Date.UTC(2014, 0, 1) / 86_400_000, max: Date.UTC(2035, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const serviceId = fc.oneof(
  fc.constantFrom(...SERVICE_IDS),
  fc.constantFrom(...SERVICE_IDS).map((id) => `${id.slice(0, -1)}x`),
);
const options = fc.record({ asOf: civilDate }, { requiredKeys: [] });
const term = fc.record({
  amount: fc.integer({ min: 1, max: 36_500 }),
  unit: fc.constantFrom('calendarDays', 'workingDays', 'weeks', 'months', 'years'),
});

function validChecklist(checklist: checklists.Checklist): boolean {
  expect(checklist.asOf).toMatch(/^\d{4}-\d\d-\d\d$/);
  for (const id of checklist.serviceIds) expect(SERVICE_IDS).toContain(id);
  for (const line of checklist.undetermined) for (const fact of line.facts) expect(FACTS).toContain(fact);
  expect(checklist.settled).toBe(checklist.undetermined.length === 0);
  return true;
}

/** A real `YYYY-MM-DD` day, from `from` (the legal calendar's first day by default) to 9999-12-31. */
function realDay(day: unknown, from = FIRST_SUPPORTED_DAY): boolean {
  expect(day).toMatch(/^\d{4}-\d\d-\d\d$/);
  const [year, month, date] = (day as string).split('-').map(Number) as [number, number, number];
  const parsed = new Date(0);
  parsed.setUTCFullYear(year, month - 1, date);
  expect([parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate()], 'a real day').toEqual([
    year,
    month,
    date,
  ]);
  expect((day as string) >= from, 'in range').toBe(true);
  return true;
}

const cases: Record<string, FuzzCase> = {
  evaluate: {
    args: fc.tuple(anyOf(fc.constant(CONDITION), CONDITION), anyOf(fc.constant(KNOWN_FACTS), KNOWN_FACTS)),
    call: evaluate,
    valid: (result: unknown) => result === true || result === false || result === undefined,
  },
  unknownFacts: {
    args: fc.tuple(anyOf(fc.constant(CONDITION), CONDITION), anyOf(fc.constant({}), KNOWN_FACTS)),
    call: unknownFacts,
    valid: (result: string[]) => result.every((fact) => FACTS.includes(fact)),
  },
  buildChecklist: {
    args: fc.tuple(
      anyOf(serviceId),
      anyOf(fc.constant(KNOWN_FACTS), KNOWN_FACTS),
      anyOf(options, { asOf: AS_OF }),
    ),
    call: buildChecklist,
    valid: validChecklist,
  },
  buildChecklistFor: {
    args: fc.tuple(
      anyOf(fc.uniqueArray(serviceId, { minLength: 1, maxLength: 3 }), [
        'birth-assistance',
        'baby-box-compensation',
      ]),
      anyOf(fc.constant(KNOWN_FACTS), KNOWN_FACTS),
      anyOf(options, { asOf: AS_OF }),
    ),
    call: buildChecklistFor,
    valid: validChecklist,
  },
  defaultRuleBook: {
    args: fc.tuple(hostile),
    call: defaultRuleBook as (...args: never[]) => unknown,
    valid: (result: RuleBook) => result === BOOK,
  },
  defaultRuleBookData: {
    args: fc.tuple(hostile),
    call: defaultRuleBookData as (...args: never[]) => unknown,
    valid: (result: checklists.RuleBookData) => Array.isArray(result.rules),
  },
  questionsFor: {
    args: fc.tuple(
      anyOf(fc.oneof(serviceId, fc.uniqueArray(serviceId, { minLength: 1, maxLength: 3 }))),
      anyOf(fc.constant({}), KNOWN_FACTS),
      anyOf(options, { asOf: AS_OF }),
    ),
    call: questionsFor,
    valid: (result: checklists.Question[]) => result.every((question) => FACTS.includes(question.fact)),
  },
  ChecklistError: {
    args: fc.tuple(
      anyOf(fc.constant({ code: 'INVALID_OPTION', path: 'x', en: 'Bad', uk: 'Погано' }), {
        code: 'INVALID_FACTS',
        path: 'facts',
        en: 'Bad',
        uk: 'Погано',
        issues: [{ path: 'facts.age', en: 'Bad', uk: 'Погано' }],
      }),
    ),
    call: (details: checklists.ChecklistErrorDetails) => new ChecklistError(details),
    valid: (error: ChecklistError) =>
      error instanceof ChecklistError && error.message.length <= MAX_MESSAGE && error.issues.length <= 21,
  },
  checkPackage: {
    args: fc.tuple(
      anyOf(fc.constant(CHECKLIST), CHECKLIST),
      anyOf(fc.constant(SUBMITTED), SUBMITTED),
      anyOf(fc.record({ on: civilDate }), { on: AS_OF, ruleBook: BOOK }),
    ),
    call: checkPackage,
    valid: (result: checklists.PackageCheck) => {
      realDay(result.on, '0000-01-01');
      for (const finding of result.expired) realDay(finding.validUntil, finding.issuedOn);
      for (const fact of result.pendingFacts) expect(FACTS).toContain(fact);
      return typeof result.complete === 'boolean';
    },
  },
  validUntil: {
    args: fc.tuple(anyOf(civilDate), anyOf(term, { amount: 6, unit: 'months' })),
    call: validUntil,
    // A real day after the issue day, within the documented range 1900-01-01 to 9999-12-31.
    valid: (day: string, [issuedOn]) => realDay(day, typeof issuedOn === 'string' ? issuedOn : '1900-01-01'),
  },
  'new RuleBook': {
    args: fc.tuple(anyOf(fc.constant(DATA), DATA), anyOf(fc.constant(defaultCatalog()))),
    call: (data: checklists.RuleBookData, catalog: ReturnType<typeof defaultCatalog>) =>
      new RuleBook(data, catalog),
    valid: (result: RuleBook) => result instanceof RuleBook,
  },
  'RuleBook.serviceIds': {
    args: fc.tuple(fc.constant(undefined)),
    call: () => BOOK.serviceIds,
    valid: (result: string[]) => result.length > 0,
  },
  'RuleBook.document': {
    args: fc.tuple(anyOf(fc.constantFrom('application', 'passport', 'birth-certificate'))),
    call: (id: string) => BOOK.document(id),
  },
  'RuleBook.rule': {
    args: fc.tuple(anyOf(serviceId), anyOf(options, { asOf: AS_OF })),
    call: (id: string, options: checklists.ChecklistOptions) => BOOK.rule(id, options),
    valid: (result: { serviceId: string }) => SERVICE_IDS.includes(result.serviceId),
  },
  'RuleBook.checklist': {
    args: fc.tuple(
      anyOf(serviceId),
      anyOf(fc.constant(KNOWN_FACTS), KNOWN_FACTS),
      anyOf(options, { asOf: AS_OF }),
    ),
    call: (id: string, facts: checklists.ApplicantFacts, options: checklists.ChecklistOptions) =>
      BOOK.checklist(id, facts, options),
    valid: validChecklist,
  },
  'RuleBook.checklistFor': {
    args: fc.tuple(
      anyOf(fc.uniqueArray(serviceId, { minLength: 1, maxLength: 3 }), ['birth-assistance']),
      anyOf(fc.constant({}), KNOWN_FACTS),
      anyOf(options, { asOf: AS_OF }),
    ),
    call: (ids: string[], facts: checklists.ApplicantFacts, options: checklists.ChecklistOptions) =>
      BOOK.checklistFor(ids, facts, options),
    valid: validChecklist,
  },
  'RuleBook.questions': {
    args: fc.tuple(
      anyOf(fc.oneof(serviceId, hostileStrings)),
      anyOf(fc.constant({}), KNOWN_FACTS),
      anyOf(options),
    ),
    call: (ids: string, facts: checklists.ApplicantFacts, options: checklists.ChecklistOptions) =>
      BOOK.questions(ids, facts, options),
    valid: (result: checklists.Question[]) => result.every((question) => FACTS.includes(question.fact)),
  },
};

describe('@vikno/checklists with hostile input', () => {
  test('every export is fuzzed', () => {
    expectEveryExportCovered(
      checklists,
      Object.keys(cases).map((name) => name.replace(/^new /, '').split('.')[0] as string),
    );
  });

  fuzzTable(cases);
});
