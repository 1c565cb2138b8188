import { test } from '@fast-check/vitest';
import { CatalogError } from '@vikno/catalog';
import { describe, expect } from 'vitest';
import { attempt, hostile, judge, PLANTED_NAME, RUNS } from './harness.js';

// The harness must fail what it exists to fail: a test that cannot fail is a defect.
describe('the fuzz harness', () => {
  test('fails a foreign error', () => {
    expect(() => judge(attempt(() => JSON.parse('{')))).toThrow(/not the SDK's typed error/);
  });
  test('fails an error whose Ukrainian text holds English words', () => {
    const mixed = new CatalogError({
      code: 'INVALID_OPTION',
      path: 'x',
      en: 'Cannot add',
      uk: 'Неможливо add a case',
    });
    expect(() => judge({ threw: mixed })).toThrow(/English words/);
    const issue = { path: 'x.y', en: 'Bad', uk: 'Очікується string' };
    const inIssue = new CatalogError({
      code: 'INVALID_OPTION',
      path: 'x',
      en: 'Bad',
      uk: 'Погано',
      issues: [issue],
    });
    expect(() => judge({ threw: inIssue })).toThrow(/English words/);
    expect(() =>
      judge({ threw: new CatalogError({ ...issue, code: 'INVALID_OPTION', uk: 'Погано' }) }),
    ).not.toThrow();
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
