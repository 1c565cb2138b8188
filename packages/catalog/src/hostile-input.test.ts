import { LawError } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CNAP, FIXTURE_SOURCE, fixtureService } from '../test/fixtures.js';
import { Catalog } from './catalog.js';
import { coverageGaps, valueAt } from './dated.js';
import { defaultCatalog, getService, informationCard } from './default.js';
import { CatalogError, describeValue } from './errors.js';
import { extendCatalog, validateCatalogExtension } from './extend.js';
import { describeFee, renderInformationCardHtml, renderInformationCardMarkdown } from './information-card.js';
import { Cnap, Service } from './schema.js';

// Issue 11: hostile input gets the SDK's typed error, messages never repeat what was given, and stay small.

const NAME = 'Шевченко Тарас Григорович';
const TAX_NUMBER = '3012456789';

function caught(action: () => unknown): CatalogError {
  try {
    action();
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('expected a CatalogError');
}

/** What building an error of malformed details throws: a `LawError` `INVALID_OPTION`. */
function malformed(action: () => unknown): LawError {
  try {
    action();
  } catch (error) {
    if (error instanceof LawError && error.code === 'INVALID_OPTION') return error;
    throw error;
  }
  throw new Error('expected a LawError');
}

/** Everything an error says, as one text. */
function said(error: CatalogError): string {
  return [error.message, error.en, error.uk, error.path, JSON.stringify(error.issues)].join('\n');
}

describe('typed errors for values of the wrong kind', () => {
  it('refuses a fee of an unknown kind instead of failing inside pattern matching', () => {
    const error = caught(() => describeFee({ kind: 'gift' } as never));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.path).toBe('fee');
    expect(error.issues[0]?.path).toBe('fee.kind');
  });

  it('refuses options that are not an object', () => {
    expect(caught(() => getService('birth-assistance', null as never)).code).toBe('INVALID_OPTION');
    expect(caught(() => defaultCatalog().search('субсидія', 7 as never)).path).toBe('options');
  });

  it('refuses an id that is not a string', () => {
    expect(caught(() => getService(42 as never)).code).toBe('INVALID_OPTION');
    expect(caught(() => defaultCatalog().suggest(null as never)).path).toBe('id');
  });

  it('validates what the constructor is given, as fromUnknown does', () => {
    expect(caught(() => new Catalog('services' as never)).code).toBe('INVALID_CATALOG');
    expect(caught(() => new Catalog([{ id: 'x' }] as never)).code).toBe('INVALID_CATALOG');
  });

  it('refuses a base that is not a catalogue', () => {
    expect(caught(() => validateCatalogExtension({}, {} as never)).path).toBe('base');
  });
});

