// Draws every Mermaid block the docs site shows (the README, the guides of typedoc.json, the doc comments of the
// packages) as an SVG in docs/diagrams/, with Mermaid in Debian's Chromium; the typedoc plugin
// scripts/typedoc-diagrams.mjs puts each drawing in place of its block. Blocks already drawn are kept (`--all`
// draws them again, e.g. after updating Mermaid); drawings no block uses any more are removed.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.js';
import { DIAGRAMS_DIR, diagramFile } from './typedoc-diagrams.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Mermaid's self-contained browser build, loaded into a blank page (no network). */
const MERMAID = join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js');

/**
 * Mermaid's settings for the drawings: its default HTML labels (its SVG text labels break an event name such as
 * APPLICATION.WITHDRAWN at 200px, and at 14px misplace the edges into a composite state); ids derived from the
 * diagram's own id, so a drawing is the same each time.
 */
const MERMAID_CONFIG = {
  startOnLoad: false,
  theme: 'default',
  securityLevel: 'strict',
  deterministicIds: true,
  // A plan's chart shows the plan, not the day it was drawn.
  gantt: { todayMarker: 'off' },
};

/**
 * The narrowest a drawing is shown, in CSS pixels, unless it is narrower itself: Mermaid fits a drawing to the
 * page's column, and a machine of 15 states is 2,600 px wide, its labels unreadable at a quarter of their size;
 * at this width they are a little over half, and the column scrolls the rest (the site also links each drawing
 * at full size).
 */
const MIN_WIDTH = 1400;

interface Block {
  /** Where the block was found, for the report. */
  readonly file: string;
  readonly source: string;
}

/** Mermaid's API as the page holds it; the root tsconfig has no DOM types. */
interface MermaidGlobal {
  readonly mermaid: {
    initialize(config: typeof MERMAID_CONFIG): void;
    render(id: string, source: string): Promise<{ svg: string }>;
  };
}

/** Draws the blocks not drawn yet (every block with `all`) and removes the drawings no block uses. */
export async function drawDiagrams({ all = false }: { all?: boolean } = {}): Promise<void> {
  const blocks = await siteBlocks();
  const wanted = new Map(blocks.map((block) => [diagramFile(block.source).href, block]));
  await mkdir(DIAGRAMS_DIR, { recursive: true });
  const toDraw = [...wanted.values()].filter((block) => all || !existsSync(diagramFile(block.source)));
  if (toDraw.length > 0) {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ path: MERMAID });
      await page.evaluate((config) => {
        (globalThis as unknown as MermaidGlobal).mermaid.initialize(config);
      }, MERMAID_CONFIG);
      for (const block of toDraw) {
        const file = diagramFile(block.source);
        const id = `diagram-${basename(file.pathname, '.svg')}`;
        const svg = await page.evaluate(
          async ([id, source]) =>
            (await (globalThis as unknown as MermaidGlobal).mermaid.render(id, source)).svg,
          [id, block.source] as const,
        );
        await writeFile(file, `${withMinWidth(svg)}\n`);
        console.log(`drew ${basename(file.pathname)} (${block.file})`);
      }
    } finally {
      await browser.close();
    }
  }
  for (const name of await readdir(DIAGRAMS_DIR)) {
    const file = new URL(name, DIAGRAMS_DIR);
    if (name.endsWith('.svg') && !wanted.has(file.href)) {
      await rm(file);
      console.log(`removed ${name}, no longer used`);
    }
  }
}

/** A drawing that shrinks to the column no narrower than {@link MIN_WIDTH} (Mermaid caps it at its own width). */
function withMinWidth(svg: string): string {
  const start = /^<svg [^>]*style="max-width: ([\d.]+)px;/.exec(svg);
  if (!start) throw new Error('Mermaid drew an SVG without its max-width style: update withMinWidth');
  const width = Math.min(Number(start[1]), MIN_WIDTH);
  return `${start[0]} min-width: ${width}px;${svg.slice(start[0].length)}`;
}

/** The Mermaid blocks of everything typedoc renders: its readme, its project documents and the packages' sources. */
async function siteBlocks(): Promise<Block[]> {
  const options = JSON.parse(await readFile(join(ROOT, 'typedoc.json'), 'utf8')) as {
    readme?: string;
    projectDocuments?: string[];
  };
  const markdown = [options.readme ?? 'README.md', ...(options.projectDocuments ?? [])];
  const blocks: Block[] = [];
  for (const file of markdown) {
    blocks.push(...mermaidBlocks(file, await readFile(join(ROOT, file), 'utf8')));
  }
  for (const dir of await readdir(join(ROOT, 'packages'))) {
    const src = join(ROOT, 'packages', dir, 'src');
    if (!existsSync(src)) continue;
    for (const name of await readdir(src, { recursive: true })) {
      if (!name.endsWith('.ts')) continue;
      const text = await readFile(join(src, name), 'utf8');
      // Doc comments: the text typedoc reads, without each line's leading `*`.
      if (text.includes('```mermaid')) {
        const comment = text.replace(/^\s*\* ?/gm, '');
        blocks.push(...mermaidBlocks(`packages/${dir}/src/${name}`, comment));
      }
    }
  }
  return blocks;
}

/** The ```mermaid fenced blocks of a Markdown text. */
function mermaidBlocks(file: string, markdown: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (lines === undefined) {
      if (line.trim() === '```mermaid') lines = [];
    } else if (line.trim().startsWith('```')) {
      blocks.push({ file, source: lines.join('\n') });
      lines = undefined;
    } else {
      lines.push(line);
    }
  }
  return blocks;
}
