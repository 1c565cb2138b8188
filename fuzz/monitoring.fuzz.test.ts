import { fc, test } from '@fast-check/vitest';
import type { CaseEvent } from '@vikno/workflows';
import { describe, expect } from 'vitest';
import * as monitoring from '../packages/monitoring/src/index.js';
import {
  type ActionList,
  actionList,
  CaseRecord,
  caseRecord,
  MonitoringError,
  type TimelinessReport,
  timelinessReport,
} from '../packages/monitoring/src/index.js';
import { at, persisted, sample, through, transferOf } from '../packages/monitoring/test/cases.js';
import { PROCEDURE_PATHS } from '../packages/workflows/test/procedure-cases.js';
import {
  anyOf,
  expectEveryExportCovered,
  expectSafe,
  type FuzzCase,
  fuzzTable,
  hostile,
  mutated,
  PLANTED_NAME,
  PLANTED_TAX_NUMBER,
  RUNS,
} from './harness.js';

// The core of @vikno/monitoring with hostile arguments: caseRecord of anything (real persisted cases of every model
// and path, records, each with one field hostile), timelinessReport and actionList over lists of such cases mixed
// with hostile values, with hostile options. A result is a record the schema accepts, a report whose counts add up,
// an action list within its limit — or a MonitoringError naming the place, never the value. The notices and the
// applicant's status are fuzzed in monitoring-status.fuzz.test.ts, the exports in monitoring-export.fuzz.test.ts.

/** Real cases of each model along the paths of the procedure, one with the planted tax number as its id. */
const PERSISTED = (['I', 'II', 'III'] as const)
  .flatMap((model) => {
    const checked = sample('PACKAGE.CHECKED', at('2026-03-02'));
    const considered = [checked, ...transferOf(model, '2026-03-02')];
    const paths: CaseEvent[][] = [
      [],
      [{ ...checked, complete: false, missing: ['rnokpp'] } as CaseEvent],
      considered,
      [...considered, sample('DOCUMENTS.REQUESTED', at('2026-03-05'))],
      [
        ...considered,
        sample('DECISION.MADE', at('2026-03-20')),
        sample('CNAP.INFORMED', at('2026-03-20', '15:00')),
        sample('APPLICANT.NOTIFIED', at('2026-03-20', '16:00')),
        sample('RESULT.ISSUED', at('2026-03-23')),
      ],
      [checked, sample('APPLICATION.WITHDRAWN', at('2026-03-03'))],
    ];
    return paths.map((events, index) =>
      persisted(through(events, model, index === 2 ? PLANTED_TAX_NUMBER : 'C-1')),
    );
  })
  .concat(Object.values(PROCEDURE_PATHS).map((events) => persisted(through(events))));
const RECORDS = PERSISTED.map((item) => caseRecord(item));

/** A case, valid or hostile: a persisted case or a record, either with one field hostile, or anything. */
const aCase = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(...PERSISTED, ...RECORDS), weight: 4 },
  { arbitrary: fc.constantFrom(...PERSISTED).chain((item) => mutated(item)), weight: 2 },
  { arbitrary: fc.constantFrom(...RECORDS).chain((item) => mutated(item)), weight: 2 },
  { arbitrary: hostile, weight: 1 },
);
const mostlyValidCases = fc.oneof(
  { arbitrary: fc.array(fc.constantFrom<unknown>(...PERSISTED, ...RECORDS), { maxLength: 20 }), weight: 3 },
  { arbitrary: fc.array(aCase, { maxLength: 6 }), weight: 2 },
  { arbitrary: hostile, weight: 1 },
);

