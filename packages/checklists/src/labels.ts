import type { LocalizedText } from '@vikno/deadlines';
import type { SubmissionForm } from './schema.js';

/**
 * How a document is handed over, in people's words (lower case, to stand inside a sentence or after a dash), in
 * Ukrainian and English: «оригінал», «копія», «копія з пред’явленням оригіналу», «лише пред’явити оригінал».
 *
 * @example
 * ```ts
 * import { SUBMISSION_FORM_LABELS } from '@vikno/checklists';
 *
 * SUBMISSION_FORM_LABELS.copyWithOriginal.uk;
 * //=> 'копія з пред’явленням оригіналу'
 * SUBMISSION_FORM_LABELS.presentOnly.en;
 * //=> 'the original, shown only'
 * ```
 */
export const SUBMISSION_FORM_LABELS: Readonly<Record<SubmissionForm, LocalizedText>> = {
  original: { uk: 'оригінал', en: 'the original' },
  copy: { uk: 'копія', en: 'a copy' },
  copyWithOriginal: { uk: 'копія з пред’явленням оригіналу', en: 'a copy, with the original shown' },
  presentOnly: { uk: 'лише пред’явити оригінал', en: 'the original, shown only' },
};
