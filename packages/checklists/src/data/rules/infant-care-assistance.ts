import type { Citation } from '@vikno/law';
import { CHILDCARE_2026_PFU, FORM_765_NOTICE } from '../citations.js';
import { APPLICATION, BIRTH_FROM_DRATS_ONLINE, GUARDIANSHIP, IDENTITY, RNOKPP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Pension Fund press service list for the under-one child-care assistance, as a news site reports it. */
const INFANT_CARE_PFU_PRESS: Citation = {
  act: 'infant-care-pfu-press-documents-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Щоб подати заяву треба звернутися до найближчого органу ПФУ та надати: документ, що посвідчує ' +
    'особу; РНОКПП (за наявності); свідоцтво про народження дитини; документ, що підтверджує повноваження ' +
    'законного представника (у разі подачі не батьками); медичний висновок тимчасової непрацездатності по ' +
    'вагітності та пологах.» A news site, not the Fund’s page nor КМУ 1805. Whether copies or originals are ' +
    'meant is not said. The medical report is left out: it is a record in the e-health register, and who must ' +
    'show it (a guardian, a mother of a child born in 2025) is not said.',
};

/** The documents of assignment of assistance for the care of a child until the age of one (Призначення допомоги для догляду за дитиною до досягнення нею однорічного віку), by the day each list took effect. */
export const INFANT_CARE_ASSISTANCE: ServiceRules = {
  serviceId: 'infant-care-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk:
            'Заява матері або іншого законного представника за формою, затвердженою постановою КМУ від ' +
            '25.06.2025 № 765',
          en:
            'The application of the mother or other legal representative in the form of Cabinet resolution ' +
            '765 of 25.06.2025',
        },
        basis: [CHILDCARE_2026_PFU, FORM_765_NOTICE],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [INFANT_CARE_PFU_PRESS],
      },
      {
        ...RNOKPP,
        form: 'presentOnly',
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків (за наявності)',
          en: 'The taxpayer registration number (if any)',
        },
        basis: [INFANT_CARE_PFU_PRESS],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        form: 'copy',
        reason: {
          uk: 'Дані про дитину, за якою здійснюється догляд',
          en: 'The data of the child cared for',
        },
        basis: [INFANT_CARE_PFU_PRESS],
        fromRegister: BIRTH_FROM_DRATS_ONLINE,
      },
      {
        ...GUARDIANSHIP,
        reason: {
          uk: 'Заяву подають не батьки: документ, що підтверджує повноваження законного представника',
          en: 'Not a parent applies: the document proving the legal representative’s authority',
        },
        basis: [INFANT_CARE_PFU_PRESS],
      },
    ],
  },
};
