import { messageBook } from '../messages.js';
import { en } from './en.js';
import type { LawMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/law` in both languages. */
export const LAW_MESSAGES = { uk, en } as const;

/** The messages of `@vikno/law`, from its message files (`uk.ts`, `en.ts`). */
const MESSAGES = messageBook<LawMessageParams>(LAW_MESSAGES);

/** A message of `@vikno/law` in both languages. */
export const lawSays = MESSAGES.says;

/** The message of a zod refinement, `English / Українська`, which `issuesFrom` splits again. */
export const lawRefinement = MESSAGES.refinement;
