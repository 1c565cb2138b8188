import type { Messages } from '@vikno/law';
import type { DeadlinesMessageParams, ExpectedShape, ListItems } from './params.js';

/** What was expected; names of fields and values in backticks. */
const SHAPE: Readonly<Record<ExpectedShape, string>> = {
  text: 'текст `{ uk, en }` із двох непорожніх рядків',
  source: 'правове джерело `{ id, act, verified, … }`',
  term: 'строк `{ amount, unit }`',
  officeHours: 'час роботи `{ closesAt, closesAtByWeekday }`',
  closingTimes: 'час закриття за днями тижня ISO 1–7',
  suspension: 'зупинення `{ from, to }`',
  input: 'об’єкт `{ start, term }`',
  registration: '`asReceived` або `nextWorkingDayIfDayOff`',
  deadline: 'строк `{ trace }`',
  deadlineDates: 'строк `{ lastDay, dueAt }`',
  step: 'крок `{ text, basis }`',
  language: '`uk` або `en`',
  deliveryInput: 'об’єкт `{ channel, sentOn }`',
  channel: '`inPerson`, `post` або `electronic`',
};

/** What a list holds, in the genitive plural that follows «не більше ніж N». */
const ITEMS: Readonly<Record<ListItems, string>> = {
  sources: 'правових джерел',
  suspensions: 'зупинень',
  extensions: 'продовжень',
  steps: 'кроків',
};

const names = (list: readonly string[]) => list.map((name) => `\`${name}\``).join(', ');

/** The messages of `@vikno/deadlines` in Ukrainian. */
export const uk: Messages<DeadlinesMessageParams> = {
  INVALID_DATE: ({ value }) =>
    `${value.uk} не є датою: очікується справжній календарний день у форматі РРРР-ММ-ДД, наприклад «2026-03-02»`,
  RESULT_OUT_OF_RANGE: ({ first, last }) =>
    `результат виходить за межі підтримуваного діапазону з ${first} по ${last}`,
  YEAR_OUT_OF_RANGE: ({ first, last }) => `рік поза підтримуваними роками з ${first} по ${last}`,
  MARTIAL_LAW_TOO_EARLY: ({ first }) =>
    `воєнний стан не може закінчитися раніше ${first}, коли він почав скасовувати святкові дні (Закон № 2136-IX)`,
  NOT_OPTIONS: ({ value }) => `очікується об’єкт параметрів, отримано ${value.uk}`,
  NOT_WHOLE_NUMBER: ({ value }) => `очікується ціле число, отримано ${value.uk}`,
  TERM_AMOUNT_RANGE: ({ max }) => `кількість у строку має бути цілим числом від 1 до ${max}`,
  UNKNOWN_UNIT: ({ value, units }) =>
    `невідома одиниця строку (${value.uk}); очікується одна з: ${names(units)}`,
  INVALID_TIME: ({ value }) => `${value.uk} не є часом доби у форматі ГГ:ХХ`,
  UNKNOWN_FIELD: ({ fields }) => `невідоме поле; можливі поля: ${names(fields)}`,
  EXPECTED: ({ shape, value }) => `очікується ${SHAPE[shape]}, отримано ${value.uk}`,
  EXPECTED_LIST: ({ items, max, value }) =>
    `очікується масив із не більше ніж ${max} ${ITEMS[items]}, отримано ${value.uk}`,
  SUSPENSION_ENDS_BEFORE_START: ({ from, to }) =>
    `зупинення закінчується (${to}) раніше, ніж починається (${from})`,
  SUSPENSION_BEFORE_TERM: ({ from, registered }) =>
    `зупинення починається (${from}) раніше, ніж почав перебіг строку — наступного дня після ${registered}`,
  OVERLAPPING_SUSPENSIONS: ({ first, second }) =>
    `зупинення ${first} і ${second} мають спільні дні; об’єднайте їх в одне`,
};
