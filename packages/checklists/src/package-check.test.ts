import { fc, test } from '@fast-check/vitest';
import { addDays, addMonths, epochDayOf, formatEpochDay } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOG, FIXTURE_DOCUMENTS, FIXTURE_REGISTERS, FIXTURE_RULES } from '../test/fixtures.js';
import { ChecklistError } from './errors.js';
import { checkPackage, validUntil } from './package-check.js';
import { RuleBook } from './rule-book.js';

const ruleBook = new RuleBook(
  { rules: FIXTURE_RULES, documents: FIXTURE_DOCUMENTS, registers: FIXTURE_REGISTERS },
  FIXTURE_CATALOG,
);
const alpha = ruleBook.checklist(
  'alpha',
  { childBornAbroad: false, applicationForm: 'paper', idp: false },
  { asOf: '2026-03-02' },
);
const beta = ruleBook.checklist('beta', {}, { asOf: '2026-03-02' });

describe('checkPackage', () => {
  it('accepts a complete package, any one of the alternatives', () => {
    const check = checkPackage(
      alpha,
      [
        { document: 'application', form: 'original' },
        { document: 'id-card', form: 'original' },
        { document: 'birth', form: 'original' },
      ],
      { on: '2026-03-02', ruleBook },
    );
    expect(check.complete).toBe(true);
    expect(check.satisfied.map((line) => line.document)).toEqual(['application', 'id-card', 'birth']);
  });

  it('reports missing documents, copies where the original must be seen, and extras by kind', () => {
    const check = checkPackage(
      alpha,
      [
        { document: 'application', form: 'original' },
        { document: 'birth', form: 'copy' },
        { document: 'tax-number', form: 'copy' },
        { document: 'medical', form: 'original' },
        { document: 'library-card', form: 'copy' },
      ],
      { on: '2026-03-02', ruleBook },
    );
    expect(check.complete).toBe(false);
    expect(check.missing.map((finding) => finding.item.id)).toEqual(['identity']);
    expect(check.copyWhereOriginal.map((finding) => finding.document)).toEqual(['birth']);
    expect(check.extra.map((finding) => [finding.submitted.document, finding.reason])).toEqual([
      ['tax-number', 'notToBeDemanded'],
      ['medical', 'notRequired'],
      ['library-card', 'unknownDocument'],
    ]);
    expect(check.extra[0]?.notDemanded?.register.id).toBe('tax');
  });

  it('checks validity: expired after six months, undated when the issue date is missing', () => {
    const base = [
      { document: 'application', form: 'original' as const },
      { document: 'birth', form: 'original' as const },
    ];
    const fresh = checkPackage(
      beta,
      [...base, { document: 'medical', form: 'original', issuedOn: '2025-09-02' }],
      {
        on: '2026-03-02',
        ruleBook,
      },
    );
    expect(fresh.complete).toBe(true);
    const stale = checkPackage(
      beta,
      [...base, { document: 'medical', form: 'original', issuedOn: '2025-09-01' }],
      {
        on: '2026-03-02',
        ruleBook,
      },
    );
    expect(stale.expired).toEqual([
      expect.objectContaining({ document: 'medical', issuedOn: '2025-09-01', validUntil: '2026-03-01' }),
    ]);
    const undated = checkPackage(beta, [...base, { document: 'medical', form: 'original' }], {
      on: '2026-03-02',
      ruleBook,
    });
    expect(undated.undated.map((finding) => finding.document)).toEqual(['medical']);
    expect(undated.complete).toBe(false);
  });

  it('is never complete while facts are missing', () => {
    const open = ruleBook.checklist('alpha', {}, { asOf: '2026-03-02' });
    const check = checkPackage(
      open,
      [
        { document: 'application', form: 'original' },
        { document: 'passport', form: 'original' },
      ],
      { on: '2026-03-02', ruleBook },
    );
    expect(check.missing).toEqual([]);
    expect(check.complete).toBe(false);
    expect(check.pendingFacts).toEqual(['childBornAbroad', 'applicationForm', 'idp']);
  });

  it('rejects a malformed submission or checklist with every problem and its path', () => {
    try {
      checkPackage(
        alpha,
        [
          { document: '', form: 'scan' },
          { form: 'copy', colour: 'red' },
        ] as never,
        { ruleBook },
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChecklistError);
      expect((error as ChecklistError).code).toBe('INVALID_PACKAGE');
      expect((error as ChecklistError).issues.map((issue) => issue.path)).toEqual([
        'submitted.0.document',
        'submitted.0.form',
        'submitted.1.document',
        'submitted.1',
      ]);
    }
    expect(() => checkPackage({ items: 'none' } as never, [], { ruleBook })).toThrow(ChecklistError);
    expect(() => checkPackage(alpha, [], { on: '2026-02-30', ruleBook })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', path: 'options.on' }),
    );
  });
});

