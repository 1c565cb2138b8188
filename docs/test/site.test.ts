// The documentation site as a reader gets it: typedoc builds it into a temporary directory, Debian's Chromium
// opens it from a loopback server, and the guides, the API pages and every internal link must hold up. What the
// pages should say is read from the Markdown and the doc comments they are built from, so editing a guide or a
// comment does not need editing this test.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type StaticServer, serveStatic, watchPageErrors } from '../../scripts/browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Chromium asks every site for its icon; typedoc ships none, so this one missing file is expected. */
const FAVICON = '/favicon.ico';

/** Pages the crawl loads at once: enough to keep Chromium busy, few enough to stay light on a CI runner. */
const CRAWL_TABS = 4;

/** The pages the crawl renders: the top-level pages (index, modules, hierarchy), the guides and the modules. */
const RENDERED = /^\/[^/]+\.html$|^\/(documents|modules)\//;

/** Key functions whose pages must show their doc comment and example, by the package that exports them. */
const KEY_FUNCTIONS = [
  { name: 'computeDeadline', module: '@vikno/deadlines' },
  { name: 'getService', module: '@vikno/catalog' },
  { name: 'buildChecklist', module: '@vikno/checklists' },
  { name: 'createCase', module: '@vikno/workflows' },
  { name: 'run', module: '@vikno/cli' },
];

interface TypedocConfig {
  readonly projectDocuments: readonly string[];
}

/** An element as the callbacks run in the page see it; the root tsconfig has no DOM types. */
interface PageElement {
  readonly id: string;
  getAttribute(name: string): string | null;
}

const GUIDES = await publishedGuides();
const PACKAGES = await packageNames();

let site: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'vikno-site-'));
  await buildSite(site);
  server = await serveStatic(site);
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

