import type { Citation } from '@vikno/law';
import {
  LAW_1871_ART_6_P1,
  LAW_1871_ART_9_P1,
  LAW_1871_ART_9_P2_1,
  LAW_1871_ART_9_P2_2,
  LAW_1871_ART_9_P2_3,
  LAW_1871_ART_9_P2_4_5,
  LAW_1871_ART_9_P2_6,
} from '../citations/evidence-checklists.js';
import { DMS_KMU_265_IN_FORCE, HOUSING_RIGHT_265, PUSTOMYTY_207 } from '../citations.js';
import { APPLICATION, FEE, GUARDIANSHIP, IDENTITY, POWER_OF_ATTORNEY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Dubno CNAP (КМУ 207 era): the representative's authority. */
const DUBNO_207_REPRESENTATIVE: Citation = {
  act: 'dubno-cnap-residence-representative-207',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «У разі подання заяви представником особи додатково подаються: документ, що посвідчує особу ' +
    'представника; документ, що підтверджує повноваження особи, як представника, крім випадків, коли заява ' +
    'подається законними представниками малолітньої дитини — батьками (усиновлювачами).» The card cites ' +
    '«додатку 8 до Правил реєстрації місця проживання», i.e. КМУ 207. A CNAP card of a city council.',
};

/** The Dnipro CNAP page quoting the registration list of Порядок 265. */
const DNIPRO_CNAP_265: Citation = {
  act: 'dnipro-cnap-residence-registration-265',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Для реєстрації місця проживання (перебування) особа або її законний представник (представник) … ' +
    'подає: 1) заяву за формою згідно з додатками 2, 3 і 8; 2) паспортний документ особи або довідку про ' +
    'звернення за захистом в Україні…; 3) свідоцтво про народження (для дітей віком до 14 років) … або ' +
    'документ про реєстрацію народження, виданий компетентним органом іноземної держави і легалізований…; 4) ' +
    'довідку про реєстрацію особи громадянином України (у разі здійснення вперше реєстрації місця проживання ' +
    'дитини віком до 14 років, у свідоцтві про народження якої зазначено, що батьки або один із батьків є ' +
    'іноземцем…); 5) документи, що підтверджують: право на проживання (перебування) в жи…» (cut off there). A ' +
    'CNAP page quoting Procedure 265.',
};

/** The Kyiv CNAP card 00034/00040: the fee, the proxy, and the start of the list. */
const KYIV_CARD_00034: Citation = {
  act: 'kyivcnap-card-00034',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Current card: fee «1,5 відсотка прожиткового мінімуму…» in time, «2,5 відсотка…» late; «Особисто, або ' +
    'представником за наявності довіреності»; legal basis Laws 1871-IX, 1382-IV and КМУ 265. The accessible ' +
    'copy of the card lists «1) заява. … 2) паспортний документ особи або довідка про звернення за захистом в ' +
    'Україні (для осіб, які реєструють місце перебування). … 3) сві…» (cut off). The rest of the current list ' +
    'was not read. A CNAP card quoting Procedure 265.',
};

/** Kostryna hromada (2025): the fee payment among the documents for registering a child. */
const KOSTRYNA_2025: Citation = {
  act: 'kostryna-residence-registration-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'For a child under 14: «1.Паспорти батьків (оригінал); 2.Свідоцтво про народження; 3. РНОКПП ' +
    '(ідентифікаційний код при наявності); 4.Згода одного з батьків, якщо батьки зареєстровані за різними ' +
    'адресами…; 7.Оплата 45,42 грн. При протермінованій реєстрації … 75,70 грн.» A local notice; the taxpayer ' +
    'number and the other parent’s consent are not in the Порядок 265 list quoted by Dnipro, and no fact ' +
    'expresses the parents’ addresses, so they are left out. A hromada notice.',
};

/**
 * The documents of registration of a person’s place of residence or stay (Реєстрація місця проживання/перебування особи), by the day each list took effect.
 *
 * The list changed when КМУ 265 of 07.02.2022 replaced the rules of КМУ 207 of 02.03.2016: the State Migration
 * Service gives 14.03.2022 as the day КМУ 265 entered into force, so the КМУ 207 list holds until then.
 */
export const RESIDENCE_REGISTRATION: ServiceRules = {
  serviceId: 'residence-registration',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про реєстрацію місця проживання (перебування) за встановленою формою',
          en: 'The application to register the place of residence (stay) in the prescribed form',
        },
        basis: [PUSTOMYTY_207],
      },
      {
        ...IDENTITY,
        when: { not: { fact: 'age', below: 16 } },
        reason: {
          uk: 'Паспорт — документ, до якого вносяться відомості про місце проживання',
          en: 'The passport, the document the residence is entered in',
        },
        basis: [PUSTOMYTY_207],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { fact: 'age', below: 16 },
        form: 'presentOnly',
        reason: {
          uk: 'Реєструється дитина, яка не досягла 16 років: свідоцтво про народження',
          en: 'A child under 16 is registered: the birth certificate',
        },
        basis: [PUSTOMYTY_207],
      },
      {
        ...FEE,
        reason: {
          uk: 'Послуга платна: підтвердження сплати адміністративного збору',
          en: 'The service is paid: proof of payment of the administrative fee',
        },
        basis: [PUSTOMYTY_207],
      },
      {
        id: 'housing-right',
        documents: ['housing-right-document', 'housing-owner-consent'],
        form: 'presentOnly',
        reason: {
          uk:
            'Право проживати в житлі, адреса якого реєструється; за відсутності документів — згода власника ' +
            '(співвласників) житла',
          en: 'The right to live at the address registered; without such documents, the consent of the owner(s)',
        },
        basis: [PUSTOMYTY_207],
      },
      {
        ...POWER_OF_ATTORNEY,
        reason: {
          uk: 'Заяву подає представник: документ, що підтверджує його повноваження',
          en: 'A representative applies: the document proving their authority',
        },
        basis: [DUBNO_207_REPRESENTATIVE],
      },
      {
        ...GUARDIANSHIP,
        form: 'presentOnly',
        reason: {
          uk: 'Заяву подає опікун (піклувальник), а не батьки: документ, що підтверджує його повноваження',
          en: 'A guardian, not a parent, applies: the document proving their authority',
        },
        basis: [DUBNO_207_REPRESENTATIVE],
      },
    ],
    '2022-03-14': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про реєстрацію місця проживання (перебування) за встановленою формою',
          en: 'The application to register the place of residence (stay) in the prescribed form',
        },
        basis: [LAW_1871_ART_9_P1, DNIPRO_CNAP_265, KYIV_CARD_00034, DMS_KMU_265_IN_FORCE],
      },
      {
        ...IDENTITY,
        when: {
          any: [
            { not: { fact: 'age', below: 14 } },
            { fact: 'applicant', in: ['legalRepresentative', 'proxy'] },
          ],
        },
        reason: {
          uk:
            'Паспортний документ особи (з 14 років); якщо заяву подає законний представник чи представник — ' +
            'також документ, що посвідчує його особу',
          en:
            'The person’s passport document (from 14); where a legal representative or a proxy applies, their ' +
            'identity document too',
        },
        basis: [LAW_1871_ART_9_P2_1, LAW_1871_ART_9_P2_4_5, DNIPRO_CNAP_265, KYIV_CARD_00034],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate', 'foreign-birth-documents'],
        when: { fact: 'age', below: 14 },
        form: 'presentOnly',
        reason: {
          uk:
            'Реєструється дитина віком до 14 років: свідоцтво про народження або легалізований документ про ' +
            'реєстрацію народження, виданий за кордоном',
          en:
            'A child under 14 is registered: the birth certificate, or the legalised foreign birth ' +
            'registration document',
        },
        basis: [LAW_1871_ART_9_P2_2, DNIPRO_CNAP_265],
      },
      {
        ...FEE,
        reason: {
          uk: 'Послуга платна: підтвердження сплати адміністративного збору',
          en: 'The service is paid: proof of payment of the administrative fee',
        },
        basis: [LAW_1871_ART_9_P2_6, LAW_1871_ART_6_P1, KYIV_CARD_00034, KOSTRYNA_2025],
      },
      {
        id: 'housing-right',
        documents: ['housing-right-document', 'housing-owner-consent'],
        form: 'presentOnly',
        reason: {
          uk:
            'Право проживати в житлі, адреса якого реєструється; за відсутності документів — згода власника ' +
            '(співвласників) житла',
          en: 'The right to live at the address registered; without such documents, the consent of the owner(s)',
        },
        basis: [LAW_1871_ART_9_P2_3, HOUSING_RIGHT_265, DNIPRO_CNAP_265],
      },
      {
        ...POWER_OF_ATTORNEY,
        reason: {
          uk: 'Заяву подає представник за довіреністю',
          en: 'A proxy applies under a power of attorney',
        },
        basis: [LAW_1871_ART_9_P2_4_5, KYIV_CARD_00034],
      },
      {
        ...GUARDIANSHIP,
        form: 'presentOnly',
        reason: {
          uk: 'Заяву подає опікун (піклувальник): документ, що підтверджує його повноваження',
          en: 'A guardian applies: the document proving the guardian’s authority',
        },
        basis: [LAW_1871_ART_9_P2_4_5],
      },
    ],
  },
};
