import type { Citation } from '@vikno/law';

/** sud.ua (09.11.2025), retelling the Pension Fund: the documents of the Chornobyl food compensation. */
export const SUD_CHORNOBYL_FOOD_DOCUMENTS: Citation = {
  act: 'sud-chornobyl-food-compensation-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Для призначення компенсації надаються : заявка; копія посвідчення відповідного статусу; копія справки про ' +
    'РНОКПП або паспорта з відміткою про відмову від нього.»',
  note: 'News retelling the Pension Fund (the page mixes Russian and Ukrainian).',
};
