import { defaultActRegister, LegalSource } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { sample } from '../test/events.js';
import { TRANSFER_TERM_SOURCE } from './case.js';
import { CASE_MACHINES } from './case-machine.js';
import { CaseEvent, PERMISSIONS } from './events.js';
import { DELIVERY_MODELS, type Model, OFFICIALS } from './models.js';
import { KMU_44_2013, technologicalCard } from './technological-card.js';

const MODELS = ['I', 'II', 'III'] as const satisfies readonly Model[];

const settings = {
  transfer: { amount: 1, unit: 'workingDays' },
  decision: { amount: 10, unit: 'workingDays' },
  notification: { amount: 3, unit: 'workingDays' },
  collection: { amount: 30, unit: 'calendarDays' },
} as const;

/** Every legal source the record holds. */
const sourcesOf = (model: Model) => [
  ...DELIVERY_MODELS[model].transfer.basis,
  ...DELIVERY_MODELS[model].card.basis,
  ...DELIVERY_MODELS[model].permissions.basis,
];

describe.each(MODELS)('model %s as data', (model) => {
  const { transfer, card, permissions } = DELIVERY_MODELS[model];

  it("is the machine's transfer stage: its states, in order, and where each event leads", () => {
    const stage = CASE_MACHINES[model].states.transfer;
    expect(Object.keys(stage?.states ?? {})).toEqual(transfer.steps.map((step) => step.in));
    expect(stage?.initial?.target[0]?.key).toBe(transfer.steps[0]?.in);
    for (const step of transfer.steps) {
      const [transition] = stage?.states[step.in]?.transitions.get(step.on) ?? [];
      expect(transition?.target?.[0]?.key).toBe(step.to);
    }
  });

  it('is the technological card: its stages and officials with their actions', () => {
    const built = technologicalCard('idp-living-allowance', model, { asOf: '2026-03-02' });
    expect(built.stages.map((stage) => stage.stage)).toEqual(card.stages.map((stage) => stage.stage));
    expect(built.stages.map((stage) => stage.officials)).toEqual(
      card.stages.map((stage) =>
        stage.officials.map(({ official, action }) => ({ official: OFFICIALS[official], action })),
      ),
    );
    expect(built.basis).toEqual([KMU_44_2013, ...card.basis]);
  });

  it('lets the roles of its permissions send their events, and refuses the others by role', () => {
    const roles = permissions.roles as Partial<Record<CaseEvent['type'], readonly string[]>>;
    for (const [type, allowed] of Object.entries(roles)) {
      expect(PERMISSIONS[type as CaseEvent['type']]).toEqual(expect.arrayContaining([...(allowed ?? [])]));
    }
    const actor = createActor(CASE_MACHINES[model], {
      input: { caseId: 'C-1', serviceId: 'idp-living-allowance', model, settings },
    }).start();
    actor.send({ ...sample('DECISION.MADE'), by: { role: 'cnapAdministrator', id: 'a-1', office: 'cnap' } });
    expect(actor.getSnapshot().context.rejection?.reason).toBe('roleNotPermitted');
  });

  it('cites the register for each part, with evidence and the day it was checked', () => {
    for (const source of sourcesOf(model)) {
      expect(LegalSource.safeParse(source).success).toBe(true);
      expect(defaultActRegister().get(source.id)).toBeDefined();
      expect(source.evidence).toBeDefined();
      expect(source.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(transfer.basis.length * card.basis.length * permissions.basis.length).toBeGreaterThan(0);
  });
});

describe('PERMISSIONS', () => {
  it('is the union of the models’ permissions, for every event a case takes', () => {
    const types = CaseEvent.options.map((option) => option.shape.type.value);
    expect(Object.keys(PERMISSIONS)).toEqual(types);
    for (const type of types) {
      const union = new Set(
        MODELS.flatMap(
          (model) =>
            (DELIVERY_MODELS[model].permissions.roles as Partial<Record<string, readonly string[]>>)[type] ??
            [],
        ),
      );
      expect(new Set(PERMISSIONS[type]), type).toEqual(union);
      expect(PERMISSIONS[type].length, type).toBeGreaterThan(0);
    }
  });

  it('is the table it was before the models became one record, with the events of Law 2073-IX', () => {
    const staff = ['cnapAdministrator', 'remoteAdministrator', 'authorisedOfficial'];
    expect(PERMISSIONS).toEqual({
      'PACKAGE.CHECKED': [...staff, 'usznSpecialist'],
      'TRANSFER.SENT': staff,
      'TRANSFER.HANDED_OVER': ['usznSpecialist'],
      'TRANSFER.ADDED': [...staff, 'system'],
      'TRANSFER.DISPATCHED': [...staff, 'system'],
      'TRANSFER.RECEIVED': ['usznSpecialist', 'system'],
      'ORIGINALS.RECEIVED': ['usznSpecialist', 'system'],
      'DOCUMENTS.REQUESTED': ['decisionMaker', 'usznSpecialist'],
      'DOCUMENTS.RECEIVED': [...staff, 'usznSpecialist'],
      'DECISION.MADE': ['decisionMaker'],
      'CNAP.INFORMED': ['decisionMaker', 'usznSpecialist', 'system'],
      'APPLICANT.NOTIFIED': [...staff, 'usznSpecialist', 'system'],
      'RESULT.ISSUED': [...staff, 'usznSpecialist'],
      'APPLICATION.WITHDRAWN': ['applicant', ...staff, 'usznSpecialist'],
      TICK: ['system'],
      'DEFECTS.CURED': [...staff, 'usznSpecialist'],
      'APPLICATION.RETURNED': [...staff, 'usznSpecialist'],
      'HEARING.NOTIFIED': ['decisionMaker', 'usznSpecialist'],
      'POSITION.PRESENTED': ['applicant', ...staff, 'usznSpecialist', 'decisionMaker'],
      'TERM.EXTENDED': ['decisionMaker'],
      'DECISION.DELIVERED': [...staff, 'usznSpecialist', 'decisionMaker', 'system'],
      'FILE.ACCESS_REQUESTED': ['applicant', ...staff, 'usznSpecialist'],
      'FILE.ACCESS_GIVEN': [...staff, 'usznSpecialist', 'decisionMaker'],
      'CASE.REOPENED': ['system'],
      'DECISION.REPLACED': ['system'],
    });
  });

  it('leaves an event only another model takes to the state to refuse, as before', () => {
    const actor = createActor(CASE_MACHINES.III, {
      input: { caseId: 'C-1', serviceId: 'idp-living-allowance', model: 'III', settings },
    }).start();
    actor.send(sample('TRANSFER.SENT'));
    expect(actor.getSnapshot().context.rejection?.reason).toBe('notAllowedNow');
  });
});

describe('the sources workflows export', () => {
  it('are citations of the register, with the evidence research found', () => {
    expect(KMU_44_2013).toMatchObject({
      id: 'kmu-44-2013',
      number: '44',
      evidence: 'secondary',
      verified: false,
    });
    expect(KMU_44_2013.quote).toContain('Технологічна картка адміністративної послуги');
    expect(TRANSFER_TERM_SOURCE).toMatchObject({
      id: 'law-5203-vi',
      number: '5203-VI',
      provision: { uk: 'п. 2 ч. 4 ст. 13', en: 'Art. 13 part 4 item 2' },
      evidence: 'text',
      verified: true,
    });
    expect(TRANSFER_TERM_SOURCE.quote).toContain('не пізніше наступного робочого дня після їх отримання');
    for (const source of [KMU_44_2013, TRANSFER_TERM_SOURCE])
      expect(LegalSource.safeParse(source).success).toBe(true);
  });
});
