import { z } from 'zod';
import { CivilDate } from './civil-date.js';

/**
 * A text in Ukrainian and English.
 *
 * @example
 * ```ts
 * import { LocalizedText } from '@vikno/deadlines';
 *
 * LocalizedText.parse({ uk: 'Новий рік', en: "New Year's Day" });
 * ```
 */
export const LocalizedText = z.object({ uk: z.string().min(1), en: z.string().min(1) }).strict();
/** A text in Ukrainian and English. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A web address in the data (an act's official text, a CNAP's website): only `https:` and `http:` addresses are
 * valid, so nothing rendered as a link can run a script (`javascript:`, `data:`, …).
 *
 * @example
 * ```ts
 * import { WebUrl } from '@vikno/deadlines';
 *
 * WebUrl.safeParse('https://zakon.rada.gov.ua/laws/show/5203-17').success;
 * //=> true
 * WebUrl.safeParse('javascript:alert(1)').success;
 * //=> false
 * ```
 */
export const WebUrl = z.httpUrl().max(2000);
/** A web address in the data. */
export type WebUrl = z.infer<typeof WebUrl>;

/**
 * A legal source of a fact: the act, its number and dates, the provision, a URL, and whether the wording was
 * checked against an official or primary text (`verified`). Unverified facts ship marked so.
 *
 * @example
 * ```ts
 * import { LegalSource } from '@vikno/deadlines';
 *
 * LegalSource.parse({
 *   id: 'kzpp-art-73',
 *   act: { uk: 'Кодекс законів про працю України', en: 'Labour Code of Ukraine' },
 *   number: '322-VIII',
 *   provision: { uk: 'ст. 73', en: 'Art. 73' },
 *   url: 'https://zakon.rada.gov.ua/laws/show/322-08',
 *   verified: true,
 * });
 * ```
 */
export const LegalSource = z
  .object({
    /** A stable id, e.g. `kzpp-art-73`. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The act's title. */
    act: LocalizedText,
    /** The act's official number, e.g. `2136-IX` or `920-р`. */
    number: z.string().optional(),
    /** The day the act was adopted or signed. */
    adopted: CivilDate.optional(),
    /** The day the act (or this provision) entered into force. */
    inForce: CivilDate.optional(),
    /** The article, part or paragraph. */
    provision: LocalizedText.optional(),
    /** Where the official text is: an `https:` or `http:` address ({@link WebUrl}). */
    url: WebUrl.optional(),
    /** `true` when the fact was checked against an official or primary text. */
    verified: z.boolean(),
    /** What is uncertain, or how the fact was established. */
    note: z.string().optional(),
  })
  .strict();
/** A legal source of a fact. */
export type LegalSource = z.infer<typeof LegalSource>;

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
