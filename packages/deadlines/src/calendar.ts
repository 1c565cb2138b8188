import type { CivilDate } from './civil-date.js';
import {
  civilOf,
  epochDayOf,
  FIRST_SUPPORTED_DAY,
  formatEpochDay,
  isoWeekdayOf,
  LAST_SUPPORTED_DAY,
  tryParseCivilDate,
} from './civil-date.js';
import { HOLIDAY_RULES } from './data/holidays.js';
import { MARTIAL_LAW, WEEKEND_SHIFT } from './data/regimes.js';
import { WORKING_DAY_TRANSFERS } from './data/transfers.js';
import type { HolidayRule, LegalSource, LocalizedText } from './schema.js';

/**
 * What a calendar entry is:
 * - `holiday`: a holiday or non-working day of Art. 73 of КЗпП (a day off unless martial law suspends it);
 * - `substituteDayOff`: the day off moved from a holiday that fell on a weekend (Art. 67 part 3);
 * - `transferredDayOff`: a weekday made a day off by a Cabinet order;
 * - `transferredWorkingDay`: the Saturday worked instead.
 */
export type CalendarEntryKind =
  | 'holiday'
  | 'substituteDayOff'
  | 'transferredDayOff'
  | 'transferredWorkingDay';

/** One dated fact of the legal calendar, with its name, whether it makes the day off, and its sources. */
export interface CalendarEntry {
  /** The day. */
  readonly date: CivilDate;
  /** What the entry is. */
  readonly kind: CalendarEntryKind;
  /** The name, kept apart from whether the day is off. */
  readonly name: LocalizedText;
  /** The holiday this entry is, or moves the day off of (`holiday`, `substituteDayOff`). */
  readonly holidayIds: readonly string[];
  /**
   * The other day of the entry: for `substituteDayOff`, the weekend holiday; for `transferredDayOff`, the Saturday
   * worked instead; for `transferredWorkingDay`, the weekday made a day off.
   */
  readonly relatedDate?: CivilDate;
  /** Whether the entry makes its day a day off (`false` for a holiday under martial law, and for a working Saturday). */
  readonly isDayOff: boolean;
  /** Why the day is what it is, in both languages, when a regime changes it (martial law). */
  readonly note?: LocalizedText;
  /** Where the entry comes from. */
  readonly basis: readonly LegalSource[];
}

function dataDay(value: string): number {
  const day = tryParseCivilDate(value);
  if (day === undefined) throw new Error(`Vikno calendar data holds an invalid date: ${value}`);
  return day;
}

/** Orthodox Easter (Julian computus) as a Gregorian day count; valid 1900–2099. */
export function orthodoxEaster(year: number): number {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return epochDayOf(year, month, day) + 13;
}

const FIRST_DAY = dataDay(FIRST_SUPPORTED_DAY);
const LAST_DAY = dataDay(LAST_SUPPORTED_DAY);
const MARTIAL_LAW_FROM = dataDay(MARTIAL_LAW.from);
const WEEKEND_SHIFT_FROM = dataDay(WEEKEND_SHIFT.from);

const NO_END = Number.POSITIVE_INFINITY;
const bound = (value: string | undefined, fallback: number): number =>
  value === undefined ? fallback : dataDay(value);

const RULES = HOLIDAY_RULES.map((rule) => ({
  rule,
  dates: rule.dates.map((entry) => ({
    ...entry,
    fromDay: bound(entry.from, Number.NEGATIVE_INFINITY),
    toDay: bound(entry.to, NO_END),
  })),
  names: rule.names.map((entry) => ({
    ...entry,
    fromDay: bound(entry.from, Number.NEGATIVE_INFINITY),
    toDay: bound(entry.to, NO_END),
  })),
}));

const TRANSFERS = WORKING_DAY_TRANSFERS.map((transfer) => ({
  ...transfer,
  dayOffDay: dataDay(transfer.dayOff),
  workingDayDay: dataDay(transfer.workingDay),
}));

// The notes say what martial law does to the entry, never whether the day is worked: a holiday on a Sunday is a
// day off all the same, because it is a Sunday.
const MARTIAL_HOLIDAY_NOTE: LocalizedText = {
  uk: 'Під час воєнного стану ст. 73 і частини 3–5 ст. 67 КЗпП не застосовуються (ч. 6 ст. 6 Закону № 2136-IX): саме свято вихідного дня не дає.',
  en: 'Under martial law Art. 73 and Art. 67 parts 3–5 of КЗпП are not applied (Law 2136-IX Art. 6 part 6): the holiday itself gives no day off.',
};
const MARTIAL_TRANSFER_NOTE: LocalizedText = {
  uk: 'Під час воєнного стану ст. 73 і частини 3–5 ст. 67 КЗпП не застосовуються (ч. 6 ст. 6 Закону № 2136-IX): перенесення не діє.',
  en: 'Under martial law Art. 73 and Art. 67 parts 3–5 of КЗпП are not applied (Law 2136-IX Art. 6 part 6): the transfer has no effect.',
};

