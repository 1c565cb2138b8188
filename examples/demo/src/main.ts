// The demo of the README's first command: two real cases walked through the SDK, on the real legal calendar.
//
// - The IDP living allowance under model III (paper, transfer registers) and birth assistance under model I
//   («Соціальна громада», electronic transfer): the catalogue entry, the applicant's checklist, then the case
//   moving through its states with dated deadlines, a suspension, the decision and the notification.
// - Case state lives in an embedded PostgreSQL (PGlite) in `.data/`: each run moves each case a few steps on,
//   so running it again continues the same cases. `--reset` starts over; `--en` prints English; `--in-memory`
//   keeps nothing.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { describeServiceTerm, getService } from '@vikno/catalog';
import { buildChecklist } from '@vikno/checklists';
import { isWorkingDay, nextWorkingDay, toKyivDate } from '@vikno/deadlines';
import {
  type CaseActor,
  type CaseEmitted,
  type CaseEvent,
  caseKeys,
  createCase,
  persistCase,
  restoreCase,
  sendCaseEvent,
  WorkflowError,
} from '@vikno/workflows';
import { type Step, scenario } from './scenario.js';

const args = process.argv.slice(2);
const language = args.includes('--en') ? 'en' : 'uk';
const t = (uk: string, en: string) => (language === 'uk' ? uk : en);
const STEPS_PER_RUN = 4;

// `--in-memory` keeps nothing (the test suite's smoke run); otherwise the cases live in `.data/`, beside the
// secret that signs them (a real host keeps its secret outside the database, see the workflows README).
const inMemory = args.includes('--in-memory');
const dataDir = new URL('../.data', import.meta.url).pathname;
const db = inMemory ? new PGlite() : new PGlite(dataDir);
const keys = caseKeys({ current: 'demo', secrets: { demo: inMemory ? randomBytes(32) : demoSecret() } });

function demoSecret(): Uint8Array {
  const file = `${dataDir}/case-key`;
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(file, 'utf8'), 'base64');
}
await db.exec(`
  create table if not exists demo_case (
    id text primary key,
    service_id text not null,
    started_on date not null,
    next_step integer not null,
    snapshot jsonb not null
  )`);
if (args.includes('--reset')) await db.exec('delete from demo_case');

const CASES = [
  { id: 'C-0001', serviceId: 'idp-living-allowance', model: 'III', facts: { age: 34, disability: false } },
  {
    id: 'C-0002',
    serviceId: 'birth-assistance',
    model: 'I',
    facts: { guardian: false, childBornAbroad: false, applicationForm: 'paper', idp: false },
  },
] as const;

const ukDate = (day: string) => day.split('-').reverse().join('.');
const time = (at: string) => `${ukDate(toKyivDate(at))} ${at.slice(11, 16)}`;

function describe(event: CaseEvent): string {
  switch (event.type) {
    case 'PACKAGE.CHECKED':
      return t('пакет повний, заяву зареєстровано', 'package complete, application registered');
    case 'TRANSFER.SENT':
      return t('передано в «Соціальну громаду» електронно', 'sent electronically through «Social Hromada»');
    case 'TRANSFER.ADDED':
      return t(
        `включено до реєстру передавання ${event.registerId}`,
        `added to transfer register ${event.registerId}`,
      );
    case 'TRANSFER.DISPATCHED':
      return t('реєстр відправлено до суб’єкта надання', 'register dispatched to the provider');
    case 'TRANSFER.RECEIVED':
      return t('реєстр отримано й підписано', 'register received and signed for');
    case 'ORIGINALS.RECEIVED':
      return t('паперові оригінали надійшли', 'paper originals arrived');
    case 'DOCUMENTS.REQUESTED':
      return t(
        `запитано документи: ${event.documents.join(', ')} — строк зупинено`,
        `documents requested: ${event.documents.join(', ')} — term stopped`,
      );
    case 'DOCUMENTS.RECEIVED':
      return t('документи надійшли — строк знову біжить', 'documents received — the term runs again');
    case 'DECISION.MADE':
      return t(
        `рішення: ${event.outcome === 'granted' ? 'призначити' : 'відмовити'}`,
        `decision: ${event.outcome}`,
      );
    case 'CNAP.INFORMED':
      return t('ЦНАП поінформовано про рішення', 'CNAP informed of the decision');
    case 'APPLICANT.NOTIFIED':
      return t(`заявника повідомлено (${event.channel})`, `applicant notified (${event.channel})`);
    case 'RESULT.ISSUED':
      return t('результат видано', 'result issued');
    default:
      return event.type;
  }
}

function describeEmitted(event: CaseEmitted): string {
  if (event.type === 'applicant.notify')
    return t('  ↳ сповіщення заявнику (SMS)', '  ↳ notify the applicant (SMS)');
  const term = {
    transfer: t('передавання', 'transfer'),
    decision: t('рішення', 'decision'),
    notification: t('повідомлення', 'notification'),
    collection: t('отримання', 'collection'),
    cure: t('усунення недоліків', 'cure'),
    hearing: t('подання позиції', 'hearing'),
    complaint: t('розгляду скарги', 'complaint'),
  }[event.term];
  return event.type === 'deadline.atRisk'
    ? t(
        `  ⚠ строк ${term} спливає ${ukDate(event.lastDay)}`,
        `  ⚠ the ${term} term ends ${ukDate(event.lastDay)}`,
      )
    : t(
        `  ✖ строк ${term} пропущено (${ukDate(event.lastDay)})`,
        `  ✖ the ${term} term was missed (${ukDate(event.lastDay)})`,
      );
}

