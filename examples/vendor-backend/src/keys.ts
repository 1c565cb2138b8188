// The keys that sign persisted cases (HMAC-SHA-256, @vikno/workflows' caseKeys), read from the environment:
//
//   VIKNO_CASE_KEYS    key id and secret pairs, `id:secret,id:secret` (a secret: 32 bytes or more, e.g.
//                      `openssl rand -base64 32`); every key a stored case may be signed with.
//   VIKNO_CASE_KEY_ID  the id of the key that signs what is written now; the only key when there is one.
//
// Rotation: add the new key to VIKNO_CASE_KEYS and make it VIKNO_CASE_KEY_ID on every instance; cases are
// signed again with it as they change. Remove an old key only once no stored case is signed with it.
import { type CaseKeys, caseKeys } from '@vikno/workflows';

/**
 * A development key, known to anyone who reads this file: for running the example on a laptop, never for data
 * that matters. Outside production the backend uses it when VIKNO_CASE_KEYS is not set, and says so in its log.
 */
export const DEVELOPMENT_KEYS = {
  current: 'development',
  secrets: { development: 'vikno-example-development-key-not-a-secret' },
};

/** Why the environment's keys cannot be used; never quotes a secret. */
export class CaseKeysSettingError extends Error {
  override readonly name = 'CaseKeysSettingError';
}

/** The keys the environment gives, and whether they are the public development key. */
export function caseKeysFromEnvironment(env: Readonly<Record<string, string | undefined>>): {
  keys: CaseKeys;
  development: boolean;
} {
  const listed = env.VIKNO_CASE_KEYS?.trim();
  if (!listed) {
    if (env.NODE_ENV === 'production') {
      throw new CaseKeysSettingError('VIKNO_CASE_KEYS is not set: production needs the keys that sign cases');
    }
    return { keys: caseKeys(DEVELOPMENT_KEYS), development: true };
  }
  const secrets: Record<string, string> = {};
  for (const [index, pair] of listed.split(',').entries()) {
    const colon = pair.indexOf(':');
    if (colon <= 0) {
      throw new CaseKeysSettingError(`VIKNO_CASE_KEYS: pair ${index + 1} is not written as id:secret`);
    }
    secrets[pair.slice(0, colon).trim()] = pair.slice(colon + 1).trim();
  }
  const ids = Object.keys(secrets);
  const current = env.VIKNO_CASE_KEY_ID?.trim() || (ids.length === 1 ? ids[0] : undefined);
  if (current === undefined) {
    throw new CaseKeysSettingError('VIKNO_CASE_KEY_ID is not set: name which of the keys signs new cases');
  }
  return { keys: caseKeys({ current, secrets }), development: false };
}
