import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOG, FIXTURE_DOCUMENTS, FIXTURE_REGISTERS, FIXTURE_RULES } from '../test/fixtures.js';
import { ChecklistError } from './errors.js';
import type { ApplicantFacts } from './facts.js';
import { RuleBook } from './rule-book.js';

const book = new RuleBook(
  { rules: FIXTURE_RULES, documents: FIXTURE_DOCUMENTS, registers: FIXTURE_REGISTERS },
  FIXTURE_CATALOG,
);
const asOf = '2026-03-02';

function error(action: () => unknown): ChecklistError {
  try {
    action();
  } catch (caught) {
    if (caught instanceof ChecklistError) return caught;
    throw caught;
  }
  throw new Error('expected a ChecklistError');
}

describe('RuleBook.checklist', () => {
  it('demands what applies, names the register for what the provider obtains itself, and skips the rest', () => {
    const checklist = book.checklist(
      'alpha',
      { childBornAbroad: false, applicationForm: 'electronic', idp: false },
      { asOf },
    );
    expect(checklist.items.map((item) => item.id)).toEqual(['application', 'identity']);
    expect(checklist.items[1]?.documents.map((document) => document.id)).toEqual(['passport', 'id-card']);
    expect(checklist.notDemanded.map((item) => [item.id, item.register.id])).toEqual([
      ['tax-number', 'tax'],
      ['birth', 'civil'],
    ]);
    expect(checklist.notDemanded[1]?.why.uk).toBe(
      'Суб’єкт надання отримує ці відомості самостійно: Реєстр ЦС (Мін’юст)',
    );
    expect(checklist.settled).toBe(true);
  });

  it('demands the birth certificate on paper, and leaves lines open while facts are unknown', () => {
    const paper = book.checklist(
      'alpha',
      { childBornAbroad: false, applicationForm: 'paper', idp: true },
      { asOf },
    );
    expect(paper.items.map((item) => item.id)).toEqual(['application', 'identity', 'birth', 'idp']);
    const open = book.checklist('alpha', {}, { asOf });
    expect(open.undetermined.map((item) => [item.id, item.facts])).toEqual([
      ['birth', ['childBornAbroad', 'applicationForm']],
      ['idp', ['idp']],
    ]);
    expect(open.settled).toBe(false);
  });

  it('reads the rule in force on asOf', () => {
    const before = book.checklist('beta', {}, { asOf: '2025-12-31' });
    const after = book.checklist('beta', {}, { asOf: '2026-01-01' });
    expect(before.items.map((item) => `${item.id}:${item.form}`)).toEqual([
      'application:original',
      'birth:copy',
    ]);
    expect(after.items.map((item) => item.id)).toEqual(['application', 'birth', 'medical']);
  });

  it('rejects unknown or ill-typed facts with every path, never echoing their values', () => {
    const caught = error(() =>
      book.checklist('alpha', { age: 'twelve', idp: 'так', pet: 'cat' } as never, { asOf }),
    );
    expect(caught.code).toBe('INVALID_FACTS');
    expect(caught.issues.map((issue) => issue.path)).toEqual(['facts.age', 'facts.idp', 'facts']);
    expect(caught.message).not.toContain('twelve');
    expect(caught.message).not.toContain('cat');
  });

  it('rejects an unknown service with suggestions, and a service without a rule', () => {
    const unknown = error(() => book.checklist('alpah', {}, { asOf }));
    expect(unknown.code).toBe('UNKNOWN_SERVICE');
    expect(unknown.suggestions[0]).toBe('alpha');
    expect(error(() => book.checklist('gamma', {}, { asOf })).code).toBe('NO_RULE');
    expect(error(() => book.checklist('alpha', {}, { asOf: '2026-13-01' })).code).toBe('INVALID_DATE');
  });
});

