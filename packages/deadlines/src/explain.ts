import { match } from 'ts-pattern';
import type { CalendarEntry } from './calendar.js';
import type { CalendarOptions } from './calendar-options.js';
import { assertInteger, calendarFor, offsetOf } from './calendar-options.js';
import type { CivilDate } from './civil-date.js';
import { FIRST_SUPPORTED_DAY, isoWeekdayOf, LAST_SUPPORTED_DAY, parseCivilDate } from './civil-date.js';
import { KZPP_ART_67_PART_1 } from './data/sources.js';
import { DeadlinesError } from './errors.js';
import { deadlinesSays } from './messages/index.js';
import type { LegalSource, LocalizedText } from './schema.js';
import { dayLabel } from './text.js';

/**
 * Every dated fact of the legal calendar in a year: the holidays of Art. 73 of КЗпП (with whether each is a day
 * off), the days off moved from weekends, and the Cabinet's transfers of working days, each with its sources.
 *
 * @param year - a year in the supported range (2014–2035)
 * @param options - calendar options
 * @returns the entries in date order
 * @throws {@link DeadlinesError} `INVALID_AMOUNT` or `DATE_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * import { holidaysInYear } from '@vikno/deadlines';
 *
 * holidaysInYear(2021).filter((entry) => entry.isDayOff).map((entry) => entry.date).slice(0, 3);
 * //=> ['2021-01-01', '2021-01-07', '2021-01-08']
 * holidaysInYear(2026).find((entry) => entry.holidayIds.includes('independence-day'))?.isDayOff;
 * //=> false (martial law)
 * ```
 */
export function holidaysInYear(year: number, options?: CalendarOptions): CalendarEntry[] {
  const calendar = calendarFor(options);
  assertInteger(year, 'year');
  const first = Number(FIRST_SUPPORTED_DAY.slice(0, 4));
  const last = Number(LAST_SUPPORTED_DAY.slice(0, 4));
  if (year < first || year > last) {
    throw new DeadlinesError({
      code: 'DATE_OUT_OF_RANGE',
      path: 'year',
      ...deadlinesSays('YEAR_OUT_OF_RANGE', { first, last }),
    });
  }
  return calendar.entriesIn(year);
}

/** One reason in an explanation of a day, with its legal basis. */
export interface DayReason {
  /** The reason in both languages. */
  readonly text: LocalizedText;
  /** Where it comes from. */
  readonly basis: readonly LegalSource[];
}

/** Why a day is, or is not, a working day. */
export interface DayExplanation {
  /** The day. */
  readonly date: CivilDate;
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  readonly weekday: number;
  /** Whether it is a working day. */
  readonly isWorkingDay: boolean;
  /** The calendar entries on the day (holidays, moved days off, transfers). */
  readonly entries: readonly CalendarEntry[];
  /** Each reason, in order, with its sources. */
  readonly reasons: readonly DayReason[];
  /** One sentence in each language. */
  readonly summary: LocalizedText;
}

