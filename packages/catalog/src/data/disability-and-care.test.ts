import { describe, expect, it } from 'vitest';
import { getService, searchServices } from '../default.js';

// The services for persons with disabilities and their carers added for issue 14, each pinned to what its sources
// say: a value that drifts from its source, or a service the everyday words no longer find first, fails here.

/** The id of the service a query ranks first. */
function firstHit(query: string, asOf = '2026-11-26'): string | undefined {
  return searchServices(query, { asOf })[0]?.service.id;
}

describe('non-professional-care-compensation', () => {
  const id = 'non-professional-care-compensation';

  it('rests on Law 2671-VIII Art. 13 read in the text and on КМУ 859', () => {
    const service = getService(id, { asOf: '2026-11-26' });
    const acts = service.legalBasis.value.map((source) => source.id);
    expect(acts).toEqual(['law-2671-viii', 'kmu-859-2020']);
    expect(service.legalBasis.value[0]?.evidence).toBe('text');
  });

  it('is decided by the social protection unit within 10 days, free, and a CNAP accepts it', () => {
    const service = getService(id, { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('uszn');
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 10, unit: 'calendarDays' } });
    expect(service.fee.value.kind).toBe('free');
    expect(service.channels.value).toContain('cnap');
  });

  it('does not exist before КМУ 859 was adopted', () => {
    expect(() => getService(id, { asOf: '2020-09-22' })).toThrow();
    expect(getService(id, { asOf: '2020-09-23' }).id).toBe(id);
  });

  it('is found first by the words people type', () => {
    for (const query of ['компенсація за догляд на непрофесійній основі', 'догляд на непрофесійній основі']) {
      expect(firstHit(query), query).toBe(id);
    }
  });
});

describe('rehabilitation-aids-provision', () => {
  const id = 'rehabilitation-aids-provision';

  it('rests on Law 875-XII Art. 38 read in the text and on КМУ 321', () => {
    const service = getService(id, { asOf: '2026-11-26' });
    expect(service.legalBasis.value.map((source) => source.id)).toEqual(['law-875-xii', 'kmu-321-2012']);
    expect(service.legalBasis.value[0]?.evidence).toBe('text');
  });

  it('is decided by the social protection unit, on its own card, and a CNAP and Diia accept it', () => {
    const service = getService(id, { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('uszn');
    expect(service.provider.basis.map((source) => source.evidence)).toContain('officialCard');
    expect(service.channels.value).toEqual(
      expect.arrayContaining(['cnap', 'usznOffice', 'starostaOrAuthorisedOfficial', 'diia']),
    );
  });

  it('is recorded from the renewed procedure of 15.12.2023', () => {
    expect(() => getService(id, { asOf: '2023-12-14' })).toThrow();
    expect(getService(id, { asOf: '2023-12-15' }).id).toBe(id);
  });

  it('is found first by the words people type', () => {
    for (const query of ['засоби реабілітації', 'ТЗР', 'крісло колісне', 'протез']) {
      expect(firstHit(query), query).toBe(id);
    }
  });
});

describe('chornobyl-disability-one-time-compensation', () => {
  const id = 'chornobyl-disability-one-time-compensation';

  it('rests on Law 796-XII Art. 48 read in the text', () => {
    const service = getService(id, { asOf: '2026-11-26' });
    expect(service.legalBasis.value[0]?.id).toBe('law-796-xii');
    expect(service.legalBasis.value[0]?.evidence).toBe('text');
  });

  it('moved from the social protection unit to the Pension Fund on 01.07.2025, and a CNAP accepts it', () => {
    expect(getService(id, { asOf: '2025-06-30' }).provider.value.kind).toBe('uszn');
    const service = getService(id, { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('pfu');
    expect(service.channels.value).toContain('cnap');
  });

  it('is found first by the words people type', () => {
    for (const query of ['одноразова компенсація чорнобильцям', 'ліквідатор ЧАЕС інвалідність компенсація']) {
      expect(firstHit(query), query).toBe(id);
    }
  });
});

describe('chornobyl-food-compensation', () => {
  const id = 'chornobyl-food-compensation';

  it('rests on Law 796-XII Art. 20 item 14 and Art. 21 item 6 read in the text', () => {
    const service = getService(id, { asOf: '2026-11-26' });
    expect(service.legalBasis.value.map((source) => source.id)).toEqual(['law-796-xii', 'law-796-xii']);
    expect(service.legalBasis.value.every((source) => source.evidence === 'text')).toBe(true);
  });

  it('is assigned by the Pension Fund within 10 days, and a CNAP and Diia accept it', () => {
    const service = getService(id, { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('pfu');
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 10, unit: 'calendarDays' } });
    expect(service.channels.value).toEqual(expect.arrayContaining(['cnap', 'diia', 'pfuOffice', 'post']));
  });

  it('is found first by the words people type', () => {
    for (const query of ['компенсація на харчування чорнобильцям', 'чорнобильські за харчування']) {
      expect(firstHit(query), query).toBe(id);
    }
  });
});
