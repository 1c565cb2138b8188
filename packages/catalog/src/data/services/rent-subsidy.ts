import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, PFU } from '../common.js';
import type { ServiceData } from '../load.js';

/** The Diia guide page of the rent subsidy: where and how to apply. */
const DIIA_GUIDE_RENT: Citation = {
  act: 'diia-guide-rent-subsidy',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    'On paper at service centres of the Pension Fund main offices, CNAPs and authorised banks; ' +
    'electronically through the Pension Fund web portal and mobile app (and the ministry’s social ' +
    'portal where possible). No Register id appears on the page as read.',
};

/** КМУ resolution 1225 of 25.10.2024: the experimental rent subsidy for IDPs. */
const KMU_1225: Citation = {
  act: 'kmu-1225-2024',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote:
    '25 жовтня Кабінет Міністрів України ухвалив постанову №1225, якою затвердив Порядок реалізації ' +
    'експериментального проекту щодо надання субсидії на оплату вартості або частини вартості найму ' +
    '(оренди) житлового приміщення та компенсації частини податку на доходи фізичних осіб та ' +
    'військового збору.',
  note:
    'Number seen on gov.ua hromada notices (prysyvaska-gromada.gov.ua, mylyacka-gromada.gov.ua); the ' +
    'date 25.10.2024 only on kremenchug.ua (news) and a tgstat mirror of the Pension Fund channel. A ' +
    'two-year experiment from entry into force (mylyacka-gromada.gov.ua); its end date is not ' +
    'encoded. URL by the pattern. Checked on 2026-11-25: Date 25.10.2024 confirmed by the Pension ' +
    "Fund's own Telegram post (read through the tgstat mirror) — an official notice, not only " +
    'kremenchug.ua. Title correction: the Порядок covers «…субсидії на оплату вартості або частини ' +
    'вартості найму (оренди) житлового приміщення та компенсації частини податку на доходи фізичних ' +
    'осіб та військового збору» (the inventory shortens it to «оренди житла»). Entry into force ' +
    '29.01.2025 and a two-year experiment from entry into force: mylyacka-gromada.gov.ua ' +
    '(secondary). The text was not read.',
};

/** The rent subsidy start on 29.01.2025, as hromadas announced it. */
const RENT_SUBSIDY_START: Citation = {
  act: 'rent-subsidy-start-2025-01-29',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'mylyacka-gromada.gov.ua: «29 січня 2025 року набере чинності постанова Уряду №1225 … ' +
    'Експериментальний проєкт триватиме два роки»; staroost.gov.ua (29.01.2025): «Відсьогодні … ' +
    'доступний новий інструмент».',
};

/** The rent subsidy is applied for at the Pension Fund, jointly with the landlord. */
const RENT_SUBSIDY_PFU: Citation = {
  act: 'rent-subsidy-pfu-notice-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Підпишіть договір оренди та подайте заяву до Пенсійного фонду України (ПФУ) разом із ' +
    'орендодавцем»; «Подайте документи онлайн або в паперовій формі - до Пенсійного фонду України чи ' +
    '… ЦНАП».',
};

/** The 10-day decision term for the rent subsidy, per a news site quoting the government portal. */
const RENT_SUBSIDY_TERM: Citation = {
  act: 'rent-subsidy-term-napensii',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Рішення про призначення субсидії приймається протягом десяти днів після подання заявки» ' +
    '(news). The day type is not given; calendar days assumed. The provision of Порядок 1225 was not ' +
    'read.',
};

/** The rent subsidy for IDPs (experimental, КМУ 1225). */
export const RENT_SUBSIDY: ServiceData = {
  id: 'rent-subsidy',
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Надання субсидії на оплату вартості або частини вартості найму (оренди) житлового приміщення та ' +
          'компенсації частини податку на доходи фізичних осіб та військового збору',
        en:
          'Subsidy towards all or part of the rent of a dwelling, with compensation of part of the ' +
          'landlord’s income tax and military levy',
      },
      basis: [DIIA_GUIDE_RENT, KMU_1225],
    },
  },
  description: {
    uk:
      'Субсидія для ВПО, які орендують житло за договором; заяву подають наймач разом з орендодавцем, ' +
      'а орендодавцю компенсують частину податків.',
    en:
      'A subsidy for IDPs renting a home under a contract; tenant and landlord apply together, and the ' +
      'landlord gets part of the tax back.',
  },
  keywords: ['ВПО', 'субсидія на оренду', 'оренда житла', 'найм житла', 'переселенці'],
  available: {
    '2025-01-29': {
      value: true,
      basis: [RENT_SUBSIDY_START, KMU_1225],
    },
  },
  provider: {
    earliest: {
      value: PFU,
      basis: [RENT_SUBSIDY_PFU, DIIA_GUIDE_RENT],
    },
  },
  legalBasis: {
    earliest: {
      value: [KMU_1225],
      basis: [RENT_SUBSIDY_START],
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
      basis: [RENT_SUBSIDY_TERM],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення субсидії на оплату найму (оренди) житла або про відмову в її призначенні',
          en: 'A decision to assign the rent subsidy or to refuse it',
        },
      ],
      basis: [KMU_1225],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['pfuOffice', 'cnap', 'pfuPortal'],
      basis: [DIIA_GUIDE_RENT, RENT_SUBSIDY_PFU],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['internalDisplacement', 'housingAndUtilities'],
};
