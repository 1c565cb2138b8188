import { type Issue, LawError } from './errors.js';
// The package's own messages for what `say` refuses: read directly, as `say` cannot report on itself.
import { LAW_MESSAGES } from './messages/index.js';
import type { LocalizedText } from './text.js';

/**
 * The messages of one language, one function per code from that code's parameters to the text: a package keeps one
 * such file per language (`messages/uk.ts`, `messages/en.ts`), as zod keeps its locales, so a translator reads all
 * the texts of a language in one place and the compiler checks that every language has every code.
 *
 * @typeParam Params - for each code, the parameters its text needs.
 * @example
 * ```ts
 * import type { Messages } from '@vikno/law';
 *
 * type Params = { UNKNOWN_RECIPIENT: { known: number } };
 * const uk: Messages<Params> = { UNKNOWN_RECIPIENT: ({ known }) => `Немає такого отримувача серед ${known}` };
 * ```
 */
export type Messages<Params extends object> = {
  readonly [Code in keyof Params]: (params: Params[Code]) => string;
};

/**
 * A message in both languages from the per-language message files.
 *
 * @param books - the Ukrainian and English messages.
 * @param code - the code whose text to write.
 * @param params - the parameters that code's text needs.
 * @example
 * ```ts
 * import { say, type Messages } from '@vikno/law';
 *
 * type Params = { TOO_MANY: { count: number } };
 * const uk: Messages<Params> = { TOO_MANY: ({ count }) => `Забагато: ${count}` };
 * const en: Messages<Params> = { TOO_MANY: ({ count }) => `Too many: ${count}` };
 * say({ uk, en }, 'TOO_MANY', { count: 3 });
 * //=> { uk: 'Забагато: 3', en: 'Too many: 3' }
 * ```
 */
export function say<Params extends object, Code extends keyof Params>(
  books: { readonly uk: Messages<Params>; readonly en: Messages<Params> },
  code: Code,
  params: Params[Code],
): LocalizedText {
  const known = (book: unknown) =>
    typeof code === 'string' && typeof book === 'object' && book !== null && Object.hasOwn(book, code)
      ? (book as Record<string, unknown>)[code]
      : undefined;
  const uk = typeof books === 'object' && books !== null ? known(books.uk) : undefined;
  const en = typeof books === 'object' && books !== null ? known(books.en) : undefined;
  if (typeof uk !== 'function' || typeof en !== 'function') {
    throw new LawError({
      code: 'INVALID_OPTION',
      path: 'code',
      uk: LAW_MESSAGES.uk.NO_SUCH_MESSAGE({}),
      en: LAW_MESSAGES.en.NO_SUCH_MESSAGE({}),
    });
  }
  try {
    const text = { uk: uk(params), en: en(params) };
    if (typeof text.uk === 'string' && typeof text.en === 'string') return text;
  } catch {
    // A message function that cannot write these parameters: reported below, like any other bad parameters.
  }
  throw new LawError({
    code: 'INVALID_OPTION',
    path: 'params',
    uk: LAW_MESSAGES.uk.MESSAGE_PARAMS({}),
    en: LAW_MESSAGES.en.MESSAGE_PARAMS({}),
  });
}

// Latin words a Ukrainian sentence of the SDK may hold: names of formats, types and standards, not English prose.
const ALLOWED_LATIN = new Set([
  'ISO',
  'UTC',
  'URL',
  'UUID',
  'JSON',
  'HMAC',
  'SHA',
  'NaN',
  'Infinity',
  'Date',
  'Symbol',
  'bigint',
  'null',
  'undefined',
  'true',
  'false',
  'zod',
  'Z',
  'HH',
  'MM',
  'YYYY',
  'DD',
  'https',
  'http',
  'ЦНАП',
]);

/**
 * The English words in a text meant to be Ukrainian: runs of Latin letters that are not a code, an identifier, a
 * format or a standard's name (`ISO`, `YYYY-MM-DD`, `TRANSFER.SENT`, `providerOffice`, `law-5203-vi`). For tests of
 * message files: a Ukrainian message must be Ukrainian («Неможливо add a case to реєстр» is a defect).
 *
 * @param text - a Ukrainian message.
 * @returns the English words found, in order; empty when there are none.
 * @example
 * ```ts
 * import { englishWordsIn } from '@vikno/law';
 *
 * englishWordsIn('Неможливо add a case to реєстр R-1');
 * //=> ['add', 'a', 'case', 'to']
 * englishWordsIn('Подія TRANSFER.SENT без поля providerOffice, дата у форматі ISO 8601');
 * //=> []
 * ```
 */
