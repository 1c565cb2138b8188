import { fc, test } from '@fast-check/vitest';
import { countWorkingDays, deadlineStatus } from '@vikno/deadlines';
import { addDays } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_PATHS } from '../../workflows/test/procedure-cases.js';
import { at, persisted, sample, through, transferOf, wholeCase } from '../test/cases.js';
import { MonitoringError } from './errors.js';
import { type CaseRecord, caseRecord } from './record.js';
import { Histogram, momentOf, standing, timelinessReport } from './report.js';

const MARCH = { from: '2026-03-01', to: '2026-03-31', now: '2026-03-25T12:00:00+02:00' } as const;

/** A varied set of real cases, all received in March 2026. */
function marchCases() {
  const suspendedEvents = [
    sample('PACKAGE.CHECKED', at('2026-03-02')),
    ...transferOf('I', '2026-03-02'),
    sample('DOCUMENTS.REQUESTED', at('2026-03-04')),
  ];
  return {
    onTimeI: through(wholeCase('I'), 'I'),
    onTimeII: through(wholeCase('II'), 'II'),
    lateIII: through(wholeCase('III', '2026-03-18')),
    refused: through(PROCEDURE_PATHS.refused),
    withoutMovement: through([PROCEDURE_PATHS.returned[0] as never]),
    withdrawn: through(
      [sample('PACKAGE.CHECKED', at('2026-03-02')), sample('APPLICATION.WITHDRAWN', at('2026-03-03'))],
      'II',
    ),
    suspended: through(suspendedEvents, 'I'),
    resumed: through([...suspendedEvents, sample('DOCUMENTS.RECEIVED', at('2026-03-09'))], 'I'),
    inRegister: through([
      sample('PACKAGE.CHECKED', at('2026-03-02')),
      sample('TRANSFER.ADDED', at('2026-03-02', '11:00')),
      sample('TRANSFER.DISPATCHED', at('2026-03-04', '09:00')),
    ]),
  };
}
const actors = marchCases();
const stored = Object.values(actors).map(persisted);
const records = stored.map(caseRecord);

describe('timelinessReport', () => {
  const report = timelinessReport(records, { ...MARCH, groupBy: [] });
  const all = report.total;

  it('counts the cases received in the period, stage by stage', () => {
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]).toEqual(all);
    expect(all).toMatchObject({
      received: 9,
      registered: 9,
      // The case left without movement, and the refused one, cured before its transfer.
      leftWithoutMovement: 2,
      returned: 0,
      withdrawn: 1,
      decided: 4,
      issued: 4,
      originalsAwaited: 3,
    });
    expect(report).toMatchObject({ from: '2026-03-01', to: '2026-03-31', today: '2026-03-25' });
  });

  it('judges each term: met on time or late by working days, running, at risk, overdue, paused', () => {
    // Decided on 18 March against a last day of 16 March: two working days late.
    expect(all.terms.decision).toEqual({
      metOnTime: 3,
      metLate: 1,
      daysLate: { total: 2, max: 2, median: 2 },
      runningOnTrack: 0,
      atRisk: 0,
      // The resumed model-I case (last day 19 March) and the model-III case still in its register (16 March).
      overdue: 2,
      paused: 1,
      cancelled: 1,
    });
    // The register dispatched on 4 March against a transfer due on 3 March: late, and not yet confirmed.
    // The withdrawn case's transfer term ended with it.
    expect(all.terms.transfer).toMatchObject({ metOnTime: 6, overdue: 1, cancelled: 1 });
    expect(all.registers).toEqual({ dispatchedLate: 1, notConfirmed: 1 });
    // The cure term of the case left without movement ran out on 12 March.
    expect(all.terms.cure).toMatchObject({ metOnTime: 1, overdue: 1 });
  });

  it('counts days suspended, an open suspension until now', () => {
    // 4 → 25 March open (21 days), 4 → 9 March closed (5 days).
    expect(all.suspended).toEqual({ cases: 2, days: 26 });
  });

  it('times each stage in working days, exactly', () => {
    expect(all.stages.registration).toEqual({ count: 9, median: 0, p90: 0 });
    expect(all.stages.decision.count).toBe(4);
    // From the provider's receipt on 2 March (5 March for the cured case) to decisions on 10, 10, 18 and 11 March.
    expect(all.stages.decision).toEqual({ count: 4, median: 6, p90: 12 });
  });

  it('groups by model and by the ISO week of receipt', () => {
    const byModel = timelinessReport(records, { ...MARCH, groupBy: ['model', 'week'] });
    expect(byModel.groups.map((group) => group.key)).toEqual([
      { model: 'I', week: '2026-W10' },
      { model: 'II', week: '2026-W10' },
      { model: 'III', week: '2026-W10' },
    ]);
    expect(byModel.groups.map((group) => group.received)).toEqual([3, 2, 4]);
    expect(byModel.total).toEqual(all);
  });

  it('groups by provider office, a case not yet transferred under null', () => {
    const byProvider = timelinessReport(records, { ...MARCH, groupBy: ['providerOffice'] });
    expect(byProvider.groups.map((group) => [group.key.providerOffice, group.received])).toEqual([
      [null, 3],
      ['uszn-district', 6],
    ]);
  });

  it('reads persisted cases and records alike, mixed, from an iterable or an async iterable', async () => {
    const options = { ...MARCH, groupBy: ['office', 'service'] } as const;
    const fromRecords = timelinessReport(records, options);
    expect(timelinessReport(stored, options)).toEqual(fromRecords);
    const mixed = stored.map((item, index) => (index % 2 === 0 ? item : (records[index] as CaseRecord)));
    expect(timelinessReport(mixed, options)).toEqual(fromRecords);
    async function* cursor() {
      for (const item of mixed) yield item;
    }
    await expect(timelinessReport(cursor(), options)).resolves.toEqual(fromRecords);
  });

  it('counts only the period and what the filter keeps', () => {
    expect(timelinessReport(records, { ...MARCH, from: '2026-03-03', groupBy: [] }).total.received).toBe(0);
    const filtered = timelinessReport(records, { ...MARCH, groupBy: [], filter: { model: ['II'] } });
    expect(filtered.total.received).toBe(2);
    const none = timelinessReport(records, { ...MARCH, groupBy: [], filter: { office: ['tp-1'] } });
    expect(none.total.received).toBe(0);
    expect(none.groups).toEqual([]);
  });
});

