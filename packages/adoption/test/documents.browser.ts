// The printable documents as a council prints them: Debian's Chromium lays each out on A4 and prints it to PDF, and
// the PDF is read back (pdfjs-dist) for its pages and text. What must be there comes from the same functions the
// documents are made of (the list of services), so a change of the catalogue needs no change here.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/browser.js';
import SONYACHNE from '../examples/sonyachne-cnap.json' with { type: 'json' };
import {
  applicationJournalHtml,
  cardsDocument,
  DIIA_CENTRE,
  diiaCentreSelfAssessmentHtml,
  parseCnapProfile,
  servicesToAgree,
  servicesToAgreeHtml,
  transferRegisterHtml,
} from '../src/index.js';

const PROFILE = parseCnapProfile(SONYACHNE);
const AS_OF = '2026-12-01';

/** An element as callbacks run in the page see it; the root tsconfig has no DOM types. */
interface PageElement {
  readonly textContent: string | null;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a document from its HTML, refusing any request it would make (no external asset may be needed). */
async function open(html: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) requests.push(request.url());
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests };
}

/** The PDF Chromium prints, read back: its pages and its text without whitespace. */
async function printed(page: Page): Promise<{ pages: number; text: string }> {
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const parts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text: squeeze(parts.join('')) };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '').replaceAll('\u00ad', '');
}

async function emptyCells(page: Page): Promise<number> {
  return page.$$eval(
    'td',
    (cells: PageElement[]) => cells.filter((cell) => (cell.textContent ?? '').trim() === '').length,
  );
}

describe('the cards for the council’s decision, in Chromium', () => {
  for (const model of ['I', 'III'] as const) {
    it(`model ${model}: every service's two cards, no empty field, printed to a PDF that holds them`, async () => {
      const services = servicesToAgree(model, PROFILE, { asOf: AS_OF }).services;
      const { page, requests } = await open(cardsDocument(model, PROFILE, { asOf: AS_OF }));
      for (const service of services) {
        await expect(
          page.locator(`section.vikno-information-card[data-service="${service.serviceId}"]`).count(),
        ).resolves.toBe(1);
        await expect(
          page
            .locator(`section.vikno-technological-card[data-service="${service.serviceId}"] tbody tr`)
            .count(),
        ).resolves.toBeGreaterThan(2);
      }
      expect(await emptyCells(page)).toBe(0);
      const pdf = await printed(page);
      expect(pdf.pages).toBeGreaterThanOrEqual(1 + 2 * services.length);
      for (const service of services) expect(pdf.text).toContain(squeeze(service.title.uk));
      expect(pdf.text).toContain(squeeze('Технологічна картка адміністративної послуги'));
      expect(pdf.text).toContain(squeeze(PROFILE.address.uk));
      expect(requests).toEqual([]);
      await page.close();
    });
  }
});

describe('the list, the register and the journal, in Chromium', () => {
  it('prints the list of services with no empty field', async () => {
    const { page, requests } = await open(servicesToAgreeHtml('III', PROFILE, { asOf: AS_OF }));
    expect(await emptyCells(page)).toBe(0);
    const pdf = await printed(page);
    expect(pdf.pages).toBeGreaterThan(0);
    expect(pdf.text).toContain(squeeze('Перелік адміністративних послуг соціального характеру'));
    expect(requests).toEqual([]);
    await page.close();
  });

  it('prints a starosta district’s transfer register across the page, with its signatures', async () => {
    const { page } = await open(
      transferRegisterHtml(PROFILE, {
        from: { kind: 'starostaDistrict', id: 'richkove' },
        number: '5/2026',
        date: '2026-12-04',
        entries: [
          {
            registrationNumber: '12',
            registeredOn: '2026-12-02',
            applicant: 'Шевчук Т. В.',
            service: 'idp-certificate',
            sheets: 4,
          },
        ],
      }),
    );
    const pdf = await printed(page);
    expect(pdf.pages).toBeGreaterThan(0);
    expect(pdf.text).toContain(squeeze('Реєстр передавання документів № 5/2026'));
    expect(pdf.text).toContain(squeeze('Шевчук Т. В.'));
    expect(pdf.text).toContain(squeeze('Реєстр передано на зберігання начальнику відділу'));
    await page.close();
  });

  it('prints the Дія.Центр self-assessment with every criterion', async () => {
    const { page, requests } = await open(diiaCentreSelfAssessmentHtml(PROFILE, { date: AS_OF }));
    await expect(page.locator('tr[data-criterion]').count()).resolves.toBe(DIIA_CENTRE.criteria.length);
    const pdf = await printed(page);
    expect(pdf.pages).toBeGreaterThan(0);
    for (const criterion of DIIA_CENTRE.criteria) expect(pdf.text).toContain(squeeze(criterion.text.uk));
    expect(requests).toEqual([]);
    await page.close();
  });

  it('prints a blank journal of applications', async () => {
    const { page } = await open(applicationJournalHtml(PROFILE));
    const pdf = await printed(page);
    expect(pdf.pages).toBeGreaterThan(0);
    expect(pdf.text).toContain(squeeze('Журнал реєстрації заяв'));
    await page.close();
  });
});
