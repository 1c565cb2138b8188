import { SUD_CHORNOBYL_FOOD_DOCUMENTS } from '../citations/disability-and-care.js';
import { APPLICATION, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The documents of the Chornobyl food compensation, by the day each list took effect. */
export const CHORNOBYL_FOOD_COMPENSATION: ServiceRules = {
  serviceId: 'chornobyl-food-compensation',
  periods: {
    '2025-07-01': [
      {
        ...APPLICATION,
        reason: { uk: 'Заява', en: 'The application' },
        basis: [SUD_CHORNOBYL_FOOD_DOCUMENTS],
      },
      {
        id: 'chornobyl-status-certificate',
        documents: ['chornobyl-status-certificate'],
        form: 'copy',
        reason: {
          uk: 'Копія посвідчення відповідного статусу (учасника ліквідації, потерпілого) категорії 1 або 2',
          en: 'A copy of the status certificate (clean-up worker, victim) of category 1 or 2',
        },
        basis: [SUD_CHORNOBYL_FOOD_DOCUMENTS],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Копія довідки про РНОКПП (або паспорта з відміткою про відмову від нього)',
          en: 'A copy of the taxpayer number card (or of the passport marked with its refusal)',
        },
        basis: [SUD_CHORNOBYL_FOOD_DOCUMENTS],
      },
    ],
  },
};
