// Plural forms for counts in messages: a module of its own, so the error messages can use them too.

/** The Ukrainian plural form for a count: `[one, few, many]`, e.g. день, дні, днів. */
export function pluralUk(count: number, forms: readonly [string, string, string]): string {
  const n = Math.abs(count) % 100;
  const last = n % 10;
  if (last === 1 && n !== 11) return forms[0];
  if (last >= 2 && last <= 4 && (n < 12 || n > 14)) return forms[1];
  return forms[2];
}

/** `1 day`, `2 days`. */
export function pluralEn(count: number, one: string, many: string): string {
  return Math.abs(count) === 1 ? one : many;
}
