// Writes docs/models.md: the three delivery models of @vikno/workflows (DELIVERY_MODELS), each with its case machine
// as a Mermaid state diagram, its technological card and who may send which event, with their sources; then draws
// the site's Mermaid diagrams as SVG (scripts/draw-diagrams.ts; needs Chromium). Run with `pnpm docs:diagrams`
// after changing a model or a diagram (`-- --all` draws every diagram again); a test fails while models.md is out
// of date, and the docs build fails while a diagram is not drawn.

import { writeFileSync } from 'node:fs';
import { modelsDocument } from '../packages/workflows/test/models-document.js';
import { drawDiagrams } from './draw-diagrams.js';

writeFileSync(new URL('../docs/models.md', import.meta.url), modelsDocument());
await drawDiagrams({ all: process.argv.includes('--all') });
