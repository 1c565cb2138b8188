import { messageBook } from '@vikno/law';
import { en } from './en.js';
import type { CliMessageParams } from './params.js';
import { uk } from './uk.js';

/** The usage messages of `vikno`, from its message files (`uk.ts`, `en.ts`). */
const MESSAGES = messageBook<CliMessageParams>({ uk, en });

/** A usage message of `vikno` in both languages. */
export const cliSays = MESSAGES.says;

/** A usage problem of `vikno` at `path` (an option or argument by its name), with its code and both texts. */
export const cliIssue = MESSAGES.issue;
