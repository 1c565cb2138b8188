import { type Issue, say } from '@vikno/law';
import { en } from './en.js';
import type { ChecklistMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/checklists` in both languages. */
export const CHECKLIST_MESSAGES = { uk, en } as const;

/** An issue at `path` whose code is the message's and whose texts come from the message files. */
export function checklistIssue<Code extends keyof ChecklistMessageParams>(
  path: string,
  code: Code,
  params: ChecklistMessageParams[Code],
): Issue {
  return { path, code, ...say(CHECKLIST_MESSAGES, code, params) };
}
