import type { Citation } from '@vikno/law';
import { KMU_765_2025, KMU_1751, KMU_1805 } from '../citations/cabinet.js';
import { PFU_TRANSFER_2025 } from '../citations/cards-and-notices.js';
import { LAW_2811_ART_6_TERM, LAW_2811_ART_10_WINDOW } from '../citations/evidence-catalog.js';
import { LUBNY_BIRTH_CARD_2021 } from '../citations/family-assistance.js';
import { LAW_2811, LAW_4681, LAW_4681_IN_FORCE_2026 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** The Pension Fund's typical information card for birth assistance, order 119 of 10.07.2025. */
const PFU_CARD_119: Citation = {
  act: 'pfu-order-119-2025',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote:
    'ЗАТВЕРДЖЕНО Наказ Пенсійного фонду України від 10.07.2025 № 119 ТИПОВА ІНФОРМАЦІЙНА КАРТКА ' +
    'адміністративної послуги з надання державної допомоги при народженні дитини',
  note:
    'Seen on pfu.gov.ua/2173126-…; the full URL slug was truncated in the copy read. Checked on ' +
    '2026-11-25: Confirms number/date/title; corrects the URL: full slug is ' +
    'https://www.pfu.gov.ua/2173126-typova-informatsijna-kartka-administratyvnoyi-poslugy-z-nadannya-derzhavnoyi-dopomogy-pry-narodzhenni-dytyny ' +
    '(the inventory had it truncated). Row 4 «Закони України: Закон України “Про державну допомогу ' +
    'сім’ям з д…» was read; the rows naming the Cabinet act / application form, the documents and ' +
    'the term were not in the copy read, so whether it cites 765 for the form is not established.',
};

/** The 10-day term for a paper application for birth assistance, as a local news site reports it. */
const BIRTH_TERM: Citation = {
  act: 'birth-assistance-term-smila-2023',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Термін розгляду документів, поданих у паперовій формі, становить 10 днів» (smila-ua.com, ' +
    '2023). The unit is not given; calendar days assumed. The provision of the law was not found.',
};

/** The 10-day term carried into 2026: no source for the term under the 2026 procedure was found. */
const BIRTH_TERM_2026: Citation = {
  act: 'birth-assistance-term-smila-2023',
  evidence: 'none',
  checkedOn: '2026-11-22',
  note:
    'The 10 days of the pre-2026 reports (smila-ua.com, 2023) are kept: no 2026 card, notice or text ' +
    'of КМУ 1805 giving the term for birth assistance was found.',
};

/** The 12-month window for birth assistance, Law 2811-XII as quoted by a local newspaper. */
const BIRTH_WINDOW: Citation = {
  act: 'law-2811-xii',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '«Подать заявление можно в течение 12 месяцев со дня рождения ребенка.» (rbc.ua on Law 4681-IX, ' +
    '31.12.2025)',
  note:
    '«…звернення за її призначенням надійшло не пізніше ніж через 12 календарних місяців після ' +
    'народження дитини», quoted by grebenka.com (2021); the article number was not read. Checked on ' +
    '2026-11-25: The article carrying the 12-month window was not read. Analogy read in the law ' +
    'itself (kodeksy.com.ua, 2019 edition) for adoption, Art. 12-2 part 3: «Допомога при усиновленні ' +
    'дитини призначається за умови, якщо звернення за її призначенням надійшло не пізніше дванадцяти ' +
    'місяців з дня набрання законної сили рішенням про усиновлення дитини.» For birth, rbc.ua ' +
    'reports the 12-month window is kept after 4681-IX (from 01.01.2026). Article number stays ' +
    'unverified.',
};

/** News reports of the 2026 birth-assistance rules: the cut-off by date of birth, the window and the channels. */
const BIRTH_2026_NEWS: Citation = {
  act: 'birth-assistance-2026-news',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'uc.kr.ua (29.01.2026): «Допомога при народженні дитини, яка народилася після 31.12.2025, ' +
    'становить 50 000 грн»; «заява надійшла до органів Пенсійного фонду України не пізніше ніж через ' +
    '12 місяців з дня народження»; one may apply to a PFU body on paper (also by post) or ' +
    'electronically, through the Unified state web portal of e-services (Diia) or through a CNAP. A ' +
    'repost of a Гусятинська hromada notice (pravdorub.live, 14.01.2026) says a child born up to ' +
    '31.12.2025 gets 41 280 грн: 10 320 грн at once, the rest over 36 months. The deputy minister ' +
    '(news.finance.ua, 02.01.2026) named the PFU and «єМалятко» in Diia, warning the Diia service ' +
    'might take time to work. News sites and reposts, not the text of КМУ 1805.',
};

/** A district administration notice on the 2026 family assistance: birth assistance is 50 000 грн. */
const TYACHIV_BIRTH_2026: Citation = {
  act: 'tyachiv-rda-family-assistance-2026',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    '14.01.2026: «З 1 січня 2026 року діє оновлена система державної підтримки сімей з дітьми»; ' +
    '«Допомога при народженні дитини — 50 000 грн.» Only an excerpt was read; it does not state the ' +
    'cut-off by date of birth.',
};

/** КМУ 765 as the birth-assistance form from 01.07.2025, before КМУ 1805: inferred, not read. */
const KMU_765_FORM_2025: Citation = {
  act: 'kmu-765-2025',
  provision: {
    uk: 'п. 1 (форма заяви)',
    en: 'para 1 (the application form)',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Correction: the data named the form of КМУ 695 for 01.07–31.12.2025, but 695 covers the ' +
    'assistance of persons with disabilities and persons without a right to a pension (UNN, ' +
    '09.07.2025, quoting the Ministry of Social Policy; the Oster technological card names 695’s ' +
    'form «Заяви про надання державної соціальної допомоги особам, які не мають права на пенсію, та ' +
    'особам з інвалідністю»). The same ministry notice says the transfer to the Pension Fund on ' +
    '01.07.2025 was made by КМУ 695, 765 and 766, and the notices on КМУ 1805 (Poltava ODA ' +
    '08.01.2026, Ternopil ODA 12.01.2026) name the 765 form for birth assistance from 2026. That the ' +
    '765 form applied to birth assistance already from 01.07.2025 is inferred from these: neither ' +
    'the Ukrainian text of 765 nor its form was read, so this is secondary evidence.',
};

/** Birth assistance: the catalogue's worked example of every field. */
export const BIRTH_ASSISTANCE: ServiceData = {
  id: 'birth-assistance',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Призначення державної допомоги при народженні дитини',
        en: 'Assignment of state assistance at the birth of a child',
      },
      basis: [LUBNY_BIRTH_CARD_2021, KMU_1751],
    },
  },
  description: {
    uk:
      'Допомога одному з батьків (опікуну), з яким постійно проживає дитина. Розмір і спосіб виплати ' +
      'залежать від дати народження: на дитину, народжену до 31.12.2025 включно, — 41 280 грн (10 320 ' +
      'грн одразу, решта рівними частинами протягом 36 місяців); на дитину, народжену з 01.01.2026, — ' +
      '50 000 грн одним платежем (Закон № 4681-IX).',
    en:
      'Assistance to the parent (or guardian) the child lives with. The amount and how it is paid ' +
      'depend on the date of birth: for a child born on or before 31.12.2025, UAH 41,280 (UAH 10,320 ' +
      'at once, the rest in equal monthly parts over 36 months); for a child born from 01.01.2026, UAH ' +
      '50,000 in a single payment (Law 4681-IX).',
  },
  keywords: [
    'народження дитини',
    'єМалятко',
    'допомога при народженні',
    '50 тисяч',
    'гроші на дитину',
    'гроші при народженні',
    'виплата при народженні',
  ],
  available: {
    earliest: {
      value: true,
      basis: [LAW_2811],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [LAW_2811, KMU_1751],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, PFU_CARD_119],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2811, KMU_1751],
      basis: [LAW_2811],
    },
    '2026-01-01': {
      value: [LAW_2811, LAW_4681, KMU_1751, KMU_1805],
      basis: [LAW_4681_IN_FORCE_2026, KMU_1805],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    earliest: {
      value: {
        kind: 'term',
        term: {
          amount: 10,
          unit: 'calendarDays',
        },
      },
      basis: [BIRTH_TERM],
    },
    '2026-01-01': {
      value: {
        kind: 'term',
        term: {
          amount: 10,
          unit: 'calendarDays',
        },
      },
      basis: [LAW_2811_ART_6_TERM, BIRTH_TERM_2026],
    },
  },
  applicationWindow: {
    earliest: {
      value: {
        event: 'childBirth',
        within: {
          amount: 12,
          unit: 'months',
        },
        after: {
          uk: 'народження дитини',
          en: 'the birth of the child',
        },
      },
      basis: [BIRTH_WINDOW],
    },
    '2026-01-01': {
      value: {
        event: 'childBirth',
        within: {
          amount: 12,
          unit: 'months',
        },
        after: {
          uk: 'дня народження дитини',
          en: 'the day the child was born',
        },
      },
      basis: [LAW_2811_ART_10_WINDOW, BIRTH_2026_NEWS],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
          en: 'A decision to assign the assistance or to refuse it',
        },
      ],
      basis: [KMU_1751],
    },
    '2026-01-01': {
      value: [
        {
          uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
          en: 'A decision to assign the assistance or to refuse it',
        },
        {
          uk:
            'На дитину, народжену після 31.12.2025, — одноразова виплата 50 000 грн на кожну дитину; на ' +
            'дитину, народжену раніше, — 41 280 грн за попередніми правилами (10 320 грн одразу, решта ' +
            'протягом 36 місяців)',
          en:
            'For a child born after 31.12.2025, a single payment of UAH 50,000 per child; for a child born ' +
            'earlier, UAH 41,280 under the former rules (UAH 10,320 at once, the rest over 36 months)',
        },
      ],
      basis: [TYACHIV_BIRTH_2026, BIRTH_2026_NEWS],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: [
        'cnap',
        'cnapTerritorialUnit',
        'remoteWorkplace',
        'starostaOrAuthorisedOfficial',
        'diia',
        'usznOffice',
      ],
      basis: [KMU_1751],
    },
    '2025-07-01': {
      value: [
        'cnap',
        'cnapTerritorialUnit',
        'remoteWorkplace',
        'starostaOrAuthorisedOfficial',
        'diia',
        'pfuOffice',
        'pfuPortal',
        'post',
      ],
      basis: [PFU_CARD_119],
    },
    /**
     * КМУ 1805 names the PFU on paper and its portal and app; the CNAP, post and Diia («єМалятко») are from news
     * reports only. CNAP territorial units, remote workplaces and starostas were not named for 2026.
     */
    '2026-01-01': {
      value: ['cnap', 'diia', 'pfuOffice', 'pfuPortal', 'post'],
      basis: [KMU_1805, BIRTH_2026_NEWS],
    },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: {
      value: {
        uk: 'Заява за формою, затвердженою Мінсоцполітики',
        en: 'Application in the form approved by the Ministry of Social Policy',
      },
      basis: [KMU_1751],
    },
    // Corrected: the form of КМУ 765, not 695 (695 is the form of disability and no-pension assistance).
    '2025-07-01': {
      value: {
        uk: 'Заява за формою, затвердженою постановою КМУ від 25.06.2025 № 765',
        en: 'Application in the form approved by Cabinet resolution 765 of 25.06.2025',
      },
      basis: [KMU_765_FORM_2025],
    },
    // The same form, now named by the procedure as restated by КМУ 1805 (official notices).
    '2026-01-01': {
      value: {
        uk: 'Заява за формою, затвердженою постановою КМУ від 25.06.2025 № 765',
        en: 'Application in the form approved by Cabinet resolution 765 of 25.06.2025',
      },
      basis: [KMU_765_2025, KMU_1805],
    },
  },
  typicalCard: {
    '2025-07-10': {
      value: PFU_CARD_119,
      basis: [PFU_CARD_119],
    },
  },
  lifeSituations: ['childBirth'],
};
