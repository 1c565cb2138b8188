import type { Citation } from '@vikno/law';
import { PFU_TRANSFER_2025, SUBSIDY_CHANNELS_USZN } from '../citations/cards-and-notices.js';
import { ALL_MODELS, APPEAL_GENERAL, CEILING_TERM, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** The Kropyvnytskyi CNAP list of social services, giving the official names. */
const KROPYVNYTSKYI_LIST: Citation = {
  act: 'kropyvnytskyi-cnap-social-services-2023',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note: 'Item 6: «Призначення державної соціальної допомоги малозабезпеченим сім’ям».',
};

/** Law 1768-III «Про державну соціальну допомогу малозабезпеченим сім’ям». */
const LAW_1768: Citation = {
  act: 'law-1768-iii',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote:
    '«1. У Законі України "Про державну соціальну допомогу малозабезпеченим сім’ям" (Відомості ' +
    'Верховної Ради України, 2000 р., № 35, ст. 290 із наступними змінами): … 2) статті 1, 4 і 5 ' +
    'викласти в такій редакції»',
  note:
    'Number and date seen in copies on pensia.ua and base.spinform.ru, not on zakon.rada; URL by the ' +
    'standard pattern. Checked on 2026-11-25: Title confirmed on the official site inside Law 646-IX ' +
    '(zakon.rada.gov.ua, in force 01.07.2020), which restates Arts. 1, 4, 5 of this law. Number and ' +
    'date 01.06.2000 № 1768-III read in text copies (pensia.ua, base.spinform.ru) — as in the ' +
    'inventory. The official page of 1768-14 itself was not read.',
};

/** КМУ resolution 250 of 24.02.2003: the procedure for assigning low-income family assistance. */
const KMU_250: Citation = {
  act: 'kmu-250-2003',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    "Внести до Порядку призначення і виплати державної соціальної допомоги малозабезпеченим сім'ям, " +
    'затвердженого постановою Кабінету Міністрів України від 24 лютого 2003 р. N 250 ( 250-2003-п )',
  note:
    'Date 24.02.2003 seen only in secondary copies (cis-legislation.com translation, temis.ua, ' +
    'novyny.live); uszndru.at.ua gives 24.03.2003. Its п. 3 (translation) names social protection ' +
    'bodies as deciders and lets village and settlement councils take applications. URL by the ' +
    'standard pattern. Checked on 2026-11-25: The date 24.02.2003 is confirmed on zakon.rada.gov.ua ' +
    'itself (text of КМУ 700 of 29.06.2011) and by search.ligazakon.ua («Постановление КМ от ' +
    "24.02.2003 № 250», ред. з 13.07.2021); uszndru.at.ua's 24.03.2003 is wrong. п. 3 was read only " +
    'in the cis-legislation translation (ред. 05.07.2019): social-protection bodies assign and pay; ' +
    '«In the rural zone statements with necessary documents… are adopted by executive bodies of ' +
    'village and settlement councils» and passed on — matches the inventory. Ukrainian wording of п. ' +
    '3 not read; since 01.07.2025 the assigning body is PFU per the PFU notice the catalogue cites ' +
    '(not re-read).',
};

/** The low-income assistance administered by the Pension Fund in 2025, per news citing the Fund. */
const LOW_INCOME_PFU_2025: Citation = {
  act: 'low-income-assistance-pfu-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'News sites (rbc.ua; novyny.live citing the Pension Fund office in Donetsk oblast) say the ' +
    'assistance is paid through the Pension Fund in 2025. No official list naming this type among ' +
    'those transferred on 01.07.2025 was read. A base social assistance experiment (КМУ 371 of ' +
    '25.03.2025, per focus.ua) pays families who receive this assistance from 01.07.2025.',
};

/** State social assistance to low-income families (Law 1768-III). */
export const LOW_INCOME_FAMILY_ASSISTANCE: ServiceData = {
  id: 'low-income-family-assistance',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Призначення державної соціальної допомоги малозабезпеченим сім’ям',
        en: 'Assignment of state social assistance to low-income families',
      },
      basis: [KROPYVNYTSKYI_LIST],
    },
  },
  description: {
    uk:
      'Щомісячна допомога сім’ї, середньомісячний сукупний дохід якої нижчий за прожитковий мінімум ' +
      'для сім’ї; призначається на шість місяців.',
    en:
      'A monthly payment to a family whose average monthly income is below the family subsistence ' +
      'minimum; granted for six months.',
  },
  keywords: ['малозабезпечені', 'допомога малозабезпеченим', 'ДСД', 'прожитковий мінімум', 'соцдопомога'],
  available: {
    earliest: {
      value: true,
      basis: [LAW_1768],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [LAW_1768, KMU_250],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, LOW_INCOME_PFU_2025],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_1768, KMU_250],
      basis: [LAW_1768],
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
      value: ['usznOffice', 'cnap', 'starostaOrAuthorisedOfficial'],
      basis: [KMU_250, SUBSIDY_CHANNELS_USZN],
    },
    '2025-07-01': {
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post'],
      basis: [PFU_TRANSFER_2025],
    },
  },
  delivery: ALL_MODELS,
  lifeSituations: ['lowIncome'],
};
