import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../default.js';

// The checklists of the family, child-care and old-age services added for issue 14, pinned to their sources.

const asOf = '2026-11-26';

describe('municipal-nanny-compensation', () => {
  it('asks for the written application, and for the disability certificate only where a disability is the ground', () => {
    const plain = buildChecklist('municipal-nanny-compensation', { disability: false }, { asOf });
    expect(plain.items.map((item) => item.id)).toEqual(['application']);
    const disabled = buildChecklist('municipal-nanny-compensation', { disability: true }, { asOf });
    expect(disabled.items.map((item) => item.id)).toEqual(['application', 'disability-certificate']);
  });

  it('leaves the disability line open until the fact is known', () => {
    const open = buildChecklist('municipal-nanny-compensation', {}, { asOf });
    expect(open.settled).toBe(false);
    expect(open.undetermined.map((item) => item.id)).toEqual(['disability-certificate']);
  });
});

describe('pension-age-temporary-assistance', () => {
  it('asks for the application, passport and income declaration, and reads the taxpayer number itself', () => {
    const checklist = buildChecklist('pension-age-temporary-assistance', { applicant: 'self' }, { asOf });
    expect(checklist.items.map((item) => `${item.id}:${item.form}`)).toEqual([
      'application:original',
      'identity:presentOnly',
      'income-declaration:original',
    ]);
    expect(checklist.notDemanded.map((item) => `${item.id}<${item.register.id}`)).toEqual([
      'rnokpp<taxpayers-register',
    ]);
  });

  it('asks a legal representative for the guardianship decision', () => {
    const checklist = buildChecklist(
      'pension-age-temporary-assistance',
      { applicant: 'legalRepresentative' },
      { asOf },
    );
    expect(checklist.items.map((item) => item.id)).toContain('guardianship');
  });
});

describe('one-time-material-assistance', () => {
  it('asks a person with a disability for the medical commission’s conclusion, with copies of the passport', () => {
    const checklist = buildChecklist('one-time-material-assistance', { disability: true }, { asOf });
    expect(checklist.items.map((item) => `${item.id}:${item.form}`)).toEqual([
      'application:original',
      'identity:copyWithOriginal',
      'disability-certificate:copy',
    ]);
    expect(checklist.notDemanded.map((item) => `${item.id}<${item.register.id}`)).toEqual([
      'rnokpp<taxpayers-register',
    ]);
  });

  it('asks a non-working low-income person for no disability document', () => {
    const checklist = buildChecklist('one-time-material-assistance', { disability: false }, { asOf });
    expect(checklist.items.map((item) => item.id)).not.toContain('disability-certificate');
  });
});

describe('orphan-coming-of-age-assistance', () => {
  it('asks for the application, the passport with its copy and the consent to process personal data', () => {
    const checklist = buildChecklist('orphan-coming-of-age-assistance', {}, { asOf });
    expect(checklist.items.map((item) => `${item.id}:${item.form}`)).toEqual([
      'application:original',
      'identity:copyWithOriginal',
      'personal-data-consent:original',
    ]);
    expect(checklist.notDemanded.map((item) => `${item.id}<${item.register.id}`)).toEqual([
      'rnokpp<taxpayers-register',
    ]);
  });
});