describe('the documentation site in Chromium', () => {
  it('opens on the README with every guide in the navigation', async () => {
    const readme = parseMarkdown(await readFile(join(ROOT, 'README.md'), 'utf8'));
    await readerOpens('index.html', async (page) => {
      // One title: the README's own heading, not typedoc's project name above it as well.
      expect((await page.locator('.col-content h1').allInnerTexts()).map(normalize)).toEqual([
        readme.heading,
      ]);
      expect(await text(page.locator('.col-content'))).toContain(readme.firstParagraph);
      for (const guide of GUIDES) await linkTo(page, '#tsd-nav-container', guide.title);
    });
  });

  it('lists every package as a module', async () => {
    expect(PACKAGES).toHaveLength(8);
    await readerOpens('modules.html', async (page) => {
      for (const name of PACKAGES) await linkTo(page, '.col-content', name);
    });
  });

  it('publishes every guide in docs/guides and the models page', async () => {
    const guides = (await readdir(join(ROOT, 'docs/guides')))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `docs/guides/${file}`);
    expect(GUIDES.map((guide) => guide.file).sort()).toEqual([...guides, 'docs/models.md'].sort());
  });

  describe.each(GUIDES)('the guide $file', (guide) => {
    it('renders its headings, text and code', async () => {
      const url = await readerOpens('index.html', (page) => linkTo(page, '#tsd-nav-container', guide.title));
      await readerOpens(url, async (page) => {
        const content = page.locator('.col-content');
        expect(await text(content.locator('h1'))).toBe(guide.heading);
        expect((await content.locator('h2').allInnerTexts()).map(normalize)).toEqual(guide.sections);
        expect(await text(content)).toContain(guide.firstParagraph);
        const code = (await content.locator('pre > code').allInnerTexts()).map(normalize);
        // Mermaid blocks are drawn as diagrams, not shown as code (checked below).
        const listings = guide.codeBlocks.filter((block) => block.language !== 'mermaid');
        expect(code).toEqual(listings.map((block) => normalize(block.code)));
      });
    });
  });

  it('draws each Mermaid diagram of the models page as an SVG naming its states, with no code left', async () => {
    const models = GUIDES.find((guide) => guide.file === 'docs/models.md');
    const diagrams = models?.codeBlocks.filter((block) => block.language === 'mermaid') ?? [];
    expect(diagrams).toHaveLength(3);
    const url = await readerOpens('index.html', (page) =>
      linkTo(page, '#tsd-nav-container', models?.title ?? ''),
    );
    await readerOpens(url, async (page) => {
      const content = page.locator('.col-content');
      expect(await content.locator('code.mermaid').count()).toBe(0);
      expect(await text(content)).not.toContain('stateDiagram-v2');
      const drawn = content.locator('figure svg[aria-roledescription^="stateDiagram"]');
      expect(await drawn.count()).toBe(diagrams.length);
      // Each also at full size (the crawl below checks the link leads to a file).
      expect(await content.locator('figure figcaption a').count()).toBe(diagrams.length);
      for (const [index, diagram] of diagrams.entries()) {
        const svg = drawn.nth(index);
        expect(await svg.isVisible()).toBe(true);
        const box = await svg.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(200);
        expect(box?.height ?? 0).toBeGreaterThan(200);
        const states = stateNames(diagram.code);
        expect(states.length).toBeGreaterThan(5);
        const drawnText = normalize((await svg.textContent()) ?? '');
        for (const state of states)
          expect(drawnText, `state ${state} in diagram ${index + 1}`).toContain(state);
      }
    });
  });

  it('leaves no Mermaid block as code on any page', async () => {
    const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
    const withCode: string[] = [];
    for (const file of pages) {
      if ((await readFile(join(site, file), 'utf8')).includes('<code class="mermaid"')) withCode.push(file);
    }
    expect(withCode).toEqual([]);
  });

  describe.each(PACKAGES)('the API of %s', (name) => {
    it('renders the module page with its doc comment and example', async () => {
      const comment = docComment(
        await readFile(join(packageDir(name), 'src/index.ts'), 'utf8'),
        '@packageDocumentation',
      );
      const url = await mainEntryPage(name, (page) => withoutReadme(page, name));
      await readerOpens(url, async (page) => {
        const title = await text(page.locator('.col-content h1').first());
        expect(title).toMatch(new RegExp(`^Module ${escapeRegExp(name)}\\b`));
        // The package's name alone: no 'v0.0.0' of an unreleased workspace version.
        expect(title).not.toMatch(/\bv\d+\.\d+\.\d+/);
        expect(await text(page.locator('.col-content .tsd-comment p').first())).toBe(comment.summary);
        expect(await text(page.locator('.col-content .tsd-tag-example pre > code').first())).toBe(
          comment.example,
        );
        await withoutReadme(page, name);
      });
    });
  });

  describe.each(KEY_FUNCTIONS)('the function $name of $module', ({ name, module }) => {
    it('renders its signature, doc comment and example', async () => {
      const comment = docComment(await sourceDeclaring(module, name), `export function ${name}(`);
      const moduleUrl = await mainEntryPage(module);
      const url = await readerOpens(moduleUrl, (page) => linkTo(page, '.col-content', name));
      await readerOpens(url, async (page) => {
        expect(await text(page.locator('.col-content h1'))).toBe(`Function ${name}`);
        expect(await text(page.locator('.col-content .tsd-signature').first())).toMatch(
          new RegExp(`^${escapeRegExp(name)}\\(`),
        );
        expect(await text(page.locator('.col-content .tsd-comment p').first())).toBe(comment.summary);
        expect(await text(page.locator('.col-content .tsd-tag-example pre > code').first())).toBe(
          comment.example,
        );
        await definedInLinksToSource(page, module, name);
      });
    });
  });

  it('shows an example on the page of every public function and class', async () => {
    const pages = (await readdir(site, { recursive: true }))
      .map((file) => file.split('\\').join('/'))
      .filter((file) => /^(functions|classes)\/.+\.html$/.test(file));
    expect(pages.length).toBeGreaterThan(60);
    const withoutExample: string[] = [];
    for (const file of pages) {
      const html = await readFile(join(site, file), 'utf8');
      if (!html.includes('class="tsd-anchor-link" id="example"')) withoutExample.push(file);
    }
    expect(withoutExample).toEqual([]);
  });

  it('has every page reachable from the index, and every internal link leads to a page and anchor that exist', async () => {
    const crawl = await crawlSite(new URL('index.html', server.url).href);
    const files = (await readdir(site, { recursive: true }))
      .filter((file) => file.endsWith('.html'))
      .map((file) => `/${file.split('\\').join('/')}`)
      .sort();
    expect.soft(crawl.pages).toEqual(files);
    expect.soft(crawl.consoleErrors).toEqual([]);
    expect.soft(crawl.brokenLinks).toEqual([]);
    expect.soft(missingFiles(server.notFound)).toEqual([]);
  });
});

