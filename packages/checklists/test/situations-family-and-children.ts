import type { Situation } from './situation.js';

/** Situations of the family, child-care and old-age services added for issue 14 (the «муніципальна няня», …). */
export const FAMILY_AND_CHILDREN_SITUATIONS: readonly Situation[] = [
  {
    service: 'municipal-nanny-compensation',
    who: 'a working mother of two children under three, with a nanny under contract',
    facts: { disability: false },
    bring: ['application:original'],
    notDemanded: [],
  },
  {
    service: 'municipal-nanny-compensation',
    who: 'a father with a group II disability, with a nanny under contract',
    facts: { disability: true },
    bring: ['application:original', 'disability-certificate:copyWithOriginal'],
    notDemanded: [],
  },
  {
    service: 'pension-age-temporary-assistance',
    who: 'a 61-year-old woman without enough insurance record for a pension, applying herself',
    facts: { applicant: 'self' },
    bring: ['application:original', 'identity:presentOnly', 'income-declaration:original'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'one-time-material-assistance',
    who: 'a man with a group II disability after a long illness, applying himself',
    facts: { disability: true },
    bring: ['application:original', 'identity:copyWithOriginal', 'disability-certificate:copy'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'orphan-coming-of-age-assistance',
    who: 'a young woman who grew up in a foster family, just turned 18',
    facts: {},
    bring: ['application:original', 'identity:copyWithOriginal', 'personal-data-consent:original'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'basic-social-assistance',
    who: 'a single mother already receiving the single-mother assistance, applying in Diia',
    facts: { applicationForm: 'electronic' },
    bring: ['application:original', 'identity:presentOnly'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
];
