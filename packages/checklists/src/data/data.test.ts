import { fc, test } from '@fast-check/vitest';
import { defaultCatalog } from '@vikno/catalog';
import { describe, expect, it } from 'vitest';
import { buildChecklist, defaultRuleBook, questionsFor } from '../default.js';
import { ChecklistRule, DocumentType, Register } from '../schema.js';
import { DOCUMENT_TYPES, REGISTERS, RULE_DATA } from './index.js';

describe('the shipped checklist data', () => {
  const registers = REGISTERS.map((register) => Register.parse(register));
  const documents = DOCUMENT_TYPES.map((document) => DocumentType.parse(document));
  const rules = RULE_DATA.map((rule) => ChecklistRule.parse(rule));
  const registerIds = new Set(registers.map((register) => register.id));
  const documentIds = new Set(documents.map((document) => document.id));

  it('has unique ids for registers and document kinds, and every register a document names exists', () => {
    expect(registerIds.size).toBe(registers.length);
    expect(documentIds.size).toBe(documents.length);
    for (const document of documents) {
      for (const register of document.heldIn ?? []) expect(registerIds, `${document.id}`).toContain(register);
    }
  });

  it('names only known documents and registers, and only catalogue services', () => {
    for (const rule of rules) {
      expect(defaultCatalog().has(rule.serviceId), rule.serviceId).toBe(true);
      const itemIds = rule.items.map((item) => item.id);
      expect(new Set(itemIds).size, rule.serviceId).toBe(itemIds.length);
      for (const item of rule.items) {
        for (const document of item.documents)
          expect(documentIds, `${rule.serviceId}.${item.id}`).toContain(document);
        if (item.fromRegister)
          expect(registerIds, `${rule.serviceId}.${item.id}`).toContain(item.fromRegister.register);
      }
    }
  });

  it('gives no service two rules for the same day', () => {
    const byService = new Map<string, ChecklistRule[]>();
    for (const rule of rules) byService.set(rule.serviceId, [...(byService.get(rule.serviceId) ?? []), rule]);
    for (const [serviceId, own] of byService) {
      const sorted = [...own].sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        expect((sorted[i]?.from ?? '') > (sorted[i - 1]?.to ?? '\uffff'), serviceId).toBe(true);
      }
    }
  });
});

const fullFacts = fc.record({
  applicant: fc.constantFrom('self' as const, 'legalRepresentative' as const, 'proxy' as const),
  age: fc.integer({ min: 0, max: 100 }),
  idp: fc.boolean(),
  disability: fc.boolean(),
  insured: fc.boolean(),
  householdSize: fc.integer({ min: 1, max: 10 }),
  children: fc.integer({ min: 0, max: 8 }),
  childBornAbroad: fc.boolean(),
  guardian: fc.boolean(),
  incomeOutsideRegisters: fc.boolean(),
  rentsHousing: fc.boolean(),
  applicationForm: fc.constantFrom('paper' as const, 'electronic' as const),
});

describe('the shipped rules, for any applicant', () => {
  test.prop([fullFacts, fc.constantFrom(...defaultRuleBook().serviceIds)])(
    'demand each document or name the register it comes from, never both, and settle everything once all facts are known',
    (facts, serviceId) => {
      const checklist = buildChecklist(serviceId, facts, { asOf: '2026-11-22' });
      expect(checklist.undetermined).toEqual([]);
      const demanded = new Set(
        checklist.items.flatMap((item) => item.documents.map((document) => document.id)),
      );
      for (const line of checklist.notDemanded) {
        for (const document of line.documents)
          expect(demanded.has(document.id), `${serviceId}: ${document.id}`).toBe(false);
        expect(line.basis.length).toBeGreaterThan(0);
      }
    },
  );

  test.prop([fc.constantFrom(...defaultRuleBook().serviceIds)])(
    'ask only questions whose answers settle the checklist',
    (serviceId) => {
      const facts: Record<string, unknown> = {};
      for (let round = 0; round < 12; round++) {
        const questions = questionsFor(serviceId, facts, { asOf: '2026-11-22' });
        if (questions.length === 0) break;
        const first = questions[0];
        if (first === undefined) break;
        facts[first.fact] = first.kind === 'choice' ? first.answers[0]?.value : first.min;
      }
      expect(buildChecklist(serviceId, facts, { asOf: '2026-11-22' }).settled).toBe(true);
    },
  );
});