/**
 * A package's page is concise, from its doc comment: none of the sections of the package's README (for npm and
 * the repository: install, development, building the docs) repeated on the site.
 */
async function withoutReadme(page: Page, name: string): Promise<void> {
  const readme = parseMarkdown(await readFile(join(packageDir(name), 'README.md'), 'utf8'));
  expect(readme.sections.length).toBeGreaterThan(0);
  const headings = (await page.locator('.col-content h2, .col-content h3').allInnerTexts()).map(normalize);
  expect(headings.filter((heading) => readme.sections.includes(heading))).toEqual([]);
  const content = await text(page.locator('.col-content'));
  expect(content).not.toContain(readme.firstParagraph);
  expect(content).not.toMatch(/\bpnpm\b/);
}

/** The repository the package.json files name; "Defined in" links lead to its files on GitHub. */
const REPOSITORY = 'https://github.com/vikno-sdk/vikno';

/**
 * The "Defined in" link of a function's page leads to the line declaring it, in its file on the repository's main
 * branch (or at a commit, when the build is given one with `--gitRevision`); the line is checked in the files the
 * site was built from.
 */
async function definedInLinksToSource(page: Page, module: string, name: string): Promise<void> {
  const link = page.locator('.col-content .tsd-sources a').first();
  expect(await text(page.locator('.col-content .tsd-sources').first())).toMatch(/^Defined in /);
  const href = (await link.getAttribute('href')) ?? '';
  const match = /^(.+)\/blob\/(main|[0-9a-f]{40})\/(packages\/[^#]+\.ts)#L(\d+)$/.exec(href);
  expect(match, `a link to a file and line of ${REPOSITORY}: ${href}`).not.toBeNull();
  const [, repository = '', , path = '', line = ''] = match ?? [];
  expect(repository).toBe(REPOSITORY);
  expect(path.startsWith(`${packageDir(module).slice(ROOT.length)}/src/`)).toBe(true);
  const source = await readFile(join(ROOT, path), 'utf8');
  expect(source.split('\n')[Number(line) - 1]).toContain(`export function ${name}(`);
}

/** Builds the site with the repository's typedoc.json (warnings are errors there) into `out`. */
async function buildSite(out: string): Promise<void> {
  const typedoc = join(ROOT, 'node_modules/typedoc/bin/typedoc');
  try {
    await promisify(execFile)(process.execPath, [typedoc, '--out', out], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`typedoc failed to build the site:\n${stdout}${stderr}`);
  }
}

/**
 * Opens `path` (relative to the site, or absolute) in a new tab, waits for typedoc's script to render the
 * navigation, runs `check`, and fails if the page logged a console error or asked for a file that does not exist.
 */
async function readerOpens<T>(path: string, check: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  const consoleErrors = watchPageErrors(page, [FAVICON]);
  const missingBefore = server.notFound.length;
  try {
    const url = new URL(path, server.url).href;
    const response = await page.goto(url);
    expect(response?.status(), `status of ${url}`).toBe(200);
    await page.locator('#tsd-nav-container a').first().waitFor({ state: 'attached' });
    const result = await check(page);
    expect(consoleErrors, `console errors on ${url}`).toEqual([]);
    expect(missingFiles(server.notFound.slice(missingBefore)), `files requested by ${url}`).toEqual([]);
    return result;
  } finally {
    await page.close();
  }
}

function missingFiles(notFound: readonly string[]): string[] {
  return notFound.filter((path) => path !== FAVICON);
}

/** The absolute URL of the link in `scope` whose whole visible text is `label`; fails if there is none. */
/** Whether a package documents several entry points (its own typedoc.json lists them). */
/**
 * The page of a package's main entry, reached from the list of modules as a reader would. A package with several
 * entry points (@vikno/catalog and @vikno/catalog/lazy; @vikno/monitoring and @vikno/monitoring/xlsx) lists them as
 * modules named by their import specifiers, and its main entry's page holds the package's doc comment and exports;
 * `onPackagePage` checks that list's page on the way.
 */
async function mainEntryPage(name: string, onPackagePage?: (page: Page) => Promise<void>): Promise<string> {
  const url = await readerOpens('modules.html', (page) => linkTo(page, '.col-content', name));
  if (!(await entryPoints(name))) return url;
  return readerOpens(url, async (page) => {
    await onPackagePage?.(page);
    return linkTo(page, '.col-content .tsd-member-summary', name);
  });
}

async function entryPoints(name: string): Promise<boolean> {
  try {
    const options = JSON.parse(await readFile(join(packageDir(name), 'typedoc.json'), 'utf8'));
    return Array.isArray(options.entryPoints) && options.entryPoints.length > 1;
  } catch {
    return false;
  }
}

async function linkTo(page: Page, scope: string, label: string): Promise<string> {
  const links = page
    .locator(`${scope} a`)
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) });
  expect(await links.count(), `links "${label}" in ${scope} of ${page.url()}`).toBeGreaterThan(0);
  return new URL((await links.first().getAttribute('href')) ?? '', page.url()).href;
}