describe('validUntil', () => {
  const day = fc
    .integer({ min: epochDayOf(1900, 1, 1), max: epochDayOf(9999, 12, 31) })
    .map((epochDay) => formatEpochDay(epochDay));
  const term = fc.record({
    amount: fc.integer({ min: 1, max: 36_500 }),
    unit: fc.constantFrom('calendarDays' as const, 'weeks' as const, 'months' as const, 'years' as const),
  });
  /** The civil date arithmetic of @vikno/law, the one home of Civil Code Art. 254; `undefined` past 9999. */
  const byLaw = (issuedOn: string, { amount, unit }: { amount: number; unit: string }) => {
    try {
      if (unit === 'calendarDays') return addDays(issuedOn, amount);
      if (unit === 'weeks') return addDays(issuedOn, 7 * amount);
      return addMonths(issuedOn, unit === 'years' ? 12 * amount : amount);
    } catch {
      return undefined;
    }
  };

  test.prop([day, term])(
    'counts days, weeks, months and years as @vikno/law does, or refuses past 9999',
    (issuedOn, validity) => {
      const expected = byLaw(issuedOn, validity);
      if (expected === undefined) {
        expect(() => validUntil(issuedOn, validity)).toThrow(
          expect.objectContaining({ code: 'INVALID_DATE', path: 'validity' }),
        );
      } else {
        expect(validUntil(issuedOn, validity)).toBe(expected);
      }
    },
  );

  it('ends a month term on the last day of February in leap and common years, and across centuries', () => {
    expect(validUntil('1999-11-30', { amount: 3, unit: 'months' })).toBe('2000-02-29');
    expect(validUntil('2099-11-30', { amount: 3, unit: 'months' })).toBe('2100-02-28');
    expect(validUntil('1900-01-31', { amount: 1, unit: 'months' })).toBe('1900-02-28');
  });

  it('ends a term in months on the same date, or the last day of a shorter month (Civil Code Art. 254)', () => {
    expect(validUntil('2025-08-31', { amount: 6, unit: 'months' })).toBe('2026-02-28');
    expect(validUntil('2024-02-29', { amount: 1, unit: 'years' })).toBe('2025-02-28');
    expect(validUntil('2026-03-02', { amount: 30, unit: 'calendarDays' })).toBe('2026-04-01');
  });

  it('refuses a day that does not exist and a malformed term, naming which', () => {
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof ChecklistError ? { code: error.code, path: error.path } : error;
      }
      return undefined;
    };
    expect(thrown(() => validUntil('2026-02-30', { amount: 1, unit: 'months' }))).toEqual({
      code: 'INVALID_DATE',
      path: 'issuedOn',
    });
    expect(thrown(() => validUntil('not-a-date', { amount: 1, unit: 'months' }))).toEqual({
      code: 'INVALID_DATE',
      path: 'issuedOn',
    });
    expect(thrown(() => validUntil(undefined as unknown as string, { amount: 1, unit: 'months' }))).toEqual({
      code: 'INVALID_DATE',
      path: 'issuedOn',
    });
    expect(thrown(() => validUntil('2026-03-02', { amount: -1, unit: 'months' }))).toEqual({
      code: 'INVALID_OPTION',
      path: 'validity',
    });
  });
});
