import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ACTS,
  ActRegister,
  addDays,
  addMonths,
  daysBetween,
  defaultActRegister,
  englishWordsIn,
  issuesFrom,
  kyivInstant,
  LawError,
  LegalSource,
  periodKeyProblems,
  periodsOf,
  toKyivDate,
  ViknoError,
} from './index.js';

describe('civil dates under Civil Code Art. 254', () => {
  it('ends a term of months on the same date, or the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-05-15', 12)).toBe('2027-05-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('1900-01-31', 1)).toBe('1900-02-28');
  });

  it('counts days either way and across years', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('refuses what is not a day or a count, typed and without the value', () => {
    const secret = 'Петренко 3012456789';
    for (const call of [
      () => addMonths(secret, 1),
      () => addMonths('2026-01-01', 1.5),
      () => addDays('2026-02-30', 1),
    ]) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(LawError);
        expect(error).toBeInstanceOf(ViknoError);
        expect(String((error as Error).message)).not.toContain('3012456789');
      }
    }
    expect(() => addMonths('9999-12-01', 1)).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
  });
});

describe('Kyiv time', () => {
  it('gives the offset of the day itself around the changes in March and October', () => {
    // 2026: summer time from Sunday 29 March, winter time from Sunday 25 October.
    expect(kyivInstant('2026-03-28', '10:00')).toBe('2026-03-28T10:00:00+02:00');
    expect(kyivInstant('2026-03-29', '10:00')).toBe('2026-03-29T10:00:00+03:00');
    expect(kyivInstant('2026-03-31', '18:00')).toBe('2026-03-31T18:00:00+03:00');
    expect(kyivInstant('2026-10-24', '18:00')).toBe('2026-10-24T18:00:00+03:00');
    expect(kyivInstant('2026-10-25', '18:00')).toBe('2026-10-25T18:00:00+02:00');
    expect(kyivInstant('2026-10-31', '09:00')).toBe('2026-10-31T09:00:00+02:00');
    for (const day of ['2026-03-29', '2026-03-30', '2026-10-25', '2026-10-30']) {
      expect(toKyivDate(kyivInstant(day, '00:00'))).toBe(day);
      expect(toKyivDate(kyivInstant(day, '23:59'))).toBe(day);
    }
  });

  it('refuses a bad time or a day outside the range', () => {
    expect(() => kyivInstant('2026-03-02', '24:00')).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME', path: 'time' }),
    );
    expect(() => kyivInstant('2036-01-01', '10:00')).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }),
    );
  });
});

const act = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'cabinetResolution',
  number: '250',
  adopted: '2019-03-13',
  title: { uk: 'Постанова', en: 'Resolution' },
  ...extra,
});

describe('the register of acts', () => {
  it('holds every act once: no two acts share an id, a kind, number and year, or an address', () => {
    const register = defaultActRegister();
    expect(register.size).toBe(ACTS.length);
    const seen = new Map<string, string>();
    for (const each of ACTS) {
      if (each.number === undefined) continue;
      const key = `${each.kind}|${each.number}|${each.adopted?.slice(0, 4) ?? ''}`;
      expect(seen.get(key), `${each.id} and ${seen.get(key)} are one act`).toBeUndefined();
      seen.set(key, each.id);
    }
  });

  it('refuses an act written twice, even with another title, date or address', () => {
    expect(() => new ActRegister([act('a'), act('b', { title: { uk: 'Інша', en: 'Other' } })])).toThrow(
      expect.objectContaining({
        code: 'INVALID_REGISTER',
        issues: [expect.objectContaining({ code: 'DUPLICATE_ACT', path: 'acts.1.number' })],
      }),
    );
    expect(() => new ActRegister([act('a'), act('a', { number: '251' })])).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'DUPLICATE_ACT_ID' })] }),
    );
    expect(
      () =>
        new ActRegister([
          act('a', { url: 'https://zakon.rada.gov.ua/laws/show/250-2019-п' }),
          act('b', { number: '9', url: 'https://zakon.rada.gov.ua/laws/show/250-2019-п' }),
        ]),
    ).toThrow(expect.objectContaining({ code: 'INVALID_REGISTER' }));
    const page = {
      id: 'a',
      kind: 'notice',
      title: { uk: 'Повідомлення', en: 'Notice' },
      url: 'https://www.pfu.gov.ua/1-a',
    };
    expect(
      () => new ActRegister([page, { ...page, id: 'b', title: { uk: 'Інша назва', en: 'Other' } }]),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'DUPLICATE_ACT', path: 'acts.1.url' })],
      }),
    );
    expect(() => new ActRegister([page, { ...page, id: 'b', url: 'https://www.pfu.gov.ua/2-b' }])).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'DUPLICATE_ACT', path: 'acts.1.title' })],
      }),
    );
    // Two resolutions № 250 of different years are two acts.
    expect(new ActRegister([act('a'), act('b', { adopted: '2003-02-24' })]).size).toBe(2);
  });

  it('resolves a citation to a legal source whose verified follows the evidence', () => {
    const register = new ActRegister([act('kmu-250-2019')]);
    const cited = register.cite({
      act: 'kmu-250-2019',
      provision: { uk: 'п. 3', en: 'para. 3' },
      evidence: 'officialCard',
      checkedOn: '2026-11-25',
    });
    expect(cited).toMatchObject({
      id: 'kmu-250-2019',
      number: '250',
      verified: true,
      evidence: 'officialCard',
      provision: { uk: 'п. 3' },
    });
    expect(LegalSource.safeParse(cited).success).toBe(true);
    expect(
      register.cite({ act: 'kmu-250-2019', evidence: 'secondary', checkedOn: '2026-11-25' }).verified,
    ).toBe(false);
    expect(() => register.cite({ act: 'kmu-9999-2019', evidence: 'text', checkedOn: '2026-11-25' })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_ACT', path: 'citation.act' }),
    );
    expect(LegalSource.safeParse({ ...cited, verified: false }).success).toBe(false);
  });
});

