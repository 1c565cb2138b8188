import type { Citation } from '@vikno/law';
import { PFU_TRANSFER_2025 } from '../citations/cards-and-notices.js';
import { ALL_MODELS, APPEAL_GENERAL, CEILING_TERM, FREE_AS_SOCIAL, PFU, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** Law 796-XII Art. 48: the one-off compensation, to whom, in the Cabinet's procedure and amounts. */
const LAW_796_ART_48: Citation = {
  act: 'law-796-xii',
  provision: { uk: 'ст. 48', en: 'Art. 48' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Одноразова компенсація виплачується учасникам ліквідації наслідків аварії на Чорнобильській АЕС, які стали ' +
    'особами з інвалідністю внаслідок Чорнобильської катастрофи, учасникам ліквідації наслідків інших ядерних ' +
    'аварій, особам, які брали участь у ядерних випробуваннях … дружинам (чоловікам), якщо та (той) не одружилися ' +
    'вдруге, померлих громадян, смерть яких пов’язана з Чорнобильською катастрофою … сім’ям, які втратили ' +
    'годувальника, та батькам померлого … дітям з інвалідністю, інвалідність яких пов’язана з Чорнобильською ' +
    'катастрофою.» «Компенсація та допомога, передбачені цією статтею, виплачуються в порядку та розмірах, ' +
    'установлених Кабінетом Міністрів України.»',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/08029-ua-law-796-12.json, commit 35a12f9); the edition date is not stated there.',
};

/** Sumy city council's social protection department: КМУ 760 as the procedure, the department assigning it, the documents. */
const SMR_PAGE: Citation = {
  act: 'smr-chornobyl-compensations',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«ПРИЗНАЧЕННЯ ТА ВИПЛАТА СОЦІАЛЬНИХ ДОПОМОГ ТА КОМПЕНСАЦІЙ ВІДПОВІДНО ДО ЗАКОНУ УКРАЇНИ «ПРО СТАТУС І ' +
    'СОЦІАЛЬНИЙ ЗАХИСТ ГРОМАДЯН, ЯКІ ПОСТРАЖДАЛИ ВНАСЛІДОК ЧОРНОБИЛЬСЬКОЇ КАТАСТРОФИ» … Одноразова компенсація за ' +
    'шкоду, заподіяну здоров’ю, учасникам ліквідації наслідків аварії на Чорнобильській АЕС, які стали інвалідами ' +
    '… Нормативний акт, яким регламентується надання послуги: постанова Кабінету Міністрів України від 26.10.2016 ' +
    '№ 760 … Перелік необхідних документів: − заява; − паспо[рт]…»',
  note:
    'A city council department’s page from before 01.07.2025: the social protection body assigned it then. The ' +
    'list was read only to the passport.',
};

/** КМУ 760 by its number, date and title as the Sumy department gives them; the text not read. */
const KMU_760: Citation = {
  act: 'kmu-760-2016',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  note: 'Number, date and title from the Sumy department’s page; the Ukrainian text was not read.',
};

/** A Russian translation's header: КМУ 760 in force from 02.11.2016, last amended on 01.07.2025. */
const PRG_KMU_760: Citation = {
  act: 'prg-kmu-760-translation',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Постановление Кабинета Министров Украины от 26 октября 2016 года № 760 … (с изменениями и дополнениями по ' +
    'состоянию на 25.06.2025 г.)» «Статус Действующий введен в действие с 2 ноября 2016 Дата последнего изменения ' +
    'вторник, 1 июля 2025» «Согласно статье 48 Закона Украины «О статусе и социальной защите граждан, ' +
    'пострадавших вследствие Чернобыльской катастрофы» …»',
  note: 'A commercial legal database’s translation; only its header and preamble were read.',
};

/** Kremenchuk's CNAP lists the service (its own code 58-92): a CNAP accepts it. */
const KREMENCHUK_CNAP: Citation = {
  act: 'kremenchuk-cnap-chornobyl-compensation',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Код 58-92 Назва Призначення одноразової компенсації за шкоду, заподіяну здоров’ю учасникам ліквідації ' +
    'наслідків аварії на Чорнобильській АЕС, які стали особами з інвалідністю внаслідок Чорнобильської ' +
    'катастрофи, учасникам ліквідації наслідків інших ядерних аварій, громадянам, які брали участь в ядерних ' +
    'випробуваннях, військових навчаннях із застосуванням ядерної зброї…»',
  note: 'A city CNAP’s service page (its date not shown); the page was read only to the name.',
};

/** The list of 39 types the Pension Fund pays from 01.07.2025, item 4. */
const PRAVDORUB_ITEM_4: Citation = {
  act: 'pravdorub-pfu-39-types-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«З 1 липня 2025 року Пенсійний фонд України перебрав на себе відповідальність за виплату 39 видів державних ' +
    'соціальних допомог та соціальних стипендій.» «4. Одноразова компенсація учасникам ліквідації наслідків ' +
    'аварії на Чорнобильській АЕС, які стали особами з інвалідністю, учасникам ліквідації інших ядерних аварій, ' +
    'особам, які брали участь…»',
  note: 'News republishing a hromada’s notice; no notice of the Fund itself on this payment was read.',
};

/** The one-off compensation for harm to health to Chornobyl clean-up workers who became disabled, and the others of Art. 48. */
export const CHORNOBYL_DISABILITY_ONE_TIME_COMPENSATION: ServiceData = {
  id: 'chornobyl-disability-one-time-compensation',
  social: true,
  names: {
    earliest: {
      value: {
        uk:
          'Призначення одноразової компенсації за шкоду, заподіяну здоров’ю, учасникам ліквідації наслідків аварії ' +
          'на Чорнобильській АЕС, які стали особами з інвалідністю внаслідок Чорнобильської катастрофи, учасникам ' +
          'ліквідації наслідків інших ядерних аварій, громадянам, які брали участь в ядерних випробуваннях, ' +
          'військових навчаннях із застосуванням ядерної зброї',
        en:
          'Assignment of the one-off compensation for harm to health to Chornobyl clean-up workers who became ' +
          'disabled due to the catastrophe, to clean-up workers of other nuclear accidents, and to participants in ' +
          'nuclear tests and exercises with nuclear weapons',
      },
      basis: [KREMENCHUK_CNAP, SMR_PAGE],
    },
  },
  description: {
    uk:
      'Одноразова компенсація за шкоду здоров’ю учасникам ліквідації наслідків аварії на ЧАЕС та інших ядерних ' +
      'аварій, учасникам ядерних випробувань і навчань, які стали особами з інвалідністю, а також вдовам ' +
      '(вдівцям), сім’ям, які втратили годувальника, батькам померлих ліквідаторів і дітям з інвалідністю, ' +
      'пов’язаною з Чорнобильською катастрофою (ст. 48 Закону № 796-XII). Порядок і розміри встановлює Кабмін.',
    en:
      'A one-off compensation for harm to health to clean-up workers of Chornobyl and other nuclear accidents and ' +
      'participants in nuclear tests and exercises who became disabled, and to widows (widowers), families who lost ' +
      'the breadwinner, parents of deceased clean-up workers and children whose disability is linked to the ' +
      'catastrophe (Law 796-XII Art. 48). The Cabinet sets the procedure and the amounts.',
  },
  keywords: [
    'чорнобилець',
    'чорнобильці',
    'ліквідатор ЧАЕС',
    'ліквідатор аварії на ЧАЕС',
    'одноразова компенсація чорнобильцям',
    'компенсація за шкоду здоров’ю',
    'Чорнобильська катастрофа',
    'ядерні випробування',
    'чернобылец',
  ],
  available: {
    earliest: { value: true, basis: [LAW_796_ART_48] },
  },
  provider: {
    earliest: { value: USZN, basis: [SMR_PAGE] },
    '2025-07-01': { value: PFU, basis: [PRAVDORUB_ITEM_4, PFU_TRANSFER_2025] },
  },
  legalBasis: {
    earliest: { value: [LAW_796_ART_48], basis: [LAW_796_ART_48] },
    '2016-11-02': { value: [LAW_796_ART_48, KMU_760], basis: [LAW_796_ART_48, SMR_PAGE, PRG_KMU_760] },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про призначення одноразової компенсації або про відмову в ній',
          en: 'A decision to assign the one-off compensation or to refuse it',
        },
      ],
      basis: [KREMENCHUK_CNAP],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: { value: ['cnap', 'usznOffice'], basis: [KREMENCHUK_CNAP, SMR_PAGE] },
    '2025-07-01': {
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post'],
      basis: [PFU_TRANSFER_2025, KREMENCHUK_CNAP],
    },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: { value: { uk: 'Заява', en: 'Application' }, basis: [SMR_PAGE] },
  },
  lifeSituations: ['disability'],
};
