// The screenshots of docs/guides/adoption.md: the example hromada's printed documents, laid out by Debian's Chromium
// as for print (A4), the first page of each saved as PNG in docs/guides/images/. Rerun after a change of the
// documents or of the catalogue:
//
//   pnpm exec tsx --conditions=@vikno/source packages/adoption/scripts/guide-screenshots.ts
//
// It also prints what the guide quotes: the advice, the plan's size and dates, the cards' pages and render times.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launchChromium } from '../../../scripts/browser.js';
import {
  adoptionPlan,
  adviseModel,
  cardsDocument,
  parseCnapProfile,
  planChecklistHtml,
  servicesToAgree,
  transferRegisterHtml,
} from '../src/index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const cnap = parseCnapProfile(read('../examples/sonyachne-cnap.json'));
const hromada = read('../examples/sonyachne-hromada.json');
const AS_OF = '2026-12-01';

const advice = adviseModel(hromada);
const model = advice.ranking[0].model;
const plan = adoptionPlan(model, cnap, { start: AS_OF });
const services = servicesToAgree(model, cnap, { asOf: AS_OF }).services;
const started = performance.now();
const cards = cardsDocument(model, cnap, { asOf: AS_OF });
const built = performance.now() - started;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 1 });
  await page.emulateMedia({ media: 'print' });

  /** A page's worth of a document from its HTML (from an element, if named), laid out for print. */
  async function shoot(html: string, name: string, options: { landscape?: boolean; from?: string } = {}) {
    await page.setViewportSize(
      options.landscape ? { width: 1123, height: 794 } : { width: 794, height: 1123 },
    );
    await page.setContent(html, { waitUntil: 'load' });
    const box =
      options.from === undefined ? undefined : await page.locator(options.from).first().boundingBox();
    const size = page.viewportSize() ?? { width: 794, height: 1123 };
    await page.screenshot({
      path: `${ROOT}docs/guides/images/${name}`,
      fullPage: true,
      clip: { x: 0, y: box?.y ?? 0, width: size.width, height: size.height },
    });
  }

  const timing = performance.now();
  await page.setContent(cards, { waitUntil: 'load' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const printedIn = performance.now() - timing;
  const pages = (await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise).numPages;

  await shoot(cards, 'adoption-cards-cover.png');
  await shoot(cards, 'adoption-information-card.png', { from: 'section.vikno-information-card' });
  await shoot(cards, 'adoption-technological-card.png', { from: 'section.vikno-technological-card' });
  await shoot(planChecklistHtml(plan), 'adoption-plan.png', { landscape: true });
  await shoot(
    transferRegisterHtml(cnap, { from: { kind: 'starostaDistrict', id: 'lisove' } }),
    'adoption-transfer-register.png',
    { landscape: true },
  );

  console.log(
    JSON.stringify(
      {
        ranking: advice.ranking.map((entry) => entry.model),
        questions: advice.questions.map((question) => question.factor),
        plan: { model, steps: plan.steps.length, start: plan.start, end: plan.end },
        services: services.length,
        cards: { bytes: cards.length, pages, builtMs: Math.round(built), printedMs: Math.round(printedIn) },
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
}
