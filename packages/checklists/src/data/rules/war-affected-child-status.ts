import { GIRSKA_WAR_CHILD_DOCUMENTS } from '../citations/war-and-displacement.js';
import { APPLICATION } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Someone other than the child applies: a parent, another legal representative or a relative. */
const NOT_THE_CHILD = { fact: 'applicant', in: ['legalRepresentative', 'proxy'] } as const;

/** The documents of the status of a child affected by hostilities and armed conflicts, as a 2023 list reads them. */
export const WAR_AFFECTED_CHILD_STATUS: ServiceRules = {
  serviceId: 'war-affected-child-status',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про надання статусу (дитина з 14 років може подати її сама)',
          en: 'The application for the status (a child from 14 may file it alone)',
        },
        basis: [GIRSKA_WAR_CHILD_DOCUMENTS],
      },
      {
        id: 'personal-data-consent',
        documents: ['personal-data-consent'],
        form: 'original',
        reason: {
          uk: 'Згода на обробку персональних даних',
          en: 'Consent to the processing of personal data',
        },
        basis: [GIRSKA_WAR_CHILD_DOCUMENTS],
      },
      {
        id: 'child-identity',
        documents: ['birth-certificate', 'identity-document'],
        form: 'copy',
        reason: {
          uk: 'Свідоцтво про народження дитини або інший документ, що посвідчує її особу (засвідчена копія)',
          en: 'The child’s birth certificate or another identity document of the child (a certified copy)',
        },
        basis: [GIRSKA_WAR_CHILD_DOCUMENTS],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'copy',
        reason: {
          uk: 'Документ, що посвідчує особу заявника (засвідчена копія)',
          en: 'The applicant’s identity document (a certified copy)',
        },
        basis: [GIRSKA_WAR_CHILD_DOCUMENTS],
      },
      {
        id: 'representative-or-kinship',
        documents: ['representative-authority', 'kinship-document'],
        when: NOT_THE_CHILD,
        form: 'copy',
        reason: {
          uk:
            'Заявник не сама дитина: документ про повноваження законного представника або про родинні стосунки з ' +
            'дитиною (засвідчена копія)',
          en:
            'The applicant is not the child: a document of the legal representative’s powers or of kinship with the ' +
            'child (a certified copy)',
        },
        basis: [GIRSKA_WAR_CHILD_DOCUMENTS],
      },
    ],
  },
};
