import { describe, expect, it } from 'vitest';
import { getService, searchServices } from '../default.js';

// The family, child-care and old-age services added for issue 14, each pinned to what its sources say: a value
// that drifts from its source, or a service the everyday words no longer find first, fails here.

/** The ids of the services a query ranks first. */
function firstHit(query: string, asOf = '2026-11-26'): string | undefined {
  return searchServices(query, { asOf })[0]?.service.id;
}

describe('municipal-nanny-compensation', () => {
  it('is the Register’s service 01195, as a CNAP card names it', () => {
    const service = getService('municipal-nanny-compensation', { asOf: '2026-11-26' });
    expect(service.registerId).toBe('01195');
    expect(service.name.value.uk).toContain('муніципальна няня');
  });

  it('is decided by the social protection unit and accepted by a CNAP, within 10 working days', () => {
    const service = getService('municipal-nanny-compensation', { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('uszn');
    expect(service.channels.value).toContain('cnap');
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 10, unit: 'workingDays' } });
    expect(service.fee.value.kind).toBe('free');
  });

  it('exists only from 12.02.2019, when КМУ 68 took effect', () => {
    expect(() => getService('municipal-nanny-compensation', { asOf: '2019-02-11' })).toThrow();
    expect(getService('municipal-nanny-compensation', { asOf: '2019-02-12' }).legalBasis.value[0]?.id).toBe(
      'kmu-68-2019',
    );
  });

  it('is extended for martial law by КМУ 664 from 11.06.2024, read in the text', () => {
    expect(
      getService('municipal-nanny-compensation', { asOf: '2024-06-10' }).legalBasis.value.map(
        (source) => source.id,
      ),
    ).toEqual(['kmu-68-2019']);
    const basis = getService('municipal-nanny-compensation', { asOf: '2024-06-11' }).legalBasis.value;
    const extension = basis.find((source) => source.id === 'kmu-664-2024');
    expect(extension?.evidence).toBe('text');
    expect(extension?.quote).toContain('Поширити на період воєнного стану');
  });

  it('is found first by the words people type', () => {
    for (const query of ['муніципальна няня', 'няня', 'компенсація за няню', 'гроші на няню']) {
      expect(firstHit(query), query).toBe('municipal-nanny-compensation');
    }
  });
});

describe('pension-age-temporary-assistance', () => {
  it('applies from 01.01.2018 under КМУ 1098 and still in 2026, beyond the first period to 31.12.2020', () => {
    expect(() => getService('pension-age-temporary-assistance', { asOf: '2017-12-31' })).toThrow();
    const first = getService('pension-age-temporary-assistance', { asOf: '2018-01-01' });
    expect(first.legalBasis.value[0]?.id).toBe('kmu-1098-2017');
    const now = getService('pension-age-temporary-assistance', { asOf: '2026-11-26' }).legalBasis;
    expect(now.from).toBe('2021-01-01');
    expect(now.basis.map((source) => source.id)).toContain('sud-pension-age-assistance-2025');
  });

  it('is decided by the social protection unit within 10 days, free, and a CNAP accepts it', () => {
    const service = getService('pension-age-temporary-assistance', { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('uszn');
    expect(service.channels.value).toEqual(['cnap', 'usznOffice']);
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 10, unit: 'calendarDays' } });
    expect(service.fee.value.kind).toBe('free');
  });

  it('is found first by the words people type', () => {
    for (const query of [
      'тимчасова допомога без стажу',
      'не вистачає стажу',
      'допомога непрацюючим пенсійного віку',
    ]) {
      expect(firstHit(query), query).toBe('pension-age-temporary-assistance');
    }
  });
});

describe('one-time-material-assistance', () => {
  it('rests on КМУ 256 item 1, read in the text, and is the Register’s service 00112', () => {
    const service = getService('one-time-material-assistance', { asOf: '2026-11-26' });
    expect(service.registerId).toBe('00112');
    const source = service.legalBasis.value.find((candidate) => candidate.id === 'kmu-256-2017');
    expect(source?.evidence).toBe('text');
    expect(source?.quote).toContain('Порядок виплати одноразової матеріальної допомоги');
  });

  it('is paid by the social protection body, decided within a month, free, and a CNAP accepts it', () => {
    const service = getService('one-time-material-assistance', { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('uszn');
    expect(service.channels.value).toContain('cnap');
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 1, unit: 'months' } });
    expect(service.fee.value.kind).toBe('free');
    expect(() => getService('one-time-material-assistance', { asOf: '2017-04-11' })).toThrow();
  });

  it('is found first by the words people type', () => {
    for (const query of [
      'одноразова матеріальна допомога',
      'матеріальна допомога на лікування',
      'разова допомога',
    ]) {
      expect(firstHit(query), query).toBe('one-time-material-assistance');
    }
  });
});

describe('orphan-coming-of-age-assistance', () => {
  it('rests on КМУ 823 item 1, read in the Cabinet’s own text, from 25.08.2005', () => {
    expect(() => getService('orphan-coming-of-age-assistance', { asOf: '2005-08-24' })).toThrow();
    const source = getService('orphan-coming-of-age-assistance', {
      asOf: '2026-11-26',
    }).legalBasis.value.find((candidate) => candidate.id === 'kmu-823-2005');
    expect(source?.evidence).toBe('text');
    expect(source?.quote).toContain('після досягнення 18-річного віку');
  });

  it('is paid by the education department, taken by a CNAP, within 30 working days, free', () => {
    const service = getService('orphan-coming-of-age-assistance', { asOf: '2026-11-26' });
    expect(service.provider.value.name.uk).toContain('освіти');
    expect(service.channels.value).toContain('cnap');
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 30, unit: 'workingDays' } });
    expect(service.fee.value.kind).toBe('free');
  });

  it('is found first by the words people type', () => {
    for (const query of [
      'допомога сиротам після 18',
      'одноразова допомога дітям-сиротам',
      'виплата сироті 18 років',
    ]) {
      expect(firstHit(query), query).toBe('orphan-coming-of-age-assistance');
    }
  });
});
