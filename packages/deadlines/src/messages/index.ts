import { type LocalizedText, say } from '@vikno/law';
import { en } from './en.js';
import type { DeadlinesMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/deadlines` in both languages. */
export const DEADLINES_MESSAGES = { uk, en } as const;

/** A message of `@vikno/deadlines` in both languages, from the message files. */
export function deadlinesSays<Code extends keyof DeadlinesMessageParams>(
  code: Code,
  params: DeadlinesMessageParams[Code],
): LocalizedText {
  return say(DEADLINES_MESSAGES, code, params);
}
