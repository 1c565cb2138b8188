import { z } from 'zod';
import { lawSays } from './messages/index.js';
import type { LocalizedText } from './text.js';
import { valueKind } from './value-kind.js';

/**
 * One problem of a value validated whole: where it is, a stable code, and what it is in Ukrainian and English.
 * Issues say what is wrong, never the value given.
 */
export interface Issue {
  /** A dotted path into the input, e.g. `services.2.term.0.value.term.amount`. */
  readonly path: string;
  /**
   * What is wrong, in capitals: `INVALID_TYPE`, `UNKNOWN_FIELD`, `INVALID_VALUE`, `TOO_SMALL`, `TOO_BIG`,
   * `INVALID_FORMAT`, `NO_MATCHING_SHAPE`, or a package's own code.
   */
  readonly code: string;
  /** The message in Ukrainian. */
  readonly uk: string;
  /** The message in English. */
  readonly en: string;
}

/** An issue as a package reports it: its `code` may be left out and is then the error's own code. */
export type IssueInput = Omit<Issue, 'code'> & { readonly code?: string };

/**
 * The parts of an error of a Vikno package: a code, where the bad value was, the message in both languages, and
 * the nearest ids or every problem found where they apply.
 */
export interface ViknoErrorDetails<Code extends string> {
  /** What went wrong. */
  readonly code: Code;
  /** Where, as a dotted path into the call's arguments. */
  readonly path: string;
  /** The message in Ukrainian. */
  readonly uk: string;
  /** The message in English. */
  readonly en: string;
  /** For an unknown id: the nearest known ids, best first. */
  readonly suggestions?: readonly string[];
  /** For a whole value validated: every problem found, not only the first. */
  readonly issues?: readonly IssueInput[];
}

/**
 * The one base of every error the Vikno packages throw (`LawError`, `DeadlinesError`, `CatalogError`,
 * `ChecklistError`, `WorkflowError`): `message` holds the path, the English then the Ukrainian text, and every
 * issue; `code`, `path`, `suggestions` and `issues` are for programs. No message quotes the value given: a name or
 * a tax number typed into the wrong field never reaches an error or a log.
 *
 * @example
 * ```ts
 * import { ViknoError } from '@vikno/law';
 * import { buildChecklist } from '@vikno/checklists';
 *
 * // One handler for the errors of every Vikno package:
 * try {
 *   buildChecklist('birth-assistance', { age: -1 });
 * } catch (error) {
 *   if (!(error instanceof ViknoError)) throw error;
 *   console.log(error.name, error.code, error.path, error.issues[0]?.path);
 *   //=> 'ChecklistError' 'INVALID_FACTS' 'facts' 'facts.age'
 *   console.log(error.en, error.uk);
 *   //=> 'The facts have 1 problem(s)' 'У фактах проблем: 1'
 * }
 *
 * // A package of your own defines its error on it:
 * class PayrollError extends ViknoError<'UNKNOWN_RECIPIENT'> {
 *   override readonly name = 'PayrollError';
 * }
 * const error = new PayrollError({
 *   code: 'UNKNOWN_RECIPIENT',
 *   path: 'input.recipientId',
 *   en: 'No such recipient',
 *   uk: 'Немає такого отримувача',
 * });
 * error.message;
 * //=> 'input.recipientId: No such recipient / Немає такого отримувача'
 * ```
 */
export class ViknoError<Code extends string = string> extends Error {
  override readonly name: string = 'ViknoError';
  readonly code: Code;
  readonly path: string;
  readonly uk: string;
  readonly en: string;
  readonly suggestions: readonly string[];
  /**
   * The problems found: the first 20, then, when there were more, one last issue at the
   * error's path that counts the rest.
   */
  readonly issues: readonly Issue[];

  /**
   * @param details - the code, path, both messages, and any suggestions or issues. Texts are cut to a bounded
   * length and issues beyond the first 20 are counted, not kept, so an error stays small whatever it
   * reports. Malformed details throw a {@link LawError} `INVALID_OPTION`.
   */
  constructor(details: ViknoErrorDetails<Code>) {
    const checked = checkedDetails(details);
    const issues = cappedIssues(checked.issues ?? [], checked.path, checked.code);
    super(boundedMessage(checked, issues));
    this.code = checked.code as Code;
    this.path = checked.path;
    this.uk = checked.uk;
    this.en = checked.en;
    const suggestions = checked.suggestions ?? [];
    this.suggestions = Array.from({ length: Math.min(suggestions.length, MAX_SUGGESTIONS) }, (_, index) =>
      clip(suggestions[index] as string, MAX_PATH),
    );
    this.issues = issues;
  }
}

