import type { Act } from '../register.js';
import { CABINET_ACTS } from './cabinet.js';
import { CODES_AND_LAWS } from './codes-and-laws.js';
import { DISABILITY_AND_CARE_ACTS } from './disability-and-care.js';
import { FAMILY_AND_CHILDREN_ACTS } from './family-and-children.js';
import { FAMILY_ASSISTANCE_SOURCES_ACTS } from './family-assistance-sources.js';
import { NOTICES_AND_PUBLICATIONS } from './notices-and-publications.js';
import { ORDERS_AND_CARDS } from './orders-and-cards.js';
import { SOCIAL_PROTECTION_SOURCES_ACTS } from './social-protection-sources.js';
import { WAR_AND_DISPLACEMENT_ACTS } from './war-and-displacement.js';

export * from './cabinet.js';
export * from './codes-and-laws.js';
export * from './disability-and-care.js';
export * from './family-and-children.js';
export * from './family-assistance-sources.js';
export * from './notices-and-publications.js';
export * from './orders-and-cards.js';
export * from './social-protection-sources.js';
export * from './war-and-displacement.js';

// A call marked pure, not a spread: a bundler drops the whole register from an app that never reads it.
/**
 * Every act the SDK cites, once: codes and laws, Cabinet acts, orders and cards, then the notices and publications
 * that stand as evidence where no act was read. Validated when {@link defaultActRegister} first builds the register.
 * Each act is also exported as a constant of its own (`LAW_5203_VI`, `CIVIL_CODE`, …).
 */
export const ACTS: readonly Act[] = /* @__PURE__ */ CODES_AND_LAWS.concat(
  CABINET_ACTS,
  ORDERS_AND_CARDS,
  NOTICES_AND_PUBLICATIONS,
  DISABILITY_AND_CARE_ACTS,
  WAR_AND_DISPLACEMENT_ACTS,
  FAMILY_AND_CHILDREN_ACTS,
  FAMILY_ASSISTANCE_SOURCES_ACTS,
  SOCIAL_PROTECTION_SOURCES_ACTS,
);
