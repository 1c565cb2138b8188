import type { Citation } from '@vikno/law';
import { APPLICATION, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Kharkiv's CNAP page: the documents, read to the taxpayer number. */
const KHARKIV_CNAP: Citation = {
  act: 'kharkiv-cnap-rehabilitation-aids-card',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Заява про забезпечення засобом реабілітації (виплату компенсації) за формою, затвердженою Мінсоцполітики, у ' +
    'паперовій формі або через електронний кабінет …; паспорт громадянина України, тимчасове посвідчення ' +
    'громадянина України, посвідка на постійне проживання, посвідка на тимчасове проживання, посвідчення ' +
    'біженця, посвідчення особи, яка потребує додаткового захисту, або свідоцтво про народження (для дітей віком ' +
    'до 14 років); копія одного з передбачених Податковим кодексом України документів з даними про реєстраційний ' +
    'номер облікової картки платника податків…»',
  note:
    'A city CNAP’s page; the list was read to the taxpayer number, the lines after it are not recorded. Whether the ' +
    'identity document is shown or copied is not said: recorded as shown. Since 01.01.2025 the aid rests on the ' +
    'expert team’s extract (the Poltava regional administration’s notice, healthcare.poda.gov.ua/news/213229), ' +
    'which the list read does not name as a document to bring: no line.',
};

/** A person under 14. */
const UNDER_14 = { fact: 'age', below: 14 } as const;

/** The documents of the referral for assistive rehabilitation aids, by the day each list took effect. */
export const REHABILITATION_AIDS_PROVISION: ServiceRules = {
  serviceId: 'rehabilitation-aids-provision',
  periods: {
    '2023-12-15': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про забезпечення засобом реабілітації (виплату компенсації) за формою Мінсоцполітики',
          en: 'The application for a rehabilitation aid (or its compensation) in the Ministry’s form',
        },
        basis: [KHARKIV_CNAP],
      },
      {
        ...IDENTITY,
        when: { not: UNDER_14 },
        reason: {
          uk: 'Паспорт або інший документ, що посвідчує особу (посвідка, посвідчення біженця)',
          en: 'The passport or another identity document (a residence permit, a refugee certificate)',
        },
        basis: [KHARKIV_CNAP],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        form: 'presentOnly',
        when: UNDER_14,
        reason: {
          uk: 'Для дитини до 14 років — свідоцтво про народження',
          en: 'For a child under 14, the birth certificate',
        },
        basis: [KHARKIV_CNAP],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Копія документа з реєстраційним номером облікової картки платника податків',
          en: 'A copy of the document with the taxpayer registration number',
        },
        basis: [KHARKIV_CNAP],
      },
    ],
  },
};
