import type { Act } from '../register.js';

// Acts and sources first cited for the state assistance to families with children (Law 2811-XII), as read to settle its values. Each act is a constant of its own.

/** The acts of this file, in the order written. */
export const FAMILY_ASSISTANCE_SOURCES_ACTS: readonly Act[] = [];
