import type { CalendarRegime } from '../schema.js';
import { DECREE_64_2022, KZPP_ART_67_PART_3, LAW_2136_IX } from './sources.js';

/**
 * Art. 67 part 3 of КЗпП: a holiday or non-working day that falls on a weekend moves the day off to the next
 * working day. In force throughout the supported range except while martial law suspends it.
 */
export const WEEKEND_SHIFT: CalendarRegime = {
  id: 'weekend-shift',
  name: {
    uk: 'Перенесення вихідного дня (ч. 3 ст. 67 КЗпП)',
    en: 'Weekend holiday shift (КЗпП Art. 67 part 3)',
  },
  from: '1999-04-23',
  basis: [KZPP_ART_67_PART_3],
};

/**
 * Martial law as it affects the calendar: from 24.03.2022 (Law 2136-IX in force) Art. 73 and Art. 67 parts 3–5
 * of КЗпП are not applied, so holidays are ordinary working days, no day off moves, and no working days are
 * transferred. `to` is absent while martial law lasts; a data release sets it when it ends.
 */
export const MARTIAL_LAW: CalendarRegime = {
  id: 'martial-law',
  name: { uk: 'Воєнний стан', en: 'Martial law' },
  from: '2022-03-24',
  basis: [LAW_2136_IX, DECREE_64_2022],
};
