import { formatCount, type Messages, pluralUk } from '@vikno/law';
import type { RunningTerm } from '../terms.js';
import type { RegisterStatus } from '../transfer-register.js';
import type { RegisterStepName, WorkflowMessageParams } from './params.js';

const STATUS: Readonly<Record<RegisterStatus, string>> = {
  open: 'відкритий',
  closed: 'закритий',
  dispatched: 'відправлений',
  received: 'отриманий',
};

/** What cannot be done, with the register in the case each verb governs. */
const STEP: Readonly<Record<RegisterStepName, string>> = {
  add: 'додати справу до реєстру',
  remove: 'вилучити справу з реєстру',
  close: 'закрити реєстр',
  dispatch: 'відправити реєстр',
  confirm: 'підтвердити отримання реєстру',
};

const TERM_STATE: Readonly<Record<RunningTerm['state'], string>> = {
  running: 'строк, що спливає',
  paused: 'зупинений строк',
  met: 'дотриманий строк',
  cancelled: 'скасований строк',
};

/** The messages of `@vikno/workflows` in Ukrainian. */
export const uk: Messages<WorkflowMessageParams> = {
  INVALID_INPUT: ({ count }) => `У вхідних даних проблем: ${formatCount(count, 'uk')}`,
  INSTANT_OUT_OF_RANGE: ({ first, last }) =>
    `Очікується момент часу ISO 8601 зі зміщенням, з ${first} по ${last} за київським часом`,
  NOW_OUT_OF_RANGE: ({ first, last }) => `Очікується момент часу з ${first} по ${last} за київським часом`,
  DAY_OUT_OF_RANGE: ({ first, last }) => `Поза підтримуваним календарем, з ${first} по ${last}`,
  REGISTER_TOO_LONG: ({ max }) =>
    `Реєстр містить не більше ${formatCount(max, 'uk')} ${pluralUk(max, ['справи', 'справ', 'справ'])}; у цьому їх більше`,
  REGISTER_FULL: ({ max }) =>
    `Реєстр містить не більше ${formatCount(max, 'uk')} ${pluralUk(max, ['справи', 'справ', 'справ'])}: відкрийте інший`,
  TOO_MANY_REGISTERS: ({ max }) =>
    `Не більше ${formatCount(max, 'uk')} ${pluralUk(max, ['реєстру', 'реєстрів', 'реєстрів'])}; передайте реєстри до цього офісу за цей рік`,
  REGISTER_NUMBER: () => 'Реєстр має номер, щойно його закрито',
  WRONG_REGISTER_STATUS: ({ step, status, expected }) =>
    `Неможливо ${STEP[step]}: він ${STATUS[status]}, а не ${STATUS[expected]}`,
  DUPLICATE_CASE: () => 'Справа вже є в реєстрі',
  NO_SUCH_CASE: ({ value }) => `У реєстрі немає справи з таким ідентифікатором (${value.uk})`,
  REGISTER_FIELDS: () =>
    'Поля реєстру не відповідають його стану: дата й особа кожного кроку є, щойно крок зроблено, і не раніше',
  REGISTER_TIMES: () =>
    'Часи реєстру не йдуть у порядку кроків: відкрито, додано справи, закрито, відправлено, отримано',
  STEP_BEFORE_REGISTER: () => 'Крок датовано раніше за останній запис реєстру',
  EMPTY_REGISTER: () => 'У реєстрі немає справ',
  TOO_MANY_PAUSES: ({ max }) =>
    `Строк має не більше ${formatCount(max, 'uk')} ${pluralUk(max, ['зупинення', 'зупинень', 'зупинень'])}`,
  PAUSES_MISMATCH: () => 'Зупинення не відповідають стану строку',
  CANNOT_EXTEND: ({ state }) => `Неможливо продовжити ${TERM_STATE[state]}`,
  TOO_MANY_EXTENSIONS: ({ max }) =>
    `Строк продовжують не більше ${formatCount(max, 'uk')} ${pluralUk(max, ['разу', 'разів', 'разів'])}`,
  CANNOT_PAUSE: ({ state }) => `Неможливо зупинити ${TERM_STATE[state]}`,
  CANNOT_RESUME: ({ state }) => `Неможливо відновити ${TERM_STATE[state]}`,
  PAUSE_BEFORE_START: () => 'Очікується день, не раніший за початок строку',
  RESUME_BEFORE_PAUSE: () => 'Очікується день, не раніший за початок зупинення',
  NOT_UNDER_MODEL: ({ model }) => `Послуга не надається через ЦНАП за моделлю ${model} на цей день`,
  NOT_A_CATALOG: () => 'Очікується каталог (`Catalog`) з `@vikno/catalog`',
  NO_DECISION_TERM: () =>
    'Послуга надається в день звернення; задайте строк рішення в параметрах (`settings`)',
  NOT_A_CASE: () => 'Очікується справа, створена `createCase` або `restoreCase`',
  CASE_FAILED: () =>
    'Справа зазнала збою на цій події та зупинилася; відновіть її з останнього збереженого знімка',
  NOT_A_MACHINE: () => 'Очікується машина XState, як-от `CASE_MACHINES.III`',

  KEYS_EXPECTED: ({ value }) => `Очікується \`{ current, secrets }\`, отримано ${value.uk}`,
  SECRETS_EXPECTED: () => 'Очікуються секрети за ідентифікаторами ключів',
  KEY_COUNT: ({ min, max, count }) =>
    `Очікується від ${formatCount(min, 'uk')} до ${formatCount(max, 'uk')} ключів, отримано ${formatCount(count, 'uk')}`,
  KEY_ID_FORMAT: ({ max }) =>
    `Ідентифікатор ключа складається з літер, цифр, «.», «_» або «-», до ${formatCount(max, 'uk')} символів`,
  SECRET_NOT_TEXT: () => 'Секрет — це рядок або байти',
  SECRET_TOO_SHORT: ({ bytes, min }) =>
    `Секрет із ${formatCount(bytes, 'uk')} ${pluralUk(bytes, ['байта', 'байтів', 'байтів'])} закороткий: потрібно щонайменше ${formatCount(min, 'uk')}`,
  CURRENT_KEY_UNKNOWN: () => 'Поточного ключа немає серед секретів',
  CASE_KEYS_EXPECTED: () => 'Очікуються ключі, створені `caseKeys()`',
  CASE_ACTOR_EXPECTED: () => 'Очікується актор справи (`createCase`, `restoreCase`)',
  CASE_NOT_RUNNING: ({ status }) =>
    `Справа ${status === 'error' ? 'в стані помилки' : 'зупинена'}: її не збережено`,
  SNAPSHOT_TOO_MANY_VALUES: () => 'Знімок має забагато значень',
  SNAPSHOT_NOT_PLAIN: () => 'Знімок містить щось, що не є звичайним JSON',
  SNAPSHOT_TOO_DEEP: ({ max }) =>
    `Знімок вкладено глибше ніж на ${formatCount(max, 'uk')} ${pluralUk(max, ['рівень', 'рівні', 'рівнів'])}`,
  SNAPSHOT_ARRAY_NOT_PLAIN: () => 'Знімок містить масив, що не є звичайним JSON',
  SNAPSHOT_OVER_LIMIT: ({ max }) =>
    `Знімок довший за ${formatCount(max, 'uk')} ${pluralUk(max, ['символ', 'символи', 'символів'])}`,
  IMPOSSIBLE_CASE: ({ reason }) => `Неможлива справа: ${reason.uk}`,
  NO_TERM: ({ kind }) => `Немає строку \`${kind}\``,
  FIELD_MISSING: ({ field }) => `Бракує поля \`${field}\``,
  UNKNOWN_ACTION: () => 'Дія, невідома цьому пакету',
  AUDIT_NUMBERING: ({ entry, seq }) => `Запис ${entry} має номер ${seq}`,
  ROLE_MAY_NOT_SEND: ({ role, type }) => `Роль \`${role}\` не може надсилати \`${type}\``,
  NOTHING_AFTER: ({ state }) => `Після стану \`${state}\` зі справою нічого не відбувається`,
  EVENT_NOT_IN_STATE: ({ type, state }) => `Подія \`${type}\` неможлива в стані \`${state}\``,
  EVENT_CHANGED_NOTHING: ({ type }) => `Подія \`${type}\` нічого не змінила, тож її не записують`,
  OTHER_OFFICE: () => 'Працівник надавача діяв з іншого офісу, ніж той, що вирішує справу',
  ENTRY_TIME_IMPOSSIBLE: () => 'Запис не міг статися тієї миті',
  STATE_NOT_IMPLIED: () => 'Стан не той, до якого веде журнал',
  STATUS_NOT_IMPLIED: ({ state, status }) => `Справа в стані \`${state}\` не може мати статус \`${status}\``,
  FIELD_NOT_IMPLIED: ({ field }) => `Поле \`${field}\` не відповідає журналу подій`,
  CASE_ID_EXPECTED: () => 'Очікується ідентифікатор справи',
  PERSISTED_CASE_EXPECTED: ({ value }) => `Очікується збережена справа, отримано ${value.uk}`,
  NOT_A_PERSISTED_CASE: () => 'Це не збережена справа',
  UNKNOWN_MACHINE: () => 'Такої машини немає в цьому пакеті',
  VERSION_EXPECTED: () => 'Очікується номер версії',
  VERSION_TOO_NEW: ({ version, current }) =>
    `Версія ${version} новіша за версію пакета ${current}; оновіть \`@vikno/workflows\``,
  LEGACY_NEEDED: ({ version }) =>
    `Справа версії ${version} не має ключової перевірки; відновіть її з \`{ legacy: true }\` один раз і збережіть знову`,
  WRONG_MODEL: ({ model }) => `Це не справа моделі ${model}`,
  OTHER_CASE: () => 'Знімок належить іншій справі',
  EXTRA_FIELD: () => 'Збережена справа має зайве поле',
  KEY_ID_EXPECTED: () => 'Очікується ідентифікатор ключа',
  MAC_EXPECTED: () => 'Очікується HMAC-SHA-256 у кодуванні `base64url`',
  JSON_TEXT_EXPECTED: ({ value }) => `Очікується текст JSON, отримано ${value.uk}`,
  SNAPSHOT_TEXT_TOO_LONG: ({ length, max }) =>
    `Знімок із ${formatCount(length, 'uk')} ${pluralUk(length, ['символу', 'символів', 'символів'])} довший за ${formatCount(max, 'uk')}`,
  KEY_NOT_GIVEN: () => 'Справу підписано ключем, якого немає серед наданих',
  MAC_MISMATCH: () =>
    'Справа не відповідає своєму HMAC: її змінили або обрізали після збереження, або підписали іншим ключем',
  SNAPSHOT_NOT_JSON: () => 'Знімок не є JSON',
  CHECKSUM_EXPECTED: () => 'Очікується контрольна сума з 14 шістнадцяткових цифр',
  SNAPSHOT_OBJECT_EXPECTED: ({ value }) => `Очікується об’єкт знімка, отримано ${value.uk}`,
  CHECKSUM_MISMATCH: () =>
    'Знімок не відповідає контрольній сумі: його змінили або обрізали після збереження',
  NO_MIGRATION: ({ version }) => `Немає міграції з версії ${version}`,
  SNAPSHOT_TOO_LONG: () => 'Знімок задовгий',
  MOMENT_OUT_OF_CALENDAR: () => 'Очікується момент у межах підтримуваного календаря',
  TERM_OUT_OF_CALENDAR: () => 'Строк поза межами підтримуваного календаря',
};
