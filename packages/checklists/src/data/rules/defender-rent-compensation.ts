import { KROPYVNYTSKYI_RENT_DOCUMENTS, PRAVDA_IF_RENT_IDP } from '../citations/war-and-displacement.js';
import { APPLICATION, IDP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The documents of the rent compensation for Defenders (КМУ 252), as far as the pages read list them. */
export const DEFENDER_RENT_COMPENSATION: ServiceRules = {
  serviceId: 'defender-rent-compensation',
  periods: {
    '2025-03-07': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про виплату грошової компенсації за найм (оренду) житла',
          en: 'The application for the rent compensation',
        },
        basis: [KROPYVNYTSKYI_RENT_DOCUMENTS],
      },
      {
        id: 'idp-certificate',
        documents: ['idp-certificate'],
        when: IDP,
        form: 'copy',
        reason: {
          uk: 'Захисник чи Захисниця з числа ВПО: довідка про взяття на облік внутрішньо переміщеної особи',
          en: 'A displaced Defender: the IDP registration certificate',
        },
        basis: [PRAVDA_IF_RENT_IDP],
      },
    ],
  },
};
