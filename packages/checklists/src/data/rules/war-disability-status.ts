import {
  KREMENCHUK_WAR_DISABILITY_DOCUMENTS,
  RIVNE_WAR_DISABILITY_DOCUMENTS,
  SHEPETIVKA_WAR_DISABILITY_DOCUMENTS,
} from '../citations/war-and-displacement.js';
import { APPLICATION } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The documents of the war disability status, as two CNAPs' cards list them for a serviceman. */
export const WAR_DISABILITY_STATUS: ServiceRules = {
  serviceId: 'war-disability-status',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: { uk: 'Заява (довільної форми)', en: 'The application (in free form)' },
        basis: [
          SHEPETIVKA_WAR_DISABILITY_DOCUMENTS,
          KREMENCHUK_WAR_DISABILITY_DOCUMENTS,
          RIVNE_WAR_DISABILITY_DOCUMENTS,
        ],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'copy',
        reason: {
          uk: 'Паспорт громадянина України (копія)',
          en: 'The passport of a citizen of Ukraine (a copy)',
        },
        basis: [
          SHEPETIVKA_WAR_DISABILITY_DOCUMENTS,
          KREMENCHUK_WAR_DISABILITY_DOCUMENTS,
          RIVNE_WAR_DISABILITY_DOCUMENTS,
        ],
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        form: 'copy',
        reason: {
          uk: 'Довідка МСЕК про групу та причину інвалідності (копія)',
          en: 'The medical and social expert commission’s certificate of the disability group and cause (a copy)',
        },
        basis: [
          SHEPETIVKA_WAR_DISABILITY_DOCUMENTS,
          KREMENCHUK_WAR_DISABILITY_DOCUMENTS,
          RIVNE_WAR_DISABILITY_DOCUMENTS,
        ],
      },
      {
        id: 'military-medical-conclusion',
        documents: ['military-medical-conclusion'],
        form: 'copy',
        reason: {
          uk: 'Висновок ВЛК (свідоцтво про хворобу) про причинний зв’язок поранення чи захворювання (копія)',
          en: 'The military medical commission’s conclusion (illness certificate) on the causal link (a copy)',
        },
        basis: [
          SHEPETIVKA_WAR_DISABILITY_DOCUMENTS,
          KREMENCHUK_WAR_DISABILITY_DOCUMENTS,
          RIVNE_WAR_DISABILITY_DOCUMENTS,
        ],
      },
      {
        id: 'military-id',
        documents: ['military-id'],
        form: 'copy',
        reason: {
          uk: 'Військовий квиток, тимчасове посвідчення або посвідчення офіцера (копія)',
          en: 'The military ID, temporary certificate or officer’s certificate (a copy)',
        },
        basis: [KREMENCHUK_WAR_DISABILITY_DOCUMENTS],
      },
      {
        id: 'photo',
        documents: ['applicant-photo-3x4'],
        form: 'original',
        reason: { uk: 'Фотокартка 3×4 см, одна', en: 'One 3×4 cm photograph' },
        basis: [KREMENCHUK_WAR_DISABILITY_DOCUMENTS],
      },
    ],
  },
};