/** The text as rendered (line breaks of highlighted code, no hidden elements), whitespace collapsed. */
async function text(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
  return normalize(await locator.innerText());
}

interface Crawl {
  /** Every page reached, as a sorted list of paths. */
  readonly pages: string[];
  /** `page: href → what is wrong`, one per broken link on a page. */
  readonly brokenLinks: string[];
  readonly consoleErrors: string[];
}

/** What the crawl learned of one path: its HTTP status and, for a page, the ids and names a fragment can name. */
interface Visited {
  readonly status: number;
  readonly anchors: ReadonlySet<string>;
}

/**
 * Visits every same-origin page reachable from `start` and checks each link's target and fragment against what
 * the pages held. The top-level pages, the guides and the module pages are opened and rendered, so the links of
 * typedoc's navigation (drawn by script from assets/navigation.js, the same on every page) are followed from the
 * site's root and from its folders. Rendering all ~280 pages took 80 s on a busy two-core machine, so the
 * other pages are fetched and parsed by Chromium without rendering: their own links and anchors are all in their
 * HTML. Targets that are not pages are fetched.
 */
async function crawlSite(start: string): Promise<Crawl> {
  const origin = new URL(start).origin;
  const visited = new Map<string, Visited>();
  const links = new Map<string, { from: string; href: string; target: URL }>();
  const seen = new Set([pagePath(start)]);

  const visit = async (tab: Page, path: string): Promise<string[]> => {
    let status: number;
    let found: LinksAndAnchors = { hrefs: [], anchors: [] };
    if (RENDERED.test(path)) {
      status = (await tab.goto(origin + path))?.status() ?? 0;
      if (status === 200) {
        await tab.locator('#tsd-nav-container a').first().waitFor({ state: 'attached' });
        found = await tab.evaluate(linksAndAnchors, null);
      }
    } else {
      const response = await fetch(origin + path);
      status = response.status;
      if (status === 200 && isPage(path)) found = await tab.evaluate(linksAndAnchors, await response.text());
    }
    visited.set(path, { status, anchors: new Set(found.anchors) });
    const next: string[] = [];
    for (const href of found.hrefs) {
      const target = new URL(href, origin + path);
      if (target.origin !== origin) continue;
      links.set(`${path} ${href}`, { from: path, href, target });
      const targetPath = pagePath(target.href);
      if (!seen.has(targetPath)) {
        seen.add(targetPath);
        next.push(targetPath);
      }
    }
    return next;
  };

  const tabs = await Promise.all(Array.from({ length: CRAWL_TABS }, () => context.newPage()));
  const consoleErrors = tabs.map((tab) => watchPageErrors(tab, [FAVICON]));
  try {
    for (let frontier = [pagePath(start)]; frontier.length > 0; ) {
      const queue = frontier;
      frontier = [];
      await Promise.all(
        tabs.map(async (tab) => {
          for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
            frontier.push(...(await visit(tab, path)));
          }
        }),
      );
    }
  } finally {
    await Promise.all(tabs.map((tab) => tab.close()));
  }

  const brokenLinks = [...links.values()].flatMap(({ from, href, target }) => {
    const problem = linkProblem(target, visited.get(pagePath(target.href)));
    return problem ? [`${from}: ${href} → ${problem}`] : [];
  });
  const pages = [...visited.entries()].filter(([path, { status }]) => status === 200 && isPage(path));
  return {
    pages: pages.map(([path]) => path).sort(),
    brokenLinks: brokenLinks.sort(),
    consoleErrors: consoleErrors.flat(),
  };
}

