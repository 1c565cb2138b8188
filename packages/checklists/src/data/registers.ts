import type { Register } from '../schema.js';
import {
  BIRTH_FROM_DRATS,
  INCOME_FROM_REGISTERS,
  KMU_404_2021,
  REGISTER_NAMES,
  SEED_COMMUNITY_REGISTER,
} from './sources.js';

/** The registers and databases the rules name. */
export const REGISTERS: readonly Register[] = [
  {
    id: 'drats',
    name: {
      uk: 'Державний реєстр актів цивільного стану громадян',
      en: 'State register of civil status acts',
    },
    holder: { uk: 'Міністерство юстиції України', en: 'Ministry of Justice' },
    basis: [BIRTH_FROM_DRATS],
  },
  {
    id: 'taxpayers-register',
    name: {
      uk: 'Державний реєстр фізичних осіб – платників податків',
      en: 'State register of individual taxpayers',
    },
    holder: { uk: 'Державна податкова служба України (ДПС)', en: 'State Tax Service' },
    basis: [INCOME_FROM_REGISTERS, REGISTER_NAMES],
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
    basis: [REGISTER_NAMES],
  },
  {
    id: 'community-register',
    name: { uk: 'Реєстр територіальної громади', en: 'Register of the territorial community' },
    holder: { uk: 'Виконавчий орган ради', en: 'Executive body of the council' },
    basis: [SEED_COMMUNITY_REGISTER, REGISTER_NAMES],
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
