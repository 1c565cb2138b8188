import { ActRegister } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { ActIndex, actReport, countByLevel, findValues, provisionReport, uniqueValues } from './values.js';

const register = new ActRegister([
  {
    id: 'law-5203-vi',
    kind: 'law',
    number: '5203-VI',
    adopted: '2012-09-06',
    title: { uk: 'Закон України «Про адміністративні послуги»', en: 'Law on Administrative Services' },
    url: 'https://zakon.rada.gov.ua/laws/show/5203-17',
  },
  {
    id: 'kmu-1751-2001',
    kind: 'cabinetResolution',
    number: '1751',
    adopted: '2001-12-27',
    title: { uk: 'Порядок 1751', en: 'Procedure 1751' },
    url: 'https://zakon.rada.gov.ua/laws/show/1751-2001-п',
  },
  { id: 'unused-act', kind: 'publication', title: { uk: 'Новина', en: 'News' } },
]);
const index = new ActIndex(register.acts());

const article10 = register.cite({
  act: 'law-5203-vi',
  provision: { uk: 'ст. 10', en: 'Art. 10' },
  evidence: 'text',
  checkedOn: '2026-11-25',
});
const article9 = register.cite({
  act: 'law-5203-vi',
  provision: { uk: 'ст. 9', en: 'Art. 9' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
});
/** A source written by hand before the register: found by its address, only `verified`. */
const oldVerified = {
  id: 'kmu-1751-birth-set',
  act: { uk: 'Порядок 1751', en: 'Procedure 1751' },
  url: 'https://zakon.rada.gov.ua/laws/show/1751-2001-п',
  verified: true,
};
const oldUnverified = {
  id: 'council-page',
  act: { uk: 'Сторінка ради', en: 'A council page' },
  verified: false,
};

const service = {
  id: 'birth-assistance',
  term: [
    { from: '2025-01-01', value: 10, basis: [article9, article10] },
    { from: '2026-01-01', value: 10, basis: [article9] },
  ],
  legalBasis: [{ value: [article10], basis: [oldVerified] }],
  fee: [{ value: 0, basis: [oldUnverified] }],
  description: { uk: 'Допомога', en: 'Assistance' },
};

describe('the values of the data and their evidence', () => {
  const values = findValues(service, { pkg: 'catalog', service: service.id, path: service.id }, index);

  it('finds each value with a basis once, at the level of its strongest source', () => {
    expect(values.map((value) => [value.path, value.level])).toEqual([
      ['birth-assistance.term.0', 'text'],
      ['birth-assistance.term.1', 'secondary'],
      ['birth-assistance.legalBasis.0', 'verified (old)'],
      ['birth-assistance.fee.0', 'unverified (old)'],
    ]);
    expect(countByLevel(values)).toEqual({
      text: 1,
      officialCard: 0,
      'verified (old)': 1,
      secondary: 1,
      'unverified (old)': 1,
      none: 0,
    });
  });

  it('counts a value met twice at the same place once', () => {
    expect(uniqueValues([...values, ...values])).toHaveLength(4);
  });

  it('finds the act an old source cites, and lists the acts no citation reads in the text', () => {
    const report = actReport(values, register.acts());
    expect(report.withoutText).toEqual([{ act: 'kmu-1751-2001', citations: 1, level: 'verified (old)' }]);
    expect(report.unused).toEqual(['unused-act']);
    expect([...report.outside]).toEqual([['council-page', 1]]);
  });

  it('skips what is counted elsewhere, class instances, and cycles', () => {
    const cyclic: Record<string, unknown> = { basis: [article9] };
    cyclic.self = cyclic;
    const found = findValues(
      { term: service.term[0], cyclic, register, map: new Map([['a', { basis: [article10] }]]) },
      { pkg: 'workflows', path: 'x' },
      index,
      { counted: new Set([service.term[0]?.basis]) },
    );
    expect(found.map((value) => value.path)).toEqual(['x.cyclic']);
  });
});

describe('provisionReport', () => {
  const values = findValues(service, { pkg: 'catalog', service: service.id, path: service.id }, index);

  it('lists each provision of the acts asked for once, with its citations and strongest level', () => {
    expect(provisionReport(values, ['law-5203-vi'])).toEqual([
      { act: 'law-5203-vi', label: 'law-5203-vi (Art. 9)', citations: 2, level: 'secondary' },
      { act: 'law-5203-vi', label: 'law-5203-vi (Art. 10)', citations: 2, level: 'text' },
    ]);
    expect(provisionReport(values, ['kmu-1751-2001'])).toEqual([
      { act: 'kmu-1751-2001', label: 'kmu-1751-birth-set', citations: 1, level: 'verified (old)' },
    ]);
    expect(provisionReport(values, ['unused-act'])).toEqual([]);
  });
});
