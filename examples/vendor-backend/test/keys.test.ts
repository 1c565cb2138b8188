import { WorkflowError } from '@vikno/workflows';
import { describe, expect, it } from 'vitest';
import { CaseKeysSettingError, caseKeysFromEnvironment } from '../src/keys.js';

const ONE = 'one-0123456789abcdef-0123456789abcdef';
const TWO = 'two-0123456789abcdef-0123456789abcdef';

describe('the keys from the environment', () => {
  it('reads id:secret pairs, and which one signs', () => {
    const { keys, development } = caseKeysFromEnvironment({
      VIKNO_CASE_KEYS: `2026-01:${ONE}, 2026-06:${TWO}`,
      VIKNO_CASE_KEY_ID: '2026-06',
    });
    expect(development).toBe(false);
    expect(keys.ids).toEqual(['2026-01', '2026-06']);
    expect(keys.current).toBe('2026-06');
    expect(caseKeysFromEnvironment({ VIKNO_CASE_KEYS: `only:${ONE}` }).keys.current).toBe('only');
  });

  it('uses the public development key only outside production', () => {
    expect(caseKeysFromEnvironment({}).development).toBe(true);
    expect(() => caseKeysFromEnvironment({ NODE_ENV: 'production' })).toThrow(CaseKeysSettingError);
  });

  it('refuses what it cannot use, never quoting a secret', () => {
    const refusal = (env: Record<string, string>) => {
      try {
        caseKeysFromEnvironment(env);
      } catch (error) {
        return error as Error;
      }
      throw new Error('expected a refusal');
    };
    const refusals = [
      refusal({ VIKNO_CASE_KEYS: `a:${ONE},b:${TWO}` }),
      refusal({ VIKNO_CASE_KEYS: `a:${ONE},${TWO}`, VIKNO_CASE_KEY_ID: 'a' }),
      refusal({ VIKNO_CASE_KEYS: 'a:tiny-secret' }),
      refusal({ VIKNO_CASE_KEYS: `a:${ONE}`, VIKNO_CASE_KEY_ID: 'b' }),
    ];
    expect(refusals.map((error) => error.constructor)).toEqual([
      CaseKeysSettingError,
      CaseKeysSettingError,
      WorkflowError,
      WorkflowError,
    ]);
    for (const error of refusals) {
      expect(JSON.stringify({ ...error, message: error.message })).not.toMatch(
        /0123456789abcdef|tiny-secret/,
      );
    }
  });
});
