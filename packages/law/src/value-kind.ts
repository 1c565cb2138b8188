import { formatCount, pluralUk } from './plural.js';
import type { LocalizedText } from './text.js';

/**
 * Describes a rejected value by its kind and size only, never its content: a name or a tax number typed into a
 * date must not reach an error or a log. The one description every Vikno package puts in its messages. Ukrainian
 * counts take the genitive after «із»: рядок із 1 символу, із 5 символів.
 *
 * @param value - the rejected value, of any kind.
 * @example
 * ```ts
 * import { valueKind } from '@vikno/law';
 *
 * valueKind('Петренко Іван 3012456789');
 * //=> { uk: 'рядок із 24 символів', en: 'a string of 24 characters' }
 * valueKind({ name: 'Петренко' });
 * //=> { uk: 'об’єкт із 1 поля', en: 'an object with 1 field' }
 * ```
 */
export function valueKind(value: unknown): LocalizedText {
  const counted = (n: number, en: string, forms: readonly [string, string, string]) => ({
    en: `${formatCount(n, 'en')} ${en}${n === 1 ? '' : 's'}`,
    uk: `${formatCount(n, 'uk')} ${pluralUk(n, forms)}`,
  });
  try {
    if (typeof value === 'string') {
      if (value === '') return { uk: 'порожній рядок', en: 'an empty string' };
      const size = counted(value.length, 'character', ['символу', 'символів', 'символів']);
      return { uk: `рядок із ${size.uk}`, en: `a string of ${size.en}` };
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { uk: String(value), en: String(value) };
      return Number.isInteger(value)
        ? { uk: 'ціле число', en: 'a whole number' }
        : { uk: 'дробове число', en: 'a fractional number' };
    }
    if (typeof value === 'boolean' || value === null || value === undefined) {
      return { uk: String(value), en: String(value) };
    }
    if (typeof value === 'bigint') return { uk: 'велике ціле число (bigint)', en: 'a bigint' };
    if (typeof value === 'symbol') return { uk: 'символ (Symbol)', en: 'a symbol' };
    if (typeof value === 'function') return { uk: 'функція', en: 'a function' };
    if (Array.isArray(value)) {
      const size = counted(value.length, 'item', ['елемента', 'елементів', 'елементів']);
      return { uk: `масив із ${size.uk}`, en: `an array of ${size.en}` };
    }
    if (value instanceof Date) {
      return Number.isNaN(value.getTime())
        ? { uk: 'недійсний об’єкт Date', en: 'an invalid Date' }
        : { uk: 'об’єкт Date', en: 'a Date' };
    }
    const size = counted(Object.keys(value).length, 'field', ['поля', 'полів', 'полів']);
    return { uk: `об’єкт із ${size.uk}`, en: `an object with ${size.en}` };
  } catch {
    // A proxy whose traps throw: its kind is all there is to say.
    return { uk: 'об’єкт', en: 'an object' };
  }
}
