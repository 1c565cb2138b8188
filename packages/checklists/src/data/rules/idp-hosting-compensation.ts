import {
  DOLYNSKE_IDP_HOSTING_DOCUMENTS,
  VP_DONETSK_IDP_HOSTING_DOCUMENTS,
} from '../citations/war-and-displacement.js';
import { APPLICATION, IDENTITY, PROXY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/**
 * The documents of the compensation for hosting displaced persons: the council era (a hromada's page of 2022) and,
 * from 01.03.2025, the Pension Fund's notice and application (no list of attachments found).
 */
export const IDP_HOSTING_COMPENSATION: ServiceRules = {
  serviceId: 'idp-hosting-compensation',
  periods: {
    '2022-03-19': [
      {
        ...APPLICATION,
        reason: { uk: 'Заява на отримання компенсації витрат', en: 'The application for the compensation' },
        basis: [DOLYNSKE_IDP_HOSTING_DOCUMENTS],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Документ, що посвідчує особу заявника', en: 'The applicant’s identity document' },
        basis: [DOLYNSKE_IDP_HOSTING_DOCUMENTS],
      },
      {
        id: 'dwelling-right',
        documents: ['property-ownership-document'],
        form: 'copyWithOriginal',
        reason: {
          uk: 'Документ, що підтверджує право власності або користування житловим приміщенням',
          en: 'The document of the right of ownership or use of the dwelling',
        },
        basis: [DOLYNSKE_IDP_HOSTING_DOCUMENTS],
      },
      {
        id: 'representative-authority',
        documents: ['representative-authority'],
        when: PROXY,
        form: 'copyWithOriginal',
        reason: {
          uk: 'Заяву подає представник власника: документ, що підтверджує його повноваження',
          en: 'The owner’s representative applies: the document of their powers',
        },
        basis: [DOLYNSKE_IDP_HOSTING_DOCUMENTS],
      },
    ],
    '2025-03-01': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Повідомлення про розміщення і заява встановленої форми до органу Пенсійного фонду',
          en: 'The notice of the hosting and the application in the prescribed form to the Pension Fund body',
        },
        basis: [VP_DONETSK_IDP_HOSTING_DOCUMENTS],
      },
    ],
  },
};
