import type { Citation } from '@vikno/law';
import { MATERNITY_NSSU, MATERNITY_PFU_ENTREPRENEUR, MATERNITY_SHEPETIVKA } from '../citations.js';
import { APPLICATION, BANK_ACCOUNT, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Chernivtsi social policy department card for uninsured maternity assistance. */
const MATERNITY_CHERNIVTSI: Citation = {
  act: 'maternity-uninsured-chernivtsi-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Заява за формою, затвердженою Мінсоцполітики; паспорт громадянина України або інший документ, що ' +
    'посвідчує особу; довідка встановленого зразка, видана лікувально-профілактичним закладом; довідка з ' +
    'основного місця служби, навчання про те, що жінка с…» (cut off). City department site, not on gov.ua. A ' +
    'city council department’s card.',
};

/** The documents of assignment of state maternity assistance to women not covered by compulsory state social insurance (Призначення державної допомоги у зв’язку з вагітністю та пологами жінкам, які не застраховані в системі загальнообов’язкового державного соціального страхування), by the day each list took effect. */
export const MATERNITY_ASSISTANCE_UNINSURED: ServiceRules = {
  serviceId: 'maternity-assistance-uninsured',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: { uk: 'Заява матері', en: 'The mother’s application' },
        basis: [MATERNITY_SHEPETIVKA, MATERNITY_CHERNIVTSI],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявниці', en: 'Proof of the applicant’s identity' },
        basis: [MATERNITY_SHEPETIVKA, MATERNITY_CHERNIVTSI],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків заявниці',
          en: 'The applicant’s taxpayer number',
        },
        basis: [MATERNITY_SHEPETIVKA],
      },
      {
        id: 'medical-certificate',
        documents: ['maternity-medical-certificate'],
        form: 'original',
        reason: {
          uk:
            'Підстава для призначення допомоги за період відпустки у зв’язку з вагітністю та пологами; ' +
            'довідка дійсна впродовж шести місяців з дня закінчення цієї відпустки',
          en:
            'The ground for the assistance over the maternity leave; the certificate stays valid for six ' +
            'months after that leave ends',
        },
        basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU, MATERNITY_CHERNIVTSI],
      },
      {
        id: 'status-certificate',
        documents: [
          'study-or-service-certificate',
          'liquidation-commission-certificate',
          'employment-centre-certificate',
          'pfu-entrepreneur-certificate',
        ],
        form: 'original',
        reason: {
          uk:
            'Одна з довідок, що підтверджує, чому заявниця має право на допомогу без соціального страхування ' +
            '(служба чи навчання, звільнення через ліквідацію, статус безробітної, ФОП поза добровільним ' +
            'страхуванням)',
          en:
            'One certificate showing why the applicant is entitled without social insurance (service or ' +
            'study, dismissal on liquidation, registered unemployed, sole trader outside voluntary insurance)',
        },
        basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU, MATERNITY_PFU_ENTREPRENEUR],
      },
      {
        ...BANK_ACCOUNT,
        reason: {
          uk: 'Рахунок, на який виплачується допомога',
          en: 'The account the assistance is paid to',
        },
        basis: [MATERNITY_SHEPETIVKA],
      },
    ],
  },
};
