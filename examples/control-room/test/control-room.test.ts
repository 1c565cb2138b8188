// The control room built by Vite and opened in Chromium over the real vendor backend (in-process, PGlite in
// memory, seeded with generated case histories): what the page draws and tabulates must be what the backend's
// report and action list say, the filters must change it, nothing may go wrong in the console, and axe-core must
// find nothing serious.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionList, TimelinessGroup, TimelinessReport } from '@vikno/monitoring';
import { caseKeys } from '@vikno/workflows';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launchChromium, watchPageErrors } from '../../../scripts/browser.js';
import { buildApp } from '../../vendor-backend/src/app.js';
import { developmentAuth } from '../../vendor-backend/src/auth.js';
import { CaseStore } from '../../vendor-backend/src/cases.js';
import { type Database, openDatabase } from '../../vendor-backend/src/db.js';
import { FRONT_OFFICES, OFFICE_NAMES, PROVIDER_OFFICES } from '../../vendor-backend/src/generator.js';
import { seedCases } from '../../vendor-backend/src/seed.js';
import { formatDay } from '../src/text.js';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOT = fileURLToPath(new URL('../../../docs/guides/images/control-room.png', import.meta.url));
/** The backend's clock and the end of the generated histories: a fixed moment, so every run shows the same. */
const NOW = '2026-05-15T12:00:00+03:00';
const PERIOD = { from: '2026-02-16', to: '2026-05-15' };
const COUNT = 3000;
const KEYS = caseKeys({ current: 'room', secrets: { room: 'the control room test key, 32 bytes or more' } });
const axeSource = readFileSync(
  createRequire(new URL('../package.json', import.meta.url)).resolve('axe-core/axe.min.js'),
  'utf8',
);

let outDir: string;
let db: Database;
let app: ReturnType<typeof buildApp>;
let backend: string;
let server: PreviewServer;
let site: string;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  db = await openDatabase();
  const store = new CaseStore(db, 'control-room-test', { keys: KEYS, now: () => new Date(NOW) });
  await seedCases(db, store, { seed: 15, count: COUNT, now: NOW, keys: KEYS });
  app = buildApp(store, { auth: developmentAuth() }); // the page signs in with the development headers
  await app.listen({ port: 0, host: '127.0.0.1' });
  backend = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  outDir = await mkdtemp(join(tmpdir(), 'vikno-control-room-'));
  await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const proxy = { '/reports': backend, '/actions': backend };
  server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, proxy },
  });
  site = server.resolvedUrls?.local[0] ?? '';
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await app?.close();
  await db?.close();
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  problems = watchPageErrors(page);
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
});

afterEach(async () => {
  await page.close();
  expect(problems).toEqual([]);
});

/** The CNAP head, as the page signs in (the headers that stand in for the vendor's authentication). */
const HEAD = {
  'x-vikno-role': 'cnapAdministrator',
  'x-vikno-actor': 'cnap-head',
  'x-vikno-office': 'cnap-central',
};

