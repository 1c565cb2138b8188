import {
  type AsOfOptions,
  Catalog,
  type InformationCardOptions,
  type SearchHit,
  type SearchOptions,
  type ServiceFilter,
  type ServiceView,
} from './catalog.js';
import { SERVICES } from './data/index.js';
import { loadServices } from './data/load.js';
import type { InformationCard } from './information-card.js';
import type { Cnap } from './schema.js';

let builtIn: Catalog | undefined;

/**
 * The catalogue this package ships, validated on first use and then kept.
 *
 * @example
 * ```ts
 * import { defaultCatalog } from '@vikno/catalog';
 *
 * defaultCatalog().services.length;
 * //=> 50
 * ```
 */
export function defaultCatalog(): Catalog {
  builtIn ??= Catalog.fromUnknown(loadServices(SERVICES));
  return builtIn;
}

/**
 * One service of the built-in catalogue as it stood on `asOf` (today in Kyiv by default).
 *
 * @throws {@link CatalogError} `UNKNOWN_SERVICE` with the nearest ids, `NOT_AVAILABLE`, `INVALID_DATE`.
 * @example
 * ```ts
 * import { getService } from '@vikno/catalog';
 *
 * getService('birth-assistance', { asOf: '2025-06-30' }).provider.value.kind;
 * //=> 'uszn'
 * getService('birth-assistance', { asOf: '2025-07-01' }).provider.value.kind;
 * //=> 'pfu'
 * ```
 */
export function getService(id: string, options: AsOfOptions = {}): ServiceView {
  return defaultCatalog().get(id, options);
}

/**
 * The services of the built-in catalogue matching a filter on `asOf`.
 *
 * @throws {@link CatalogError} `INVALID_OPTION`, `INVALID_DATE`.
 * @example
 * ```ts
 * import { findServices } from '@vikno/catalog';
 *
 * findServices({ lifeSituation: 'internalDisplacement', model: 'I' }).map((service) => service.id);
 * ```
 */
export function findServices(filter: ServiceFilter = {}): ServiceView[] {
  return defaultCatalog().find(filter);
}

/**
 * Searches the built-in catalogue in Ukrainian or English, ranked.
 *
 * @throws {@link CatalogError} `INVALID_OPTION`, `INVALID_DATE`.
 * @example
 * ```ts
 * import { searchServices } from '@vikno/catalog';
 *
 * searchServices('субсидії на ЖКП')[0]?.service.id;
 * //=> 'housing-subsidy'
 * ```
 */
export function searchServices(text: string, options: SearchOptions = {}): SearchHit[] {
  return defaultCatalog().search(text, options);
}

/**
 * The information card of a built-in service for one CNAP.
 *
 * @throws {@link CatalogError} `INVALID_CNAP`, `UNKNOWN_SERVICE`, `NOT_AVAILABLE`, `INVALID_DATE`.
 * @example
 * ```ts
 * import { informationCard, renderInformationCardMarkdown } from '@vikno/catalog';
 *
 * const card = informationCard('idp-certificate', myCnap, { asOf: '2026-11-23' });
 * console.log(renderInformationCardMarkdown(card));
 * ```
 */
export function informationCard(
  serviceId: string,
  cnap: Cnap,
  options: InformationCardOptions = {},
): InformationCard {
  return defaultCatalog().informationCard(serviceId, cnap, options);
}
