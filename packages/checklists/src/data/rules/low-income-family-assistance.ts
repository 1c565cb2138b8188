import type { Citation } from '@vikno/law';
import { INCOME_FROM_REGISTERS, LAW_5203_ART_9 } from '../citations.js';
import { APPLICATION, IDENTITY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Порядок 250 as the Kryvyi Rih hromada quotes it: the low-income assistance documents. */
const KRYVORIZKA_LOW_INCOME: Citation = {
  act: 'kryvorizka-low-income-assistance-documents',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «заяву, складену за формою, встановленою Мінсоцполітики»; «декларацію про доходи та майновий ' +
    'стан осіб, які звернулися за призначенням усіх видів соціальної допомоги»; «довідку про доходи у разі ' +
    'зазначення в декларації доходів, інформація про які відсутня в ДПС, Пенсійному фонді України, фондах ' +
    'соціального страхування тощо… У разі неможливості підтвердження таких доходів довідкою до декларації ' +
    'додається письмове пояснення із зазначенням їх розміру». A hromada’s list of services quoting the ' +
    'Procedure.',
};

/** Kyiv city list for the low-income assistance: the passport among the documents. */
const KYIV_LOW_INCOME_LIST: Citation = {
  act: 'kyivcity-low-income-assistance-documents',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «3. Документ, що посвідчує особу заявника (паспорт)». The same list also names birth ' +
    'certificates, study certificates, a land share certificate and a bank account, which the Порядок wording ' +
    'quoted by Kryvyi Rih does not; those were left out. A city news page.',
};

/** The documents of assignment of state social assistance to low-income families (Призначення державної соціальної допомоги малозабезпеченим сім’ям), by the day each list took effect. */
export const LOW_INCOME_FAMILY_ASSISTANCE: ServiceRules = {
  serviceId: 'low-income-family-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява за формою, встановленою Мінсоцполітики',
          en: 'The application in the form set by the Ministry of Social Policy',
        },
        basis: [KRYVORIZKA_LOW_INCOME],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [KYIV_LOW_INCOME_LIST],
      },
      {
        id: 'income-declaration',
        documents: ['income-declaration'],
        form: 'original',
        reason: {
          uk: 'Декларація про доходи та майновий стан членів сім’ї; у ній зазначається й склад сім’ї',
          en: 'The declaration of the household’s income and property, which also gives the household members',
        },
        basis: [KRYVORIZKA_LOW_INCOME],
      },
      {
        id: 'income-certificates',
        documents: ['income-certificate', 'income-explanation'],
        form: 'original',
        reason: {
          uk:
            'Підтвердження доходів, зазначених у декларації, відомостей про які немає в ДПС і Пенсійному ' +
            'фонді; якщо довідки отримати неможливо — письмове пояснення із зазначенням їх розміру',
          en:
            'Proof of declared income the tax service and the Pension Fund hold no data on; where no ' +
            'certificate can be had, a written explanation stating the amounts',
        },
        basis: [KRYVORIZKA_LOW_INCOME],
        fromRegister: {
          register: 'taxpayers-register',
          when: { fact: 'incomeOutsideRegisters', equals: false },
          basis: [INCOME_FROM_REGISTERS, LAW_5203_ART_9],
        },
      },
    ],
  },
};
