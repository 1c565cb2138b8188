import { valueKind } from '@vikno/law';
import { z } from 'zod';
import { Catalog, consistencyIssues, markValidated } from './catalog.js';
import { gapsIn } from './dated.js';
import { defaultCatalog } from './default.js';
import { CatalogError, type CatalogIssue, issuesFrom } from './errors.js';
import { catalogIssue, catalogSays } from './messages/index.js';
import { Channel, Delivery, dated, MAX_LIST, MAX_SERVICES, Service, ServiceId } from './schema.js';

/**
 * A CNAP's local details for a catalogue service: its own codes, the models and channels it actually uses, and
 * extra search words. Dated series replace the catalogue's; codes and keywords are added.
 */
export const ServiceOverride = z
  .object({
    localCodes: z.array(z.string().min(1).max(32)).max(MAX_LIST).optional(),
    delivery: dated(Delivery).optional(),
    channels: dated(z.array(Channel).min(1).max(MAX_LIST)).optional(),
    keywords: z.array(z.string().min(1).max(200)).max(MAX_LIST).optional(),
  })
  .strict();
/** A CNAP's local details for a catalogue service. */
export type ServiceOverride = z.infer<typeof ServiceOverride>;

/**
 * What a vendor or a CNAP adds to the catalogue: its local services (validated by the same {@link Service}
 * schema), and local details of catalogue services by id.
 *
 * @example
 * ```ts
 * import { CatalogExtension } from '@vikno/catalog';
 *
 * CatalogExtension.parse({ overrides: { 'housing-subsidy': { localCodes: ['02-01'] } } });
 * ```
 */
export const CatalogExtension = z
  .object({
    services: z.array(Service).max(MAX_SERVICES).optional(),
    overrides: z.record(ServiceId, ServiceOverride).optional(),
  })
  .strict();
/** What a vendor or a CNAP adds to the catalogue. */
export type CatalogExtension = z.infer<typeof CatalogExtension>;

/** The outcome of {@link validateCatalogExtension}: the extended catalogue, or every problem with its path. */
export type ExtensionResult =
  | { readonly success: true; readonly catalog: Catalog }
  | { readonly success: false; readonly issues: readonly CatalogIssue[] };

function merge(service: Service, override: ServiceOverride): Service {
  return {
    ...service,
    ...(override.localCodes ? { localCodes: [...(service.localCodes ?? []), ...override.localCodes] } : {}),
    ...(override.keywords ? { keywords: [...(service.keywords ?? []), ...override.keywords] } : {}),
    ...(override.delivery ? { delivery: override.delivery } : {}),
    ...(override.channels ? { channels: override.channels } : {}),
  };
}

/**
 * Validates an extension against a catalogue and builds the extended catalogue. Every problem is reported with
 * its path, not only the first: schema errors, local ids that clash with catalogue ids, overrides of unknown
 * services (with the nearest ids), and dated series that leave days of a service without a value.
 *
 * @param extension - the vendor's local services and details, e.g. parsed JSON.
 * @param base - the catalogue to extend; the built-in one by default.
 * @example
 * ```ts
 * import { validateCatalogExtension } from '@vikno/catalog';
 *
 * const result = validateCatalogExtension(JSON.parse(vendorFile));
 * if (!result.success) for (const issue of result.issues) console.log(issue.path, issue.uk);
 * ```
 */
export function validateCatalogExtension(
  extension: unknown,
  base: Catalog = defaultCatalog(),
): ExtensionResult {
  if (!(base instanceof Catalog)) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'base',
      ...catalogSays('NOT_A_BASE_CATALOG', { value: valueKind(base) }),
    });
  }
  const tooMany = tooManyOverrides(extension);
  if (tooMany !== undefined) return { success: false, issues: [tooMany] };
  const parsed = CatalogExtension.safeParse(extension);
  if (!parsed.success) return { success: false, issues: issuesFrom(parsed.error, '') };
  const local = parsed.data.services ?? [];
  const issues: CatalogIssue[] = consistencyIssues(local, 'services');
  for (const [index, service] of local.entries()) {
    if (base.has(service.id)) {
      issues.push(catalogIssue(`services.${index}.id`, 'CLASHING_ID', { id: service.id }));
    }
  }
  const byId = new Map<string, Service>(base.services.map((service) => [service.id, service]));
  for (const service of local) if (!byId.has(service.id)) byId.set(service.id, service);
  for (const [position, [id, override]] of Object.entries(parsed.data.overrides ?? {}).entries()) {
    const service = byId.get(id);
    if (service === undefined) {
      // The id is unknown, so it is not repeated (it may be anything typed); its position says which one.
      issues.push(
        catalogIssue('overrides', 'UNKNOWN_OVERRIDE', {
          position: position + 1,
          suggestions: base.suggest(id),
        }),
      );
      continue;
    }
    for (const field of ['delivery', 'channels'] as const) {
      const series = override[field];
      if (series === undefined) continue;
      for (const period of service.available) {
        for (const gap of gapsIn(series, period)) {
          issues.push(catalogIssue(`overrides.${id}.${field}`, 'MISSING_VALUE', gap));
        }
      }
    }
    byId.set(id, merge(service, override));
  }
  if (issues.length > 0) return { success: false, issues };
  return { success: true, catalog: new Catalog(markValidated([...byId.values()])) };
}

/** More overrides than services a catalogue may hold, found before any is validated. */
function tooManyOverrides(extension: unknown): CatalogIssue | undefined {
  const overrides =
    extension !== null && typeof extension === 'object'
      ? (extension as { overrides?: unknown }).overrides
      : undefined;
  if (overrides === null || typeof overrides !== 'object') return undefined;
  const count = Object.keys(overrides).length;
  return count > MAX_SERVICES
    ? catalogIssue('overrides', 'TOO_MANY_OVERRIDES', { max: MAX_SERVICES, value: valueKind(overrides) })
    : undefined;
}

/**
 * Extends a catalogue with a vendor's local services and details; see {@link validateCatalogExtension}.
 *
 * @param extension - the vendor's local services and details.
 * @param base - the catalogue to extend; the built-in one by default.
 * @throws {@link CatalogError} `INVALID_CATALOG` with every issue in `issues`.
 * @example
 * ```ts
 * import { extendCatalog } from '@vikno/catalog';
 *
 * const local = extendCatalog({ overrides: { 'housing-subsidy': { localCodes: ['02-01'] } } });
 * local.search('02-01')[0]?.service.id;
 * //=> 'housing-subsidy'
 * ```
 */
export function extendCatalog(extension: unknown, base: Catalog = defaultCatalog()): Catalog {
  const result = validateCatalogExtension(extension, base);
  if (!result.success) {
    throw new CatalogError({
      code: 'INVALID_CATALOG',
      path: 'extension',
      ...catalogSays('INVALID_EXTENSION', { count: result.issues.length }),
      issues: result.issues,
    });
  }
  return result.catalog;
}