describe('Ukrainian messages', () => {
  it('finds English prose, not codes or names', () => {
    expect(englishWordsIn('Неможливо add a case to реєстр R-1')).toEqual(['add', 'a', 'case', 'to']);
    expect(
      englishWordsIn('Подія TRANSFER.SENT без поля `to`, providerOffice, дата ISO 8601 у форматі YYYY-MM-DD'),
    ).toEqual([]);
  });
});

describe('zod issues in both languages', () => {
  it('keeps its own Ukrainian texts: zod’s `uk` locale names unknown keys and leaves English words', () => {
    // If zod's locale stops doing either, issuesFrom could use it instead of its own texts.
    const schema = z.object({ amount: z.string().min(2) }).strict();
    const result = schema.safeParse(
      { amount: 'x', 'Петренко 3012456789': 1 },
      { error: z.locales.uk().localeError },
    );
    const texts = (result.error?.issues ?? []).map((issue) => issue.message);
    expect(texts.some((text) => text.includes('3012456789'))).toBe(true);
    expect(texts.flatMap((text) => englishWordsIn(text))).toContain('string');
    // Ours say the same without either.
    const ours = issuesFrom(
      schema.safeParse({ amount: 'x', 'Петренко 3012456789': 1 }).error as z.ZodError,
      'input',
    );
    for (const issue of ours) {
      expect(issue.uk).not.toContain('3012456789');
      expect(englishWordsIn(issue.uk)).toEqual([]);
    }
  });
});

describe('issuesFrom with what is not quite a zod error', () => {
  it('reads issues by index and says what it cannot read in general words', () => {
    const real = z.object({ a: z.string() }).safeParse({ a: 1 }).error as z.ZodError;
    const issues = Object.assign([...real.issues, null, { code: 'custom', path: 'x' }], { constructor: 0 });
    const forged = Object.assign(new Error('x'), { issues }) as unknown as z.ZodError;
    expect(issuesFrom(forged, 'input').map((issue) => issue.code)).toEqual([
      'INVALID_TYPE',
      'INVALID_VALUE',
      'INVALID_VALUE',
    ]);
    const sparse = Object.assign(new Error('x'), { issues: new Array(2 ** 32 - 1) }) as unknown as z.ZodError;
    expect(issuesFrom(sparse, 'input')).toHaveLength(10_000);
  });
});

describe('a citation given a path that is not a text', () => {
  it('is refused typed', () => {
    const citation = { act: 'law-5203-vi', evidence: 'text', checkedOn: '2026-11-25' } as const;
    expect(() => defaultActRegister().cite(citation, Symbol('s') as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: 'path' }),
    );
  });
});

describe('series keyed by start day', () => {
  it('become periods ending the day before the next key, an end dropped', () => {
    const series = { earliest: 'УСЗН', '2025-07-01': 'ПФУ', '2026-01-01': null, '2026-03-01': 'ПФУ' };
    expect(periodKeyProblems(series)).toEqual([]);
    expect(periodsOf(series).map(({ from, to, value }) => [from, to, value])).toEqual([
      [undefined, '2025-06-30', 'УСЗН'],
      ['2025-07-01', '2025-12-31', 'ПФУ'],
      ['2026-03-01', undefined, 'ПФУ'],
    ]);
  });

  it('name every key out of place', () => {
    expect(periodKeyProblems({ '2025-01-01': null, earliest: 1, '2024-02-30': 2, '2024-01-01': 3 })).toEqual([
      { position: 0, problem: 'END_WITHOUT_VALUE' },
      { position: 1, problem: 'EARLIEST_NOT_FIRST' },
      { position: 2, problem: 'KEY_NOT_A_DAY' },
      { position: 3, problem: 'KEYS_OUT_OF_ORDER' },
    ]);
    expect(() => periodsOf(null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: 'series' }),
    );
  });
});
