// Writes docs/models.md: the three case machines of @vikno/workflows as Mermaid state diagrams. Run with
// `pnpm docs:diagrams` after changing a machine; a test fails while the file is out of date.

import { writeFileSync } from 'node:fs';
import { modelsDocument } from '../packages/workflows/test/models-document.js';

writeFileSync(new URL('../docs/models.md', import.meta.url), modelsDocument());