export function englishWordsIn(text: string): string[] {
  if (typeof text !== 'string') return [];
  const words: string[] = [];
  // A token is a run of letters, digits and the joiners of identifiers; only all-lowercase Latin words (or a
  // capitalised one starting a run of lowercase ones) are prose.
  // Code in backticks (`to`, `at`) is a name, not prose.
  for (const token of text.replace(/`[^`]*`/g, ' ').match(/[\p{L}\p{N}_.\-:/@]+/gu) ?? []) {
    const word = token.replace(/^[.:\-/]+|[.:\-/]+$/g, '');
    if (!/^[A-Za-z]+$/.test(word) || ALLOWED_LATIN.has(word)) continue;
    // camelCase and CAPS are identifiers and codes; a word with a capital inside is an identifier.
    if (/[A-Z]/.test(word.slice(1)) || /^[A-Z]+$/.test(word)) continue;
    words.push(word);
  }
  return words;
}

/** A package's messages, read from its message files: what {@link messageBook} gives. */
export interface MessageBook<Params extends object> {
  /** A message in both languages. */
  readonly says: <Code extends keyof Params>(code: Code, params: Params[Code]) => LocalizedText;
  /** An issue at `path` whose code is the message's code and whose texts come from the message files. */
  readonly issue: <Code extends keyof Params & string>(
    path: string,
    code: Code,
    params: Params[Code],
  ) => Issue;
  /**
   * The message of a zod refinement: zod carries one text, so both languages travel as `English / Українська`,
   * which `issuesFrom` splits again.
   */
  readonly refinement: <Code extends keyof Params>(code: Code, params: Params[Code]) => string;
}

/**
 * A package's messages from its per-language message files, as the three ways the package writes them: a text in
 * both languages, an issue, and a zod refinement's message. Every Vikno package builds its own with this.
 *
 * @param books - the Ukrainian and English messages.
 * @example
 * ```ts
 * import { messageBook, type Messages } from '@vikno/law';
 *
 * type Params = { TOO_MANY: { count: number } };
 * const uk: Messages<Params> = { TOO_MANY: ({ count }) => `Забагато: ${count}` };
 * const en: Messages<Params> = { TOO_MANY: ({ count }) => `Too many: ${count}` };
 * const payroll = messageBook({ uk, en });
 * payroll.issue('input.items', 'TOO_MANY', { count: 3 });
 * //=> { path: 'input.items', code: 'TOO_MANY', uk: 'Забагато: 3', en: 'Too many: 3' }
 * payroll.refinement('TOO_MANY', { count: 3 });
 * //=> 'Too many: 3 / Забагато: 3'
 * ```
 */
export function messageBook<Params extends object>(books: {
  readonly uk: Messages<Params>;
  readonly en: Messages<Params>;
}): MessageBook<Params> {
  const says = <Code extends keyof Params>(code: Code, params: Params[Code]) => say(books, code, params);
  return {
    says,
    issue: (path, code, params) => ({ path, code, ...says(code, params) }),
    refinement: (code, params) => {
      const { en, uk } = says(code, params);
      return `${en} / ${uk}`;
    },
  };
}

/**
 * Every message of a pair of message files written out with sample parameters, code by code: what a test of the
 * files reads, to find an empty text or English words in the Ukrainian ({@link englishWordsIn}).
 *
 * @param books - the Ukrainian and English messages.
 * @param samples - for each code, the parameters to write it with (the compiler asks for every code).
 * @throws {@link LawError} `INVALID_OPTION` for a code the files lack or parameters they cannot write.
 * @example
 * ```ts
 * import { englishWordsIn, renderMessages, type Messages } from '@vikno/law';
 *
 * type Params = { TOO_MANY: { count: number } };
 * const uk: Messages<Params> = { TOO_MANY: ({ count }) => `Забагато: ${count}` };
 * const en: Messages<Params> = { TOO_MANY: ({ count }) => `Too many: ${count}` };
 * const written = renderMessages({ uk, en }, { TOO_MANY: [{ count: 1 }, { count: 1000 }] });
 * written.flatMap((message) => englishWordsIn(message.uk));
 * //=> []
 * ```
 */
export function renderMessages<Params extends object>(
  books: { readonly uk: Messages<Params>; readonly en: Messages<Params> },
  samples: { readonly [Code in keyof Params]: readonly Params[Code][] },
): { readonly code: keyof Params; readonly uk: string; readonly en: string }[] {
  if (typeof samples !== 'object' || samples === null) {
    throw new LawError({
      code: 'INVALID_OPTION',
      path: 'samples',
      uk: LAW_MESSAGES.uk.MESSAGE_PARAMS({}),
      en: LAW_MESSAGES.en.MESSAGE_PARAMS({}),
    });
  }
  return (Object.keys(samples) as (keyof Params)[]).flatMap((code) => {
    const list = samples[code];
    const params = Array.isArray(list)
      ? Array.from({ length: Math.min(list.length, 1000) }, (_, i) => list[i])
      : [];
    return params.map((each) => ({ code, ...say(books, code, each as Params[typeof code]) }));
  });
}
