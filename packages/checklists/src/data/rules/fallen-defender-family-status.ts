import {
  DIIA_FALLEN_FAMILY_STEPS,
  RIVNE_FALLEN_FAMILY_DOCUMENTS,
} from '../citations/war-and-displacement.js';
import { APPLICATION } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The documents of the status of a family member of a fallen Defender of Ukraine, as a CNAP's card and Diia list them. */
export const FALLEN_DEFENDER_FAMILY_STATUS: ServiceRules = {
  serviceId: 'fallen-defender-family-status',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: { uk: 'Заява про надання статусу', en: 'The application for the status' },
        basis: [RIVNE_FALLEN_FAMILY_DOCUMENTS],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'copy',
        reason: {
          uk: 'Паспорт члена сім’ї загиблого (копія)',
          en: 'The passport of the family member of the deceased (a copy)',
        },
        basis: [RIVNE_FALLEN_FAMILY_DOCUMENTS],
      },
      {
        id: 'defender-death',
        documents: ['defender-death-document'],
        form: 'copy',
        reason: {
          uk:
            'Підстава статусу: свідоцтво про смерть або повідомлення про загибель, рішення суду, висновок ' +
            'ВЛК/ЛКК/медичної комісії чи судово-медичної експертизи',
          en:
            'The ground of the status: a death certificate or notice of death, a court decision, or a conclusion of a ' +
            'military or medical commission or of a forensic examination',
        },
        basis: [DIIA_FALLEN_FAMILY_STEPS, RIVNE_FALLEN_FAMILY_DOCUMENTS],
      },
      {
        id: 'kinship',
        documents: ['kinship-document'],
        form: 'copy',
        reason: {
          uk:
            'Документ, що підтверджує родинний зв’язок із загиблим (свідоцтво про шлюб — для дружини чи чоловіка, ' +
            'про народження — для дитини чи батьків)',
          en:
            'A document of kinship with the deceased (a marriage certificate for a spouse, a birth certificate for a ' +
            'child or the parents)',
        },
        basis: [DIIA_FALLEN_FAMILY_STEPS, RIVNE_FALLEN_FAMILY_DOCUMENTS],
      },
    ],
  },
};
