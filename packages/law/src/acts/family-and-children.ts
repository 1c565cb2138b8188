import type { Act } from '../register.js';

// Acts and sources first cited for family, child-care and children's-status services. Each act is a constant of its own.

/** The acts of this file, in the order written. */
export const FAMILY_AND_CHILDREN_ACTS: readonly Act[] = [];
