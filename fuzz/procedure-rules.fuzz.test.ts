import { fc, test } from '@fast-check/vitest';
import { ADMINISTRATIVE_PROCEDURE, Term } from '@vikno/deadlines';
import { defaultActRegister } from '@vikno/law';
import * as workflows from '@vikno/workflows';
import { decisionTermRule } from '@vikno/workflows';
import { describe, expect } from 'vitest';
import { anyOf, type FuzzCase, fuzzTable, readable } from './harness.js';

// The trace of which law gives a case its decision term (decisionTermRule of @vikno/workflows) with hostile
// arguments: a term that parses, from the service's act with its basis kept or the general term of the procedure
// laws, with a reason in both languages; or a WorkflowError.

/** The rules' own exports: the functions `workflows.fuzz.test.ts` leaves to this file. */
const RULE_EXPORTS = ['decisionTermRule'] as const;

const ACT = defaultActRegister().cite(
  { act: 'kmu-923-2022', evidence: 'none', checkedOn: '2026-11-26' },
  'fuzz',
);
const CEILING = defaultActRegister().cite(
  { act: 'law-5203-vi', evidence: 'none', checkedOn: '2026-11-26' },
  'fuzz',
);

const term = fc.record(
  {
    amount: fc.integer({ min: 1, max: 36_500 }),
    unit: fc.constantFrom('calendarDays', 'workingDays', 'months'),
    basis: fc.constantFrom([], [ACT], [CEILING], [CEILING, ACT]),
  },
  { requiredKeys: ['amount', 'unit'] },
);

const cases: Record<(typeof RULE_EXPORTS)[number], FuzzCase> = {
  decisionTermRule: {
    args: fc.tuple(
      anyOf(fc.option(term, { nil: undefined }), { amount: 10, unit: 'workingDays', basis: [ACT] }),
    ),
    call: decisionTermRule,
    valid: (result: workflows.DecisionTermRule, [given]) => {
      expect(Term.safeParse(result.term).success).toBe(true);
      expect(result.basis.length).toBeGreaterThan(0);
      const own = given as Term | undefined;
      const ownAct = own?.basis?.some((source) => source.id !== 'law-5203-vi') ?? false;
      const ceilingOnly = own !== undefined && own.basis !== undefined && own.basis.length > 0 && !ownAct;
      if (own === undefined || ceilingOnly) {
        expect(result.applied).toBe('procedureLaw');
        expect(result.term.amount).toBe(ADMINISTRATIVE_PROCEDURE.generalTerm.value.amount);
      } else {
        expect(result.applied).toBe('serviceAct');
        expect([result.term.amount, result.term.unit]).toEqual([own.amount, own.unit]);
        for (const source of own.basis ?? []) expect(result.term.basis).toContainEqual(source);
      }
      return readable(result.because.uk, [given]) && readable(result.because.en, [given]);
    },
  },
};

describe('the procedure rules of @vikno/workflows with hostile input', () => {
  test('every export of the rules is fuzzed here', () => {
    const exported = new Map(Object.entries(workflows));
    for (const name of RULE_EXPORTS) expect(typeof exported.get(name), name).toBe('function');
  });

  fuzzTable(cases);
});
