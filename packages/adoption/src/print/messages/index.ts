import { messageBook } from '@vikno/law';
import type { z } from 'zod';
import { AdoptionError, type AdoptionErrorCode, invalid } from '../../errors.js';
import { en } from './en.js';
import type { PrintMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of the plans and printable documents, from their message files (`uk.ts`, `en.ts`). */
const MESSAGES = messageBook<PrintMessageParams>({ uk, en });

/** A message of the plans and printable documents in both languages. */
export const printSays = MESSAGES.says;

/** The message of a zod refinement, `English / Українська`, which `issuesFrom` of `@vikno/law` splits again. */
export const printRefinement = MESSAGES.refinement;

/** Throws an `AdoptionError` `INVALID_INPUT` at `path` listing every problem zod found. */
export function rejectInput(path: string, error: z.ZodError): never {
  throw invalid('INVALID_INPUT', path, error);
}

/** Throws an `AdoptionError` with one message of the message files. */
export function fail<Message extends keyof PrintMessageParams>(
  code: AdoptionErrorCode,
  path: string,
  message: Message,
  params: PrintMessageParams[Message],
): never {
  throw new AdoptionError({ code, path, ...printSays(message, params) });
}
