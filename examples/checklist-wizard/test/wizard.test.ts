// The wizard built by Vite and driven in Chromium like an applicant would: what the page asks and shows must be
// exactly what @vikno/checklists answers in Node for the same facts, no line dropped and none invented.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findServices, getService, searchServices } from '@vikno/catalog';
import {
  type ApplicantFacts,
  buildChecklist,
  type Checklist,
  ChecklistError,
  type FactName,
  questionsFor,
} from '@vikno/checklists';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launchChromium, type StaticServer, serveStatic, watchPageErrors } from '../../../scripts/browser.js';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

const WIZARD_ROOT = fileURLToPath(new URL('..', import.meta.url));

let outDir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
/** Console errors, uncaught exceptions and failed requests of the current test's page. */
let problems: string[];

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'vikno-checklist-wizard-'));
  await build({ root: WIZARD_ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  server = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await browser.newPage();
  problems = watchPageErrors(page);
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(server.url);
});

afterEach(async () => {
  await page.close();
  expect(problems).toEqual([]);
  expect(server.notFound).toEqual([]);
});

/** The facts of the questions asked so far, with the case's answers. */
function factsOf(asked: readonly FactName[], answers: ApplicantFacts): ApplicantFacts {
  return Object.fromEntries(asked.map((fact) => [fact, answers[fact]])) as ApplicantFacts;
}

async function pick(query: string, serviceId: string): Promise<void> {
  await page.getByTestId('search').fill(query);
  await page.locator(`[data-testid="service"][data-service-id="${serviceId}"]`).click();
}

/** Answers the question on the page with the case's value for it, by button or number field. */
async function answer(fact: FactName, answers: ApplicantFacts): Promise<void> {
  const value = answers[fact];
  if (value === undefined) throw new Error(`The page asked ${fact}, which this case does not answer`);
  if (typeof value === 'number') {
    await page.getByTestId('number').fill(String(value));
    await page.getByTestId('next').click();
  } else {
    await page.locator(`[data-testid="answer"][data-value="${String(value)}"]`).click();
  }
}

/**
 * Answers every question the page asks, checking each is the one `questionsFor` asks next in Node, with its
 * Ukrainian text and answers. Returns the facts asked.
 */
async function answerAll(serviceId: string, answers: ApplicantFacts): Promise<ApplicantFacts> {
  const asked: FactName[] = [];
  for (;;) {
    const next = questionsFor(serviceId, factsOf(asked, answers))[0];
    if (next === undefined) break;
    const question = page.getByTestId('question');
    expect(await question.getAttribute('data-fact')).toBe(next.fact);
    expect(await page.getByTestId('question-text').textContent()).toBe(next.question.uk);
    expect(await page.getByTestId('answer').allTextContents()).toEqual(next.answers.map((a) => a.label.uk));
    await answer(next.fact, answers);
    asked.push(next.fact);
  }
  await page.getByTestId('checklist').waitFor();
  expect(await page.getByTestId('question').count()).toBe(0);
  return factsOf(asked, answers);
}

/** The checklist as the page shows it. */
async function shownChecklist() {
  const items = await page.getByTestId('item').all();
  const notDemanded = await page.getByTestId('not-demanded').all();
  return {
    items: await Promise.all(
      items.map(async (item) => ({
        id: await item.getAttribute('data-id'),
        form: await item.getAttribute('data-form'),
        documents: await item.getByTestId('document').allTextContents(),
        reasons: await item.getByTestId('reason').allTextContents(),
        links: await Promise.all((await item.locator('a').all()).map((link) => link.getAttribute('href'))),
        sources: await item.getByTestId('source').count(),
        unverified: await item.getByTestId('unverified').count(),
      })),
    ),
    notDemanded: await Promise.all(
      notDemanded.map(async (item) => ({
        id: await item.getAttribute('data-id'),
        register: await item.getAttribute('data-register'),
        documents: await item.getByTestId('document').allTextContents(),
        why: await item.getByTestId('why').textContent(),
        sources: await item.getByTestId('source').count(),
      })),
    ),
    undetermined: await page.getByTestId('undetermined').count(),
  };
}

/** The same view of a checklist built in Node. */
function expectedChecklist(checklist: Checklist) {
  return {
    items: checklist.items.map((item) => ({
      id: item.id,
      form: item.form,
      documents: item.documents.map((document) => document.name.uk),
      reasons: item.reasons.map((reason) => reason.uk),
      links: item.basis.flatMap((source) => (source.url === undefined ? [] : [source.url])),
      sources: item.basis.length,
      unverified: item.basis.filter((source) => !source.verified).length,
    })),
    notDemanded: checklist.notDemanded.map((item) => ({
      id: item.id,
      register: item.register.id,
      documents: item.documents.map((document) => document.name.uk),
      why: item.why.uk,
      sources: item.basis.length,
    })),
    undetermined: 0,
  };
}

