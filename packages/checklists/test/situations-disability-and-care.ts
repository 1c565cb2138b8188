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
  {
    service: 'rehabilitation-aids-provision',
    who: 'a man of 58 with a group II disability who needs a wheelchair',
    facts: { age: 58, disability: true },
    bring: ['application:original', 'identity:presentOnly'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'rehabilitation-aids-provision',
    who: 'a mother applying for her son of 9 with a disability, who needs orthopaedic shoes',
    facts: { age: 9, disability: true, applicant: 'legalRepresentative' },
    bring: ['application:original', 'birth-certificate:presentOnly'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'chornobyl-disability-one-time-compensation',
    who: 'a Chornobyl clean-up worker of 1986 with a group II disability linked to the catastrophe',
    facts: { applicant: 'self', disability: true },
    bring: ['application:original', 'identity:presentOnly'],
    notDemanded: [],
  },
  {
    service: 'chornobyl-food-compensation',
    who: 'a Chornobyl clean-up worker of category 1 applying on paper',
    facts: { applicant: 'self' },
    bring: ['application:original', 'chornobyl-status-certificate:copy'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
];
