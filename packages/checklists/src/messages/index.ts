import { type Issue, type LocalizedText, say } from '@vikno/law';
import { en } from './en.js';
import type { ChecklistMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/checklists` in both languages. */
export const CHECKLIST_MESSAGES = { uk, en } as const;

/** A message of `@vikno/checklists` in both languages, from the message files. */
export function checklistSays<Code extends keyof ChecklistMessageParams>(
  code: Code,
  params: ChecklistMessageParams[Code],
): LocalizedText {
  return say(CHECKLIST_MESSAGES, code, params);
}

/** An issue at `path` whose code is the message's and whose texts come from the message files. */
export function checklistIssue<Code extends keyof ChecklistMessageParams>(
  path: string,
  code: Code,
  params: ChecklistMessageParams[Code],
): Issue {
  return { path, code, ...checklistSays(code, params) };
}

/**
 * The message of a zod refinement: zod carries one text, so both languages travel as `English / Українська`,
 * which `issuesFrom` of `@vikno/law` splits again.
 */
export function refinementMessage<Code extends keyof ChecklistMessageParams>(
  code: Code,
  params: ChecklistMessageParams[Code],
): string {
  const { en, uk } = checklistSays(code, params);
  return `${en} / ${uk}`;
}
