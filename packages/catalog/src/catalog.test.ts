import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE, fixtureService } from '../test/fixtures.js';
import { Catalog } from './catalog.js';
import { CatalogError } from './errors.js';

const basis = [FIXTURE_SOURCE];

function catch_(action: () => unknown): CatalogError {
  try {
    action();
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('expected a CatalogError');
}

const catalog = Catalog.fromUnknown([
  fixtureService('moved-service', {
    provider: [
      { to: '2025-06-30', value: { kind: 'uszn', name: { uk: 'УСЗН', en: 'USZN' } }, basis },
      { from: '2025-07-01', value: { kind: 'pfu', name: { uk: 'ПФУ', en: 'PFU' } }, basis },
    ],
    channels: [
      { to: '2025-06-30', value: ['cnap', 'usznOffice'], basis },
      { from: '2025-07-01', value: ['cnap', 'pfuOffice', 'diia'], basis },
    ],
    delivery: [{ value: { models: ['I', 'III'], socialHromada: true }, basis }],
    lifeSituations: ['childBirth'],
  }),
  fixtureService('new-service', { available: [{ from: '2022-03-20', value: true, basis }] }),
  fixtureService('ended-service', { available: [{ to: '2019-12-31', value: true, basis }], social: false }),
]);

describe('Catalog.get', () => {
  it('answers each dated value as it stood on asOf, with its period and sources', () => {
    const before = catalog.get('moved-service', { asOf: '2025-06-30' });
    const after = catalog.get('moved-service', { asOf: '2025-07-01' });
    expect(before.provider.value.kind).toBe('uszn');
    expect(before.provider.to).toBe('2025-06-30');
    expect(after.provider.value.kind).toBe('pfu');
    expect(after.provider.from).toBe('2025-07-01');
    expect(after.provider.basis[0]?.id).toBe('test-fixture');
    expect(after.channels.value).toContain('pfuOffice');
  });

  it('rejects an unknown id, suggesting the nearest ids', () => {
    const error = catch_(() => catalog.get('moved-servise', { asOf: '2026-01-01' }));
    expect(error.code).toBe('UNKNOWN_SERVICE');
    expect(error.path).toBe('id');
    expect(error.suggestions[0]).toBe('moved-service');
    expect(error.en).toContain('Did you mean: moved-service');
    expect(error.uk).toContain('Можливо, ви мали на увазі');
    expect(catalog.suggest('moved-servise')).toEqual(error.suggestions);
  });

  it('rejects a day on which the service did not exist, saying when it does', () => {
    const error = catch_(() => catalog.get('new-service', { asOf: '2022-03-19' }));
    expect(error.code).toBe('NOT_AVAILABLE');
    expect(error.en).toContain('2022-03-20–…');
    expect(catalog.get('new-service', { asOf: '2022-03-20' }).id).toBe('new-service');
  });

  it('rejects an invalid asOf with a typed bilingual error', () => {
    const error = catch_(() => catalog.get('new-service', { asOf: '2026-02-30' }));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.path).toBe('options.asOf');
    expect(error.message).toMatchInlineSnapshot(
      `"options.asOf: Expected a real day as YYYY-MM-DD, got a string of 10 characters / Очікується календарний день у форматі РРРР-ММ-ДД, отримано рядок із 10 символів"`,
    );
  });
});

describe('Catalog.find', () => {
  it('filters by life situation, channel, model, provider and social flag on asOf', () => {
    const ids = (filter: Parameters<Catalog['find']>[0]) => catalog.find(filter).map((service) => service.id);
    expect(ids({ asOf: '2025-06-30', provider: 'pfu' })).toEqual([]);
    expect(ids({ asOf: '2025-07-01', provider: 'pfu' })).toEqual(['moved-service']);
    expect(ids({ asOf: '2025-07-01', channel: 'diia' })).toEqual(['moved-service']);
    expect(ids({ asOf: '2025-07-01', model: 'I' })).toEqual(['moved-service']);
    expect(ids({ asOf: '2025-07-01', lifeSituation: 'lowIncome' })).toEqual(['new-service']);
    expect(ids({ asOf: '2019-06-01' })).toEqual(['moved-service', 'ended-service']);
    expect(ids({ asOf: '2019-06-01', social: false })).toEqual(['ended-service']);
  });

  it('rejects an unknown filter value or field, naming it', () => {
    const error = catch_(() => catalog.find({ channel: 'fax' as never }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.path).toBe('filter.channel');
    const stray = catch_(() => catalog.find({ chanel: 'diia' } as never));
    expect(stray.issues[0]?.en).toBe('1 unknown field');
    expect(stray.message).not.toContain('chanel');
  });
});

describe('Catalog.fromUnknown', () => {
  it('reports every problem with its path, not only the first', () => {
    const error = catch_(() =>
      Catalog.fromUnknown([
        fixtureService('a', {
          term: [{ value: { kind: 'term', term: { amount: 0, unit: 'days' } }, basis }],
        } as never),
        fixtureService('b', { fee: [{ value: { kind: 'free' }, basis: [] }] }),
        { ...fixtureService('c'), colour: 'red' },
      ]),
    );
    expect(error.code).toBe('INVALID_CATALOG');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'services.0.term.0.value.term.amount',
      'services.0.term.0.value.term.unit',
      'services.1.fee.0.basis',
      'services.2',
    ]);
    expect(error.issues[3]).toEqual({
      path: 'services.2',
      code: 'UNKNOWN_FIELD',
      en: '1 unknown field',
      uk: 'Невідомих полів: 1',
    });
  });

  it('finds repeated ids and days a required value does not cover', () => {
    const error = catch_(() =>
      Catalog.fromUnknown([
        fixtureService('a'),
        fixtureService('a', {
          provider: [{ to: '2025-06-30', value: { kind: 'uszn', name: { uk: 'УСЗН', en: 'USZN' } }, basis }],
        }),
      ]),
    );
    expect(error.issues).toEqual([
      {
        path: 'services.1.id',
        code: 'DUPLICATE_ID',
        en: 'Repeats the id of services.0',
        uk: 'Повторює ідентифікатор services.0',
      },
      {
        path: 'services.1.provider',
        code: 'MISSING_VALUE',
        en: 'No value from 2025-07-01 to 9999-12-31, while the service is available',
        uk: 'Немає значення з 2025-07-01 по 9999-12-31, хоча послуга діє',
      },
    ]);
  });

  it('rejects overlapping periods and model I without «Соціальна громада»', () => {
    const error = catch_(() =>
      Catalog.fromUnknown([
        fixtureService('a', {
          provider: [
            { to: '2025-07-01', value: { kind: 'uszn', name: { uk: 'УСЗН', en: 'USZN' } }, basis },
            { from: '2025-07-01', value: { kind: 'pfu', name: { uk: 'ПФУ', en: 'PFU' } }, basis },
          ],
          delivery: [{ value: { models: ['I'], socialHromada: false }, basis }],
        }),
      ]),
    );
    expect(error.issues.map((issue) => [issue.path, issue.en])).toEqual([
      ['services.0.provider.1.from', 'Overlaps entry 0'],
      ['services.0.delivery.0.value.models', 'Model I needs the service in «Соціальна громада»'],
    ]);
  });
});
