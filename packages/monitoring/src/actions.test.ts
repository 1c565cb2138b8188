import { englishWordsIn } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_PATHS } from '../../workflows/test/procedure-cases.js';
import { at, persisted, sample, through, transferOf, wholeCase } from '../test/cases.js';
import { actionList, STEP_TEXTS } from './actions.js';
import { MonitoringError } from './errors.js';
import { caseRecord } from './record.js';

const checked = (caseId: string, date = '2026-03-02') => ({
  ...sample('PACKAGE.CHECKED', at(date)),
  caseNumber: caseId,
});

/** Cases on 25 March 2026, each with something due or not. */
const cases = [
  // Decided late? No: still undecided, the decision's last day 16 March: overdue by 7 working days.
  persisted(through([checked('A'), ...transferOf('I', '2026-03-02')], 'I', 'A')),
  // Registered 11 March: decision due 25 March, today.
  persisted(through([checked('B', '2026-03-11'), ...transferOf('II', '2026-03-11')], 'II', 'B')),
  // Registered 12 March: decision due 26 March, tomorrow: at risk.
  persisted(through([checked('C', '2026-03-12'), ...transferOf('I', '2026-03-12')], 'I', 'C')),
  // Registered 20 March: on track.
  persisted(through([checked('D', '2026-03-20'), ...transferOf('I', '2026-03-20')], 'I', 'D')),
  // Model III, never added to a register: the CNAP's transfer overdue since 3 March.
  persisted(through([checked('E')], 'III', 'E')),
  // Decided, the CNAP informed on 10 March, the applicant never told: the notification overdue.
  persisted(
    through(
      wholeCase('I')
        .slice(0, 3)
        .concat(sample('CNAP.INFORMED', at('2026-03-10'))),
      'I',
      'F',
    ),
  ),
  // Left without movement, the cure term lapsed on 12 March: return it.
  persisted(through([PROCEDURE_PATHS.returned[0] as never], 'III', 'G')),
  // Suspended: the decision paused, nothing to do.
  persisted(
    through(
      [checked('H'), ...transferOf('I', '2026-03-02'), sample('DOCUMENTS.REQUESTED', at('2026-03-04'))],
      'I',
      'H',
    ),
  ),
];
const NOW = '2026-03-25T12:00:00+02:00';

describe('actionList', () => {
  it('lists the provider’s decisions, most urgent first, with the step that clears each', () => {
    const list = actionList(cases, { now: NOW, office: 'uszn-district', role: 'decisionMaker' });
    expect(list.actions.map((action) => [action.caseId, action.urgency, action.days.workingDays])).toEqual([
      ['A', 'overdue', 7],
      ['B', 'dueToday', 0],
      ['C', 'dueSoon', 1],
    ]);
    expect(list.total).toBe(3);
    expect(list.actions[0]).toMatchObject({
      term: 'decision',
      lastDay: '2026-03-16',
      dueAt: '2026-03-16T18:00:00+02:00',
      step: { event: 'DECISION.MADE', roles: ['decisionMaker'], uk: 'Ухвалити рішення у справі' },
    });
  });

  it('lists the CNAP’s transfers, notifications and lapsed cure terms for its own office', () => {
    const list = actionList(cases, { now: NOW, office: 'cnap-central', role: 'cnapAdministrator' });
    expect(list.actions.map((action) => [action.caseId, action.term, action.step.event])).toEqual([
      ['E', 'transfer', 'TRANSFER.ADDED'],
      ['G', 'cure', 'APPLICATION.RETURNED'],
      ['F', 'notification', 'APPLICANT.NOTIFIED'],
    ]);
    expect(actionList(cases, { now: NOW, office: 'tp-1', role: 'remoteAdministrator' }).actions).toEqual([]);
    expect(actionList(cases, { now: NOW, office: 'cnap-central', role: 'applicant' }).actions).toEqual([]);
  });

  it('reads records like persisted cases, from an async iterable too, and keeps only `limit`', async () => {
    const options = { now: NOW, office: 'uszn-district', role: 'decisionMaker', limit: 2 } as const;
    const fromPersisted = actionList(cases, options);
    expect(fromPersisted.actions.map((action) => action.caseId)).toEqual(['A', 'B']);
    expect(fromPersisted.total).toBe(3);
    async function* cursor() {
      for (const item of cases) yield caseRecord(item);
    }
    await expect(actionList(cursor(), options)).resolves.toEqual(fromPersisted);
  });

  it('keeps the most urgent whatever the order the cases come in', () => {
    const options = { now: NOW, office: 'uszn-district', role: 'decisionMaker', limit: 1 } as const;
    expect(actionList([...cases].reverse(), options).actions.map((action) => action.caseId)).toEqual(['A']);
  });

  it('refuses options that are not valid, and a case that is not one', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(MonitoringError);
        return [(error as MonitoringError).code, (error as MonitoringError).path];
      }
      return undefined;
    };
    const options = { now: NOW, office: 'x', role: 'decisionMaker' } as const;
    expect(code(() => actionList(cases, { ...options, role: 'mayor' as never }))).toEqual([
      'INVALID_INPUT',
      'options',
    ]);
    expect(code(() => actionList(cases, { ...options, now: 'tomorrow' }))).toEqual([
      'INVALID_INPUT',
      'options.now',
    ]);
    expect(code(() => actionList(cases, { ...options, limit: 0 }))).toEqual(['INVALID_INPUT', 'options']);
    expect(code(() => actionList([null] as never, options))).toEqual(['INVALID_CASE', 'cases.0']);
  });

  it('says every step in Ukrainian without English words', () => {
    for (const words of Object.values(STEP_TEXTS)) expect(englishWordsIn(words?.uk ?? '')).toEqual([]);
  });
});
