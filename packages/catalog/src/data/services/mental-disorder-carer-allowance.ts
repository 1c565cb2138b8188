import type { Citation } from '@vikno/law';
import { PFU_TRANSFER_2025 } from '../citations/cards-and-notices.js';
import {
  ALL_MODELS,
  APPEAL_GENERAL,
  CEILING_TERM,
  CHANNELS_TO_PFU_2025,
  FREE_AS_SOCIAL,
  PFU,
  USZN,
} from '../common.js';
import type { ServiceData } from '../load.js';

/** Law 1489-III Art. 5: the state guarantees the allowance, with its amount. */
const LAW_1489_ART_5: Citation = {
  act: 'law-1489-iii',
  provision: { uk: 'абз. 4 ч. 1 ст. 5', en: 'Art. 5 part 1 paragraph 4' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«грошову допомогу в порядку, встановленому Кабінетом Міністрів України, особі, яка проживає разом з особою ' +
    'з інвалідністю I чи II групи внаслідок психічного розладу, яка за висновком лікарської комісії медичного ' +
    'закладу потребує постійного стороннього догляду, - на догляд за нею. Розмір зазначеної допомоги ' +
    'розраховується як різниця між трьома прожитковими мінімумами на кожного члена сім’ї та середньомісячним ' +
    'сукупним доходом сім’ї за попередні шість місяців, але не може бути більше, ніж прожитковий мінімум на одну ' +
    'особу в розрахунку на місяць.»',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/06503-ua-law-1489-14.json, commit 35a12f9); the edition date is not stated there.',
};

/** The Pension Fund's page on the allowance: its name and КМУ 1192 as its procedure. */
const PFU_KR_PAGE: Citation = {
  act: 'pfu-kr-mental-disorder-carer-assistance',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Відповідно до постанови Кабінету Міністрів України від 02.08.2000 № 1192 … допомога надається дієздатній ' +
    'особі, яка зареєстрована або постійно проживає на одній житловій площі з особою з інвалідністю I чи II групи ' +
    'внаслідок психічного розладу, яка за висновком лікарської комісії закладу охорони здоров’я потребує ' +
    'постійного стороннього догляду, і здійснює догляд за нею, незалежно від факту роботи.»',
  note:
    'pfu.gov.ua/kr/434208 (the Pension Fund’s Kirovohrad section); its date was not seen. It adds that where the ' +
    'carer’s registered address differs from the person’s, an inspection act is attached (cut off in what was read).',
};

/** КМУ 1192 as the procedure, by its number, date and title as the Pension Fund's page gives them. */
const KMU_1192: Citation = {
  act: 'kmu-1192-2000',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  note: 'Number, date and title from the Pension Fund’s page pfu.gov.ua/kr/434208; the text was not read.',
};

/** The Pension Fund's Zakarpattia office, as sud.ua reported it: the Fund assigns it since 01.07.2025. */
const SUD_PFU_ZAKARPATTIA: Citation = {
  act: 'sud-mental-disorder-carer-assistance-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Призначення і виплата такої допомоги із 1 липня 2025 року здійснює Пенсійний фонд.» … «Необхідні документи: ' +
    'заява встановленої форми; декларація про доходи та майновий стан осіб, які звернулися за призначенням усіх ' +
    'видів соціальної допо[моги]…»',
  note: 'News (15.02.2026) retelling the Pension Fund’s Zakarpattia office; the list was read only to the declaration.',
};

/** Sumy city council's page, from before the move: 6 months, or 12 for a non-working pensioner; the documents. */
const SMR_PAGE: Citation = {
  act: 'smr-mental-disorder-carer-documents',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Допомога призначається на 6 місяців. У разі коли особа, яка здійснює догляд …, є непрацюючим пенсіонером ' +
    '(особою з інвалідністю), їй призначається допомога на догляд на 12 місяців на підставі заяви та копії ' +
    'трудової книжки.» «Документи для призначення допомоги: заява за встановленою формою; документ, що посвідчує ' +
    'особу; декларація про доходи та майновий стан …»',
  note:
    'A city council’s page on assigning it before 01.07.2025 (it quotes the subsistence minimum of 2023); the ' +
    'social protection department assigned it then. Its list was read only to the declaration.',
};

/**
 * The Register's id and name of the service as the Fontanka CNAP's service description gives them («КОД ДІЯ» next to
 * the service's name), read on 2026-11-26.
 */
