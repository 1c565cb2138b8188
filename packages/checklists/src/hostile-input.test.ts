import type { Catalog } from '@vikno/catalog';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_CATALOG,
  FIXTURE_DOCUMENTS,
  FIXTURE_REGISTERS,
  FIXTURE_RULES,
  FIXTURE_SOURCE,
} from '../test/fixtures.js';
import { type Condition, evaluate, unknownFacts } from './condition.js';
import { buildChecklist, defaultRuleBook } from './default.js';
import { ChecklistError } from './errors.js';
import { checkPackage, validUntil } from './package-check.js';
import { RuleBook } from './rule-book.js';

// Issue 11: hostile input gets a ChecklistError, messages never repeat what was given, and stay small.

const NAME = 'Шевченко Тарас Григорович';
const TAX_NUMBER = '3012456789';

function caught(action: () => unknown): ChecklistError {
  try {
    action();
  } catch (error) {
    if (error instanceof ChecklistError) return error;
    throw error;
  }
  throw new Error('expected a ChecklistError');
}

function said(error: ChecklistError): string {
  return [error.message, error.en, error.uk, error.path, JSON.stringify(error.issues)].join('\n');
}

function deepNot(depth: number): unknown {
  let condition: unknown = { fact: 'idp', equals: true };
  for (let i = 0; i < depth; i++) condition = { not: condition };
  return condition;
}

describe('conditions', () => {
  it('refuses what is not a condition, and facts that are not facts', () => {
    expect(caught(() => evaluate(null as never, {})).code).toBe('INVALID_OPTION');
    expect(caught(() => evaluate({ fact: 'idp', equals: true }, null as never)).code).toBe('INVALID_FACTS');
    expect(caught(() => unknownFacts({} as never, {})).path).toBe('condition');
  });

  it('never answers a fact that does not exist', () => {
    expect(caught(() => unknownFacts({ fact: 'nickname' } as never, {})).code).toBe('INVALID_OPTION');
  });

  it('refuses a condition 10,000 levels deep with one issue, instead of overflowing the stack', () => {
    const error = caught(() => evaluate(deepNot(10_000) as Condition, {}));
    expect(error.issues).toEqual([
      {
        path: 'condition',
        code: 'INVALID_VALUE',
        en: 'Nested deeper than 16 levels',
        uk: 'Вкладено глибше ніж на 16 рівнів',
      },
    ]);
    expect(evaluate(deepNot(15) as Condition, { idp: true })).toBe(false);
  });

  it('refuses a rule whose condition nests too deep', () => {
    const rules = [
      { ...FIXTURE_RULES[0], items: [{ ...FIXTURE_RULES[0]?.items[0], when: deepNot(10_000) }] },
    ];
    const error = caught(
      () =>
        new RuleBook({ rules, documents: FIXTURE_DOCUMENTS, registers: FIXTURE_REGISTERS }, FIXTURE_CATALOG),
    );
    expect(error.code).toBe('INVALID_RULES');
    expect(error.issues[0]?.path).toBe('rules.0.items.0.when');
  });
});

describe('validUntil', () => {
  it('refuses a validity that would end past 9999-12-31', () => {
    const error = caught(() => validUntil('2026-01-31', { amount: 36500, unit: 'years' }));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.path).toBe('validity');
  });

  it('refuses an issue day before 1900, and working days outside the legal calendar', () => {
    expect(caught(() => validUntil('0000-01-01', { amount: 1, unit: 'months' })).path).toBe('issuedOn');
    expect(caught(() => validUntil('1990-01-01', { amount: 5, unit: 'workingDays' })).code).toBe(
      'INVALID_DATE',
    );
  });

  it('counts across years below 100 and near 9999 as dates, not as 19xx', () => {
    expect(validUntil('1999-12-31', { amount: 1, unit: 'calendarDays' })).toBe('2000-01-01');
    expect(validUntil('9999-11-30', { amount: 1, unit: 'months' })).toBe('9999-12-30');
    expect(caught(() => validUntil('9999-12-31', { amount: 1, unit: 'calendarDays' })).path).toBe('validity');
  });
});

describe('messages never repeat what was given', () => {
  it('never repeats an unknown service id', () => {
    const error = caught(() => buildChecklist(`${NAME} ${TAX_NUMBER}`, {}, { asOf: '2026-03-02' }));
    expect(error.code).toBe('UNKNOWN_SERVICE');
    expect(said(error)).not.toContain('Шевченко');
    expect(said(error)).not.toContain('3012456');
  });

  it('never repeats an unknown fact name, nor a date field carrying personal data', () => {
    const facts = caught(() => buildChecklist('birth-assistance', { [NAME]: TAX_NUMBER } as never));
    expect(facts.issues[0]).toEqual({
      path: 'facts',
      code: 'UNKNOWN_FIELD',
      en: '1 unknown field',
      uk: 'Невідомих полів: 1',
    });
    const day = caught(() => buildChecklist('birth-assistance', {}, { asOf: `2026-03-02 ${NAME}` }));
    expect(said(day)).not.toContain('Шевченко');
  });

  it('never repeats an unknown id of the rule data', () => {
    const rules = [{ ...FIXTURE_RULES[0], serviceId: `petrenko-${TAX_NUMBER}` }];
    const error = caught(
      () =>
        new RuleBook({ rules, documents: FIXTURE_DOCUMENTS, registers: FIXTURE_REGISTERS }, FIXTURE_CATALOG),
    );
    expect(error.issues[0]).toEqual({
      path: 'rules.0.serviceId',
      code: 'UNKNOWN_SERVICE',
      en: 'Names no service of the catalogue',
      uk: 'Називає послугу, якої немає в каталозі',
    });
    expect(said(error)).not.toContain(TAX_NUMBER);
  });
});

describe('the cost of a bad id', () => {
  it('refuses an id longer than any id without looking for near ids', () => {
    const error = caught(() => buildChecklist('x'.repeat(1_048_576), {}, { asOf: '2026-03-02' }));
    expect(error.code).toBe('UNKNOWN_SERVICE');
    expect(error.suggestions).toEqual([]);
    expect(error.en).toBe('No service has this id (a string of 1,048,576 characters).');
  });
});

describe('arguments of the wrong kind', () => {
  it('refuses options that are not an object, and a catalogue or rule book that is not one', () => {
    expect(caught(() => defaultRuleBook().rule('birth-assistance', null as never)).path).toBe('options');
    expect(caught(() => defaultRuleBook().rule(7 as never)).path).toBe('serviceId');
    expect(caught(() => new RuleBook({ rules: [], documents: [], registers: [] }, {} as Catalog)).path).toBe(
      'catalog',
    );
    const checklist = buildChecklist('birth-assistance', {}, { asOf: '2026-03-02' });
    expect(caught(() => checkPackage(checklist, [], { ruleBook: {} as RuleBook })).path).toBe(
      'options.ruleBook',
    );
  });

  it('refuses a submitted package of 100,000 documents by its length', () => {
    const checklist = buildChecklist('birth-assistance', {}, { asOf: '2026-03-02' });
    const error = caught(() => checkPackage(checklist, Array.from({ length: 100_000 }, () => ({})) as never));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toBe('submitted');
  });

  it('refuses a javascript: link in a source of the rule data', () => {
    const registers = [
      { ...FIXTURE_REGISTERS[0], basis: [{ ...FIXTURE_SOURCE, url: 'javascript:alert(1)' }] },
    ];
    const error = caught(() => new RuleBook({ rules: [], documents: [], registers }, FIXTURE_CATALOG));
    expect(error.issues.map((issue) => issue.path)).toEqual(['registers.0.basis.0.url']);
  });
});
