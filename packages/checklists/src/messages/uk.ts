import { formatCount, type Messages } from '@vikno/law';
import type { ChecklistMessageParams } from './params.js';

const names = (list: readonly string[]) => list.map((name) => `\`${name}\``).join(', ');

/** The messages of `@vikno/checklists` in Ukrainian. */
export const uk: Messages<ChecklistMessageParams> = {
  DUPLICATE_ID: () => 'Повторює ідентифікатор, наведений раніше',
  UNKNOWN_REGISTER: () => 'Називає реєстр, якого немає серед реєстрів',
  UNKNOWN_SERVICE: () => 'Називає послугу, якої немає в каталозі',
  UNKNOWN_DOCUMENT: () => 'Називає вид документа, якого немає серед видів документів',
  OVERLAPPING_RULES: ({ other }) => `Перетинається в часі з правилом ${other} тієї самої послуги`,
  TOO_DEEP: ({ max }) => `Вкладено глибше ніж на ${max} рівнів`,
  NO_SUCH_ACT: () => 'Називає акт, якого немає в реєстрі актів `@vikno/law`',
  NOT_A_SLUG: () => 'Очікується ідентифікатор малими латинськими літерами й цифрами через дефіс',
  INVALID_CONDITION: ({ count }) => `В умові проблем: ${formatCount(count, 'uk')}`,
  INVALID_FACTS: ({ count }) => `У фактах проблем: ${formatCount(count, 'uk')}`,
  INVALID_RULES: ({ count }) => `У даних правил проблем: ${formatCount(count, 'uk')}`,
  INVALID_PERIODS: ({ count }) => `У періодах даних правил проблем: ${formatCount(count, 'uk')}`,
  DUPLICATE_SERVICE: () =>
    'Повторює послугу, наведену раніше: усі періоди послуги зберігаються в одному файлі',
  INVALID_PERIOD: () => 'Очікується спершу `earliest`, далі дні початку у форматі РРРР-ММ-ДД за зростанням',
  END_WITHOUT_RULES: () => 'Завершує правила послуги (`null`) там, де жодні правила не діяли',
  INVALID_PACKAGE: ({ count }) => `У пакеті проблем: ${formatCount(count, 'uk')}`,
  NOT_OPTIONS: ({ value }) => `Очікується об’єкт параметрів, отримано ${value.uk}`,
  NOT_A_DAY: ({ value }) => `Очікується календарний день у форматі РРРР-ММ-ДД, отримано ${value.uk}`,
  NOT_A_CATALOG: ({ value }) => `Очікується каталог (\`Catalog\`) з \`@vikno/catalog\`, отримано ${value.uk}`,
  NOT_A_RULE_BOOK: ({ value }) => `Очікується книга правил (\`RuleBook\`), отримано ${value.uk}`,
  NOT_A_SERVICE_ID: ({ value }) => `Очікується ідентифікатор послуги, отримано ${value.uk}`,
  NO_SUCH_SERVICE: ({ value, suggestions }) =>
    `Немає послуги з таким ідентифікатором (${value.uk}).${
      suggestions.length > 0 ? ` Можливо, ви мали на увазі: ${names(suggestions)}?` : ''
    }`,
  NO_RULE: ({ serviceId, day }) => `Немає правила щодо документів послуги \`${serviceId}\` на ${day}`,
  SERVICE_IDS: ({ max }) => `Очікується список від 1 до ${max} різних ідентифікаторів послуг`,
  NOT_A_TERM: () => 'Очікується строк: ціла додатна кількість і одиниця',
  DAY_TOO_EARLY: ({ first }) => `Очікується день, не раніший за ${first}`,
  OUTSIDE_LEGAL_CALENDAR: () => 'Робочі дні рахуються лише в межах юридичного календаря `@vikno/deadlines`',
  VALIDITY_TOO_LATE: ({ last }) => `Строк чинності закінчився б пізніше ${last}`,
};
