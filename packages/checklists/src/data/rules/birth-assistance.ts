import type { Citation } from '@vikno/law';
import {
  LAW_2811_ART_10_APPLICATION,
  LAW_2811_ART_10_ATTACHED,
  LAW_2811_ART_10_IDENTITY,
} from '../citations/evidence-checklists.js';
import { BIRTH_FROM_DRATS, FORM_765_NOTICE, LAW_1689_ART_5 } from '../citations.js';
import {
  APPLICATION,
  BANK_ACCOUNT,
  BIRTH_FROM_DRATS_ONLINE,
  BORN_IN_UKRAINE_ONLINE,
  FOREIGN_BIRTH,
  GUARDIAN,
  GUARDIANSHIP,
  IDENTITY,
  IDP,
  NOT_BORN_ABROAD,
  RNOKPP,
} from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Порядок 1751 as quoted by mvk.if.ua: the minimal set for birth assistance. */
const KMU_1751_BIRTH_SET: Citation = {
  act: 'kmu-1751-2001',
  provision: {
    uk: 'п. 11 Порядку (номер не прочитано)',
    en: 'Procedure, point 11 (the number was not read)',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Для призначення допомоги при народженні дитини органу соціального захисту населення … подається: 1) ' +
    'заява одного з батьків (опікуна), з яким постійно проживає дитина, що складається за формою, ' +
    'затвердженою Мінсоцполітики; 2) копія свідоцтва про народження дитини (з пред’явленням оригіналу).',
  note:
    'Quoted by mvk.if.ua: «1) заява одного з батьків (опікуна), з яким постійно проживає дитина…; 2) копія ' +
    'свідоцтва про народження дитини (з пред’явленням оригіналу)», on presentation of the passport. The point ' +
    'number was not read. Re-read 2026-11-25: Wording as quoted by mvk.if.ua and okc.pl.ua (Poltava oblast ' +
    "contact centre) — matches the inventory's note. The point number was still not read; a zakon.rada-style " +
    'annotation on a neighbouring birth-assistance paragraph («Абзац пункту 11 із змінами… № 1026») on ' +
    'zrostaymaluk.com.ua suggests п. 11, not confirmed. This is the pre-July-2025 wording (form «затвердженою ' +
    'Мінсоцполітики», to the social-protection body); for 01.07–31.12.2025 the body is PFU and for 2026 КМУ ' +
    '1805 refers to the 765 form.',
};

/** The birth-assistance document list of the Chernivtsi and Kharkiv cards (domain notes §5.1). */
const BIRTH_CARDS: Citation = {
  act: 'birth-assistance-cards',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Заява за формою, затвердженою Мінсоцполітики»; «паспорт громадянина України або інший документ, ' +
    'що посвідчує особу»; «документ про присвоєння реєстраційного номера облікової картки платника податків»; ' +
    '«копія свідоцтва про народження дитини (з пред’явленням оригіналу)»; for a child born abroad, legalised ' +
    'documents; for guardians «копію рішення про встановлення опіки»; for IDPs the IDP certificate. Cards of ' +
    'a regional service centre (rcp.kh.ua) and a city department, not of a state body.',
};

/** The bank account for social payments, per the legal aid wiki. */
const ACCOUNT_LEGALAID: Citation = {
  act: 'birth-assistance-account-legalaid',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Lists «реквізити рахунку для зарахування соціальних виплат» among the documents (domain notes §5.1). A ' +
    'legal aid reference wiki, no exact page recorded.',
};

/** Birth assistance from 01.01.2026 (КМУ 1805): the document list as a hromada notice restates it. */
const BIRTH_2026_NOTICE: Citation = {
  act: 'birth-assistance-2026-medenychi-notice',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Repost of 27.01.2026: «Допомога призначається на підставі заяви, до якої додаються: копія свідоцтва про ' +
    'народження дитини – у разі подання заяви одним із батьків…; копія рішення про встановлення опіки – у ' +
    'разі подання заяви опікуном дитини»; «за умови пред’явлення паспорта громадянина України або іншого ' +
    'документа, що посвідчує особу та підтверджує громадянство України»; «Зазначений перелік документів є ' +
    'вичерпним». A news repost, not the text of КМУ 1805; the excerpt says nothing of a child born abroad, ' +
    'and whether the list also applies to a child born before 01.01.2026 whose parent applies in 2026 was not ' +
    'established.',
};

