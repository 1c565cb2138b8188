import type { NoticeParams } from '../notices.js';

/** How a notice text writes the values it is given, in its language. */
export interface NoticeWriter {
  /** A day `YYYY-MM-DD` as the language writes it: `25.11.2026`, `25 Nov 2026`. */
  readonly day: (day: string) => string;
  /** Items given by the host (document titles, reasons) as one phrase: `a, b and c`. */
  readonly list: (items: readonly string[]) => string;
}

/** The texts of one kind of notice, each form's parts, from its parameters. */
export interface NoticeTexts<Params> {
  /** The SMS: one sentence or two; within two UCS-2 segments (134 UTF-16 code units) with the longest values. */
  readonly sms: (params: Params, write: NoticeWriter) => string;
  /** The e-mail's subject line. */
  readonly subject: (params: Params, write: NoticeWriter) => string;
  /** The e-mail's paragraphs, between the book's greeting and closing. */
  readonly body: (params: Params, write: NoticeWriter) => readonly string[];
  /** The status page's heading. */
  readonly heading: (params: Params, write: NoticeWriter) => string;
  /** The status page's paragraph. */
  readonly paragraph: (params: Params, write: NoticeWriter) => string;
}

/**
 * Every notice of one language: the texts of each kind, the e-mail's greeting and closing, and how the language
 * writes days and lists. One file per language (`notices-uk.ts`, `notices-en.ts`), so a translator reads them all in
 * one place and the compiler asks for every kind.
 */
export type NoticeBook = {
  readonly [Kind in keyof NoticeParams]: NoticeTexts<NoticeParams[Kind]>;
} & {
  readonly greeting: string;
  readonly closing: readonly string[];
  readonly write: NoticeWriter;
};
