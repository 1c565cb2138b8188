import { describe, expect, it } from 'vitest';
import { getService } from '../default.js';

// Corrections of the data found while its citations were re-read (issue 12), pinned so they do not come back.

describe('corrections of the catalogue data', () => {
  it('names the application form of КМУ 765, not 695, for birth assistance from 01.07.2025', () => {
    for (const asOf of ['2025-07-01', '2025-12-31', '2026-03-02']) {
      const form = getService('birth-assistance', { asOf }).applicationForm;
      expect(form?.value.uk, asOf).toContain('№ 765');
      expect(
        form?.basis.map((source) => source.id),
        asOf,
      ).toContain('kmu-765-2025');
    }
    // 695 is the form of the disability and no-pension assistance, where it stays.
    expect(
      getService('disability-from-childhood-assistance', { asOf: '2025-07-01' }).applicationForm?.value.uk,
    ).toContain('№ 695');
  });

  it('rests the 2025 form on secondary evidence and the 2026 one on the official notices of КМУ 1805', () => {
    const in2025 = getService('birth-assistance', { asOf: '2025-09-01' }).applicationForm;
    expect(in2025?.basis.map((source) => source.evidence)).toEqual(['secondary']);
    expect(in2025?.basis[0]?.verified).toBe(false);
    const in2026 = getService('birth-assistance', { asOf: '2026-03-02' }).applicationForm;
    expect(in2026?.basis.every((source) => source.evidence === 'officialCard')).toBe(true);
  });

  it('does not call Law 4681-IX verified where only news and the ministry say what it changed from 01.01.2026', () => {
    const basis = getService('birth-assistance', { asOf: '2026-03-02' }).legalBasis;
    const law = basis.basis.find((source) => source.id === 'law-4681-ix');
    expect(law?.evidence).toBe('secondary');
    expect(law?.verified).toBe(false);
    // Its opening was read in a text copy, so the act itself, as a part of the legal basis, is cited by its text.
    expect(basis.value.find((source) => source.id === 'law-4681-ix')?.evidence).toBe('text');
  });
});
