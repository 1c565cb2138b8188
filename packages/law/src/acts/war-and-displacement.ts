import type { Act } from '../register.js';

// Acts and sources first cited for services for people affected by the war and for displaced people and their hosts. Each act is a constant of its own.

/** The acts of this file, in the order written. */
export const WAR_AND_DISPLACEMENT_ACTS: readonly Act[] = [];
