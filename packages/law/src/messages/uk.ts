import type { Messages } from '../messages.js';
import { formatCount, pluralUk } from '../plural.js';
import type { LawMessageParams } from './params.js';

/** The messages of `@vikno/law` in Ukrainian. */
export const uk: Messages<LawMessageParams> = {
  INVALID_DATE: ({ value }) =>
    `${value.uk} не є датою: очікується справжній календарний день у форматі РРРР-ММ-ДД, наприклад «2026-03-02»`,
  INVALID_AMOUNT: ({ value, limit }) =>
    `${value.uk} не є кількістю: очікується ціле число, за модулем не більше ${formatCount(limit, 'uk')}`,
  OUT_OF_BOUNDS: ({ value, min, max }) =>
    `${value.uk} поза межами: очікується ціле число від ${formatCount(min, 'uk')} до ${formatCount(max, 'uk')}`,
  BEYOND_WRITABLE_YEARS: () => 'день випав би за межі років 0000–9999, які можна записати як РРРР-ММ-ДД',
  OUTSIDE_SUPPORTED_DAYS: ({ first, last }) => `день поза підтримуваним діапазоном з ${first} по ${last}`,
  INVALID_INSTANT: ({ value }) =>
    `${value.uk} не є моментом часу: очікується коректний Date, мілісекунди від епохи або рядок ISO 8601 із Z чи зсувом`,
  INVALID_TIME: ({ value }) => `${value.uk} не є часом доби: очікується ГГ:ХХ від 00:00 до 23:59`,
  UNKNOWN_ACT: ({ count }) =>
    `У реєстрі немає акта з таким ідентифікатором (у реєстрі ${formatCount(count, 'uk')} ${pluralUk(count, ['акт', 'акти', 'актів'])})`,
  INVALID_ACTS: ({ count }) => `У реєстрі актів проблем: ${formatCount(count, 'uk')}`,
  DUPLICATE_ACT_ID: () => 'Цей ідентифікатор уже має інший акт реєстру',
  DUPLICATE_ACT_NUMBER: () =>
    'Акт того самого виду з тим самим номером і датою вже є в реєстрі: один акт записують один раз',
  DUPLICATE_ACT_URL: () => 'Інший акт реєстру вже має цю офіційну адресу: один акт записують один раз',
  DUPLICATE_ACT_TITLE: () =>
    'Інший документ реєстру без номера вже має цю назву: один документ записують один раз',
  INVALID_CITATIONS: ({ count }) => `У посиланнях на акти проблем: ${formatCount(count, 'uk')}`,
};
