import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { latinSkeleton, normalizeWords, SearchIndex, stem, stems } from './search.js';

describe('stem', () => {
  it('gives the word forms of a service name one stem', () => {
    expect(new Set(['субсидія', 'субсидії', 'субсидію', 'субсидією', 'субсидій'].map(stem))).toEqual(
      new Set(['субсид']),
    );
    expect(new Set(['допомога', 'допомоги', 'допомогу', 'допомогою'].map(stem))).toEqual(
      new Set(['допомог']),
    );
    expect(new Set(['дитина', 'дитини', 'дітей', 'дітям'].map(stem))).toEqual(new Set(['дит']));
    expect(new Set(['особа', 'особи', 'осіб', 'особам'].map(stem))).toEqual(new Set(['особ']));
    expect(new Set(['сім’я', 'сім’ї', 'сімей', "сім'ям"].flatMap(stems))).toEqual(new Set(['сім']));
  });

  it('leaves numbers and short words alone', () => {
    expect(stem('00151')).toBe('00151');
    expect(stem('до')).toBe('до');
  });
});

describe('normalizeWords', () => {
  it('folds case and every apostrophe variant', () => {
    const forms = ['Сім’я', "сім'я", 'СІМʼЯ', 'сім`я'];
    expect(new Set(forms.map((form) => normalizeWords(form).join(' ')))).toEqual(new Set(['сімя']));
  });
});

const index = new SearchIndex([
  {
    id: 'subsidy',
    fields: [{ text: 'Призначення житлової субсидії на оплату житлово-комунальних послуг', weight: 4 }],
    identifiers: ['subsidy', '02-01'],
  },
  {
    id: 'idp',
    fields: [{ text: 'Видача довідки про взяття на облік внутрішньо переміщеної особи', weight: 4 }],
    identifiers: ['idp'],
  },
  {
    id: 'birth',
    fields: [
      { text: 'Допомога при народженні дитини', weight: 4 },
      { text: 'Одноразова допомога сім’ї', weight: 1 },
    ],
    identifiers: ['birth', '00999'],
  },
]);
const ids = (query: string) => index.search(query, () => true).map((hit) => hit.id);

describe('SearchIndex', () => {
  it('finds by any word form, ranked by how much of the query matches', () => {
    expect(ids('субсидія')).toEqual(['subsidy']);
    expect(ids('субсидію на житло')[0]).toBe('subsidy');
    expect(ids('народження дітей')).toEqual(['birth']);
  });

  it('expands abbreviations both ways', () => {
    expect(ids('ВПО')).toEqual(['idp']);
    expect(ids('ЖКП')).toEqual(['subsidy']);
  });

  it('finds by identifier or local code exactly', () => {
    expect(ids('00999')).toEqual(['birth']);
    expect(ids('02-01')).toEqual(['subsidy']);
  });

  it('skips services the caller does not allow and returns nothing for noise', () => {
    expect(index.search('субсидія', (id) => id !== 'subsidy')).toEqual([]);
    expect(ids('при на за')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  test.prop([fc.constantFrom('субсидія', 'сім’ї', 'довідка ВПО', 'народження'), fc.boolean()])(
    'answers the same whatever the case and apostrophe',
    (query, upper) => {
      const variant = (upper ? query.toUpperCase() : query).replaceAll('’', "'");
      expect(ids(variant)).toEqual(ids(query));
    },
  );
});

describe('latinSkeleton', () => {
  it('folds the national transliteration and the informal ones to one spelling', () => {
    const same = (...spellings: string[]) =>
      expect(new Set(spellings.map(latinSkeleton)).size, spellings.join(' / ')).toBe(1);
    same('dopomoha', 'dopomoga');
    same('subsydiia', 'subsidiya', 'subsidija');
    same('prozhyvannia', 'prozhyvannya', 'prozyvanja');
    same('pokhovannia', 'pohovannya');
    same('zhytlovo', 'zytlovo');
    same('tsentr', 'centr');
    same('shchodo', 'schodo');
  });

  it('keeps words that differ apart', () => {
    expect(latinSkeleton('dovidka')).not.toBe(latinSkeleton('dopomoha'));
    expect(latinSkeleton('sim')).not.toBe(latinSkeleton('som'));
  });
});

describe('SearchIndex, as people mistype', () => {
  it('finds a service by its name in Latin letters, national or informal', () => {
    expect(ids('subsydiia')[0]).toBe('subsidy');
    expect(ids('subsidiya')[0]).toBe('subsidy');
    expect(ids('dovidka VPO')[0]).toBe('idp');
    expect(ids('dopomoga pry narodzhenni dytyny')[0]).toBe('birth');
  });

  it('finds a service by the Russian words for it', () => {
    expect(ids('субсидия')[0]).toBe('subsidy');
    expect(ids('пособие при рождении ребенка')[0]).toBe('birth');
    expect(ids('справка переселенца')[0]).toBe('idp');
  });

  it('forgives one typo in a word of four letters or more, and no more than one', () => {
    expect(ids('субсідія')).toEqual(['subsidy']);
    expect(ids('довітка')).toEqual(['idp']);
    expect(ids('субсітія')).toEqual([]);
    expect(ids('впа')).toEqual([]);
  });

  it('prefers a word the index has to a guess at one it lacks', () => {
    const [exact] = index.search('субсидія', () => true);
    const [typo] = index.search('субсідія', () => true);
    expect(typo?.score).toBeLessThan(exact?.score ?? 0);
  });

  test.prop([fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 })])(
    'answers any text with hits of known services, each matching a word of the query',
    (a, b) => {
      for (const query of [a, b, `${a} ${b}`]) {
        for (const hit of index.search(query, () => true)) {
          expect(['subsidy', 'idp', 'birth']).toContain(hit.id);
          expect(hit.matched.length).toBeGreaterThan(0);
          expect(Number.isFinite(hit.score)).toBe(true);
        }
      }
    },
  );
});
