import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchemas } from './json-schema.js';

const shipped = (name: string) =>
  JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8'));

describe('catalogJsonSchemas', () => {
  it('matches the schema files the package ships (run `pnpm --filter @vikno/catalog schema` after a change)', () => {
    const schemas = catalogJsonSchemas();
    expect(shipped('service.schema.json')).toEqual(schemas.service);
    expect(shipped('catalog-extension.schema.json')).toEqual(schemas.catalogExtension);
    expect(shipped('cnap.schema.json')).toEqual(schemas.cnap);
  });

  it('describes a service with its required fields and its closed set of channels', () => {
    const schema = catalogJsonSchemas().service as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'names', 'provider', 'fee', 'term', 'channels', 'delivery']),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(schema)).toContain('"starostaOrAuthorisedOfficial"');
  });
});
