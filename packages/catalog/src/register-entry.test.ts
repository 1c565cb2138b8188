import type { Citation } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE, fixtureService } from '../test/fixtures.js';
import { SERVICES } from './data/index.js';
import { loadService, type ServiceData } from './data/load.js';
import { CatalogError } from './errors.js';
import { RegisterEntry, Service } from './schema.js';

const CARD: Citation = {
  act: 'register-card-00150-rozvadiv',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote: '«Ідентифікатор послуги: 00150»',
};

const ENTRY = {
  name: 'Призначення державної допомоги на дітей одиноким матерям',
  provider: { text: 'Виконавчі органи сільських, селищних, міських рад', kind: 'localCouncil' as const },
  basis: [CARD],
};

describe('RegisterEntry', () => {
  it('holds the Register’s name, the provider as the page read gives it, and the page read as a citation', () => {
    const entry = RegisterEntry.parse(ENTRY);
    expect(entry.name).toBe(ENTRY.name);
    expect(entry.provider?.kind).toBe('localCouncil');
    expect(entry.basis[0]?.evidence).toBe('secondary');
    expect(entry.basis[0]?.checkedOn).toBe('2026-11-26');
    expect(entry.basis[0]?.verified).toBe(false);
  });

  it('takes an entry whose provider was not read', () => {
    expect(RegisterEntry.safeParse({ name: ENTRY.name, basis: [CARD] }).success).toBe(true);
  });

  it('refuses an entry without a name, without the page read, with an unknown field or a provider of no kind', () => {
    const refused = [
      { basis: [CARD] },
      { name: '', basis: [CARD] },
      { name: ENTRY.name, basis: [] },
      { name: ENTRY.name },
      { ...ENTRY, readOn: '2026-11-26' },
      { ...ENTRY, provider: { text: 'УСЗН', kind: 'ministry' } },
      { ...ENTRY, provider: { kind: 'uszn' } },
      { name: ENTRY.name, basis: [{ ...CARD, act: 'no-such-act' }] },
    ];
    for (const entry of refused)
      expect(RegisterEntry.safeParse(entry).success, JSON.stringify(entry)).toBe(false);
  });

  it('is a field of a service, optional', () => {
    const withEntry = Service.parse(fixtureService('registered', { registerId: '00150', register: ENTRY }));
    expect(withEntry.register?.name).toBe(ENTRY.name);
    expect(Service.parse(fixtureService('unregistered')).register).toBeUndefined();
    const bad = Service.safeParse(
      fixtureService('registered', {
        registerId: '00150',
        register: { name: ENTRY.name, basis: [FIXTURE_SOURCE], x: 1 } as unknown as RegisterEntry,
      }),
    );
    expect(bad.success).toBe(false);
  });
});

describe('loadService with a Register entry', () => {
  const data = SERVICES[0] as ServiceData;

  it('resolves the page read to the source the register of acts holds', () => {
    const loaded = Service.parse(loadService({ ...data, registerId: '00150', register: ENTRY }));
    expect(loaded.register?.basis[0]?.id).toBe('register-card-00150-rozvadiv');
    expect(loaded.register?.basis[0]?.quote).toBe(CARD.quote);
  });

  it('refuses a page of an act the register does not hold, naming where', () => {
    let error: unknown;
    try {
      loadService(
        { ...data, register: { ...ENTRY, basis: [{ ...CARD, act: 'no-such-act' }] } },
        'services.3',
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).path).toBe('services.3.register.basis.0.act');
  });
});
