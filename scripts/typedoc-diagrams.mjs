// A typedoc plugin (typedoc.json's `plugin`): every ```mermaid block of the site's Markdown (the README, the
// guides, doc comments) is shown as the SVG that `pnpm docs:diagrams` drew from it with Mermaid in Chromium, kept
// in docs/diagrams/ under a hash of the block's text, and linked at full size (copied to the site's diagrams/).
// The site needs no script and the docs build no browser; a block whose drawing is missing or stale (its text
// changed since) fails the build with the command to run.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MarkdownEvent, RendererEvent } from 'typedoc';

/** Where the drawn diagrams live, one SVG per distinct Mermaid block. */
export const DIAGRAMS_DIR = new URL('../docs/diagrams/', import.meta.url);

/**
 * The file holding the drawing of a Mermaid block, named by a hash of its text (surrounding whitespace aside), so
 * any edit of the block asks for a new drawing.
 *
 * @param {string} source the Mermaid text, without the fence
 * @returns {URL}
 */
export function diagramFile(source) {
  const hash = createHash('sha256').update(source.trim()).digest('hex').slice(0, 16);
  return new URL(`${hash}.svg`, DIAGRAMS_DIR);
}

/** A Mermaid block as typedoc's Markdown renders it (the language is in typedoc.json's ignoredHighlightLanguages). */
const MERMAID_BLOCK = /<pre><code class="mermaid">([^<]*)<\/code>(?:<button[^>]*>[^<]*<\/button>)?<\/pre>/g;

/** The drawings' folder in the site. */
const SITE_DIR = 'diagrams';

/** A light ground, so Mermaid's dark lines and text stay readable in the dark theme; wide drawings scroll. */
const FIGURE_STYLE =
  'margin: 1em 0; padding: 1em; background: #fff; color: #333; border-radius: 0.5em; overflow-x: auto';

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/** @param {string} html */
function unescapeHtml(html) {
  return html.replace(
    /&(?:lt|gt|amp|quot|#39);/g,
    (entity) => ENTITIES[/** @type {keyof ENTITIES} */ (entity)],
  );
}

/**
 * Registers the plugin: after typedoc has turned Markdown into HTML (a lower priority than its own parser), each
 * Mermaid code block is replaced by its drawing; once the site is written, the drawings shown are copied into it.
 *
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  /** @type {Set<string>} the drawings shown, by file name */
  const shown = new Set();
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      event.parsedText = event.parsedText.replace(MERMAID_BLOCK, (block, code) => {
        const file = diagramFile(unescapeHtml(code));
        const name = basename(fileURLToPath(file));
        if (!existsSync(file)) {
          app.logger.error(
            `A Mermaid diagram on the page ${event.page.url} has no drawing (docs/diagrams/${name}), or its text ` +
              'changed since it was drawn: run `pnpm docs:diagrams`.',
          );
          return block;
        }
        shown.add(name);
        const root = '../'.repeat(event.page.url.split('/').length - 1);
        return (
          `<figure class="vikno-diagram" style="${FIGURE_STYLE}">${readFileSync(file, 'utf8')}` +
          `<figcaption><a href="${root}${SITE_DIR}/${name}">The diagram at full size</a></figcaption></figure>`
        );
      });
    },
    -100,
  );
  app.renderer.on(RendererEvent.END, (event) => {
    if (shown.size === 0) return;
    mkdirSync(join(event.outputDirectory, SITE_DIR), { recursive: true });
    for (const name of shown)
      copyFileSync(new URL(name, DIAGRAMS_DIR), join(event.outputDirectory, SITE_DIR, name));
  });
}
