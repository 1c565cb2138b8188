import type { Citation } from '@vikno/law';
import { LAW_1689_ART_5 } from '../citations.js';
import {
  APPLICATION,
  BIRTH_FROM_DRATS_ONLINE,
  BORN_IN_UKRAINE_ONLINE,
  FOREIGN_BIRTH,
  GUARDIANSHIP,
  IDENTITY,
  NOT_BORN_ABROAD,
} from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Kharkiv regional service centre card for the baby-box compensation. */
const BABY_BOX_RCP: Citation = {
  act: 'baby-box-compensation-rcp-kh-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Заява отримувача про призначення грошової компенсації; До заяви отримувач додає копії таких документів: ' +
    'свідоцтва про народження дитини. У разі народження дитини за кордоном … – копію свідоцтва про народження ' +
    'дитини, виданого компетентним органом іноземної держави та легалізованого…, разом з перекладом на ' +
    'українську мову…» (the rest was cut off). Undated; it names УСЗН-era procedure (КМУ 744). A regional ' +
    'service centre card, not on a gov.ua site.',
};

/** The Globyno CNAP card for the baby-box compensation: the documents. */
const BABY_BOX_GLOBYNO: Citation = {
  act: 'globyno-baby-box-compensation-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Заява за формою згідно з додатком; заява з реквізитами спеціального рахунка, який відкритий в АТ КБ ' +
    '“ПриватБанк” (у разі неотримання “пакунка малюка” протягом 30 днів з дня народження дитини); копію ' +
    'свідоцтва про народження дитини. У разі народження дитини за кордоном … копію свідоцтва …, виданого ' +
    'компетентним органом іноземної держави та легалізованого…; копію посвідки на постій…» (cut off). ' +
    'Undated, pre-2025. A CNAP card of a hromada.',
};

/** Ivano-Frankivsk city (2024): the birth certificate's details may be given instead of a copy. */
const BABY_BOX_IF_2024: Citation = {
  act: 'baby-box-compensation-if-2024',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Citing КМУ 744: «відомості щодо серії та номера свідоцтва про народження дитини (за технічної можливості ' +
    'електронної інформаційної взаємодії засобами системи електронної взаємодії державних електронних ' +
    'інформаційних ресурсів) або його копію». A council department site not on gov.ua; "technical ' +
    'possibility" is not a fact, so the electronic application stands in for it.',
};

/** Kyiv 1551 wiki: the guardianship decision for the baby-box compensation. */
const BABY_BOX_KYIV_1551: Citation = {
  act: 'baby-box-compensation-kyiv-1551',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«В ОКРЕМИХ ВИПАДКАХ ДОДАТКОВО НАДАЮТЬ: … копію рішення районної … держадміністрації, виконавчого органу ' +
    'місцевої ради або суду про встановлення о…» (cut off, read as «опіки»). A 2020-era page (it mentions ' +
    'births in 2020). A city contact centre’s reference base.',
};

/** The Pension Fund Volyn office (via Glavcom) on the baby-box compensation from 2025. */
const BABY_BOX_PFU_2025: Citation = {
  act: 'baby-box-compensation-pfu-volyn-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Документи для отримання компенсації: заява встановленої форми; документ, що посвідчує особу; свідоцтво ' +
    'про народження дитини або копія свідоцтва про народження дитини, виданого компетентним органом іноземної ' +
    'держави та легалізованого…» (cut off). A news site; whether a copy or the original of the Ukrainian ' +
    'certificate is meant is not said; the text of КМУ 114 was not read.',
};

/** The documents of assignment of cash compensation for the one-off in-kind «baby box» assistance (Призначення грошової компенсації вартості одноразової натуральної допомоги «пакунок малюка»), by the day each list took effect. */
export const BABY_BOX_COMPENSATION: ServiceRules = {
  serviceId: 'baby-box-compensation',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява отримувача про призначення грошової компенсації',
          en: 'The recipient’s application for the compensation',
        },
        basis: [BABY_BOX_RCP, BABY_BOX_GLOBYNO],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: NOT_BORN_ABROAD,
        form: 'copy',
        reason: { uk: 'Підтвердження народження дитини', en: 'Proof of the child’s birth' },
        basis: [BABY_BOX_RCP, BABY_BOX_GLOBYNO],
        fromRegister: {
          register: 'drats',
          when: BORN_IN_UKRAINE_ONLINE,
          basis: [BABY_BOX_IF_2024, LAW_1689_ART_5],
        },
      },
      {
        ...FOREIGN_BIRTH,
        reason: {
          uk:
            'Дитина народилася за кордоном: легалізоване свідоцтво іноземної держави з нотаріально ' +
            'засвідченим перекладом',
          en: 'The child was born abroad: the legalised foreign certificate with a notarised translation',
        },
        basis: [BABY_BOX_RCP, BABY_BOX_GLOBYNO],
      },
      {
        ...GUARDIANSHIP,
        reason: { uk: 'Заявник — опікун дитини', en: 'The applicant is the child’s guardian' },
        basis: [BABY_BOX_KYIV_1551],
      },
    ],
    // No list is recorded from 01.01.2025 to 03.02.2025; the next begins on the day of КМУ 114 (04.02.2025).
    '2025-01-01': null,
    '2025-02-04': [
      {
        ...APPLICATION,
        reason: { uk: 'Заява встановленої форми', en: 'The application in the prescribed form' },
        basis: [BABY_BOX_PFU_2025],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [BABY_BOX_PFU_2025],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: NOT_BORN_ABROAD,
        form: 'copy',
        reason: { uk: 'Підтвердження народження дитини', en: 'Proof of the child’s birth' },
        basis: [BABY_BOX_PFU_2025],
        fromRegister: BIRTH_FROM_DRATS_ONLINE,
      },
      {
        ...FOREIGN_BIRTH,
        reason: {
          uk: 'Дитина народилася за кордоном: легалізоване свідоцтво іноземної держави',
          en: 'The child was born abroad: the legalised foreign certificate',
        },
        basis: [BABY_BOX_PFU_2025],
      },
    ],
  },
};
