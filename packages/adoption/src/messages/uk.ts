import { formatCount, type Messages } from '@vikno/law';
import type { AdoptionMessageParams } from './params.js';

/** The messages of `@vikno/adoption` in Ukrainian. */
export const uk: Messages<AdoptionMessageParams> = {
  INVALID_PROFILE: ({ count }) => `У профілі громади проблем: ${formatCount(count, 'uk')}`,
  INVALID_INPUT: ({ count }) => `У вхідних даних проблем: ${formatCount(count, 'uk')}`,
};
