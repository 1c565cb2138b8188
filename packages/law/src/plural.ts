import { LawError } from './errors.js';
import { lawSays } from './messages/index.js';
import { valueKind } from './value-kind.js';

function badArgument(
  path: string,
  value: unknown,
  what: 'finiteNumber' | 'forms' | 'noun' | 'language',
): LawError {
  return new LawError({
    code: 'INVALID_OPTION',
    path,
    ...lawSays('EXPECTED_ARGUMENT', { what, value: valueKind(value) }),
  });
}

function checkCount(count: unknown): number {
  if (typeof count !== 'number' || !Number.isFinite(count)) {
    throw badArgument('count', count, 'finiteNumber');
  }
  return count;
}

/**
 * The Ukrainian form of a noun after a count, `[one, few, many]`: 1 день, 2 дні, 5 днів (11–14 take the third
 * form). The one plural rule of every Vikno message.
 *
 * @param count - the count (its sign is ignored).
 * @param forms - the forms for one, a few (2–4) and many.
 * @example
 * ```ts
 * import { pluralUk } from '@vikno/law';
 *
 * pluralUk(21, ['день', 'дні', 'днів']);
 * //=> 'день'
 * pluralUk(12, ['день', 'дні', 'днів']);
 * //=> 'днів'
 * ```
 */
export function pluralUk(count: number, forms: readonly [string, string, string]): string {
  if (
    !Array.isArray(forms) ||
    forms.length !== 3 ||
    [0, 1, 2].some((index) => typeof forms[index] !== 'string')
  ) {
    throw badArgument('forms', forms, 'forms');
  }
  const n = Math.trunc(Math.abs(checkCount(count))) % 100;
  const last = n % 10;
  if (last === 1 && n !== 11) return forms[0];
  if (last >= 2 && last <= 4 && (n < 12 || n > 14)) return forms[1];
  return forms[2];
}

/**
 * The English form of a noun after a count: `one` for 1, `many` otherwise.
 *
 * @param count - the count.
 * @param one - the singular.
 * @param many - the plural.
 * @example
 * ```ts
 * import { pluralEn } from '@vikno/law';
 *
 * pluralEn(2, 'day', 'days');
 * //=> 'days'
 * ```
 */
export function pluralEn(count: number, one: string, many: string): string {
  if (typeof one !== 'string' || typeof many !== 'string') {
    throw badArgument(typeof one !== 'string' ? 'one' : 'many', typeof one !== 'string' ? one : many, 'noun');
  }
  checkCount(count);
  return Math.abs(count) === 1 ? one : many;
}

/**
 * A whole number with groups of thousands, as each language writes it: `1,048,576` in English, `1 048 576` (with
 * no-break spaces) in Ukrainian.
 *
 * @param n - the number.
 * @param language - `uk` or `en`.
 * @example
 * ```ts
 * import { formatCount } from '@vikno/law';
 *
 * formatCount(1048576, 'en');
 * //=> '1,048,576'
 * ```
 */
export function formatCount(n: number, language: 'uk' | 'en'): string {
  if (language !== 'uk' && language !== 'en') {
    throw badArgument('language', language, 'language');
  }
  checkCount(n);
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'uk' ? '\u00a0' : ',');
}
