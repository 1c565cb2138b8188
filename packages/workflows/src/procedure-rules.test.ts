// The rules of the administrative procedure a case applies, each cited once (PROCEDURE_RULES), and the trace of which
// law gave a case its decision term (decisionTermRule), as createCase uses it.
import { getService } from '@vikno/catalog';
import { ADMINISTRATIVE_PROCEDURE, computeDeadline, explainDeadline, type Term } from '@vikno/deadlines';
import { defaultActRegister, LegalSource } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { ACTORS, sample } from '../test/events.js';
import { caseThrough, PROCEDURE_PATHS } from '../test/procedure-cases.js';
import {
  type CaseEvent,
  type CaseEventType,
  createCase,
  DELIVERY_MODELS,
  decisionTermRule,
  PERMISSIONS,
  PROCEDURE_RULES,
  sendCaseEvent,
  technologicalCard,
  WorkflowError,
} from './index.js';

const RULES = Object.entries(PROCEDURE_RULES);
const provisions = (sources: readonly LegalSource[]) =>
  sources.map((source) => `${source.id} ${source.provision?.en}`);

describe('PROCEDURE_RULES', () => {
  it('names only events a case takes, and every event of the procedure is some rule’s', () => {
    const known = Object.keys(PERMISSIONS);
    for (const [, rule] of RULES) for (const event of rule.events) expect(known).toContain(event);
    const covered = new Set<CaseEventType>(RULES.flatMap(([, rule]) => rule.events));
    for (const event of [
      'PACKAGE.CHECKED',
      'DEFECTS.CURED',
      'APPLICATION.RETURNED',
      'APPLICATION.WITHDRAWN',
      'DOCUMENTS.REQUESTED',
      'DOCUMENTS.RECEIVED',
      'HEARING.NOTIFIED',
      'POSITION.PRESENTED',
      'DECISION.MADE',
      'TERM.EXTENDED',
      'DECISION.DELIVERED',
      'FILE.ACCESS_REQUESTED',
      'FILE.ACCESS_GIVEN',
      'CASE.REOPENED',
      'DECISION.REPLACED',
      'TRANSFER.SENT',
    ] as const) {
      expect(covered.has(event), event).toBe(true);
    }
  });

  it('cites each rule by article and part of 2073-IX or 5203-VI, the wording quoted where it was read', () => {
    for (const [name, rule] of RULES) {
      expect(rule.basis.length, name).toBeGreaterThan(0);
      expect(rule.rule.uk.length * rule.rule.en.length, name).toBeGreaterThan(0);
      for (const source of rule.basis) {
        expect(LegalSource.safeParse(source).success).toBe(true);
        expect(['law-2073-ix', 'law-5203-vi']).toContain(source.id);
        expect(source.provision?.uk, name).toMatch(/ст\. \d+/);
        if (source.evidence === 'text') {
          expect(source.quote?.length ?? 0, name).toBeGreaterThan(40);
          expect(source.quote?.length ?? 0, name).toBeLessThanOrEqual(460);
          expect(source.note, name).toContain('Ukrainian-law-mcp');
        }
      }
    }
  });

  it('marks as the SDK’s own only what the law is silent on: the return of an uncured application', () => {
    const unread = RULES.filter(([, rule]) => rule.basis.some((source) => source.evidence !== 'text'));
    expect(unread.map(([name]) => name)).toEqual(['uncured']);
    expect(PROCEDURE_RULES.uncured.basis[0]).toMatchObject({ evidence: 'none', verified: false });
    expect(PROCEDURE_RULES.uncured.resolution?.en).toContain('SDK’s choice');
  });

  it('cites the provisions the rules rest on', () => {
    expect(provisions(PROCEDURE_RULES.registration.basis)).toEqual([
      'law-2073-ix Art. 42 parts 1–2',
      'law-5203-vi Art. 9 part 2',
    ]);
    expect(provisions(PROCEDURE_RULES.cured.basis)).toEqual(['law-2073-ix Art. 43 part 3']);
    expect(provisions(PROCEDURE_RULES.hearingExceptions.basis)).toEqual(['law-2073-ix Art. 63 part 2']);
    expect(provisions(PROCEDURE_RULES.extension.basis)).toEqual(['law-2073-ix Art. 34 part 4']);
    expect(provisions(PROCEDURE_RULES.transfer.basis)).toEqual(['law-5203-vi Art. 13 part 4 item 2']);
    expect(PROCEDURE_RULES.cured.basis[0]?.quote).toContain(
      'вважається поданою в день її первинного подання',
    );
    expect(PROCEDURE_RULES.suspension.basis.map((source) => source.quote).join(' ')).toContain(
      'продовжується з моменту, що передував такому зупиненню',
    );
  });

  it('says how the machine keeps the filing day: the terms start on the cure, the day first filed kept', () => {
    expect(PROCEDURE_RULES.cured.resolution?.en).toContain(
      'starts the transfer and decision terms on the day of the cure',
    );
    const actor = caseThrough(PROCEDURE_PATHS.cured.slice(0, 2));
    const { filedOn, terms } = actor.getSnapshot().context;
    expect(filedOn).not.toBe(terms.decision?.start);
  });
});

