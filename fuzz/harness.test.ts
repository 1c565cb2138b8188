import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { attempt, hostile, judge, PLANTED_NAME, RUNS } from './harness.js';

// The harness must fail what it exists to fail: a test that cannot fail is a defect.
describe('the fuzz harness', () => {
  test('fails a foreign error', () => {
    expect(() => judge(attempt(() => JSON.parse('{')))).toThrow(/not the SDK's typed error/);
  });
  test('fails a result the validator rejects', () => {
    expect(() =>
      judge(
        { returned: 'NaN-NaN-NaN' },
        (date) => /^\d{4}-\d\d-\d\d$/.test(String(date)) && !String(date).includes('NaN'),
      ),
    ).toThrow(/invalid result/);
  });
  test.prop([hostile], { numRuns: RUNS })('generates values without throwing itself', (value) => {
    expect(attempt(() => String(typeof value))).toEqual({ returned: typeof value });
  });
  test('knows the planted name', () => {
    expect(PLANTED_NAME.length).toBeGreaterThan(5);
  });
});
