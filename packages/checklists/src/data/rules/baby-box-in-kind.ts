import type { Citation } from '@vikno/law';
import { VIN_BABY_BOX_NOT_ISSUED } from '../citations/coverage-2.js';
import { APPLICATION, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Uzhhorod CNAP's card: the documents, read up to the birth certificate. */
const UZHGOROD_DOCUMENTS: Citation = {
  act: 'uzhgorod-baby-box-card',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«заява отримувача щодо забезпечення одноразовою натуральною допомогою «пакунок малюка»; оригінал та копія ' +
    'паспорта (1, 2 сторінки, реєстрація); … оригінал та копія документа про присвоєння реєстраційного номера ' +
    'облікової картки платника податків …; оригінал та копія свідоцтва про народження дитини.»',
  note:
    'A city council’s CNAP page; the list was read only to the birth certificate (the rest was cut), and the ' +
    'residence permit or refugee document of a foreigner it names is not recorded (no fact says the applicant ' +
    'is a foreigner). The taxpayer number is kept as the catalogue keeps it elsewhere: obtained from the ' +
    'register, not demanded.',
};

/** The documents of the in-kind baby box from the social protection body, by the day each list took effect. */
export const BABY_BOX_IN_KIND: ServiceRules = {
  serviceId: 'baby-box-in-kind',
  periods: {
    '2020-10-24': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява отримувача про забезпечення «пакунком малюка»',
          en: 'The recipient’s application for the baby box',
        },
        basis: [UZHGOROD_DOCUMENTS],
      },
      {
        ...IDENTITY,
        form: 'copyWithOriginal',
        reason: { uk: 'Паспорт отримувача', en: 'The recipient’s passport' },
        basis: [UZHGOROD_DOCUMENTS],
      },
      {
        ...RNOKPP,
        reason: { uk: 'РНОКПП отримувача', en: 'The recipient’s taxpayer number' },
        basis: [UZHGOROD_DOCUMENTS],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        form: 'copyWithOriginal',
        reason: { uk: 'Свідоцтво про народження дитини', en: 'The child’s birth certificate' },
        basis: [UZHGOROD_DOCUMENTS],
      },
      {
        id: 'baby-box-not-issued-certificate',
        documents: ['baby-box-not-issued-certificate'],
        form: 'original',
        reason: {
          uk:
            'Дитина народилася в закладі охорони здоров’я, де не було «пакунка малюка»: довідка закладу, що ' +
            'пакунок не видавався (для дитини, народженої поза закладом, не потрібна)',
          en:
            'The child was born in a hospital that had no box: its certificate that the box was not given (not ' +
            'needed for a child born outside a hospital)',
        },
        basis: [VIN_BABY_BOX_NOT_ISSUED],
      },
    ],
  },
};