interface Occurrence {
  readonly day: number;
  readonly rule: HolidayRule;
  readonly name: LocalizedText;
  readonly basis: readonly LegalSource[];
}

function occurrencesIn(year: number): Occurrence[] {
  const easter = orthodoxEaster(year);
  const found: Occurrence[] = [];
  for (const { rule, dates, names } of RULES) {
    for (const entry of dates) {
      const day =
        'month' in entry.rule
          ? epochDayOf(year, entry.rule.month, entry.rule.day)
          : easter + entry.rule.daysAfterEaster;
      if (day < entry.fromDay || day > entry.toDay) continue;
      const name = names.find((candidate) => day >= candidate.fromDay && day <= candidate.toDay);
      if (!name) throw new Error(`Vikno calendar data has no name for ${rule.id} on ${formatEpochDay(day)}`);
      found.push({
        day,
        rule,
        name: name.name,
        basis: [...entry.basis, ...name.basis.filter((s) => !entry.basis.includes(s))],
      });
    }
  }
  return found.sort((a, b) => a.day - b.day);
}

/**
 * The legal calendar for one martial-law setting: precomputed tables over the supported range, so that every
 * working-day question is an array look-up.
 */
export class LegalCalendar {
  /** Days since 1970-01-01 of the first supported day. */
  readonly firstDay = FIRST_DAY;
  /** Days since 1970-01-01 of the last supported day. */
  readonly lastDay = LAST_DAY;
  /** Days since 1970-01-01 of the last day of martial law, or `Infinity` while it lasts. */
  readonly martialLawLastDay: number;
  /** `working[i]` is 1 when day `firstDay + i` is a working day. */
  readonly working: Uint8Array;
  /** `workingBefore[i]` is the number of working days in `[firstDay, firstDay + i)`. */
  readonly workingBefore: Int32Array;
  /** `workingDays[k]` is the offset from `firstDay` of the k-th working day. */
  readonly workingDays: Int32Array;
  readonly #entries = new Map<number, CalendarEntry[]>();

  constructor(martialLawLastDay: number) {
    this.martialLawLastDay = martialLawLastDay;
    const size = LAST_DAY - FIRST_DAY + 1;
    const dayOff = new Uint8Array(size);
    const workingSaturday = new Uint8Array(size);
    const firstYear = civilOf(FIRST_DAY).year;
    const lastYear = civilOf(LAST_DAY).year;
    for (let year = firstYear; year <= lastYear; year++) this.#buildYear(year, dayOff, workingSaturday);

    this.working = new Uint8Array(size);
    this.workingBefore = new Int32Array(size + 1);
    let count = 0;
    for (let i = 0; i < size; i++) {
      const weekend = isoWeekdayOf(FIRST_DAY + i) >= 6;
      const isWorking = dayOff[i] === 0 && (!weekend || workingSaturday[i] === 1);
      this.workingBefore[i] = count;
      if (isWorking) {
        this.working[i] = 1;
        count++;
      }
    }
    this.workingBefore[size] = count;
    this.workingDays = new Int32Array(count);
    for (let i = 0, k = 0; i < size; i++) if (this.working[i] === 1) this.workingDays[k++] = i;
  }

  /** The number of working days in `(after, upTo]`, both offsets from `firstDay`; negative when `upTo < after`. */
  workingDaysBetween(after: number, upTo: number): number {
    return (this.workingBefore[upTo + 1] as number) - (this.workingBefore[after + 1] as number);
  }

  /**
   * The offset of the n-th working day after an offset (`n >= 1`), or before it (`n <= -1`); `undefined` when
   * it falls outside the supported range.
   */
  workingDayAfter(offset: number, n: number): number | undefined {
    const k =
      n > 0 ? (this.workingBefore[offset + 1] as number) + n - 1 : (this.workingBefore[offset] as number) + n;
    return this.workingDays[k];
  }

  /** Whether Art. 73 and Art. 67 parts 3–5 of КЗпП are suspended on a day. */
  underMartialLaw(day: number): boolean {
    return day >= MARTIAL_LAW_FROM && day <= this.martialLawLastDay;
  }

