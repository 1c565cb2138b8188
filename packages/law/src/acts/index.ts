import type { Act } from '../register.js';
import { CABINET_ACTS } from './cabinet.js';
import { CODES_AND_LAWS } from './codes-and-laws.js';
import { NOTICES_AND_PUBLICATIONS } from './notices-and-publications.js';
import { ORDERS_AND_CARDS } from './orders-and-cards.js';

/**
 * Every act the SDK cites, once: codes and laws, Cabinet acts, orders and cards, then the notices and publications
 * that stand as evidence where no act was read. Validated when {@link defaultActRegister} first builds the register.
 */
export const ACTS: readonly Act[] = [
  ...CODES_AND_LAWS,
  ...CABINET_ACTS,
  ...ORDERS_AND_CARDS,
  ...NOTICES_AND_PUBLICATIONS,
];
