import { type Issue, type LocalizedText, say } from '@vikno/law';
import { en } from './en.js';
import type { CatalogMessageParams } from './params.js';
import { uk } from './uk.js';

/** The messages of `@vikno/catalog` in both languages. */
export const CATALOG_MESSAGES = { uk, en } as const;

/** A message of `@vikno/catalog` in both languages, from the message files. */
export function catalogSays<Code extends keyof CatalogMessageParams>(
  code: Code,
  params: CatalogMessageParams[Code],
): LocalizedText {
  return say(CATALOG_MESSAGES, code, params);
}

/** An issue at `path` whose code is the message's and whose texts come from the message files. */
export function catalogIssue<Code extends keyof CatalogMessageParams>(
  path: string,
  code: Code,
  params: CatalogMessageParams[Code],
): Issue {
  return { path, code, ...catalogSays(code, params) };
}

/**
 * The message of a zod refinement: zod carries one text, so both languages travel as `English / Українська`,
 * which `issuesFrom` of `@vikno/law` splits again.
 */
export function refinementMessage<Code extends keyof CatalogMessageParams>(
  code: Code,
  params: CatalogMessageParams[Code],
): string {
  const { en, uk } = catalogSays(code, params);
  return `${en} / ${uk}`;
}
