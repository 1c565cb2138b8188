import { describe, expect, it } from 'vitest';
import { buildChecklist, buildChecklistFor, defaultRuleBook } from '../src/index.js';
import type { Situation } from './situation.js';
import { COVERAGE_SITUATIONS } from './situations-coverage.js';
import { DISABILITY_AND_CARE_SITUATIONS } from './situations-disability-and-care.js';
import { FAMILIES_GENERAL_SITUATIONS } from './situations-families-general.js';
import { FAMILY_AND_CHILDREN_SITUATIONS } from './situations-family-and-children.js';
import { FIRST_SITUATIONS } from './situations-first.js';
import { SOCIAL_SITUATIONS } from './situations-social.js';
import { WAR_AND_DISPLACEMENT_SITUATIONS } from './situations-war-and-displacement.js';

const SITUATIONS: readonly Situation[] = [
  ...FIRST_SITUATIONS,
  ...FAMILIES_GENERAL_SITUATIONS,
  ...SOCIAL_SITUATIONS,
  ...COVERAGE_SITUATIONS,
  ...WAR_AND_DISPLACEMENT_SITUATIONS,
  ...DISABILITY_AND_CARE_SITUATIONS,
  ...FAMILY_AND_CHILDREN_SITUATIONS,
];

describe('checklists of real situations on 22.11.2026', () => {
  it.each(SITUATIONS.map((situation) => [situation.service, situation.who, situation] as const))(
    '%s: %s',
    (_service, _who, { service, facts, bring, notDemanded }) => {
      const checklist = buildChecklist(service, facts, { asOf: '2026-11-22' });
      expect(checklist.items.map((item) => `${item.id}:${item.form}`)).toEqual(bring);
      expect(checklist.notDemanded.map((item) => `${item.id}<${item.register.id}`)).toEqual(notDemanded);
      expect(checklist.settled).toBe(true);
      for (const item of checklist.items) expect(item.basis.length, item.id).toBeGreaterThan(0);
    },
  );

  it('covers every service the rule book has', () => {
    const covered = new Set(SITUATIONS.map((situation) => situation.service));
    expect([...covered].sort()).toEqual([...defaultRuleBook().serviceIds].sort());
  });
});

describe('a checklist for the birth of a child', () => {
  it('asks for the birth certificate once for birth assistance and the «пакунок малюка» compensation', () => {
    const checklist = buildChecklistFor(
      ['birth-assistance', 'baby-box-compensation'],
      { guardian: false, childBornAbroad: false, applicationForm: 'paper', idp: false },
      { asOf: '2026-11-22' },
    );
    const birth = checklist.items.filter((item) =>
      item.documents.some((document) => document.id === 'birth-certificate'),
    );
    expect(birth.map((item) => item.serviceIds)).toEqual([['birth-assistance', 'baby-box-compensation']]);
    expect(
      checklist.items.filter((item) => item.id === 'application').map((item) => item.serviceIds),
    ).toEqual([['birth-assistance'], ['baby-box-compensation']]);
  });
});
