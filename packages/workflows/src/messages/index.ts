import { type LocalizedText, say } from '@vikno/law';
import { en } from './en.js';
import type { WorkflowMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/workflows` in both languages. */
export const WORKFLOW_MESSAGES = { uk, en } as const;

/** A message of `@vikno/workflows` in both languages, from the message files. */
export function workflowSays<Code extends keyof WorkflowMessageParams>(
  code: Code,
  params: WorkflowMessageParams[Code],
): LocalizedText {
  return say(WORKFLOW_MESSAGES, code, params);
}

/**
 * The message of a zod refinement: zod carries one text, so both languages travel as `English / Українська`,
 * which `issuesFrom` of `@vikno/law` splits again.
 */
export function refinementMessage<Code extends keyof WorkflowMessageParams>(
  code: Code,
  params: WorkflowMessageParams[Code],
): string {
  const { en, uk } = workflowSays(code, params);
  return `${en} / ${uk}`;
}