describe('timelinessReport, refused', () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(MonitoringError);
      const { code, path } = error as MonitoringError;
      return { code, path };
    }
    throw new Error('accepted');
  };
  const options = { ...MARCH, groupBy: [] } as const;

  it.each([
    [{ ...options, from: '2026-02-30' }, 'options'],
    [{ ...options, to: '2026-02-01' }, 'options.to'],
    [{ ...options, now: '2026-03-25' }, 'options.now'],
    [{ ...options, now: '2040-01-01T00:00:00Z' }, 'options.now'],
    [{ ...options, groupBy: ['week', 'week'] }, 'options'],
    [{ ...options, groupBy: ['name'] }, 'options'],
    [{ ...options, extra: 1 }, 'options'],
    [null, 'options'],
  ])('options %#', (given, path) => {
    expect(refusal(() => timelinessReport(records, given as never))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it('what is not a list of cases, and a case that is not one, by its place', () => {
    expect(refusal(() => timelinessReport(42 as never, options))).toEqual({
      code: 'INVALID_INPUT',
      path: 'cases',
    });
    expect(refusal(() => timelinessReport('cases' as never, options))).toEqual({
      code: 'INVALID_INPUT',
      path: 'cases',
    });
    expect(refusal(() => timelinessReport([records[0], { nope: 1 }] as never, options))).toEqual({
      code: 'INVALID_CASE',
      path: 'cases.1',
    });
    expect(
      refusal(() => timelinessReport([stored[0], { ...stored[1], snapshot: '{' }] as never, options)),
    ).toEqual({ code: 'INVALID_CASE', path: 'cases.1.snapshot' });
    expect(refusal(() => timelinessReport([{ ...records[0], caseId: '' }] as never, options))).toEqual({
      code: 'INVALID_CASE',
      path: 'cases.0',
    });
  });

  it('more groups than a report holds', () => {
    const many = function* () {
      for (let index = 0; index <= 10_000; index++)
        yield { ...(records[0] as CaseRecord), serviceId: `s-${index}` };
    };
    expect(refusal(() => timelinessReport(many(), { ...options, groupBy: ['service'] }))).toEqual({
      code: 'INVALID_INPUT',
      path: 'options.groupBy',
    });
  });
});

describe('the report’s arithmetic', () => {
  const day = fc.integer({ min: 0, max: 4000 }).map((offset) => addDays('2020-01-01', offset));

  test.prop([day, fc.integer({ min: 0, max: 400 })])(
    'counts working days as countWorkingDays does',
    (from, length) => {
      const to = addDays(from, length);
      const moment = momentOf(`${to}T12:00:00+02:00`, 'now');
      const status = standing(moment, Date.parse(from) / 86_400_000, `${from}T18:00:00+02:00`, 2);
      expect(status.workingDays).toBe(countWorkingDays(from, to));
    },
  );

  const terms = records.flatMap((record) => Object.values(record.terms).filter((term) => term !== undefined));
  test.prop([
    fc.constantFrom(...terms),
    fc
      .integer({ min: -20 * 24, max: 40 * 24 })
      .map((hours) => new Date(Date.parse('2026-03-10T00:00:00Z') + hours * 3_600_000 + 17 * 60_000)),
  ])('judges a running term as deadlineStatus does', (term, now) => {
    const status = deadlineStatus(term, now.toISOString());
    const moment = momentOf(now.toISOString(), 'now');
    const ours = standing(moment, Date.parse(term.lastDay) / 86_400_000, term.dueAt, 2);
    expect(ours.standing).toBe(status.status);
    expect(ours.workingDays).toBe(
      'overdue' in status ? status.overdue.workingDays : status.remaining.workingDays,
    );
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 200 })])(
    'gives the nearest-rank median and 90th percentile of whole days',
    (values) => {
      const histogram = new Histogram();
      for (const value of values) histogram.add(value);
      const sorted = [...values].sort((a, b) => a - b);
      const rank = (share: number) => sorted[Math.max(1, Math.ceil(share * sorted.length)) - 1];
      expect(histogram.statistics()).toEqual({ count: values.length, median: rank(0.5), p90: rank(0.9) });
    },
  );
});
