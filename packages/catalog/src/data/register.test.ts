import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../default.js';

const services = defaultCatalog().services;
const registered = services.filter((service) => service.registerId !== undefined);

/** Apostrophes and spaces as a page and the data may write them differently. */
function plain(text: string): string {
  return text.replace(/[’'ʼ`]/g, '’').replace(/\s+/g, ' ');
}

describe('Register alignment of the data', () => {
  it('gives Register ids of five digits, each to one service', () => {
    const ids = registered.map((service) => service.registerId);
    for (const id of ids) expect(id).toMatch(/^\d{5}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(registered.length).toBeGreaterThanOrEqual(7);
  });

  it.each(registered.map((service) => [service.id, service] as const))(
    '%s: records the Register’s name as the page read gives it, with that page cited',
    (_, service) => {
      const entry = service.register;
      expect(entry, 'a service with a Register id records the Register’s name').toBeDefined();
      if (entry === undefined) return;
      expect(entry.name.trim()).not.toBe('');
      expect(entry.basis.length).toBeGreaterThan(0);
      for (const source of entry.basis) {
        expect(source.evidence).toBeDefined();
        expect(source.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      // The words read are kept: one page read quotes both the id and the name recorded.
      const quoted = entry.basis.filter((source) => {
        const quote = plain(source.quote ?? '');
        return quote.includes(service.registerId ?? '') && quote.includes(plain(entry.name));
      });
      expect(quoted.length, 'a quote holding the id and the name').toBeGreaterThan(0);
      if (entry.provider !== undefined) {
        expect(
          quoted.some((source) => plain(source.quote ?? '').includes(plain(entry.provider?.text ?? ''))),
        ).toBe(true);
      }
    },
  );

  it('records a Register entry only for a service with a Register id', () => {
    const stray = services.filter(
      (service) => service.register !== undefined && service.registerId === undefined,
    );
    expect(stray.map((service) => service.id)).toEqual([]);
  });
});
