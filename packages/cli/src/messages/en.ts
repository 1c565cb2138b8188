import type { Messages } from '@vikno/law';
import type { CliMessageParams } from './params.js';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The usage messages of `vikno` in English. */
export const en: Messages<CliMessageParams> = {
  NOT_STRINGS: () => 'vikno takes its arguments as an array of strings',
  UNKNOWN_OPTION: ({ place }) => `argument ${place} is not an option vikno knows (see vikno --help)`,
  NO_VALUE_TAKEN: ({ name }) => `--${name} takes no value`,
  VALUE_NEEDED: ({ name }) => `--${name} needs a value (one that starts with a dash is written --${name}=-…)`,
  NOT_A_COMMAND: ({ commands }) =>
    `the first argument is not a command; the commands are ${commands.join(', ')} (see vikno help)`,
  AS_OF_NOT_APPLICABLE: ({ command }) =>
    `--as-of does not apply to ${command}: it judges every day by the law in force on that day`,
  OPTION_NOT_APPLICABLE: ({ name, command }) => `--${name} does not apply to ${command}`,
  NO_ARGUMENT_TAKEN: ({ command }) => `${command} takes no argument`,
  ONE_ARGUMENT: ({ command, argument }) => `${command} takes one argument, ${argument}`,
  AS_OF_DAY: () => '--as-of: expected a real day written YYYY-MM-DD, e.g. 2026-03-02',
  TERM_FORMAT: () => '--term: expected an amount and a unit such as 10wd or 30cd',
  TERM_NOT_POSITIVE: () =>
    '--term: the amount is a whole number from 1, such as 10wd; a term is not counted backwards',
  NO_STANDARD_INPUT: ({ option }) => `${option} -: standard input is not available here; give a file`,
  FILE_REQUIRED: ({ option }) => `${option}: a file is required`,
  FILE_UNREADABLE: ({ option }) => `${option}: cannot read the file`,
  FILE_NOT_JSON: ({ option }) => `${option}: the file is not valid JSON`,
  CALENDAR_YEAR: () => 'calendar: give a year, e.g. 2026',
  DEADLINE_FROM: () => 'deadline: --from <YYYY-MM-DD> is required',
  LIFE_SITUATION: ({ options }) =>
    `--life-situation: one of the life situations: ${options
      .map(({ value, name }) => `${value} (${lowerFirst(name.en)})`)
      .join(', ')}`,
  UNKNOWN_COMMAND: () => 'the command is not known',
};
