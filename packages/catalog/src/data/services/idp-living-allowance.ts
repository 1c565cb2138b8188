import type { Citation } from '@vikno/law';
import { PFU_TRANSFER_2025 } from '../citations/cards-and-notices.js';
import { LAW_1706, LAW_5203_ART_10_CEILING } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** КМУ resolution 332 of 20.03.2022: the living allowance for IDPs. */
const KMU_332: Citation = {
  act: 'kmu-332-2022',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    'КАБІНЕТ МІНІСТРІВ УКРАЇНИ ПОСТАНОВА від 20 березня 2022 р. № 332 Київ Деякі питання виплати ' +
    'допомоги на проживання внутрішньо переміщеним особам',
  note:
    'Number, date and title seen on ivaselrada.gov.ua (04.05.2022), which also says the allowance ' +
    'was paid for March and April 2022. The in-force date was not seen; the adoption date starts the ' +
    'service. URL by the standard pattern. Checked on 2026-11-25: Heading read on zakononline.com.ua ' +
    '(zakon.rada-style copy) and docs.dtkt.ua (iplex; «Статус: Документ діє»). Amendment list in the ' +
    'zakononline copy: 363, 418, 457, 507, 562, 602, 740, 755, 784, 923, 1168, 1364 (+1481), 1475. ' +
    'Entry into force not read; ivaselrada.gov.ua (secondary) confirms payment for March and April ' +
    '2022 to all IDPs who applied by 30.04.2022.',
};

/** The Rivne CNAP card for the living allowance: form, fee, refusal ground, where to apply. */
const CNAPRV_332_CARD: Citation = {
  act: 'rivne-cnap-card-idp-living-allowance',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Seen: «Заява за формою згідно з додатком 5 до Порядку … № 332»; «Адміністративна послуга є ' +
    'безоплатною»; refusal on failed verification against пп. 13¹–13⁴ of Порядок 332; application ' +
    'via Diia, to the department and its workplaces in the CNAP. The card is undated.',
};

/** The living allowance decided by the Pension Fund from 01.07.2025, per a news report of the ministry’s notice. */
const LIVING_ALLOWANCE_PFU_2025: Citation = {
  act: 'idp-living-allowance-pfu-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'News site quoting msp.gov.ua: from 01.07.2025 the Pension Fund bodies consider applications, ' +
    'decide and accrue the allowance; applications via Diia and Pension Fund service centres, not ' +
    'only there. The ministry notice itself was not read.',
};

/** КМУ resolution 923 of 19.08.2022: the 10-working-day term for the living allowance. */
const KMU_923_TERM: Citation = {
  act: 'kmu-923-2022',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Допомога на проживання має призначатися органом соцзахисту населення протягом десяти робочих ' +
    'днів після надходження заяви на отримання такої допомоги.',
  note:
    '«Допомога на проживання має призначатися органом соцзахисту населення протягом десяти робочих ' +
    'днів після надходження заяви» as napensii.ua (news) reports it; the official text and the ' +
    'in-force date were not read, so the term is applied from the adoption date. URL by the standard ' +
    'pattern. Checked on 2026-11-25: Title corrected: КМУ 923 is «Про внесення змін до Порядку ' +
    'надання допомоги на проживання внутрішньо переміщеним особам» (profpressa.com copy of the text: ' +
    'preamble and «1. У пункті 3: 1) абзац сьомий викласти…» were read, not the clause with the ' +
    '10-working-day term). The term is still only as napensii.ua (news) paraphrases it. Entry into ' +
    'force not read.',
};

/** Kozova council notice (2022): the living allowance through the CNAP or authorised hromada officials. */
const KOZOVA_332_NOTICE: Citation = {
  act: 'kozova-idp-living-allowance-2022',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«…потрібно звернутися в ЦНАП або до уповноважених осіб громади (старост сіл)»; amounts 3 000 / ' +
    '2 000 грн.',
};

/** The living allowance for IDPs (КМУ 332). */
export const IDP_LIVING_ALLOWANCE: ServiceData = {
  id: 'idp-living-allowance',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Надання допомоги на проживання внутрішньо переміщеним особам',
        en: 'Living allowance for internally displaced persons',
      },
      basis: [KMU_332],
    },
  },
  description: {
    uk:
      'Щомісячна допомога на проживання внутрішньо переміщеним особам, які відповідають критеріям ' +
      'Порядку № 332.',
    en:
      'A monthly living allowance for internally displaced persons who meet the criteria of procedure ' +
      '332.',
  },
  keywords: ['ВПО', 'допомога ВПО', 'допомога на проживання', 'переселенці'],
  available: {
    '2022-03-20': {
      value: true,
      basis: [KMU_332],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [KMU_332, CNAPRV_332_CARD],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, LIVING_ALLOWANCE_PFU_2025],
    },
  },
  legalBasis: {
    earliest: {
      value: [KMU_332, LAW_1706],
      basis: [KMU_332],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    earliest: {
      value: {
        kind: 'term',
        term: {
          amount: 30,
          unit: 'calendarDays',
        },
      },
      basis: [LAW_5203_ART_10_CEILING],
    },
    '2022-08-19': {
      value: {
        kind: 'term',
        term: {
          amount: 10,
          unit: 'workingDays',
        },
      },
      basis: [KMU_923_TERM],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення допомоги на проживання або про відмову в її призначенні',
          en: 'A decision to assign the living allowance or to refuse it',
        },
      ],
      basis: [KMU_332, CNAPRV_332_CARD],
    },
  },
  refusalGrounds: {
    earliest: {
      value: [
        {
          uk:
            'Неуспішне проходження верифікації інформації заявника у зв’язку з невідповідністю критеріям ' +
            'пунктів 13¹–13⁴ Порядку № 332',
          en:
            'Failed verification of the applicant’s information for not meeting the criteria of points ' +
            '13¹–13⁴ of procedure 332',
        },
      ],
      basis: [CNAPRV_332_CARD],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['diia', 'cnap', 'starostaOrAuthorisedOfficial', 'usznOffice'],
      basis: [CNAPRV_332_CARD, KOZOVA_332_NOTICE],
    },
    '2025-07-01': {
      value: ['diia', 'cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post'],
      basis: [PFU_TRANSFER_2025, LIVING_ALLOWANCE_PFU_2025],
    },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: {
      value: {
        uk: 'Заява за формою згідно з додатком 5 до Порядку, затвердженого постановою КМУ № 332',
        en: 'Application in the form of annex 5 to the procedure approved by Cabinet resolution 332',
      },
      basis: [CNAPRV_332_CARD],
    },
  },
  lifeSituations: ['internalDisplacement'],
};
