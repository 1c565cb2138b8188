-- The cases, their audit trails and the outbox: the schema as the backend made it before it had migrations.
--
-- Written with `if not exists` throughout, so it also adopts a database an earlier backend made (every table
-- there, no `vikno_migration`): on such a database it adds only what that backend lacked, and is then recorded as
-- applied. Migrations after 0002 are plain changes, run once each.
--
-- Audit times and term days are kept as the text the SDK produced (ISO instants, civil dates), so nothing is
-- shifted by a driver's idea of time zones. A case whose TICK the SDK refused is marked with that day
-- (`tick_refused_on`) so the tick does not retry it until another day. A case that fails to restore is set aside
-- with when and why (`quarantined_at`, `quarantine_reason`: the SDK error's code and path); clearing
-- `quarantined_at` after a repair gives it back to the tick.
--
-- `next_tick_on` is the first day a tick would change the case (`nextTermChange` of @vikno/workflows), written
-- with every change; `vikno_case_next_tick` is the tick's claim (cases.ts `TICK_CLAIM`): its filter and order, so a
-- batch starts at the first case due instead of walking past those already ticked today. `derived` is the version
-- of such columns a row was written with (cases.ts `DERIVED_VERSION`, the number in `vikno_case_underived_3`):
-- null in a row written before them, which the tick's backfill brings up to date. `record` is the case's
-- `caseRecord` of @vikno/monitoring (what reports fold, never the snapshot), and `office`, `provider_office`,
-- `received_on` (with `service_id` and `model`) the columns a report filters on, each indexed with the day.
create table if not exists vikno_case (
  id text primary key,
  service_id text not null,
  model text not null,
  state text not null,
  persisted jsonb not null,
  running_terms boolean not null,
  ticked_on text,
  version integer not null,
  updated_at text not null,
  tick_refused_on text,
  quarantined_at text,
  quarantine_reason text
);
alter table vikno_case add column if not exists tick_refused_on text;
alter table vikno_case add column if not exists quarantined_at text;
alter table vikno_case add column if not exists quarantine_reason text;
alter table vikno_case add column if not exists next_tick_on text;
alter table vikno_case add column if not exists derived smallint;
drop index if exists vikno_case_tick;
drop index if exists vikno_case_claim;
create index if not exists vikno_case_next_tick on vikno_case (next_tick_on, id)
  where running_terms and quarantined_at is null;
alter table vikno_case add column if not exists record jsonb;
alter table vikno_case add column if not exists office text;
alter table vikno_case add column if not exists provider_office text;
alter table vikno_case add column if not exists received_on text;
drop index if exists vikno_case_underived;
drop index if exists vikno_case_underived_2;
create index if not exists vikno_case_underived_3 on vikno_case (id) where derived is distinct from 3;
create index if not exists vikno_case_received on vikno_case (received_on);
create index if not exists vikno_case_office on vikno_case (office, received_on);
create index if not exists vikno_case_provider on vikno_case (provider_office, received_on);
create index if not exists vikno_case_service on vikno_case (service_id, received_on);
create index if not exists vikno_case_model on vikno_case (model, received_on);

create table if not exists vikno_audit (
  case_id text not null references vikno_case (id),
  seq integer not null,
  type text not null,
  at text not null,
  role text not null,
  actor_id text not null,
  office text not null,
  primary key (case_id, seq)
);

create table if not exists vikno_outbox (
  id bigserial primary key,
  case_id text not null references vikno_case (id),
  event jsonb not null,
  raised_at text not null,
  instance text not null
);
