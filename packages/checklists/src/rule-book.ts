import { Catalog, type CatalogIssue, defaultCatalog, issuesFrom } from '@vikno/catalog';
import { CivilDate, type LegalSource, type LocalizedText, type Term, toKyivDate } from '@vikno/deadlines';
import { valueKind } from '@vikno/law';
import { z } from 'zod';
import { type Condition, evaluateValid, unknownFactsValid } from './condition.js';
import { ChecklistError } from './errors.js';
import { type Answer, ApplicantFacts, FACT_DEFINITIONS, type FactName } from './facts.js';
import { checklistIssue, checklistSays } from './messages/index.js';
import { ChecklistRule, DocumentType, Register, type RuleItem, type SubmissionForm } from './schema.js';

/** A document of a checklist line: its kind, name and how long it stays valid. */
export interface ChecklistDocument {
  /** The document kind's id. */
  readonly id: string;
  /** Its name. */
  readonly name: LocalizedText;
  /** How long it stays valid after it is issued, if the law limits that. */
  readonly validity: Term | undefined;
}

/** What the lines of a checklist share: the rule line, the services it serves, and its documents. */
interface LineBase {
  /** The rule line's id, e.g. `birth-certificate`. */
  readonly id: string;
  /** The services this line serves (more than one in a checklist for a life situation). */
  readonly serviceIds: readonly string[];
  /** The documents that satisfy the line; more than one means any one of them. */
  readonly documents: readonly ChecklistDocument[];
}

/** A document the applicant must bring: how, why, and on what legal basis. */
export interface ChecklistItem extends LineBase {
  /** How it is submitted. */
  readonly form: SubmissionForm;
  /** Why it is needed, one reason per service. */
  readonly reasons: readonly LocalizedText[];
  /** The sources of the requirement. */
  readonly basis: readonly LegalSource[];
}

/** A document the provider obtains from a register itself and must not demand (Law 5203-VI Art. 9). */
export interface NotDemandedItem extends LineBase {
  /** The register the provider obtains it from. */
  readonly register: Register;
  /** Why the document matters, one reason per service. */
  readonly reasons: readonly LocalizedText[];
  /** Why it is not demanded, in words. */
  readonly why: LocalizedText;
  /** The sources that let the provider obtain it. */
  readonly basis: readonly LegalSource[];
}

/** A line the facts known so far do not settle: which facts would. */
export interface UndeterminedItem extends LineBase {
  /** The facts still needed to settle it. */
  readonly facts: readonly FactName[];
}

/**
 * The documents of one service (or of several, for a life situation) for one applicant on one day: what to bring,
 * what is not to be demanded and why, and what the facts known so far leave open.
 */
export interface Checklist {
  /** The services. */
  readonly serviceIds: readonly string[];
  /** The day the rules were read as of. */
  readonly asOf: string;
  /** The facts the checklist was built from. */
  readonly facts: ApplicantFacts;
  /** The documents to bring. */
  readonly items: readonly ChecklistItem[];
  /** The documents the provider obtains itself. */
  readonly notDemanded: readonly NotDemandedItem[];
  /** The lines that depend on facts not yet known. */
  readonly undetermined: readonly UndeterminedItem[];
  /** `true` when no line is undetermined. */
  readonly settled: boolean;
}

/** A question that settles part of a checklist: the fact, how to ask it, and which lines it affects. */
export interface Question {
  /** The fact the answer sets. */
  readonly fact: FactName;
  /** The question, in Ukrainian and English. */
  readonly question: LocalizedText;
  /** `choice` (pick one of `answers`) or `number` (between `min` and `max`). */
  readonly kind: 'choice' | 'number';
  /** The possible answers of a `choice`. */
  readonly answers: readonly Answer[];
  /** The smallest value of a `number`. */
  readonly min: number | undefined;
  /** The largest value of a `number`. */
  readonly max: number | undefined;
  /** The checklist lines the answer settles, as `serviceId/lineId`. */
  readonly affects: readonly string[];
}

