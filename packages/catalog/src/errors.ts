import { valueKind } from '@vikno/deadlines';
import { z } from 'zod';

/**
 * What went wrong, as a stable machine-readable code.
 *
 * - `UNKNOWN_SERVICE`: no service has this id; `suggestions` holds the nearest ids.
 * - `NOT_AVAILABLE`: the service exists but not on the `asOf` day (not yet, or no longer).
 * - `INVALID_DATE`: `asOf` is not a real `YYYY-MM-DD` day.
 * - `INVALID_OPTION`: a filter or option is malformed (an unknown channel, a stray field).
 * - `INVALID_CATALOG`: services or a vendor extension fail validation; `issues` holds every problem.
 * - `INVALID_CNAP`: a CNAP's details fail validation; `issues` holds every problem.
 */
export type CatalogErrorCode =
  | 'UNKNOWN_SERVICE'
  | 'NOT_AVAILABLE'
  | 'INVALID_DATE'
  | 'INVALID_OPTION'
  | 'INVALID_CATALOG'
  | 'INVALID_CNAP';

/** One validation problem: where it is and what it is, in Ukrainian and English. */
export interface CatalogIssue {
  /** A dotted path into the input, e.g. `services.2.term.0.value.term.amount`. */
  readonly path: string;
  /** The message in Ukrainian. */
  readonly uk: string;
  /** The message in English. */
  readonly en: string;
}

/**
 * The parts of an error of a Vikno package built on the catalogue: a code, where the bad value was, the message in
 * both languages, and the nearest ids or every problem found where they apply.
 */
export interface IssuesErrorDetails<Code extends string> {
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
  readonly issues?: readonly CatalogIssue[];
}

/** The parts of a {@link CatalogError}. */
export type CatalogErrorDetails = IssuesErrorDetails<CatalogErrorCode>;

