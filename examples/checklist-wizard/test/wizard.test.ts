// The wizard built by Vite and driven in Chromium like an applicant would: what the page asks and shows must be
// exactly what @vikno/checklists answers in Node for the same facts, no line dropped and none invented; someone
// on a keyboard or a screen reader is told each new question and lands on it, and axe-core finds nothing serious.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findServices,
  getService,
  LIFE_SITUATION_LABELS,
  type LifeSituation,
  searchServices,
} from '@vikno/catalog';
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
const axeSource = readFileSync(
  createRequire(new URL('../package.json', import.meta.url)).resolve('axe-core/axe.min.js'),
  'utf8',
);

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
  await page.locator(`[data-testid="service"][data-service-id="${serviceId}"]`).first().click();
}

/** The test id of the element that has the focus; the root tsconfig has no DOM types, so the page is typed here. */
function focusedTestId(): Promise<string | null | undefined> {
  return page.evaluate(() => {
    type Focused = { activeElement: { getAttribute: (name: string) => string | null } | null };
    return (globalThis as unknown as { document: Focused }).document.activeElement?.getAttribute(
      'data-testid',
    );
  });
}

/** How many questions `questionsFor` still asks after the facts `asked`. */
function remaining(serviceId: string, asked: readonly FactName[], answers: ApplicantFacts): number {
  return questionsFor(serviceId, factsOf(asked, answers)).length;
}

/**
 * The question on the page is shown as "Питання n з total", holds the focus, and the live region announces it, so
 * a screen reader says the new question without the user looking for it.
 */
async function expectAnnounced(question: string, n: number, total: number): Promise<void> {
  const progress = `Питання ${n} з ${total}`;
  expect(await page.getByTestId('progress').textContent()).toBe(progress);
  expect(await focusedTestId()).toBe('question-text');
  const live = page.getByTestId('announcer');
  expect(await live.getAttribute('aria-live')).toBe('polite');
  expect(await live.textContent()).toBe(`${progress}. ${question}`);
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
    await expectAnnounced(
      next.question.uk,
      asked.length + 1,
      asked.length + remaining(serviceId, asked, answers),
    );
    if (next.kind === 'number') {
      // Named by its question, so a screen reader reads the question on the field, not the range.
      expect(await page.getByRole('spinbutton', { name: next.question.uk, exact: true }).count()).toBe(1);
    }
    await answer(next.fact, answers);
    asked.push(next.fact);
  }
  await page.getByTestId('checklist').waitFor();
  expect(await page.getByTestId('question').count()).toBe(0);
  expect(await focusedTestId()).toBe('checklist-title');
  expect(await page.getByTestId('announcer').textContent()).toBe(
    `${getService(serviceId).name.value.uk}: що взяти з собою`,
  );
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
        sources: await item.getByTestId('source-ref').allTextContents(),
      })),
    ),
    notDemanded: await Promise.all(
      notDemanded.map(async (item) => ({
        id: await item.getAttribute('data-id'),
        register: await item.getAttribute('data-register'),
        documents: await item.getByTestId('document').allTextContents(),
        why: await item.getByTestId('why').textContent(),
        sources: await item.getByTestId('source-ref').allTextContents(),
      })),
    ),
    undetermined: await page.getByTestId('undetermined').count(),
    asOf: await page.getByTestId('as-of').textContent(),
    sourceList: await Promise.all(
      (await page.getByTestId('source').all()).map(async (source) => ({
        link: (await source.locator('a').count()) > 0 ? await source.locator('a').getAttribute('href') : null,
        unverified: await source.getByTestId('unverified').count(),
      })),
    ),
  };
}

/** A source's identity: the same act and provision cited by two lines is one source. */
const sourceKey = (source: Checklist['items'][number]['basis'][number]) =>
  JSON.stringify([source.id, source.provision?.uk ?? '', source.url ?? '', source.verified]);

/**
 * The same view of a checklist built in Node: each source listed once, in the order first cited, and each line
 * pointing to its sources by number.
 */
