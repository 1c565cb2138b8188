import { messageBook } from '@vikno/law';
import { en } from './en.js';
import type { DeadlinesMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/deadlines`, from its message files (`uk.ts`, `en.ts`). */
const MESSAGES = messageBook<DeadlinesMessageParams>({ uk, en });

/** A message of `@vikno/deadlines` in both languages. */
export const deadlinesSays = MESSAGES.says;
