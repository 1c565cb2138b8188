import type { Citation } from '@vikno/law';
import { PFU_PORTAL_NEWS, PFU_TRANSFER_2025 } from '../citations/cards-and-notices.js';
import { KMU_250_ITEMS_1_2 } from '../citations/family-assistance.js';
import { ALL_MODELS, APPEAL_GENERAL, CEILING_TERM, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

const KMU_250_2019_NAME: Citation = {
  act: 'kmu-250-2019',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote: 'Порядок виплати допомоги на дітей, які виховуються у багатодітних сім’ях',
  note:
    'Name built from the title of the Procedure approved by КМУ 250; no Register card with this name ' +
    "was seen. Checked on 2026-11-25: The Procedure's title as cited by mvk.if.ua, uc.kr.ua (PFU " +
    'regional office) and mk-otg.gov.ua; the service name built from it matches. No Register card ' +
    'seen.',
};

/** КМУ resolution 250 of 13.03.2019, the procedure for assistance to children of large families. */
const KMU_250: Citation = {
  act: 'kmu-250-2019',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Урядом прийнято постанову Кабінету Міністрів України «Деякі питання надання соціальної ' +
    'підтримки багатодітним сім’ям» від 13.03.2019 №250, якою затверджено Порядок виплати допомоги ' +
    'на дітей, які виховуються в багатодітних сім’ях.',
  note:
    'Title, number and date as cited by cnap.zelenopidska-gromada.gov.ua (20.08.2025); ' +
    'chortkivmr.gov.ua: «Ця постанова набирає чинності з 1 квітня 2019 року» and the application ' +
    'goes to «органу соціального захисту населення». URL built by the standard pattern. Checked on ' +
    '2026-11-25: mk-otg.gov.ua (council social-protection department, 01.07.2019): from 01.04.2019; ' +
    'assistance from the month of application to age 6. jurliga.ligazakon.net (news): «З 1 квітня ' +
    '2019 року…», application to the social-protection body. uc.kr.ua (ГУ ПФУ in Kirovohrad, ' +
    '02.10.2025): from 01.07.2025 PFU assigns and pays it. Text and entry-into-force clause not read ' +
    'on a mirror.',
};

/** A CNAP notice that the Pension Fund decides large-family assistance from 01.07.2025. */
const ZELENOPIDSKA_LARGE_FAMILY_PFU: Citation = {
  act: 'zelenopidska-large-family-pfu-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note: '«З 1 липня 2025 року зазначена допомога призначається і виплачується Пенсійним фондом України».',
};

/** Izmail city: large-family assistance documents are handed in by the applicant in person. */
const IZMAIL_LARGE_FAMILY_IN_PERSON: Citation = {
  act: 'izmail-large-family-in-person',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Документи, необхідні для призначення допомоги, подаються заявником особисто. Допомога ' +
    'призначається на третю і кожну наступну дитину з місяця, в якому було подано заяву з усіма ' +
    'необхідними документами».',
};

/** Assistance for the third and each further child of a large family (КМУ 250). */
export const LARGE_FAMILY_CHILDREN_ASSISTANCE: ServiceData = {
  id: 'large-family-children-assistance',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Призначення допомоги на дітей, які виховуються у багатодітних сім’ях',
        en: 'Assignment of assistance for children brought up in large families',
      },
      basis: [KMU_250_ITEMS_1_2, KMU_250_2019_NAME],
    },
  },
  description: {
    uk:
      'Щомісячна допомога одному з батьків, який постійно проживає з дитиною, на третю і кожну ' +
      'наступну дитину в багатодітній сім’ї; призначається з місяця подання заяви з усіма документами.',
    en:
      'Monthly assistance to the parent living with the child, for the third and each further child of ' +
      'a large family, from the month of the complete application.',
  },
  keywords: ['багатодітна сім’я', 'багатодітні', 'третя дитина', 'допомога багатодітним'],
  available: {
    '2019-04-01': {
      value: true,
      basis: [KMU_250_ITEMS_1_2, KMU_250],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [KMU_250],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, ZELENOPIDSKA_LARGE_FAMILY_PFU],
    },
  },
  legalBasis: {
    earliest: {
      value: [KMU_250_ITEMS_1_2],
      basis: [KMU_250_ITEMS_1_2, ZELENOPIDSKA_LARGE_FAMILY_PFU],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
          en: 'A decision to assign the assistance or to refuse it',
        },
      ],
      basis: [KMU_250],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'cnapTerritorialUnit', 'remoteWorkplace', 'starostaOrAuthorisedOfficial', 'usznOffice'],
      basis: [KMU_250, IZMAIL_LARGE_FAMILY_IN_PERSON],
    },
    '2025-07-01': {
      value: [
        'cnap',
        'cnapTerritorialUnit',
        'remoteWorkplace',
        'starostaOrAuthorisedOfficial',
        'pfuOffice',
        'pfuPortal',
        'post',
      ],
      basis: [PFU_TRANSFER_2025, PFU_PORTAL_NEWS, ZELENOPIDSKA_LARGE_FAMILY_PFU],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['largeFamily'],
};
