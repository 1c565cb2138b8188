import { englishWordsIn } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE, fixtureService } from '../test/fixtures.js';
import { Catalog } from './catalog.js';
import { CatalogError } from './errors.js';
import { extendCatalog, validateCatalogExtension } from './extend.js';

const basis = [FIXTURE_SOURCE];
const base = Catalog.fromUnknown([
  fixtureService('housing-subsidy', {
    names: [{ value: { uk: 'Житлова субсидія', en: 'Housing subsidy' }, basis }],
  }),
  fixtureService('birth-assistance', { available: [{ from: '2001-01-01', value: true, basis }] }),
]);

describe('extendCatalog', () => {
  it('adds local services and local details, searchable by the local code', () => {
    const local = extendCatalog(
      {
        services: [
          fixtureService('local-firewood-aid', {
            names: [{ value: { uk: 'Допомога на дрова', en: 'Firewood aid' }, basis }],
            localCodes: ['07-11'],
          }),
        ],
        overrides: {
          'housing-subsidy': {
            localCodes: ['02-01'],
            delivery: [{ value: { models: ['II'], socialHromada: false }, basis }],
          },
        },
      },
      base,
    );
    expect(local.search('02-01', { asOf: '2026-01-01' })[0]?.service.id).toBe('housing-subsidy');
    expect(local.search('дрова', { asOf: '2026-01-01' })[0]?.service.id).toBe('local-firewood-aid');
    expect(local.get('housing-subsidy', { asOf: '2026-01-01' }).delivery.value.models).toEqual(['II']);
    expect(base.get('housing-subsidy', { asOf: '2026-01-01' }).delivery.value.models).toEqual(['III']);
  });

  it('names a local service whose id is one English word as a name in Ukrainian, not as a word', () => {
    const local = extendCatalog(
      { services: [fixtureService('firewood', { available: [{ from: '2030-01-01', value: true, basis }] })] },
      base,
    );
    const notYet = caught(() => local.get('firewood', { asOf: '2026-01-01' }));
    expect(notYet.uk).toBe('Послуга `firewood` не діяла 2026-01-01; вона діє 2030-01-01–…');
    const misspelt = caught(() => local.get('firewod', { asOf: '2026-01-01' }));
    expect(misspelt.suggestions).toContain('firewood');
    expect(englishWordsIn(misspelt.uk)).toEqual([]);
  });

  it('reports every mistake of a vendor file with its path', () => {
    const result = validateCatalogExtension(
      {
        services: [
          fixtureService('housing-subsidy'),
          fixtureService('local-one', {
            term: [{ value: { kind: 'term', term: { amount: -1, unit: 'weeks' } }, basis }],
          }),
        ],
        overrides: { 'housing-subsidy': { localCode: '02-01' } },
      },
      base,
    );
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'services.1.term.0.value.term.amount',
      'overrides.housing-subsidy',
    ]);
  });

  it('reports clashes, overrides of unknown services with suggestions, and uncovered days', () => {
    const result = validateCatalogExtension(
      {
        services: [fixtureService('housing-subsidy')],
        overrides: {
          'birth-asistance': { localCodes: ['03-01'] },
          'birth-assistance': { channels: [{ from: '2020-01-01', value: ['cnap'], basis }] },
        },
      },
      base,
    );
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: 'services.0.id',
        code: 'CLASHING_ID',
        en: 'Clashes with the catalogue service housing-subsidy; change it through overrides instead',
        uk: 'Збігається з послугою каталогу `housing-subsidy`; змініть її через перевизначення (`overrides`)',
      },
      {
        path: 'overrides',
        code: 'UNKNOWN_OVERRIDE',
        en: 'Override 1 names no service of the catalogue (birth-assistance?)',
        uk: 'Перевизначення 1 називає послугу, якої немає в каталозі (`birth-assistance`?)',
      },
      {
        path: 'overrides.birth-assistance.channels',
        code: 'MISSING_VALUE',
        en: 'No value from 2001-01-01 to 2019-12-31, while the service is available',
        uk: 'Немає значення з 2001-01-01 по 2019-12-31, хоча послуга діє',
      },
    ]);
  });

  it('throws INVALID_CATALOG carrying every issue', () => {
    expect(() => extendCatalog({ services: 'none' }, base)).toThrow(CatalogError);
    try {
      extendCatalog({ services: 'none', extra: 1 }, base);
    } catch (error) {
      expect((error as CatalogError).code).toBe('INVALID_CATALOG');
      expect((error as CatalogError).issues.map((issue) => issue.path)).toEqual(['services', '(root)']);
    }
  });
});

function caught(run: () => unknown): CatalogError {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('Expected a CatalogError');
}
