/**
 * Control of timeliness across a CNAP (ЦНАП) and the body that decides (УСЗН, the Pension Fund): pure functions over
 * persisted cases of `@vikno/workflows`, streamed and in bounded memory, with no actors.
 *
 * - `caseRecord`: a compact JSON summary of one persisted case (stage instants, terms, suspensions, the transfer),
 *   read from the snapshot without an actor and without the HMAC; a host stores it beside the snapshot;
 * - `timelinessReport`: cases received, registered, left without movement, decided and issued, each term met on time
 *   or late, at risk and overdue now, stage durations in working days, grouped by office, provider, service, model
 *   or week;
 * - `actionList`: what an office must act on today, most urgent first, with the step that clears each;
 * - `applicantStatus`: where a case is for the applicant, in plain Ukrainian or English: what happens next, the day the
 *   decision is due and why it moved, and what they must do by when; no ids, offices, states or roles;
 * - `notice`, `noticeKindOf`: the messages to the applicant (SMS within two UCS-2 segments, e-mail, status page) for
 *   each event worth telling, in Ukrainian and English.
 *
 * @example
 * ```ts
 * import { caseRecord, timelinessReport } from '@vikno/monitoring';
 *
 * const record = caseRecord(persisted); // store it beside the snapshot
 * const report = timelinessReport([record], {
 *   from: '2026-03-01',
 *   to: '2026-03-31',
 *   now: '2026-04-01T09:00:00+03:00',
 *   groupBy: ['office'],
 * });
 * ```
 *
 * @packageDocumentation
 * @module @vikno/monitoring
 */

export type { Action, ActionList, ActionListOptions, ActionUrgency, ClearingStep } from './actions.js';
export { actionList, MAX_ACTIONS } from './actions.js';
export type { MonitoringErrorCode } from './errors.js';
export { MonitoringError } from './errors.js';
export type { CsvExportOptions } from './export.js';
export {
  ACTION_LIST_JSON_FORMAT,
  actionListToCsv,
  actionListToJson,
  actionRows,
  CsvOptions,
  ExportLanguage,
  ExportOptions,
  ExportTable,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  REPORT_JSON_FORMAT,
  reportRows,
  reportToCsv,
  reportToJson,
  TableCell,
  TableColumn,
  tableToCsv,
} from './export.js';
export type { CnapIndicator, CnapIndicatorKey, IndicatorUnit, IndicatorValue } from './indicators.js';
export { CNAP_INDICATORS, CNAP_MONITORING_BASIS, IndicatorOptions, indicatorValues } from './indicators.js';
export type {
  EmailNotice,
  Notice,
  NoticeOfForm,
  NoticeOptions,
  NoticeParams,
  NoticeSourceEvent,
  PageNotice,
  SmsEncoding,
  SmsNotice,
  SmsSize,
} from './notices.js';
export {
  GSM_BASIC_CHARACTERS,
  MAX_CASE_NUMBER_LENGTH,
  MAX_ITEM_LENGTH,
  MAX_ITEMS,
  NOTICE_KINDS,
  NoticeForm,
  NoticeKind,
  NoticeLanguage,
  notice,
  noticeKindOf,
  smsSize,
} from './notices.js';
export type {
  RecordedPause,
  RecordedStages,
  RecordedTerm,
  RecordedTermKind,
  RecordedTransfer,
} from './record.js';
export { CASE_RECORD_VERSION, CaseRecord, CaseState, caseRecord, RECORDED_TERMS } from './record.js';
export type {
  DayStatistics,
  GroupKeyValues,
  MonitoredCase,
  Stage,
  TermTimeliness,
  TimelinessFilter,
  TimelinessGroup,
  TimelinessOptions,
  TimelinessReport,
} from './report.js';
export { GroupKey, MAX_GROUPS, STAGES, timelinessReport } from './report.js';
export type {
  ApplicantAction,
  ApplicantActionKind,
  ApplicantDueDayMoved,
  ApplicantStatus,
  ApplicantStatusOptions,
} from './status.js';
export { ApplicantStage, applicantStatus } from './status.js';
