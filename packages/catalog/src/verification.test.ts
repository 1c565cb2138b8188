import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE, fixtureService } from '../test/fixtures.js';
import { Catalog } from './catalog.js';
import { verificationReport } from './verification.js';

describe('verificationReport', () => {
  it('lists each value that rests only on unverified sources, and counts the rest', () => {
    const verified = { ...FIXTURE_SOURCE, id: 'checked', verified: true };
    const catalog = Catalog.fromUnknown([
      fixtureService('a', {
        fee: [{ value: { kind: 'free' }, basis: [verified] }],
        term: [
          { to: '2024-12-31', value: { kind: 'sameDay' }, basis: [FIXTURE_SOURCE, verified] },
          { from: '2025-01-01', value: { kind: 'sameDay' }, basis: [FIXTURE_SOURCE] },
        ],
      }),
    ]);
    const report = verificationReport(catalog);
    expect(report.values).toBe(11);
    expect(report.verified).toBe(2);
    expect(report.unverified.map((value) => value.field)).toEqual([
      'names',
      'available',
      'provider',
      'legalBasis',
      'term',
      'result',
      'appeal',
      'channels',
      'delivery',
    ]);
    expect(report.unverified.find((value) => value.field === 'term')).toEqual({
      serviceId: 'a',
      field: 'term',
      from: '2025-01-01',
      to: undefined,
      sourceIds: ['test-fixture'],
    });
  });

  it('counts the values by the evidence of their strongest citation', () => {
    const cited = (evidence: 'text' | 'officialCard' | 'secondary' | 'none') => ({
      act: 'law-5203-vi',
      evidence,
      checkedOn: '2026-11-25',
    });
    const catalog = Catalog.fromUnknown([
      fixtureService('a', {
        fee: [{ value: { kind: 'free' }, basis: [cited('secondary'), cited('text')] }],
        term: [
          { to: '2024-12-31', value: { kind: 'sameDay' }, basis: [cited('none')] },
          {
            from: '2025-01-01',
            value: { kind: 'sameDay' },
            basis: [cited('officialCard'), cited('secondary')],
          },
        ],
      }),
    ]);
    const report = verificationReport(catalog);
    // The other eight values rest on the fixture's hand-written source, which says only `verified: false`.
    expect(report.byEvidence).toEqual({ text: 1, officialCard: 1, secondary: 0, none: 1, unknown: 8 });
    expect(report.verified).toBe(2);
  });
});
