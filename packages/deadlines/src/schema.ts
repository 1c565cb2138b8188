import { LegalSource, LocalizedText } from '@vikno/law';
import { z } from 'zod';
import { CivilDate } from './civil-date.js';

// The text, address and source schemas are @vikno/law's, re-exported where they always were.
export { LegalSource, LocalizedText, WebUrl } from '@vikno/law';

/** How a holiday's date is found in a year: a fixed day, or a number of days after Orthodox Easter. */
export const HolidayDateRule = z.union([
  z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).strict(),
  z.object({ daysAfterEaster: z.number().int().min(0).max(60) }).strict(),
]);
/** How a holiday's date is found in a year. */
export type HolidayDateRule = z.infer<typeof HolidayDateRule>;

const Dated = {
  /** The first day this applies (inclusive); absent when it applied before the supported range. */
  from: CivilDate.optional(),
  /** The last day this applies (inclusive); absent while it still applies. */
  to: CivilDate.optional(),
  /** Where it comes from. */
  basis: z.array(LegalSource).min(1),
};

/**
 * A holiday or non-working day of Art. 73 of the Labour Code (КЗпП): its dated dates (a holiday can move, as
 * Statehood Day did from 28 July to 15 July) and dated names. Whether it is a day off is a separate question,
 * answered by the regime in force on the day (martial law suspends Art. 73).
 */
export const HolidayRule = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    dates: z.array(z.object({ ...Dated, rule: HolidayDateRule }).strict()).min(1),
    names: z.array(z.object({ ...Dated, name: LocalizedText }).strict()).min(1),
  })
  .strict();
/** A holiday of Art. 73 of the Labour Code with its dated dates and names. */
export type HolidayRule = z.infer<typeof HolidayRule>;

/**
 * A transfer of working days recommended by the Cabinet of Ministers (розпорядження КМУ): a weekday made a day
 * off, and the Saturday worked instead.
 */
export const WorkingDayTransfer = z
  .object({
    dayOff: CivilDate,
    workingDay: CivilDate,
    basis: z.array(LegalSource).min(1),
  })
  .strict();
/** A transfer of working days. */
export type WorkingDayTransfer = z.infer<typeof WorkingDayTransfer>;

/**
 * A dated legal regime that changes which days are off: the weekend-shift rule of Art. 67 part 3 of the Labour
 * Code, or martial law, under which Art. 73 and Art. 67 part 3 are not applied.
 */
export const CalendarRegime = z
  .object({
    id: z.enum(['weekend-shift', 'martial-law']),
    name: LocalizedText,
    ...Dated,
    from: CivilDate,
  })
  .strict();
/** A dated legal regime of the calendar. */
export type CalendarRegime = z.infer<typeof CalendarRegime>;