interface LinksAndAnchors {
  readonly hrefs: string[];
  readonly anchors: string[];
}

/** The DOM as the function below uses it in Chromium; the root tsconfig has no DOM types. */
interface BrowserGlobals {
  readonly document: ParsedDocument;
  readonly DOMParser: new () => { parseFromString(html: string, type: 'text/html'): ParsedDocument };
}

interface ParsedDocument {
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

/**
 * Runs in Chromium: the links and the fragment targets (ids, and names of anchors) of the rendered page, or of
 * `html` parsed without running its scripts.
 */
function linksAndAnchors(html: string | null): LinksAndAnchors {
  const browser = globalThis as unknown as BrowserGlobals;
  const root = html === null ? browser.document : new browser.DOMParser().parseFromString(html, 'text/html');
  const all = (selector: string) => Array.from(root.querySelectorAll(selector));
  return {
    hrefs: all('a[href]').map((element) => element.getAttribute('href') ?? ''),
    anchors: all('[id], a[name]')
      .flatMap((element) => [element.id, element.getAttribute('name') ?? ''])
      .filter(Boolean),
  };
}

function linkProblem(target: URL, visited: Visited | undefined): string | undefined {
  if (!visited) return 'never visited';
  if (visited.status !== 200) return `HTTP ${visited.status}`;
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && isPage(target.pathname) && !visited.anchors.has(fragment)) {
    return `no element with id or name "${fragment}"`;
  }
  return undefined;
}

/** A URL's path on the server, without query or fragment; a directory stands for its index.html. */
function pagePath(url: string): string {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

function isPage(path: string): boolean {
  return path.endsWith('.html');
}

interface Guide {
  /** The Markdown file, relative to the repository. */
  readonly file: string;
  /** The front-matter title: the guide's name in the navigation. */
  readonly title: string;
  readonly heading: string;
  readonly sections: readonly string[];
  readonly firstParagraph: string;
  readonly codeBlocks: readonly { language: string; code: string }[];
}

async function publishedGuides(): Promise<Guide[]> {
  const { projectDocuments } = JSON.parse(
    await readFile(join(ROOT, 'typedoc.json'), 'utf8'),
  ) as TypedocConfig;
  return Promise.all(
    projectDocuments.map(async (file) => ({
      file,
      ...parseMarkdown(await readFile(join(ROOT, file), 'utf8')),
    })),
  );
}

/** What a reader must see of a Markdown file: its title, headings, first paragraph and code, as plain text. */
function parseMarkdown(markdown: string): Omit<Guide, 'file'> {
  const lines = markdown.split('\n');
  let title = '';
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    const titleLine = lines.slice(1, end).find((line) => line.startsWith('title:'));
    title = titleLine?.slice('title:'.length).trim() ?? '';
    lines.splice(0, end + 1);
  }
  let heading = '';
  const sections: string[] = [];
  const paragraph: string[] = [];
  let paragraphEnded = false;
  const codeBlocks: { language: string; code: string }[] = [];
  let fence: { language: string; lines: string[] } | undefined;
  for (const line of lines) {
    if (fence && line.startsWith('```')) {
      codeBlocks.push({ language: fence.language, code: fence.lines.join('\n') });
      fence = undefined;
    } else if (fence) {
      fence.lines.push(line);
    } else if (line.startsWith('```')) {
      fence = { language: line.slice(3).trim(), lines: [] };
    } else if (line.startsWith('# ')) {
      heading = plainText(line.slice(2));
    } else if (line.startsWith('## ')) {
      sections.push(plainText(line.slice(3)));
    } else if (line.trim() === '' || line.startsWith('#') || line.startsWith('|')) {
      paragraphEnded ||= paragraph.length > 0;
    } else if (heading && !paragraphEnded) {
      paragraph.push(line);
    }
  }
  return {
    title: title || heading,
    heading,
    sections,
    firstParagraph: plainText(paragraph.join('\n')),
    codeBlocks,
  };
}

