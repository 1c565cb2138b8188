import type { Citation } from '@vikno/law';
import { KMU_509 } from '../citations/cabinet.js';
import { IDP_DELIVERY_NOTE } from '../citations/cards-and-notices.js';
import { LAW_1706 } from '../citations/laws.js';
import { LAW_1706_ART_4_P7_TERM } from '../citations/social-protection.js';
import { APPEAL_GENERAL, FREE_AS_SOCIAL, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** The Kyiv CNAP card of the IDP certificate: Register id, term, form, fee. */
const KYIV_CNAP_IDP_CARD: Citation = {
  act: 'kyiv-cnap-card-idp-certificate',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Seen: «Ідентифікатор послуги: 00169»; «Строки надання: не пізніше ніж через 15 робочих днів ' +
    'після подання заяви»; «Вартість: Безоплатно»; form per annex 1 to the Порядок (КМУ 509). The ' +
    'card is undated.',
};

/** Law 1706-VII Art. 4: the certificate confirms displacement; the application goes to the social protection unit. */
const LAW_1706_ART_4: Citation = {
  act: 'law-1706-vii',
  provision: {
    uk: 'ч. 1 і 3 ст. 4',
    en: 'Art. 4 parts 1 and 3',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1. Факт внутрішнього переміщення підтверджується довідкою про взяття на облік внутрішньо ' +
    'переміщеної особи, що діє безстроково, крім випадків, передбачених статтею 12 цього Закону.» … «3. Для ' +
    'отримання довідки про взяття на облік внутрішньо переміщеної особи така особа звертається із заявою до ' +
    'структурного підрозділу з питань соціального захисту населення районних, районних у місті Києві ' +
    'державних адміністрацій, виконавчих органів міських, районних у містах (у разі утворення) рад за місцем ' +
    'проживання…»',
  note:
    'Read on 2026-11-26 in the official text as ingested from zakon.rada.gov.ua into ' +
    'github.com/Ansvar-Systems/Ukrainian-law-mcp (data/seed/02766-ua-law-1706-18.json, commit 35a12f9 of 2026-02-22; the ' +
    'edition current at ingestion, its date not stated).' +
    ' Part 3 of that edition adds «з урахуванням вимог Закону України "Про адміністративну процедуру"»; the ' +
    '2016 wording read earlier on yurfact.com.ua (secondary) names the same unit, so the application to the ' +
    'social protection unit holds from the earliest day. Applying through a CNAP, a hromada official or Diia ' +
    'comes from the Cabinet’s procedure (КМУ 509, 269), not from this article.',
};

/** The Putyvl CNAP notice on IDP certificates (13.02.2026): same-day issue in practice, and where to apply. */
const PUTYVL_IDP_NOTICE: Citation = {
  act: 'putyvl-cnap-idp-certificates-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Оформлення довідки … здійснюється безкоштовно через застосунок «Дія», у ЦНАП, звернувшись до ' +
    'органів соціального захисту населення (УСЗН) або уповноважених осіб територіальних громад»; ' +
    '«Довідка видається в день подання заяви». No Pension Fund role is mentioned.',
};

/** КМУ resolution 269 of 13.03.2022: CNAPs, authorised officials and Diia may take IDP applications. */
const KMU_269_2022: Citation = {
  act: 'kmu-269-2022',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'У період дії воєнного стану, введеного Указом Президента України від 24 лютого 2022 р. № 64 … ' +
    'внутрішньо переміщена особа для отримання довідки може звернутися до уповноваженої особи ' +
    'виконавчого органу сільської, селищної, міської ради або центру надання адміністративних послуг',
  note:
    'Text of the changes quoted by pidgayci-miskrada.gov.ua: application also «через Єдиний ' +
    'державний вебпортал електронних послуг (Портал Дія)» (where technically possible), and during ' +
    'martial law «до уповноваженої особи виконавчого органу сільської, селищної, міської ради або ' +
    'центру надання адміністративних послуг». The day it entered into force was not seen; the ' +
    'adoption date is used. URL built by the standard pattern. Checked on 2026-11-25: Wording of the ' +
    'changes read on pidgayci-miskrada.gov.ua (council republication — secondary for the wording); ' +
    'number, date and title «Про внесення змін до Порядку оформлення і видачі довідки про взяття на ' +
    'облік внутрішньо переміщених осіб» confirmed by the Poltava ODA official notice ' +
    '(poda.gov.ua/news/129176, 24.03.2022) → officialCard overall. Same page: Diia channel «за ' +
    'наявності технічної можливості». Entry into force not read; adoption date used. Evidence: The ' +
    'wording of the changes the catalogue relies on was read only in a council republication; the ' +
    'Poltava ODA notice confirmed the number, date and title, not the wording.',
};

/**
 * The Register's name of service 00169 as the Kyiv CNAP's card (which shows the Register's id and the service's
 * full name) gives it, read on 2026-11-26.
 */
const REGISTER_CARD_00169: Citation = {
  act: 'kyiv-cnap-card-idp-certificate',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 00169 Повна назва послуги: Видача довідки про взяття на облік внутрішньо ' +
    'переміщеної особи»',
  note:
    'kyivcnap.gov.ua/AdminServices/Details/90b66d26-a002-4b0e-87fe-0face1f790a5, read in a stored copy; the ' +
    'provider is not shown in what was read. The Register’s own page on guide.diia.gov.ua was not found ' +
    'among the stored pages.',
};

/** The IDP registration certificate (довідка ВПО). */
export const IDP_CERTIFICATE: ServiceData = {
  id: 'idp-certificate',
  registerId: '00169',
  register: {
    name: 'Видача довідки про взяття на облік внутрішньо переміщеної особи',
    basis: [REGISTER_CARD_00169],
  },
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Видача довідки про взяття на облік внутрішньо переміщеної особи',
        en: 'Issuing the certificate of registration as an internally displaced person',
      },
      basis: [KYIV_CNAP_IDP_CARD, KMU_509],
    },
  },
  description: {
    uk:
      'Довідка, що підтверджує факт внутрішнього переміщення та взяття особи на облік як ВПО; діє ' +
      'безстроково.',
    en:
      'A certificate confirming that the person is internally displaced and registered as such; it ' +
      'does not expire.',
  },
  keywords: ['ВПО', 'довідка ВПО', 'переселенець', 'внутрішньо переміщена особа', 'облік ВПО'],
  available: {
    earliest: {
      value: true,
      basis: [KMU_509, LAW_1706],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [LAW_1706_ART_4, PUTYVL_IDP_NOTICE],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_1706, KMU_509],
      basis: [KMU_509],
    },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    earliest: {
      value: {
        kind: 'term',
        term: {
          amount: 15,
          unit: 'workingDays',
        },
      },
      basis: [LAW_1706_ART_4_P7_TERM, KYIV_CNAP_IDP_CARD],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Довідка про взяття на облік внутрішньо переміщеної особи',
          en: 'Certificate of registration as an internally displaced person',
        },
      ],
      basis: [LAW_1706_ART_4, KYIV_CNAP_IDP_CARD],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['usznOffice'],
      basis: [LAW_1706_ART_4],
    },
    '2022-03-13': {
      value: ['usznOffice', 'cnap', 'starostaOrAuthorisedOfficial', 'diia'],
      basis: [KMU_269_2022, PUTYVL_IDP_NOTICE],
    },
  },
  delivery: {
    earliest: {
      value: {
        models: ['I', 'II', 'III'],
        socialHromada: true,
      },
      basis: [IDP_DELIVERY_NOTE],
    },
  },
  applicationForm: {
    earliest: {
      value: {
        uk:
          'Заява про взяття на облік за формою згідно з додатком 1 до Порядку, затвердженого постановою ' +
          'КМУ № 509',
        en:
          'Application for registration in the form of annex 1 to the procedure approved by Cabinet ' +
          'resolution 509',
      },
      basis: [KYIV_CNAP_IDP_CARD],
    },
  },
  lifeSituations: ['internalDisplacement'],
};
