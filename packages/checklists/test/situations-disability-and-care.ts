import type { Situation } from './situation.js';

/** Situations of the services for persons with disabilities and their carers added for issue 14. */
export const DISABILITY_AND_CARE_SITUATIONS: readonly Situation[] = [
  {
    service: 'non-professional-care-compensation',
    who: 'a daughter who lives with and cares for her mother with a group I disability',
    facts: { applicant: 'self' },
    bring: ['application:original', 'income-declaration:original'],
    notDemanded: [],
  },
];
