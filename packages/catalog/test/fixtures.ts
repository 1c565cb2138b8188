import type { LegalSource } from '@vikno/deadlines';
import type { Cnap, ServiceInput } from '../src/index.js';

/** A source for fixtures; fixtures are not legal facts, and say so. */
export const FIXTURE_SOURCE: LegalSource = {
  id: 'test-fixture',
  act: { uk: 'Тестовий акт', en: 'Test act' },
  number: '1-T',
  adopted: '2020-01-01',
  verified: false,
  note: 'A test fixture, not a legal fact.',
};

const basis = [FIXTURE_SOURCE];

/** A minimal valid service; tests change one thing at a time. */
export function fixtureService(id: string, overrides: Partial<ServiceInput> = {}): ServiceInput {
  return {
    id,
    social: true,
    names: [{ value: { uk: 'Тестова послуга', en: 'Test service' }, basis }],
    description: { uk: 'Опис', en: 'Description' },
    available: [{ value: true, basis }],
    provider: [{ value: { kind: 'uszn', name: { uk: 'УСЗН', en: 'USZN' } }, basis }],
    legalBasis: [{ value: basis, basis }],
    fee: [{ value: { kind: 'free' }, basis }],
    term: [{ value: { kind: 'term', term: { amount: 10, unit: 'workingDays' } }, basis }],
    result: [{ value: [{ uk: 'Рішення', en: 'Decision' }], basis }],
    appeal: [{ value: { uk: 'До суду', en: 'To a court' }, basis }],
    channels: [{ value: ['cnap'], basis }],
    delivery: [{ value: { models: ['III'], socialHromada: false }, basis }],
    lifeSituations: ['lowIncome'],
    ...overrides,
  };
}

/** A CNAP with every field of its card filled. */
export const EXAMPLE_CNAP: Cnap = {
  id: 'example-cnap',
  name: { uk: 'ЦНАП Прикладної міської ради', en: 'CNAP of the Example City Council' },
  address: { uk: 'вул. Центральна, 1, м. Приклад', en: '1 Tsentralna St, Example' },
  hours: {
    '1': { opens: '08:00', closes: '17:00' },
    '2': { opens: '08:00', closes: '20:00' },
    '3': { opens: '08:00', closes: '17:00' },
    '4': { opens: '08:00', closes: '17:00' },
    '5': { opens: '08:00', closes: '16:00', breakFrom: '12:00', breakTo: '12:45' },
    '6': { opens: '09:00', closes: '13:00' },
  },
  hoursNote: { uk: 'У святкові дні працює за графіком', en: 'Holiday hours vary' },
  phone: '+380441234567',
  email: 'cnap@example.org',
  website: 'https://cnap.example.org/',
  localCodes: { 'birth-assistance': '03-01' },
};
