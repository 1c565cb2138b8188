import { fc, test } from '@fast-check/vitest';
import * as catalog from '@vikno/catalog';
import {
  Catalog,
  CatalogError,
  catalogJsonSchemas,
  coverageGaps,
  dated,
  defaultCatalog,
  describeFee,
  describeServiceTerm,
  describeValue,
  describeWindow,
  extendCatalog,
  findServices,
  getService,
  informationCard,
  issuesFrom,
  renderInformationCardHtml,
  renderInformationCardMarkdown,
  Service,
  searchServices,
  toCpsvAp,
  validateCatalogExtension,
  validateServices,
  valueAt,
  verificationReport,
} from '@vikno/catalog';
import * as lazy from '@vikno/catalog/lazy';
import { BUILT_IN_SERVICE_IDS, loadCatalog } from '@vikno/catalog/lazy';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  anyOf,
  expectEveryExportCovered,
  type FuzzCase,
  fuzzTable,
  hostile,
  hostileStrings,
  judge,
  MAX_MESSAGE,
  type Outcome,
  PLANTED_NAME,
  PLANTED_TAX_NUMBER,
  readable,
} from './harness.js';

// Every export of @vikno/catalog, and every method of its Catalog, with hostile arguments: a valid result (text
// with no `undefined` or `NaN`, HTML with no link but http(s), nothing planted repeated) or a CatalogError.

const CATALOG = defaultCatalog();
const IDS = CATALOG.services.map((service) => service.id);
const AS_OF = '2026-03-02';
const RECORD = getService('birth-assistance', { asOf: AS_OF }).record;
const SOURCE = RECORD.legalBasis[0]?.basis[0] as NonNullable<(typeof RECORD.legalBasis)[0]['basis'][0]>;
const CNAP = {
  id: 'example-cnap',
  name: { uk: 'ЦНАП Прикладної міської ради', en: 'CNAP of the Example City Council' },
  address: { uk: 'вул. Центральна, 1, м. Приклад', en: '1 Tsentralna St, Example' },
  hours: {
    '1': { opens: '08:00', closes: '17:00' },
    '5': { opens: '08:00', closes: '16:00', breakFrom: '12:00', breakTo: '12:45' },
  },
  hoursNote: { uk: 'У святкові дні за графіком', en: 'Holiday hours vary' },
  phone: '+380441234567',
  email: 'cnap@example.org',
  website: 'https://cnap.example.org/',
  localCodes: { 'birth-assistance': '03-01' },
};
const CARD = informationCard('birth-assistance', CNAP, { asOf: AS_OF });
const EXTENSION = {
  services: [{ ...RECORD, id: 'local-service', registerId: undefined }],
  overrides: { 'housing-subsidy': { localCodes: ['02-01'], keywords: ['субсидія'] } },
};

