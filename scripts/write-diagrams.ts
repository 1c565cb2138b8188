// Writes docs/models.md: the three delivery models of @vikno/workflows (DELIVERY_MODELS), each with its case machine
// as a Mermaid state diagram, its technological card and who may send which event, with their sources. Run with
// `pnpm docs:diagrams` after changing a model; a test fails while the file is out of date.

import { writeFileSync } from 'node:fs';
import { modelsDocument } from '../packages/workflows/test/models-document.js';

writeFileSync(new URL('../docs/models.md', import.meta.url), modelsDocument());
