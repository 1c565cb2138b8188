import { describe, expectTypeOf, it } from 'vitest';
import {
  type ApplicantFacts,
  buildChecklist,
  type Checklist,
  checkPackage,
  type FactName,
  type PackageCheck,
  questionsFor,
} from './index.js';

describe('public types', () => {
  it('types facts, so a misspelt fact or a wrong value does not compile', () => {
    expectTypeOf<ApplicantFacts['applicationForm']>().toEqualTypeOf<'paper' | 'electronic' | undefined>();
    // @ts-expect-error: no such fact
    buildChecklist('birth-assistance', { bornAbroad: true });
    // @ts-expect-error: a boolean fact
    buildChecklist('birth-assistance', { idp: 'yes' });
  });

  it('returns checklists, questions and package checks', () => {
    const checklist = buildChecklist('birth-assistance', {});
    expectTypeOf(checklist).toEqualTypeOf<Checklist>();
    expectTypeOf(questionsFor('birth-assistance', {})[0]?.fact).toEqualTypeOf<FactName | undefined>();
    expectTypeOf(checkPackage(checklist, [])).toEqualTypeOf<PackageCheck>();
    // @ts-expect-error: a submitted document is an original or a copy
    checkPackage(checklist, [{ document: 'application', form: 'scan' }]);
  });
});
