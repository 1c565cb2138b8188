import type { Act } from '../register.js';

// Acts and sources first cited for the other social protection services (IDPs, subsidies and privileges, disability, funerals, residence), as read to settle their values. Each act is a constant of its own.

/** The acts of this file, in the order written. */
export const SOCIAL_PROTECTION_SOURCES_ACTS: readonly Act[] = [];
