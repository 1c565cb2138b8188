import { type Issue, say } from '@vikno/law';
import { en } from './en.js';
import type { CatalogMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/catalog` in both languages. */
export const CATALOG_MESSAGES = { uk, en } as const;

/** An issue at `path` whose code is the message's and whose texts come from the message files. */
export function catalogIssue<Code extends keyof CatalogMessageParams>(
  path: string,
  code: Code,
  params: CatalogMessageParams[Code],
): Issue {
  return { path, code, ...say(CATALOG_MESSAGES, code, params) };
}