const civilDate = fc
  .integer({ min: Date.UTC(2014, 0, 1) / 86_400_000, max: Date.UTC(2035, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const serviceId = fc.oneof(
  fc.constantFrom(...IDS),
  fc.constantFrom(...IDS).map((id) => `${id.slice(0, -1)}x`),
);
const asOf = fc.record({ asOf: civilDate }, { requiredKeys: [] });

function readableTexts(texts: readonly catalog.ServiceView['description'][], input: unknown): boolean {
  expect(Array.isArray(texts)).toBe(true);
  for (const text of texts) readable(text.uk, input) && readable(text.en, input);
  return true;
}

function validView(view: catalog.ServiceView): boolean {
  expect(IDS).toContain(view.id);
  expect(view.asOf).toMatch(/^\d{4}-\d\d-\d\d$/);
  return true;
}

/** Every link of rendered HTML is http(s), and the markup has no script the data could have brought. */
function safeHtml(markup: unknown): boolean {
  expect(typeof markup).toBe('string');
  for (const [, href] of (markup as string).matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
  // Text may say anything, escaped; no tag the data could have brought, and no event handler in a tag.
  expect(markup).not.toMatch(/<script|<img|<iframe|<[^>]*\son\w+=/i);
  return true;
}

/** A message a function returns for people: bounded, nothing planted repeated. */
function clean(text: string): boolean {
  expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE);
  expect(text).not.toContain(PLANTED_NAME);
  expect(text).not.toContain(PLANTED_TAX_NUMBER.slice(0, 7));
  return true;
}

function validIssues(issues: readonly catalog.CatalogIssue[]): boolean {
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues.slice(0, 50)) clean(`${issue.en} ${issue.uk}`);
  return true;
}

function validError(error: CatalogError): boolean {
  expect(error).toBeInstanceOf(CatalogError);
  expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
  expect(error.issues.length).toBeLessThanOrEqual(21);
  return true;
}

const cases: Record<string, FuzzCase> = {
  'new Catalog': {
    args: fc.tuple(anyOf(fc.constant(CATALOG.services), [RECORD])),
    call: (services: readonly Service[]) => new Catalog(services),
    valid: (result: Catalog) => result instanceof Catalog,
  },
  'Catalog.fromUnknown': {
    args: fc.tuple(anyOf(fc.constant([RECORD]), [RECORD])),
    call: Catalog.fromUnknown,
    valid: (result: Catalog) => result instanceof Catalog,
  },
  'Catalog.has': {
    args: fc.tuple(anyOf(serviceId)),
    call: (id: string) => CATALOG.has(id),
    valid: (result: boolean) => typeof result === 'boolean',
  },
  'Catalog.get': {
    args: fc.tuple(anyOf(serviceId), anyOf(asOf, { asOf: AS_OF })),
    call: (id: string, options: catalog.AsOfOptions) => CATALOG.get(id, options),
    valid: validView,
  },
  'Catalog.find': {
    args: fc.tuple(
      anyOf(asOf, { asOf: AS_OF, channel: 'cnap', model: 'III', provider: 'pfu', social: true }),
    ),
    call: (filter: catalog.ServiceFilter) => CATALOG.find(filter),
    valid: (result: catalog.ServiceView[]) => result.every(validView),
  },
  'Catalog.search': {
    args: fc.tuple(anyOf(hostileStrings), anyOf(asOf, { asOf: AS_OF, limit: 3 })),
    call: (text: string, options: catalog.SearchOptions) => CATALOG.search(text, options),
    valid: (result: catalog.SearchHit[]) => result.every((hit) => validView(hit.service)),
  },
  'Catalog.informationCard': {
    args: fc.tuple(
      anyOf(serviceId),
      anyOf(fc.constant(CNAP), CNAP),
      anyOf(asOf, { asOf: AS_OF, documents: [] }),
    ),
    call: (id: string, cnap: catalog.Cnap, options: catalog.InformationCardOptions) =>
      CATALOG.informationCard(id, cnap, options),
    valid: (card: catalog.InformationCard) => safeHtml(renderInformationCardHtml(card)),
  },
  'Catalog.suggest': {
    args: fc.tuple(anyOf(fc.oneof(serviceId, hostileStrings))),
    call: (id: string) => CATALOG.suggest(id),
    valid: (result: string[]) => result.length <= 5 && result.every((id) => IDS.includes(id)),
  },
  validateServices: {
    args: fc.tuple(anyOf(fc.constant([RECORD]), [RECORD]), anyOf(fc.constantFrom('services', 'data'))),
    call: validateServices,
    valid: (result: ReturnType<typeof validateServices>) => result.success || validIssues(result.issues),
  },
  toCpsvAp: {
    args: fc.tuple(
      anyOf(fc.constant(CATALOG)),
      anyOf(asOf, {
        asOf: AS_OF,
        baseIri: 'https://cnap.example.ua/id/',
        publisher: { uk: 'ЦНАП', en: 'CNAP' },
      }),
    ),
    call: toCpsvAp,
    valid: (result: catalog.JsonLdDocument) => Array.isArray(result['@graph']),
  },
  coverageGaps: {
    args: fc.tuple(
      anyOf(fc.constant(RECORD.term), RECORD.term),
      anyOf(fc.record({ from: civilDate }), { from: AS_OF }),
    ),
    call: coverageGaps,
    valid: (gaps: catalog.CoverageGap[], args) =>
      gaps.every(
        (gap) =>
          readable(gap.from, args) &&
          /^(\d{4}-\d\d-\d\d|…)$/.test(gap.from) &&
          /^\d{4}-\d\d-\d\d$/.test(gap.to),
      ),
  },
  valueAt: {
    args: fc.tuple(anyOf(fc.constant(RECORD.provider), RECORD.provider), anyOf(civilDate)),
    call: valueAt,
  },
  defaultCatalog: {
    args: fc.tuple(hostile),
    call: defaultCatalog as (...args: never[]) => unknown,
    valid: (result: Catalog) => result === CATALOG,
  },
  findServices: {
    args: fc.tuple(anyOf(asOf, { asOf: AS_OF, lifeSituation: 'childBirth' })),
    call: findServices,
    valid: (result: catalog.ServiceView[]) => result.every(validView),
  },
  getService: {
    args: fc.tuple(anyOf(serviceId), anyOf(asOf, { asOf: AS_OF })),
    call: getService,
    valid: validView,
  },
  informationCard: {
    args: fc.tuple(anyOf(serviceId), anyOf(fc.constant(CNAP), CNAP), anyOf(asOf, { asOf: AS_OF })),
    call: informationCard,
    valid: (card: catalog.InformationCard) => safeHtml(renderInformationCardHtml(card)),
  },
  searchServices: {
    args: fc.tuple(anyOf(hostileStrings), anyOf(asOf, { limit: 2 })),
    call: searchServices,
    valid: (result: catalog.SearchHit[]) => result.every((hit) => validView(hit.service)),
  },
  CatalogError: {
    args: fc.tuple(
      anyOf(fc.constant({ code: 'INVALID_OPTION', path: 'x', en: 'Bad', uk: 'Погано' }), {
        code: 'INVALID_OPTION',
        path: 'x',
        en: 'Bad',
        uk: 'Погано',
        suggestions: ['housing-subsidy'],
        issues: [{ path: 'x.y', en: 'Bad', uk: 'Погано' }],
      }),
    ),
    call: (details: catalog.CatalogErrorDetails) => new CatalogError(details),
    valid: validError,
  },
  describeValue: {
    args: fc.tuple(hostile),
    call: describeValue,
    valid: (result: string) => typeof result === 'string' && result.length <= 100 && clean(result),
  },
  issuesFrom: {
    args: fc.tuple(
      anyOf(fc.constant(Service.safeParse({}).error)),
      anyOf(fc.constantFrom('service', '', 'facts')),
    ),
    call: issuesFrom,
    valid: validIssues,
  },
  'issuesFrom of a hostile value': {
    args: fc.tuple(anyOf(fc.constant(RECORD), RECORD)),
    call: (value: unknown) => {
      const parsed = Service.safeParse(value);
      return parsed.success ? [] : issuesFrom(parsed.error, 'service');
    },
    valid: (issues: catalog.CatalogIssue[]) => {
      validIssues(issues);
      for (const issue of issues) expect(issue.path.length).toBeLessThanOrEqual(300);
      return true;
    },
  },
  extendCatalog: {
    args: fc.tuple(anyOf(fc.constant(EXTENSION), EXTENSION), anyOf(fc.constant(CATALOG))),
    call: extendCatalog,
    valid: (result: Catalog) => {
      expect(result).toBeInstanceOf(Catalog);
      for (const view of result.find({ asOf: AS_OF })) {
        safeHtml(renderInformationCardHtml(result.informationCard(view.id, CNAP, { asOf: AS_OF })));
      }
      return true;
    },
  },
  validateCatalogExtension: {
    args: fc.tuple(anyOf(fc.constant(EXTENSION), EXTENSION), anyOf(fc.constant(CATALOG))),
    call: validateCatalogExtension,
    valid: (result: catalog.ExtensionResult) => result.success || validIssues(result.issues),
  },
  describeFee: {
    args: fc.tuple(
      anyOf(fc.constant({ kind: 'paid', amount: 42.5, currency: 'UAH' }), {
        kind: 'paid',
        amount: 42.5,
        currency: 'UAH',
        howToPay: { uk: 'Так', en: 'So' },
      }),
    ),
    call: describeFee,
    valid: (lines: catalog.ServiceView['description'][], args) => readableTexts(lines, args),
  },
  describeServiceTerm: {
    args: fc.tuple(
      anyOf(fc.constant(RECORD.term[0]?.value), { kind: 'term', term: { amount: 10, unit: 'workingDays' } }),
    ),
    call: describeServiceTerm,
    valid: (text: catalog.ServiceView['description'], args) => readableTexts([text], args),
  },
  describeWindow: {
    args: fc.tuple(
      anyOf(fc.constant(RECORD.applicationWindow?.[0]?.value), RECORD.applicationWindow?.[0]?.value),
    ),
    call: describeWindow,
    valid: (text: catalog.ServiceView['description'], args) => readableTexts([text], args),
  },
  renderInformationCardHtml: {
    args: fc.tuple(
      anyOf(fc.constant(CARD), CARD),
      anyOf(fc.record({ language: fc.constantFrom('uk', 'en') }), { language: 'en' }),
    ),
    call: renderInformationCardHtml,
    valid: safeHtml,
  },
  renderInformationCardMarkdown: {
    args: fc.tuple(anyOf(fc.constant(CARD), CARD)),
    call: renderInformationCardMarkdown,
    valid: (text: string) => typeof text === 'string' && !/\]\((?!https?:)/.test(text),
  },
  catalogJsonSchemas: {
    args: fc.tuple(hostile),
    call: catalogJsonSchemas as (...args: never[]) => unknown,
    valid: (result: catalog.CatalogJsonSchemas) => typeof result.service === 'object',
  },
  dated: {
    args: fc.tuple(anyOf(fc.constantFrom(z.number(), z.string()))),
    call: dated,
    valid: (schema: z.ZodType) => schema instanceof z.ZodType,
  },
  'dated schema': {
    args: fc.tuple(
      anyOf(fc.constant([{ value: 1, basis: [SOURCE] }]), [{ from: AS_OF, value: 1, basis: [SOURCE] }]),
    ),
    call: (series: unknown) => {
      const parsed = dated(z.number()).safeParse(series);
      return parsed.success ? [] : issuesFrom(parsed.error, 'series');
    },
    valid: validIssues,
  },
  verificationReport: {
    args: fc.tuple(anyOf(fc.constant(CATALOG))),
    call: verificationReport,
    valid: (report: catalog.VerificationReport) => report.verified <= report.values,
  },
};

describe('@vikno/catalog with hostile input', () => {
  test('every export is fuzzed', () => {
    expectEveryExportCovered(
      catalog,
      Object.keys(cases).map((name) => name.replace(/^new /, '').split('.')[0] as string),
      { IssuesError: 'abstract: fuzzed through CatalogError (here) and ChecklistError (checklists)' },
    );
  });

  fuzzTable(cases);
});

describe('@vikno/catalog/lazy with hostile input', () => {
  it('covers every function of @vikno/catalog/lazy', () => {
    expectEveryExportCovered(lazy, ['loadCatalog'], {
      Catalog: 'the class of @vikno/catalog, fuzzed with the package above',
      CatalogError: 'the class of @vikno/catalog, fuzzed with the package above',
    });
  });

  // Lists of built-in ids, hostile strings and hostile values, or no list at all: a Catalog of the ids, or an error.
  const ids = fc.array(fc.oneof(fc.constantFrom(...BUILT_IN_SERVICE_IDS), hostileStrings, hostile), {
    maxLength: 8,
  });
  test.prop([anyOf(ids)])('loadCatalog', async (input) => {
    let outcome: Outcome;
    try {
      outcome = { returned: await loadCatalog(input as string[]) };
    } catch (error) {
      outcome = { threw: error };
    }
    judge(outcome, (result) => expect(result).toBeInstanceOf(Catalog));
  });
});
