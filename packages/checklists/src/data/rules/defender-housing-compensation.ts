import { RIVNE_HOUSING_COMPENSATION_DOCUMENTS } from '../citations/war-and-displacement.js';
import { APPLICATION } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** A legal representative or an authorised person applies. */
const REPRESENTATIVE = { fact: 'applicant', in: ['legalRepresentative', 'proxy'] } as const;

/** The documents of the cash compensation for the dwelling (КМУ 719), as far as a CNAP's card was read. */
export const DEFENDER_HOUSING_COMPENSATION: ServiceRules = {
  serviceId: 'defender-housing-compensation',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про призначення грошової компенсації',
          en: 'The application for the cash compensation',
        },
        basis: [RIVNE_HOUSING_COMPENSATION_DOCUMENTS],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'copy',
        reason: {
          uk: 'Документ, що посвідчує особу заявника (копія)',
          en: 'The applicant’s identity document (a copy)',
        },
        basis: [RIVNE_HOUSING_COMPENSATION_DOCUMENTS],
      },
      {
        id: 'representative-authority',
        documents: ['representative-authority'],
        when: REPRESENTATIVE,
        form: 'copy',
        reason: {
          uk: 'Заяву подає представник: документ про його повноваження (копія)',
          en: 'A representative applies: the document of their powers (a copy)',
        },
        basis: [RIVNE_HOUSING_COMPENSATION_DOCUMENTS],
      },
    ],
  },
};
