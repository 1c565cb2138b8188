import { messageBook } from '@vikno/law';
import { en } from './en.js';
import type { MonitoringMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/monitoring`, from its message files (`uk.ts`, `en.ts`). */
const MESSAGES = messageBook<MonitoringMessageParams>({ uk, en });

/** A message of `@vikno/monitoring` in both languages. */
export const monitoringSays = MESSAGES.says;

/** An issue at a path, its texts from the message files. */
export const monitoringIssue = MESSAGES.issue;

/** The message of a zod refinement, `English / Українська`, which `issuesFrom` of `@vikno/law` splits again. */
export const refinementMessage = MESSAGES.refinement;
