import { type Citation, CivilDate, defaultActRegister } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { CatalogError } from '../errors.js';
import { SERVICES } from './index.js';
import { type Dates, loadService, loadServices, type ServiceData } from './load.js';

const CITED: Citation = { act: 'law-5203-vi', evidence: 'secondary', checkedOn: '2026-11-25' };
const TEXT = { uk: 'Послуга', en: 'Service' };
const at = <T>(value: T) => ({ value, basis: [CITED] });

function service(overrides: Partial<ServiceData> = {}): ServiceData {
  return {
    id: 'test-service',
    social: true,
    names: { earliest: at(TEXT) },
    description: TEXT,
    available: { earliest: at(true) },
    provider: { earliest: at({ kind: 'uszn', name: TEXT }) },
    legalBasis: { earliest: at([CITED]) },
    fee: { earliest: at({ kind: 'free' }) },
    term: { earliest: at({ kind: 'sameDay' }) },
    result: { earliest: at([TEXT]) },
    appeal: { earliest: at(TEXT) },
    channels: { earliest: at(['cnap']) },
    delivery: { earliest: at({ models: ['III'], socialHromada: false }) },
    lifeSituations: ['residence'],
    ...overrides,
  } as ServiceData;
}

function caught(run: () => unknown): CatalogError {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('expected a CatalogError');
}

/** Every citation of the data, with where it is. */
function citationsOf(value: unknown, path: string, found: [string, Citation][] = []): [string, Citation][] {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) citationsOf(item, `${path}.${index}`, found);
  } else if (typeof value === 'object' && value !== null) {
    if ('evidence' in value && typeof (value as { act?: unknown }).act === 'string')
      found.push([path, value as Citation]);
    else for (const [key, item] of Object.entries(value)) citationsOf(item, `${path}.${key}`, found);
  }
  return found;
}

describe('the dated series of the data', () => {
  it('turns start-date keys into inclusive periods: each value holds until the next key, null ends one', () => {
    const provider: Dates<{ kind: 'uszn' | 'pfu'; name: typeof TEXT }> = {
      earliest: at({ kind: 'uszn', name: TEXT }),
      '2025-07-01': at({ kind: 'pfu', name: TEXT }),
      '2028-03-01': null,
    };
    const loaded = loadService(service({ provider, available: { '2024-02-29': at(true) } }));
    expect(loaded.provider.map(({ from, to, value }) => ({ from, to, kind: value.kind }))).toEqual([
      { from: undefined, to: '2025-06-30', kind: 'uszn' },
      { from: '2025-07-01', to: '2028-02-29', kind: 'pfu' },
    ]);
    expect(loaded.available).toEqual([{ from: '2024-02-29', value: true, basis: [expect.any(Object)] }]);
  });

  it('resolves each citation to the register’s source, the same citation to the same object', () => {
    const loaded = loadService(service());
    const [source] = loaded.fee[0]?.basis ?? [];
    expect(source).toMatchObject({
      id: 'law-5203-vi',
      number: '5203-VI',
      evidence: 'secondary',
      verified: false,
    });
    expect(loaded.names[0]?.basis[0]).toBe(source);
    expect(loaded.legalBasis[0]?.value[0]).toBe(source);
  });

  it.each([
    [
      'a key that is no day',
      { names: { 'someday-01-01': at(TEXT) } as never },
      'services.0.names[someday-01-01]',
    ],
    ['a day that does not exist', { names: { '2026-02-30': at(TEXT) } }, 'services.0.names[2026-02-30]'],
    [
      'days out of order',
      { names: { '2026-01-01': at(TEXT), '2025-01-01': at(TEXT) } },
      'services.0.names[2025-01-01]',
    ],
    [
      'earliest after a day',
      { names: { '2026-01-01': at(TEXT), earliest: at(TEXT) } },
      'services.0.names[earliest]',
    ],
    ['an end that ends nothing', { names: { '2026-01-01': null } }, 'services.0.names[2026-01-01]'],
    [
      'two ends in a row',
      { names: { earliest: at(TEXT), '2025-01-01': null, '2026-01-01': null } },
      'services.0.names[2026-01-01]',
    ],
    ['no value at all', { names: {} }, 'services.0.names'],
    [
      'an act the register does not hold',
      { fee: { earliest: { value: { kind: 'free' }, basis: [{ ...CITED, act: 'law-0000-x' }] } } },
      'services.0.fee[earliest].basis.0.act',
    ],
  ] as [string, Partial<ServiceData>, string][])(
    'refuses %s with a typed error naming where',
    (_, overrides, path) => {
      const error = caught(() => loadServices([service(overrides)]));
      expect(error.code).toBe('INVALID_CATALOG');
      expect(error.path).toBe(path);
      expect(error.uk).not.toMatch(/law-0000-x|someday/);
    },
  );
});

describe('the shipped data resolves', () => {
  const citations = SERVICES.flatMap((data) => citationsOf(data, data.id));
  const register = defaultActRegister();

  it('cites only acts of the register, each citation with an evidence level and the day it was checked', () => {
    expect(citations.length).toBeGreaterThan(100);
    const problems = citations.flatMap(([path, citation]) => [
      ...(register.get(citation.act) ? [] : [`${path}: no act ${citation.act}`]),
      ...(CivilDate.safeParse(citation.checkedOn).success ? [] : [`${path}: checkedOn`]),
      ...(['text', 'officialCard', 'secondary', 'none'].includes(citation.evidence)
        ? []
        : [`${path}: evidence`]),
    ]);
    expect(problems).toEqual([]);
  });

  it('keeps one file per service, exported under the service id', () => {
    const ids = SERVICES.map((data) => data.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('birth-assistance');
  });

  it('returns every source of the built-in catalogue with its evidence and the day it was checked', () => {
    const sources = loadServices(SERVICES).flatMap((data) =>
      Object.values(data).flatMap((series) =>
        Array.isArray(series) && typeof series[0] === 'object' && 'basis' in (series[0] ?? {})
          ? (series as { basis: unknown[]; value: unknown }[]).flatMap((entry) => [
              ...entry.basis,
              ...(Array.isArray(entry.value)
                ? entry.value.filter((item) => typeof item === 'object' && 'verified' in item)
                : []),
            ])
          : [],
      ),
    ) as { evidence?: string; checkedOn?: string; verified: boolean }[];
    expect(sources.length).toBeGreaterThan(300);
    for (const source of sources) {
      expect(source.evidence).toBeDefined();
      expect(source.checkedOn).toBeDefined();
      expect(source.verified).toBe(source.evidence === 'text' || source.evidence === 'officialCard');
    }
  });
});
