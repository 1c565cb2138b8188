import { z } from 'zod';
import { CatalogExtension } from './extend.js';
import { Cnap, Service } from './schema.js';

/** The JSON Schemas (draft 2020-12) of the catalogue's inputs, for systems not written in TypeScript. */
export interface CatalogJsonSchemas {
  /** One service. */
  readonly service: Record<string, unknown>;
  /** A vendor's extension: local services and local details of catalogue services. */
  readonly catalogExtension: Record<string, unknown>;
  /** One CNAP, as its information card needs it. */
  readonly cnap: Record<string, unknown>;
}

/**
 * The JSON Schemas of a service, a vendor extension and a CNAP, generated from the zod schemas. The package also
 * ships them as files: `@vikno/catalog/service.schema.json`, `@vikno/catalog/catalog-extension.schema.json` and
 * `@vikno/catalog/cnap.schema.json`.
 *
 * Rules that JSON Schema cannot state (dated periods that must not overlap, required values on every day a
 * service exists, real calendar days) are checked only by {@link validateCatalogExtension}.
 *
 * @example
 * ```ts
 * import { catalogJsonSchemas } from '@vikno/catalog';
 *
 * await writeFile('service.schema.json', JSON.stringify(catalogJsonSchemas().service, null, 2));
 * ```
 */
export function catalogJsonSchemas(): CatalogJsonSchemas {
  const options = { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', reused: 'ref' } as const;
  return {
    service: { $id: 'urn:vikno:schema:service', ...z.toJSONSchema(Service, options) },
    catalogExtension: {
      $id: 'urn:vikno:schema:catalog-extension',
      ...z.toJSONSchema(CatalogExtension, options),
    },
    cnap: { $id: 'urn:vikno:schema:cnap', ...z.toJSONSchema(Cnap, options) },
  };
}
