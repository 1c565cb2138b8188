/**
 * The built-in catalogue a service at a time: `@vikno/catalog/lazy` loads the data of the services an app names and
 * no other. An app that handles a few services (a wizard for the IDP certificate, a subsidies desk) imports this
 * entry instead of `@vikno/catalog`, whose `defaultCatalog()` carries every service; a bundler makes each service's
 * data a chunk of its own, fetched when {@link loadCatalog} asks for it.
 *
 * @example
 * ```ts
 * import { loadCatalog } from '@vikno/catalog/lazy';
 *
 * const catalog = await loadCatalog(['idp-certificate', 'idp-living-allowance']);
 * catalog.services.length;
 * //=> 2
 * catalog.get('idp-certificate', { asOf: '2026-01-15' }).provider.value.kind;
 * ```
 *
 * @packageDocumentation
 * @module @vikno/catalog/lazy
 */
import { valueKind } from '@vikno/law';
import { Catalog, MAX_ID_LENGTH, nearestIds, readId, unknownServiceError } from './catalog.js';
import { loadServices, type ServiceData } from './data/load.js';
import { SERVICE_MODULES } from './data/modules.js';
import { CatalogError } from './errors.js';
import { catalogSays } from './messages/index.js';

// The class of the catalogue this entry returns, and of its errors: the same classes as `@vikno/catalog` exports.
export { Catalog } from './catalog.js';
export { CatalogError } from './errors.js';

/** The id of a service the package ships. */
type BuiltInServiceId = keyof typeof SERVICE_MODULES;

/**
 * The ids of every service the package ships, in the catalogue's order: what {@link loadCatalog} can load. Reading
 * them loads no service's data.
 *
 * @example
 * ```ts
 * import { BUILT_IN_SERVICE_IDS } from '@vikno/catalog/lazy';
 *
 * BUILT_IN_SERVICE_IDS.includes('housing-subsidy');
 * //=> true
 * ```
 */
export const BUILT_IN_SERVICE_IDS: readonly string[] = Object.freeze(Object.keys(SERVICE_MODULES));

/** The longest list {@link loadCatalog} takes: far more than the services there are, so a list with duplicates fits. */
export const MAX_SERVICE_IDS = 1000;

/** Each service's data once loaded, so a second {@link loadCatalog} asking for it does not load it again. */
const loaded = new Map<BuiltInServiceId, Promise<ServiceData>>();

/**
 * A catalogue of the named built-in services, validated as {@link Catalog.fromUnknown} validates, with the data of
 * those services alone loaded (each once per process, however often it is asked for). An id named twice is loaded
 * once. The catalogue works as the full one does (`get`, `find`, `search`, information cards, CPSV-AP) over the
 * services it holds; `extendCatalog` extends it as it extends the default one.
 *
 * @param ids The services to load: ids of {@link BUILT_IN_SERVICE_IDS}, at most {@link MAX_SERVICE_IDS} of them.
 * @throws {@link CatalogError} `INVALID_OPTION` when `ids` is not an array of strings or is too long;
 *   `UNKNOWN_SERVICE` (with the nearest ids in `suggestions`, and the position in `path`) for an id the package
 *   does not ship; `INVALID_SERVICES` should a service's data fail validation. The promise rejects with the error;
 *   nothing is thrown synchronously.
 * @example
 * ```ts
 * import { loadCatalog } from '@vikno/catalog/lazy';
 *
 * const catalog = await loadCatalog(['housing-subsidy']);
 * catalog.search('субсидія')[0]?.service.id;
 * //=> 'housing-subsidy'
 * ```
 */
export async function loadCatalog(ids: readonly string[]): Promise<Catalog> {
  const wanted = readServiceIds(ids);
  const data = await Promise.all(wanted.map(loadOne));
  return Catalog.fromUnknown(loadServices(data));
}

/** The ids asked for, checked, without repeats, in the order first named. */
function readServiceIds(ids: unknown): BuiltInServiceId[] {
  if (!Array.isArray(ids)) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'ids',
      ...catalogSays('EXPECTED_SERVICE_IDS', { value: valueKind(ids) }),
    });
  }
  if (ids.length > MAX_SERVICE_IDS) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'ids',
      ...catalogSays('TOO_MANY_SERVICE_IDS', { count: ids.length, max: MAX_SERVICE_IDS }),
    });
  }
  const wanted = new Set<BuiltInServiceId>();
  for (let index = 0; index < ids.length; index++) {
    const id = readId(ids[index], `ids.${index}`);
    if (!Object.hasOwn(SERVICE_MODULES, id)) {
      // A longer id than any is near none: no edit distance is worth computing.
      const suggestions = id.length > MAX_ID_LENGTH ? [] : nearestIds(id, BUILT_IN_SERVICE_IDS).slice(0, 5);
      throw unknownServiceError(id, `ids.${index}`, suggestions);
    }
    wanted.add(id as BuiltInServiceId);
  }
  return [...wanted];
}

/** The data of one built-in service, loaded on the first call; a load that failed (a chunk not fetched) is retried. */
function loadOne(id: BuiltInServiceId): Promise<ServiceData> {
  let data = loaded.get(id);
  if (data === undefined) {
    data = SERVICE_MODULES[id]().catch((error: unknown) => {
      loaded.delete(id);
      throw error;
    });
    loaded.set(id, data);
  }
  return data;
}
