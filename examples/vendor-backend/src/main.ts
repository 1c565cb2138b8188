// Starts one instance of the backend. Run several against one DATABASE_URL: they share the cases and the ticks.
//
//   PORT (3000), HOST (127.0.0.1), DATABASE_URL (unset: embedded PGlite in DATA_DIR, default `.data/`),
//   TICK_INTERVAL_MS (60000), INSTANCE (host name and process id), VIKNO_CASE_KEYS and VIKNO_CASE_KEY_ID (the
//   keys that sign stored cases: see keys.ts; outside production a public development key when unset),
//   OUTBOX_WEBHOOK_URL and OUTBOX_WEBHOOK_SECRET (where the outbox worker delivers, and the secret of its
//   signature: unset, nothing is delivered and the outbox only fills), OUTBOX_INTERVAL_MS (5000),
//   MIGRATE_ON_START (true or false; unset: true outside production, false with NODE_ENV=production, where an
//   instance refuses to start on a database with a migration pending: run `migrate` first; see db.ts).
import { hostname } from 'node:os';
import { AccessCodes } from './access-codes.js';
import { buildApp } from './app.js';
import { CaseStore } from './cases.js';
import { MigrationSettingError, migratesOnStart, openDatabase, prepareSchema } from './db.js';
import { caseKeysFromEnvironment } from './keys.js';
import { OutboxDelivery, startOutboxWorker } from './outbox-worker.js';
import { webhookSender } from './senders.js';
import { logTick, startTicker } from './ticker.js';

const env = process.env;
const { keys, development } = caseKeysFromEnvironment(env);
const db = await openDatabase({
  url: env.DATABASE_URL,
  dataDir: env.DATA_DIR ?? new URL('../.data', import.meta.url).pathname,
  migrate: false,
});
let migrated: string[];
try {
  migrated = await prepareSchema(db, { migrate: migratesOnStart(env) });
} catch (error) {
  await db.close();
  if (!(error instanceof MigrationSettingError)) throw error;
  console.error(`vendor backend not started: ${error.message}`);
  process.exit(1);
}
const store = new CaseStore(db, env.INSTANCE ?? `${hostname()}-${process.pid}`, { keys });
const outbox = env.OUTBOX_WEBHOOK_URL
  ? new OutboxDelivery(
      db,
      webhookSender({ url: env.OUTBOX_WEBHOOK_URL, secret: env.OUTBOX_WEBHOOK_SECRET ?? '' }),
    )
  : undefined;
const app = buildApp(store, {
  logger: true,
  status: { codes: new AccessCodes(db, { keys }) },
  ...(outbox ? { outbox } : {}),
});
if (migrated.length > 0) app.log.info({ migrations: migrated }, 'migrations applied');
if (development) app.log.warn('cases are signed with the public development key: set VIKNO_CASE_KEYS');

const ticker = startTicker(store, Number(env.TICK_INTERVAL_MS ?? 60_000), (outcome) => {
  if (outcome instanceof Error) app.log.error({ err: outcome }, 'tick failed');
  else logTick(app.log, outcome);
});

const worker = outbox
  ? startOutboxWorker(outbox, Number(env.OUTBOX_INTERVAL_MS ?? 5000), (outcome) => {
      if (outcome instanceof Error) app.log.error({ err: outcome }, 'outbox delivery failed');
      else if (outcome.delivered + outcome.failed + outcome.dead > 0)
        app.log.info(outcome, 'outbox delivered');
    })
  : undefined;
if (!worker) app.log.warn('OUTBOX_WEBHOOK_URL is not set: the outbox is not delivered');

async function shutdown() {
  await ticker.stop();
  await worker?.stop();
  await app.close();
  await db.close();
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

const address = await app.listen({ port: Number(env.PORT ?? 3000), host: env.HOST ?? '127.0.0.1' });
app.log.info({ database: db.kind, instance: store.instance, address }, 'vendor backend ready');