/** Options of the checklist functions. */
export interface ChecklistOptions {
  /** The day the rules are read as of; today in Kyiv by default. */
  readonly asOf?: string;
}

/** The data a rule book is built from. */
export interface RuleBookData {
  /** The rules of services. */
  readonly rules: readonly unknown[];
  /** The kinds of documents they name. */
  readonly documents: readonly unknown[];
  /** The registers they name. */
  readonly registers: readonly unknown[];
}

/** The most services of one checklist: a life situation has a handful. */
const MAX_SERVICES = 50;
/** The most rules, document kinds or registers of one rule book. */
const MAX_ENTRIES = 5000;

const ServiceIds = z.array(z.string()).min(1).max(MAX_SERVICES);

/** The options object of a call: absent is `{}`; anything but a plain object throws `INVALID_OPTION`. */
export function readOptions<T extends object>(options: T | undefined, path = 'options'): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ChecklistError({
      code: 'INVALID_OPTION',
      path,
      ...checklistSays('NOT_OPTIONS', { value: valueKind(options) }),
    });
  }
  return options;
}

const FORM_STRENGTH: Record<SubmissionForm, number> = {
  copy: 0,
  presentOnly: 1,
  copyWithOriginal: 2,
  original: 3,
};

function invalid(code: 'INVALID_RULES', issues: CatalogIssue[]): ChecklistError {
  return new ChecklistError({
    code,
    path: 'rules',
    ...checklistSays('INVALID_RULES', { count: issues.length }),
    issues,
  });
}

/** A day given as an option, or today in Kyiv when it is absent; `INVALID_DATE` at `path` when it is not a day. */
export function resolveDay(asOf: unknown, path = 'options.asOf'): string {
  if (asOf === undefined) return toKyivDate(new Date());
  if (!CivilDate.safeParse(asOf).success) {
    throw new ChecklistError({
      code: 'INVALID_DATE',
      path,
      ...checklistSays('NOT_A_DAY', { value: valueKind(asOf) }),
    });
  }
  return asOf as string;
}

/** Validates facts, or throws `INVALID_FACTS` with every problem and its path. */
export function parseFacts(facts: unknown, path = 'facts'): ApplicantFacts {
  const parsed = ApplicantFacts.safeParse(facts);
  if (parsed.success) return parsed.data;
  const issues = issuesFrom(parsed.error, path);
  throw new ChecklistError({
    code: 'INVALID_FACTS',
    path,
    ...checklistSays('INVALID_FACTS', { count: issues.length }),
    issues,
  });
}

/** One line of a rule, classified for a set of facts. */
type Classified =
  | { kind: 'skip' }
  | { kind: 'demanded'; item: RuleItem }
  | { kind: 'notDemanded'; item: RuleItem; register: string }
  | { kind: 'undetermined'; item: RuleItem; facts: FactName[] };

/** Decides one rule line: skipped, demanded, obtained from a register, or open. */
export function classify(item: RuleItem, facts: ApplicantFacts): Classified {
  const applies = item.when === undefined ? true : evaluateValid(item.when, facts);
  if (applies === false) return { kind: 'skip' };
  const register = item.fromRegister;
  const fromRegister =
    register === undefined ? false : register.when === undefined ? true : evaluateValid(register.when, facts);
  if (applies === true && fromRegister === true && register !== undefined) {
    return { kind: 'notDemanded', item, register: register.register };
  }
  if (applies === true && fromRegister === false) return { kind: 'demanded', item };
  const pending: Condition[] = [
    ...(applies === undefined && item.when ? [item.when] : []),
    ...(fromRegister === undefined && register?.when ? [register.when] : []),
  ];
  return {
    kind: 'undetermined',
    item,
    facts: [...new Set(pending.flatMap((part) => unknownFactsValid(part, facts)))],
  };
}

/**
 * The document rules of services, with the kinds of documents and the registers they name, validated together.
 * The package's own is {@link defaultRuleBook}; a vendor can build one from its own data.
 *
 * @example
 * ```ts
 * import { defaultRuleBook } from '@vikno/checklists';
 *
 * const checklist = defaultRuleBook().checklist('birth-assistance', { childBornAbroad: false });
 * ```
 */