function expectedChecklist(checklist: Checklist) {
  const sources = [...checklist.items, ...checklist.notDemanded].flatMap((item) => item.basis);
  const unique = [...new Map(sources.map((source) => [sourceKey(source), source])).values()];
  const ref = (basis: readonly (typeof sources)[number][]) =>
    [...new Set(basis.map((source) => unique.findIndex((u) => sourceKey(u) === sourceKey(source)) + 1))].map(
      (n) => `[${n}]`,
    );
  return {
    items: checklist.items.map((item) => ({
      id: item.id,
      form: item.form,
      documents: item.documents.map((document) => document.name.uk),
      reasons: item.reasons.map((reason) => reason.uk),
      sources: ref(item.basis),
    })),
    notDemanded: checklist.notDemanded.map((item) => ({
      id: item.id,
      register: item.register.id,
      documents: item.documents.map((document) => document.name.uk),
      why: item.why.uk,
      sources: ref(item.basis),
    })),
    undetermined: 0,
    asOf: `Правила станом на ${checklist.asOf.split('-').reverse().join('.')}`,
    sourceList: unique.map((source) => ({
      link: source.url ?? null,
      unverified: source.verified ? 0 : 1,
    })),
  };
}

describe('choosing a service', () => {
  test('lists the social services by life situation, and finds services as searchServices ranks them', async () => {
    const social = findServices({ social: true });
    const situations = Object.keys(LIFE_SITUATION_LABELS) as LifeSituation[];
    const expected = situations.flatMap((situation) => {
      const services = social.filter((service) => service.lifeSituations.includes(situation));
      return services.length === 0
        ? []
        : [{ heading: LIFE_SITUATION_LABELS[situation].uk, services: services.map((s) => s.name.value.uk) }];
    });
    const groups = await page.getByTestId('situation').all();
    const shown = await Promise.all(
      groups.map(async (group) => ({
        heading: await group.getByRole('heading').textContent(),
        services: await group.getByTestId('service').allTextContents(),
      })),
    );
    expect(shown).toEqual(expected);
    // Every social service is under at least one situation.
    const listed = page.getByTestId('service');
    expect(new Set(await listed.allTextContents())).toEqual(new Set(social.map((s) => s.name.value.uk)));

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
  test('an age out of range is told in the chosen language only, with no code, and the question stays', async () => {
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
    expect(await shown.getAttribute('role')).toBe('alert');
    const question = questionsFor('idp-living-allowance', {})[0];
    if (question?.kind !== 'number') throw new Error('the living allowance no longer asks the age first');
    expect(await shown.textContent()).toBe(
      `Перевірте відповідь: «${question.question.uk}» — ціле число від ${question.min} до ${question.max}.`,
    );
    const text = (await shown.textContent()) ?? '';
    for (const leak of [error.code, error.en, 'facts.age', ...error.issues.flatMap((i) => [i.code, i.en])]) {
      expect(text).not.toContain(leak);
    }
    expect(await page.getByTestId('question').getAttribute('data-fact')).toBe('age');
    // The field keeps the focus and says it is wrong, so the user corrects it where they are.
    expect(await focusedTestId()).toBe('number');
    expect(await page.getByTestId('number').getAttribute('aria-invalid')).toBe('true');

    await page.getByTestId('language').click();
    const english = (await page.getByTestId('error').textContent()) ?? '';
    expect(english).toBe(
      `Check the answer: “${question.question.en}” is a whole number from ${question.min} to ${question.max}.`,
    );
    expect(english).not.toMatch(/[а-яіїєґ]/i);
    await page.getByTestId('language').click();

    await page.getByTestId('number').fill('30');
    await page.getByTestId('next').click();
    expect(await page.getByTestId('question').getAttribute('data-fact')).toBe('disability');
    expect(await page.getByTestId('error').count()).toBe(0);
  });
});

describe('accessibility', () => {
  /** The serious and critical findings of axe-core on the page as it is now. */
  async function axeFindings(): Promise<{ id: string; impact: string; targets: string[] }[]> {
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const { axe, document } = globalThis as unknown as {
        axe: { run: (context: unknown) => Promise<{ violations: unknown[] }> };
        document: unknown;
      };
      const result = await axe.run(document);
      return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[]).map(
        (violation) => ({
          id: violation.id,
          impact: violation.impact,
          targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        }),
      );
    });
    return violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
  }

  test('axe-core finds nothing serious on the services, a number question, an error and a checklist', async () => {
    expect(await axeFindings()).toEqual([]);
    await pick('ВПО', 'idp-living-allowance');
    await page.getByTestId('number').waitFor();
    expect(await axeFindings()).toEqual([]);
    await page.getByTestId('number').fill('200');
    await page.getByTestId('next').click();
    await page.getByTestId('error').waitFor();
    expect(await axeFindings()).toEqual([]);
    await page.getByTestId('number').fill('4');
    await page.getByTestId('next').click();
    await page.locator('[data-testid="answer"][data-value="false"]').click();
    await page.getByTestId('checklist').waitFor();
    expect(await axeFindings()).toEqual([]);
    await page.getByTestId('language').click();
    expect(await axeFindings()).toEqual([]);
  });
});