describe('choosing a service', () => {
  test('lists the social services, and finds services as searchServices ranks them', async () => {
    const social = findServices({ social: true });
    const listed = page.getByTestId('service');
    expect(await listed.allTextContents()).toEqual(social.map((service) => service.name.value.uk));

    await page.getByTestId('search').fill('субсидії на ЖКП');
    const hits = searchServices('субсидії на ЖКП').map((hit) => hit.service);
    expect(hits[0]?.id).toBe('housing-subsidy');
    expect(await listed.allTextContents()).toEqual(hits.map((service) => service.name.value.uk));
  });

  test('the language switch names the services in English', async () => {
    await page.getByTestId('language').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByTestId('search').fill('subsidy');
    const names = await page.getByTestId('service').allTextContents();
    expect(names).toContain(getService('housing-subsidy').name.value.en);
    expect(names).toEqual(searchServices('subsidy').map((hit) => hit.service.name.value.en));
  });
});

describe('the interview and the checklist', () => {
  // Each case answers whatever the rule in force today may ask; the page must ask exactly what questionsFor asks.
  const cases: ReadonlyArray<{
    name: string;
    query: string;
    serviceId: string;
    answers: ApplicantFacts;
  }> = [
    {
      name: 'a displaced family renting its home asks for a housing subsidy',
      query: 'субсидія',
      serviceId: 'housing-subsidy',
      answers: { idp: true, incomeOutsideRegisters: false, rentsHousing: true },
    },
    {
      name: 'a family with alimony income, not displaced, asks for a housing subsidy',
      query: 'субсидія',
      serviceId: 'housing-subsidy',
      answers: { idp: false, incomeOutsideRegisters: true, rentsHousing: false },
    },
    {
      name: 'a displaced child of 4 without a disability gets the living allowance',
      query: 'допомога на проживання ВПО',
      serviceId: 'idp-living-allowance',
      answers: { age: 4, disability: false },
    },
    {
      name: 'a guardian of a child born in Ukraine asks for birth assistance',
      query: 'допомога при народженні дитини',
      serviceId: 'birth-assistance',
      answers: { childBornAbroad: false, guardian: true, idp: false, applicationForm: 'paper' },
    },
  ];

  test.for(cases)('$name', async ({ query, serviceId, answers }) => {
    await pick(query, serviceId);
    const facts = await answerAll(serviceId, answers);
    const expected = buildChecklist(serviceId, facts);
    expect(expected.items.length).toBeGreaterThan(0);
    expect(await shownChecklist()).toEqual(expectedChecklist(expected));
  });

  test('going back undoes the last answer, and a different answer changes the checklist', async () => {
    await pick('субсидія', 'housing-subsidy');
    const displaced = await answerAll('housing-subsidy', {
      idp: true,
      incomeOutsideRegisters: false,
      rentsHousing: false,
    });
    expect((await shownChecklist()).items.map((item) => item.id)).toContain('idp-certificate');

    for (const fact of ['rentsHousing', 'incomeOutsideRegisters', 'idp'] as const) {
      await page.getByTestId('back').click();
      expect(await page.getByTestId('question').getAttribute('data-fact')).toBe(fact);
    }
    const notDisplaced = await answerAll('housing-subsidy', { ...displaced, idp: false });
    const shown = await shownChecklist();
    expect(shown.items.map((item) => item.id)).not.toContain('idp-certificate');
    expect(shown).toEqual(expectedChecklist(buildChecklist('housing-subsidy', notDisplaced)));

    await page.getByTestId('restart').click();
    await page.getByTestId('search').waitFor();
  });

  test('Back on the first question returns to the services', async () => {
    await pick('субсидія', 'housing-subsidy');
    await page.getByTestId('question').waitFor();
    await page.getByTestId('back').click();
    expect(await page.getByTestId('search').count()).toBe(1);
    expect(await page.getByTestId('question').count()).toBe(0);
  });
});

describe('errors', () => {
  test('an age out of range shows the ChecklistError in Ukrainian and English, and the question stays', async () => {
    const error = (() => {
      try {
        questionsFor('idp-living-allowance', { age: 200 });
      } catch (thrown) {
        if (thrown instanceof ChecklistError) return thrown;
      }
      throw new Error('questionsFor accepted an age of 200');
    })();
    expect(error.code).toBe('INVALID_FACTS');

    await pick('ВПО', 'idp-living-allowance');
    await page.getByTestId('number').fill('200');
    await page.getByTestId('next').click();
    const shown = page.getByTestId('error');
    expect(await shown.getAttribute('data-code')).toBe('INVALID_FACTS');
    expect(await shown.getByTestId('error-uk').textContent()).toBe(error.uk);
    expect(await shown.getByTestId('error-en').textContent()).toBe(error.en);
    expect(await shown.getByTestId('error-issue').allTextContents()).toEqual(
      error.issues.map((issue) => `${issue.path}: ${issue.uk} / ${issue.en}`),
    );
    expect(await page.getByTestId('question').getAttribute('data-fact')).toBe('age');

    await page.getByTestId('number').fill('30');
    await page.getByTestId('next').click();
    expect(await page.getByTestId('question').getAttribute('data-fact')).toBe('disability');
    expect(await page.getByTestId('error').count()).toBe(0);
  });
});
