// The report over realistic generated histories (the vendor backend's generator: three models, every path of the
// procedure), checked number by number against a count written plainly here: each record's terms judged with
// `deadlineStatus` and its stages timed with `countWorkingDays` of @vikno/deadlines. And the report over the
// persisted cases equals the one over their records.
import { countWorkingDays, deadlineStatus } from '@vikno/deadlines';
import { describe, expect, it } from 'vitest';
import { generateCaseHistories } from '../../../examples/vendor-backend/src/generator.js';
import { KEYS } from '../test/cases.js';
import { type CaseRecord, caseRecord, RECORDED_TERMS } from './record.js';
import {
  type DayStatistics,
  type GroupKey,
  type GroupKeyValues,
  type TermTimeliness,
  type TimelinessGroup,
  type TimelinessOptions,
  timelinessReport,
} from './report.js';

/** Histories that stop in spring (summer time) and in winter, so that a report reads both Kyiv offsets. */
const HISTORIES = [
  { seed: 21, count: 500, now: '2026-05-15T12:00:00+03:00' },
  { seed: 22, count: 300, now: '2026-02-10T09:30:00+02:00', weeks: 20 },
].map((options) => [...generateCaseHistories({ ...options, keys: KEYS })]);
const persisted = HISTORIES.flat();
const records = persisted.map(caseRecord);

const dayOf = (instant: string) => instant.slice(0, 10);
const workingDays = (from: string, to: string) => (to <= from ? 0 : countWorkingDays(from, to));
const calendarDays = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7) + 3);
  const year = date.getUTCFullYear();
  const week = Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const keyOf = (record: CaseRecord, key: GroupKey) =>
  ({
    office: record.office,
    providerOffice: record.providerOffice,
    service: record.serviceId,
    model: record.model,
    week: isoWeek(record.receivedOn as string),
  })[key];

/** The nearest-rank percentile of `values`. */
function rank(values: readonly number[], share: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[Math.max(1, Math.ceil(share * sorted.length)) - 1] as number);
}
const statistics = (values: readonly number[]): DayStatistics => ({
  count: values.length,
  median: rank(values, 0.5),
  p90: rank(values, 0.9),
});

/** The timeliness of `group`'s records, counted one record at a time with @vikno/deadlines. */
function expected(group: readonly CaseRecord[], options: TimelinessOptions): Omit<TimelinessGroup, 'key'> {
  const now = options.now;
  const today = dayOf(timelinessReport([], { ...options, groupBy: [] }).now);
  const terms = Object.fromEntries(
    RECORDED_TERMS.map((kind) => {
      const counted = {
        metOnTime: 0,
        metLate: 0,
        runningOnTrack: 0,
        atRisk: 0,
        overdue: 0,
        paused: 0,
        cancelled: 0,
      };
      const late: number[] = [];
      for (const record of group) {
        const term = record.terms[kind];
        if (term === undefined) continue;
        if (term.state === 'met') {
          if (term.metAt !== null && Date.parse(term.metAt) > Date.parse(term.dueAt)) {
            counted.metLate++;
            late.push(workingDays(term.lastDay, dayOf(term.metAt)));
          } else {
            counted.metOnTime++;
          }
        } else if (term.state === 'running') {
          const { status } = deadlineStatus(term, now, {
            dueSoonWithinWorkingDays: options.dueSoonWithinWorkingDays ?? 2,
          });
          if (status === 'overdue') counted.overdue++;
          else if (status === 'onTrack') counted.runningOnTrack++;
          else counted.atRisk++;
        } else {
          counted[term.state]++;
        }
      }
      const total = late.reduce((sum, days) => sum + days, 0);
      const daysLate = { total, max: Math.max(0, ...late), median: rank(late, 0.5) };
      return [kind, { ...counted, daysLate } satisfies TermTimeliness];
    }),
  ) as TimelinessGroup['terms'];
  const stageDays: number[][] = [[], [], [], [], [], []];
  for (const record of group) {
    const { stages } = record;
    const reached = [
      record.registeredOn,
      stages.providerReceived,
      stages.decided,
      stages.informed,
      stages.notified,
      stages.issued,
    ];
    let previous: string | null = record.receivedOn;
    reached.forEach((at, index) => {
      const day = at === null ? null : dayOf(at);
      if (day !== null && previous !== null) stageDays[index]?.push(workingDays(previous, day));
      previous = day;
    });
  }
  const suspended = group.filter((record) => record.suspensions.length > 0);
  const dispatched = group.filter((record) => record.transfer?.dispatchedAt != null);
  const count = (test: (record: CaseRecord) => boolean) => group.filter(test).length;
  return {
    received: group.length,
    registered: count((record) => record.registeredOn !== null),
    leftWithoutMovement: count((record) => record.stages.leftWithoutMovement !== null),
    returned: count((record) => record.stages.returned !== null),
    withdrawn: count((record) => record.stages.withdrawn !== null),
    decided: count((record) => record.stages.decided !== null),
    issued: count((record) => record.stages.issued !== null),
    terms,
    stages: {
      registration: statistics(stageDays[0] as number[]),
      providerReceipt: statistics(stageDays[1] as number[]),
      decision: statistics(stageDays[2] as number[]),
      cnapInformed: statistics(stageDays[3] as number[]),
      applicantNotified: statistics(stageDays[4] as number[]),
      resultIssued: statistics(stageDays[5] as number[]),
    },
    suspended: {
      cases: suspended.length,
      days: suspended
        .flatMap((record) => record.suspensions)
        .reduce((sum, pause) => sum + Math.max(0, calendarDays(pause.from, pause.to ?? today)), 0),
    },
    registers: {
      dispatchedLate: dispatched.filter((record) => {
        const due = record.terms.transfer?.dueAt;
        return due !== undefined && Date.parse(record.transfer?.dispatchedAt as string) > Date.parse(due);
      }).length,
      notConfirmed: dispatched.filter(
        (record) => record.transfer?.receivedAt === null && record.state === 'transfer',
      ).length,
    },
    originalsAwaited: count((record) => record.originals === 'awaited'),
  };
}

