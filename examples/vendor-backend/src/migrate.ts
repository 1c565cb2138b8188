// Signs again, with the current key, the cases an older backend stored with @vikno/workflows 1 (a public checksum,
// no key). Run once after upgrading, with the same settings as the backend (DATABASE_URL or DATA_DIR, and the
// keys: see keys.ts):
//
//   pnpm --filter @vikno/example-vendor-backend migrate-cases
//
// It prints one line per case it could not migrate (id, and the check it failed), and a count of the others.
import { CaseStore } from './cases.js';
import { openDatabase } from './db.js';
import { caseKeysFromEnvironment } from './keys.js';

const env = process.env;
const db = await openDatabase({
  url: env.DATABASE_URL,
  dataDir: env.DATA_DIR ?? new URL('../.data', import.meta.url).pathname,
});
try {
  const store = new CaseStore(db, 'migrate-cases', { keys: caseKeysFromEnvironment(env).keys });
  const { migrated, skipped } = await store.migrateLegacyCases();
  for (const { caseId, code, path } of skipped) console.log(`set aside ${caseId}: ${code} at ${path}`);
  console.log(`migrated ${migrated} case(s); set aside ${skipped.length}`);
} finally {
  await db.close();
}
