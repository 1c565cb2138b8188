import type { LegalSource } from '@vikno/deadlines';
import type { ChecklistRuleInput, DocumentType } from '../../schema.js';
import { BIRTH_FROM_DRATS, LAW_1689_ART_5, LAW_5203_ART_9 } from '../sources.js';

/** The birth-assistance document list of the Chernivtsi and Kharkiv cards (domain notes §5.1). */
const BIRTH_CARDS: LegalSource = {
  id: 'birth-assistance-cards',
  act: {
    uk: 'Інформаційні картки «Призначення державної допомоги при народженні дитини» (dsp.city.cv.ua; rcp.kh.ua)',
    en: 'Information cards of birth assistance (dsp.city.cv.ua; rcp.kh.ua)',
  },
  url: 'https://rcp.kh.ua/category/dopomoga/517',
  verified: true,
  note:
    'Quoted: «Заява за формою, затвердженою Мінсоцполітики»; «паспорт громадянина України або інший документ, що ' +
    'посвідчує особу»; «документ про присвоєння реєстраційного номера облікової картки платника податків»; «копія ' +
    'свідоцтва про народження дитини (з пред’явленням оригіналу)»; for a child born abroad, legalised documents; ' +
    'for guardians «копію рішення про встановлення опіки»; for IDPs the IDP certificate.',
};

/** Порядок 1751 as quoted by mvk.if.ua: the minimal set for birth assistance. */
const KMU_1751_BIRTH_SET: LegalSource = {
  id: 'kmu-1751-birth-set',
  act: {
    uk: 'Порядок призначення і виплати державної допомоги сім’ям з дітьми (постанова КМУ № 1751)',
    en: 'Procedure for assigning state assistance to families with children (Cabinet resolution 1751)',
  },
  number: '1751',
  adopted: '2001-12-27',
  url: 'https://zakon.rada.gov.ua/laws/show/1751-2001-п',
  verified: false,
  note:
    'Quoted by mvk.if.ua: «1) заява одного з батьків (опікуна), з яким постійно проживає дитина…; 2) копія ' +
    'свідоцтва про народження дитини (з пред’явленням оригіналу)», on presentation of the passport. The point ' +
    'number was not read.',
};

/** The bank account for social payments, per the legal aid wiki. */
const ACCOUNT_LEGALAID: LegalSource = {
  id: 'birth-assistance-account-legalaid',
  act: { uk: 'Довідник безоплатної правничої допомоги (wiki.legalaid.gov.ua)', en: 'Legal aid wiki' },
  url: 'https://wiki.legalaid.gov.ua',
  verified: true,
  note: 'Lists «реквізити рахунку для зарахування соціальних виплат» among the documents (domain notes §5.1).',
};

/** Documents only the family services need. */
export const FAMILY_DOCUMENT_TYPES: readonly DocumentType[] = [];

/** The documents of assistance to families with children. */
export const FAMILY_RULES: readonly ChecklistRuleInput[] = [
  {
    serviceId: 'birth-assistance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява одного з батьків (опікуна), з яким постійно проживає дитина',
          en: 'The application of the parent (or guardian) the child lives with',
        },
        basis: [KMU_1751_BIRTH_SET, BIRTH_CARDS],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [KMU_1751_BIRTH_SET, BIRTH_CARDS],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків заявника',
          en: 'The applicant’s taxpayer number',
        },
        basis: [BIRTH_CARDS],
        fromRegister: { register: 'taxpayers-register', basis: [LAW_5203_ART_9, LAW_1689_ART_5] },
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { not: { fact: 'childBornAbroad', equals: true } },
        form: 'copyWithOriginal',
        reason: { uk: 'Підтвердження народження дитини', en: 'Proof of the child’s birth' },
        basis: [KMU_1751_BIRTH_SET, BIRTH_CARDS],
        fromRegister: {
          register: 'drats',
          when: {
            all: [
              { fact: 'childBornAbroad', equals: false },
              { fact: 'applicationForm', equals: 'electronic' },
            ],
          },
          basis: [BIRTH_FROM_DRATS, LAW_1689_ART_5],
        },
      },
      {
        id: 'foreign-birth',
        documents: ['foreign-birth-documents'],
        when: { fact: 'childBornAbroad', equals: true },
        form: 'copyWithOriginal',
        reason: {
          uk: 'Дитина народилася за кордоном: народження підтверджують легалізовані документи країни перебування',
          en: 'The child was born abroad: legalised documents of that country prove the birth',
        },
        basis: [BIRTH_CARDS],
      },
      {
        id: 'guardianship',
        documents: ['guardianship-decision'],
        when: { fact: 'guardian', equals: true },
        form: 'copy',
        reason: { uk: 'Заявник — опікун дитини', en: 'The applicant is the child’s guardian' },
        basis: [BIRTH_CARDS],
      },
      {
        id: 'idp-certificate',
        documents: ['idp-certificate'],
        when: { fact: 'idp', equals: true },
        form: 'copyWithOriginal',
        reason: {
          uk: 'Заявник — внутрішньо переміщена особа',
          en: 'The applicant is an internally displaced person',
        },
        basis: [BIRTH_CARDS],
      },
      {
        id: 'bank-account',
        documents: ['bank-account-details'],
        form: 'copy',
        reason: {
          uk: 'Рахунок, на який зараховуватиметься допомога',
          en: 'The account the assistance is paid to',
        },
        basis: [ACCOUNT_LEGALAID],
      },
    ],
  },
];
