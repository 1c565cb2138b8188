import type { Messages } from '../messages.js';
import { formatCount, pluralUk } from '../plural.js';
import type { LawMessageParams } from './params.js';

/** Zod's value types in Ukrainian. */
const TYPE_UK: Readonly<Record<string, string>> = {
  string: 'рядок',
  number: 'число',
  int: 'ціле число',
  bigint: 'велике ціле число',
  boolean: 'логічне значення',
  object: 'об’єкт',
  array: 'масив',
  date: 'дата',
  function: 'функція',
  symbol: 'символ',
  null: 'порожнє значення (null)',
  undefined: 'нічого',
  never: 'нічого',
};

/** Zod's string formats in Ukrainian (zod's own `uk` locale leaves some in English and names unknown keys). */
const FORMAT_UK: Readonly<Record<string, string>> = {
  regex: 'рядок за шаблоном',
  url: 'вебадреса',
  email: 'адреса електронної пошти',
  uuid: 'ідентифікатор UUID',
  datetime: 'дата й час ISO 8601',
  date: 'дата ISO 8601',
  time: 'час ISO 8601',
  starts_with: 'рядок із заданим початком',
  ends_with: 'рядок із заданим закінченням',
  includes: 'рядок із заданим фрагментом',
};

const ARGUMENT_UK = {
  finiteNumber: 'Очікується скінченне число',
  forms: 'Очікуються три форми іменника',
  noun: 'Очікується іменник',
  language: 'Очікується `uk` або `en`',
} as const;

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
  CITATION_PATH: ({ value }) =>
    `Очікується шлях посилання, текст від 1 до 200 символів, отримано ${value.uk}`,
  VERIFIED_FOLLOWS_EVIDENCE: () => '`verified` має відповідати підставі (`text` або `officialCard`)',
  ID_FORMAT: () => 'Очікується ідентифікатор із малих латинських літер, цифр і дефісів',
  MALFORMED_DETAILS: ({ value }) =>
    `Очікуються відомості про помилку: код великими літерами, шлях і повідомлення англійською та українською, отримано ${value.uk}`,
  A_PROBLEM: () => 'Проблема',
  MORE_ISSUES: ({ rest }) =>
    `І ще ${formatCount(rest, 'uk')} ${pluralUk(rest, ['проблема', 'проблеми', 'проблем'])}, не перелічено`,
  MORE_IN_MESSAGE: ({ left }) => `ще ${formatCount(left, 'uk')}`,
  NOT_A_ZOD_ERROR: ({ value }) => `Очікується помилка \`zod\`, отримано ${value.uk}`,
  PREFIX_TOO_LONG: ({ max, value }) => `Очікується шлях не довший за ${max} символів, отримано ${value.uk}`,
  NOT_A_SERIES: ({ value }) => `Очікуються значення за днями початку (об’єкт), отримано ${value.uk}`,
  PERIOD_KEYS: ({ count }) => `У ключах значень за днями початку проблем: ${formatCount(count, 'uk')}`,
  PERIOD_KEY: () =>
    'Очікується спершу `earliest`, далі дні початку у форматі РРРР-ММ-ДД за зростанням; кінець (`null`) лише після значення',
  NO_SUCH_MESSAGE: () => 'Очікується код, який мають обидва файли повідомлень',
  MESSAGE_PARAMS: () => 'Повідомлення не вдалося написати з цими параметрами',
  EXPECTED_ARGUMENT: ({ what, value }) => `${ARGUMENT_UK[what]}, отримано ${value.uk}`,
  ISSUE_INVALID_TYPE: ({ expected }) => `Очікується ${TYPE_UK[expected] ?? 'інший тип значення'}`,
  ISSUE_UNKNOWN_FIELDS: ({ count }) => `Невідомих полів: ${formatCount(count, 'uk')}`,
  // The allowed values are names of the schema (`self`, `open`), not words: in backticks.
  ISSUE_ONE_OF: ({ values }) => `Очікується одне з: ${values.map((value) => `\`${value}\``).join(', ')}`,
  ISSUE_TOO_SMALL: ({ minimum }) => `Замало або закоротко (мінімум ${minimum})`,
  ISSUE_TOO_BIG: ({ maximum }) => `Забагато або задовго (максимум ${maximum})`,
  ISSUE_INVALID_FORMAT: ({ format }) => `Неправильний формат: ${FORMAT_UK[format] ?? 'рядок іншого вигляду'}`,
  ISSUE_NO_MATCHING_SHAPE: () => 'Не відповідає жодному з дозволених видів',
  ISSUE_INVALID_KEY: () => 'Неправильний ключ',
  ISSUE_INVALID_ELEMENT: () => 'Неправильний елемент',
  ISSUE_NOT_MULTIPLE: ({ divisor }) => `Не кратне ${divisor}`,
  ISSUE_INVALID_VALUE: () => 'Неправильне значення',
};
