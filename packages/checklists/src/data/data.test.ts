import { defaultCatalog } from '@vikno/catalog';
import { describe, expect, it } from 'vitest';
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
