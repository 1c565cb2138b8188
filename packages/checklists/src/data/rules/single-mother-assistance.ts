import { LAW_2811_ART_18_2 } from '../citations/evidence-checklists.js';
import { SINGLE_MOTHER_GLOBYNO } from '../citations.js';
import {
  APPLICATION,
  BANK_ACCOUNT,
  BIRTH_FROM_DRATS_ONLINE,
  FOREIGN_BIRTH,
  IDENTITY,
  NOT_BORN_ABROAD,
  RNOKPP,
} from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The documents of assignment of state assistance for children of single mothers (Призначення державної допомоги на дітей одиноким матерям), by the day each list took effect. */
export const SINGLE_MOTHER_ASSISTANCE: ServiceRules = {
  serviceId: 'single-mother-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: { uk: 'Заява встановленого зразка', en: 'The application in the prescribed form' },
        basis: [SINGLE_MOTHER_GLOBYNO],
      },
      {
        ...IDENTITY,
        form: 'copy',
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [SINGLE_MOTHER_GLOBYNO],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків заявника',
          en: 'The applicant’s taxpayer number',
        },
        basis: [SINGLE_MOTHER_GLOBYNO],
      },
      {
        id: 'income-declaration',
        documents: ['income-declaration'],
        form: 'original',
        reason: {
          uk: 'Допомога залежить від доходу сім’ї: декларація про доходи та майновий стан',
          en: 'The assistance depends on the family’s income: the income and property declaration',
        },
        basis: [SINGLE_MOTHER_GLOBYNO],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: NOT_BORN_ABROAD,
        form: 'copy',
        reason: { uk: 'Дані про дитину', en: 'The data of the child' },
        basis: [SINGLE_MOTHER_GLOBYNO],
        fromRegister: BIRTH_FROM_DRATS_ONLINE,
      },
      {
        id: 'father-record',
        documents: ['birth-extract-father-record'],
        when: NOT_BORN_ABROAD,
        form: 'original',
        reason: {
          uk: 'Підтверджує, що запис про батька відсутній або внесений за вказівкою матері (ч. 1 ст. 135 СК)',
          en: 'Shows the father is not recorded or was entered at the mother’s word (Family Code Art. 135(1))',
        },
        basis: [LAW_2811_ART_18_2, SINGLE_MOTHER_GLOBYNO],
        fromRegister: BIRTH_FROM_DRATS_ONLINE,
      },
      {
        ...FOREIGN_BIRTH,
        reason: {
          uk:
            'Дитина народилася за кордоном: легалізований документ про народження, у якому відсутні відомості ' +
            'про батька',
          en: 'The child was born abroad: a legalised birth document with no data on the father',
        },
        basis: [LAW_2811_ART_18_2, SINGLE_MOTHER_GLOBYNO],
      },
      {
        ...BANK_ACCOUNT,
        reason: {
          uk: 'Рахунок, на який виплачується допомога',
          en: 'The account the assistance is paid to',
        },
        basis: [SINGLE_MOTHER_GLOBYNO],
      },
    ],
  },
};
