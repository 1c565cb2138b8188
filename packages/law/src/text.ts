import { z } from 'zod';

/**
 * A text in Ukrainian and English.
 *
 * @example
 * ```ts
 * import { LocalizedText } from '@vikno/law';
 *
 * LocalizedText.parse({ uk: 'Новий рік', en: "New Year's Day" });
 * ```
 */
export const LocalizedText = z.object({ uk: z.string().min(1), en: z.string().min(1) }).strict();
/** A text in Ukrainian and English. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A web address in the data (an act's official text, a CNAP's website): only `https:` and `http:` addresses are
 * valid, so nothing rendered as a link can run a script (`javascript:`, `data:`, …).
 *
 * @example
 * ```ts
 * import { WebUrl } from '@vikno/law';
 *
 * WebUrl.safeParse('https://zakon.rada.gov.ua/laws/show/5203-17').success;
 * //=> true
 * WebUrl.safeParse('javascript:alert(1)').success;
 * //=> false
 * ```
 */
export const WebUrl = z.httpUrl().max(2000);
/** A web address in the data. */
export type WebUrl = z.infer<typeof WebUrl>;
