import { messageBook } from '@vikno/law';
import { en } from './en.js';
import type { CatalogMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/catalog`, from its message files (`uk.ts`, `en.ts`). */
const MESSAGES = messageBook<CatalogMessageParams>({ uk, en });

/** A message of `@vikno/catalog` in both languages. */
export const catalogSays = MESSAGES.says;

/** An issue at a path whose code is the message's and whose texts come from the message files. */
export const catalogIssue = MESSAGES.issue;

/** The message of a zod refinement, `English / Українська`, which `issuesFrom` of `@vikno/law` splits again. */
export const refinementMessage = MESSAGES.refinement;
