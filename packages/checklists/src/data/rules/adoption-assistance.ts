import type { Citation } from '@vikno/law';
import { LAW_2811_ART_12_2 } from '../citations/family-assistance.js';
import { ADOPTION_PODA, ADOPTION_TERNOPIL, LAW_1689_ART_5 } from '../citations.js';
import { APPLICATION, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Izmail city (2020): the taxpayer number among the adoption documents. */
const ADOPTION_IZMAIL: Citation = {
  act: 'adoption-assistance-izmail-2020',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«2. паспорт, код отримувача допомоги»; it also lists «довідка з місця проживання про склад сім’ї та ' +
    'реєстрацію (форма 204)» and a bank account, which the newer notices do not, so those are left out. A ' +
    'city council department’s news.',
};

/** The documents of assignment of state assistance at the adoption of a child (Призначення державної допомоги при усиновленні дитини), by the day each list took effect. */
export const ADOPTION_ASSISTANCE: ServiceRules = {
  serviceId: 'adoption-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява усиновлювача (якщо усиновлювачі — подружжя, одного з них)',
          en: 'The adopter’s application (where a married couple adopts, one of them)',
        },
        basis: [ADOPTION_PODA, ADOPTION_TERNOPIL],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [ADOPTION_PODA, ADOPTION_TERNOPIL],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків отримувача допомоги',
          en: 'The recipient’s taxpayer number',
        },
        basis: [ADOPTION_IZMAIL],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        form: 'copy',
        reason: {
          uk:
            'Свідоцтво про народження дитини, видане після внесення змін до актового запису на підставі ' +
            'рішення суду про усиновлення',
          en:
            'The child’s birth certificate issued after the birth record was changed under the adoption ' +
            'decision',
        },
        basis: [ADOPTION_PODA, ADOPTION_TERNOPIL],
        fromRegister: {
          register: 'drats',
          when: { fact: 'applicationForm', equals: 'electronic' },
          basis: [ADOPTION_TERNOPIL, LAW_1689_ART_5],
        },
      },
      {
        id: 'adoption-decision',
        documents: ['adoption-court-decision'],
        form: 'copy',
        reason: {
          uk: 'Підтвердження усиновлення; від дня набрання ним законної сили рахують 12 місяців на звернення',
          en: 'Proof of the adoption; the 12 months to apply run from the day it took legal effect',
        },
        basis: [LAW_2811_ART_12_2, ADOPTION_TERNOPIL],
      },
    ],
  },
};
