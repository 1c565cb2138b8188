// The tick's claim must not slow down as the day's tick goes on: with most open cases already ticked today, the
// query that claims the next batch has to reach the cases still due through an index, not walk past the ticked
// ones. Judged by the plan PostgreSQL runs (EXPLAIN ANALYZE), on PGlite and on a real server, never by time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TICK_CLAIM } from '../src/cases.js';
import type { Database } from '../src/db.js';
import { drivers } from './support.js';

const CASES = 20_000;
const DUE = 500;
const TODAY = '2026-06-15';
const BATCH = 50;

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Relation Name'?: string;
  readonly 'Index Name'?: string;
  readonly 'Parent Relationship'?: string;
  readonly 'Actual Rows'?: number;
  readonly 'Rows Removed by Filter'?: number;
  readonly 'Rows Removed by Index Recheck'?: number;
  readonly Plans?: readonly PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe.each(drivers('tick_claim'))('the tick claim on $name', ({ open }) => {
  let db: Database;

  beforeAll(async () => {
    db = await open();
    // Open cases as the tick sees them: all with running terms, all but the last DUE already ticked today, as a
    // tick that has gone through most of them leaves them (due next tomorrow, or later), the others due today or
    // earlier. The snapshot is not read by the claim.
    await db.query(
      `insert into vikno_case (id, service_id, model, state, persisted, running_terms, ticked_on, next_tick_on,
                               version, updated_at, derived)
       select 'C-' || lpad(n::text, 8, '0'), 'birth-assistance', 'I', 'consideration', '{}'::jsonb, true,
              case when n <= $1 then $2 end,
              case when n <= $1 then (case n % 3 when 0 then '2026-06-16' when 1 then '2026-07-01' end)
                   else (case n % 2 when 0 then $2 else '2026-06-10' end) end,
              2, '2026-06-15T06:00:00.000Z', 1
         from generate_series(1, $3::int) as n`,
      [CASES - DUE, TODAY, CASES],
    );
    await db.query('analyze vikno_case');
  });
  afterAll(async () => {
    await db.close();
  });

  it('reaches the cases still due through an index that matches it, past no case ticked today', async () => {
    const plan = await db.transaction(async (tx) => {
      const { rows } = await tx.query<Record<string, unknown>>(
        `explain (analyze, format json) ${TICK_CLAIM}`,
        [TODAY, BATCH],
      );
      const explained = Object.values(rows[0] ?? {})[0];
      const parsed = (typeof explained === 'string' ? JSON.parse(explained) : explained) as {
        Plan: PlanNode;
      }[];
      return parsed[0]?.Plan as PlanNode;
    });
    // One scan of the table, through the claim's index (an index scan in its order, or a bitmap of the cases due),
    // never a sequential scan nor the primary key.
    const scans = nodes(plan).filter((node) => node['Relation Name'] === 'vikno_case');
    expect(scans).toHaveLength(1);
    const [scan] = scans as [PlanNode];
    expect(['Index Scan', 'Bitmap Heap Scan']).toContain(scan['Node Type']);
    const indexes = nodes(scan)
      .map((node) => node['Index Name'])
      .filter((name) => name !== undefined);
    expect(indexes).toEqual(['vikno_case_next_tick']);
    // Rows read: at most the cases due, and none thrown away: none of the cases ticked today is visited.
    expect(scan['Actual Rows']).toBeGreaterThanOrEqual(BATCH);
    expect(scan['Actual Rows']).toBeLessThanOrEqual(DUE);
    expect((scan['Rows Removed by Filter'] ?? 0) + (scan['Rows Removed by Index Recheck'] ?? 0)).toBe(0);
  });
});
