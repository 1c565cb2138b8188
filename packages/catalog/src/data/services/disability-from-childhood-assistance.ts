import type { Citation } from '@vikno/law';
import { KMU_79, KMU_695_2025 } from '../citations/cabinet.js';
import { PFU_DN_DISABILITY, PFU_TRANSFER_2025 } from '../citations/cards-and-notices.js';
import { LAW_2109_ART_1 } from '../citations/evidence-catalog.js';
import { LAW_2109, LAW_2109_ART_9 } from '../citations/laws.js';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** The CNAP card of the Rozdilna hromada for assistance to persons disabled since childhood (Register 00151). */
const ROZDILNA_CARD_00151: Citation = {
  act: 'cnap-rozdilna-card-00151',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Ідентифікатор послуги: 00151», «Строк: 10 днів (календарні)», «Вартість: Безоплатне ' +
    'надання»; apply «до структурного підрозділу з питань соціального захисту населення чи центру ' +
    'надання адміністративних послуг». The card still names councils, not the Pension Fund, as where ' +
    'to get it; its date was not seen.',
};

/** The application form before 01.07.2025 for the assistance under Law 2109-III (Kyiv city notice). */
const KYIVCITY_FORM_2109: Citation = {
  act: 'kyivcity-disability-assistance-form',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Заява про призначення допомоги, що складається за формою, затвердженою Мінсоцполітики» (domain ' +
    'notes §5.6, tagged [V]); not re-read in this session.',
};

/**
 * The Register's name and provider of service 00151 as the Rozdilna hromada's CNAP card (a page of the e-services
 * toolkit that shows the Register's id, full name and «Де отримати») gives them, read on 2026-11-26.
 */
const REGISTER_CARD_00151: Citation = {
  act: 'cnap-rozdilna-card-00151',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 00151 Повна назва: Призначення державної соціальної допомоги особам з ' +
    'інвалідністю з дитинства та дітям з інвалідністю … Де отримати • Міські, районні у містах ради та їх ' +
    'виконавчі органи • Виконавчі органи сільських, сели…»',
  note:
    'cnap.rozdilna.toolkit.in.ua/functionality/25309, read in a stored copy, cut in the second line of «Де ' +
    'отримати». The card is undated and names councils, not the Pension Fund. The Register’s own page on ' +
    'guide.diia.gov.ua was not found among the stored pages.',
};

/** State social assistance to persons disabled since childhood and children with disabilities (Register 00151). */
export const DISABILITY_FROM_CHILDHOOD_ASSISTANCE: ServiceData = {
  id: 'disability-from-childhood-assistance',
  registerId: '00151',
  register: {
    name: 'Призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю',
    provider: {
      text: 'Міські, районні у містах ради та їх виконавчі органи • Виконавчі органи сільських, сели…',
      kind: 'localCouncil',
    },
    basis: [REGISTER_CARD_00151],
  },
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з ' +
          'інвалідністю',
        en:
          'Assignment of state social assistance to persons disabled since childhood and to children with ' +
          'disabilities',
      },
      basis: [ROZDILNA_CARD_00151],
    },
  },
  description: {
    uk:
      'Щомісячна допомога особам з інвалідністю з дитинства I–III груп і на дітей з інвалідністю до 18 ' +
      'років; призначається з дня звернення.',
    en:
      'A monthly payment to people disabled since childhood (groups I–III) and for children with ' +
      'disabilities under 18; it is paid from the day of application.',
  },
  keywords: [
    'інвалідність з дитинства',
    'дитина з інвалідністю',
    'допомога на дитину з інвалідністю',
    'МСЕК',
    'ЛКК',
    'медичний висновок',
    'соцдопомога',
  ],
  available: {
    earliest: {
      value: true,
      basis: [LAW_2109_ART_1, LAW_2109],
    },
  },
  provider: {
    earliest: {
      value: USZN,
      basis: [LAW_2109_ART_9],
    },
    '2025-07-01': {
      value: PFU,
      basis: [PFU_TRANSFER_2025, PFU_DN_DISABILITY],
    },
  },
  legalBasis: {
    earliest: {
      value: [LAW_2109],
      basis: [LAW_2109_ART_1, LAW_2109],
    },
    '2021-02-03': {
      value: [LAW_2109, KMU_79],
      basis: [KMU_79],
    },
    '2025-07-01': {
      value: [LAW_2109, KMU_79, KMU_695_2025],
      basis: [PFU_DN_DISABILITY],
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
        runsFrom: {
          uk: 'надходження заяви з усіма необхідними документами',
          en: 'receipt of the application with all the required documents',
        },
      },
      basis: [ROZDILNA_CARD_00151, LAW_2109_ART_9],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення державної соціальної допомоги або про відмову в її призначенні',
          en: 'A decision to assign the state social assistance or to refuse it',
        },
      ],
      basis: [LAW_2109_ART_9],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'usznOffice'],
      basis: [ROZDILNA_CARD_00151],
    },
    '2025-07-01': {
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post'],
      basis: [PFU_TRANSFER_2025],
    },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: {
      value: {
        uk: 'Заява за формою, затвердженою Мінсоцполітики',
        en: 'Application in the form approved by the Ministry of Social Policy',
      },
      basis: [KYIVCITY_FORM_2109],
    },
    '2025-07-01': {
      value: {
        uk: 'Заява за формою, затвердженою постановою КМУ від 11.06.2025 № 695',
        en: 'Application in the form approved by Cabinet resolution 695 of 11.06.2025',
      },
      basis: [KMU_695_2025],
    },
  },
  lifeSituations: ['disability'],
};
