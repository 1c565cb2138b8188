import { en } from './en.js';
import { uk } from './uk.js';

/** The messages of `@vikno/law` in both languages. */
export const LAW_MESSAGES = { uk, en } as const;
