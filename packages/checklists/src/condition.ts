import { issuesFrom } from '@vikno/catalog';
import { z } from 'zod';
import { ChecklistError } from './errors.js';
import { ApplicantFacts, type FactName } from './facts.js';
import { checklistSays, refinementMessage } from './messages/index.js';

/** The name of a fact, as a schema. */
export const FactNameSchema = z.enum(Object.keys(ApplicantFacts.shape) as [FactName, ...FactName[]]);

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

const Scalar = z.union([z.string().max(200), z.number(), z.boolean()]);

/** The deepest nesting of `all`, `any` and `not` a condition may have: real rules nest three or four levels. */
const MAX_CONDITION_DEPTH = 16;
/** The most parts of one `all` or `any`, and the most values of one `in`. */
const MAX_PARTS = 50;

/**
 * Whether a value nests deeper than `MAX_CONDITION_DEPTH`, looked at without recursion so that a value
 * 10,000 levels deep is measured, not followed into a stack overflow.
 */
function tooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_CONDITION_DEPTH) return true;
    const parts = [
      (node as { not?: unknown }).not,
      (node as { all?: unknown }).all,
      (node as { any?: unknown }).any,
    ];
    for (const part of parts) {
      // Read by index: `slice` or `map` would call a `constructor` the value itself may carry.
      if (Array.isArray(part)) {
        for (let i = 0; i < Math.min(part.length, MAX_PARTS + 1); i++) stack.push([part[i], depth + 1]);
      } else if (part !== undefined) stack.push([part, depth + 1]);
    }
  }
  return false;
}

const ConditionShape: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ fact: FactNameSchema, equals: Scalar }).strict(),
    z.object({ fact: FactNameSchema, in: z.array(Scalar).min(1).max(MAX_PARTS) }).strict(),
    z.object({ fact: FactNameSchema, atLeast: z.number() }).strict(),
    z.object({ fact: FactNameSchema, below: z.number() }).strict(),
    z.object({ all: z.array(ConditionShape).min(1).max(MAX_PARTS) }).strict(),
    z.object({ any: z.array(ConditionShape).min(1).max(MAX_PARTS) }).strict(),
    z.object({ not: ConditionShape }).strict(),
  ]),
);

/**
 * The schema of a {@link Condition}. Its depth is measured before its shape is validated, so a condition nested
 * deeper than 16 levels is refused with one issue, never followed into a stack overflow.
 */
export const Condition: z.ZodType<Condition> = z
  .unknown()
  .superRefine((value, context) => {
    if (tooDeep(value)) {
      context.addIssue({
        code: 'custom',
        message: refinementMessage('TOO_DEEP', { max: MAX_CONDITION_DEPTH }),
        abort: true,
      });
    }
  })
  .pipe(ConditionShape) as unknown as z.ZodType<Condition>;

/** The condition and facts of a public call, validated, or `INVALID_OPTION` / `INVALID_FACTS`. */
function checkedCall(condition: unknown, facts: unknown): [Condition, ApplicantFacts] {
  const parsedCondition = Condition.safeParse(condition);
  if (!parsedCondition.success) {
    const issues = issuesFrom(parsedCondition.error, 'condition');
    throw new ChecklistError({
      code: 'INVALID_OPTION',
      path: 'condition',
      ...checklistSays('INVALID_CONDITION', { count: issues.length }),
      issues,
    });
  }
  const parsedFacts = ApplicantFacts.safeParse(facts);
  if (!parsedFacts.success) {
    const issues = issuesFrom(parsedFacts.error, 'facts');
    throw new ChecklistError({
      code: 'INVALID_FACTS',
      path: 'facts',
      ...checklistSays('INVALID_FACTS', { count: issues.length }),
      issues,
    });
  }
  return [parsedCondition.data, parsedFacts.data];
}

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
 * @throws {@link ChecklistError} `INVALID_OPTION` for a malformed condition, `INVALID_FACTS` for malformed facts.
 */
export function evaluate(condition: Condition, facts: ApplicantFacts): boolean | undefined {
  return evaluateValid(...checkedCall(condition, facts));
}

/** {@link evaluate} of a condition and facts already validated. */
export function evaluateValid(condition: Condition, facts: ApplicantFacts): boolean | undefined {
  if ('all' in condition) {
    let unknown = false;
    for (const part of condition.all) {
      const value = evaluateValid(part, facts);
      if (value === false) return false;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  }
  if ('any' in condition) {
    let unknown = false;
    for (const part of condition.any) {
      const value = evaluateValid(part, facts);
      if (value === true) return true;
      if (value === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  }
  if ('not' in condition) {
    const value = evaluateValid(condition.not, facts);
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
 * @throws {@link ChecklistError} `INVALID_OPTION` for a malformed condition, `INVALID_FACTS` for malformed facts.
 */
export function unknownFacts(condition: Condition, facts: ApplicantFacts): FactName[] {
  return unknownFactsValid(...checkedCall(condition, facts));
}

/** {@link unknownFacts} of a condition and facts already validated. */
export function unknownFactsValid(condition: Condition, facts: ApplicantFacts): FactName[] {
  if ('all' in condition)
    return [...new Set(condition.all.flatMap((part) => unknownFactsValid(part, facts)))];
  if ('any' in condition)
    return [...new Set(condition.any.flatMap((part) => unknownFactsValid(part, facts)))];
  if ('not' in condition) return unknownFactsValid(condition.not, facts);
  return facts[condition.fact] === undefined ? [condition.fact] : [];
}
