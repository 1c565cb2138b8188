import { describe, expect, it } from 'vitest';
import { getService, searchServices } from '../default.js';
import { IDP_HOSTING_COMPENSATION } from './services/idp-hosting-compensation.js';

// The second round of war-related services added for issue 14, each pinned to what its sources say: a value that
// drifts from its source, or a service the everyday words no longer find first, fails here.

/** The id of the service a query ranks first. */
function firstHit(query: string, asOf = '2026-11-26'): string | undefined {
  return searchServices(query, { asOf })[0]?.service.id;
}

describe('idp-hosting-compensation', () => {
  it('is the Register’s service 02416, as the Dykanka CNAP card names it', () => {
    const service = getService('idp-hosting-compensation', { asOf: '2026-11-26' });
    expect(service.registerId).toBe('02416');
    expect(IDP_HOSTING_COMPENSATION.register?.name).toBe(
      'Компенсація витрат за тимчасове розміщення внутрішньо переміщених осіб',
    );
  });

  it('was taken by a CNAP for the council’s executive body, free, in 5 working days, until 28.02.2025', () => {
    const service = getService('idp-hosting-compensation', { asOf: '2025-02-28' });
    expect(service.provider.value.kind).toBe('localCouncil');
    expect(service.channels.value).toEqual(['cnap']);
    expect(service.fee.value.kind).toBe('free');
    expect(service.term.value).toEqual({ kind: 'term', term: { amount: 5, unit: 'workingDays' } });
    expect(service.term.basis.map((source) => source.id)).toEqual(['dykanka-cnap-card-02416']);
  });

  it('is decided by the Pension Fund from 01.03.2025, through its offices and portal, as a state notice says', () => {
    const service = getService('idp-hosting-compensation', { asOf: '2025-03-01' });
    expect(service.provider.value.kind).toBe('pfu');
    expect(service.provider.basis.map((source) => source.id)).toContain('volnovakha-idp-hosting-pfu-2025');
    expect(
      service.provider.basis.find((source) => source.id === 'volnovakha-idp-hosting-pfu-2025')?.evidence,
    ).toBe('officialCard');
    expect(service.channels.value).toEqual(['pfuOffice', 'pfuPortal']);
    expect(service.channels.value).not.toContain('cnap');
  });

  it('names the three refusal grounds of the Pension Fund era', () => {
    const service = getService('idp-hosting-compensation', { asOf: '2026-11-26' });
    expect(service.refusalGrounds?.value).toHaveLength(3);
    expect(service.result.value[0]?.uk).toContain('450 грн');
  });

  it('is found first by the words people type', () => {
    for (const query of ['прихисток', 'компенсація за розміщення ВПО', 'прихистив переселенців']) {
      expect(firstHit(query), query).toBe('idp-hosting-compensation');
    }
  });
});

describe('damaged-property-notice', () => {
  it('is the Register’s service 02418, as the Novyi Rozdil CNAP card names it', () => {
    const service = getService('damaged-property-notice', { asOf: '2026-11-26' });
    expect(service.registerId).toBe('02418');
    expect(service.name.value.uk).toContain('Подання інформаційного повідомлення про пошкоджене та знищене');
  });

  it('is filed in Diia or at a CNAP, as the Ministry of Justice says, received the same day', () => {
    const service = getService('damaged-property-notice', { asOf: '2026-11-26' });
    expect(service.channels.value).toEqual(['cnap', 'diia']);
    expect(
      service.channels.basis.find((source) => source.id === 'minjust-damaged-property-notice-2022')?.evidence,
    ).toBe('officialCard');
    expect(service.term.value).toEqual({ kind: 'sameDay' });
    expect(service.delivery.value).toEqual({ models: [], socialHromada: false });
  });

  it('is free and goes to the Register’s holder, as Law 2923-IX Art. 14 says in its text', () => {
    const service = getService('damaged-property-notice', { asOf: '2026-11-26' });
    expect(service.fee.value.kind).toBe('free');
    expect(service.fee.basis.find((source) => source.id === 'law-2923-ix')?.verified).toBe(true);
    expect(service.provider.value.kind).toBe('centralAuthority');
    expect(service.provider.basis.every((source) => source.verified)).toBe(true);
  });

  it('is found first by the words people type', () => {
    for (const query of ['повідомлення про пошкоджене майно', 'пошкоджене житло', 'прильот']) {
      expect(firstHit(query), query).toBe('damaged-property-notice');
    }
  });
});
