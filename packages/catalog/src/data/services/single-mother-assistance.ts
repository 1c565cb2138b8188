import type { Citation } from '@vikno/law';
import { KMU_11_2023_DIIA, KMU_1751 } from '../citations/cabinet.js';
import { KROPYVNYTSKYI_NAMES, PFU_PORTAL_NEWS, PFU_TRANSFER_2025 } from '../citations/cards-and-notices.js';
import { LAW_2811 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** Register card 00150 (single-mother assistance), as a hromada CNAP publishes it. */
const CARD_00150: Citation = {
  act: 'register-card-00150-rozvadiv',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Ідентифікатор послуги: 00150»; «Строк: 10 днів (календарні)»; «Безоплатне надання»; payment ' +
    'does not stop under martial law even when the review date is missed.',
};

/** Pension Fund press material (via news sites) that it now decides single-mother assistance. */
const PFU_NEWS_SINGLE_MOTHER: Citation = {
  act: 'pfu-news-single-mother-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'A news site quoting ГУ ПФУ в Запорізькій області (21.12.2025): the recipient must inform ' +
    '«Пенсійний фонд» of changes. No Pension Fund or official list naming this type among those ' +
    'transferred was read.',
};

/** Law 2811-XII Art. 18-1: assistance for children of single mothers. */
const LAW_2811_SINGLE_MOTHER: Citation = {
  act: 'law-2811-xii',
  provision: {
    uk: 'ст. 18-1',
    en: 'Art. 18-1',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Право на допомогу на дітей одиноким матерям мають одинокі матері (які не перебувають у шлюбі), одинокі ' +
    'усиновлювачі, якщо у свідоцтві про народження дитини … (рішенні про усиновлення дитини) відсутній запис ' +
    'про батька (матір) або запис про батька (матір) проведено в установленому порядку органом державної ' +
    'реєстрації актів цивільного стану за вказівкою матері (батька, усиновлювача) дитини.»',
  note:
    'Read on 2026-11-26 in the official text as ingested from zakon.rada.gov.ua into ' +
    'github.com/Ansvar-Systems/Ukrainian-law-mcp (data/seed/07833-ua-law-2811-12.json, commit 35a12f9 of 2026-02-22; the ' +
    'edition current at ingestion, its date not stated).' +
    ' Part 2 of the edition read also gives the right to a parent on the death of the other parent; earlier ' +
    'wordings (an amending law on parusconsultant.com, secondary) carry the same right of single mothers.',
};

/** Dnipro city council: single-mother assistance rests on Art. 18-1 of Law 2811-XII. */
const DNIPRO_ART_18_1: Citation = {
  act: 'law-2811-xii',
  provision: {
    uk: 'ст. 18-1',
    en: 'Art. 18-1',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'As cited by the Dnipro city social policy department ' +
    '(socialpolitica.dniprorada.gov.ua/services/nadannya-derzhavnoyi-dopomogi-na-ditej-odinokim-materyam/), ' +
    'a council page: «Відповідно до статті 18-1 Закону України «Про державну допомогу сім’ям з ' +
    'дітьми», право на допомогу мають…».',
};

/** The Diia page for single-mother assistance. */
const DIIA_SINGLE_MOTHER: Citation = {
  act: 'diia-single-mother-assistance',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote: 'Термін розгляду 10 днів (календарні) Вартість безоплатно',
  note: 'The service page of the state portal (diia.gov.ua/services/dopomoga-na-ditinu-odinokij-materi-abo-batku), re-read on 2026-11-25; its date is not shown.',
};

/**
 * The Register's name and provider of service 00150 as the Rozvadiv hromada's CNAP card (a page of the e-services
 * toolkit that shows the Register's id, full name and «Де отримати») gives them, read on 2026-11-26.
 */
const REGISTER_CARD_00150: Citation = {
  act: 'register-card-00150-rozvadiv',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 00150 Повна назва: Призначення державної допомоги на дітей одиноким матерям … ' +
    'Де отримати • Виконавчі органи сільських, селищних, міських рад»',
  note:
    'rozvadivotg.gov.ua/cnap/functionality/16468, read in a stored copy; the next heading («Хто може ' +
    'звернутися», cut at «Хт…») follows the one line of «Де отримати». The card is undated; it names no ' +
    'Pension Fund body. The Register’s own page on guide.diia.gov.ua was not found among the stored pages.',
};

/** Assistance for children of single mothers (Law 2811-XII Art. 18-1). */
export const SINGLE_MOTHER_ASSISTANCE: ServiceData = {
  id: 'single-mother-assistance',
  registerId: '00150',
  register: {
    name: 'Призначення державної допомоги на дітей одиноким матерям',
    provider: { text: 'Виконавчі органи сільських, селищних, міських рад', kind: 'localCouncil' },
    basis: [REGISTER_CARD_00150],
  },
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Призначення державної допомоги на дітей одиноким матерям',
        en: 'Assignment of state assistance for children of single mothers',
      },
      basis: [CARD_00150, KROPYVNYTSKYI_NAMES],
    },
  },
  description: {
    uk:
      'Допомога одиноким матерям (батькам, усиновлювачам), якщо в документі про народження дитини ' +
      'немає запису про батька (матір) або запис зроблено за вказівкою матері, а також матері (батьку) ' +
      'в разі смерті другого з батьків; залежить від доходу сім’ї.',
    en:
      'Income-tested assistance to single mothers (fathers, adopters) where the birth record has no ' +
      'father (mother) or the entry was made at the mother’s word, and to a parent after the other ' +
      'parent’s death.',
  },
  keywords: ['одинока мати', 'одинокий батько', 'одиночка', 'допомога одиноким матерям'],
  available: {
    earliest: {
      value: true,
      basis: [LAW_2811, CARD_00150],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [LAW_2811, KMU_1751, CARD_00150],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, PFU_NEWS_SINGLE_MOTHER],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2811_SINGLE_MOTHER, KMU_1751],
      basis: [LAW_2811_SINGLE_MOTHER, DNIPRO_ART_18_1],
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
      basis: [CARD_00150, DIIA_SINGLE_MOTHER],
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
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'cnapTerritorialUnit', 'remoteWorkplace', 'starostaOrAuthorisedOfficial', 'usznOffice'],
      basis: [KMU_1751, CARD_00150],
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
        'diia',
      ],
      basis: [
        PFU_TRANSFER_2025,
        PFU_PORTAL_NEWS,
        PFU_NEWS_SINGLE_MOTHER,
        KMU_11_2023_DIIA,
        DIIA_SINGLE_MOTHER,
      ],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['singleParent'],
};
