import type { Citation } from '@vikno/law';
import { APPLICATION, FOREIGN_BIRTH, IDENTITY, NOT_BORN_ABROAD, NOT_IDP } from '../lines.js';
import type { ServiceRules } from '../load.js';

/** The Globyno CNAP card of the repeated (duplicate) large-family certificate: its document list. */
const LARGE_FAMILY_DUPLICATE_GLOBYNO: Citation = {
  act: 'globyno-large-family-duplicate-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «заява одного з батьків для оформлення посвідчення батьків багатодітної сім’ї та посвідчення ' +
    'дитини з багатодітної сім’ї, за формою, затвердженою Мінсоцполітики; копія посвідчення … яке втрачено (у ' +
    'разі наявності); копії свідоцтв про народження дітей; копії сторінок паспортів громадянина України ' +
    'кожного з батьків; … копії довідок про реєстрацію місця проживання або перебування особи щодо кожного з ' +
    'батьків та дітей багатодітної сім’ї або, для внутрішньо переміщених осіб, к…» (cut off). Undated. A CNAP ' +
    'card of a hromada.',
};

/** The Poltava CNAP card of certificates after a loss or damage: photos and children born abroad. */
const LARGE_FAMILY_DUPLICATE_POLTAVA: Citation = {
  act: 'large-family-duplicate-poltava-cnap',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Фотокартки (по дві) (батьків та дітей) розміром 30 х 40 міліметрів»; «У разі народження або ' +
    'навчання дитини за межами України - копія свідоцтва про народження дитини … з перекладом на українську ' +
    'мову, вірність якого засвідчена нотаріусом». Undated; it still lists «Довідка про склад сім’ї», so it ' +
    'predates КМУ 1003 of 28.10.2020, and that the photos survived was not read in the current Procedure 209. ' +
    'A CNAP card of a city council.',
};

/** The documents of issuing a duplicate certificate of parents or a child of a large family (Видача дубліката посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї), by the day each list took effect. */
export const LARGE_FAMILY_CERTIFICATE_DUPLICATE: ServiceRules = {
  serviceId: 'large-family-certificate-duplicate',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява одного з батьків за формою, затвердженою Мінсоцполітики',
          en: 'The application of one parent in the form approved by the Ministry of Social Policy',
        },
        basis: [LARGE_FAMILY_DUPLICATE_GLOBYNO, LARGE_FAMILY_DUPLICATE_POLTAVA],
      },
      {
        ...IDENTITY,
        form: 'copy',
        reason: {
          uk: 'Копії сторінок паспорта кожного з батьків',
          en: 'Copies of the pages of each parent’s passport',
        },
        basis: [LARGE_FAMILY_DUPLICATE_GLOBYNO],
      },
      {
        id: 'birth-certificates',
        documents: ['birth-certificate'],
        when: NOT_BORN_ABROAD,
        form: 'copy',
        reason: {
          uk: 'Копії свідоцтв про народження дітей',
          en: 'Copies of the children’s birth certificates',
        },
        basis: [LARGE_FAMILY_DUPLICATE_GLOBYNO],
      },
      {
        ...FOREIGN_BIRTH,
        reason: {
          uk:
            'Дитина народилася за кордоном: копія свідоцтва з нотаріально засвідченим перекладом українською ' +
            'мовою',
          en: 'A child was born abroad: a copy of the certificate with a notarised Ukrainian translation',
        },
        basis: [LARGE_FAMILY_DUPLICATE_POLTAVA],
      },
      {
        id: 'residence',
        documents: ['residence-proof'],
        when: NOT_IDP,
        form: 'copy',
        reason: {
          uk: 'Копії довідок про реєстрацію місця проживання кожного з батьків і дітей',
          en: 'Copies of the residence registration certificates of each parent and child',
        },
        basis: [LARGE_FAMILY_DUPLICATE_GLOBYNO],
      },
      {
        id: 'photos',
        documents: ['photos-30x40'],
        form: 'original',
        reason: { uk: 'Фото для бланків посвідчень', en: 'Photos for the certificate forms' },
        basis: [LARGE_FAMILY_DUPLICATE_POLTAVA],
      },
    ],
  },
};
