/**
 * The legal ground every Vikno package stands on, written once:
 *
 * - **the register of acts** the SDK cites ({@link ACTS}, {@link defaultActRegister}): each act once, with its kind,
 *   number, dates, title, official address and editions;
 * - **citations** by provision with the evidence behind them ({@link Citation}: `text`, `officialCard`,
 *   `secondary`, `none`; the day last checked), resolved to the {@link LegalSource}s the packages return;
 * - **civil dates** and Civil Code month arithmetic ({@link addMonths} under Art. 254), and **Kyiv time**
 *   ({@link toKyivDate}, {@link kyivInstant}), DST-correct;
 * - **one error base** ({@link ViknoError}) with a code, a path, issues and messages in Ukrainian and English from
 *   per-language message files, never quoting the value given ({@link valueKind}).
 *
 * @example
 * ```ts
 * import { addMonths, defaultActRegister, kyivInstant } from '@vikno/law';
 *
 * addMonths('2026-01-31', 1);
 * //=> '2026-02-28'
 * kyivInstant('2026-03-30', '09:00');
 * //=> '2026-03-30T09:00:00+03:00'
 * defaultActRegister().get('law-5203-vi')?.title.en;
 * //=> 'Law of Ukraine On Administrative Services'
 * ```
 *
 * @packageDocumentation
 */

export * from './acts/index.js';
export {
  addDays,
  addMonths,
  CivilDate,
  civilOf,
  daysBetween,
  daysInMonth,
  epochDayOf,
  FIRST_SUPPORTED_DAY,
  formatEpochDay,
  formatEpochDayUk,
  isoWeekdayOf,
  LAST_SUPPORTED_DAY,
  monthsAfter,
  tryParseCivilDate,
} from './civil-date.js';
export { defaultActRegister } from './default.js';
export type { Issue, IssueInput, LawErrorCode, ViknoErrorDetails } from './errors.js';
export { issuesFrom, LawError, ViknoError } from './errors.js';
export type { Instant } from './kyiv.js';
export {
  instantToEpochMs,
  KYIV_TIME_ZONE,
  kyivDayOf,
  kyivInstant,
  kyivWallClock,
  kyivWallInstant,
  outsideSupportedDays,
  toKyivDate,
} from './kyiv.js';
export type { MessageBook, Messages } from './messages.js';
export { englishWordsIn, messageBook, renderMessages, say } from './messages.js';
export type { Period, PeriodKeyProblem } from './periods.js';
export { EARLIEST, periodKeyProblems, periodsOf } from './periods.js';
export { formatCount, pluralEn, pluralUk } from './plural.js';
export {
  Act,
  ActKind,
  ActRegister,
  Citation,
  Edition,
  Evidence,
  isVerified,
  LegalSource,
} from './register.js';
export { LocalizedText, WebUrl } from './text.js';
export { valueKind } from './value-kind.js';
