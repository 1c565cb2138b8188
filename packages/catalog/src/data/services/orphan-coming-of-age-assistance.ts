import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL } from '../common.js';
import type { ServiceData } from '../load.js';

/** КМУ 823, item 1 of the procedure: the one-time assistance on reaching 18, its amount set yearly by the Cabinet. */
const KMU_823_ITEM_1: Citation = {
  act: 'kmu-823-2005',
  provision: { uk: 'п. 1 Порядку', en: 'procedure item 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1. Цей Порядок визначає механізм надання одноразової допомоги дітям-сиротам і дітям, позбавленим ' +
    'батьківського піклування, після досягнення 18-річного віку (далі — одноразова допомога). Розмір ' +
    'одноразової допомоги щороку встановлюється Кабінетом Міністрів України.»',
  note:
    'Read on kmu.gov.ua/npas/20401080, the Cabinet’s own text of the procedure as approved on 25.08.2005 (no later ' +
    'edition marked there); КМУ 762 of 23.09.2015 amended the resolution and was not read.',
};

/** The Pishchanka district administration's page: paid by the education departments on the application and passport. */
const PISHCHANKA_RDA: Citation = {
  act: 'pishchanka-rda-orphan-assistance',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Виплата одноразової допомоги здійснюється у готівковій (грошовій) формі районними (міськими) відділами ' +
    '(управліннями, департаментами) освіти на підставі заяви та паспорта отримувача цієї допомоги. Також, у разі ' +
    'неотримання з будь-яких причин дитиною одноразової допомоги в установлений строк вона може бути виплачена ' +
    'протягом трьох років. Право на отримання одноразової допомоги для недієздатної особи має піклувальник…»',
  note: 'pischanka-rda.gov.ua, a district state administration’s own page, written after КМУ 762 of 2015; undated.',
};

/** The Poltava CNAP's page: the CNAP takes it, free, within 30 working days. */
const POLTAVA_CNAP: Citation = {
  act: 'cnap-poltava-orphan-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Платність (безоплатність) надання адміністративної послуги: Безоплатно. Строк, протягом якого надається ' +
    'адміністративна послуга: 30 робочих днів»',
  note: 'cnap-pl.gov.ua, Poltava’s CNAP; its date was not seen; it names КМУ 823 as the act.',
};

/** The one-time assistance to orphans and children deprived of parental care on reaching 18 (КМУ 823). */
export const ORPHAN_COMING_OF_AGE_ASSISTANCE: ServiceData = {
  id: 'orphan-coming-of-age-assistance',
  social: true,
  names: {
    '2005-08-25': {
      value: {
        uk:
          'Надання одноразової допомоги дітям-сиротам і дітям, позбавленим батьківського піклування, після ' +
          'досягнення 18-річного віку',
        en: 'One-time assistance to orphans and children deprived of parental care on reaching 18',
      },
      basis: [KMU_823_ITEM_1],
    },
  },
  description: {
    uk:
      'Одноразова грошова допомога з державного бюджету дитині-сироті чи дитині, позбавленій батьківського ' +
      'піклування, після досягнення 18 років; розмір щороку встановлює Кабінет Міністрів. Виплачує відділ ' +
      '(управління) освіти на підставі заяви та паспорта; якщо допомогу не отримано вчасно, її можуть виплатити ' +
      'протягом трьох років. За недієздатну особу звертається піклувальник.',
    en:
      'A one-off cash assistance from the state budget to an orphan or a child deprived of parental care on ' +
      'reaching 18; the Cabinet sets the amount yearly. The education department pays it on the application and ' +
      'passport; if it was not received in time it may be paid within three years. For a person without legal ' +
      'capacity the custodian applies.',
  },
  keywords: [
    'допомога сиротам після 18',
    'одноразова допомога дітям-сиротам',
    'виплата сироті 18 років',
    'діти-сироти',
    'позбавлені батьківського піклування',
    'випускник інтернату',
    'помощь сиротам 18 лет',
  ],
  available: {
    '2005-08-25': { value: true, basis: [KMU_823_ITEM_1] },
  },
  provider: {
    '2005-08-25': {
      value: {
        kind: 'other',
        name: {
          uk: 'Районний (міський) відділ (управління, департамент) освіти',
          en: 'The district (city) education department',
        },
      },
      basis: [PISHCHANKA_RDA],
    },
  },
  legalBasis: {
    '2005-08-25': { value: [KMU_823_ITEM_1], basis: [KMU_823_ITEM_1] },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    '2005-08-25': {
      value: { kind: 'term', term: { amount: 30, unit: 'workingDays' } },
      basis: [POLTAVA_CNAP],
    },
  },
  result: {
    '2005-08-25': {
      value: [{ uk: 'Виплата одноразової допомоги', en: 'Payment of the one-time assistance' }],
      basis: [PISHCHANKA_RDA],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2005-08-25': { value: ['cnap'], basis: [POLTAVA_CNAP] },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    '2005-08-25': { value: { uk: 'Заява', en: 'An application' }, basis: [PISHCHANKA_RDA] },
  },
  lifeSituations: ['adoptionAndGuardianship'],
};
