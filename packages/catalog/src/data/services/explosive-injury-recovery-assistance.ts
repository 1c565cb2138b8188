import type { Citation } from '@vikno/law';
import { PFU_TRANSFER_2025 } from '../citations/cards-and-notices.js';
import { ALL_MODELS, APPEAL_GENERAL, CEILING_TERM, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** Law 2642-VIII Art. 10 part 3 item 1: the annual recovery assistance, its procedure set by the Cabinet. */
const LAW_2642_ART_10: Citation = {
  act: 'law-2642-viii',
  provision: { uk: 'п. 1 ч. 3 ст. 10', en: 'Art. 10 part 3 item 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Центральний орган виконавчої влади, що реалізує державну політику у сфері … соціального захисту ' +
    'населення, забезпечує: 1) надання постраждалим особам одноразової компенсації за шкоду, заподіяну ' +
    'здоров’ю, та щорічної допомоги на оздоровлення у сумі, порядок призначення і виплати якої встановлюється ' +
    'Кабінетом Міністрів України»',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/01849-ua-law-2642-19.json, commit 35a12f9); the edition date is not stated there.',
};

/** The Volyn regional administration's social protection department: КМУ 1020 in force from 01.01.2022. */
const VOLADM_NOTICE: Citation = {
  act: 'voladm-explosive-injury-assistance',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«з 01.01.2022 набрала чинності постанова Кабінету Міністрів України від 29 вересня 2021 року № 1020 … ' +
    'якою затверджено … Порядок надання щорічної допомоги на оздоровлення особам з інвалідністю та дітям з ' +
    'інвалідністю, постраждалим внаслідок дії вибухонебезпечних предметів»',
  note: 'voladm.gov.ua (02.03.2023, updated 23.02.2024).',
};

/** КМУ 1020 by its number, date and title as the Volyn administration gives them. */
const KMU_1020: Citation = {
  act: 'kmu-1020-2021',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  note: 'Number, date, title and entry into force from the Volyn administration’s notice; the text was not read.',
};

/** Before the Pension Fund: the social protection bodies, as the notice of a social protection department implies. */
const VOLADM_PROVIDER: Citation = {
  act: 'voladm-explosive-injury-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  note:
    'The notice is the regional social protection department’s, and the Pension Fund took the function over ' +
    'from the social protection bodies on 01.07.2025 (buhgalter911.com); which body assigned it before was not ' +
    'read in the procedure itself.',
};

/** buhgalter911.com: the Pension Fund since 01.07.2025; apply by 15 October; the conclusions required. */
const BUHGALTER911: Citation = {
  act: 'buhgalter911-explosive-injury-pfu-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«С 1 июля 2025 года на органы Пенсионного фонда Украины возложены функции по предоставлению ежегодной ' +
    'помощи на оздоровление лицам с инвалидностью и детям с инвалидностью, пострадавшим вследствие действия ' +
    'взрывоопасных предметов» … «заявление подано пострадавшим лицом или его законным представителем до 15 ' +
    'октября текущего года по зарегистрированному или фактическому месту проживания»',
  note: 'A professional news site retelling the Fund’s explanation; the Fund’s own page was not read.',
};

/** The annual recovery assistance to persons and children with a disability caused by explosive objects. */
export const EXPLOSIVE_INJURY_RECOVERY_ASSISTANCE: ServiceData = {
  id: 'explosive-injury-recovery-assistance',
  social: true,
  names: {
    '2022-01-01': {
      value: {
        uk:
          'Надання щорічної допомоги на оздоровлення особам з інвалідністю та дітям з інвалідністю, постраждалим ' +
          'внаслідок дії вибухонебезпечних предметів',
        en: 'Annual recovery assistance to persons and children with a disability injured by explosive objects',
      },
      basis: [VOLADM_NOTICE],
    },
  },
  description: {
    uk:
      'Щорічна допомога на оздоровлення особам з інвалідністю та дітям з інвалідністю, яким інвалідність ' +
      'встановлено внаслідок ушкоджень від вибухонебезпечних предметів (мін, снарядів). Заяву подають до 15 ' +
      'жовтня поточного року за зареєстрованим або фактичним місцем проживання.',
    en:
      'Annual recovery assistance to persons and children whose disability was caused by explosive objects (mines, ' +
      'shells). The application is made by 15 October of the current year, where the person is registered or ' +
      'actually lives.',
  },
  keywords: [
    'вибухонебезпечні предмети',
    'підрив на міні',
    'постраждалі від мін',
    'допомога на оздоровлення',
    'протимінна діяльність',
    'поранення від вибуху',
  ],
  available: {
    '2022-01-01': { value: true, basis: [VOLADM_NOTICE] },
  },
  provider: {
    '2022-01-01': { value: USZN, basis: [VOLADM_PROVIDER] },
    '2025-07-01': { value: PFU, basis: [BUHGALTER911, PFU_TRANSFER_2025] },
  },
  legalBasis: {
    '2022-01-01': { value: [LAW_2642_ART_10, KMU_1020], basis: [LAW_2642_ART_10, VOLADM_NOTICE] },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про надання щорічної допомоги на оздоровлення або про відмову',
          en: 'A decision to grant the annual recovery assistance or to refuse it',
        },
      ],
      basis: [BUHGALTER911],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2022-01-01': { value: ['usznOffice'], basis: [VOLADM_PROVIDER] },
    '2025-07-01': {
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post'],
      basis: [PFU_TRANSFER_2025],
    },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: {
      value: { uk: 'Заява', en: 'Application' },
      basis: [BUHGALTER911],
    },
  },
  lifeSituations: ['disability'],
};
