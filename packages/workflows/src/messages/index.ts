import { messageBook } from '@vikno/law';
import { en } from './en.js';
import type { WorkflowMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/workflows`, from its message files (`uk.ts`, `en.ts`). */
const MESSAGES = messageBook<WorkflowMessageParams>({ uk, en });

/** A message of `@vikno/workflows` in both languages. */
export const workflowSays = MESSAGES.says;

/** The message of a zod refinement, `English / Українська`, which `issuesFrom` of `@vikno/law` splits again. */
export const refinementMessage = MESSAGES.refinement;