describe('RuleBook.checklistFor', () => {
  it('asks for a shared document once, in the strictest form, but one application per service', () => {
    const checklist = book.checklistFor(
      ['alpha', 'beta'],
      { childBornAbroad: false, applicationForm: 'paper', idp: false },
      { asOf },
    );
    expect(checklist.items.map((item) => [item.id, item.serviceIds, item.form])).toEqual([
      ['application', ['alpha'], 'original'],
      ['identity', ['alpha'], 'presentOnly'],
      ['birth', ['alpha', 'beta'], 'original'],
      ['application', ['beta'], 'original'],
      ['medical', ['beta'], 'original'],
    ]);
    expect(checklist.items[2]?.reasons).toHaveLength(2);
  });

  it('drops a register line when another service demands the same document anyway', () => {
    const checklist = book.checklistFor(
      ['alpha', 'beta'],
      { childBornAbroad: false, applicationForm: 'electronic', idp: false },
      { asOf },
    );
    expect(checklist.notDemanded.map((item) => item.id)).toEqual(['tax-number']);
    expect(checklist.items.find((item) => item.id === 'birth')?.serviceIds).toEqual(['beta']);
  });

  it('rejects an empty or repeated list', () => {
    expect(error(() => book.checklistFor([], {}, { asOf })).code).toBe('INVALID_OPTION');
    expect(error(() => book.checklistFor(['alpha', 'alpha'], {}, { asOf })).code).toBe('INVALID_OPTION');
  });
});

describe('RuleBook.questions', () => {
  it('asks only what settles open lines, in interview order, until nothing is left', () => {
    const first = book.questions('alpha', {}, { asOf });
    expect(first.map((question) => question.fact)).toEqual(['idp', 'childBornAbroad', 'applicationForm']);
    expect(first[0]?.answers.map((answer) => answer.value)).toEqual([true, false]);
    expect(first[2]?.affects).toEqual(['alpha/birth']);
    expect(
      book.questions('alpha', { childBornAbroad: true }, { asOf }).map((question) => question.fact),
    ).toEqual(['idp']);
    expect(book.questions('alpha', { childBornAbroad: true, idp: false }, { asOf })).toEqual([]);
  });
});

describe('the rule book itself', () => {
  const basis = FIXTURE_RULES[0]?.items[0]?.basis ?? [];
  /** Rule data with three mistakes beyond the schema, and the schema mistake of an empty basis if asked. */
  const broken = (ghostBasis: typeof basis) => () =>
    new RuleBook(
      {
        rules: [
          {
            serviceId: 'nope',
            items: [
              {
                id: 'x',
                documents: ['ghost'],
                form: 'copy',
                reason: { uk: 'x', en: 'x' },
                basis: ghostBasis,
              },
            ],
          },
          ...FIXTURE_RULES,
          {
            ...FIXTURE_RULES[0],
            items: [{ ...FIXTURE_RULES[0]?.items[2], fromRegister: { register: 'moon', basis } }],
          },
        ],
        documents: FIXTURE_DOCUMENTS,
        registers: FIXTURE_REGISTERS,
      },
      FIXTURE_CATALOG,
    );

  it('reports a schema problem with its path before anything else', () => {
    const caught = error(broken([]));
    expect(caught.code).toBe('INVALID_RULES');
    expect(caught.issues.map((issue) => issue.path)).toEqual(['rules.0.items.0.basis']);
  });

  it('reports every unknown service, document and register, and rules overlapping in time', () => {
    expect(error(broken(basis)).issues.map((issue) => issue.path)).toEqual([
      'rules.0.serviceId',
      'rules.0.items.0.documents.0',
      'rules.4.items.0.fromRegister.register',
      'rules.4',
    ]);
  });
});

const factsArbitrary = fc.record(
  {
    idp: fc.boolean(),
    childBornAbroad: fc.boolean(),
    applicationForm: fc.constantFrom('paper' as const, 'electronic' as const),
    guardian: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('properties', () => {
  test.prop([factsArbitrary, fc.constantFrom('alpha', 'beta')])(
    'every line that applies is demanded, obtained from a register, or open: exactly one of them',
    (facts: ApplicantFacts, serviceId) => {
      const checklist = book.checklist(serviceId, facts, { asOf });
      const lists = [checklist.items, checklist.notDemanded, checklist.undetermined].map((list) =>
        list.map((line) => line.id),
      );
      const all = lists.flat();
      expect(new Set(all).size).toBe(all.length);
      const demandedDocuments = new Set(
        checklist.items.flatMap((item) => item.documents.map((document) => document.id)),
      );
      for (const line of checklist.notDemanded) {
        for (const document of line.documents) expect(demandedDocuments.has(document.id)).toBe(false);
      }
      if (Object.keys(facts).length === 4) expect(checklist.undetermined).toEqual([]);
    },
  );
});