describe('messages describe a value by kind and size, never its content', () => {
  it('describes values in English and Ukrainian', () => {
    expect(describeValue(`${NAME} ${TAX_NUMBER}`)).toBe('a string of 36 characters');
    expect(describeValue('x'.repeat(1_048_576), 'uk')).toBe('рядок із 1\u00a0048\u00a0576 символів');
    expect(describeValue('x'.repeat(1_048_576))).toBe('a string of 1,048,576 characters');
    expect(describeValue('ab', 'uk')).toBe('рядок із 2 символів');
    expect(describeValue('a', 'uk')).toBe('рядок із 1 символу');
    expect(describeValue('x'.repeat(12), 'uk')).toBe('рядок із 12 символів');
    expect(describeValue(3012456789)).toBe('a whole number');
    expect(describeValue({ [NAME]: 1 })).toBe('an object with 1 field');
    expect(describeValue([1, 2])).toBe('an array of 2 items');
    expect(describeValue(null)).toBe('null');
  });

  it('never repeats a date field that carries a name and a tax number', () => {
    const error = caught(() => getService('birth-assistance', { asOf: `${NAME} ${TAX_NUMBER}` }));
    expect(error.code).toBe('INVALID_DATE');
    expect(said(error)).not.toContain('Шевченко');
    expect(said(error)).not.toContain('3012456');
    expect(error.en).toContain('a string of 36 characters');
  });

  it('never repeats an unknown id, nor an unknown field name', () => {
    const id = caught(() => getService(`birth-${TAX_NUMBER}`, { asOf: '2026-03-02' }));
    expect(id.code).toBe('UNKNOWN_SERVICE');
    expect(said(id)).not.toContain(TAX_NUMBER);
    const key = caught(() =>
      Catalog.fromUnknown([{ ...fixtureService('a'), [NAME]: 1, ['k'.repeat(100_000)]: 2 }]),
    );
    expect(said(key)).not.toContain('Шевченко');
    expect(said(key).length).toBeLessThan(2048);
    expect(key.issues[0]).toEqual({
      path: 'services.0',
      code: 'UNKNOWN_FIELD',
      en: '2 unknown fields',
      uk: 'Невідомих полів: 2',
    });
  });

  it('shows a key of a record in a path only when it looks like an id', () => {
    const error = caught(() =>
      informationCard(
        'birth-assistance',
        { ...EXAMPLE_CNAP, localCodes: { [NAME]: '03-01' } },
        { asOf: '2026-03-02' },
      ),
    );
    expect(error.code).toBe('INVALID_CNAP');
    expect(said(error)).not.toContain('Шевченко');
    expect(error.issues.map((issue) => issue.path)).toContain('cnap.localCodes.(key)');
  });

  it('never repeats an unknown id of an override', () => {
    const result = validateCatalogExtension({
      overrides: { [`petrenko-${TAX_NUMBER}`]: { keywords: ['x'] } },
    });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result)).not.toContain(TAX_NUMBER);
  });
});

describe('bounded errors', () => {
  it('refuses 100,000 services by their number, keeping 20 issues and counting the rest', () => {
    const error = caught(() => Catalog.fromUnknown(Array.from({ length: 100_000 }, () => ({}))));
    expect(error.code).toBe('INVALID_CATALOG');
    expect(error.issues).toEqual([
      {
        path: 'services',
        code: 'TOO_BIG',
        en: 'Too big or too long (maximum 1000)',
        uk: 'Забагато або задовго (максимум 1000)',
      },
    ]);
  });

  it('keeps the first 20 issues of a thousand and counts the others, in the issues and the message', () => {
    const error = caught(() => Catalog.fromUnknown(Array.from({ length: 1000 }, () => ({}))));
    expect(error.en).toMatch(/^The catalogue has [\d,]+ problem\(s\)$/);
    expect(error.issues).toHaveLength(21);
    expect(error.issues[20]?.path).toBe('services');
    expect(error.issues[20]?.en).toMatch(/^And [\d,]+ more problem\(s\), not listed$/);
    expect(error.message.length).toBeLessThanOrEqual(2000);
    expect(error.message).toMatch(
      /\n {2}- services: And [\d,]+ more problem\(s\), not listed \/ І ще [\d\s]+ проблем/,
    );
  });

  it('clips the texts a caller gives an error', () => {
    const error = new CatalogError({ code: 'INVALID_OPTION', path: 'x', en: 'e'.repeat(10_000), uk: 'у' });
    expect(error.message.length).toBeLessThanOrEqual(2000);
  });

  it('refuses malformed details with the typed error of @vikno/law, the base of every error', () => {
    expect(malformed(() => new CatalogError(null as never)).path).toBe('details');
  });

  it('reads only the suggestions it keeps: a sparse list of four billion slots is judged at once', () => {
    const sparse: string[] = [];
    sparse.length = 4_000_000_000;
    const details = {
      code: 'UNKNOWN_SERVICE',
      path: 'id',
      en: 'No such service',
      uk: 'Немає такої послуги',
    } as const;
    expect(malformed(() => new CatalogError({ ...details, suggestions: sparse })).path).toBe('details');
    sparse[0] = 'birth-assistance';
    expect(malformed(() => new CatalogError({ ...details, suggestions: sparse })).path).toBe('details');
    const long = Array.from({ length: 50 }, (_, index) => `service-${index}`);
    expect(new CatalogError({ ...details, suggestions: long }).suggestions).toHaveLength(10);
  }, 2_000);
});

