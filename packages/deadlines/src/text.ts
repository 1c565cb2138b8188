import {
  civilOf,
  FIRST_SUPPORTED_DAY,
  formatEpochDay,
  formatEpochDayUk,
  isoWeekdayOf,
  LAST_SUPPORTED_DAY,
  tryParseCivilDate,
} from './civil-date.js';
import type { LocalizedText } from './schema.js';

const WEEKDAYS_UK = ['понеділок', 'вівторок', 'середа', 'четвер', 'п’ятниця', 'субота', 'неділя'] as const;
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The weekday of a day count in both languages. */
export function weekdayName(epochDay: number): LocalizedText {
  const index = isoWeekdayOf(epochDay) - 1;
  return { uk: WEEKDAYS_UK[index] as string, en: WEEKDAYS_EN[index] as string };
}

// Indexed by days since the first supported day: traces repeat the same days, and an array look-up is the
// cheapest cache.
const LABEL_BASE = tryParseCivilDate(FIRST_SUPPORTED_DAY) as number;
const labels: (LocalizedText | undefined)[] = new Array(
  (tryParseCivilDate(LAST_SUPPORTED_DAY) as number) - LABEL_BASE + 1,
).fill(undefined);

/** A day with its weekday: `16.03.2026 (понеділок)` and `2026-03-16 (Monday)`; cached. */
export function dayLabel(epochDay: number): LocalizedText {
  const index = epochDay - LABEL_BASE;
  let label = labels[index];
  if (label === undefined) {
    const weekday = weekdayName(epochDay);
    label = {
      uk: `${formatEpochDayUk(epochDay)} (${weekday.uk})`,
      en: `${formatEpochDay(epochDay)} (${weekday.en})`,
    };
    if (index >= 0 && index < labels.length) labels[index] = label;
  }
  return label;
}

/** The year of a day count. */
export function yearOf(epochDay: number): number {
  return civilOf(epochDay).year;
}
