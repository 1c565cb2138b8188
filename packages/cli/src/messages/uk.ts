import type { Messages } from '@vikno/law';
import type { CliMessageParams } from './params.js';

const code = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(', ');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The usage messages of `vikno` in Ukrainian: commands, options and units are names, in backticks. */
export const uk: Messages<CliMessageParams> = {
  NOT_STRINGS: () => '`vikno` приймає аргументи як масив рядків',
  UNKNOWN_OPTION: ({ place }) => `аргумент ${place} — невідомий параметр (див. \`vikno --help\`)`,
  NO_VALUE_TAKEN: ({ name }) => `\`--${name}\` не приймає значення`,
  VALUE_NEEDED: ({ name }) =>
    `\`--${name}\`: потрібне значення (те, що починається з дефіса, пишіть \`--${name}=-…\`)`,
  NOT_A_COMMAND: ({ commands }) =>
    `перший аргумент не є командою; команди: ${code(commands)} (див. \`vikno help\`)`,
  AS_OF_NOT_APPLICABLE: ({ command }) =>
    `\`--as-of\` не застосовується до \`${command}\`: кожен день оцінюється за законом, чинним того дня`,
  OPTION_NOT_APPLICABLE: ({ name, command }) => `\`--${name}\` не застосовується до \`${command}\``,
  NO_ARGUMENT_TAKEN: ({ command }) => `\`${command}\` не приймає аргументів`,
  ONE_ARGUMENT: ({ command, argument }) => `\`${command}\` приймає один аргумент, \`${argument}\``,
  AS_OF_DAY: () => '`--as-of`: очікується справжній день у форматі РРРР-ММ-ДД, наприклад 2026-03-02',
  TERM_FORMAT: () => '`--term`: очікується кількість і одиниця, наприклад `10wd` або `30cd`',
  TERM_NOT_POSITIVE: () =>
    '`--term`: кількість — ціле число від 1, наприклад `10wd`; строк не рахується назад',
  NO_STANDARD_INPUT: ({ option }) => `\`${option} -\`: стандартний ввід тут недоступний; вкажіть файл`,
  FILE_REQUIRED: ({ option }) => `\`${option}\`: потрібен файл`,
  FILE_UNREADABLE: ({ option }) => `\`${option}\`: не вдається прочитати файл`,
  FILE_NOT_JSON: ({ option }) => `\`${option}\`: файл не є коректним JSON`,
  CALENDAR_YEAR: () => '`calendar`: вкажіть рік, наприклад 2026',
  DEADLINE_FROM: () => '`deadline`: потрібен `--from` <РРРР-ММ-ДД>',
  LIFE_SITUATION: ({ options }) =>
    `\`--life-situation\`: одна з життєвих ситуацій: ${options
      .map(({ value, name }) => `\`${value}\` (${lowerFirst(name.uk)})`)
      .join(', ')}`,
  UNKNOWN_COMMAND: () => 'невідома команда',
};
