import type { Citation } from '@vikno/law';
import {
  LAW_1871_ART_6_P1,
  LAW_1871_ART_18_P1,
  LAW_1871_ART_18_P4,
  LAW_1871_ART_18_P5,
} from '../citations/evidence-checklists.js';
import { BILHOROD_DEREG_265, DMS_KMU_265_IN_FORCE } from '../citations.js';
import { APPLICATION, FEE, GUARDIANSHIP, IDENTITY, POWER_OF_ATTORNEY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Biliaivka council (КМУ 207 era): deregistration documents with the application and the fee receipt. */
const BILIAIVKA_DEREG_207: Citation = {
  act: 'biliaivka-deregistration-documents-207',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «1) заява про зняття (видається органом реєстрації); 2) документ до якого вносяться відомості ' +
    'про місце проживання; 3) свідоцтво про народження (якщо дитина не досягла 16 років); 4) квитанція про ' +
    'сплату адміністративного збору…; 5) військовий квиток…; 6) рішення суду…(за необхідністю); 7) свідоцтво ' +
    'про смерть…». Undated. Deregistration on a court decision or a death is not a case the facts express and ' +
    'is left out. A city council page.',
};

/** Poltava CNAP (КМУ 207 era): deregistration through a representative. */
const POLTAVA_DEREG_207: Citation = {
  act: 'poltava-cnap-deregistration-representative-207',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Заява про зняття з реєстрації місця проживання особи…; Документ, до якого вносяться відомості ' +
    'про місце проживання…; Свідоцтво про народження та копія (для осіб, що не досягли 16-річного віку)…; ' +
    'Квитанція про сплату адміністративного збору; У разі подання заяви законним представником особи ' +
    'додатково подаються: Засвідчена в установленому порядку довіреність уповноваженої особи…». Undated, ' +
    'pre-2022 (no annex of КМУ 265 named). A CNAP card of a city council.',
};

/** Kyiv contact centre wiki (КМУ 207 era): deregistration documents. */
const WIKI_1551_DEREG_207: Citation = {
  act: 'wiki-1551-deregistration-before-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Військовий квиток або посвідчення про приписку (для громадян, які підлягають взяттю на ' +
    'військовий облік…); Документ, до якого вносяться відомості про зняття з реєстрації місця проживання. ' +
    'Якщо дитина не досягла 16-річного віку, подається свідоцтво про народження; Інші документи, які свідчать ' +
    'про припинення…»; fee «0,0085». The application is not in the excerpt read. A city contact centre’s ' +
    'reference base.',
};

/** The Kyiv CNAP card 00037. */
const KYIV_CARD_00037: Citation = {
  act: 'kyivcnap-card-00037',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «1,5 відсотка прожиткового мінімуму…»; «1. Заява про зняття з реєстрації місця проживання ' +
    '(заповнюється при подачі документів). 2) паспортний документ або довідка про звернення за захистом в ' +
    'Україні, у тому числі строк дії яких закінчився (для іноземців, осіб без грома…» (cut off there). A CNAP ' +
    'card quoting Procedure 265.',
};

/**
 * The documents of deregistration of a person’s place of residence (Зняття з реєстрації місця проживання особи), by the day each list took effect.
 *
 * The list changed when КМУ 265 of 07.02.2022 replaced the rules of КМУ 207 of 02.03.2016: the State Migration
 * Service gives 14.03.2022 as the day КМУ 265 entered into force, so the КМУ 207 list holds until then.
 */
export const RESIDENCE_DEREGISTRATION: ServiceRules = {
  serviceId: 'residence-deregistration',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про зняття з реєстрації місця проживання за встановленою формою',
          en: 'The application to deregister the place of residence in the prescribed form',
        },
        basis: [BILIAIVKA_DEREG_207, POLTAVA_DEREG_207],
      },
      {
        ...IDENTITY,
        when: { not: { fact: 'age', below: 16 } },
        reason: {
          uk: 'Документ, до якого вносяться відомості про зняття з реєстрації місця проживання',
          en: 'The document the deregistration is entered in',
        },
        basis: [WIKI_1551_DEREG_207, BILIAIVKA_DEREG_207],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { fact: 'age', below: 16 },
        form: 'presentOnly',
        reason: {
          uk: 'Знімається з реєстрації дитина, яка не досягла 16 років: свідоцтво про народження',
          en: 'A child under 16 is deregistered: the birth certificate',
        },
        basis: [WIKI_1551_DEREG_207, BILIAIVKA_DEREG_207],
      },
      {
        ...FEE,
        reason: {
          uk: 'Послуга платна: підтвердження сплати адміністративного збору',
          en: 'The service is paid: proof of payment of the administrative fee',
        },
        basis: [BILIAIVKA_DEREG_207, POLTAVA_DEREG_207],
      },
      {
        ...POWER_OF_ATTORNEY,
        reason: {
          uk: 'Заяву подає представник: засвідчена довіреність',
          en: 'A representative applies: a certified power of attorney',
        },
        basis: [POLTAVA_DEREG_207],
      },
    ],
    '2022-03-14': [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про зняття з реєстрації місця проживання за встановленою формою',
          en: 'The application to deregister the place of residence in the prescribed form',
        },
        basis: [LAW_1871_ART_18_P1, BILHOROD_DEREG_265, KYIV_CARD_00037, DMS_KMU_265_IN_FORCE],
      },
      {
        ...IDENTITY,
        reason: {
          uk:
            'Паспортний документ особи; якщо заяву подає законний представник чи представник — документ, що ' +
            'посвідчує його особу',
          en:
            'The person’s passport document; where a legal representative or a proxy applies, their identity ' +
            'document',
        },
        basis: [LAW_1871_ART_18_P4, LAW_1871_ART_18_P5, BILHOROD_DEREG_265, KYIV_CARD_00037],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { fact: 'age', below: 14 },
        form: 'presentOnly',
        reason: {
          uk: 'Знімається з реєстрації дитина віком до 14 років: свідоцтво про народження',
          en: 'A child under 14 is deregistered: the birth certificate',
        },
        basis: [LAW_1871_ART_18_P4],
      },
      {
        ...FEE,
        reason: {
          uk: 'Послуга платна: підтвердження сплати адміністративного збору',
          en: 'The service is paid: proof of payment of the administrative fee',
        },
        basis: [LAW_1871_ART_6_P1, BILHOROD_DEREG_265, KYIV_CARD_00037],
      },
      {
        ...POWER_OF_ATTORNEY,
        reason: {
          uk: 'Заяву подає представник: документ, що підтверджує його повноваження (довіреність)',
          en: 'A proxy applies: the document proving the authority (power of attorney)',
        },
        basis: [LAW_1871_ART_18_P5],
      },
      {
        ...GUARDIANSHIP,
        form: 'presentOnly',
        reason: {
          uk: 'Заяву подає опікун (піклувальник): документ, що підтверджує його повноваження',
          en: 'A guardian applies: the document proving the guardian’s authority',
        },
        basis: [LAW_1871_ART_18_P5],
      },
    ],
  },
};