/**
 * The base of the errors of the packages built on the catalogue (`CatalogError`, and `ChecklistError` of
 * `@vikno/checklists`): `message` holds the path, the English then the Ukrainian text, and every issue; `code`,
 * `path`, `suggestions` and `issues` are for programs.
 *
 * @example
 * ```ts
 * import { IssuesError } from '@vikno/catalog';
 * import { buildChecklist } from '@vikno/checklists';
 *
 * // One handler for the errors of every Vikno package:
 * try {
 *   buildChecklist('birth-assistance', { age: -1 });
 * } catch (error) {
 *   if (!(error instanceof IssuesError)) throw error;
 *   console.log(error.name, error.code, error.path, error.issues[0]?.path);
 *   //=> 'ChecklistError' 'INVALID_FACTS' 'facts' 'facts.age'
 *   console.log(error.en, error.uk);
 *   //=> 'The facts have 1 problem(s)' 'У фактах проблем: 1'
 * }
 *
 * // A package of your own defines its error on it:
 * class PayrollError extends IssuesError<'UNKNOWN_RECIPIENT'> {
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
export abstract class IssuesError<Code extends string> extends Error implements IssuesErrorDetails<Code> {
  readonly code: Code;
  readonly path: string;
  readonly uk: string;
  readonly en: string;
  readonly suggestions: readonly string[];
  /**
   * The problems found: the first 20, then, when there were more, one last issue at the
   * error's path that counts the rest.
   */
  readonly issues: readonly CatalogIssue[];

  /**
   * @param details - the code, path, both messages, and any suggestions or issues. Texts are cut to a bounded
   * length and issues beyond the first 20 are counted, not kept, so an error stays small whatever it
   * reports. Malformed details throw a {@link CatalogError} `INVALID_OPTION`.
   */
  constructor(details: IssuesErrorDetails<Code>) {
    const checked = checkedDetails(details);
    const issues = cappedIssues(checked.issues ?? [], checked.path);
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
function checkedDetails(details: unknown): IssuesErrorDetails<string> & { issues?: readonly unknown[] } {
  try {
    if (details !== null && typeof details === 'object') {
      const { code, path, en, uk, suggestions, issues } = details as Record<string, unknown>;
      const wellFormed =
        typeof code === 'string' &&
        /^[A-Z][A-Z_]{0,63}$/.test(code) &&
        isText(path) &&
        isText(en) &&
        isText(uk) &&
        (suggestions === undefined || (Array.isArray(suggestions) && keptSuggestionsAreText(suggestions))) &&
        (issues === undefined || Array.isArray(issues));
      if (wellFormed) {
        return {
          code,
          path: clip(path, MAX_PATH),
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
  throw new CatalogError({
    code: 'INVALID_OPTION',
    path: 'details',
    en: `Expected error details: a code in capitals, a path and messages in English and Ukrainian, got ${describeValue(details)}`,
    uk: `Очікуються відомості про помилку: код великими літерами, шлях і повідомлення англійською та українською, отримано ${describeValue(details, 'uk')}`,
  });
}

/** The first issues, each clipped, and one more that counts the rest. */
function cappedIssues(issues: readonly unknown[], path: string): CatalogIssue[] {
  // Read by index: `slice` or `map` would call a `constructor` the list itself may carry, and skip its holes.
  const kept = Array.from(
    { length: Math.min(issues.length, MAX_LISTED_ISSUES) },
    (_, index): CatalogIssue => {
      const issue = issues[index];
      const { path: at, en, uk } = (issue ?? {}) as Partial<Record<keyof CatalogIssue, unknown>>;
      return {
        path: isText(at) ? clip(at, MAX_PATH) : path,
        en: isText(en) ? clip(en, MAX_TEXT) : 'A problem',
        uk: isText(uk) ? clip(uk, MAX_TEXT) : 'Проблема',
      };
    },
  );
  const rest = issues.length - kept.length;
  if (rest <= 0) return kept;
  return [
    ...kept,
    {
      path,
      en: `And ${formatCount(rest, 'en')} more problem(s), not listed`,
      uk: `І ще ${formatCount(rest, 'uk')} ${plural(rest, ['проблема', 'проблеми', 'проблем'])}, не перелічено`,
    },
  ];
}

/** The path, both texts and as many issues as fit in {@link MAX_MESSAGE}, then how many did not fit. */
function boundedMessage(details: IssuesErrorDetails<string>, issues: readonly CatalogIssue[]): string {
  let message = `${details.path}: ${details.en} / ${details.uk}`;
  for (const [index, issue] of issues.entries()) {
    const line = `\n  - ${issue.path}: ${issue.en} / ${issue.uk}`;
    const left = issues.length - index;
    if (message.length + line.length > MAX_MESSAGE - 80) {
      return `${message}\n  - … ${formatCount(left, 'en')} more / ще ${formatCount(left, 'uk')}`;
    }
    message += line;
  }
  return message;
}

/**
 * The one error this package throws for bad input. `message` holds the English then the Ukrainian text; `code`,
 * `path`, `suggestions` and `issues` are for programs.
 *
 * @example
 * ```ts
 * import { CatalogError, getService } from '@vikno/catalog';
 *
 * try {
 *   getService('birth-asistance');
 * } catch (error) {
 *   if (error instanceof CatalogError) console.log(error.code, error.suggestions);
 *   //=> 'UNKNOWN_SERVICE' ['birth-assistance', …]
 * }
 * ```
 */
export class CatalogError extends IssuesError<CatalogErrorCode> {
  override readonly name = 'CatalogError';
}

/**
 * Describes a rejected value for a message by its kind and size only, never its content: a name or a tax number
 * typed into the wrong field must not reach an error or a log. In English by default, or in Ukrainian: `valueKind` of
 * `@vikno/deadlines`, in one language.
 *
 * @param value - the rejected value.
 * @param language - `en` (the default) or `uk`.
 * @example
 * ```ts
 * import { describeValue } from '@vikno/catalog';
 *
 * describeValue('Петренко Іван 3012456789');
 * //=> 'a string of 24 characters'
 * describeValue('x'.repeat(1_048_576), 'uk');
 * //=> 'рядок із 1 048 576 символів'
 * describeValue({ name: 'Петренко' });
 * //=> 'an object with 1 field'
 * describeValue('ab', 'uk');
 * //=> 'рядок із 2 символів'
 * describeValue(null);
 * //=> 'null'
 * ```
 */
export function describeValue(value: unknown, language: 'uk' | 'en' = 'en'): string {
  return valueKind(value)[language];
}

/** A count with groups of thousands: `1,048,576` in English, `1 048 576` in Ukrainian. */
function formatCount(n: number, language: 'uk' | 'en'): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'uk' ? ' ' : ',');
}

/** The Ukrainian form of a noun after a count: 1 символ, 2 символи, 5 символів (11–14 take the third form). */
function plural(n: number, [one, few, many]: readonly [string, string, string]): string {
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  return last >= 2 && last <= 4 ? few : many;
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

const TYPE_UK: Record<string, string> = {
  string: 'рядок',
  number: 'число',
  boolean: 'логічне значення',
  object: 'об’єкт',
  array: 'масив',
  undefined: 'нічого',
};

function isZodError(error: unknown): error is z.ZodError {
  return (
    error instanceof z.ZodError || (error instanceof Error && Array.isArray((error as z.ZodError).issues))
  );
}

/**
 * Every zod issue as a bilingual {@link CatalogIssue} under `prefix`. Messages say what is wrong, never the
 * rejected value nor an unknown key's name, so nothing a user typed ends up in logs; a key of the input appears in
 * a path only when it looks like a field name or an id (otherwise as `(key)`). The other Vikno packages report
 * their validation problems the same way.
 *
 * @param error - a zod error, e.g. from `safeParse`.
 * @param prefix - the path of the validated value in the caller's input, e.g. `facts`.
 * @throws {@link CatalogError} `INVALID_OPTION` when `error` is not a zod error or `prefix` not a short path.
 * @example
 * ```ts
 * import { issuesFrom, Service } from '@vikno/catalog';
 *
 * const result = Service.safeParse({ id: 'my-service', nmes: [] });
 * if (!result.success) console.log(issuesFrom(result.error, 'service').at(-1));
 * //=> { path: 'service', en: '1 unknown field', uk: 'Невідомих полів: 1' }
 * ```
 */
export function issuesFrom(error: z.ZodError, prefix: string): CatalogIssue[] {
  if (!isZodError(error)) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'error',
      en: `Expected a zod error, got ${describeValue(error)}`,
      uk: `Очікується помилка zod, отримано ${describeValue(error, 'uk')}`,
    });
  }
  if (typeof prefix !== 'string' || prefix.length > MAX_PATH) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'prefix',
      en: `Expected a path of at most ${MAX_PATH} characters, got ${describeValue(prefix)}`,
      uk: `Очікується шлях не довший за ${MAX_PATH} символів, отримано ${describeValue(prefix, 'uk')}`,
    });
  }
  return error.issues.map((issue) => {
    const path = joinPath(prefix, issue.path);
    switch (issue.code) {
      case 'invalid_type':
        return {
          path,
          en: `Expected ${issue.expected}`,
          uk: `Очікується ${TYPE_UK[issue.expected] ?? issue.expected}`,
        };
      case 'unrecognized_keys': {
        const count = issue.keys.length;
        return {
          path,
          en: `${formatCount(count, 'en')} unknown field${count === 1 ? '' : 's'}`,
          uk: `Невідомих полів: ${formatCount(count, 'uk')}`,
        };
      }
      case 'invalid_value': {
        const values = issue.values.slice(0, 20).map(String).join(', ');
        return { path, en: `Expected one of: ${values}`, uk: `Очікується одне з: ${values}` };
      }
      case 'too_small':
        return {
          path,
          en: `Too small or too short (minimum ${String(issue.minimum)})`,
          uk: `Замало або закоротко (мінімум ${String(issue.minimum)})`,
        };
      case 'too_big':
        return {
          path,
          en: `Too big or too long (maximum ${String(issue.maximum)})`,
          uk: `Забагато або задовго (максимум ${String(issue.maximum)})`,
        };
      case 'invalid_format':
        return { path, en: `Not a valid ${issue.format}`, uk: `Неправильний формат (${issue.format})` };
      case 'invalid_union':
        return {
          path,
          en: 'Matches none of the allowed shapes',
          uk: 'Не відповідає жодному з дозволених видів',
        };
      case 'invalid_key':
        return { path, en: 'Not a valid key', uk: 'Неправильний ключ' };
      case 'invalid_element':
        return { path, en: 'Not a valid element', uk: 'Неправильний елемент' };
      case 'not_multiple_of':
        return {
          path,
          en: `Not a multiple of ${String(issue.divisor)}`,
          uk: `Не кратне ${String(issue.divisor)}`,
        };
      case 'custom': {
        // The SDK's own refinements write 'English / Українська' and never quote the value; anything else is
        // said in general words, as its text may quote the value.
        const [en, uk, ...rest] = issue.message.split(' / ');
        return en && uk && rest.length === 0 && issue.message.length <= MAX_TEXT
          ? { path, en, uk }
          : { path, en: 'Not a valid value', uk: 'Неправильне значення' };
      }
      default:
        return { path, en: 'Not a valid value', uk: 'Неправильне значення' };
    }
  });
}
