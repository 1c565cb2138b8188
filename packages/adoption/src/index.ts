/**
 * How a Ukrainian hromada brings social-character administrative services (АПСХ) into its CNAP: the methodical
 * material as cited data (the three delivery models, the way to a Дія.Центр, the social front office of
 * seed 004, practices worth copying) and an advisor that ranks the models for a hromada's profile.
 *
 * @example
 * ```ts
 * import { MODELS } from '@vikno/adoption';
 *
 * const agreement = MODELS.III.steps.find((step) => step.produces.kind === 'agreement');
 * agreement?.actors; // ['hromadaCouncil', 'socialProtectionBody']
 * agreement?.basis.acts.map((citation) => citation.act); // ['mlsp-letter-968-2020']
 * ```
 *
 * @packageDocumentation
 */
export type {
  AdviceCondition,
  AdviceQuestion,
  AdviceReason,
  ModelAdvice,
  ModelAdviceResult,
} from './advise.js';
export { adviseModel } from './advise.js';
export { HromadaProfile, ProfileFactor } from './advise-profile.js';
export type { AdoptionErrorCode } from './errors.js';
export { AdoptionError } from './errors.js';
export { DIIA_CENTRE } from './material/diia-centre.js';
export { FRONT_OFFICE } from './material/front-office.js';
export { MODELS, STEPS_OF_MODEL } from './material/models.js';
export { PRACTICES } from './material/practices.js';
export {
  Actor,
  AdoptionModel,
  Assessment,
  DiiaCentrePath,
  FrontOfficeModel,
  Indicator,
  LaterChange,
  MaterialPoint,
  Practice,
  Product,
  ProductKind,
  QualityCriterion,
  SeedCitation,
  SeedFile,
  Sourced,
  Step,
  StepVariant,
  StepVariantCase,
} from './material/types.js';
export type { AdoptionPlan, PlanDocument, PlanStep } from './plan/plan.js';
export { adoptionPlan, DEFAULT_STEP_DURATIONS, PlanOptions } from './plan/plan.js';
export type { RescheduledPlan, ScheduledStep, StepStatus } from './plan/progress.js';
export {
  markDone,
  markStarted,
  PlanProgress,
  parseProgress,
  progressOf,
  reschedule,
} from './plan/progress.js';
export { CARDS_STEP_BASIS, cardsDocument, TECHNOLOGICAL_CARD_CONTENTS } from './print/cards.js';
export type { CnapProfileInput } from './print/cnap-profile.js';
export { CnapChannel, CnapOffice, CnapProfile, MAX_OFFICES, parseCnapProfile } from './print/cnap-profile.js';
export { escapeHtml } from './print/html.js';
export {
  applicationJournalCsv,
  applicationJournalHtml,
  DocumentOffice,
  FRONT_OFFICE_REGISTERS,
  JournalEntry,
  JournalOptions,
  MODEL_III_PAPER_TRANSFER,
  TransferRegisterOptions,
  transferRegisterHtml,
} from './print/registers.js';
export {
  CriterionAnswer,
  diiaCentreSelfAssessmentHtml,
  SelfAssessmentOptions,
} from './print/self-assessment.js';
export type { DocumentOptions, ServiceLeftOut, ServicesToAgree, ServiceToAgree } from './print/services.js';
export { SERVICE_LIST_BASIS, servicesToAgree, servicesToAgreeHtml } from './print/services.js';
export { ACTOR_LABELS, planChecklistHtml, planChecklistMarkdown, planGantt } from './render/plan.js';
