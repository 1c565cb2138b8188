/**
 * The Ukrainian legal calendar and term computation.
 *
 * - Working days under the labour calendar: Art. 73 holidays, the weekend shift of Art. 67 part 3, the Cabinet's
 *   transfers of working days 2014–2022, and martial law as a dated regime.
 * - Terms under Civil Code Art. 253–255, with suspensions, extensions, the institution's closing time in Kyiv,
 *   the 30-day ceiling of Law 5203-VI Art. 10, and a trace of every step with its legal basis.
 *
 * Every date is a `YYYY-MM-DD` civil date in Ukraine; bad input throws a {@link DeadlinesError}.
 *
 * @example
 * ```ts
 * import { computeDeadline, explainDeadline } from '@vikno/deadlines';
 *
 * const deadline = computeDeadline({ start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });
 * console.log(deadline.lastDay, explainDeadline(deadline));
 * ```
 *
 * @packageDocumentation
 */

export type { CalendarEntry, CalendarEntryKind } from './calendar.js';
export type { CalendarOptions } from './calendar-options.js';
export { CivilDate, FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY } from './civil-date.js';
export { HOLIDAY_RULES } from './data/holidays.js';
export { MARTIAL_LAW, WEEKEND_SHIFT } from './data/regimes.js';
export { WORKING_DAY_TRANSFERS } from './data/transfers.js';
export type {
  ClockTime,
  Deadline,
  DeadlineInput,
  OfficeHours,
  RegistrationRule,
  StatutoryMaximumCheck,
  TraceStep,
  TraceStepKind,
} from './deadline.js';
export { computeDeadline, describeTerm, explainDeadline } from './deadline.js';
export type { DeadlinesErrorCode, DeadlinesErrorDetails } from './errors.js';
export { DeadlinesError, valueKind } from './errors.js';
export type { DayExplanation, DayReason } from './explain.js';
export { explainDay, holidaysInYear } from './explain.js';
export type { Instant } from './kyiv.js';
export { KYIV_TIME_ZONE, kyivInstant, toKyivDate } from './kyiv.js';
export type {
  AdministrativeProcedure,
  DecisionDelivery,
  DeliveryChannel,
  DeliveryInput,
  DeliveryRule,
  ProcedureRule,
} from './procedure.js';
export { ADMINISTRATIVE_PROCEDURE, deliveredOn, extensionNoticeDay, termInDays } from './procedure.js';
export type { ApplicationRegistration } from './registration.js';
export { APPLICATION_REGISTRATION, registrationDay } from './registration.js';
export {
  CalendarRegime,
  HolidayDateRule,
  HolidayRule,
  LegalSource,
  LocalizedText,
  WebUrl,
  WorkingDayTransfer,
} from './schema.js';
export type { DayDistance, DeadlineStatus, DeadlineStatusOptions } from './status.js';
export { deadlineStatus } from './status.js';
export { Extension, Suspension, Term, TermUnit } from './term.js';
export { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from './working-days.js';
