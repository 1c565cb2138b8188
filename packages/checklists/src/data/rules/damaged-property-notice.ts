import { DAMAGED_PROPERTY_NOTICE_FORMING } from '../citations/war-and-displacement.js';
import { APPLICATION } from '../lines.js';
import type { ServiceRules } from '../load.js';

/**
 * The damaged-property notice at a CNAP: the notice the administrator forms through Diia. No source read lists the
 * documents to show, so no other line is recorded.
 */
export const DAMAGED_PROPERTY_NOTICE: ServiceRules = {
  serviceId: 'damaged-property-notice',
  periods: {
    '2023-05-22': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Інформаційне повідомлення про пошкоджене або знищене майно, сформоване засобами Порталу «Дія»',
          en: 'The notice of the damaged or destroyed property, formed by means of the Diia portal',
        },
        basis: [DAMAGED_PROPERTY_NOTICE_FORMING],
      },
    ],
  },
};