const REPORTS: readonly TimelinessOptions[] = [
  { from: '2025-09-01', to: '2026-05-15', now: '2026-05-15T12:00:00+03:00', groupBy: [] },
  {
    from: '2026-02-01',
    to: '2026-05-15',
    now: '2026-05-15T12:00:00+03:00',
    groupBy: ['office', 'providerOffice'],
  },
  { from: '2026-03-01', to: '2026-04-30', now: '2026-06-02T08:00:00Z', groupBy: ['week', 'model'] },
  {
    from: '2025-09-01',
    to: '2026-02-10',
    now: '2026-02-10T09:30:00+02:00',
    groupBy: ['service', 'office', 'model'],
    dueSoonWithinWorkingDays: 5,
  },
  {
    from: '2025-10-01',
    to: '2026-01-31',
    now: '2026-01-20T17:45:00+02:00',
    groupBy: ['providerOffice', 'week'],
    filter: { model: ['II', 'III'] },
    dueSoonWithinWorkingDays: 0,
  },
];

describe('timelinessReport over generated histories', () => {
  it.each(REPORTS.map((options) => [options.now, options.groupBy.join(', '), options] as const))(
    'at %s by [%s]: every number as counted case by case',
    (_now, _groupBy, options) => {
      const report = timelinessReport(records, options);
      const counted = records.filter(
        (record) =>
          record.receivedOn !== null &&
          record.receivedOn >= options.from &&
          record.receivedOn <= options.to &&
          (options.filter?.model === undefined || options.filter.model.includes(record.model)),
      );
      expect(report.total.received).toBe(counted.length);
      expect(report.total.received).toBeGreaterThan(50);
      expect(report.total).toEqual({ key: {}, ...expected(counted, options) });
      const keys = new Set(
        counted.map((record) => options.groupBy.map((key) => keyOf(record, key)).join('|')),
      );
      expect(report.groups).toHaveLength(keys.size);
      for (const group of report.groups) {
        const inGroup = counted.filter((record) =>
          options.groupBy.every((key) => keyOf(record, key) === group.key[key as keyof GroupKeyValues]),
        );
        expect(group).toEqual({ key: group.key, ...expected(inGroup, options) });
      }
    },
  );

  it.each(REPORTS.map((options) => [options.now, options.groupBy.join(', '), options] as const))(
    'at %s by [%s]: the same over the persisted cases as over their records',
    (_now, _groupBy, options) => {
      expect(timelinessReport(persisted, options)).toEqual(timelinessReport(records, options));
    },
  );
});
