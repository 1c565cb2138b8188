import type { LocalizedText } from '@vikno/law';

/** The parameters of each usage message of `vikno`: names it knows, never what it was given. */
export interface CliMessageParams {
  NOT_STRINGS: Record<string, never>;
  UNKNOWN_OPTION: { place: number };
  NO_VALUE_TAKEN: { name: string };
  VALUE_NEEDED: { name: string };
  NOT_A_COMMAND: { commands: readonly string[] };
  AS_OF_NOT_APPLICABLE: { command: string };
  OPTION_NOT_APPLICABLE: { name: string; command: string };
  NO_ARGUMENT_TAKEN: { command: string };
  ONE_ARGUMENT: { command: string; argument: string };
  AS_OF_DAY: Record<string, never>;
  TERM_FORMAT: Record<string, never>;
  TERM_NOT_POSITIVE: Record<string, never>;
  NO_STANDARD_INPUT: { option: string };
  FILE_REQUIRED: { option: string };
  FILE_UNREADABLE: { option: string };
  FILE_NOT_JSON: { option: string };
  CALENDAR_YEAR: Record<string, never>;
  DEADLINE_FROM: Record<string, never>;
  LIFE_SITUATION: { options: readonly { readonly value: string; readonly name: LocalizedText }[] };
  UNKNOWN_COMMAND: Record<string, never>;
}
