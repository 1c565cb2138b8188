import { describe, expect, it } from 'vitest';
import { getService, searchServices } from '../default.js';
import { FALLEN_DEFENDER_FAMILY_STATUS } from './services/fallen-defender-family-status.js';

// The services for people affected by the war added for issue 14, each pinned to what its sources say: a value that
// drifts from its source, or a service the everyday words no longer find first, fails here.

/** The id of the service a query ranks first. */
function firstHit(query: string, asOf = '2026-11-26'): string | undefined {
  return searchServices(query, { asOf })[0]?.service.id;
}

describe('war-affected-child-status', () => {
  it('is granted by the guardianship body, as Law 2402-III Art. 30-1 says in its text', () => {
    const service = getService('war-affected-child-status', { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('other');
    expect(service.provider.value.name.uk).toContain('Орган опіки та піклування');
    const law = service.provider.basis.find((source) => source.id === 'law-2402-iii');
    expect(law?.verified).toBe(true);
    expect(law?.quote).toContain('надається органом опіки та піклування');
  });

  it('is accepted by a CNAP, free of charge', () => {
    const service = getService('war-affected-child-status', { asOf: '2026-11-26' });
    expect(service.channels.value).toContain('cnap');
    expect(service.fee.value.kind).toBe('free');
    expect(service.lifeSituations).toContain('internalDisplacement');
  });

  it('is found first by the words people type', () => {
    for (const query of ['статус дитини війни', 'дитина постраждала від війни', 'дитина війни']) {
      expect(firstHit(query), query).toBe('war-affected-child-status');
    }
  });
});

describe('fallen-defender-family-status', () => {
  it('is the Register’s service 02599, as a CNAP card names the certificate', () => {
    const service = getService('fallen-defender-family-status', { asOf: '2026-11-26' });
    expect(service.registerId).toBe('02599');
    expect(FALLEN_DEFENDER_FAMILY_STATUS.register?.name).toContain(
      'Видача посвідчення члена сім’ї загиблого',
    );
  });

  it('is decided by the social protection unit in 30 calendar days, through a CNAP or Diia', () => {
    const service = getService('fallen-defender-family-status', { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('uszn');
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 30, unit: 'calendarDays' } });
    expect(service.channels.value).toEqual(expect.arrayContaining(['cnap', 'diia']));
    expect(service.fee.value.kind).toBe('free');
  });

  it('rests on Law 3551-XII Art. 10-1 read in its text', () => {
    const service = getService('fallen-defender-family-status', { asOf: '2026-11-26' });
    const law = service.legalBasis.value.find((source) => source.id === 'law-3551-xii');
    expect(law?.verified).toBe(true);
  });

  it('is found first by the words people type', () => {
    for (const query of [
      'член сім’ї загиблого',
      'посвідчення члена сім’ї загиблого',
      'сім’я загиблого військового',
    ]) {
      expect(firstHit(query), query).toBe('fallen-defender-family-status');
    }
  });
});

describe('destroyed-property-compensation', () => {
  it('is filed on paper through a CNAP or online through Diia, as Law 2923-IX Art. 4 says in its text', () => {
    const service = getService('destroyed-property-compensation', { asOf: '2026-11-26' });
    expect(service.channels.value).toEqual(expect.arrayContaining(['cnap', 'mobileCnap', 'diia']));
    expect(service.channels.basis.every((source) => source.verified)).toBe(true);
    expect(service.delivery.value).toEqual({ models: [], socialHromada: false });
  });

  it('is decided by the hromada’s commission within 30 calendar days, with three grounds for refusal', () => {
    const service = getService('destroyed-property-compensation', { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('localCouncil');
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 30, unit: 'calendarDays' } });
    expect(service.refusalGrounds?.value).toHaveLength(3);
    expect(service.applicationWindow?.value.within).toEqual({ amount: 1, unit: 'years' });
  });

  it('does not exist before Law 2923-IX took effect on 22.05.2023', () => {
    expect(() => getService('destroyed-property-compensation', { asOf: '2023-05-21' })).toThrow();
    expect(getService('destroyed-property-compensation', { asOf: '2023-05-22' }).id).toBe(
      'destroyed-property-compensation',
    );
  });

  it('is found first by the words people type', () => {
    for (const query of ['єВідновлення', 'житловий сертифікат', 'компенсація за зруйноване житло']) {
      expect(firstHit(query), query).toBe('destroyed-property-compensation');
    }
  });
});

describe('war-disability-status', () => {
  it('rests on Law 3551-XII Art. 7 read in its text, and is filed through a CNAP or Diia', () => {
    const service = getService('war-disability-status', { asOf: '2026-11-26' });
    expect(service.legalBasis.value.every((source) => source.id === 'law-3551-xii' && source.verified)).toBe(
      true,
    );
    expect(service.channels.value).toEqual(expect.arrayContaining(['cnap', 'diia']));
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 1, unit: 'months' } });
    expect(service.lifeSituations).toEqual(['disability']);
  });

  it('is found first by the words people type', () => {
    for (const query of ['інвалідність внаслідок війни', 'статус ІВВ', 'інвалід війни']) {
      expect(firstHit(query), query).toBe('war-disability-status');
    }
  });
});

describe('defender-housing-compensation', () => {
  it('rests on Housing Code Art. 48-1 read in its text and on КМУ 719', () => {
    const service = getService('defender-housing-compensation', { asOf: '2026-11-26' });
    expect(service.legalBasis.value.map((source) => source.id)).toEqual(['housing-code', 'kmu-719-2016']);
    expect(service.legalBasis.value[0]?.verified).toBe(true);
  });

  it('is accepted by a CNAP and decided in 15 working days (10 for the submission, 5 for the commission)', () => {
    const service = getService('defender-housing-compensation', { asOf: '2026-11-26' });
    expect(service.channels.value).toContain('cnap');
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 15, unit: 'workingDays' } });
    expect(service.fee.value.kind).toBe('free');
  });

  it('is found first by the words people type', () => {
    for (const query of [
      'компенсація за житло',
      'компенсація замість квартири',
      'житло для сімей загиблих',
    ]) {
      expect(firstHit(query), query).toBe('defender-housing-compensation');
    }
  });
});

describe('defender-rent-compensation', () => {
  it('exists from КМУ 252 of 07.03.2025 and is taken by a CNAP', () => {
    expect(() => getService('defender-rent-compensation', { asOf: '2025-03-06' })).toThrow();
    const service = getService('defender-rent-compensation', { asOf: '2026-11-26' });
    expect(service.channels.value).toContain('cnap');
    expect(service.legalBasis.value.map((source) => source.id)).toEqual(['kmu-252-2025']);
  });

  it('is decided by the veteran policy unit within 10 working days, as a regional administration says', () => {
    const service = getService('defender-rent-compensation', { asOf: '2026-11-26' });
    expect(service.provider.value.kind).toBe('localCouncil');
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 10, unit: 'workingDays' } });
    expect(service.term.basis.some((source) => source.id === 'poda-rent-compensation-notice')).toBe(true);
  });

  it('is found first by the words people type', () => {
    for (const query of ['компенсація оренди житла', 'оренда житла ветеранам', 'гроші на оренду']) {
      expect(firstHit(query), query).toBe('defender-rent-compensation');
    }
  });
});