const instant = fc
  .integer({ min: Date.parse('2014-01-02T00:00:00Z'), max: Date.parse('2035-12-30T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());
const day = fc
  .integer({ min: 0, max: 60 })
  .map((offset) => new Date(Date.parse('2026-02-20') + offset * 86_400_000).toISOString().slice(0, 10));
const reportOptions = fc.record(
  {
    from: day,
    to: day,
    now: instant,
    groupBy: fc.uniqueArray(fc.constantFrom('office', 'providerOffice', 'service', 'model', 'week'), {
      maxLength: 5,
    }),
    filter: fc.record(
      {
        office: fc.array(fc.constantFrom('cnap-central', 'tp-1', PLANTED_NAME), { maxLength: 3 }),
        model: fc.uniqueArray(fc.constantFrom('I', 'II', 'III'), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    dueSoonWithinWorkingDays: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ['from', 'to', 'now', 'groupBy'] },
);
const REPORT_EXAMPLE = {
  from: '2026-03-01',
  to: '2026-03-31',
  now: '2026-03-25T12:00:00+02:00',
  groupBy: ['office'],
};
const actionOptions = fc.record(
  {
    now: instant,
    office: fc.constantFrom('cnap-central', 'uszn-district', PLANTED_NAME),
    role: fc.constantFrom('cnapAdministrator', 'decisionMaker', 'usznSpecialist', 'system', 'applicant'),
    limit: fc.integer({ min: 1, max: 5 }),
  },
  { requiredKeys: ['now', 'office', 'role'] },
);
const ACTION_EXAMPLE = { now: '2026-03-25T12:00:00+02:00', office: 'uszn-district', role: 'decisionMaker' };

/** A report whose groups add up to its total, each group no larger than its cases. */
function validReport(report: TimelinessReport): boolean {
  expect(report.groups.reduce((sum, group) => sum + group.received, 0)).toBe(report.total.received);
  for (const group of [report.total, ...report.groups]) {
    expect(group.registered).toBeLessThanOrEqual(group.received);
    for (const term of Object.values(group.terms)) {
      expect(term.daysLate.max).toBeLessThanOrEqual(term.daysLate.total);
      expect(Number.isInteger(term.overdue)).toBe(true);
    }
    for (const stage of Object.values(group.stages)) {
      if (stage.count > 0) expect(stage.median).toBeLessThanOrEqual(stage.p90 as number);
    }
  }
  return true;
}

function validActions(list: ActionList, args: unknown[]): boolean {
  const limit = (args[1] as { limit?: number }).limit ?? 500;
  expect(list.actions.length).toBeLessThanOrEqual(Math.min(limit, list.total));
  return true;
}

const CASES: Record<string, FuzzCase> = {
  caseRecord: {
    args: fc.tuple(aCase),
    call: caseRecord,
    valid: (record: unknown) => CaseRecord.safeParse(record).success,
  },
  timelinessReport: {
    args: fc.tuple(mostlyValidCases, anyOf(reportOptions, REPORT_EXAMPLE)),
    call: timelinessReport,
    valid: validReport,
  },
  actionList: {
    args: fc.tuple(mostlyValidCases, anyOf(actionOptions, ACTION_EXAMPLE)),
    call: actionList,
    valid: validActions,
  },
  MonitoringError: {
    args: fc.tuple(
      anyOf(
        fc.record({ code: fc.constant('INVALID_CASE'), path: fc.string(), uk: fc.string(), en: fc.string() }),
        {
          code: 'INVALID_CASE',
          path: 'cases.1',
          uk: 'Помилка',
          en: 'Error',
        },
      ),
    ),
    call: (details: never) => new MonitoringError(details),
  },
};

describe('@vikno/monitoring under hostile input', () => {
  test('the table names every export', () => {
    expectEveryExportCovered(monitoring, [
      ...Object.keys(CASES),
      // Fuzzed in monitoring-status.fuzz.test.ts.
      'applicantStatus',
      'notice',
      'noticeKindOf',
      'smsSize',
      // Fuzzed in monitoring-export.fuzz.test.ts.
      'tableToCsv',
      'reportRows',
      'reportToCsv',
      'reportToJson',
      'actionRows',
      'actionListToCsv',
      'actionListToJson',
      'indicatorValues',
    ]);
  });

  fuzzTable(CASES);

  test.prop([fc.array(aCase, { maxLength: 4 }), anyOf(reportOptions, REPORT_EXAMPLE)], { numRuns: RUNS })(
    'an async iterable of hostile cases rejects with the typed error or resolves to a valid report',
    async (cases, options) => {
      async function* cursor() {
        yield* cases;
      }
      let outcome: { returned: unknown } | { threw: unknown };
      try {
        outcome = { returned: await timelinessReport(cursor() as never, options as never) };
      } catch (error) {
        outcome = { threw: error };
      }
      expectSafe(() => {
        if ('threw' in outcome) throw outcome.threw;
        return outcome.returned;
      });
    },
  );
});
