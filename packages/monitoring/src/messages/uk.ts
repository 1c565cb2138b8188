import { formatCount, type Messages, pluralUk } from '@vikno/law';
import type { MonitoringMessageParams } from './params.js';

/** The messages of `@vikno/monitoring` in Ukrainian. */
export const uk: Messages<MonitoringMessageParams> = {
  INVALID_INPUT: ({ count }) => `У вхідних даних проблем: ${formatCount(count, 'uk')}`,
  CASE_EXPECTED: ({ value }) =>
    `Очікується збережена справа (\`persistCase\`) або запис справи (\`caseRecord\`), отримано ${value.uk}`,
  CASES_EXPECTED: ({ value }) =>
    `Очікується перелік справ (ітерований або асинхронно ітерований), отримано ${value.uk}`,
  SNAPSHOT_TEXT_EXPECTED: ({ value }) => `Очікується знімок справи як текст JSON, отримано ${value.uk}`,
  SNAPSHOT_TOO_LONG: ({ length, max }) =>
    `Знімок справи має ${formatCount(length, 'uk')} ${pluralUk(length, ['символ', 'символи', 'символів'])}, а допустимо не більше ${formatCount(max, 'uk')}`,
  SNAPSHOT_NOT_JSON: () => 'Знімок справи не є правильним JSON',
  SNAPSHOT_FIELD: ({ field }) => `У знімку справи немає поля \`${field}\` або воно неправильної форми`,
  AUDIT_TOO_LONG: ({ max }) =>
    `Журнал справи має не більше ${formatCount(max, 'uk')} ${pluralUk(max, ['запису', 'записів', 'записів'])}`,
  RECORD_VERSION_TOO_NEW: ({ version, current }) =>
    `Запис справи версії ${version} новіший за цей пакет (версія ${current}); оновіть \`@vikno/monitoring\``,
  INSTANT_OUT_OF_RANGE: ({ first, last }) =>
    `Очікується момент часу ISO 8601 зі зміщенням, з ${first} по ${last} за київським часом`,
  DAY_OUT_OF_RANGE: ({ first, last }) =>
    `Очікується день у форматі YYYY-MM-DD у підтримуваному календарі, з ${first} по ${last}`,
  PERIOD_REVERSED: () => 'Останній день періоду (`to`) раніший за перший (`from`)',
  TOO_MANY_GROUPS: ({ max }) =>
    `Звіт має не більше ${formatCount(max, 'uk')} ${pluralUk(max, ['групи', 'груп', 'груп'])}; звузьте групування (\`groupBy\`) або період`,
};
