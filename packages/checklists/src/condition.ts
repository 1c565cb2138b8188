import { z } from 'zod';
import { ApplicantFacts, type FactName } from './facts.js';

const FactNameSchema = z.enum(Object.keys(ApplicantFacts.shape) as [FactName, ...FactName[]]);

/**
 * A condition over applicant facts, as data: a fact equals a value, is one of several, is at least or below a
 * number; or `all`, `any`, `not` of conditions.
 *
 * @example
 * ```ts
 * import { Condition } from '@vikno/checklists';
 *
 * Condition.parse({ all: [{ fact: 'idp', equals: true }, { not: { fact: 'applicationForm', equals: 'electronic' } }] });
 * ```
 */
export type Condition =
  | { fact: FactName; equals: string | number | boolean }
  | { fact: FactName; in: (string | number | boolean)[] }
  | { fact: FactName; atLeast: number }
  | { fact: FactName; below: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/** The schema of a {@link Condition}. */
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ fact: FactNameSchema, equals: Scalar }).strict(),
    z.object({ fact: FactNameSchema, in: z.array(Scalar).min(1) }).strict(),
    z.object({ fact: FactNameSchema, atLeast: z.number() }).strict(),
    z.object({ fact: FactNameSchema, below: z.number() }).strict(),
    z.object({ all: z.array(Condition).min(1) }).strict(),
    z.object({ any: z.array(Condition).min(1) }).strict(),
    z.object({ not: Condition }).strict(),
  ]),
);

/**
 * Evaluates a condition in three-valued logic: `true`, `false`, or `undefined` when the facts known do not settle
 * it (`all` is false as soon as one part is false; `any` is true as soon as one part is true).
 *
 * @example
 * ```ts
 * import { type Condition, evaluate } from '@vikno/checklists';
 *
 * const rentingIdp: Condition = {
 *   all: [{ fact: 'idp', equals: true }, { fact: 'rentsHousing', equals: true }],
 * };
 * evaluate(rentingIdp, { idp: true });
 * //=> undefined
 * evaluate(rentingIdp, { idp: false });
 * //=> false
 * evaluate(rentingIdp, { idp: true, rentsHousing: true });
 * //=> true
 * ```
 */
export function evaluate(condition: Condition, facts: ApplicantFacts): boolean | undefined {
  if ('all' in condition) {
    let unknown = false;
    for (const part of condition.all) {
      const value = evaluate(part, facts);
      if (value === false) return false;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  }
  if ('any' in condition) {
    let unknown = false;
    for (const part of condition.any) {
      const value = evaluate(part, facts);
      if (value === true) return true;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  }
  if ('not' in condition) {
    const value = evaluate(condition.not, facts);
    return value === undefined ? undefined : !value;
  }
  const actual = facts[condition.fact];
  if (actual === undefined) return undefined;
  if ('equals' in condition) return actual === condition.equals;
  if ('in' in condition) return condition.in.includes(actual);
  if (typeof actual !== 'number') return false;
  if ('atLeast' in condition) return actual >= condition.atLeast;
  return actual < condition.below;
}

/**
 * The facts a condition reads that are still unknown, in the order it reads them.
 *
 * @example
 * ```ts
 * import { type Condition, unknownFacts } from '@vikno/checklists';
 *
 * const rentingIdp: Condition = {
 *   all: [{ fact: 'idp', equals: true }, { fact: 'rentsHousing', equals: true }],
 * };
 * unknownFacts(rentingIdp, {});
 * //=> ['idp', 'rentsHousing']
 * unknownFacts(rentingIdp, { idp: true });
 * //=> ['rentsHousing']
 * ```
 */
export function unknownFacts(condition: Condition, facts: ApplicantFacts): FactName[] {
  if ('all' in condition) return [...new Set(condition.all.flatMap((part) => unknownFacts(part, facts)))];
  if ('any' in condition) return [...new Set(condition.any.flatMap((part) => unknownFacts(part, facts)))];
  if ('not' in condition) return unknownFacts(condition.not, facts);
  return facts[condition.fact] === undefined ? [condition.fact] : [];
}
