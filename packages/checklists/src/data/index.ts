export { DOCUMENT_TYPES } from './documents.js';
export { rulesOf, type ServiceRules } from './load.js';
export { REGISTERS } from './registers.js';
export { SERVICE_RULES } from './rules/index.js';
