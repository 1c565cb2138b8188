import type { Situation } from './situation.js';

/** Situations of the services for people affected by the war added for issue 14. */
export const WAR_AND_DISPLACEMENT_SITUATIONS: readonly Situation[] = [
  {
    service: 'war-affected-child-status',
    who: 'a mother applying for her displaced nine-year-old son who was under shelling',
    facts: { applicant: 'legalRepresentative' },
    bring: [
      'application:original',
      'personal-data-consent:original',
      'child-identity:copy',
      'identity:copy',
      'representative-or-kinship:copy',
    ],
    notDemanded: [],
  },
  {
    service: 'war-affected-child-status',
    who: 'a sixteen-year-old applying alone',
    facts: { applicant: 'self' },
    bring: ['application:original', 'personal-data-consent:original', 'child-identity:copy', 'identity:copy'],
    notDemanded: [],
  },
  {
    service: 'fallen-defender-family-status',
    who: 'the widow of a serviceman killed at the front',
    facts: { applicant: 'self' },
    bring: ['application:original', 'identity:copy', 'defender-death:copy', 'kinship:copy'],
    notDemanded: [],
  },
  {
    service: 'destroyed-property-compensation',
    who: 'the owner of a house destroyed by a missile, at a CNAP in person',
    facts: { applicant: 'self' },
    bring: ['application:original', 'identity:presentOnly', 'ownership:copyWithOriginal'],
    notDemanded: [],
  },
  {
    service: 'destroyed-property-compensation',
    who: 'a son applying under a power of attorney for his mother’s destroyed flat',
    facts: { applicant: 'proxy' },
    bring: [
      'application:original',
      'identity:presentOnly',
      'ownership:copyWithOriginal',
      'representative-authority:copyWithOriginal',
    ],
    notDemanded: [],
  },
  {
    service: 'war-disability-status',
    who: 'a serviceman with a group II disability after a wound at the front',
    facts: { applicant: 'self', disability: true },
    bring: [
      'application:original',
      'identity:copy',
      'disability-certificate:copy',
      'military-medical-conclusion:copy',
      'military-id:copy',
      'photo:original',
    ],
    notDemanded: [],
  },
  {
    service: 'defender-housing-compensation',
    who: 'the widow of a fallen Defender, on the housing waiting list',
    facts: { applicant: 'self' },
    bring: ['application:original', 'identity:copy'],
    notDemanded: [],
  },
  {
    service: 'defender-rent-compensation',
    who: 'a discharged Defender from Mariupol, displaced, renting a flat in Dnipro',
    facts: { idp: true },
    bring: ['application:original', 'idp-certificate:copy'],
    notDemanded: [],
  },
  {
    service: 'idp-hosting-compensation',
    who: 'a Poltava homeowner hosting a displaced family from Kharkiv, applying to the Pension Fund',
    facts: { applicant: 'self' },
    bring: ['application:original'],
    notDemanded: [],
  },
  {
    service: 'damaged-property-notice',
    who: 'a Kharkiv owner whose flat windows were blown out by a missile strike',
    facts: { applicant: 'self' },
    bring: ['application:original'],
    notDemanded: [],
  },
];
