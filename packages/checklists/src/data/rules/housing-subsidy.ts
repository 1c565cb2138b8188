import { INCOME_FROM_REGISTERS, LAW_5203_ART_9, LOGA_SUBSIDY, SUBSIDY_CARDS } from '../citations.js';
import { APPLICATION, IDENTITY, IDP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The documents of subsidy towards the cost of housing and utility services, liquefied gas, and solid and liquid stove fuel (Надання субсидії для відшкодування витрат на оплату житлово-комунальних послуг, придбання скрапленого газу, твердого та рідкого пічного побутового палива), by the day each list took effect. */
export const HOUSING_SUBSIDY: ServiceRules = {
  serviceId: 'housing-subsidy',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про призначення та надання житлової субсидії за встановленою формою',
          en: 'The application for a housing subsidy in the prescribed form',
        },
        basis: [LOGA_SUBSIDY],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [LOGA_SUBSIDY],
      },
      {
        id: 'declaration',
        documents: ['subsidy-income-expense-declaration'],
        form: 'original',
        reason: {
          uk: 'Декларація про доходи і витрати домогосподарства за встановленою формою',
          en: 'The declaration of the household’s income and expenses in the prescribed form',
        },
        basis: [LOGA_SUBSIDY, SUBSIDY_CARDS],
      },
      {
        id: 'income-certificates',
        documents: ['income-certificate'],
        form: 'original',
        reason: {
          uk: 'Довідки про доходи, зазначені в декларації, відомостей про які немає в ДПС і Пенсійному фонді',
          en: 'Certificates of declared income the tax service and the Pension Fund hold no data on',
        },
        basis: [INCOME_FROM_REGISTERS],
        fromRegister: {
          register: 'taxpayers-register',
          when: { fact: 'incomeOutsideRegisters', equals: false },
          basis: [INCOME_FROM_REGISTERS, LAW_5203_ART_9],
        },
      },
      {
        id: 'rent-contract',
        documents: ['rent-contract'],
        when: { fact: 'rentsHousing', equals: true },
        form: 'copy',
        reason: { uk: 'Сім’я проживає в орендованому житлі', en: 'The household lives in rented housing' },
        basis: [LOGA_SUBSIDY],
      },
      {
        id: 'idp-certificate',
        documents: ['idp-certificate'],
        when: IDP,
        form: 'copyWithOriginal',
        reason: {
          uk:
            'Заявник — внутрішньо переміщена особа: довідка підтверджує, що він не проживає за зареєстрованим ' +
            'місцем проживання',
          en: 'The applicant is an IDP: the certificate shows they do not live at the registered address',
        },
        basis: [LOGA_SUBSIDY, SUBSIDY_CARDS],
      },
    ],
  },
};
