import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../default.js';

// The checklists of the family services of issue 14's second round, pinned to their sources.

const asOf = '2026-11-26';

describe('basic-social-assistance', () => {
  it('asks for the family representative’s application on paper, the only line a source gives for it', () => {
    const checklist = buildChecklist('basic-social-assistance', { applicationForm: 'paper' }, { asOf });
    expect(checklist.items.map((item) => `${item.id}:${item.form}`)).toEqual(['application:original']);
    expect(checklist.settled).toBe(true);
  });

  it('in Diia needs a biometric ID card or passport for travel abroad, and the taxpayer number verified', () => {
    const checklist = buildChecklist('basic-social-assistance', { applicationForm: 'electronic' }, { asOf });
    expect(checklist.items.map((item) => item.id)).toEqual(['application', 'identity']);
    expect(checklist.notDemanded.map((item) => `${item.id}<${item.register.id}`)).toEqual([
      'rnokpp<taxpayers-register',
    ]);
  });

  it('has no list before the pilot opened on 01.07.2025', () => {
    expect(() => buildChecklist('basic-social-assistance', {}, { asOf: '2025-06-30' })).toThrow();
  });
});
