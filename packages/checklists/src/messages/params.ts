import type { LocalizedText } from '@vikno/law';

/**
 * The parameters of each message of `@vikno/checklists`: what a text may say. Never the value of a fact or any
 * other value given: a value is described by its kind and size (`value`, from `valueKind`); the texts name
 * positions and limits of the rule book, ids the catalogue knows, and days already checked to be real days.
 */
export interface ChecklistMessageParams {
  /** A register or a document kind repeats an id given before it. */
  DUPLICATE_ID: Record<string, never>;
  /** A document or a checklist line names a register the rule book does not have. */
  UNKNOWN_REGISTER: Record<string, never>;
  /** A rule names a service the catalogue does not have. */
  UNKNOWN_SERVICE: Record<string, never>;
  /** A checklist line names a document kind the rule book does not have. */
  UNKNOWN_DOCUMENT: Record<string, never>;
  /** Two rules of one service overlap in time (`other` is the earlier rule's position among them). */
  OVERLAPPING_RULES: { other: number };
  /** A condition nested deeper than `max` levels. */
  TOO_DEEP: { max: number };
  /** A citation of an act the register of `@vikno/law` does not hold. */
  NO_SUCH_ACT: Record<string, never>;
  /** An id of the rule data that is not a lowercase slug. */
  NOT_A_SLUG: Record<string, never>;
  /** A malformed condition: `count` problems, listed as issues. */
  INVALID_CONDITION: { count: number };
  /** Malformed facts: `count` problems, listed as issues. */
  INVALID_FACTS: { count: number };
  /** Malformed rule data: `count` problems, listed as issues. */
  INVALID_RULES: { count: number };
  /** The periods of the shipped rule data: `count` problems, listed as issues. */
  INVALID_PERIODS: { count: number };
  /** A service whose periods were given before, in another file. */
  DUPLICATE_SERVICE: Record<string, never>;
  /** A period key that is not `earliest` first, or a start day in increasing order. */
  INVALID_PERIOD: Record<string, never>;
  /** An end (`null`) of a service's rules right after no rules. */
  END_WITHOUT_RULES: Record<string, never>;
  /** A malformed checklist or submitted package: `count` problems, listed as issues. */
  INVALID_PACKAGE: { count: number };
  /** Options that are not a plain object. */
  NOT_OPTIONS: { value: LocalizedText };
  /** A day that is not a real `YYYY-MM-DD` date. */
  NOT_A_DAY: { value: LocalizedText };
  /** Something other than a `Catalog` of `@vikno/catalog`. */
  NOT_A_CATALOG: { value: LocalizedText };
  /** Something other than a `RuleBook`. */
  NOT_A_RULE_BOOK: { value: LocalizedText };
  /** A service id that is not a string. */
  NOT_A_SERVICE_ID: { value: LocalizedText };
  /** A service id the catalogue does not have; `suggestions` are the nearest ids it has. */
  NO_SUCH_SERVICE: { value: LocalizedText; suggestions: readonly string[] };
  /** A service of the catalogue with no document rule on `day`. */
  NO_RULE: { serviceId: string; day: string };
  /** A list of services that is empty, longer than `max` or repeats an id. */
  SERVICE_IDS: { max: number };
  /** A validity that is not a term. */
  NOT_A_TERM: Record<string, never>;
  /** An issue day before `first`. */
  DAY_TOO_EARLY: { first: string };
  /** Working days counted outside the legal calendar of `@vikno/deadlines`. */
  OUTSIDE_LEGAL_CALENDAR: Record<string, never>;
  /** A validity that would end after `last`. */
  VALIDITY_TOO_LATE: { last: string };
}