const TERM_STATES = {
  running: t('біжить', 'running'),
  paused: t('зупинено', 'paused'),
  met: t('дотримано', 'met'),
  cancelled: t('скасовано', 'cancelled'),
};

/**
 * A stored case, checked against the demo's key: a case the demo stored before cases were signed (version 1) is
 * taken once and stored signed below; one that fails the check is reported and started over.
 */
function restore(caseId: string, stored: unknown): CaseActor | undefined {
  const legacy = (stored as { version?: unknown }).version === 1;
  try {
    return restoreCase(stored, { keys, caseId, legacy });
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    console.log(
      t(
        `Справу ${caseId} не відновлено (${error.uk}): починаємо заново.`,
        `Case ${caseId} not restored (${error.en}): starting over.`,
      ),
    );
    return undefined;
  }
}

const today = toKyivDate(new Date());
for (const spec of CASES) {
  let row = (
    await db.query<{ started_on: string; next_step: number; snapshot: unknown }>(
      "select to_char(started_on, 'YYYY-MM-DD') as started_on, next_step, snapshot from demo_case where id = $1",
      [spec.id],
    )
  ).rows[0];
  const restored = row === undefined ? undefined : restore(spec.id, row.snapshot);
  if (row !== undefined && restored === undefined) row = undefined;
  const startedOn = row?.started_on ?? (isWorkingDay(today) ? today : nextWorkingDay(today));
  const service = getService(spec.serviceId, { asOf: startedOn });
  console.log(
    `\n━━ ${service.name.value[language]} — ${t('модель', 'model')} ${spec.model}, ${t('справа', 'case')} ${spec.id}`,
  );
  let actor: CaseActor;
  if (row === undefined || restored === undefined) {
    console.log(`${t('Вирішує', 'Decided by')}: ${service.provider.value.name[language]}`);
    console.log(`${t('Строк', 'Term')}: ${describeServiceTerm(service.term.value)[language]}`);
    const checklist = buildChecklist(spec.serviceId, spec.facts, { asOf: startedOn });
    console.log(t('Документи:', 'Documents:'));
    for (const item of checklist.items)
      console.log(`  + ${item.documents.map((document) => document.name[language]).join(' / ')}`);
    for (const item of checklist.notDemanded)
      console.log(`  × ${item.documents[0]?.name[language]} — ${item.why[language]}`);
    actor = createCase({ caseId: spec.id, serviceId: spec.serviceId, model: spec.model, asOf: startedOn });
  } else {
    actor = restored;
    console.log(
      t(
        `(продовження: справу відновлено з бази, крок ${row.next_step})`,
        `(continued: case restored from the database, step ${row.next_step})`,
      ),
    );
  }
  const emitted: CaseEmitted[] = [];
  actor.on('*', (event) => emitted.push(event));
  const steps: Step[] = scenario(spec.model, startedOn);
  const from = row?.next_step ?? 0;
  const until = Math.min(steps.length, from + STEPS_PER_RUN);
  for (const step of steps.slice(from, until)) {
    for (const event of step.events) {
      emitted.length = 0;
      // The host's clock first: warnings due by the moment of the event, then the event and what it emits.
      sendCaseEvent(actor, {
        type: 'TICK',
        by: { role: 'system', id: 'demo', office: 'cnap' },
        at: event.at,
      });
      for (const warning of emitted.splice(0)) console.log(describeEmitted(warning));
      const result = sendCaseEvent(actor, event);
      console.log(
        `${time(event.at)}  ${describe(event)}${result.accepted ? '' : ` — ${t('відхилено', 'refused')}`}`,
      );
      for (const warning of emitted.splice(0)) console.log(describeEmitted(warning));
    }
  }
  const { terms, registeredOn } = actor.getSnapshot().context;
  if (from === 0 && registeredOn)
    console.log(t(`Зареєстровано ${ukDate(registeredOn)}.`, `Registered ${ukDate(registeredOn)}.`));
  const decision = terms.decision;
  if (decision)
    console.log(
      `${t('Строк рішення', 'Decision term')}: ${ukDate(decision.lastDay)} (${TERM_STATES[decision.state]})`,
    );
  console.log(`${t('Стан', 'State')}: ${JSON.stringify(actor.getSnapshot().value)}`);
  await db.query(
    `insert into demo_case (id, service_id, started_on, next_step, snapshot) values ($1, $2, $3, $4, $5)
     on conflict (id) do update set next_step = excluded.next_step, snapshot = excluded.snapshot`,
    [spec.id, spec.serviceId, startedOn, until, JSON.stringify(persistCase(actor, { keys }))],
  );
  if (until >= steps.length)
    console.log(
      t(
        'Справу завершено. `npm run demo -- --reset` почне заново.',
        'Case finished. `npm run demo -- --reset` starts over.',
      ),
    );
}
await db.close();