describe('decisionTermRule', () => {
  const ownBasis = defaultActRegister().cite(
    { act: 'kmu-923-2022', evidence: 'none', checkedOn: '2026-11-26' },
    'test',
  );

  it('gives the service act’s term, which wins, its basis kept and the rule that lets it win added', () => {
    const rule = decisionTermRule({ amount: 10, unit: 'workingDays', basis: [ownBasis] });
    expect(rule.applied).toBe('serviceAct');
    expect(rule.term).toMatchObject({ amount: 10, unit: 'workingDays' });
    expect(provisions(rule.term.basis ?? [])).toEqual([
      'kmu-923-2022 undefined',
      'law-2073-ix Art. 34 part 1',
    ]);
    expect(provisions(rule.basis)).toContain('law-5203-vi Art. 3 part 2');
    expect(rule.because).toEqual({
      uk: expect.stringContaining('10 робочих днів'),
      en: expect.stringContaining('The service’s act sets its term (10 working days), and it wins'),
    });
  });

  it('gives the general 30 calendar days of 2073-IX and 5203-VI where the service has no term of its own', () => {
    const rule = decisionTermRule(undefined);
    expect(rule.applied).toBe('procedureLaw');
    expect(rule.term).toMatchObject({
      amount: ADMINISTRATIVE_PROCEDURE.generalTerm.value.amount,
      unit: ADMINISTRATIVE_PROCEDURE.generalTerm.value.unit,
    });
    expect(rule.term).toMatchObject({ amount: 30, unit: 'calendarDays' });
    expect(provisions(rule.term.basis ?? [])).toEqual([
      'law-2073-ix Art. 34 part 2',
      'law-5203-vi Art. 10 parts 1–2',
    ]);
    expect(rule.because.en).toMatch(/^No law governing the service sets its term: 30 calendar days/);
  });

  it('takes a term resting only on 5203-VI’s ceiling (the catalogue’s fallback) as none of the service’s own', () => {
    const ceiling = getService('fuel-privilege', { asOf: '2026-03-02' }).term;
    expect(ceiling.basis.every((source) => source.id === 'law-5203-vi')).toBe(true);
    const term = ceiling.value.kind === 'term' ? ceiling.value.term : undefined;
    expect(decisionTermRule({ ...(term as Term), basis: ceiling.basis }).applied).toBe('procedureLaw');
    expect(decisionTermRule({ amount: 30, unit: 'calendarDays' }).applied).toBe('serviceAct');
  });

  it('refuses what is not a term with INVALID_INPUT at serviceTerm, never quoting it', () => {
    for (const bad of [{ amount: -1, unit: 'calendarDays' }, { amount: 3 }, 'ten days', null]) {
      let caught: unknown;
      try {
        decisionTermRule(bad as Term);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(WorkflowError);
      expect(caught).toMatchObject({ code: 'INVALID_INPUT', path: 'serviceTerm' });
      expect(JSON.stringify(caught)).not.toContain('ten days');
    }
  });
});

describe('createCase with decisionTermRule', () => {
  const checked = (at: string) =>
    ({
      ...sample('PACKAGE.CHECKED', at),
      by: ACTORS.admin,
      complete: true,
      missing: [],
    }) as CaseEvent;

  it('runs the service act’s term, its trace naming the act and 2073-IX Art. 34 part 1', () => {
    const actor = createCase({
      caseId: 'C-1',
      serviceId: 'idp-living-allowance',
      model: 'III',
      asOf: '2026-03-02',
    });
    const decision = actor.getSnapshot().context.settings.decision;
    expect(decision).toMatchObject({ amount: 10, unit: 'workingDays' });
    expect(provisions(decision.basis ?? [])).toContain('law-2073-ix Art. 34 part 1');
    sendCaseEvent(actor, checked('2026-03-02T10:00:00+02:00'));
    const running = actor.getSnapshot().context.terms.decision;
    expect(running?.term.basis).toEqual(decision.basis);
  });

  it('explains the general term of a service whose own term the catalogue did not find', () => {
    const actor = createCase({
      caseId: 'C-2',
      serviceId: 'fuel-privilege',
      model: 'III',
      asOf: '2026-03-02',
    });
    const decision = actor.getSnapshot().context.settings.decision;
    expect(provisions(decision.basis ?? [])).toEqual([
      'law-2073-ix Art. 34 part 2',
      'law-5203-vi Art. 10 parts 1–2',
    ]);
    const explained = explainDeadline(computeDeadline({ start: '2026-03-02', term: decision }), 'en');
    expect(explained).toContain('Art. 34 part 2');
  });

  it('keeps a term the host gives', () => {
    const own = { amount: 5, unit: 'workingDays' } as const;
    const actor = createCase({
      caseId: 'C-3',
      serviceId: 'fuel-privilege',
      model: 'III',
      asOf: '2026-03-02',
      settings: { decision: own },
    });
    expect(actor.getSnapshot().context.settings.decision).toEqual(own);
  });
});

describe('the technological card’s stages of the procedure', () => {
  it('take their basis from PROCEDURE_RULES, beside the basis of their term', () => {
    for (const model of ['I', 'II', 'III'] as const) {
      const card = technologicalCard('idp-living-allowance', model, { asOf: '2026-03-02' });
      const stages = DELIVERY_MODELS[model].card.stages;
      const withoutMovement = card.stages[stages.findIndex((stage) => stage.term === 'cure')];
      const hearing = card.stages[stages.findIndex((stage) => stage.term === 'hearing')];
      for (const source of PROCEDURE_RULES.leftWithoutMovement.basis)
        expect(withoutMovement?.basis).toContain(source);
      for (const source of PROCEDURE_RULES.cured.basis) expect(withoutMovement?.basis).toContain(source);
      for (const source of PROCEDURE_RULES.hearing.basis) expect(hearing?.basis).toContain(source);
      for (const source of ADMINISTRATIVE_PROCEDURE.hearing.basis) expect(hearing?.basis).toContain(source);
    }
  });
});
