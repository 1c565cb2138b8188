import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Catalog } from './catalog.js';
import { defaultCatalog } from './default.js';
import { CatalogError } from './errors.js';
import { BUILT_IN_SERVICE_IDS, loadCatalog, MAX_SERVICE_IDS } from './lazy.js';

/** The error a promise rejects with (the test fails if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<CatalogError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CatalogError);
  return error as CatalogError;
}

describe('loadCatalog', () => {
  it('names every built-in service, in the catalogue’s order', () => {
    expect(BUILT_IN_SERVICE_IDS).toEqual(defaultCatalog().services.map((service) => service.id));
  });

  it('holds the services named and no other, each as the full catalogue has it', async () => {
    const catalog = await loadCatalog(['idp-certificate', 'housing-subsidy']);
    expect(catalog.services.map((service) => service.id)).toEqual(['idp-certificate', 'housing-subsidy']);
    for (const id of ['idp-certificate', 'housing-subsidy']) {
      expect(catalog.get(id, { asOf: '2026-03-02' })).toEqual(
        defaultCatalog().get(id, { asOf: '2026-03-02' }),
      );
    }
    expect(catalog.search('субсидія')[0]?.service.id).toBe('housing-subsidy');
    expect(() => catalog.get('birth-assistance')).toThrow(CatalogError);
  });

  it('loads every service, and an id named twice once', async () => {
    const all = await loadCatalog([...BUILT_IN_SERVICE_IDS, ...BUILT_IN_SERVICE_IDS]);
    expect(all.services).toEqual(defaultCatalog().services);
    expect((await loadCatalog([])).services).toEqual([]);
  });

  it('refuses an unknown id with its position and the nearest ids, never the id', async () => {
    const error = await rejection(loadCatalog(['housing-subsidy', 'idp-certifcate']));
    expect(error.code).toBe('UNKNOWN_SERVICE');
    expect(error.path).toBe('ids.1');
    expect(error.suggestions[0]).toBe('idp-certificate');
    expect(error.message).not.toContain('idp-certifcate');
  });

  it('refuses what is not a list of at most MAX_SERVICE_IDS strings, as a rejected promise', async () => {
    for (const bad of [
      undefined,
      null,
      'idp-certificate',
      { 0: 'idp-certificate' },
      [42],
      ['x'.repeat(500)],
    ]) {
      const promise = loadCatalog(bad as never);
      expect(promise).toBeInstanceOf(Promise);
      const error = await rejection(promise);
      expect(['INVALID_OPTION', 'UNKNOWN_SERVICE']).toContain(error.code);
    }
    const long = await rejection(
      loadCatalog(Array.from({ length: MAX_SERVICE_IDS + 1 }, () => 'housing-subsidy')),
    );
    expect(long.code).toBe('INVALID_OPTION');
  });

  it('answers any input with a catalogue or its own error, never echoing a text given', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.anything(), fc.array(fc.oneof(fc.constantFrom(...BUILT_IN_SERVICE_IDS), fc.string()))),
        async (input) => {
          const outcome = await loadCatalog(input as never).then(
            (catalog) => catalog,
            (error: unknown) => error,
          );
          if (outcome instanceof CatalogError) {
            for (const text of Array.isArray(input) ? input : [input]) {
              // A text inside a built-in id may be named by a suggestion; any other must not appear.
              if (
                typeof text === 'string' &&
                text.length > 3 &&
                !BUILT_IN_SERVICE_IDS.some((id) => id.includes(text))
              ) {
                expect(outcome.message).not.toContain(text);
                expect(outcome.uk).not.toContain(text);
              }
            }
          } else {
            expect(outcome).toBeInstanceOf(Catalog);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the classes of @vikno/catalog/lazy', () => {
  it('are the classes of @vikno/catalog, so instanceof holds across the two entries', async () => {
    const lazy = await import('./lazy.js');
    const root = await import('./index.js');
    expect(lazy.Catalog).toBe(root.Catalog);
    expect(lazy.CatalogError).toBe(root.CatalogError);
  });
});
