import { describe, expect, it } from 'vitest';
import { CASE_MACHINES } from './case-machine.js';
import { toMermaid } from './diagram.js';
import { renderTechnologicalCard, technologicalCard } from './technological-card.js';
import { WorkflowError } from './transfer-register.js';

describe('technologicalCard', () => {
  it('lists the stages of model III with officials, actions and terms, the decision term from the catalogue', () => {
    const card = technologicalCard('idp-living-allowance', 'III', { asOf: '2026-03-02' });
    expect(card.stages.map((stage) => stage.officials.map((entry) => entry.action).join(''))).toEqual([
      'В',
      'В',
      'ВУ',
      'В',
      'ВЗ',
      'ВУ',
      'В',
    ]);
    expect(card.stages[4]?.term.uk).toBe('10 робочих днів');
    expect(card.stages[4]?.basis.length).toBeGreaterThan(0);
    // Law 2073-IX: leaving without movement after intake, and the hearing before an adverse decision.
    expect(card.stages[1]?.stage.uk).toContain('залишення без руху');
    expect(card.stages[1]?.basis.some((source) => source.id === 'law-2073-ix')).toBe(true);
    expect(card.stages[3]?.stage.uk).toContain('заслуховування');
    expect(card.stages[3]?.basis.some((source) => source.id === 'law-2073-ix')).toBe(true);
    const markdown = renderTechnologicalCard(card);
    expect(markdown).toContain(
      '| № | Етапи послуги | Відповідальна посадова особа | Дія (В, У, П, З) | Термін виконання |',
    );
    expect(markdown).toContain('реєстру передавання документів');
  });

  it('has model I pass the originals after the electronic transfer, and model II receive by the УСЗН specialist', () => {
    expect(technologicalCard('birth-assistance', 'I', { asOf: '2026-03-02' }).stages).toHaveLength(8);
    const second = technologicalCard('idp-living-allowance', 'II', { asOf: '2026-03-02' });
    expect(second.stages[0]?.officials[0]?.official.uk).toBe('Спеціаліст УСЗН у ЦНАП');
  });

  it('refuses an unknown service or a model the service does not allow', () => {
    expect(() => technologicalCard('nope', 'I', { asOf: '2026-03-02' })).toThrow(WorkflowError);
    expect(() => technologicalCard('residence-registration', 'I', { asOf: '2026-03-02' })).toThrow(
      WorkflowError,
    );
  });
});

describe('toMermaid', () => {
  it('draws every state and transition of model III, nested and with the final states', () => {
    const diagram = toMermaid(CASE_MACHINES.III);
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(diagram).toContain('[*] --> case_intake');
    expect(diagram).toContain('state "transfer" as case_transfer {');
    expect(diagram).toContain('case_transfer_inRegister --> case_transfer_inTransit: TRANSFER.DISPATCHED');
    expect(diagram).toContain('case_transfer_inTransit --> case_consideration: TRANSFER.RECEIVED');
    expect(diagram).toContain('case_consideration --> case_suspended: DOCUMENTS.REQUESTED');
    expect(diagram).toContain('case_awaitingCollection --> case_archived: TICK');
    expect(diagram).toContain('case_returned --> [*]');
    expect(diagram).toContain('case_intake --> case_withoutMovement: PACKAGE.CHECKED');
    expect(diagram).toContain('case_withoutMovement --> case_transfer: DEFECTS.CURED');
    expect(diagram).toContain('case_consideration --> case_hearing: HEARING.NOTIFIED');
    expect(diagram).toContain('case_hearing --> case_decided: DECISION.MADE');
    expect(diagram).toContain('case_issued --> case_consideration: CASE.REOPENED');
    expect(diagram).not.toContain('case_issued --> [*]');
    expect(diagram).not.toContain(': *');
  });
});

describe('docs/models.md', () => {
  it('holds the current diagrams (run `pnpm docs:diagrams` after changing a machine)', async () => {
    const { readFileSync } = await import('node:fs');
    const { modelsDocument } = await import('../test/models-document.js');
    expect(readFileSync(new URL('../../../docs/models.md', import.meta.url), 'utf8')).toBe(modelsDocument());
  });
});

describe('toMermaid given what is not a machine', () => {
  it('throws a WorkflowError, not a TypeError', () => {
    for (const value of ['', null, {}, { root: {} }]) {
      expect(() => toMermaid(value as never)).toThrow(WorkflowError);
    }
  });
});
