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
  EMPTY_REGISTER: () => 'У реєстрі немає справ',
  TOO_MANY_PAUSES: ({ max }) =>
    `Строк має не більше ${formatCount(max, 'uk')} ${pluralUk(max, ['зупинення', 'зупинень', 'зупинень'])}`,
  PAUSES_MISMATCH: () => 'Зупинення не відповідають стану строку',
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
};