const REGISTER_CARD_00103: Citation = {
  act: 'cnap-fontanka-card-00103',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«КОД 10-33 КОД ДІЯ 00103 НАЗВА ПОСЛУГИ Призначення грошової допомоги особі, яка проживає разом з особою з ' +
    'інвалідністю І чи ІІ групи внаслідок психічного розладу, яка за висновком лікарсько-консультативної комісії ' +
    'закладу охорони здоров’я потребує постійного стороннього догляду, на догляд за нею»',
  note:
    'A CNAP page (cnap.fontanska-rada.gov.ua), undated, read in a stored copy: 10-33 is the CNAP’s own code, «КОД ДІЯ» ' +
    'the Register’s id as the Diia guide shows it. It names the CNAP itself as «СУБ’ЄКТ НАДАННЯ», so no provider is ' +
    'recorded; it gives «Не пізніше 10 днів після надходження заяви зі всіма необхідними документами». The ' +
    'Register’s own page on guide.diia.gov.ua was not found among the stored pages.',
};

/** The monthly allowance to a person living with and caring for a person with a psychiatric disability (group I–II). */
export const MENTAL_DISORDER_CARER_ALLOWANCE: ServiceData = {
  id: 'mental-disorder-carer-allowance',
  registerId: '00103',
  register: {
    name:
      'Призначення грошової допомоги особі, яка проживає разом з особою з інвалідністю І чи ІІ групи внаслідок ' +
      'психічного розладу, яка за висновком лікарсько-консультативної комісії закладу охорони здоров’я потребує ' +
      'постійного стороннього догляду, на догляд за нею',
    basis: [REGISTER_CARD_00103],
  },
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Призначення щомісячної грошової допомоги особі, яка проживає разом з особою з інвалідністю I чи II групи ' +
          'внаслідок психічного розладу, яка за висновком лікарської комісії закладу охорони здоров’я потребує ' +
          'постійного стороннього догляду, на догляд за нею',
        en:
          'Assignment of the monthly allowance to a person who lives with a person with a group I or II disability ' +
          'due to a mental disorder needing constant care, for that care',
      },
      basis: [PFU_KR_PAGE],
    },
  },
  description: {
    uk:
      'Щомісячна допомога дієздатній особі, яка проживає (зареєстрована) разом з особою з інвалідністю I чи II ' +
      'групи внаслідок психічного розладу і доглядає за нею, незалежно від того, чи працює: різниця між трьома ' +
      'прожитковими мінімумами на кожного члена сім’ї та середньомісячним доходом сім’ї за шість місяців, не ' +
      'більше одного прожиткового мінімуму. Призначається на 6 місяців (непрацюючому пенсіонеру — на 12).',
    en:
      'A monthly allowance to a capable person who lives (is registered) with a person with a group I or II ' +
      'psychiatric disability and cares for them, whether or not they work: three subsistence minimums per family ' +
      'member less the family’s average income over six months, at most one subsistence minimum. Assigned for 6 ' +
      'months (12 for a non-working pensioner).',
  },
  keywords: [
    'психічний розлад',
    'догляд за особою з психічним розладом',
    'допомога на догляд',
    'інвалідність внаслідок психічного розладу',
    'постійний сторонній догляд',
    'висновок лікарської комісії',
    'ЛКК',
    'догляд за хворим родичем',
  ],
  available: {
    earliest: { value: true, basis: [LAW_1489_ART_5] },
  },
  provider: {
    earliest: { value: USZN, basis: [SMR_PAGE] },
    '2025-07-01': { value: PFU, basis: [PFU_TRANSFER_2025, SUD_PFU_ZAKARPATTIA] },
  },
  legalBasis: {
    earliest: { value: [LAW_1489_ART_5, KMU_1192], basis: [LAW_1489_ART_5, PFU_KR_PAGE] },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення допомоги на догляд на 6 місяців (непрацюючому пенсіонеру — на 12) або про відмову',
          en: 'A decision to assign the care allowance for 6 months (12 for a non-working pensioner) or to refuse it',
        },
      ],
      basis: [SMR_PAGE],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: CHANNELS_TO_PFU_2025,
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: {
      value: { uk: 'Заява за встановленою формою', en: 'Application in the prescribed form' },
      basis: [SMR_PAGE, SUD_PFU_ZAKARPATTIA],
    },
  },
  lifeSituations: ['disability', 'lowIncome'],
};
