import { writeFileSync } from 'node:fs';
import { catalogJsonSchemas } from '../src/json-schema.js';

const schemas = catalogJsonSchemas();
const files = {
  'service.schema.json': schemas.service,
  'catalog-extension.schema.json': schemas.catalogExtension,
  'cnap.schema.json': schemas.cnap,
};
for (const [name, schema] of Object.entries(files)) {
  writeFileSync(new URL(`../schema/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
}
