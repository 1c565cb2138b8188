import { type Issue, periodKeyProblems, periodsOf } from '@vikno/law';
import { ChecklistError } from '../errors.js';
import { checklistIssue, checklistSays } from '../messages/index.js';
import type { ChecklistRuleInput } from '../schema.js';

/** The lines of a service's rule over one period, as data writes them. */
export type RuleLines = ChecklistRuleInput['items'];

/**
 * Everything the shipped data says about the documents of one service, found by its id: the lines in force from
 * each start date. A period holds until the next key begins; `earliest` is from before anything recorded; a key
 * whose value is `null` is the first day a rule stops applying with nothing in its place.
 *
 * ```ts
 * { serviceId: 'baby-box-compensation', periods: { earliest: [...], '2025-01-01': null, '2025-02-04': [...] } }
 * ```
 */
export interface ServiceRules {
  readonly serviceId: string;
  readonly periods: Readonly<Record<string, RuleLines | null>>;
}

/**
 * The rules of services as the rule book reads them: each period of each service a rule with inclusive `from`
 * and `to` (`to` the day before the next key). The keys are checked first: `earliest` only first, then real days
 * in increasing order, no service twice.
 *
 * @throws {@link ChecklistError} `INVALID_RULES` with every problem and its path (`services.2.periods.1`: the
 * second key of the third service).
 */
export function rulesOf(services: readonly ServiceRules[]): ChecklistRuleInput[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const rules: ChecklistRuleInput[] = [];
  for (const [index, service] of services.entries()) {
    const at = `services.${index}`;
    if (seen.has(service.serviceId)) issues.push(checklistIssue(`${at}.serviceId`, 'DUPLICATE_SERVICE', {}));
    seen.add(service.serviceId);
    for (const { position, problem } of periodKeyProblems(service.periods)) {
      // By position: a path never shows a key as given, and a day is not a field name.
      const code = problem === 'END_WITHOUT_VALUE' ? 'END_WITHOUT_RULES' : 'INVALID_PERIOD';
      issues.push(checklistIssue(`${at}.periods.${position}`, code, {}));
    }
    if (issues.length > 0) continue;
    for (const { from, to, value: items } of periodsOf(service.periods)) {
      rules.push({ serviceId: service.serviceId, ...(from ? { from } : {}), ...(to ? { to } : {}), items });
    }
  }
  if (issues.length > 0) {
    throw new ChecklistError({
      code: 'INVALID_RULES',
      path: 'services',
      issues,
      ...checklistSays('INVALID_PERIODS', { count: issues.length }),
    });
  }
  return rules;
}