  /** The calendar entries of a day, in order. */
  entriesOn(day: number): readonly CalendarEntry[] {
    return this.#entries.get(day) ?? [];
  }

  /** The calendar entries of a year, in date order. */
  entriesIn(year: number): CalendarEntry[] {
    const from = epochDayOf(year, 1, 1);
    const to = epochDayOf(year, 12, 31);
    const result: CalendarEntry[] = [];
    for (let day = from; day <= to; day++) {
      const entries = this.#entries.get(day);
      if (entries) result.push(...entries);
    }
    return result;
  }

  #add(day: number, entry: CalendarEntry): void {
    const list = this.#entries.get(day);
    if (list) list.push(entry);
    else this.#entries.set(day, [entry]);
  }

  #buildYear(year: number, dayOff: Uint8Array, workingSaturday: Uint8Array): void {
    const occurrences = occurrencesIn(year);
    const holidayDaysOff = new Set<number>();
    for (const occurrence of occurrences) {
      const suspended = this.underMartialLaw(occurrence.day);
      if (!suspended) holidayDaysOff.add(occurrence.day);
      this.#add(occurrence.day, {
        date: formatEpochDay(occurrence.day),
        kind: 'holiday',
        name: occurrence.name,
        holidayIds: [occurrence.rule.id],
        isDayOff: !suspended,
        ...(suspended ? { note: MARTIAL_HOLIDAY_NOTE } : {}),
        basis: suspended ? [...occurrence.basis, ...MARTIAL_LAW.basis] : occurrence.basis,
      });
    }

    const taken = new Set<number>();
    for (const day of holidayDaysOff) {
      if (isoWeekdayOf(day) < 6 || day < WEEKEND_SHIFT_FROM) continue;
      let substitute = day + 1;
      while (isoWeekdayOf(substitute) >= 6 || holidayDaysOff.has(substitute) || taken.has(substitute))
        substitute++;
      taken.add(substitute);
      const moved = occurrences.filter((occurrence) => occurrence.day === day);
      this.#add(substitute, {
        date: formatEpochDay(substitute),
        kind: 'substituteDayOff',
        name: {
          uk: `${moved.map((o) => o.name.uk).join('; ')} (перенесений вихідний)`,
          en: `${moved.map((o) => o.name.en).join('; ')} (day off moved from the weekend)`,
        },
        holidayIds: moved.map((o) => o.rule.id),
        relatedDate: formatEpochDay(day),
        isDayOff: true,
        basis: WEEKEND_SHIFT.basis,
      });
    }

    for (const day of holidayDaysOff) {
      if (day >= FIRST_DAY && day <= LAST_DAY) dayOff[day - FIRST_DAY] = 1;
    }
    for (const day of taken) {
      if (day >= FIRST_DAY && day <= LAST_DAY) dayOff[day - FIRST_DAY] = 1;
    }

    for (const transfer of TRANSFERS) {
      if (civilOf(transfer.dayOffDay).year !== year) continue;
      const suspended =
        this.underMartialLaw(transfer.dayOffDay) || this.underMartialLaw(transfer.workingDayDay);
      const note = suspended ? { note: MARTIAL_TRANSFER_NOTE } : {};
      const basis = suspended ? [...transfer.basis, ...MARTIAL_LAW.basis] : transfer.basis;
      this.#add(transfer.dayOffDay, {
        date: transfer.dayOff,
        kind: 'transferredDayOff',
        name: { uk: 'Вихідний день (перенесений робочий день)', en: 'Day off (working day transferred)' },
        holidayIds: [],
        relatedDate: transfer.workingDay,
        isDayOff: !suspended,
        ...note,
        basis,
      });
      this.#add(transfer.workingDayDay, {
        date: transfer.workingDay,
        kind: 'transferredWorkingDay',
        name: {
          uk: 'Робочий день (перенесений із буднього дня)',
          en: 'Working Saturday (transferred from a weekday)',
        },
        holidayIds: [],
        relatedDate: transfer.dayOff,
        isDayOff: false,
        ...note,
        basis,
      });
      if (!suspended) {
        dayOff[transfer.dayOffDay - FIRST_DAY] = 1;
        workingSaturday[transfer.workingDayDay - FIRST_DAY] = 1;
      }
    }
  }
}

/** Days since 1970-01-01 of the day martial law starts suspending holidays. */
export const MARTIAL_LAW_FIRST_DAY = MARTIAL_LAW_FROM;
/** Days since 1970-01-01 of the last day of martial law in this data release, or `Infinity`. */
export const MARTIAL_LAW_DATA_LAST_DAY = bound(MARTIAL_LAW.to, NO_END);
