import { computeDeadline } from '@vikno/deadlines';
import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  findServices,
  getService,
  informationCard,
  renderInformationCardMarkdown,
  searchServices,
} from '../src/index.js';
import { EXAMPLE_CNAP } from './fixtures.js';

// The built-in catalogue as users meet it: real services, real dates.

describe('the built-in catalogue as of a day', () => {
  it('moves the decider of transferred assistance from УСЗН to the Pension Fund on 01.07.2025', () => {
    for (const id of ['birth-assistance', 'idp-living-allowance', 'disability-from-childhood-assistance']) {
      expect(getService(id, { asOf: '2025-06-30' }).provider.value.kind, id).toBe('uszn');
      expect(getService(id, { asOf: '2025-07-01' }).provider.value.kind, id).toBe('pfu');
    }
  });

  it('knows the IDP living allowance did not exist before КМУ 332 and is decided in 10 working days', () => {
    expect(() => getService('idp-living-allowance', { asOf: '2021-12-31' })).toThrow(CatalogError);
    const term = getService('idp-living-allowance', { asOf: '2026-03-02' }).term.value;
    expect(term).toEqual({ kind: 'term', term: { amount: 10, unit: 'workingDays' } });
  });

  it('gives terms that @vikno/deadlines computes directly', () => {
    const view = getService('disability-from-childhood-assistance', { asOf: '2026-03-02' });
    expect(view.registerId).toBe('00151');
    if (view.term.value.kind !== 'term') throw new Error('expected a term');
    const deadline = computeDeadline({ start: '2026-03-02', term: view.term.value.term });
    expect(deadline.lastDay).toBe('2026-03-12');
  });

  it('keeps birth assistance within 12 months of the birth, every social service free', () => {
    expect(getService('birth-assistance', { asOf: '2026-11-22' }).applicationWindow?.value).toMatchObject({
      event: 'childBirth',
      within: { amount: 12, unit: 'months' },
    });
    for (const view of findServices({ asOf: '2026-11-22', social: true })) {
      expect(view.fee.value.kind, view.id).toBe('free');
    }
  });

  it('finds services by life situation and channel', () => {
    const displacement = findServices({ asOf: '2026-11-22', lifeSituation: 'internalDisplacement' }).map(
      (view) => view.id,
    );
    expect(displacement).toEqual(expect.arrayContaining(['idp-certificate', 'idp-living-allowance']));
    expect(findServices({ asOf: '2026-11-22', provider: 'pfu' }).length).toBeGreaterThan(5);
  });

  it('suggests the nearest ids for a typo', () => {
    try {
      getService('idp-sertificate');
      expect.unreachable();
    } catch (error) {
      expect((error as CatalogError).suggestions[0]).toBe('idp-certificate');
    }
  });
});

describe('searchServices over the built-in catalogue', () => {
  const first = (query: string) => searchServices(query, { asOf: '2026-11-22' })[0]?.service.id;

  it.each([
    ['субсидія', 'housing-subsidy'],
    ['субсидії на ЖКП', 'housing-subsidy'],
    ['довідка ВПО', 'idp-certificate'],
    ['довідку внутрішньо переміщеної особи', 'idp-certificate'],
    ['допомога на проживання ВПО', 'idp-living-allowance'],
    ['допомога при народженні дитини', 'birth-assistance'],
    ['пакунок малюка', 'baby-box-compensation'],
    ['малозабезпеченим сім’ям', 'low-income-family-assistance'],
    ["малозабезпеченим сім'ям", 'low-income-family-assistance'],
    ['МАЛОЗАБЕЗПЕЧЕНИМ СІМʼЯМ', 'low-income-family-assistance'],
    ['реєстрація місця проживання', 'residence-registration'],
    ['00151', 'disability-from-childhood-assistance'],
  ])('ranks «%s» → %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('returns nothing for words no service has', () => {
    expect(searchServices('космодром', { asOf: '2026-11-22' })).toEqual([]);
  });
});

describe('informationCard over the built-in catalogue', () => {
  it('renders a real card with its Register id, term and acts', () => {
    const markdown = renderInformationCardMarkdown(
      informationCard('disability-from-childhood-assistance', EXAMPLE_CNAP, { asOf: '2026-11-22' }),
    );
    expect(markdown).toContain('Ідентифікатор послуги в Реєстрі адміністративних послуг: 00151');
    expect(markdown).toContain('10 календарних днів');
    expect(markdown).toContain('| Платність (безоплатність)');
    expect(markdown).toContain('Пенсійн');
  });
});
