import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { endTerm, pauseTerm, resumeTerm, startTerm, tickTerm } from './terms.js';
import { WorkflowError } from './transfer-register.js';

const decision = () =>
  startTerm({ kind: 'decision', start: '2026-03-02', term: { amount: 10, unit: 'workingDays' } });

describe('a running term', () => {
  it('is computed by @vikno/deadlines from its start', () => {
    expect(decision()).toMatchObject({
      lastDay: '2026-03-16',
      dueAt: '2026-03-16T18:00:00+02:00',
      state: 'running',
    });
    const received = startTerm({
      kind: 'transfer',
      start: '2026-03-07',
      term: { amount: 1, unit: 'workingDays' },
      registration: 'nextWorkingDayIfDayOff',
    });
    expect(received.lastDay).toBe('2026-03-10');
  });

  it('raises atRisk once when due soon, overdue once after the closing time, and nothing else', () => {
    let term = decision();
    const early = tickTerm(term, '2026-03-05T10:00:00+02:00');
    expect(early.events).toEqual([]);
    const soon = tickTerm(term, '2026-03-12T10:00:00+02:00');
    expect(soon.events.map((event) => event.type)).toEqual(['deadline.atRisk']);
    term = soon.term;
    expect(tickTerm(term, '2026-03-13T10:00:00+02:00').events).toEqual([]);
    expect(tickTerm(term, '2026-03-16T17:59:00+02:00').events).toEqual([]);
    const late = tickTerm(term, '2026-03-16T18:01:00+02:00');
    expect(late.events).toEqual([
      {
        type: 'deadline.overdue',
        kind: 'decision',
        lastDay: '2026-03-16',
        dueAt: '2026-03-16T18:00:00+02:00',
      },
    ]);
    expect(tickTerm(late.term, '2026-03-20T10:00:00+02:00').events).toEqual([]);
  });

  it('raises only overdue when first judged after the deadline', () => {
    const { events } = tickTerm(decision(), '2026-04-01T10:00:00+02:00');
    expect(events.map((event) => event.type)).toEqual(['deadline.overdue']);
  });

  it('stops while documents are awaited and moves the last day by the days paused', () => {
    const paused = pauseTerm(decision(), '2026-03-05');
    expect(tickTerm(paused, '2026-03-20T10:00:00+02:00').events).toEqual([]);
    const resumed = resumeTerm(paused, '2026-03-11');
    expect(resumed.pauses).toEqual([{ from: '2026-03-05', to: '2026-03-11' }]);
    // Counted: 3–4 March, then (5–10 paused) 11–13 and 16–20 March: ten working days. The term runs again on the
    // day the pause ends (Law 2073-IX Art. 33 part 6: «Перебіг строків продовжується з дня поновлення»).
    expect(resumed.pauseRule).toBe('law2073');
    expect(resumed.lastDay).toBe('2026-03-20');
    expect(resumed.state).toBe('running');
  });

  it('counts a pause begun on the day of the event only from the first running day', () => {
    // Paused on the day of the event and resumed on the first running day: no running day was lost.
    const nextDay = resumeTerm(pauseTerm(decision(), '2026-03-02'), '2026-03-03');
    expect(nextDay.lastDay).toBe('2026-03-16');
    expect(resumeTerm(pauseTerm(decision(), '2026-03-02'), '2026-03-02').lastDay).toBe('2026-03-16');
    expect(resumeTerm(pauseTerm(decision(), '2026-03-02'), '2026-03-04').lastDay).toBe('2026-03-17');
  });

  it('keeps the count of a term persisted before the rule of Law 2073-IX: the day a pause ended not counted', () => {
    const { pauseRule: _, ...before } = pauseTerm(decision(), '2026-03-05');
    expect(resumeTerm(before, '2026-03-11').lastDay).toBe('2026-03-23');
  });

  it('raises nothing once met or cancelled, and refuses steps out of order', () => {
    expect(tickTerm(endTerm(decision(), 'met'), '2026-04-01T10:00:00+02:00').events).toEqual([]);
    expect(() => resumeTerm(decision(), '2026-03-10')).toThrow(WorkflowError);
    expect(() => pauseTerm(pauseTerm(decision(), '2026-03-05'), '2026-03-06')).toThrow(WorkflowError);
    expect(() => pauseTerm(decision(), '2026-03-01')).toThrow(WorkflowError);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 40 * 24 }), { minLength: 1, maxLength: 30 })])(
    'raises each warning at most once, whatever the ticks, and overdue only after dueAt',
    (hours) => {
      let term = decision();
      const raised: string[] = [];
      for (const hour of [...hours].sort((a, b) => a - b)) {
        const now = new Date(Date.parse('2026-03-02T00:00:00+02:00') + hour * 3_600_000);
        const result = tickTerm(term, now);
        for (const event of result.events) {
          raised.push(event.type);
          if (event.type === 'deadline.overdue')
            expect(now.getTime()).toBeGreaterThan(Date.parse(term.dueAt));
        }
        term = result.term;
      }
      expect(raised.filter((type) => type === 'deadline.atRisk').length).toBeLessThanOrEqual(1);
      expect(raised.filter((type) => type === 'deadline.overdue').length).toBeLessThanOrEqual(1);
    },
  );
});

describe('terms given what they cannot take', () => {
  it('throw a WorkflowError naming the field, never a ZodError or a term in a made-up state', () => {
    const fails = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(WorkflowError);
        return (error as WorkflowError).issues.map((issue) => issue.path);
      }
      expect.unreachable();
    };
    const term = { amount: 10, unit: 'workingDays' } as const;
    expect(fails(() => startTerm({ kind: 'x' as never, start: '2026-03-02', term }))).toEqual(['input.kind']);
    expect(fails(() => startTerm({ kind: 'decision', start: '0000-01-01', term }))).toEqual(['input.start']);
    expect(fails(() => endTerm(decision(), 'bogus' as never))).toEqual(['how']);
    expect(fails(() => endTerm({ ...decision(), state: 'bogus' } as never, 'met'))).toEqual(['term.state']);
    expect(fails(() => pauseTerm(null as never, '2026-03-05'))).toEqual(['term']);
    expect(fails(() => resumeTerm({ ...decision(), pauses: 'x' } as never, '2026-03-05'))).toEqual([
      'term.pauses',
    ]);
    expect(fails(() => tickTerm(decision(), '2036-01-05T10:00:00+02:00'))).toEqual([]);
  });
});
