import type { Citation } from '@vikno/law';
import type { RegisterInput } from '../schema.js';
import {
  LAW_1871_ART_2,
  LAW_1871_ART_8_RNOKPP,
  LAW_2398_ART_11,
  LAW_5492_ART_2,
} from './citations/evidence-checklists.js';
import { BIRTH_FROM_DRATS, INCOME_FROM_REGISTERS } from './citations.js';

/** Names of registers and their holders as commonly known; not checked against their founding acts. */
const REGISTER_NAMES: Citation = {
  act: 'register-names',
  evidence: 'none',
  checkedOn: '2026-11-22',
  note: 'Names and holders from general knowledge; the founding acts were not read.',
};

/** Seed 003: a community register replaces residence certificates (Kharkiv). */
const SEED_COMMUNITY_REGISTER: Citation = {
  act: 'seed-community-register',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Seed 003: once the community register was electronic, «мешканцям міста не потрібно отримувати довідки ' +
    'про реєстрацію місця проживання». A practice, not a rule of law. Methodical material describing a ' +
    'practice.',
};

/** КМУ 404 of 14.04.2021, the regulation of the Unified information system of the social sphere (ЄІССС). */
const KMU_404_2021: Citation = {
  act: 'kmu-404-2021',
  provision: { uk: 'п. 1 постанови', en: 'Resolution, point 1' },
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    'КАБІНЕТ МІНІСТРІВ УКРАЇНИ ПОСТАНОВА від 14 квітня 2021 р. № 404 Київ Про затвердження Положення про ' +
    'Єдину інформаційну систему соціальної сфери … 1. Затвердити Положення про Єдину інформаційну систему ' +
    'соціальної сфери, що додається.',
  note:
    'Number and date per zakononline and iplex360 (domain notes §4); the title is paraphrased. Re-read ' +
    '2026-11-25: Number and date confirmed; title corrected: the act is «Про затвердження Положення про Єдину ' +
    'інформаційну систему соціальної сфери», not «Деякі питання Єдиної інформаційної системи соціальної ' +
    "сфери» (the inventory's paraphrase). Read on iplex360 (legal database copy with amendment list " +
    '1130/2023, 687/2024, 898/2024, 1079/2024).',
};

/** The registers and databases the rules name. */
export const REGISTERS: readonly RegisterInput[] = [
  {
    id: 'drats',
    name: {
      uk: 'Державний реєстр актів цивільного стану громадян',
      en: 'State register of civil status acts',
    },
    holder: { uk: 'Міністерство юстиції України', en: 'Ministry of Justice' },
    basis: [LAW_2398_ART_11, BIRTH_FROM_DRATS],
  },
  {
    id: 'taxpayers-register',
    name: {
      uk: 'Державний реєстр фізичних осіб – платників податків',
      en: 'State register of individual taxpayers',
    },
    holder: { uk: 'Державна податкова служба України (ДПС)', en: 'State Tax Service' },
    basis: [LAW_1871_ART_8_RNOKPP, INCOME_FROM_REGISTERS, REGISTER_NAMES],
  },
  {
    id: 'social-insurance-register',
    name: {
      uk: 'Державний реєстр загальнообов’язкового державного соціального страхування',
      en: 'State register of compulsory state social insurance',
    },
    holder: { uk: 'Пенсійний фонд України (ПФУ)', en: 'Pension Fund of Ukraine' },
    basis: [INCOME_FROM_REGISTERS, REGISTER_NAMES],
  },
  {
    id: 'demographic-register',
    name: { uk: 'Єдиний державний демографічний реєстр', en: 'Unified state demographic register' },
    holder: { uk: 'Державна міграційна служба України (ДМС)', en: 'State Migration Service' },
    basis: [LAW_5492_ART_2, REGISTER_NAMES],
  },
  {
    id: 'community-register',
    name: { uk: 'Реєстр територіальної громади', en: 'Register of the territorial community' },
    holder: { uk: 'Виконавчий орган ради', en: 'Executive body of the council' },
    basis: [LAW_1871_ART_2, SEED_COMMUNITY_REGISTER, REGISTER_NAMES],
  },
  {
    id: 'eisss',
    name: {
      uk: 'Єдина інформаційна система соціальної сфери (ЄІССС)',
      en: 'Unified information system of the social sphere (EISSS)',
    },
    holder: {
      uk: 'Міністерство соціальної політики, сім’ї та єдності України',
      en: 'Ministry of Social Policy, Family and Unity',
    },
    basis: [KMU_404_2021],
  },
];
