import type { ChecklistRuleInput, DocumentType } from '../schema.js';
import { COMMON_DOCUMENT_TYPES } from './documents.js';
import { FAMILY_DOCUMENT_TYPES, FAMILY_RULES } from './rules/families.js';
import { GENERAL_DOCUMENT_TYPES, GENERAL_RULES } from './rules/general.js';
import { SOCIAL_DOCUMENT_TYPES, SOCIAL_RULES } from './rules/social.js';

export { REGISTERS } from './registers.js';

/** Every kind of document the rules name. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  ...COMMON_DOCUMENT_TYPES,
  ...FAMILY_DOCUMENT_TYPES,
  ...SOCIAL_DOCUMENT_TYPES,
  ...GENERAL_DOCUMENT_TYPES,
];

/** Every rule the package ships, unvalidated; the rule book validates them when it is built. */
export const RULE_DATA: readonly ChecklistRuleInput[] = [...FAMILY_RULES, ...SOCIAL_RULES, ...GENERAL_RULES];
