import { messageBook } from '@vikno/law';
import { en } from './en.js';
import type { ChecklistMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/checklists`, from its message files (`uk.ts`, `en.ts`). */
const MESSAGES = messageBook<ChecklistMessageParams>({ uk, en });

/** A message of `@vikno/checklists` in both languages. */
export const checklistSays = MESSAGES.says;

/** An issue at a path whose code is the message's and whose texts come from the message files. */
export const checklistIssue = MESSAGES.issue;

/** The message of a zod refinement, `English / Українська`, which `issuesFrom` of `@vikno/law` splits again. */
export const refinementMessage = MESSAGES.refinement;
