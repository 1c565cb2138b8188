import { messageBook } from '@vikno/law';
import { en } from './en.js';
import type { AdoptionMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/adoption`, from its message files (`uk.ts`, `en.ts`). */
const MESSAGES = messageBook<AdoptionMessageParams>({ uk, en });

/** A message of `@vikno/adoption` in both languages. */
export const adoptionSays = MESSAGES.says;
