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
  const n = Math.abs(count) % 100;
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
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'uk' ? '\u00a0' : ',');
}
