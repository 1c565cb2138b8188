import type { ServiceInput } from '../schema.js';
import { DISABILITY_DEATH_GENERAL_SERVICES } from './services/disability-death-general.js';
import { FAMILY_SERVICES } from './services/families.js';
import { IDP_HOUSING_SERVICES } from './services/idp-housing.js';

/** Every service the catalogue ships, unvalidated; the catalogue validates them when it is built. */
export const SERVICE_DATA: readonly ServiceInput[] = [
  ...FAMILY_SERVICES,
  ...IDP_HOUSING_SERVICES,
  ...DISABILITY_DEATH_GENERAL_SERVICES,
];
