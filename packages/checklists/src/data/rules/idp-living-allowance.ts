import type { Citation } from '@vikno/law';
import { APPLICATION, BANK_ACCOUNT, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Rivne CNAP card of the living allowance: the annex 5 application. */
const RIVNE_332_CARD: Citation = {
  act: 'rivne-cnap-card-idp-living-allowance',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Заява за формою згідно з додатком 5 до Порядку надання допомоги на проживання внутрішньо ' +
    'переміщеним особам, затвердженого Постановою № 332, до якої додаються відомості / документи:» — the list ' +
    'after the colon was not in the copy read; «Заява … формується засобами мобільного додатка … (Портал ' +
    'Дія)». A CNAP card of a city council.',
};

/** The Hlobyne CNAP card of the living allowance (local code 03-91): the documents attached. */
const HLOBYNE_332_CARD: Citation = {
  act: 'hlobyne-cnap-card-idp-living-allowance',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «1. Заява (затвердженої форми). 2. Паспорт громадянина України … (оригінал/цифровий документ). ' +
    '3. Відомості щодо задекларованого/зареєстрованого місця проживання… 4. Реєстраційний номер облікової ' +
    'картки платника податків… 5. Свідоцтво про народження для малолітніх дітей… 6. Довідка МСЕК про ' +
    'встановлення інвалідності (у разі встановлення інвалідності)… 7. Інформація щодо реквізитів банківського ' +
    'раху[нку]». A local card, not Порядок 332 itself. A CNAP card of a hromada.',
};

/** The documents of living allowance for internally displaced persons (Надання допомоги на проживання внутрішньо переміщеним особам), by the day each list took effect. */
export const IDP_LIVING_ALLOWANCE: ServiceRules = {
  serviceId: 'idp-living-allowance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява за формою згідно з додатком 5 до Порядку № 332',
          en: 'The application in the form of annex 5 to procedure 332',
        },
        basis: [RIVNE_332_CARD, HLOBYNE_332_CARD],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [HLOBYNE_332_CARD],
      },
      {
        id: 'residence',
        documents: ['residence-proof'],
        form: 'presentOnly',
        reason: {
          uk: 'Відомості про задеклароване (зареєстроване) місце проживання',
          en: 'The declared (registered) place of residence',
        },
        basis: [HLOBYNE_332_CARD],
      },
      {
        ...RNOKPP,
        form: 'presentOnly',
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків',
          en: 'The taxpayer registration number',
        },
        basis: [HLOBYNE_332_CARD],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { fact: 'age', below: 14 },
        form: 'presentOnly',
        reason: {
          uk: 'Допомога на малолітню дитину: свідоцтво про народження',
          en: 'The allowance is for a child under 14: the birth certificate',
        },
        basis: [HLOBYNE_332_CARD],
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        when: { fact: 'disability', equals: true },
        form: 'presentOnly',
        reason: { uk: 'Особі встановлено інвалідність', en: 'The person has an established disability' },
        basis: [HLOBYNE_332_CARD],
      },
      {
        ...BANK_ACCOUNT,
        reason: {
          uk: 'Рахунок, на який зараховуватиметься допомога',
          en: 'The account the allowance is paid to',
        },
        basis: [HLOBYNE_332_CARD],
      },
    ],
  },
};