/** The backend's answer to the CNAP head. */
async function ask<T>(path: string): Promise<T> {
  const response = await fetch(`${backend}${path}`, { headers: { accept: 'application/json', ...HEAD } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The backend's report for a query, as the page would ask for it. */
function report(query: Record<string, string>): Promise<TimelinessReport> {
  return ask(`/reports/timeliness?${new URLSearchParams({ ...PERIOD, ...query })}`);
}

/** Opens the page with filters in its address and waits for its data. */
async function open(query: Record<string, string> = {}): Promise<void> {
  await page.goto(`${site}?${new URLSearchParams({ ...PERIOD, ...query })}`);
  await page.locator('[data-testid="results"][aria-busy="false"][data-loaded]').waitFor();
}

/** Changes a filter and waits for the page to load the data it asked for. */
async function choose(filter: string, value: string): Promise<void> {
  const loaded = await page.getByTestId('results').getAttribute('data-loaded');
  await page.getByTestId(`filter-${filter}`).selectOption(value);
  await page.waitForFunction((before) => {
    const results = document.querySelector('[data-testid="results"]');
    return results?.getAttribute('aria-busy') === 'false' && results.getAttribute('data-loaded') !== before;
  }, loaded);
}

/** A table's body rows as text cells. */
async function tableRows(section: string): Promise<string[][]> {
  return page
    .getByTestId(section)
    .locator('table tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

/** What the page's on-time table must hold for a report: week, group name, on time, late or overdue, share. */
function expectedShares(
  groups: readonly TimelinessGroup[],
  key: 'office' | 'providerOffice',
  kinds: readonly ('transfer' | 'notification' | 'decision')[],
): string[][] {
  return groups
    .filter((group) => typeof group.key[key] === 'string')
    .map((group) => {
      const onTime = kinds.reduce((sum, kind) => sum + group.terms[kind].metOnTime, 0);
      const late = kinds.reduce(
        (sum, kind) => sum + group.terms[kind].metLate + group.terms[kind].overdue,
        0,
      );
      const share =
        onTime + late === 0 ? '—' : (Math.round((1000 * onTime) / (onTime + late)) / 10).toFixed(1);
      return [
        group.key.week ?? '',
        OFFICE_NAMES[group.key[key] as string]?.uk ?? '',
        String(onTime),
        String(late),
        share,
      ];
    });
}

describe('the control room', () => {
  test('charts each office and provider as SVG, with tables holding the numbers of the backend’s report', async () => {
    await open();
    const byOffice = await report({ groupBy: 'week,office' });
    const byProvider = await report({ groupBy: 'week,providerOffice' });
    expect(byOffice.total.received).toBe(COUNT);

    expect(await page.getByTestId('received').locator('strong').textContent()).toBe(String(COUNT));
    expect(await tableRows('by-office')).toEqual(
      expectedShares(byOffice.groups, 'office', ['transfer', 'notification']),
    );
    expect(await tableRows('by-provider')).toEqual(
      expectedShares(byProvider.groups, 'providerOffice', ['decision']),
    );

    const officeChart = page.getByTestId('by-office-chart').locator('svg');
    expect(await officeChart.count()).toBeGreaterThan(0);
    const officeLabels = await officeChart.first().locator('text').allTextContents();
    for (const office of FRONT_OFFICES) expect(officeLabels).toContain(office.name.uk);
    const providerLabels = await page.getByTestId('by-provider-chart').locator('svg text').allTextContents();
    for (const provider of Object.values(PROVIDER_OFFICES))
      expect(providerLabels).toContain(provider.name.uk);

    const stages = byOffice.total.stages;
    const stageRows = await tableRows('stages');
    expect(stageRows.map((row) => row.slice(1))).toEqual(
      Object.values(stages).map((stage) => [
        String(stage.count),
        String(stage.median ?? '—'),
        String(stage.p90 ?? '—'),
      ]),
    );
    expect(await page.getByTestId('stages-chart').locator('svg rect').count()).toBeGreaterThan(0);
  });

  test('filters by office, model, service and period change the data, as the backend counts it', async () => {
    await open();
    const office = FRONT_OFFICES[5]?.id ?? '';
    await choose('office', office);
    const onlyOffice = await report({ groupBy: 'week,office', office });
    expect(await page.getByTestId('received').locator('strong').textContent()).toBe(
      String(onlyOffice.total.received),
    );
    expect(onlyOffice.total.received).toBeLessThan(COUNT);
    const officeRows = await tableRows('by-office');
    expect(new Set(officeRows.map((row) => row[1]))).toEqual(new Set([OFFICE_NAMES[office]?.uk]));
    expect(page.url()).toContain(`office=${office}`);

    await choose('model', 'III');
    const officeAndModel = await report({ groupBy: 'week,office', office, model: 'III' });
    expect(officeAndModel.total.received).toBeLessThan(onlyOffice.total.received);
    expect(await page.getByTestId('received').locator('strong').textContent()).toBe(
      String(officeAndModel.total.received),
    );

    await choose('office', '');
    await choose('model', '');
    await choose('service', 'housing-subsidy');
    const service = await report({ groupBy: 'week,office', service: 'housing-subsidy' });
    expect(await page.getByTestId('received').locator('strong').textContent()).toBe(
      String(service.total.received),
    );
    expect(await tableRows('by-office')).toEqual(
      expectedShares(service.groups, 'office', ['transfer', 'notification']),
    );

    // A service nobody applied for: empty charts and tables, and nothing breaks.
    await choose('service', 'funeral-assistance-uninsured');
    expect(await page.getByTestId('received').locator('strong').textContent()).toBe('0');
    expect(await tableRows('by-office')).toEqual([]);

    await choose('service', '');
    const loaded = await page.getByTestId('results').getAttribute('data-loaded');
    await page.getByTestId('filter-from').fill('2026-04-01');
    await page.getByTestId('filter-from').dispatchEvent('change');
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="results"]')?.getAttribute('data-loaded') !== before,
      loaded,
    );
    await page.locator('[data-testid="results"][aria-busy="false"]').waitFor();
    const april = await report({ groupBy: 'week,office', from: '2026-04-01' });
    // A period that ends before it starts is not asked of the backend (it would refuse it): the page says so.
    await page.getByTestId('filter-to').fill('2026-03-01');
    await page.getByTestId('filter-to').dispatchEvent('change');
    await page.getByTestId('period-reversed').waitFor();
    await page.getByTestId('filter-to').fill(PERIOD.to);
    await page.getByTestId('filter-to').dispatchEvent('change');
    await page.locator('[data-testid="results"][aria-busy="false"] [data-testid="received"]').waitFor();
    expect(april.total.received).toBeLessThan(COUNT);
    expect(await page.getByTestId('received').locator('strong').textContent()).toBe(
      String(april.total.received),
    );
  });

  test('lists the overdue and at-risk cases of every front office with what clears each, as the backend gives them', async () => {
    await open();
    const lists = await Promise.all(
      FRONT_OFFICES.map(async (office) => ({
        office,
        list: await ask<ActionList>(`/actions?${new URLSearchParams({ office: office.id })}`),
      })),
    );
    const expected = lists.flatMap(({ office, list }) =>
      list.actions.map((action) => [
        action.caseId,
        office.name.uk,
        action.model,
        formatDay(action.lastDay, 'uk'),
        action.step.uk,
      ]),
    );
    expect(expected.length).toBeGreaterThan(0);
    const shown = await page
      .getByTestId('action')
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
    const key = (row: readonly (string | undefined)[]) => row.join('|');
    expect(
      shown
        .map((row) => [row[0], row[1], row[3], row[5], row[7]])
        .map(key)
        .sort(),
    ).toEqual(expected.map(key).sort());
    // Most urgent first: every overdue before any due today, before any at risk.
    const urgencies = await page
      .getByTestId('action')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-urgency')));
    const rank = { overdue: 0, dueToday: 1, dueSoon: 2 } as Record<string, number>;
    const ranks = urgencies.map((urgency) => rank[urgency ?? ''] ?? 9);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);

    // One office: only its list.
    const office = FRONT_OFFICES[6]?.id ?? '';
    await choose('office', office);
    const own =
      lists.find((entry) => entry.office.id === office)?.list.actions.map((action) => action.caseId) ?? [];
    expect(
      (
        await page
          .getByTestId('action')
          .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-case-id')))
      ).sort(),
    ).toEqual([...own].sort());
  });

  test('switches to English', async () => {
    await open();
    await page.getByTestId('language').click();
    await page.locator('[data-testid="results"][aria-busy="false"][data-loaded]').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Timeliness of services');
    const labels = await page.getByTestId('by-office-chart').locator('svg text').allTextContents();
    expect(labels).toContain(FRONT_OFFICES[0]?.name.en);
  });

  test('has no serious or critical accessibility findings (axe-core), and is pictured for the guide', async () => {
    await open();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
      ).axe;
      const result = await axe.run(document);
      return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[]).map(
        (violation) => ({
          id: violation.id,
          impact: violation.impact,
          targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        }),
      );
    });
    expect(
      violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'),
    ).toEqual([]);
    // The picture in docs/guides/monitoring.md: written when asked (VIKNO_SCREENSHOTS=1), elsewhere to a scratch file.
    const path = process.env.VIKNO_SCREENSHOTS === '1' ? SCREENSHOT : join(outDir, 'control-room.png');
    await mkdir(join(path, '..'), { recursive: true });
    const picture = await page.screenshot({ path, fullPage: true });
    expect(picture.length).toBeGreaterThan(10_000);
  });
});
