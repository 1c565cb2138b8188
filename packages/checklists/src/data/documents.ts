import type { DocumentType } from '../schema.js';
import { CARD_DOCUMENT_NAMES } from './sources.js';

const basis = [CARD_DOCUMENT_NAMES];

/** Kinds of documents shared by many services; a rule file adds kinds only it needs. */
export const COMMON_DOCUMENT_TYPES: readonly DocumentType[] = [
  {
    id: 'application',
    name: { uk: 'Заява за встановленою формою', en: 'Application in the prescribed form' },
    onePerService: true,
    basis,
  },
  {
    id: 'identity-document',
    name: {
      uk: 'Паспорт громадянина України або інший документ, що посвідчує особу',
      en: 'Passport of a citizen of Ukraine or another identity document',
    },
    heldIn: ['demographic-register'],
    basis,
  },
  {
    id: 'rnokpp',
    name: {
      uk: 'Документ про реєстраційний номер облікової картки платника податків (РНОКПП)',
      en: 'Taxpayer registration number card (RNOKPP)',
    },
    heldIn: ['taxpayers-register'],
    basis,
  },
  {
    id: 'birth-certificate',
    name: { uk: 'Свідоцтво про народження дитини', en: 'Birth certificate of the child' },
    heldIn: ['drats'],
    basis,
  },
  {
    id: 'foreign-birth-documents',
    name: {
      uk: 'Документи про народження дитини, видані компетентними органами країни перебування і легалізовані',
      en: 'Documents on the birth issued abroad by the competent authority, legalised',
    },
    basis,
  },
  {
    id: 'idp-certificate',
    name: {
      uk: 'Довідка про взяття на облік внутрішньо переміщеної особи',
      en: 'Certificate of registration of an internally displaced person',
    },
    heldIn: ['eisss'],
    basis,
  },
  {
    id: 'income-declaration',
    name: {
      uk: 'Декларація про доходи та майновий стан',
      en: 'Declaration of income and property',
    },
    basis,
  },
  {
    id: 'income-certificate',
    name: { uk: 'Довідка про доходи', en: 'Certificate of income' },
    heldIn: ['taxpayers-register', 'social-insurance-register'],
    basis,
  },
  {
    id: 'income-explanation',
    name: {
      uk: 'Письмове пояснення про доходи, які неможливо підтвердити довідкою',
      en: 'Written explanation of income that cannot be certified',
    },
    basis,
  },
  {
    id: 'residence-proof',
    name: {
      uk: 'Довідка або витяг про місце проживання (перебування)',
      en: 'Certificate or extract on the place of residence',
    },
    heldIn: ['community-register'],
    basis,
  },
  {
    id: 'power-of-attorney',
    name: { uk: 'Довіреність', en: 'Power of attorney' },
    basis,
  },
  {
    id: 'guardianship-decision',
    name: {
      uk: 'Рішення про встановлення опіки чи піклування',
      en: 'Decision establishing guardianship or custody',
    },
    basis,
  },
  {
    id: 'bank-account-details',
    name: {
      uk: 'Реквізити поточного рахунку для зарахування соціальних виплат',
      en: 'Details of the current account for social payments',
    },
    basis,
  },
  {
    id: 'death-certificate',
    name: {
      uk: 'Свідоцтво про смерть або витяг з Державного реєстру актів цивільного стану громадян',
      en: 'Death certificate or extract from the civil status register',
    },
    heldIn: ['drats'],
    basis,
  },
  {
    id: 'disability-certificate',
    name: {
      uk: 'Довідка медико-соціальної експертної комісії (МСЕК) або медичний висновок ЛКК',
      en: 'Certificate of the medical and social expert commission or a medical report',
    },
    basis,
  },
];
