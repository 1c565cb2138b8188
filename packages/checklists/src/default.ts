import { DOCUMENT_TYPES, REGISTERS, rulesOf, SERVICE_RULES } from './data/index.js';
import type { ApplicantFacts } from './facts.js';
import {
  type Checklist,
  type ChecklistOptions,
  type Question,
  RuleBook,
  type RuleBookData,
} from './rule-book.js';

let builtIn: RuleBook | undefined;
let shipped: RuleBookData | undefined;

/**
 * The rules, document kinds and registers this package ships, as data: to extend with a CNAP's own rules and build
 * a {@link RuleBook} of them. The rules come one per service and period; their sources are citations of the act
 * register of `@vikno/law`, which the rule book resolves to `LegalSource`s with their evidence.
 *
 * @example
 * ```ts
 * import { defaultRuleBookData, RuleBook } from '@vikno/checklists';
 *
 * const shipped = defaultRuleBookData();
 * const local = new RuleBook({ ...shipped, rules: [...shipped.rules, ...myLocalRules] });
 * ```
 */
export function defaultRuleBookData(): RuleBookData {
  shipped ??= { rules: rulesOf(SERVICE_RULES), documents: DOCUMENT_TYPES, registers: REGISTERS };
  return shipped;
}

/**
 * The rule book this package ships, validated on first use and then kept.
 *
 * @example
 * ```ts
 * import { defaultRuleBook } from '@vikno/checklists';
 *
 * defaultRuleBook().serviceIds.includes('birth-assistance');
 * //=> true
 * ```
 */
export function defaultRuleBook(): RuleBook {
  builtIn ??= new RuleBook(defaultRuleBookData());
  return builtIn;
}

/**
 * Which documents this applicant must bring for a service on a day, each with why and its source; which ones the
 * provider obtains from a register itself and must not demand, naming the register; and which lines the facts
 * known so far leave open.
 *
 * @param serviceId - a catalogue service id.
 * @param facts - what is known about the applicant; unknown names or wrong types are rejected with their paths.
 * @throws {@link ChecklistError} `INVALID_FACTS`, `UNKNOWN_SERVICE` (with suggestions), `NO_RULE`,
 * `INVALID_DATE`.
 * @example
 * ```ts
 * import { buildChecklist } from '@vikno/checklists';
 *
 * const checklist = buildChecklist('housing-subsidy', { idp: true, incomeOutsideRegisters: false, rentsHousing: true });
 * checklist.items.map((item) => item.id);
 * //=> ['application', 'identity', 'declaration', 'rent-contract', 'idp-certificate']
 * checklist.notDemanded.map((item) => item.register.id);
 * //=> ['taxpayers-register']
 * ```
 */
export function buildChecklist(
  serviceId: string,
  facts: ApplicantFacts,
  options: ChecklistOptions = {},
): Checklist {
  return defaultRuleBook().checklist(serviceId, facts, options);
}

/**
 * One checklist for the several services of a life situation (the birth of a child): a document two services need
 * is asked for once, in the strictest form either needs.
 *
 * @throws {@link ChecklistError} as {@link buildChecklist}, and `INVALID_OPTION` for an empty or repeated list.
 * @example
 * ```ts
 * import { buildChecklistFor } from '@vikno/checklists';
 *
 * buildChecklistFor(['birth-assistance', 'baby-box-compensation'], { childBornAbroad: false });
 * ```
 */
export function buildChecklistFor(
  serviceIds: readonly string[],
  facts: ApplicantFacts,
  options: ChecklistOptions = {},
): Checklist {
  return defaultRuleBook().checklistFor(serviceIds, facts, options);
}

/**
 * The facts still needed to settle a checklist, each with its question in Ukrainian and English and its possible
 * answers, in interview order. Ask, add the answer, and ask again until the list is empty.
 *
 * @throws {@link ChecklistError} as {@link buildChecklist}.
 * @example
 * ```ts
 * import { questionsFor } from '@vikno/checklists';
 *
 * questionsFor('birth-assistance', {}).map((question) => question.fact);
 * //=> ['childBornAbroad', 'guardian', 'applicationForm']
 * ```
 */
export function questionsFor(
  serviceIds: string | readonly string[],
  knownFacts: ApplicantFacts,
  options: ChecklistOptions = {},
): Question[] {
  return defaultRuleBook().questions(serviceIds, knownFacts, options);
}