export class RuleBook {
  readonly #rules: ReadonlyMap<string, readonly ChecklistRule[]>;
  readonly #documents: ReadonlyMap<string, DocumentType>;
  readonly #registers: ReadonlyMap<string, Register>;
  readonly #catalog: Catalog;

  /**
   * Validates rule data: the schemas, then that every document, register and service it names exists and that
   * no service has two rules for one day. Every problem is reported with its path.
   *
   * @param data - rules, document kinds and registers, e.g. parsed JSON. A source may be a `LegalSource` written out
   * in full or a citation of the act register of `@vikno/law`, which is resolved to the source it cites.
   * @param catalog - the catalogue the service ids belong to; the built-in one by default.
   * @throws {@link ChecklistError} `INVALID_RULES` with every issue.
   */
  constructor(data: RuleBookData, catalog: Catalog = defaultCatalog()) {
    if (!(catalog instanceof Catalog)) {
      throw new ChecklistError({
        code: 'INVALID_OPTION',
        path: 'catalog',
        ...checklistSays('NOT_A_CATALOG', { value: valueKind(catalog) }),
      });
    }
    // Lengths are checked before any entry is: a list too long is refused without validating its items.
    const parsed = z
      .object({
        rules: z.array(ChecklistRule).max(MAX_ENTRIES),
        documents: z.array(DocumentType).max(MAX_ENTRIES),
        registers: z.array(Register).max(MAX_ENTRIES),
      })
      .safeParse(data);
    if (!parsed.success) throw invalid('INVALID_RULES', issuesFrom(parsed.error, ''));
    const { rules, documents, registers } = parsed.data;
    const issues: CatalogIssue[] = [];
    const registerIds = new Set(registers.map((register) => register.id));
    const documentIds = new Set(documents.map((document) => document.id));
    const duplicate = (ids: readonly string[], path: string) => {
      const seen = new Set<string>();
      for (const [index, id] of ids.entries()) {
        if (seen.has(id)) issues.push(checklistIssue(`${path}.${index}.id`, 'DUPLICATE_ID', {}));
        seen.add(id);
      }
    };
    duplicate(
      registers.map((register) => register.id),
      'registers',
    );
    duplicate(
      documents.map((document) => document.id),
      'documents',
    );
    for (const [index, document] of documents.entries()) {
      for (const [position, register] of (document.heldIn ?? []).entries()) {
        if (!registerIds.has(register)) {
          issues.push(checklistIssue(`documents.${index}.heldIn.${position}`, 'UNKNOWN_REGISTER', {}));
        }
      }
    }
    const byService = new Map<string, ChecklistRule[]>();
    for (const [index, rule] of rules.entries()) {
      if (!catalog.has(rule.serviceId)) {
        issues.push(checklistIssue(`rules.${index}.serviceId`, 'UNKNOWN_SERVICE', {}));
      }
      for (const [position, item] of rule.items.entries()) {
        for (const [which, document] of item.documents.entries()) {
          if (!documentIds.has(document)) {
            issues.push(
              checklistIssue(`rules.${index}.items.${position}.documents.${which}`, 'UNKNOWN_DOCUMENT', {}),
            );
          }
        }
        if (item.fromRegister && !registerIds.has(item.fromRegister.register)) {
          issues.push(
            checklistIssue(`rules.${index}.items.${position}.fromRegister.register`, 'UNKNOWN_REGISTER', {}),
          );
        }
      }
      for (const [other, earlier] of (byService.get(rule.serviceId) ?? []).entries()) {
        const overlaps =
          (rule.from ?? '') <= (earlier.to ?? '\uffff') && (earlier.from ?? '') <= (rule.to ?? '\uffff');
        if (overlaps) {
          issues.push(checklistIssue(`rules.${index}`, 'OVERLAPPING_RULES', { other }));
        }
      }
      byService.set(rule.serviceId, [...(byService.get(rule.serviceId) ?? []), rule]);
    }
    if (issues.length > 0) throw invalid('INVALID_RULES', issues);
    this.#rules = byService;
    this.#documents = new Map(documents.map((document) => [document.id, document]));
    this.#registers = new Map(registers.map((register) => [register.id, register]));
    this.#catalog = catalog;
  }