/**
 * The summary paragraph and the first example of a doc comment: the one that holds `marker`
 * (`@packageDocumentation`), or the one right before it (a declaration).
 */
function docComment(source: string, marker: string): { summary: string; example: string } {
  const at = source.indexOf(marker);
  expect(at, `${marker} in the source`).toBeGreaterThanOrEqual(0);
  const start = source.lastIndexOf('/**', at);
  const end = source.indexOf('*/', start);
  if (at > end) expect(source.slice(end + 2, at).trim(), `a doc comment right before ${marker}`).toBe('');
  const lines = source
    .slice(start + 3, end)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''));
  expect(lines, `an @example in the doc comment of ${marker}`).toContain('@example');
  const summaryEnd = lines.findIndex((line, index) => index > 0 && line.trim() === '');
  const example = lines.slice(lines.indexOf('@example'));
  const open = example.findIndex((line) => line.startsWith('```'));
  const close = example.findIndex((line, index) => index > open && line.startsWith('```'));
  return {
    summary: plainText(lines.slice(0, summaryEnd).join('\n')),
    example: normalize(example.slice(open + 1, close).join('\n')),
  };
}

/** Markdown and TSDoc inline syntax reduced to the text a browser shows. */
function plainText(markdown: string): string {
  return normalize(
    markdown
      .replace(
        /\{@link\s+([^}|]+?)(?:\s*\|\s*([^}]+?))?\s*\}/g,
        (_, target: string, label?: string) => label ?? target,
      )
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*[-*] /gm, '')
      .replace(/\*\*|`/g, ''),
  );
}

/** The labels of the states a Mermaid state diagram declares (`state "label" as id`). */
function stateNames(diagram: string): string[] {
  return [...diagram.matchAll(/^\s*state "([^"]+)" as /gm)].map((match) => match[1] ?? '');
}

function normalize(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function packageNames(): Promise<string[]> {
  const directories = await readdir(join(ROOT, 'packages'), { withFileTypes: true });
  const names = await Promise.all(
    directories
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => {
        const manifest = JSON.parse(
          await readFile(join(ROOT, 'packages', entry.name, 'package.json'), 'utf8'),
        );
        return (manifest as { name: string }).name;
      }),
  );
  return names.sort();
}

function packageDir(name: string): string {
  return join(ROOT, 'packages', name.replace(/^@vikno\//, ''));
}

/** The source file of a package that declares `export function name(`. */
async function sourceDeclaring(module: string, name: string): Promise<string> {
  const src = join(packageDir(module), 'src');
  const files = (await readdir(src, { recursive: true })).filter((file) => file.endsWith('.ts'));
  for (const file of files) {
    const source = await readFile(join(src, file), 'utf8');
    if (source.includes(`export function ${name}(`)) return source;
  }
  throw new Error(`no file in ${src} declares export function ${name}(`);
}
