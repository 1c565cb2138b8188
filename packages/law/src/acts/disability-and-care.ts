import type { Act } from '../register.js';

// Acts and sources first cited for services for persons with disabilities, their carers, and the Chornobyl and explosive-injury payments. Each act is a constant of its own.

/** The acts of this file, in the order written. */
export const DISABILITY_AND_CARE_ACTS: readonly Act[] = [];
