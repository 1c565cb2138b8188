import type { Citation } from '@vikno/law';
import { LARGE_FAMILY_PHOTOS } from '../citations.js';
import {
  APPLICATION,
  BIRTH_FROM_DRATS_ONLINE,
  FOREIGN_BIRTH,
  IDENTITY,
  NOT_BORN_ABROAD,
  NOT_IDP,
  RNOKPP,
} from '../lines.js';
import type { ServiceRules } from '../load.js';

/**
 * Point 3 of Procedure 209 (large-family certificates) as a district state administration publishes it: the
 * application, the passports and the birth certificates, which every edition since 2015 read here lists.
 */
const LARGE_FAMILY_209_P3: Citation = {
  act: 'kmu-209-2010',
  provision: { uk: 'п. 3 Порядку', en: 'Procedure, point 3' },
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    'заяви одного з батьків про видачу посвідчень; копій свідоцтв про народження дітей; копії свідоцтва про ' +
    'шлюб (крім батьків, які не перебувають у шлюбі); копій сторінок паспорта громадянина України батьків з ' +
    'даними про прізвище, ім’я, по батькові, дату видач',
  note:
    '«протягом десяти робочих днів після подання: заяви одного з батьків про видачу посвідчень; копій ' +
    'свідоцтв про народження дітей; копії свідоцтва про шлюб (крім батьків, які не перебувають у шлюбі); ' +
    'копій сторінок паспорта громадянина України батьків з даними про прізвище, ім’я, по батькові, дату ' +
    'видач…» (the rest was cut off). The redaction date of this copy was not established. Re-read 2026-11-25: ' +
    "Same rda.chapl.gov.ua copy, cut off at the same place as in the inventory's note. The 2010 original list " +
    '(kmu.gov.ua) was: заява батька або матері; копії свідоцтв про народження; копії сторінок паспорта; ' +
    'довідка про склад сім’ї; фотокартки 30×40 мм — so «копія свідоцтва про шлюб» came with a later edition. ' +
    'cnap-pl.gov.ua (Poltava CNAP) lists for the duplicate also довідка про склад сім’ї and two photos 30×40. ' +
    'Re-read 2026-11-26: rda.chapl.gov.ua is the site of a district state administration (Чаплинська РДА), a ' +
    'state body publishing the Procedure with the zakon.rada amendment marks, hence officialCard, not text: it is ' +
    'not a mirror of record and its edition lies between КМУ 1099 of 23.12.2015 and КМУ 1003 of 28.10.2020, ' +
    'which changed the list (lmotg.gov.ua, a village council, 2020). The lines this citation carries (the ' +
    'application, the passport pages, the birth certificates) are in the post-2020 list as that council quotes ' +
    'it too; the marriage certificate likewise.',
};

/** The Uzhhorod CNAP card for large-family status and certificates. */
const LARGE_FAMILY_UZHGOROD: Citation = {
  act: 'large-family-certificate-uzhhorod-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«1. Заява 2. Оригінал паспорта кожного з батьків…; 3. Реєстраційні номере облікової картки платника ' +
    'податків батьків…; 4. Свідоцтва про шлюб (не стосується батьків, які не перебувають у шлюбі); 5. ' +
    'Свідоцтва про народження всіх дітей (у разі народження дитини за межами України – копія свідоцтва про ' +
    'народження дитини з перекладом на українську мову, вірність якого засвідчена нотаріусом); 6. Одна…» (cut ' +
    'off). A CNAP card of a city council.',
};

/** The Globyno CNAP card for a repeated large-family certificate: residence certificates. */
const LARGE_FAMILY_GLOBYNO_RESIDENCE: Citation = {
  act: 'globyno-large-family-duplicate-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«копії довідок про реєстрацію місця проживання або перебування особи щодо кожного з батьків та дітей ' +
    'багатодітної сім’ї або, для внутрішньо переміщених осіб, к…» (cut off). This is the card of the ' +
    'duplicate, whose list follows the same application form; that the first issue needs them too is ' +
    'inferred.',
};

/** The documents of establishing large-family status and issuing certificates of parents and children of a large family (Установлення статусу, видача посвідчень батькам багатодітної сім’ї та дитини з багатодітної сім’ї), by the day each list took effect. */
export const LARGE_FAMILY_CERTIFICATE: ServiceRules = {
  serviceId: 'large-family-certificate',
  periods: {
    earliest: [
      {
        ...APPLICATION,
        reason: {
          uk: 'Заява одного з батьків про видачу посвідчень',
          en: 'The application of one parent for the certificates',
        },
        basis: [LARGE_FAMILY_209_P3, LARGE_FAMILY_UZHGOROD],
      },
      {
        ...IDENTITY,
        form: 'copy',
        reason: {
          uk: 'Сторінки паспорта кожного з батьків з даними про прізвище, ім’я, по батькові та дату видачі',
          en: 'The pages of each parent’s passport with the name and date of issue',
        },
        basis: [LARGE_FAMILY_209_P3, LARGE_FAMILY_UZHGOROD],
      },
      {
        ...RNOKPP,
        reason: {
          uk: 'Реєстраційні номери облікових карток платників податків батьків',
          en: 'The parents’ taxpayer numbers',
        },
        basis: [LARGE_FAMILY_UZHGOROD],
      },
      {
        id: 'birth-certificates',
        documents: ['birth-certificate'],
        when: NOT_BORN_ABROAD,
        form: 'copy',
        reason: {
          uk: 'Свідоцтва про народження всіх дітей: підтверджують, що в сім’ї троє і більше дітей',
          en: 'The birth certificates of all the children: they show the family has three or more children',
        },
        basis: [LARGE_FAMILY_209_P3, LARGE_FAMILY_UZHGOROD],
        fromRegister: BIRTH_FROM_DRATS_ONLINE,
      },
      {
        ...FOREIGN_BIRTH,
        reason: {
          uk:
            'Дитина народилася за кордоном: копія свідоцтва з нотаріально засвідченим перекладом українською ' +
            'мовою',
          en: 'A child was born abroad: a copy of the certificate with a notarised Ukrainian translation',
        },
        basis: [LARGE_FAMILY_UZHGOROD],
      },
      {
        id: 'residence',
        documents: ['residence-proof'],
        when: NOT_IDP,
        form: 'copy',
        reason: {
          uk: 'Місце проживання кожного з батьків і дітей: посвідчення видають за місцем реєстрації',
          en: 'Where each parent and child lives: the certificates are issued by the place of registration',
        },
        basis: [LARGE_FAMILY_GLOBYNO_RESIDENCE],
      },
      {
        id: 'photos',
        documents: ['photos-30x40'],
        form: 'original',
        reason: { uk: 'Фото для бланків посвідчень', en: 'Photos for the certificate forms' },
        basis: [LARGE_FAMILY_PHOTOS],
      },
    ],
  },
};
