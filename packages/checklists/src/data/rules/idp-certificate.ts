import type { Citation } from '@vikno/law';
import { LAW_1706_ART_4_P3, LAW_1706_ART_4_P7, LAW_1706_ART_4_P8 } from '../citations/evidence-checklists.js';
import { APPLICATION, GUARDIANSHIP, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** Point 4 of Порядок 509 as a hromada quotes it. */
const KMU_509_P4: Citation = {
  act: 'kmu-509-2014',
  provision: { uk: 'п. 4 Порядку', en: 'Procedure, point 4' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'разом із заявою про взяття на облік внутрішньо переміщеної особи заявник пред’являє: документ, що ' +
    'посвідчує особу та підтверджує громадянство України, або тимчасове посвідчення, що підтверджує особу ' +
    'громадянина України; за наявності — документ, що підтверджує факт проживання',
  note:
    'Quoted: «разом із заявою … заявник пред’являє: документ, що посвідчує особу та підтверджує громадянство ' +
    'України, або тимчасове посвідчення…; за наявності — документ, що підтверджує факт проживання на ' +
    'території …, з якої здійснюється внутрішнє переміщення (…із відміткою про реєстрацію місця проживання; ' +
    'військовий квиток…; трудова книжка…)». Read on the council page, not on zakon.rada.gov.ua. Re-read ' +
    '2026-11-25: Same council page as the inventory (shp-gromada.gov.ua), which names «пунктом 4 Порядку… № ' +
    '509». The Порядок text on zakon.rada or a full mirror was not read; edition not known (КМУ 709 of ' +
    '11.07.2023 changed the Порядок per bolgrad-rda).',
};

/** The Kyiv CNAP card of the IDP certificate (Register id 00169): application form and the documents shown. */
const KYIV_CNAP_IDP_CARD: Citation = {
  act: 'kyiv-cnap-card-idp-certificate',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «подається заява про взяття на облік за формою згідно з додатком 1 до Порядку … затвердженого ' +
    'постановою №509»; «пред`являється документ, що посвідчує особу та підтверджує громадянство України, або ' +
    'документ, що посвідчує особу та підтверджує її спеціальний статус, або свідоцтво про народження дитини. ' +
    'У разі відсутності … відмітки про реєстрацію місця проживання…» (the rest of that sentence was cut off). ' +
    'A CNAP card quoting Procedure 509.',
};

/** The Hlobyne CNAP card of the IDP certificate (local code 03-90). */
const HLOBYNE_IDP_CARD: Citation = {
  act: 'hlobyne-cnap-card-idp-certificate',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «4. Реєстраційний номер облікової картки платника податків (крім фізичних осіб, які через свої ' +
    'релігійні переконання відмовляються…) (оригінал/цифровий документ)». A local card; Порядок 509 п. 4 as ' +
    'quoted by shp-gromada.gov.ua does not name the number. A CNAP card of a hromada.',
};

/** The documents of issuing the certificate of registration as an internally displaced person (Видача довідки про взяття на облік внутрішньо переміщеної особи), by the day each list took effect. */
export const IDP_CERTIFICATE: ServiceRules = {
  serviceId: 'idp-certificate',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява про взяття на облік внутрішньо переміщеної особи (додаток 1 до Порядку № 509)',
          en: 'The application for registration as an IDP (annex 1 to procedure 509)',
        },
        basis: [LAW_1706_ART_4_P3, KYIV_CNAP_IDP_CARD, KMU_509_P4],
      },
      {
        id: 'identity',
        documents: ['identity-document', 'birth-certificate'],
        form: 'presentOnly',
        reason: {
          uk: 'Документ, що посвідчує особу, або свідоцтво про народження дитини',
          en: 'An identity document, or the child’s birth certificate',
        },
        basis: [LAW_1706_ART_4_P7, KYIV_CNAP_IDP_CARD, KMU_509_P4],
      },
      {
        ...RNOKPP,
        form: 'presentOnly',
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків',
          en: 'The taxpayer registration number',
        },
        basis: [HLOBYNE_IDP_CARD],
      },
      {
        ...GUARDIANSHIP,
        form: 'presentOnly',
        reason: {
          uk: 'Заяву подає опікун (піклувальник): документ, що підтверджує його повноваження',
          en: 'A guardian applies: the document proving the guardian’s authority',
        },
        basis: [LAW_1706_ART_4_P8],
      },
    ],
  },
};
