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

  {
    service: 'social-services',
    who: 'an older woman living alone who needs care at home, no disability established',
    facts: { disability: false },
    bring: ['application:original', 'identity:copy'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'social-services',
    who: 'a man with a group II disability asking for day care',
    facts: { disability: true },
    bring: ['application:original', 'identity:copy', 'disability-certificate:copy'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },

  {
    service: 'mental-disorder-carer-allowance',
    who: 'a daughter living with her father, who has a group I disability due to a mental disorder',
    facts: {},
    bring: [
      'application:original',
      'identity:presentOnly',
      'income-declaration:original',
      'constant-care-conclusion:original',
    ],
    notDemanded: [],
  },

  {
    service: 'temporary-child-assistance',
    who: 'a mother of a seven-year-old whose father is in the debtors’ register for unpaid alimony',
    facts: {},
    bring: [
      'application:original',
      'identity:copyWithOriginal',
      'birth-certificate:copy',
      'income-declaration:original',
    ],
    notDemanded: [],
  },

  {
    service: 'explosive-injury-recovery-assistance',
    who: 'a man with a group II disability after a mine blast, applying in September',
    facts: {},
    bring: ['application:original', 'identity:copy', 'disability-certificate:copy'],
    notDemanded: [],
  },
  {
    service: 'school-kit-assistance',
    who: 'a father of a first-grader applying on paper at a Pension Fund service centre',
    facts: { guardian: false, applicationForm: 'paper' },
    bring: ['application:original', 'identity:presentOnly'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'school-kit-assistance',
    who: 'a guardian of a first-grader applying on paper',
    facts: { guardian: true, applicationForm: 'paper' },
    bring: ['application:original', 'identity:presentOnly', 'representative-authority:copy'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'baby-box-in-kind',
    who: 'a mother whose maternity ward had run out of baby boxes, a week after the birth',
    facts: { applicationForm: 'paper' },
    bring: [
      'application:original',
      'identity:copyWithOriginal',
      'birth-certificate:copyWithOriginal',
      'baby-box-not-issued-certificate:original',
    ],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
];