/** The documents of assignment of state assistance at the birth of a child (Призначення державної допомоги при народженні дитини), by the day each list took effect. */
export const BIRTH_ASSISTANCE: ServiceRules = {
  serviceId: 'birth-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява одного з батьків (опікуна), з яким постійно проживає дитина',
          en: 'The application of the parent (or guardian) the child lives with',
        },
        basis: [KMU_1751_BIRTH_SET, BIRTH_CARDS],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [KMU_1751_BIRTH_SET, BIRTH_CARDS],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків заявника',
          en: 'The applicant’s taxpayer number',
        },
        basis: [BIRTH_CARDS],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: NOT_BORN_ABROAD,
        form: 'copyWithOriginal',
        reason: { uk: 'Підтвердження народження дитини', en: 'Proof of the child’s birth' },
        basis: [KMU_1751_BIRTH_SET, BIRTH_CARDS],
        fromRegister: {
          register: 'drats',
          when: BORN_IN_UKRAINE_ONLINE,
          basis: [BIRTH_FROM_DRATS, LAW_1689_ART_5],
        },
      },
      {
        ...FOREIGN_BIRTH,
        form: 'copyWithOriginal',
        reason: {
          uk:
            'Дитина народилася за кордоном: народження підтверджують легалізовані документи країни ' +
            'перебування',
          en: 'The child was born abroad: legalised documents of that country prove the birth',
        },
        basis: [BIRTH_CARDS],
      },
      {
        ...GUARDIANSHIP,
        reason: { uk: 'Заявник — опікун дитини', en: 'The applicant is the child’s guardian' },
        basis: [BIRTH_CARDS],
      },
      {
        id: 'idp-certificate',
        documents: ['idp-certificate'],
        when: IDP,
        form: 'copyWithOriginal',
        reason: {
          uk: 'Заявник — внутрішньо переміщена особа',
          en: 'The applicant is an internally displaced person',
        },
        basis: [BIRTH_CARDS],
      },
      {
        ...BANK_ACCOUNT,
        reason: {
          uk: 'Рахунок, на який зараховуватиметься допомога',
          en: 'The account the assistance is paid to',
        },
        basis: [ACCOUNT_LEGALAID],
      },
    ],
    '2026-01-01': [
      {
        ...APPLICATION,
        reason: {
          uk:
            'Заява одного з батьків або опікуна, з яким постійно проживає дитина, за формою, затвердженою ' +
            'постановою КМУ від 25.06.2025 № 765',
          en:
            'The application of the parent or guardian the child lives with, in the form of Cabinet ' +
            'resolution 765 of 25.06.2025',
        },
        basis: [LAW_2811_ART_10_APPLICATION, BIRTH_2026_NOTICE, FORM_765_NOTICE],
      },
      {
        ...IDENTITY,
        reason: {
          uk: 'Посвідчення особи заявника і громадянства України',
          en: 'Proof of the applicant’s identity and Ukrainian citizenship',
        },
        basis: [LAW_2811_ART_10_IDENTITY, BIRTH_2026_NOTICE],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { not: GUARDIAN },
        form: 'copy',
        reason: {
          uk: 'Заяву подає один із батьків: народження дитини підтверджує свідоцтво',
          en: 'A parent applies: the birth certificate proves the birth',
        },
        basis: [LAW_2811_ART_10_ATTACHED, BIRTH_2026_NOTICE],
        fromRegister: BIRTH_FROM_DRATS_ONLINE,
      },
      {
        ...GUARDIANSHIP,
        reason: { uk: 'Заяву подає опікун дитини', en: 'The child’s guardian applies' },
        basis: [LAW_2811_ART_10_ATTACHED, BIRTH_2026_NOTICE],
      },
    ],
  },
};