function reasonFor(entry: CalendarEntry, label: (date: string) => LocalizedText): DayReason {
  const text = match(entry)
    .with({ kind: 'holiday', isDayOff: true }, (e) => ({
      uk: `«${e.name.uk}» — святковий або неробочий день за ст. 73 КЗпП.`,
      en: `“${e.name.en}” is a holiday or non-working day under Art. 73 of КЗпП.`,
    }))
    .with({ kind: 'holiday', isDayOff: false }, (e) => ({
      uk: `«${e.name.uk}» — святковий день за ст. 73 КЗпП. ${e.note?.uk ?? ''}`.trim(),
      en: `“${e.name.en}” is a holiday under Art. 73 of КЗпП. ${e.note?.en ?? ''}`.trim(),
    }))
    .with({ kind: 'substituteDayOff' }, (e) => {
      const from = label(e.relatedDate ?? e.date);
      return {
        uk: `Вихідний день перенесено з ${from.uk}, коли святковий день збігся з вихідним (ч. 3 ст. 67 КЗпП): ${e.name.uk}.`,
        en: `The day off moved here from ${from.en}, when a holiday fell on a weekend (Art. 67 part 3 of КЗпП): ${e.name.en}.`,
      };
    })
    .with({ kind: 'transferredDayOff' }, (e) => {
      const worked = label(e.relatedDate ?? e.date);
      const order = e.basis[0]?.number ?? '';
      return e.isDayOff
        ? {
            uk: `Робочий день перенесено на ${worked.uk} (розпорядження КМУ № ${order}): вихідний день.`,
            en: `The working day was transferred to ${worked.en} (Cabinet order ${order}): a day off.`,
          }
        : {
            uk: `Розпорядження КМУ № ${order} переносило цей робочий день на ${worked.uk}. ${e.note?.uk ?? ''}`.trim(),
            en: `Cabinet order ${order} transferred this working day to ${worked.en}. ${e.note?.en ?? ''}`.trim(),
          };
    })
    .with({ kind: 'transferredWorkingDay' }, (e) => {
      const instead = label(e.relatedDate ?? e.date);
      const order = e.basis[0]?.number ?? '';
      return e.note
        ? {
            uk: `Розпорядження КМУ № ${order} переносило на цей день робочий день з ${instead.uk}. ${e.note.uk}`,
            en: `Cabinet order ${order} transferred the working day from ${instead.en} to this day. ${e.note.en}`,
          }
        : {
            uk: `Робоча субота замість ${instead.uk} (розпорядження КМУ № ${order}).`,
            en: `A working Saturday instead of ${instead.en} (Cabinet order ${order}).`,
          };
    })
    .exhaustive();
  return { text, basis: entry.basis };
}

/**
 * Why a day is, or is not, a working day: the weekday, each holiday, moved day off or transfer on it, and the
 * regime in force, each with its legal sources.
 *
 * @param date - the day, `YYYY-MM-DD`
 * @param options - calendar options
 * @returns the explanation
 * @throws {@link DeadlinesError} `INVALID_DATE` or `DATE_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * import { explainDay } from '@vikno/deadlines';
 *
 * explainDay('2014-01-02').summary.en;
 * //=> '2014-01-02 (Thursday) is a day off. The working day was transferred to 2014-01-11 (Saturday) (Cabinet order 920-р): a day off.'
 * ```
 */
export function explainDay(date: CivilDate, options?: CalendarOptions): DayExplanation {
  const calendar = calendarFor(options);
  const offset = offsetOf(calendar, date, 'date');
  const day = calendar.firstDay + offset;
  const weekday = isoWeekdayOf(day);
  const isWorkingDay = calendar.working[offset] === 1;
  const entries = calendar.entriesOn(day);
  const label = (value: string) => dayLabel(parseCivilDate(value, 'date'));
  const reasons: DayReason[] = [];
  const hasWorkingSaturday = entries.some((e) => e.kind === 'transferredWorkingDay' && e.note === undefined);
  if (weekday >= 6 && !hasWorkingSaturday) {
    reasons.push({
      text: {
        uk: `${weekday === 6 ? 'Субота' : 'Неділя'} — вихідний день п’ятиденного робочого тижня.`,
        en: `${weekday === 6 ? 'Saturday' : 'Sunday'} is a day off of the five-day working week.`,
      },
      basis: [KZPP_ART_67_PART_1],
    });
  }
  for (const entry of entries) reasons.push(reasonFor(entry, label));
  if (reasons.length === 0) {
    reasons.push({
      text: {
        uk: 'Будній день без святкових днів і перенесень: робочий день.',
        en: 'A weekday with no holiday or transfer: a working day.',
      },
      basis: [KZPP_ART_67_PART_1],
    });
  }
  const own = dayLabel(day);
  const summary = {
    uk: `${own.uk} — ${isWorkingDay ? 'робочий день' : 'вихідний день'}. ${reasons.map((r) => r.text.uk).join(' ')}`,
    en: `${own.en} is ${isWorkingDay ? 'a working day' : 'a day off'}. ${reasons.map((r) => r.text.en).join(' ')}`,
  };
  return { date, weekday, isWorkingDay, entries, reasons, summary };
}
