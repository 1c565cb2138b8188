// The demo of the README's first command: four real cases walked through the SDK, on the real legal calendar.
//
// - The IDP living allowance under model III (paper, transfer registers) and birth assistance under model I
//   («Соціальна громада», electronic transfer): the catalogue entry, the applicant's checklist, then the case
//   moving through its states with dated deadlines, a suspension, the decision and the notification.
// - The administrative procedure of Law 2073-IX: a birth assistance package missing a document, left without
//   movement and cured (the filing day kept); a living allowance refused after the applicant was heard, the decision
//   printed as the applicant receives it, a complaint that cancels it and reopens the case, then a grant.
// - Case state lives in an embedded PostgreSQL (PGlite) in `.data/`: each run moves each case a few steps on,
//   so running it again continues the same cases. `--reset` starts over; `--en` prints English; `--in-memory`
//   keeps nothing and walks each case to its end in one run.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { describeServiceTerm, getService } from '@vikno/catalog';
import { isWorkingDay, nextWorkingDay, toKyivDate } from '@vikno/deadlines';
import {
  type CaseActor,
  type Complaint,
  caseKeys,
  createCase,
  persistCase,
  restoreCase,
  signComplaint,
  verifyComplaint,
  WorkflowError,
} from '@vikno/workflows';
import { dotted, type Language, narrator } from './narrate.js';
import { playStep, stageWords } from './play.js';
import { glossaryOf } from './procedure.js';
import { checklistOf, STORIES, type Step, type Story, scenario } from './scenario.js';

const args = process.argv.slice(2);
const language: Language = args.includes('--en') ? 'en' : 'uk';
const t = (uk: string, en: string) => (language === 'uk' ? uk : en);

// `--in-memory` keeps nothing (the test suite's smoke run); otherwise the cases live in `.data/`, beside the
// secret that signs them (a real host keeps its secret outside the database, see the workflows README).
const inMemory = args.includes('--in-memory');
// A run moves each stored case a few steps on; kept nowhere, a case is walked to its end at once.
const STEPS_PER_RUN = inMemory ? Number.POSITIVE_INFINITY : 4;
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
// A complaint against a case's decision is a case of its own, kept signed beside the case it is about.
await db.exec('alter table demo_case add column if not exists complaint jsonb');
if (args.includes('--reset')) await db.exec('delete from demo_case');

const CASES: readonly { readonly id: string; readonly story: Story }[] = [
  { id: 'C-0001', story: 'III' },
  { id: 'C-0002', story: 'I' },
  { id: 'C-0003', story: 'cured' },
  { id: 'C-0004', story: 'heard' },
];

const TERM_STATES = {
  running: t('біжить', 'running'),
  paused: t('зупинено', 'paused'),
  met: t('дотримано', 'met'),
  cancelled: t('скасовано', 'cancelled'),
};

/** A stored complaint, checked against the demo's key; one that fails the check is reported and left out. */
function restoreComplaint(caseId: string, stored: unknown): Complaint | undefined {
  if (stored === null || stored === undefined) return undefined;
  try {
    return verifyComplaint(stored, keys);
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    console.log(
      t(
        `Скаргу у справі ${caseId} не відновлено (${error.uk}).`,
        `The complaint on case ${caseId} not restored (${error.en}).`,
      ),
    );
    return undefined;
  }
}

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
  const { serviceId, model } = STORIES[spec.story];
  let row = (
    await db.query<{ started_on: string; next_step: number; snapshot: unknown; complaint: unknown }>(
      "select to_char(started_on, 'YYYY-MM-DD') as started_on, next_step, snapshot, complaint from demo_case where id = $1",
      [spec.id],
    )
  ).rows[0];
  const restored = row === undefined ? undefined : restore(spec.id, row.snapshot);
  if (row !== undefined && restored === undefined) row = undefined;
  const startedOn = row?.started_on ?? (isWorkingDay(today) ? today : nextWorkingDay(today));
  const service = getService(serviceId, { asOf: startedOn });
  const checklist = checklistOf(spec.story, startedOn);
  console.log(
    `\n━━ ${service.name.value[language]} — ${t('модель', 'model')} ${model}, ${t('справа', 'case')} ${spec.id}`,
  );
  let actor: CaseActor;
  if (row === undefined || restored === undefined) {
    console.log(`${t('Вирішує', 'Decided by')}: ${service.provider.value.name[language]}`);
    console.log(`${t('Строк', 'Term')}: ${describeServiceTerm(service.term.value)[language]}`);
    console.log(t('Документи:', 'Documents:'));
    for (const item of checklist.items)
      console.log(`  + ${item.documents.map((document) => document.name[language]).join(' / ')}`);
    for (const item of checklist.notDemanded)
      console.log(`  × ${item.documents[0]?.name[language]} — ${item.why[language]}`);
    actor = createCase({ caseId: spec.id, serviceId, model, asOf: startedOn });
  } else {
    actor = restored;
  }
  let complaint = row === undefined ? undefined : restoreComplaint(spec.id, row.complaint);
  const say = narrator(language, glossaryOf(service, checklist));
  const steps: Step[] = scenario(spec.story, startedOn);
  const from = row?.next_step ?? 0;
  const until = Math.min(steps.length, from + STEPS_PER_RUN);
  // The counter says what this run does: the steps it plays, or that none is left; it moves only with a step.
  if (row !== undefined && restored !== undefined)
    console.log(
      from < until
        ? t(
            `(продовження: справу відновлено з бази, кроки ${from + 1}–${until} з ${steps.length})`,
            `(continued: case restored from the database, steps ${from + 1}–${until} of ${steps.length})`,
          )
        : t(
            `(справу відновлено з бази: усі ${steps.length} кроків уже пройдено)`,
            `(case restored from the database: all ${steps.length} steps already taken)`,
          ),
    );
  for (const step of steps.slice(from, until)) {
    const played = playStep(step, { actor, service, complaint, say, language });
    complaint = played.complaint;
    for (const line of played.lines) console.log(line);
  }
  const { terms, registeredOn } = actor.getSnapshot().context;
  if (from === 0 && registeredOn)
    console.log(t(`Зареєстровано ${dotted(registeredOn)}.`, `Registered ${dotted(registeredOn)}.`));
  const decision = terms.decision;
  if (decision)
    console.log(
      `${t('Строк рішення', 'Decision term')}: ${dotted(decision.lastDay)} (${TERM_STATES[decision.state]})`,
    );
  console.log(`${t('Стан', 'State')}: ${stageWords(actor, keys, language)}`);
  await db.query(
    `insert into demo_case (id, service_id, started_on, next_step, snapshot, complaint) values ($1, $2, $3, $4, $5, $6)
     on conflict (id) do update set next_step = excluded.next_step, snapshot = excluded.snapshot,
       complaint = excluded.complaint`,
    [
      spec.id,
      serviceId,
      startedOn,
      until,
      JSON.stringify(persistCase(actor, { keys })),
      complaint === undefined ? null : JSON.stringify(signComplaint(complaint, keys)),
    ],
  );
  if (until >= steps.length && from < until)
    console.log(
      inMemory
        ? t('Справу завершено.', 'Case finished.')
        : t(
            'Справу завершено. `npm run demo -- --reset` почне заново.',
            'Case finished. `npm run demo -- --reset` starts over.',
          ),
    );
}
await db.close();
