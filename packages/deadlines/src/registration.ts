import type { CalendarOptions } from './calendar-options.js';
import type { CivilDate } from './civil-date.js';
import { INSTRUCTION_345_PARA_2_5 } from './data/sources.js';
import type { RegistrationRule } from './deadline.js';
import type { LegalSource } from './schema.js';
import { isWorkingDay, nextWorkingDay } from './working-days.js';

/** How an application received at a CNAP is registered, and the provision that says so. */
export interface ApplicationRegistration {
  /** The registration rule a term from the application's receipt runs under ({@link RegistrationRule}). */
  readonly rule: RegistrationRule;
  readonly basis: readonly LegalSource[];
}

/**
 * The registration of an application (реєстрація заяви): received on a day off, it is registered on the next
 * working day (Instruction 345, para 2.5). The one statement of this rule in the SDK: the case workflows register a
 * package under it, and `vikno deadline` computes from it; pass `rule` as `registration` to `computeDeadline`.
 *
 * @example
 * ```ts
 * import { APPLICATION_REGISTRATION, computeDeadline } from '@vikno/deadlines';
 *
 * APPLICATION_REGISTRATION.rule;
 * //=> 'nextWorkingDayIfDayOff'
 * computeDeadline({
 *   start: '2026-03-07',
 *   term: { amount: 10, unit: 'workingDays' },
 *   registration: APPLICATION_REGISTRATION.rule,
 * }).registeredOn;
 * //=> '2026-03-09'
 * ```
 */
export const APPLICATION_REGISTRATION: ApplicationRegistration = {
  rule: 'nextWorkingDayIfDayOff',
  basis: [INSTRUCTION_345_PARA_2_5],
};

/**
 * The day an application received on `receivedOn` is registered, under {@link APPLICATION_REGISTRATION}: that day
 * when it is a working day, otherwise the next working day.
 *
 * @param receivedOn - the civil day the application was received, `YYYY-MM-DD`.
 * @param options - the calendar, as for {@link isWorkingDay}.
 * @throws {@link DeadlinesError} as {@link nextWorkingDay} does, for a day that is not valid or is outside the
 * supported calendar.
 * @example
 * ```ts
 * import { registrationDay } from '@vikno/deadlines';
 *
 * registrationDay('2026-03-07'); // a Saturday
 * //=> '2026-03-09'
 * ```
 */
export function registrationDay(receivedOn: CivilDate, options?: CalendarOptions): CivilDate {
  if (APPLICATION_REGISTRATION.rule === 'asReceived' || isWorkingDay(receivedOn, options)) return receivedOn;
  return nextWorkingDay(receivedOn, options);
}
