import { type Service, Service as ServiceSchema } from '@vikno/catalog';
import type { LegalSource } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { formatRegisterReport, registerAlignment } from '../register-report.js';

const source = (checkedOn: string, evidence: LegalSource['evidence'] = 'secondary'): LegalSource => ({
  id: `card-${checkedOn}`,
  act: { uk: 'Картка ЦНАП', en: 'CNAP card' },
  verified: evidence === 'text' || evidence === 'officialCard',
  evidence,
  checkedOn,
});
const basis = [source('2026-01-01')];
const USZN = { kind: 'uszn', name: { uk: 'УСЗН', en: 'USZN' } } as const;
const PFU = { kind: 'pfu', name: { uk: 'ПФУ', en: 'PFU' } } as const;

function service(id: string, extra: Partial<Service> = {}): Service {
  return ServiceSchema.parse({
    id,
    social: true,
    names: [
      { to: '2025-06-30', value: { uk: 'Стара назва', en: 'Old name' }, basis },
      { from: '2025-07-01', value: { uk: 'Призначення допомоги', en: 'Assistance' }, basis },
    ],
    description: { uk: 'Опис', en: 'Description' },
    available: [{ value: true, basis }],
    provider: [
      { to: '2025-06-30', value: USZN, basis },
      { from: '2025-07-01', value: PFU, basis },
    ],
    legalBasis: [{ value: basis, basis }],
    fee: [{ value: { kind: 'free' }, basis }],
    term: [{ value: { kind: 'sameDay' }, basis }],
    result: [{ value: [{ uk: 'Рішення', en: 'Decision' }], basis }],
    appeal: [{ value: { uk: 'До суду', en: 'To a court' }, basis }],
    channels: [{ value: ['cnap'], basis }],
    delivery: [{ value: { models: ['III'], socialHromada: false }, basis }],
    lifeSituations: ['lowIncome'],
    ...extra,
  });
}

const aligned = service('aligned', {
  registerId: '00001',
  register: {
    name: 'Призначення  допомоги',
    provider: { text: 'Територіальні органи ПФУ', kind: 'pfu' },
    basis: [source('2026-11-26')],
  },
});
const renamed = service('renamed', {
  registerId: '00002',
  register: { name: 'Надання допомоги', basis: [source('2026-11-20'), source('2026-11-26', 'officialCard')] },
});
const oldPage = service('old-page', {
  registerId: '00003',
  register: {
    name: 'Стара назва',
    provider: { text: 'Органи соціального захисту', kind: 'uszn' },
    basis: [source('2025-01-10')],
  },
});
const movedProvider = service('moved-provider', {
  registerId: '00004',
  register: {
    name: 'Призначення допомоги',
    provider: { text: 'Виконавчі органи сільських, селищних, міських рад', kind: 'localCouncil' },
    basis: [source('2026-11-26')],
  },
});
const noEntry = service('no-entry', { registerId: '00005' });
const noId = service('no-id');

describe('registerAlignment', () => {
  const report = registerAlignment([aligned, renamed, oldPage, movedProvider, noEntry, noId]);
  const row = (id: string) => report.rows.find((entry) => entry.service === id);

  it('compares the Register’s name and provider with the catalogue’s as they stood on the day the page was read', () => {
    expect(row('aligned')).toMatchObject({
      readOn: '2026-11-26',
      nameDiffers: false,
      providerDiffers: false,
    });
    // Read when the old name and USZN applied: no difference.
    expect(row('old-page')).toMatchObject({
      readOn: '2025-01-10',
      catalogueName: 'Стара назва',
      catalogueProvider: 'uszn',
      nameDiffers: false,
      providerDiffers: false,
    });
  });

  it('finds a name that differs, dated by the latest page read, with the strongest evidence of what was read', () => {
    expect(row('renamed')).toMatchObject({
      readOn: '2026-11-26',
      evidence: 'officialCard',
      registerName: 'Надання допомоги',
      catalogueName: 'Призначення допомоги',
      nameDiffers: true,
      providerDiffers: false,
      providerRead: false,
    });
  });

  it('takes quotes of any style and Roman numerals in Latin or Cyrillic letters as the same name', () => {
    const typographic = service('typographic', {
      registerId: '00006',
      names: [
        { value: { uk: 'Допомога особам з інвалідністю I чи II групи «муніципальна няня»', en: 'x' }, basis },
      ],
      register: {
        name: 'Допомога особам з інвалідністю І чи ІІ групи "муніципальна няня"',
        basis: [source('2026-11-26')],
      },
    });
    expect(registerAlignment([typographic]).rows[0]?.nameDiffers).toBe(false);
    const other = service('other', {
      registerId: '00007',
      names: [{ value: { uk: 'Допомога особам з інвалідністю I групи', en: 'x' }, basis }],
      register: { name: 'Допомога особам з інвалідністю ІІ групи', basis: [source('2026-11-26')] },
    });
    expect(registerAlignment([other]).rows[0]?.nameDiffers).toBe(true);
  });

  it('finds a provider that differs by its kind', () => {
    expect(row('moved-provider')).toMatchObject({
      nameDiffers: false,
      providerDiffers: true,
      registerProvider: { kind: 'localCouncil' },
      catalogueProvider: 'pfu',
    });
  });

  it('lists the services without an id, and those with an id but no Register entry', () => {
    expect(report.withoutId).toEqual(['no-id']);
    expect(report.withoutEntry).toEqual(['no-entry']);
    expect(report.counts).toEqual({
      services: 6,
      withId: 5,
      withEntry: 4,
      withoutEntry: 1,
      withoutId: 1,
      nameDiffers: 1,
      providerRead: 3,
      providerDiffers: 1,
    });
  });

  it('prints the differences with the day read, the services without an id, and the counts', () => {
    const text = formatRegisterReport(report);
    expect(text).toContain('renamed (00002), read 2026-11-26');
    expect(text).toContain('«Надання допомоги»');
    expect(text).toContain('moved-provider (00004), read 2026-11-26');
    expect(text).toContain('localCouncil');
    expect(text).not.toContain('aligned (00001)');
    expect(text).toContain('no-id');
    expect(text).toMatch(/6 services: 5 with a Register id/);
  });

  it('answers an empty catalogue', () => {
    expect(registerAlignment([]).counts.services).toBe(0);
    expect(formatRegisterReport(registerAlignment([]))).toMatch(/0 services/);
  });
});
