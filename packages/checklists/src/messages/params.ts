/**
 * The parameters of each message of `@vikno/checklists`: what a text may say. Never the value of a fact or any
 * other value given, only paths and positions of the rule book itself.
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
}
