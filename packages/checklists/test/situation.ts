import type { ApplicantFacts } from '../src/index.js';

/**
 * A real applicant situation and the checklist it must get on 22.11.2026: the lines to bring (`id:form`), and the
 * lines the provider obtains from a register itself (`id<register`). Read a row as a sentence: "for this service,
 * this applicant brings these, and is not asked for those".
 */
export interface Situation {
  readonly service: string;
  readonly who: string;
  readonly facts: ApplicantFacts;
  readonly bring: readonly string[];
  readonly notDemanded: readonly string[];
}