  /** The ids of the services this book has rules for. */
  get serviceIds(): readonly string[] {
    return [...this.#rules.keys()];
  }

  /** A kind of document by id, or `undefined`. */
  document(id: string): DocumentType | undefined {
    return this.#documents.get(id);
  }

  /**
   * The rule of a service on a day.
   *
   * @throws {@link ChecklistError} `UNKNOWN_SERVICE` with suggestions, `NO_RULE`, `INVALID_DATE`.
   */
  rule(serviceId: string, options: ChecklistOptions = {}): ChecklistRule {
    if (typeof serviceId !== 'string') {
      throw new ChecklistError({
        code: 'INVALID_OPTION',
        path: 'serviceId',
        ...checklistSays('NOT_A_SERVICE_ID', { value: valueKind(serviceId) }),
      });
    }
    const asOf = resolveDay(readOptions(options).asOf);
    const rules = this.#rules.get(serviceId);
    if (rules === undefined && !this.#catalog.has(serviceId)) {
      // The catalogue refuses to look for ids near one longer than any id, so this costs nothing for a huge one.
      const suggestions = this.#catalog.suggest(serviceId);
      throw new ChecklistError({
        code: 'UNKNOWN_SERVICE',
        path: 'serviceId',
        ...checklistSays('NO_SUCH_SERVICE', { value: valueKind(serviceId), suggestions }),
        suggestions,
      });
    }
    const rule = rules?.find(
      (candidate) => (candidate.from ?? '') <= asOf && asOf <= (candidate.to ?? '\uffff'),
    );
    if (rule === undefined) {
      throw new ChecklistError({
        code: 'NO_RULE',
        path: 'serviceId',
        ...checklistSays('NO_RULE', { serviceId, day: asOf }),
      });
    }
    return rule;
  }

  /**
   * The checklist of one service for one applicant: what to bring, what is not demanded and why, and what is
   * still open.
   *
   * @throws {@link ChecklistError} `INVALID_FACTS`, `UNKNOWN_SERVICE`, `NO_RULE`, `INVALID_DATE`.
   */
  checklist(serviceId: string, facts: ApplicantFacts, options: ChecklistOptions = {}): Checklist {
    return this.checklistFor([serviceId], facts, options);
  }

  /**
   * One checklist for several services (a life situation such as the birth of a child): a document two services
   * need is asked for once, in the strictest form either needs; an application stays one per service.
   *
   * @throws {@link ChecklistError} `INVALID_FACTS`, `UNKNOWN_SERVICE`, `NO_RULE`, `INVALID_DATE`, and
   * `INVALID_OPTION` for an empty or repeated list.
   */
  checklistFor(
    serviceIds: readonly string[],
    facts: ApplicantFacts,
    options: ChecklistOptions = {},
  ): Checklist {
    const ids = ServiceIds.safeParse(serviceIds);
    if (!ids.success || new Set(ids.data).size !== ids.data.length) {
      throw new ChecklistError({
        code: 'INVALID_OPTION',
        path: 'serviceIds',
        ...checklistSays('SERVICE_IDS', { max: MAX_SERVICES }),
        ...(ids.success ? {} : { issues: issuesFrom(ids.error, 'serviceIds') }),
      });
    }
    const known = parseFacts(facts);
    const asOf = resolveDay(readOptions(options).asOf);
    const items = new Map<string, ChecklistItem>();
    const notDemanded = new Map<string, NotDemandedItem>();
    const undetermined = new Map<string, UndeterminedItem>();
    for (const serviceId of ids.data) {
      for (const item of this.rule(serviceId, { asOf }).items) {
        const line = classify(item, known);
        if (line.kind === 'skip') continue;
        const documents = item.documents.map((id) => this.#checklistDocument(id));
        const shared = !documents.some((document) => this.#documents.get(document.id)?.onePerService);
        const key = shared ? item.documents.join('|') : `${serviceId}:${item.documents.join('|')}`;
        if (line.kind === 'demanded') {
          const existing = items.get(key);
          items.set(key, {
            id: existing?.id ?? item.id,
            serviceIds: [...(existing?.serviceIds ?? []), serviceId],
            documents,
            form:
              existing && FORM_STRENGTH[existing.form] > FORM_STRENGTH[item.form] ? existing.form : item.form,
            reasons: [...(existing?.reasons ?? []), item.reason],
            basis: [...new Set([...(existing?.basis ?? []), ...item.basis])],
          });
        } else if (line.kind === 'notDemanded') {
          const register = this.#registers.get(line.register) as Register;
          const existing = notDemanded.get(key);
          notDemanded.set(key, {
            id: existing?.id ?? item.id,
            serviceIds: [...(existing?.serviceIds ?? []), serviceId],
            documents,
            register,
            reasons: [...(existing?.reasons ?? []), item.reason],
            why: {
              uk: `Суб’єкт надання отримує ці відомості самостійно: ${register.name.uk} (${register.holder.uk})`,
              en: `The provider obtains this itself: ${register.name.en} (${register.holder.en})`,
            },
            basis: [...new Set([...(existing?.basis ?? []), ...(item.fromRegister?.basis ?? [])])],
          });
        } else {
          const existing = undetermined.get(key);
          undetermined.set(key, {
            id: existing?.id ?? item.id,
            serviceIds: [...(existing?.serviceIds ?? []), serviceId],
            documents,
            facts: [...new Set([...(existing?.facts ?? []), ...line.facts])],
          });
        }
      }
    }
    // A document demanded for one service is brought anyway, so another service's "from a register" or open line
    // for the same document adds nothing to ask.
    for (const key of items.keys()) {
      notDemanded.delete(key);
      undetermined.delete(key);
    }
    return {
      serviceIds: ids.data,
      asOf,
      facts: known,
      items: [...items.values()],
      notDemanded: [...notDemanded.values()],
      undetermined: [...undetermined.values()],
      settled: undetermined.size === 0,
    };
  }

  /**
   * The facts still needed to settle a service's checklist, each with its question and answers, in interview
   * order, so a vendor builds the interview screen with no logic of its own: ask, add the answer to the facts,
   * ask again until the list is empty.
   *
   * @throws {@link ChecklistError} `INVALID_FACTS`, `UNKNOWN_SERVICE`, `NO_RULE`, `INVALID_DATE`.
   */
  questions(
    serviceIds: string | readonly string[],
    knownFacts: ApplicantFacts,
    options: ChecklistOptions = {},
  ): Question[] {
    const checklist = this.checklistFor(
      typeof serviceIds === 'string' ? [serviceIds] : (serviceIds as readonly string[]),
      knownFacts,
      options,
    );
    const affected = new Map<FactName, string[]>();
    for (const line of checklist.undetermined) {
      for (const fact of line.facts) {
        affected.set(fact, [
          ...(affected.get(fact) ?? []),
          ...line.serviceIds.map((id) => `${id}/${line.id}`),
        ]);
      }
    }
    return (Object.keys(FACT_DEFINITIONS) as FactName[]).flatMap((fact) => {
      const affects = affected.get(fact);
      if (affects === undefined) return [];
      const definition = FACT_DEFINITIONS[fact];
      return [
        {
          fact,
          question: definition.question,
          kind: definition.kind,
          answers: definition.answers ?? [],
          min: definition.min,
          max: definition.max,
          affects,
        },
      ];
    });
  }

  #checklistDocument(id: string): ChecklistDocument {
    const document = this.#documents.get(id) as DocumentType;
    return { id, name: document.name, validity: document.validity };
  }
}
