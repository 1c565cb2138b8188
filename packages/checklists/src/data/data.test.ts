import { readdirSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { defaultCatalog } from '@vikno/catalog';
import { defaultActRegister, type LegalSource } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { buildChecklist, defaultRuleBook, defaultRuleBookData, questionsFor } from '../default.js';
import { ChecklistError } from '../errors.js';
import { ChecklistRule, DocumentType, Register } from '../schema.js';
import { DOCUMENT_TYPES, REGISTERS, rulesOf, SERVICE_RULES, type ServiceRules } from './index.js';

describe('the shipped checklist data', () => {
  const registers = REGISTERS.map((register) => Register.parse(register));
  const documents = DOCUMENT_TYPES.map((document) => DocumentType.parse(document));
  const rules = rulesOf(SERVICE_RULES).map((rule) => ChecklistRule.parse(rule));
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

describe('the shipped data, as a lawyer reads it', () => {
  it('keeps each service in one file named by its id, listed once', () => {
    const files = readdirSync(new URL('./rules/', import.meta.url))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.slice(0, -'.ts'.length));
    expect(SERVICE_RULES.map((service) => service.serviceId).sort()).toEqual(files.sort());
  });

  it('cites only acts of the register, and every source the rule book returns says its evidence and when it was checked', () => {
    const book = defaultRuleBook();
    const sources: LegalSource[] = [];
    for (const serviceId of book.serviceIds) {
      for (const day of ['2022-01-01', '2025-06-01', '2026-11-22']) {
        let rule: ChecklistRule;
        try {
          rule = book.rule(serviceId, { asOf: day });
        } catch {
          continue;
        }
        for (const item of rule.items) sources.push(...item.basis, ...(item.fromRegister?.basis ?? []));
      }
    }
    for (const document of DOCUMENT_TYPES) sources.push(...DocumentType.parse(document).basis);
    for (const register of REGISTERS) sources.push(...Register.parse(register).basis);
    expect(sources.length).toBeGreaterThan(100);
    for (const source of sources) {
      expect(defaultActRegister().get(source.id), source.id).toBeDefined();
      expect(source.evidence, source.id).toBeDefined();
      expect(source.checkedOn, source.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.verified, source.id).toBe(
        source.evidence === 'text' || source.evidence === 'officialCard',
      );
    }
  });

  it('turns the periods of a service into rules that end the day before the next begins', () => {
    const rules = defaultRuleBookData().rules as ChecklistRule[];
    const babyBox = rules.filter((rule) => rule.serviceId === 'baby-box-compensation');
    expect(babyBox.map((rule) => [rule.from, rule.to])).toEqual([
      [undefined, '2024-12-31'],
      ['2025-02-04', undefined],
    ]);
    expect(() => defaultRuleBook().rule('baby-box-compensation', { asOf: '2025-01-15' })).toThrow(
      expect.objectContaining({ code: 'NO_RULE' }),
    );
  });
});

describe('rulesOf', () => {
  const lines = [
    {
      id: 'application',
      documents: ['application'],
      form: 'original' as const,
      reason: { uk: 'З', en: 'A' },
      basis: [],
    },
  ];
  const refused = (services: ServiceRules[]) => {
    try {
      rulesOf(services);
    } catch (error) {
      expect(error).toBeInstanceOf(ChecklistError);
      const { code, issues } = error as ChecklistError;
      return { code, paths: issues.map((issue) => issue.path) };
    }
    throw new Error('expected a refusal');
  };

  it('ends a period where a later key begins, and a `null` key ends one with nothing in its place', () => {
    expect(
      rulesOf([
        { serviceId: 'a', periods: { earliest: lines, '2024-03-01': lines, '2025-01-01': null } },
      ]).map((rule) => [rule.from, rule.to]),
    ).toEqual([
      [undefined, '2024-02-29'],
      ['2024-03-01', '2024-12-31'],
    ]);
  });

  it('refuses keys out of order, days that do not exist, `earliest` after a day, and a service given twice', () => {
    expect(
      refused([
        { serviceId: 'a', periods: { '2025-01-01': lines, '2024-01-01': lines } },
        { serviceId: 'b', periods: { '2025-02-30': lines } },
        { serviceId: 'c', periods: { '2025-01-01': lines, earliest: lines } },
        { serviceId: 'a', periods: { earliest: lines } },
      ]),
    ).toEqual({
      code: 'INVALID_RULES',
      paths: ['services.0.periods.1', 'services.1.periods.0', 'services.2.periods.1', 'services.3.serviceId'],
    });
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

describe('rulesOf ends', () => {
  const lines = [
    {
      id: 'application',
      documents: ['application'],
      form: 'original' as const,
      reason: { uk: 'З', en: 'A' },
      basis: [],
    },
  ];
  it('refuses an end (`null`) where no rules were in force', () => {
    try {
      rulesOf([{ serviceId: 'a', periods: { '2024-01-01': null, '2025-01-01': lines } }]);
      expect.unreachable();
    } catch (error) {
      expect((error as ChecklistError).issues.map((issue) => [issue.path, issue.code])).toEqual([
        ['services.0.periods.0', 'END_WITHOUT_RULES'],
      ]);
    }
  });
});
