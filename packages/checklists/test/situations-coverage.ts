import type { Situation } from './situation.js';

/** Situations of the services added for the coverage of 2026: severely ill children, carers, social services. */
export const COVERAGE_SITUATIONS: readonly Situation[] = [
  {
    service: 'severely-ill-child-assistance',
    who: 'a mother caring for a child with type 1 diabetes',
    facts: { guardian: false },
    bring: [
      'application:original',
      'identity:presentOnly',
      'birth-certificate:copy',
      'severe-illness-certificate:original',
    ],
    notDemanded: [],
  },
  {
    service: 'severely-ill-child-assistance',
    who: 'a guardian caring for a child awaiting an organ transplant',
    facts: { guardian: true },
    bring: [
      'application:original',
      'identity:presentOnly',
      'guardianship:copy',
      'birth-certificate:copy',
      'severe-illness-certificate:original',
    ],
    notDemanded: [],
  },
];
