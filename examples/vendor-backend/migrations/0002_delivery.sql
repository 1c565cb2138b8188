-- What the backend keeps to reach applicants: the delivery state of each outbox entry (outbox-worker.ts) and the
-- access codes of the status lookup (access-codes.ts). Written with `if not exists`, as 0001, to adopt a database
-- an earlier backend made.
--
-- Instants are ISO text, as elsewhere in the backend: the worker's clock writes them and compares them as text
-- (`toISOString` sorts as time does).
--
-- - `attempts`: sends started, counted when an entry is claimed, so a message that crashes the worker still
--   reaches the cap;
-- - `next_attempt_at`: not before then (null: at once); a claimed entry's is pushed past the attempt's lease,
--   which is what keeps other workers off it while it is being sent;
-- - `last_error`: the code of the last failure (`http_503`, `timeout`), never a message;
-- - `delivered_at`: when a receiver took it; `dead_at`: when the worker gave up (the cap, or a refusal).
--
-- The pending index holds only what is still to deliver, so the claim never walks past delivered entries.
alter table vikno_outbox add column if not exists attempts integer not null default 0;
alter table vikno_outbox add column if not exists next_attempt_at text;
alter table vikno_outbox add column if not exists last_error text;
alter table vikno_outbox add column if not exists delivered_at text;
alter table vikno_outbox add column if not exists dead_at text;
create index if not exists vikno_outbox_pending on vikno_outbox (id)
  where delivered_at is null and dead_at is null;
create index if not exists vikno_outbox_dead on vikno_outbox (dead_at) where dead_at is not null;

-- One access code per case, kept as a hash only; looked up by the case number the applicant was given. No foreign
-- key: a lookup reads the case itself, and the case tables stay truncatable on their own.
create table if not exists vikno_access_code (
  case_id text primary key,
  case_number text not null,
  code_hash text not null,
  issued_at text not null
);
create index if not exists vikno_access_code_number on vikno_access_code (case_number);
