import { addDays, CivilDate } from '@vikno/law';
import { ChecklistError } from '../errors.js';
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

/** The key of the period from before anything recorded. */
export const EARLIEST = 'earliest';

/**
 * The rules of services as the rule book reads them: each period of each service a rule with inclusive `from`
 * and `to` (`to` the day before the next key). The keys are checked first: `earliest` only first, then real days
 * in increasing order, no service twice.
 *
 * @throws {@link ChecklistError} `INVALID_RULES` with every problem and its path (`services.2.periods.1`: the
 * second key of the third service).
 */
export function rulesOf(services: readonly ServiceRules[]): ChecklistRuleInput[] {
  const issues: { path: string; code: string; uk: string; en: string }[] = [];
  const seen = new Set<string>();
  const rules: ChecklistRuleInput[] = [];
  for (const [index, service] of services.entries()) {
    const at = `services.${index}`;
    if (seen.has(service.serviceId)) {
      issues.push({
        path: `${at}.serviceId`,
        code: 'DUPLICATE_SERVICE',
        en: 'Repeats a service given before: a service keeps all its periods in one file',
        uk: 'Повторює послугу, наведену раніше: усі періоди послуги зберігаються в одному файлі',
      });
    }
    seen.add(service.serviceId);
    const keys = Object.keys(service.periods);
    for (const [position, key] of keys.entries()) {
      const previous = keys[position - 1];
      const isDay = CivilDate.safeParse(key).success;
      const misplaced =
        key === EARLIEST
          ? position > 0
          : !isDay || (previous !== undefined && previous !== EARLIEST && previous >= key);
      if (misplaced) {
        issues.push({
          // By position: a path never shows a key as given, and a day is not a field name.
          path: `${at}.periods.${position}`,
          code: 'INVALID_PERIOD',
          en: 'Expected `earliest` first, then start days as YYYY-MM-DD in increasing order',
          uk: 'Очікується спершу `earliest`, далі дні початку у форматі РРРР-ММ-ДД за зростанням',
        });
      }
    }
    if (issues.length > 0) continue;
    for (const [position, key] of keys.entries()) {
      const items = service.periods[key];
      if (items === null || items === undefined) continue;
      const next = keys[position + 1];
      rules.push({
        serviceId: service.serviceId,
        ...(key === EARLIEST ? {} : { from: key }),
        ...(next === undefined ? {} : { to: addDays(next, -1) }),
        items,
      });
    }
  }
  if (issues.length > 0) {
    throw new ChecklistError({
      code: 'INVALID_RULES',
      path: 'services',
      issues,
      en: `The periods of the rule data have ${issues.length} problem(s)`,
      uk: `У періодах даних правил проблем: ${issues.length}`,
    });
  }
  return rules;
}
