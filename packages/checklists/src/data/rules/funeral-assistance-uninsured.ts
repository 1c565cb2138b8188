import { DEATH_IN_DRATS, LAW_1689_ART_5, LAW_5203_ART_9, NEMOVYCKA_FUNERAL_DOCUMENTS } from '../citations.js';
import { APPLICATION, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The documents of funeral assistance for some categories of persons to the executor of the deceased’s will or the person who undertook the burial (Надання допомоги на поховання деяких категорій осіб виконавцю волевиявлення померлого або особі, яка зобов’язалася поховати померлого), by the day each list took effect. */
export const FUNERAL_ASSISTANCE_UNINSURED: ServiceRules = {
  serviceId: 'funeral-assistance-uninsured',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про надання допомоги на поховання',
          en: 'The application for funeral assistance',
        },
        basis: [NEMOVYCKA_FUNERAL_DOCUMENTS],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [NEMOVYCKA_FUNERAL_DOCUMENTS],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків',
          en: 'The taxpayer registration number',
        },
        basis: [NEMOVYCKA_FUNERAL_DOCUMENTS],
      },
      {
        id: 'death',
        documents: ['death-certificate'],
        form: 'original',
        reason: {
          uk: 'Підтвердження смерті: довідка про смерть або витяг з Державного реєстру актів цивільного стану',
          en: 'Proof of the death: a death certificate or an extract from the civil status register',
        },
        basis: [NEMOVYCKA_FUNERAL_DOCUMENTS],
        fromRegister: { register: 'drats', basis: [DEATH_IN_DRATS, LAW_5203_ART_9, LAW_1689_ART_5] },
      },
      {
        id: 'burial-paid',
        documents: ['burial-paid-certificate'],
        form: 'original',
        reason: {
          uk: 'Підтвердження, що поховання здійснив заявник за власний рахунок',
          en: 'Proof that the applicant paid for the burial',
        },
        basis: [NEMOVYCKA_FUNERAL_DOCUMENTS],
      },
    ],
  },
};