describe('the cost of a bad id', () => {
  it('refuses an id longer than any id without looking for near ids', () => {
    const error = caught(() => getService('x'.repeat(1_048_576), { asOf: '2026-03-02' }));
    expect(error.code).toBe('UNKNOWN_SERVICE');
    expect(error.suggestions).toEqual([]);
    expect(error.en).toBe('No service has an id of 1,048,576 characters: ids are at most 80');
    expect(defaultCatalog().suggest('x'.repeat(81))).toEqual([]);
  });

  it('refuses a query longer than any question about a service', () => {
    expect(caught(() => defaultCatalog().search('x'.repeat(1001))).path).toBe('text');
  });
});

describe('links are only http(s)', () => {
  const javascript = 'javascript:alert(document.cookie)';
  const local = {
    ...fixtureService('local-service'),
    legalBasis: [{ value: [{ ...FIXTURE_SOURCE, url: javascript }], basis: [FIXTURE_SOURCE] }],
  };

  it('refuses a javascript: URL in a legal source of an extension', () => {
    const result = validateCatalogExtension({ services: [local] });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'services.0.legalBasis.0.value.0.url',
    ]);
    expect(Service.safeParse(local).success).toBe(false);
  });

  it('refuses a javascript: website of a CNAP', () => {
    expect(Cnap.safeParse({ ...EXAMPLE_CNAP, website: javascript }).success).toBe(false);
    expect(Cnap.safeParse({ ...EXAMPLE_CNAP, website: 'http://cnap.example.org/' }).success).toBe(true);
  });

  it('refuses to render a card whose act links elsewhere than http(s)', () => {
    const catalog = extendCatalog({
      services: [{ ...local, legalBasis: [{ value: [FIXTURE_SOURCE], basis: [FIXTURE_SOURCE] }] }],
    });
    const card = catalog.informationCard('local-service', EXAMPLE_CNAP, { asOf: '2026-03-02' });
    const forged = { ...card, acts: [{ ...card.acts[0], url: javascript }] };
    for (const render of [renderInformationCardHtml, renderInformationCardMarkdown]) {
      const error = caught(() => render(forged as never));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.issues[0]?.path).toBe('card.acts.0.url');
    }
    const linked = {
      ...card,
      acts: [{ ...card.acts[0], url: 'https://zakon.rada.gov.ua/laws/show/5203-17' }],
    };
    expect(renderInformationCardHtml(linked as never)).toContain(
      '<a href="https://zakon.rada.gov.ua/laws/show/5203-17">',
    );
  });

  it('escapes every text of a card, in HTML and in Markdown', () => {
    const card = informationCard(
      'birth-assistance',
      { ...EXAMPLE_CNAP, name: { uk: '<img src=x onerror=alert(1)> [x](javascript:alert(1))', en: 'x' } },
      { asOf: '2026-03-02', documents: [{ uk: '"><script>alert(1)</script>', en: 'x' }] },
    );
    const html = renderInformationCardHtml(card);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const markdown = renderInformationCardMarkdown(card);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1))');
    expect(markdown).toContain('"\\>\\<script\\>alert(1)\\</script\\>');
  });
});

describe('coverageGaps and valueAt', () => {
  it('refuse a series or a day of the wrong kind', () => {
    expect(caught(() => valueAt(null as never, '2026-03-02')).path).toBe('series');
    expect(caught(() => valueAt([], `${NAME}`)).path).toBe('asOf');
    expect(caught(() => coverageGaps([{ from: 7 }] as never, {})).issues[0]?.path).toBe('series.0.from');
  });

  it('never name a day outside YYYY-MM-DD', () => {
    expect(coverageGaps([{ from: '0000-01-01', value: 1, basis: [] }], {})).toEqual([]);
    expect(coverageGaps([{ to: '9999-12-30', value: 1, basis: [] }], {})).toEqual([
      { from: '9999-12-31', to: '9999-12-31' },
    ]);
  });
});
