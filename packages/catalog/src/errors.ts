import type { z } from 'zod';

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
  readonly issues: readonly CatalogIssue[];

  /** @param details - the code, path, both messages, and any suggestions or issues. */
  constructor(details: IssuesErrorDetails<Code>) {
    const listed = details.issues?.length
      ? `\n${details.issues.map((issue) => `  - ${issue.path}: ${issue.en} / ${issue.uk}`).join('\n')}`
      : '';
    super(`${details.path}: ${details.en} / ${details.uk}${listed}`);
    this.code = details.code;
    this.path = details.path;
    this.uk = details.uk;
    this.en = details.en;
    this.suggestions = details.suggestions ?? [];
    this.issues = details.issues ?? [];
  }
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
 * Shows a rejected value in a message, shortened so an error never carries a large payload: strings are cut to
 * 40 characters, objects and arrays are named by their type only.
 *
 * @param value - the rejected value.
 * @example
 * ```ts
 * import { describeValue } from '@vikno/catalog';
 *
 * describeValue({ name: 'Петренко' });
 * //=> 'object'
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return Array.isArray(value) ? 'array' : typeof value;
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path.map(String);
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

/**
 * Every zod issue as a bilingual {@link CatalogIssue} under `prefix`. Messages name what is wrong, never the
 * rejected value, so nothing a user typed ends up in logs. The other Vikno packages report their validation
 * problems the same way.
 *
 * @param error - a zod error, e.g. from `safeParse`.
 * @param prefix - the path of the validated value in the caller's input, e.g. `facts`.
 * @example
 * ```ts
 * import { issuesFrom, Service } from '@vikno/catalog';
 *
 * const result = Service.safeParse(input);
 * if (!result.success) console.log(issuesFrom(result.error, 'service'));
 * //=> [{ path: 'service.term', en: 'Expected array', uk: 'Очікується масив' }, …]
 * ```
 */
export function issuesFrom(error: z.ZodError, prefix: string): CatalogIssue[] {
  return error.issues.map((issue) => {
    const path = joinPath(prefix, issue.path);
    switch (issue.code) {
      case 'invalid_type':
        return {
          path,
          en: `Expected ${issue.expected}`,
          uk: `Очікується ${TYPE_UK[issue.expected] ?? issue.expected}`,
        };
      case 'unrecognized_keys':
        return {
          path,
          en: `Unknown field(s): ${issue.keys.join(', ')}`,
          uk: `Невідомі поля: ${issue.keys.join(', ')}`,
        };
      case 'invalid_value':
        return {
          path,
          en: `Expected one of: ${issue.values.map(String).join(', ')}`,
          uk: `Очікується одне з: ${issue.values.map(String).join(', ')}`,
        };
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
      default: {
        const [en, uk] = issue.message.split(' / ');
        return { path, en: en ?? issue.message, uk: uk ?? issue.message };
      }
    }
  });
}
