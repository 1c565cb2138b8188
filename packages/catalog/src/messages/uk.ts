import { formatCount, type Messages, pluralUk } from '@vikno/law';
import type { AvailablePeriod, CardValueName, CatalogMessageParams } from './params.js';

/** Ids of the catalogue are names, not words: in backticks. */
const ids = (list: readonly string[]) => list.map((id) => `\`${id}\``).join(', ');

const periods = (list: readonly AvailablePeriod[]) =>
  list.map((period) => `${period.from ?? '…'}–${period.to ?? '…'}`).join(', ');

/** «не довший за N символів»: the accusative after «за». */
const characters = (max: number) =>
  `${formatCount(max, 'uk')} ${pluralUk(max, ['символ', 'символи', 'символів'])}`;

const CARD_VALUE: Readonly<Record<CardValueName, string>> = {
  fee: 'плата (`Fee`)',
  serviceTerm: 'строк послуги',
  applicationWindow: 'строк звернення',
  informationCard: 'інформаційна картка',
};

/** The messages of `@vikno/catalog` in Ukrainian. */
export const uk: Messages<CatalogMessageParams> = {
  DUPLICATE_ID: ({ first }) => `Повторює ідентифікатор ${first}`,
  DUPLICATE_REGISTER_ID: ({ first }) => `Повторює ідентифікатор Реєстру ${first}`,
  MISSING_VALUE: ({ from, to }) => `Немає значення з ${from} по ${to}, хоча послуга діє`,
  CLASHING_ID: ({ id }) =>
    `Збігається з послугою каталогу \`${id}\`; змініть її через перевизначення (\`overrides\`)`,
  UNKNOWN_OVERRIDE: ({ position, suggestions }) =>
    `Перевизначення ${formatCount(position, 'uk')} називає послугу, якої немає в каталозі` +
    (suggestions.length > 0 ? ` (${ids(suggestions)}?)` : ''),
  TOO_MANY_OVERRIDES: ({ max, value }) =>
    `Забагато перевизначень (максимум ${formatCount(max, 'uk')}), отримано ${value.uk}`,

  NOT_A_SLUG: () => 'Очікується ідентифікатор латиницею через дефіс',
  NOT_FIVE_DIGITS: () => 'Очікується п’ять цифр',
  UNKNOWN_ACT: () => 'Посилається на акт, якого немає в реєстрі',
  ENDS_BEFORE_START: () => 'Закінчується раніше, ніж починається',
  OVERLAPS: ({ entry }) => `Перетинається із записом ${entry}`,
  MODEL_I_WITHOUT_SOCIAL_HROMADA: () => 'Модель I можлива лише для послуги в «Соціальній громаді»',
  REPEATED_MODEL: () => 'Модель повторюється',
  CLOSES_BEFORE_OPENS: () => 'Зачиняється раніше, ніж відчиняється',

  EXPECTED_DAY: ({ value }) =>
    `Очікується календарний день у форматі РРРР-ММ-ДД${value === undefined ? '' : `, отримано ${value.uk}`}`,
  EXPECTED_OPTIONS: ({ value }) => `Очікується об’єкт параметрів, отримано ${value.uk}`,
  EXPECTED_SERVICE_ID: ({ value }) => `Очікується ідентифікатор послуги, отримано ${value.uk}`,
  EXPECTED_SERVICE_IDS: ({ value }) => `Очікується список ідентифікаторів послуг, отримано ${value.uk}`,
  TOO_MANY_SERVICE_IDS: ({ count, max }) =>
    `Очікується не більше ${formatCount(max, 'uk')} ідентифікаторів послуг, отримано ${formatCount(count, 'uk')}`,
  PREFIX_TOO_LONG: ({ max, value }) =>
    `Очікується шлях не довший за ${characters(max)}, отримано ${value.uk}`,
  INVALID_SERVICES: ({ count }) => `У каталозі проблем: ${formatCount(count, 'uk')}`,
  UNKNOWN_SERVICE: ({ value, suggestions }) =>
    `Немає послуги з таким ідентифікатором (${value.uk}).` +
    (suggestions.length > 0 ? ` Можливо, ви мали на увазі: ${ids(suggestions)}?` : ''),
  ID_TOO_LONG: ({ length, max }) =>
    `Немає послуги з ідентифікатором такої довжини (рядок із ${formatCount(length, 'uk')} ${pluralUk(length, ['символу', 'символів', 'символів'])}): ідентифікатори не довші за ${characters(max)}`,
  NOT_AVAILABLE: ({ id, day, periods: list }) =>
    `Послуга \`${id}\` не діяла ${day}; вона діє ${periods(list)}`,
  INVALID_FILTER: () => 'Неправильний фільтр',
  EXPECTED_QUERY: ({ value }) => `Очікується рядок для пошуку, отримано ${value.uk}`,
  QUERY_TOO_LONG: ({ max, value }) =>
    `Очікується запит не довший за ${characters(max)}, отримано ${value.uk}`,
  EXPECTED_LIMIT: ({ value }) => `Очікується ціла кількість результатів, не менша за 1, отримано ${value.uk}`,
  EXPECTED_LANGUAGE: ({ value }) => `Очікується мова \`uk\` або \`en\`, отримано ${value.uk}`,
  INVALID_CNAP: ({ count }) => `У відомостях про ЦНАП проблем: ${formatCount(count, 'uk')}`,
  EXPECTED_DOCUMENTS: () => 'Очікується список текстів українською та англійською',
  NOT_A_CATALOG: ({ value }) => `Очікується каталог (\`Catalog\`), отримано ${value.uk}`,
  NOT_A_BASE_CATALOG: ({ value }) => `Очікується каталог (\`Catalog\`) для розширення, отримано ${value.uk}`,
  INVALID_EXTENSION: ({ count }) => `У розширенні каталогу проблем: ${formatCount(count, 'uk')}`,
  EXPECTED_BASE_IRI: ({ value }) =>
    `Очікується префікс \`urn:\` із «:» наприкінці або адреса \`http\` чи \`https\` з «/» чи «#» наприкінці, отримано ${value.uk}`,
  EXPECTED_PUBLISHER: () => 'Очікується назва видавця українською та англійською',
  NOT_A_SCHEMA: ({ value }) => `Очікується схема zod, отримано ${value.uk}`,
  EXPECTED_SERIES: () => 'Очікується датований ряд',
  EXPECTED_PERIOD: () => 'Очікується період `{ from?, to? }` із календарних днів',
  EXPECTED_CARD_VALUE: ({ what }) => `Очікується ${CARD_VALUE[what]}`,
  LINK_NOT_WEB: () => 'Посилання картки не є адресою `http` чи `https`',

  EMPTY_SERIES: () => 'Датований ряд без жодного значення',
  EARLIEST_NOT_FIRST: () => '`earliest` має бути першим ключем і мати значення',
  KEY_NOT_A_DAY: () => 'Ключ має бути `earliest` або календарним днем у форматі РРРР-ММ-ДД',
  KEYS_OUT_OF_ORDER: () => 'Дні мають іти по порядку, кожен один раз',
  END_WITHOUT_VALUE: () => 'Кінець (`null`) має йти після значення',
};
