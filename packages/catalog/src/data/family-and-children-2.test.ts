import { describe, expect, it } from 'vitest';
import { getService, searchServices } from '../default.js';

// The family services of issue 14's second round, each pinned to what its sources say: a value that drifts from
// its source, a CNAP route that no source names, or a service the everyday words no longer find first, fails here.

/** The id of the service a query ranks first. */
function firstHit(query: string, asOf = '2026-11-26'): string | undefined {
  return searchServices(query, { asOf })[0]?.service.id;
}

describe('basic-social-assistance', () => {
  it('exists from 01.07.2025, when the pilot of КМУ 371 opened, and rests on it', () => {
    expect(() => getService('basic-social-assistance', { asOf: '2025-06-30' })).toThrow();
    const service = getService('basic-social-assistance', { asOf: '2025-07-01' });
    expect(service.legalBasis.value.map((source) => source.id)).toEqual(['kmu-371-2025']);
    expect(service.legalBasis.basis.map((source) => source.id)).toContain('censor-pfu-basic-assistance-2025');
  });

  it('is decided by the Pension Fund, free of charge', () => {
    const service = getService('basic-social-assistance', { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('pfu');
    expect(service.fee.value.kind).toBe('free');
  });

  it('is applied for only at a Pension Fund office or in Diia: no CNAP route, no delivery model', () => {
    for (const asOf of ['2025-07-01', '2025-11-04', '2026-11-26']) {
      const service = getService('basic-social-assistance', { asOf });
      expect([...service.channels.value].sort()).toEqual(['diia', 'pfuOffice']);
      expect(service.delivery.value).toEqual({ models: [], socialHromada: false });
    }
    const description = getService('basic-social-assistance', { asOf: '2026-11-26' }).description.uk;
    expect(description).toContain('ЦНАП');
    expect(description).toContain('сервісн');
  });

  it('names the four kinds of assistance whose recipients may apply first', () => {
    const description = getService('basic-social-assistance', { asOf: '2026-11-26' }).description.uk;
    for (const kind of ['малозабезпеченим сім’ям', 'одиноким матерям', 'багатодітних', 'аліментів']) {
      expect(description, kind).toContain(kind);
    }
  });

  it('is found first by the words people type', () => {
    for (const query of [
      'базова допомога',
      'базова соціальна допомога',
      'базова соцдопомога',
      'базовая помощь',
    ]) {
      expect(firstHit(query), query).toBe('basic-social-assistance');
    }
  });
});
