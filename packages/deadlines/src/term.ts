import { z } from 'zod';
import { LegalSource, LocalizedText } from './schema.js';

/**
 * The units a term (строк) is given in, Civil Code Art. 252: calendar days, working days, weeks, months, years.
 */
export const TermUnit = z.enum(['calendarDays', 'workingDays', 'weeks', 'months', 'years']);
/** A unit of a term. */
export type TermUnit = z.infer<typeof TermUnit>;

/**
 * A legal term: an amount of a unit, with the provision that sets it.
 *
 * @example
 * ```ts
 * import { Term } from '@vikno/deadlines';
 *
 * const idpAllowance = Term.parse({ amount: 10, unit: 'workingDays' });
 * ```
 */
export const Term = z
  .object({
    /** How many units, a positive whole number. */
    amount: z.number().int().positive().max(36_500),
    /** The unit. */
    unit: TermUnit,
    /** The provisions that set the term. */
    basis: z.array(LegalSource).optional(),
  })
  .strict();
/** A legal term. */
export type Term = z.infer<typeof Term>;

/**
 * A period during which a term does not run (e.g. the provider waits for documents requested from the
 * applicant): both `from` and `to` are days not counted.
 */
export const Suspension = z
  .object({
    /** The first day not counted. */
    from: z.string(),
    /** The last day not counted. */
    to: z.string(),
    /** Why the term stopped. */
    reason: LocalizedText.optional(),
    /** The provisions that allow it. */
    basis: z.array(LegalSource).optional(),
  })
  .strict();
/** A period during which a term does not run. */
export type Suspension = z.infer<typeof Suspension>;

/** An extension (продовження) of a term by a further amount, counted from where the term had run to. */
export const Extension = z
  .object({
    amount: z.number().int().positive().max(36_500),
    unit: TermUnit,
    reason: LocalizedText.optional(),
    basis: z.array(LegalSource).optional(),
  })
  .strict();
/** An extension of a term. */
export type Extension = z.infer<typeof Extension>;
