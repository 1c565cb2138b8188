import { formatCount, type Messages, pluralEn } from '@vikno/law';
import type { AdoptionMessageParams } from './params.js';

/** The messages of `@vikno/adoption` in English. */
export const en: Messages<AdoptionMessageParams> = {
  INVALID_PROFILE: ({ count }) =>
    `The hromada's profile has ${formatCount(count, 'en')} ${pluralEn(count, 'problem', 'problems')}`,
  INVALID_INPUT: ({ count }) =>
    `The input has ${formatCount(count, 'en')} ${pluralEn(count, 'problem', 'problems')}`,
};
