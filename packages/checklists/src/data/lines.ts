import type { Condition } from '../condition.js';
import type { RuleItemInput } from '../schema.js';
import { LAW_1689_ART_5, LAW_5203_ART_9 } from './citations.js';

/*
 * The standard checklist lines many services share, as templates: a service file spreads one and writes its own
 * reason and basis after it (and its own `form` or `when` where the service differs), so each value stays visible
 * where it is used.
 */

/** The applicant is a guardian (опікун, піклувальник) rather than a parent. */
export const GUARDIAN = { fact: 'guardian', equals: true } satisfies Condition;
/** The child was born abroad. */
export const BORN_ABROAD = { fact: 'childBornAbroad', equals: true } satisfies Condition;
/** The child was not born abroad, or it is not yet known. */
export const NOT_BORN_ABROAD = { not: BORN_ABROAD } satisfies Condition;
/** The applicant is an internally displaced person. */
export const IDP = { fact: 'idp', equals: true } satisfies Condition;
/** The applicant is not an internally displaced person. */
export const NOT_IDP = { not: IDP } satisfies Condition;
/** A representative applies under a power of attorney. */
export const PROXY = { fact: 'applicant', equals: 'proxy' } satisfies Condition;
/** A child born in Ukraine, on an electronic application: the civil register holds the birth. */
export const BORN_IN_UKRAINE_ONLINE = {
  all: [
    { fact: 'childBornAbroad', equals: false },
    { fact: 'applicationForm', equals: 'electronic' },
  ],
} satisfies Condition;

/** The tax service's register holds the taxpayer number: the provider obtains it and must not demand it. */
export const FROM_TAXPAYERS_REGISTER = {
  register: 'taxpayers-register',
  basis: [LAW_5203_ART_9, LAW_1689_ART_5],
} satisfies RuleItemInput['fromRegister'];

/** On an electronic application for a child born in Ukraine, the birth is read from the civil register. */
export const BIRTH_FROM_DRATS_ONLINE = {
  register: 'drats',
  when: BORN_IN_UKRAINE_ONLINE,
  basis: [LAW_1689_ART_5, LAW_5203_ART_9],
} satisfies RuleItemInput['fromRegister'];

/** The application (заява), handed over in the original; each service needs its own. */
export const APPLICATION = {
  id: 'application',
  documents: ['application'],
  form: 'original',
} satisfies Partial<RuleItemInput>;

/** The applicant's identity document (паспорт), shown and not handed over. */
export const IDENTITY = {
  id: 'identity',
  documents: ['identity-document'],
  form: 'presentOnly',
} satisfies Partial<RuleItemInput>;

/** The taxpayer number (РНОКПП): a copy, unless the provider reads it from the tax service's register. */
export const RNOKPP = {
  id: 'rnokpp',
  documents: ['rnokpp'],
  form: 'copy',
  fromRegister: FROM_TAXPAYERS_REGISTER,
} satisfies Partial<RuleItemInput>;

/** The details of the account social payments are paid to. */
export const BANK_ACCOUNT = {
  id: 'bank-account',
  documents: ['bank-account-details'],
  form: 'copy',
} satisfies Partial<RuleItemInput>;

/** A guardian applies: a copy of the decision establishing guardianship. */
export const GUARDIANSHIP = {
  id: 'guardianship',
  documents: ['guardianship-decision'],
  when: GUARDIAN,
  form: 'copy',
} satisfies Partial<RuleItemInput>;

/** The child was born abroad: a copy of the legalised foreign birth documents. */
export const FOREIGN_BIRTH = {
  id: 'foreign-birth',
  documents: ['foreign-birth-documents'],
  when: BORN_ABROAD,
  form: 'copy',
} satisfies Partial<RuleItemInput>;

/** A representative applies: the power of attorney, shown. */
export const POWER_OF_ATTORNEY = {
  id: 'power-of-attorney',
  documents: ['power-of-attorney'],
  when: PROXY,
  form: 'presentOnly',
} satisfies Partial<RuleItemInput>;

/** A paid service: proof of payment of the administrative fee, in the original. */
export const FEE = {
  id: 'fee',
  documents: ['administrative-fee-receipt'],
  form: 'original',
} satisfies Partial<RuleItemInput>;
