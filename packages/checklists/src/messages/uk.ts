import type { Messages } from '@vikno/law';
import type { ChecklistMessageParams } from './params.js';

/** The messages of `@vikno/checklists` in Ukrainian. */
export const uk: Messages<ChecklistMessageParams> = {
  DUPLICATE_ID: () => 'Повторює ідентифікатор, наведений раніше',
  UNKNOWN_REGISTER: () => 'Називає реєстр, якого немає серед реєстрів',
  UNKNOWN_SERVICE: () => 'Називає послугу, якої немає в каталозі',
  UNKNOWN_DOCUMENT: () => 'Називає вид документа, якого немає серед видів документів',
  OVERLAPPING_RULES: ({ other }) => `Перетинається в часі з правилом ${other} тієї самої послуги`,
};