const CODE = /^[A-Z][A-Z_]{0,63}$/;

/** The most zod issues {@link issuesFrom} reads: far more than an error lists (20) or anyone reads. */
const MAX_READ_ISSUES = 10_000;

/** A segment of a path an error shows: a field name, an index, or `(key)`; never free text nor a long number. */
const SHOWN_SEGMENT = /^(?:[A-Za-z_$([][A-Za-z0-9_$()[\]-]{0,63}|\d{1,6})$/;

/**
 * The path an error keeps: each dot-separated segment that is not a field name or an index (a name, a tax number,
 * free text passed where a path goes) is shown as `(key)`, so a path never carries what a user typed.
 */
function shownPath(path: string): string {
  return clip(
    path
      .split('.')
      .map((segment) => (SHOWN_SEGMENT.test(segment) ? segment : '(key)'))
      .join('.'),
    MAX_PATH,
  );
}

/** How many issues an error keeps; the rest are counted in one last issue. */
const MAX_LISTED_ISSUES = 20;
const MAX_SUGGESTIONS = 10;
/** The longest path and the longest message text an error keeps, in characters. */
const MAX_PATH = 200;
const MAX_TEXT = 400;
/** The longest `message`, in characters: the SDK's errors never exceed 2 KB. */
const MAX_MESSAGE = 2000;

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * Whether the suggestions an error keeps (the first ten) are texts, read by index: `every` would walk the whole
 * length of a sparse array of billions of slots.
 */
function keptSuggestionsAreText(suggestions: readonly unknown[]): boolean {
  for (let index = 0; index < Math.min(suggestions.length, MAX_SUGGESTIONS); index++) {
    if (!isText(suggestions[index])) return false;
  }
  return true;
}

/** The details, checked and with every text clipped; anything malformed is a programming error, reported typed. */
function checkedDetails(
  details: unknown,
): Omit<ViknoErrorDetails<string>, 'issues'> & { issues?: readonly unknown[] } {
  try {
    if (details !== null && typeof details === 'object') {
      const { code, path, en, uk, suggestions, issues } = details as Record<string, unknown>;
      const wellFormed =
        typeof code === 'string' &&
        CODE.test(code) &&
        isText(path) &&
        isText(en) &&
        isText(uk) &&
        (suggestions === undefined || (Array.isArray(suggestions) && keptSuggestionsAreText(suggestions))) &&
        (issues === undefined || Array.isArray(issues));
      if (wellFormed) {
        return {
          code,
          path: shownPath(path),
          en: clip(en, MAX_TEXT),
          uk: clip(uk, MAX_TEXT),
          ...(suggestions === undefined ? {} : { suggestions: suggestions as string[] }),
          ...(issues === undefined ? {} : { issues }),
        };
      }
    }
  } catch {
    // A getter or a proxy that throws is malformed details like any other.
  }
  throw new LawError({
    code: 'INVALID_OPTION',
    path: 'details',
    ...lawSays('MALFORMED_DETAILS', { value: valueKind(details) }),
  });
}

/** The first issues, each clipped, and one more that counts the rest. */
function cappedIssues(issues: readonly unknown[], path: string, code: string): Issue[] {
  // Read by index: `slice` or `map` would call a `constructor` the list itself may carry, and skip its holes.
  const kept = Array.from({ length: Math.min(issues.length, MAX_LISTED_ISSUES) }, (_, index): Issue => {
    const issue = issues[index];
    const { path: at, code: own, en, uk } = (issue ?? {}) as Partial<Record<keyof Issue, unknown>>;
    return {
      path: isText(at) ? shownPath(at) : path,
      code: typeof own === 'string' && CODE.test(own) ? own : code,
      en: isText(en) ? clip(en, MAX_TEXT) : lawSays('A_PROBLEM', {}).en,
      uk: isText(uk) ? clip(uk, MAX_TEXT) : lawSays('A_PROBLEM', {}).uk,
    };
  });
  const rest = issues.length - kept.length;
  if (rest <= 0) return kept;
  return [
    ...kept,
    {
      path,
      code: 'MORE_ISSUES',
      ...lawSays('MORE_ISSUES', { rest }),
    },
  ];
}

/** The path, both texts and as many issues as fit in {@link MAX_MESSAGE}, then how many did not fit. */
function boundedMessage(
  details: Pick<ViknoErrorDetails<string>, 'path' | 'en' | 'uk'>,
  issues: readonly Issue[],
): string {
  let message = `${details.path}: ${details.en} / ${details.uk}`;
  for (const [index, issue] of issues.entries()) {
    const line = `\n  - ${issue.path}: ${issue.en} / ${issue.uk}`;
    const left = issues.length - index;
    if (message.length + line.length > MAX_MESSAGE - 80) {
      const more = lawSays('MORE_IN_MESSAGE', { left });
      return `${message}\n  - … ${more.en} / ${more.uk}`;
    }
    message += line;
  }
  return message;
}

/** A key of the input shown in a path only when it looks like a field name or an id, never free text. */
const SHOWN_KEY = /^(?:[A-Za-z][A-Za-z0-9-]{0,63}|\d{1,4})$/;

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path.map((part) =>
    typeof part === 'number'
      ? String(part)
      : typeof part === 'string' && SHOWN_KEY.test(part)
        ? part
        : '(key)',
  );
  return [prefix, ...parts].filter((part) => part !== '').join('.') || '(root)';
}

function isZodError(error: unknown): error is z.ZodError {
  return (
    error instanceof z.ZodError || (error instanceof Error && Array.isArray((error as z.ZodError).issues))
  );
}

/**
 * Every zod issue as a bilingual {@link Issue} under `prefix`. Messages say what is wrong, never the
 * rejected value nor an unknown key's name, so nothing a user typed ends up in logs; a key of the input appears in
 * a path only when it looks like a field name or an id (otherwise as `(key)`). The other Vikno packages report
 * their validation problems the same way.
 *
 * @param error - a zod error, e.g. from `safeParse`.
 * @param prefix - the path of the validated value in the caller's input, e.g. `facts`.
 * @throws `LawError` `INVALID_OPTION` when `error` is not a zod error or `prefix` not a short path.
 * @example
 * ```ts
 * import { issuesFrom } from '@vikno/law';
 * import { Service } from '@vikno/catalog';
 *
 * const result = Service.safeParse({ id: 'my-service', nmes: [] });
 * if (!result.success) console.log(issuesFrom(result.error, 'service').at(-1));
 * //=> { path: 'service', code: 'UNKNOWN_FIELD', en: '1 unknown field', uk: 'Невідомих полів: 1' }
 * ```
 */
export function issuesFrom(error: z.ZodError, prefix: string): Issue[] {
  if (!isZodError(error)) {
    throw new LawError({
      code: 'INVALID_OPTION',
      path: 'error',
      ...lawSays('NOT_A_ZOD_ERROR', { value: valueKind(error) }),
    });
  }
  if (typeof prefix !== 'string' || prefix.length > MAX_PATH) {
    throw new LawError({
      code: 'INVALID_OPTION',
      path: 'prefix',
      ...lawSays('PREFIX_TOO_LONG', { max: MAX_PATH, value: valueKind(prefix) }),
    });
  }
  // Read by index, and no more than an error keeps and counts: a list may carry its own `constructor`, or be sparse
  // and billions long.
  const given = error.issues;
  const read = Array.from({ length: Math.min(given.length, MAX_READ_ISSUES) }, (_, index) => given[index]);
  return read.map((issue): Issue => {
    try {
      if (issue !== null && typeof issue === 'object') return fromZodIssue(issue, prefix);
    } catch {
      // An issue that is not what zod makes (a getter that throws, a path that is not a list): said generally.
    }
    return {
      path: prefix || '(root)',
      code: 'INVALID_VALUE',
      en: 'Not a valid value',
      uk: 'Неправильне значення',
    };
  });
}

/** One zod issue in both languages, under `prefix`. */
function fromZodIssue(issue: z.core.$ZodIssue, prefix: string): Issue {
  const path = joinPath(
    prefix,
    Array.from({ length: Math.min(issue.path.length, 64) }, (_, index) => issue.path[index] as PropertyKey),
  );
  const at = (code: string, text: LocalizedText): Issue => ({ path, code, ...text });
  switch (issue.code) {
    case 'invalid_type':
      return at('INVALID_TYPE', lawSays('ISSUE_INVALID_TYPE', { expected: issue.expected }));
    case 'unrecognized_keys':
      return at('UNKNOWN_FIELD', lawSays('ISSUE_UNKNOWN_FIELDS', { count: issue.keys.length }));
    case 'invalid_value': {
      const values = issue.values.slice(0, 20).map(String);
      return at('INVALID_VALUE', lawSays('ISSUE_ONE_OF', { values }));
    }
    case 'too_small':
      return at('TOO_SMALL', lawSays('ISSUE_TOO_SMALL', { minimum: String(issue.minimum) }));
    case 'too_big':
      return at('TOO_BIG', lawSays('ISSUE_TOO_BIG', { maximum: String(issue.maximum) }));
    case 'invalid_format':
      return at('INVALID_FORMAT', lawSays('ISSUE_INVALID_FORMAT', { format: issue.format }));
    case 'invalid_union':
      return at('NO_MATCHING_SHAPE', lawSays('ISSUE_NO_MATCHING_SHAPE', {}));
    case 'invalid_key':
      return at('INVALID_KEY', lawSays('ISSUE_INVALID_KEY', {}));
    case 'invalid_element':
      return at('INVALID_ELEMENT', lawSays('ISSUE_INVALID_ELEMENT', {}));
    case 'not_multiple_of':
      return at('NOT_MULTIPLE', lawSays('ISSUE_NOT_MULTIPLE', { divisor: String(issue.divisor) }));
    case 'custom': {
      // The SDK's own refinements write 'English / Українська' and never quote the value; anything else is
      // said in general words, as its text may quote the value.
      const [en, uk, ...rest] = issue.message.split(' / ');
      return en && uk && rest.length === 0 && issue.message.length <= MAX_TEXT
        ? at('INVALID_VALUE', { en, uk })
        : at('INVALID_VALUE', lawSays('ISSUE_INVALID_VALUE', {}));
    }
    default:
      return at('INVALID_VALUE', lawSays('ISSUE_INVALID_VALUE', {}));
  }
}

/**
 * What went wrong in `@vikno/law`, as a stable code.
 *
 * - `INVALID_DATE`: not a `YYYY-MM-DD` string, or no such day.
 * - `DATE_OUT_OF_RANGE`: a real day outside the supported range, or a result that would fall outside it.
 * - `INVALID_INSTANT`: not a valid `Date`, epoch milliseconds, or ISO 8601 string with an offset.
 * - `INVALID_TIME`: a wall-clock time that is not `HH:MM`.
 * - `INVALID_AMOUNT`: a count of days or months that is not a whole number in range.
 * - `UNKNOWN_ACT`: a citation names an act the register does not hold.
 * - `INVALID_REGISTER`: acts or citations fail validation, or two acts share an id or a number and kind.
 * - `INVALID_OPTION`: any other malformed argument.
 */
export type LawErrorCode =
  | 'INVALID_DATE'
  | 'DATE_OUT_OF_RANGE'
  | 'INVALID_INSTANT'
  | 'INVALID_TIME'
  | 'INVALID_AMOUNT'
  | 'UNKNOWN_ACT'
  | 'INVALID_REGISTER'
  | 'INVALID_OPTION';

/**
 * The error `@vikno/law` throws for bad input: a {@link ViknoError} with a {@link LawErrorCode}.
 *
 * @example
 * ```ts
 * import { addMonths, LawError } from '@vikno/law';
 *
 * try {
 *   addMonths('2026-02-30', 1);
 * } catch (error) {
 *   if (error instanceof LawError) console.log(error.code, error.path);
 *   //=> 'INVALID_DATE' 'date'
 * }
 * ```
 */
export class LawError extends ViknoError<LawErrorCode> {
  override readonly name = 'LawError';
}
