import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, ASSIGN_OR_REFUSE, FREE_AS_SOCIAL, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** КМУ 256 item 1: the resolution approves the procedure of the one-time material assistance. */
const KMU_256_ITEM_1: Citation = {
  act: 'kmu-256-2017',
  provision: { uk: 'п. 1', en: 'item 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1. Затвердити такі, що додаються: Порядок використання коштів, передбачених у державному бюджеті для ' +
    'виконання заходів із соціального захисту дітей, сімей, жінок та інших найбільш вразливих категорій ' +
    'населення; Порядок виплати одноразової матеріальної допомоги непрацюючим малозабезпеченим особам, особам з ' +
    'інвалідністю та дітям з інвалідністю.»',
  note:
    'Read in the copy on zakononline.com.ua, an edition with the amendments to КМУ 1369 of 16.12.2020 (the last ' +
    'listed there); later amendments, if any, were not seen. The procedure’s own items were read only in an ' +
    'unofficial copy of its first edition (chuguev-soc.org), not cited.',
};

/** The Koriukivka district administration's page: who gets it, when, and that the application goes to the USZN. */
const KORYUKIVKA_RDA: Citation = {
  act: 'koryukivka-rda-one-time-assistance',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Відповідно до постанови Кабінету Міністрів України № 256 від 12 квітня 2017 року допомога надається: - у ' +
    'разі тривалої хвороби, смерті близьких родичів (одного з подружжя, батьків, дітей); - стихійного лиха та ' +
    'інших особливих обставин; - особам з інвалідністю, дітям з інвалідністю та непрацюючим малозабезпеченим ' +
    'особам, якщо розмір виплат у місяці, що передує місяцю звернення, не перевищує двох прожиткових мінімумів ' +
    'для осіб, які втратили працездатність. Допомога непрацюючим малозабезпеченим особам надається на підставі ' +
    'особистої заяви, а особам з інвалідністю та дітям з інвалідністю – на підставі особистої заяви або заяви ' +
    'одного з батьків, опікуна чи піклувальника, поданої органу соціального захисту населення.»',
  note:
    'koradm.cg.gov.ua, a district state administration’s own page of 05.05.2020 (before the amendments of ' +
    'КМУ 835, 1035 and 1369 of late 2020, not read).',
};

/** The Rozvadiv CNAP card 00112: the Register's id and name, a month, free, in writing or by registered post. */
const ROZVADIV_CARD_00112: Citation = {
  act: 'cnap-rozvadiv-card-00112',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 00112 Повна назва: Призначення одноразової грошової/матеріальної допомоги особам з ' +
    'інвалідністю та дітям з інвалідністю» … «Строк надання: У місячний строк» … «Адміністративний збір: ' +
    'Безоплатне надання» … «Де отримати • Виконавчі органи сільських, селищних, міських рад» … «представник ' +
    'заявника: письмово; поштою (рекомендова[ним листом])»',
  note:
    'A CNAP’s card (rozvadivotg.gov.ua, Lviv oblast); its date was not seen. The Register names the service for ' +
    'persons with disabilities and children with disabilities; the non-working low-income persons of the same ' +
    'procedure are not in that name.',
};

/** The one-time material assistance to non-working low-income persons, persons and children with disabilities (КМУ 256). */
export const ONE_TIME_MATERIAL_ASSISTANCE: ServiceData = {
  id: 'one-time-material-assistance',
  registerId: '00112',
  register: {
    name: 'Призначення одноразової грошової/матеріальної допомоги особам з інвалідністю та дітям з інвалідністю',
    provider: { text: 'Виконавчі органи сільських, селищних, міських рад', kind: 'localCouncil' },
    basis: [ROZVADIV_CARD_00112],
  },
  social: true,
  names: {
    '2017-04-12': {
      value: {
        uk:
          'Призначення одноразової матеріальної допомоги непрацюючим малозабезпеченим особам, особам з ' +
          'інвалідністю та дітям з інвалідністю',
        en:
          'Assignment of one-time material assistance to non-working low-income persons, persons with ' +
          'disabilities and children with disabilities',
      },
      basis: [KMU_256_ITEM_1],
    },
  },
  description: {
    uk:
      'Разова грошова допомога з державного бюджету особі з інвалідністю, дитині з інвалідністю або непрацюючій ' +
      'малозабезпеченій особі у разі тривалої хвороби, смерті близьких родичів (одного з подружжя, батьків, ' +
      'дітей), стихійного лиха чи інших особливих обставин, якщо виплати у місяці перед зверненням не перевищують ' +
      'двох прожиткових мінімумів для осіб, які втратили працездатність. За дитину заяву подає один з батьків, ' +
      'опікун чи піклувальник.',
    en:
      'A one-off cash assistance from the state budget to a person with a disability, a child with a disability ' +
      'or a non-working low-income person in case of a long illness, the death of a close relative (spouse, ' +
      'parent, child), a natural disaster or other special circumstances, if the payments in the month before ' +
      'applying do not exceed two subsistence minimums for persons unable to work. For a child a parent, guardian ' +
      'or custodian applies.',
  },
  keywords: [
    'одноразова матеріальна допомога',
    'одноразова грошова допомога',
    'разова допомога',
    'матеріальна допомога на лікування',
    'допомога на лікування',
    'тривала хвороба',
    'стихійне лихо',
    'смерть родича',
    'материальная помощь',
    'матдопомога',
  ],
  available: {
    '2017-04-12': { value: true, basis: [KMU_256_ITEM_1] },
  },
  provider: {
    '2017-04-12': { value: USZN, basis: [KORYUKIVKA_RDA] },
  },
  legalBasis: {
    '2017-04-12': { value: [KMU_256_ITEM_1], basis: [KMU_256_ITEM_1] },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    '2017-04-12': {
      value: { kind: 'term', term: { amount: 1, unit: 'months' } },
      basis: [ROZVADIV_CARD_00112],
    },
  },
  result: {
    '2017-04-12': { value: [ASSIGN_OR_REFUSE], basis: [ROZVADIV_CARD_00112] },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2017-04-12': { value: ['cnap', 'usznOffice', 'post'], basis: [ROZVADIV_CARD_00112, KORYUKIVKA_RDA] },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    '2017-04-12': {
      value: {
        uk: 'Особиста заява (за дитину — заява одного з батьків, опікуна чи піклувальника)',
        en: 'A personal application (for a child, the application of a parent, guardian or custodian)',
      },
      basis: [KORYUKIVKA_RDA],
    },
  },
  lifeSituations: ['disability', 'lowIncome', 'deathOfRelative'],
};
