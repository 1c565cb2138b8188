import type { Citation } from '@vikno/law';
import { LAW_3551_ART_18_CERTIFICATE, LAW_3551_NOTE } from '../citations/war-veterans.js';
import { ALL_MODELS, APPEAL_GENERAL, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** Law 3551-XII Art. 7: who is a person with a war disability (the servicemen of point 11 of part 2 among them). */
const LAW_3551_ART_7_WHO: Citation = {
  act: 'law-3551-xii',
  provision: { uk: 'п. 11 ч. 2 ст. 7', en: 'Art. 7 part 2 point 11' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«До осіб з інвалідністю внаслідок війни належать також особи з інвалідністю з числа: … 11) військовослужбовців ' +
    '(резервістів, військовозобов’язаних, добровольців Сил територіальної оборони) Збройних Сил України, ' +
    'Національної гвардії України, Служби безпеки України, розвідувальних органів України, Державної прикордонної ' +
    'служби України …»',
  note: LAW_3551_NOTE,
};

/** Law 3551-XII Art. 7: the Cabinet sets the procedure for points 11–15. */
const LAW_3551_ART_7_PROCEDURE: Citation = {
  act: 'law-3551-xii',
  provision: { uk: 'абз. 31 ст. 7', en: 'Art. 7 paragraph 31' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Порядок надання статусу особи з інвалідністю внаслідок війни особам, зазначеним у пунктах 11-15 частини ' +
    'другої цієї статті, визначається Кабінетом Міністрів України.»',
  note: LAW_3551_NOTE,
};

/** Law 3551-XII Art. 7: a serviceman may apply through the Diia portal; the body decides 10 days after the data. */
const LAW_3551_ART_7_ONLINE: Citation = {
  act: 'law-3551-xii',
  provision: { uk: 'абз. 33, 36 ст. 7', en: 'Art. 7 paragraphs 33, 36' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Особи, зазначені у пункті 11 частини другої цієї статті … або їх представники мають право … подати заяву про ' +
    'надання статусу особи з інвалідністю внаслідок війни, у тому числі засобами Реєстру та/або … Єдиного ' +
    'державного веб-порталу електронних послуг …» «Не пізніше ніж через 10 календарних днів після отримання ' +
    'відомостей (документів) орган, уповноважений встановлювати статус особи з інвалідністю внаслідок війни, ' +
    'приймає рішення про надання відповідного статусу.»',
  note: LAW_3551_NOTE,
};

/** The Rivne CNAP's card: the status through the CNAP, free, decided within a month. */
const RIVNE_CARD: Citation = {
  act: 'rivne-cnap-card-war-disability',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Встановлення статусу особи з інвалідністю внаслідок війни, видача посвідчення/довідки, продовження строку ' +
    'дії посвідчення (вклеювання бланка-вкладки) Вартість послуги: Безоплатно Строк надання адміністративної ' +
    'послуги: Рішення про надання або продовження дії статусу приймається в місячний строк з дня подання ' +
    'документів. - заява; …»',
  note:
    'The card of a city CNAP (cnaprv.gov.ua), its date not seen. For the servicemen of Art. 7 part 2 point 11 the ' +
    'law (paragraph 36, read) has the body decide 10 calendar days after it has the data; the card’s month is ' +
    'recorded as the service’s term.',
};

/** The Kremenchuk CNAP's card: the status with a certificate, filed at the CNAP. */
const KREMENCHUK_CARD: Citation = {
  act: 'kremenchuk-cnap-card-751',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Документи подаються за місцем реєстрації заявника … Внутрішньо переміщені особи подають документи відповідно ' +
    'до довідки про взяття на облік внутрішньо переміщеної особи. Необхідні документи 1. Встановлення статусу з ' +
    'видачею посвідчення: - Заява (довільної форми). …»',
  note: 'cnap-kremen.gov.ua/poslugi/posluga/751, a city CNAP’s card; its date and provider line were not seen.',
};

/** The Shepetivka district administration's page: the application in free form. */
const SHEPETIVKA_PAGE: Citation = {
  act: 'shepetivka-rda-war-disability-page',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Встановлення статусу, видача посвідчень, продовження строку дії посвідчень (вклеювання бланка-вкладки) особам ' +
    'з інвалідністю внаслідок війни … Для установлення статусу особи з інвалідністю внаслідок війни подається: 1.1. ' +
    'Заява в довільній формі.»',
  note: 'A district state administration’s page (sheprda.gov.ua), its date not seen.',
};

/** Lawyers' explanation (news, 2025): where to apply; the CNAP passes the file on within a working day. */
const UC_KR_2025: Citation = {
  act: 'uc-kr-war-disability-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Заяву для оформлення статусу можна подати: до управління соцзахисту населення (УПСЗН); у відділ з питань ' +
    'ветеранської політики при місцевому виконкомі; через ЦНАП; онлайн — на порталі «Дія».» «У паперовій формі ' +
    'заяву з комплектом документів можна подати через ЦНАП. Адміністратор формує електронну справу та протягом ' +
    'одного робочого дня передає її до підрозділу з питань …»',
  note:
    'News of 21.08.2025 retelling a legal aid centre. Where a hromada has a veteran policy unit it may decide ' +
    'instead of the social protection unit; which body decides where was not read in an act, so the provider is ' +
    'recorded as the social protection unit.',
};

/** Granting the status of a person with a disability due to war (особа з інвалідністю внаслідок війни), and its certificate. */
export const WAR_DISABILITY_STATUS: ServiceData = {
  id: 'war-disability-status',
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Встановлення статусу особи з інвалідністю внаслідок війни, видача посвідчення',
        en: 'Granting the status of a person with a disability due to war, and its certificate',
      },
      basis: [SHEPETIVKA_PAGE, RIVNE_CARD, KREMENCHUK_CARD],
    },
  },
  description: {
    uk:
      'Статус особи з інвалідністю внаслідок війни для військовослужбовців, добровольців ТрО, поліцейських та інших ' +
      'осіб, які стали особами з інвалідністю внаслідок поранення, контузії, каліцтва чи захворювання, одержаних під ' +
      'час захисту України. Після встановлення статусу формується е-посвідчення ветерана, паперове посвідчення — за ' +
      'бажанням.',
    en:
      'The status of a person with a disability due to war for servicemen, territorial defence volunteers, police ' +
      'officers and others disabled by a wound, contusion, mutilation or illness received defending Ukraine. Once ' +
      'set, the veteran’s e-certificate is formed; a paper certificate is issued on request.',
  },
  keywords: [
    'інвалідність внаслідок війни',
    'особа з інвалідністю внаслідок війни',
    'статус ІВВ',
    'ІВВ',
    'посвідчення особи з інвалідністю внаслідок війни',
    'інвалід війни',
    'поранений військовий',
    'інвалидность вследствие войны',
  ],
  available: {
    earliest: { value: true, basis: [LAW_3551_ART_7_WHO, LAW_3551_ART_7_PROCEDURE] },
  },
  provider: {
    earliest: { value: USZN, basis: [UC_KR_2025] },
  },
  legalBasis: {
    earliest: {
      value: [LAW_3551_ART_7_WHO, LAW_3551_ART_7_PROCEDURE, LAW_3551_ART_18_CERTIFICATE],
      basis: [LAW_3551_ART_7_PROCEDURE],
    },
  },
  fee: {
    earliest: { value: { kind: 'free' }, basis: [RIVNE_CARD] },
  },
  term: {
    earliest: { value: { kind: 'term', term: { amount: 1, unit: 'months' } }, basis: [RIVNE_CARD] },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про встановлення статусу особи з інвалідністю внаслідок війни або про відмову',
          en: 'A decision to grant the status of a person with a disability due to war or to refuse it',
        },
        {
          uk: 'Е-посвідчення ветерана, сформоване після встановлення статусу; посвідчення на бланку — за бажанням',
          en: 'The veteran’s e-certificate formed once the status is set; a paper certificate on request',
        },
      ],
      basis: [LAW_3551_ART_18_CERTIFICATE, RIVNE_CARD],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'usznOffice', 'diia'],
      basis: [RIVNE_CARD, KREMENCHUK_CARD, UC_KR_2025, LAW_3551_ART_7_ONLINE],
    },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: {
      value: { uk: 'Заява (довільної форми)', en: 'Application (in free form)' },
      basis: [SHEPETIVKA_PAGE, KREMENCHUK_CARD],
    },
  },
  lifeSituations: ['disability'],
};
