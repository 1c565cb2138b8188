/**
 * Case workflows of social services through a CNAP under delivery models I, II and III.
 *
 * This first part holds two pure modules the case machines will be built on:
 *
 * - transfer registers (реєстри передавання документів) of model III: open a register per receiving office, add
 *   cases, close and number it, dispatch it and confirm its receipt; every step returns the events the host sends to
 *   each case;
 * - running terms held as data (transfer, decision, notification, collection), computed by `@vikno/deadlines`,
 *   paused while documents are awaited, and judged on each `TICK` to raise `deadline.atRisk` and
 *   `deadline.overdue` once each.
 *
 * @example
 * ```ts
 * import { addCase, closeRegister, confirmReceipt, dispatchRegister, openRegister } from '@vikno/workflows';
 *
 * let register = openRegister({ id: 'R-1', from: 'cnap', to: 'uszn', at: '2026-03-02T09:00:00+02:00' });
 * register = addCase(register, { caseId: 'C-1', at: '2026-03-02T10:00:00+02:00' }).register;
 * register = closeRegister(register, { at: '2026-03-02T17:00:00+02:00', sequence: 1 });
 * register = dispatchRegister(register, { at: '2026-03-02T17:05:00+02:00', by: 'admin-3' }).register;
 * const { events } = confirmReceipt(register, { at: '2026-03-03T09:30:00+02:00', by: 'uszn-clerk-7' });
 * ```
 *
 * @packageDocumentation
 */

export type { CaseActor, CaseSnapshot, CreateCaseInput, SendResult } from './case.js';
export {
  createCase,
  DEFAULT_TRANSFER_TERM,
  OPERATIONAL_DEFAULTS,
  sendCaseEvent,
  TRANSFER_TERM_SOURCE,
} from './case.js';
export type {
  AuditEntry,
  CaseAction,
  CaseContext,
  CaseEmitted,
  CaseInput,
  Delivery,
  Hearing,
  Model,
  Rejection,
  SetAside,
  TermSettings,
} from './case-machine.js';
export { CASE_MACHINES, caseMachine, MACHINE_VERSION, RejectionReason } from './case-machine.js';
export type {
  Complaint,
  ComplaintDeadlineEvent,
  ComplaintRejection,
  ComplaintRules,
  ComplaintSendResult,
  FileComplaintInput,
  SignedComplaint,
} from './complaint.js';
export {
  ADMINISTRATIVE_COMPLAINT_SOURCE,
  COMPLAINT_RULES,
  ComplaintEvent,
  ComplaintOutcome,
  ComplaintState,
  fileComplaint,
  reopeningEvent,
  sendComplaintEvent,
  signComplaint,
  verifyComplaint,
} from './complaint.js';
export type { DecisionRules, RenderDecisionOptions } from './decision.js';
export {
  DECISION_RULES,
  DecisionAppeal,
  DecisionDocument,
  DecisionDocumentInput,
  DecisionOfCaseOptions,
  decisionDocument,
  decisionOfCase,
  defaultAppeal,
  renderDecision,
} from './decision.js';
export { toMermaid } from './diagram.js';
export type { CaseEventType } from './events.js';
export {
  Actor,
  ADVERSE_OUTCOMES,
  CaseEvent,
  DecisionOutcome,
  DeliveryChannel,
  HearingException,
  NotificationChannel,
  PERMISSIONS,
  packageCheckedEvent,
  Role,
} from './events.js';
export type {
  DeliveryModel,
  Official,
  StageDefinition,
  StageTerm,
  TransferStep,
} from './models.js';
export { DELIVERY_MODELS, OFFICIALS } from './models.js';
export type { NextTermChangeOptions } from './next-term-change.js';
export { nextTermChange } from './next-term-change.js';
export type {
  CaseKeysInput,
  CaseTermStatus,
  Migration,
  PersistedCase,
  PersistOptions,
  RestoreOptions,
} from './persistence.js';
export {
  CaseKeys,
  caseKeys,
  MAX_AUDIT_ENTRIES,
  MAX_SNAPSHOT_CHARS,
  MIN_SECRET_BYTES,
  persistCase,
  persistedTermStatus,
  restoreCase,
} from './persistence.js';
export type { CaseProcedureRule, DecisionTermRule, ProcedureRuleName } from './procedure-rules.js';
export { decisionTermRule, PROCEDURE_RULES } from './procedure-rules.js';
export type { CardStage, StageAction, TechnologicalCard } from './technological-card.js';
export { KMU_44_2013, renderTechnologicalCard, technologicalCard } from './technological-card.js';
export type { DeadlineEvent, RunningTerm, TermPause } from './terms.js';
export {
  endTerm,
  extendTerm,
  MAX_EXTENSIONS,
  pauseTerm,
  resumeTerm,
  startTerm,
  TermKind,
  tickTerm,
} from './terms.js';
export type {
  RegisterEntry,
  RegisterStatus,
  RegisterStep,
  TransferEvent,
  TransferRegister,
  WorkflowErrorCode,
} from './transfer-register.js';
export {
  addCase,
  closeRegister,
  confirmReceipt,
  dispatchRegister,
  nextSequence,
  openRegister,
  removeCase,
  WorkflowError,
} from './transfer-register.js';
