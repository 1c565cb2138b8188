import { Catalog, type ServiceInput } from '@vikno/catalog';
import type { LegalSource } from '@vikno/deadlines';
import type { ChecklistRuleInput, DocumentType, Register } from '../src/index.js';

/** A source for fixtures; fixtures are not legal facts, and say so. */
export const FIXTURE_SOURCE: LegalSource = {
  id: 'test-fixture',
  act: { uk: 'Тестовий акт', en: 'Test act' },
  verified: false,
  note: 'A test fixture, not a legal fact.',
};
const basis = [FIXTURE_SOURCE];

function service(id: string): ServiceInput {
  return {
    id,
    social: true,
    names: [{ value: { uk: id, en: id }, basis }],
    description: { uk: 'Опис', en: 'Description' },
    available: [{ value: true, basis }],
    provider: [{ value: { kind: 'uszn', name: { uk: 'УСЗН', en: 'USZN' } }, basis }],
    legalBasis: [{ value: basis, basis }],
    fee: [{ value: { kind: 'free' }, basis }],
    term: [{ value: { kind: 'sameDay' }, basis }],
    result: [{ value: [{ uk: 'Рішення', en: 'Decision' }], basis }],
    appeal: [{ value: { uk: 'До суду', en: 'To a court' }, basis }],
    channels: [{ value: ['cnap'], basis }],
    delivery: [{ value: { models: ['III'], socialHromada: false }, basis }],
    lifeSituations: ['childBirth'],
  };
}

export const FIXTURE_CATALOG = Catalog.fromUnknown([service('alpha'), service('beta'), service('gamma')]);

export const FIXTURE_REGISTERS: Register[] = [
  {
    id: 'civil',
    name: { uk: 'Реєстр ЦС', en: 'Civil register' },
    holder: { uk: 'Мін’юст', en: 'MoJ' },
    basis,
  },
  { id: 'tax', name: { uk: 'Реєстр ДПС', en: 'Tax register' }, holder: { uk: 'ДПС', en: 'STS' }, basis },
];

export const FIXTURE_DOCUMENTS: DocumentType[] = [
  { id: 'application', name: { uk: 'Заява', en: 'Application' }, onePerService: true, basis },
  { id: 'passport', name: { uk: 'Паспорт', en: 'Passport' }, basis },
  { id: 'id-card', name: { uk: 'ID-картка', en: 'ID card' }, basis },
  { id: 'tax-number', name: { uk: 'РНОКПП', en: 'Tax number' }, heldIn: ['tax'], basis },
  {
    id: 'birth',
    name: { uk: 'Свідоцтво про народження', en: 'Birth certificate' },
    heldIn: ['civil'],
    basis,
  },
  {
    id: 'medical',
    name: { uk: 'Медична довідка', en: 'Medical certificate' },
    validity: { amount: 6, unit: 'months' },
    basis,
  },
  { id: 'idp', name: { uk: 'Довідка ВПО', en: 'IDP certificate' }, basis },
];

export const FIXTURE_RULES: ChecklistRuleInput[] = [
  {
    serviceId: 'alpha',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: { uk: 'Заява', en: 'Application' },
        basis,
      },
      {
        id: 'identity',
        documents: ['passport', 'id-card'],
        form: 'presentOnly',
        reason: { uk: 'Особа', en: 'Identity' },
        basis,
      },
      {
        id: 'tax-number',
        documents: ['tax-number'],
        form: 'copy',
        reason: { uk: 'РНОКПП', en: 'Tax number' },
        basis,
        fromRegister: { register: 'tax', basis },
      },
      {
        id: 'birth',
        documents: ['birth'],
        when: { not: { fact: 'childBornAbroad', equals: true } },
        form: 'copyWithOriginal',
        reason: { uk: 'Народження', en: 'Birth' },
        basis,
        fromRegister: { register: 'civil', when: { fact: 'applicationForm', equals: 'electronic' }, basis },
      },
      {
        id: 'idp',
        documents: ['idp'],
        when: { fact: 'idp', equals: true },
        form: 'copy',
        reason: { uk: 'ВПО', en: 'IDP' },
        basis,
      },
    ],
  },
  {
    serviceId: 'beta',
    to: '2025-12-31',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: { uk: 'Заява', en: 'Application' },
        basis,
      },
      { id: 'birth', documents: ['birth'], form: 'copy', reason: { uk: 'Народження', en: 'Birth' }, basis },
    ],
  },
  {
    serviceId: 'beta',
    from: '2026-01-01',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: { uk: 'Заява', en: 'Application' },
        basis,
      },
      {
        id: 'birth',
        documents: ['birth'],
        form: 'original',
        reason: { uk: 'Народження', en: 'Birth' },
        basis,
      },
      {
        id: 'medical',
        documents: ['medical'],
        form: 'original',
        reason: { uk: 'Медицина', en: 'Medical' },
        basis,
      },
    ],
  },
];
