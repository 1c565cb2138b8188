import { LAW_2923_ART_4_DOCUMENTS } from '../citations/war-and-displacement.js';
import { APPLICATION, IDENTITY, PROXY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The documents of the compensation for a destroyed dwelling filed on paper through a CNAP (Law 2923-IX Art. 4). */
export const DESTROYED_PROPERTY_COMPENSATION: ServiceRules = {
  serviceId: 'destroyed-property-compensation',
  periods: {
    '2023-05-22': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява, яку адміністратор ЦНАП заповнює через «Дію», роздруковує і дає підписати',
          en: 'The application the CNAP administrator fills in through Diia, prints and has signed',
        },
        basis: [LAW_2923_ART_4_DOCUMENTS],
      },
      {
        ...IDENTITY,
        reason: {
          uk: 'Документ, що посвідчує особу заявника, пред’являється при особистому поданні',
          en: 'The applicant’s identity document, shown when applying in person',
        },
        basis: [LAW_2923_ART_4_DOCUMENTS],
      },
      {
        id: 'ownership',
        documents: ['property-ownership-document'],
        form: 'copyWithOriginal',
        reason: {
          uk:
            'Копія документа про право власності на знищений об’єкт (оригінал пред’являється); не потрібна, якщо ' +
            'право зареєстровано в Державному реєстрі речових прав на нерухоме майно',
          en:
            'A copy of the title to the destroyed object (the original shown); not needed when the right is recorded in ' +
            'the State Register of real property rights',
        },
        basis: [LAW_2923_ART_4_DOCUMENTS],
      },
      {
        id: 'representative-authority',
        documents: ['representative-authority'],
        when: PROXY,
        form: 'copyWithOriginal',
        reason: {
          uk: 'Заяву подає представник: документ, що засвідчує його повноваження',
          en: 'A representative applies: the document of their powers',
        },
        basis: [LAW_2923_ART_4_DOCUMENTS],
      },
    ],
  },
};
