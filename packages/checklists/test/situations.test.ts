import { describe, expect, it } from 'vitest';
import { type ApplicantFacts, buildChecklist, buildChecklistFor } from '../src/index.js';

/**
 * Real applicant situations and the checklist each must get on 22.11.2026, one or more per service: the lines to
 * bring (with how), and the lines the provider obtains from a register itself. Read a row as a sentence: "for
 * this service, this applicant brings these, and is not asked for those".
 */
const SITUATIONS: {
  service: string;
  who: string;
  facts: ApplicantFacts;
  bring: string[];
  notDemanded: string[];
}[] = [
  {
    service: 'birth-assistance',
    who: 'a mother, child born in Ukraine, paper application',
    facts: { guardian: false, childBornAbroad: false, applicationForm: 'paper', idp: false },
    bring: ['application:original', 'identity:presentOnly', 'birth-certificate:copy'],
    notDemanded: [],
  },
  {
    service: 'birth-assistance',
    who: 'a guardian of the child',
    facts: { guardian: true, childBornAbroad: false, applicationForm: 'paper' },
    bring: ['application:original', 'identity:presentOnly', 'guardianship:copy'],
    notDemanded: [],
  },
  {
    service: 'adoption-assistance',
    who: 'an adoptive parent on paper',
    facts: { applicationForm: 'paper' },
    bring: [
      'application:original',
      'identity:presentOnly',
      'birth-certificate:copy',
      'adoption-decision:copy',
    ],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'guardianship-child-assistance',
    who: 'a guardian of a child born abroad',
    facts: { childBornAbroad: true, applicationForm: 'paper' },
    bring: [
      'application:original',
      'identity:copyWithOriginal',
      'birth-certificate:copy',
      'guardianship:copy',
    ],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'single-mother-assistance',
    who: 'a single mother applying electronically, child born in Ukraine',
    facts: { childBornAbroad: false, applicationForm: 'electronic' },
    bring: ['application:original', 'identity:copy', 'income-declaration:original', 'bank-account:copy'],
    notDemanded: ['rnokpp<taxpayers-register', 'birth-certificate<drats', 'father-record<drats'],
  },
  {
    service: 'maternity-assistance-uninsured',
    who: 'an uninsured expectant mother',
    facts: {},
    bring: [
      'application:original',
      'identity:presentOnly',
      'medical-certificate:original',
      'status-certificate:original',
      'bank-account:copy',
    ],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'large-family-certificate',
    who: 'displaced parents of children born in Ukraine',
    facts: { childBornAbroad: false, applicationForm: 'paper', idp: true },
    bring: ['application:original', 'identity:copy', 'birth-certificates:copy', 'photos:original'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'baby-box-compensation',
    who: 'a parent applying electronically, child born in Ukraine',
    facts: { childBornAbroad: false, applicationForm: 'electronic' },
    bring: ['application:original', 'identity:presentOnly'],
    notDemanded: ['birth-certificate<drats'],
  },
  {
    service: 'idp-certificate',
    who: 'a displaced adult',
    facts: {},
    bring: ['application:original', 'identity:presentOnly'],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'idp-living-allowance',
    who: 'a displaced ten-year-old with a disability',
    facts: { age: 10, disability: true },
    bring: [
      'application:original',
      'identity:presentOnly',
      'residence:presentOnly',
      'birth-certificate:presentOnly',
      'disability-certificate:presentOnly',
      'bank-account:copy',
    ],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'low-income-family-assistance',
    who: 'a family whose income the registers hold',
    facts: { incomeOutsideRegisters: false },
    bring: ['application:original', 'identity:presentOnly', 'income-declaration:original'],
    notDemanded: ['income-certificates<taxpayers-register'],
  },
  {
    service: 'low-income-family-assistance',
    who: 'a family with alimony the registers do not hold',
    facts: { incomeOutsideRegisters: true },
    bring: [
      'application:original',
      'identity:presentOnly',
      'income-declaration:original',
      'income-certificates:original',
    ],
    notDemanded: [],
  },
  {
    service: 'housing-subsidy',
    who: 'displaced tenants whose income the registers hold',
    facts: { incomeOutsideRegisters: false, rentsHousing: true, idp: true },
    bring: [
      'application:original',
      'identity:presentOnly',
      'declaration:original',
      'rent-contract:copy',
      'idp-certificate:copyWithOriginal',
    ],
    notDemanded: ['income-certificates<taxpayers-register'],
  },
  {
    service: 'disability-from-childhood-assistance',
    who: 'a parent of a twelve-year-old with a disability',
    facts: { age: 12, applicant: 'legalRepresentative', guardian: false },
    bring: [
      'application:original',
      'identity:presentOnly',
      'birth-certificate:copy',
      'residence:original',
      'representative-residence:original',
      'disability-certificate:copyWithOriginal',
    ],
    notDemanded: ['rnokpp<taxpayers-register'],
  },
  {
    service: 'funeral-assistance-uninsured',
    who: 'the person who paid for the burial',
    facts: {},
    bring: ['application:original', 'identity:presentOnly', 'burial-paid:original'],
    notDemanded: ['rnokpp<taxpayers-register', 'death<drats'],
  },
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
    expect([...covered].sort()).toEqual(
      [
        'adoption-assistance',
        'baby-box-compensation',
        'birth-assistance',
        'disability-from-childhood-assistance',
        'funeral-assistance-uninsured',
        'guardianship-child-assistance',
        'housing-subsidy',
        'idp-certificate',
        'idp-living-allowance',
        'large-family-certificate',
        'low-income-family-assistance',
        'maternity-assistance-uninsured',
        'single-mother-assistance',
      ].sort(),
    );
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
