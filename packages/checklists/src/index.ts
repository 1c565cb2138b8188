/**
 * Which documents an applicant must bring for an administrative service, and why; which ones the state already
 * holds and must not demand (Law 5203-VI Art. 9; Law 1689-IX Art. 5); and whether a submitted package is complete.
 *
 * - `buildChecklist(serviceId, facts, { asOf })` and `buildChecklistFor(serviceIds, facts)` for a life situation;
 * - `questionsFor(serviceId, knownFacts)`: the interview that settles the checklist, as data;
 * - `checkPackage(checklist, submitted, { on })`: complete or not, and what is missing, expired, a copy where the
 *   original must be seen, or extra.
 *
 * Rules are data: each line names its documents, when it applies (a condition over typed facts), how it is
 * submitted, its legal basis, and when the provider obtains it from a register instead.
 *
 * @example
 * ```ts
 * import { buildChecklist, checkPackage } from '@vikno/checklists';
 *
 * const checklist = buildChecklist('birth-assistance', { childBornAbroad: false, guardian: false, idp: false });
 * const check = checkPackage(checklist, [{ document: 'application', form: 'original' }]);
 * console.log(check.complete, check.missing.map((finding) => finding.item.documents[0]?.name.uk));
 * ```
 *
 * @packageDocumentation
 */

export { Condition, evaluate, unknownFacts } from './condition.js';
export {
  buildChecklist,
  buildChecklistFor,
  defaultRuleBook,
  defaultRuleBookData,
  questionsFor,
} from './default.js';
export type { ChecklistErrorCode, ChecklistErrorDetails } from './errors.js';
export { ChecklistError } from './errors.js';
export type { Answer, FactDefinition, FactName } from './facts.js';
export { ApplicantFacts, ApplicantRole, ApplicationForm, FACT_DEFINITIONS } from './facts.js';
export { SUBMISSION_FORM_LABELS } from './labels.js';
export type {
  CheckPackageOptions,
  CopyFinding,
  ExpiredFinding,
  ExtraFinding,
  MissingFinding,
  PackageCheck,
  UndatedFinding,
} from './package-check.js';
export { checkPackage, SubmittedDocument, validUntil } from './package-check.js';
export type {
  Checklist,
  ChecklistDocument,
  ChecklistItem,
  ChecklistOptions,
  NotDemandedItem,
  Question,
  RuleBookData,
  UndeterminedItem,
} from './rule-book.js';
export { RuleBook } from './rule-book.js';
export type { ChecklistRuleInput, SourceInput } from './schema.js';
export { ChecklistRule, DocumentType, Register, RuleItem, Source, SubmissionForm } from './schema.js';
