import type { Citation } from '@vikno/law';
import { LARGE_FAMILY_ASSISTANCE_SUMY } from '../citations.js';
import { APPLICATION, BIRTH_FROM_DRATS_ONLINE, IDENTITY } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** A hromada notice quoting Procedure 250 (КМУ 250 of 13.03.2019): the passport and the application. */
const LARGE_FAMILY_ASSISTANCE_SATANIV: Citation = {
  act: 'large-family-assistance-satanivska-notice',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Документи, необхідні для призначення допомоги, подаються заявником особисто. Для призначення ' +
    'допомоги органу соціального захисту населення за умови пред’явлення паспорта громадянина України ' +
    '(паспортного документа іноземця) або іншого документа, що посвідчує особу подається: - заява одного з ' +
    'батьків, з яким постійно проживає дитина, що складається за формою, затвердженою Мінсоцполітики; - ' +
    'довідка з селищної ради про те що діти проживають разом із матір’ю (батьком) та переб…» (cut off; the ' +
    'council certificate is a local addition and is left out). 2019, before the Pension Fund took the ' +
    'assistance over. A hromada notice.',
};

/** The documents of assignment of assistance for children brought up in large families (Призначення допомоги на дітей, які виховуються у багатодітних сім’ях), by the day each list took effect. */
export const LARGE_FAMILY_CHILDREN_ASSISTANCE: ServiceRules = {
  serviceId: 'large-family-children-assistance',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява одного з батьків, з яким постійно проживає дитина, за формою, затвердженою Мінсоцполітики',
          en:
            'The application of the parent the child lives with, in the form approved by the Ministry of ' +
            'Social Policy',
        },
        basis: [LARGE_FAMILY_ASSISTANCE_SATANIV],
      },
      {
        ...IDENTITY,
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [LARGE_FAMILY_ASSISTANCE_SATANIV],
      },
      {
        id: 'large-family-certificates',
        documents: ['large-family-certificates'],
        form: 'copyWithOriginal',
        reason: {
          uk: 'Посвідчення підтверджують статус багатодітної сім’ї',
          en: 'The certificates prove the large-family status',
        },
        basis: [LARGE_FAMILY_ASSISTANCE_SUMY],
      },
      {
        id: 'birth-certificates',
        documents: ['birth-certificate'],
        form: 'copyWithOriginal',
        reason: {
          uk: 'Свідоцтва про народження всіх дітей: допомога призначається на третю і кожну наступну дитину',
          en:
            'The birth certificates of all the children: the assistance is for the third and each further ' +
            'child',
        },
        basis: [LARGE_FAMILY_ASSISTANCE_SUMY],
        fromRegister: BIRTH_FROM_DRATS_ONLINE,
      },
    ],
  },
};
