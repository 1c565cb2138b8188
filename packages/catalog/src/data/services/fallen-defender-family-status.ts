import type { Citation } from '@vikno/law';
import { LAW_3551_ART_18_CERTIFICATE, LAW_3551_NOTE } from '../citations/war-veterans.js';
import { ALL_MODELS, APPEAL_GENERAL, USZN } from '../common.js';
import type { ServiceData } from '../load.js';

/** Law 3551-XII Art. 10-1: the Cabinet sets the procedure of the status. */
const LAW_3551_ART_10_1_PROCEDURE: Citation = {
  act: 'law-3551-xii',
  provision: { uk: 'абз. 8 ст. 10-1', en: 'Art. 10-1 paragraph 8' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Порядок надання статусу члена сім’ї загиблого (померлого) Захисника чи Захисниці України визначається ' +
    'Кабінетом Міністрів України.»',
  note: LAW_3551_NOTE,
};

/** Law 3551-XII Art. 10-1: who are the members of the family of a fallen Defender. */
const LAW_3551_ART_10_1_MEMBERS: Citation = {
  act: 'law-3551-xii',
  provision: { uk: 'абз. 14–20 ст. 10-1', en: 'Art. 10-1 paragraphs 14–20' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«До членів сімей загиблих (померлих) Захисників і Захисниць України … належать: батьки; один із подружжя, ' +
    'який не одружився вдруге, незалежно від того, виплачується йому пенсія чи ні; діти, які не мають (і не мали) ' +
    'своїх сімей; діти, які мають свої сім’ї, але стали особами з інвалідністю до досягнення повноліття; діти, ' +
    'обоє з батьків яких загинули або пропали безвісти; утриманці загиблого (померлого), яким у зв’язку з цим ' +
    'виплачується пенсія.»',
  note: LAW_3551_NOTE,
};

/** Law 3551-XII Art. 10-1: the family of a serviceman may apply through the Diia portal. */
const LAW_3551_ART_10_1_ONLINE: Citation = {
  act: 'law-3551-xii',
  provision: { uk: 'абз. 21 ст. 10-1', en: 'Art. 10-1 paragraph 21' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Члени сімей осіб, зазначених у пункті 5 частини першої цієї статті … або їх представники мають право … ' +
    'подати заяву про надання статусу члена сім’ї загиблого (померлого) Захисника чи Захисниці України, у тому ' +
    'числі засобами Реєстру та/або … Єдиного державного веб-порталу електронних послуг … до органу, ' +
    'уповноваженого встановлювати статус …»',
  note: `${LAW_3551_NOTE} Point 5 of part 1 names the families of servicemen (military formations, the police, the border guard, …).`,
};

/** КМУ 740 as the procedure, by its number, date and title as a social protection page gives them. */
const KMU_740: Citation = {
  act: 'kmu-740-2015',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Порядок надання цього статусу визначається постановою Кабінету Міністрів України від 23.09.2015 № 740 (зі ' +
    'змінами) «Про затвердження Порядку надання статусу члена сім’ї загиблого (померлого) Захисника чи Захисниці ' +
    'України».»',
  note: 'dspck.gov.ua (a social protection body’s news page, which body not checked); the resolution’s text was not read.',
};

/** The Diia portal's page of the service: its name, 30 calendar days, free of charge, online. */
const DIIA_PAGE: Citation = {
  act: 'diia-fallen-defender-family-status',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Надання статусу члена сім’ї загиблого (померлого) Захисника чи Захисниці України ~ 20 хвилин 30 календарних ' +
    'днів безкоштовно» «1. Натисніть Подати заяву, зареєструйтеся чи авторизуйтеся в кабінеті громадянина …» ' +
    '«7. Виберіть тип посвідчення, яке хочете отримати.»',
  note:
    'The state portal’s page of the service. Law 3551-XII Art. 10-1 paragraph 24 (read) has the body decide, for ' +
    'the families of servicemen, «не пізніше ніж через 10 календарних днів після отримання відомостей (документів)»; ' +
    'the 30 days of the portal are recorded as the service’s term.',
};

/** The Kegychivka CNAP's card: Register id 02599, the certificate's name, through the CNAP. */
const KEGYCHIVKA_CARD: Citation = {
  act: 'kegychivka-cnap-card-02599',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 02599 Повна назва: Видача посвідчення члена сім’ї загиблого (померлого) ветерана війни ' +
    'та члена сім’ї загиблого (померлого) Захисника чи Захисниці України … Строк: 5 днів (календарні) Вартість: ' +
    'Безоплатне надання»',
  note:
    'A hromada CNAP’s card (cnap.kegichivskaselrada.gov.ua/functionality/46377), its date not seen; its provider ' +
    'line was cut where read. Its 5 days are the certificate’s issue, not the decision on the status.',
};

/** The Rivne CNAP's card: the status and its certificate through the CNAP, decided within a month. */
const RIVNE_CARD: Citation = {
  act: 'rivne-cnap-card-fallen-defender-family',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Встановлення статусу члена сім’ї загиблого (померлого) ветерана війни та члена сім’ї загиблого (померлого) ' +
    'Захисника чи Захисниці України, видача посвідчення/довідки … Вартість послуги: Безоплатно … Рішення про ' +
    'надання або продовження дії статусу приймається в місячний строк з дня подання документів. Перелік ' +
    'документів для отримання послуги: - заява; …»',
  note: 'The card of a city CNAP (cnaprv.gov.ua), its date not seen.',
};

/** The Shepetivka district administration's page: the social protection units decide; how to apply. */
const SHEPETIVKA_PAGE: Citation = {
  act: 'shepetivka-rda-fallen-family-page',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Де отримати Структурні підрозділи з питань соціального захисту населення районних, районних у м. Києві ' +
    'держадміністрацій, виконавчих органів сільських, селищних, міських, районних у містах (у разі їх утворення) ' +
    'рад. Як замовити послугу Подати заяву на отримання послуги заявник може особисто або через законного ' +
    'представника, шляхом відправлення …»',
  note:
    'A district state administration’s page, its date not seen. A hromada’s news of 2025 (mihaylolukasheve-rada.gov.ua) ' +
    'says the status is now handled by the local councils’ units (veteran policy units, CNAPs); that change was not ' +
    'read in an act, so the provider is recorded as the social protection unit.',
};

/** Granting the status of a family member of a fallen (deceased) Defender of Ukraine, and its certificate. */
export const FALLEN_DEFENDER_FAMILY_STATUS: ServiceData = {
  id: 'fallen-defender-family-status',
  registerId: '02599',
  register: {
    name:
      'Видача посвідчення члена сім’ї загиблого (померлого) ветерана війни та члена сім’ї загиблого (померлого) ' +
      'Захисника чи Захисниці України',
    basis: [KEGYCHIVKA_CARD],
  },
  social: true,
  names: {
    earliest: {
      value: {
        uk: 'Надання статусу члена сім’ї загиблого (померлого) Захисника чи Захисниці України та видача посвідчення',
        en: 'Granting the status of a family member of a fallen (deceased) Defender of Ukraine and its certificate',
      },
      basis: [DIIA_PAGE, RIVNE_CARD],
    },
  },
  description: {
    uk:
      'Статус члена сім’ї загиблого (померлого) Захисника чи Захисниці України: батькам, одному з подружжя, який не ' +
      'одружився вдруге, дітям, які не мають своїх сімей (або стали особами з інвалідністю до повноліття), дітям, ' +
      'обоє з батьків яких загинули, утриманцям, яким виплачується пенсія. Після встановлення статусу формується ' +
      'е-посвідчення, паперове посвідчення видається за бажанням; статус дає пільги статті 15 Закону «Про статус ' +
      'ветеранів війни, гарантії їх соціального захисту».',
    en:
      'The status of a family member of a fallen (deceased) Defender of Ukraine: for the parents, a spouse who has ' +
      'not remarried, children without families of their own (or disabled before adulthood), children both of whose ' +
      'parents died, and dependants receiving a pension. Once set, an e-certificate is formed and a paper one issued ' +
      'on request; the status gives the privileges of Art. 15 of the War Veterans Law.',
  },
  keywords: [
    'член сім’ї загиблого',
    'сім’я загиблого військового',
    'посвідчення члена сім’ї загиблого',
    'статус члена сім’ї загиблого Захисника',
    'загиблий Захисник',
    'вдова військового',
    'батьки загиблого',
    'ЧСЗ',
    'пільги сім’ї загиблого',
    'член семьи погибшего',
  ],
  available: {
    earliest: { value: true, basis: [LAW_3551_ART_10_1_PROCEDURE, KMU_740] },
  },
  provider: {
    earliest: { value: USZN, basis: [SHEPETIVKA_PAGE] },
  },
  legalBasis: {
    earliest: {
      value: [LAW_3551_ART_10_1_PROCEDURE, LAW_3551_ART_10_1_MEMBERS, LAW_3551_ART_18_CERTIFICATE, KMU_740],
      basis: [LAW_3551_ART_10_1_PROCEDURE, KMU_740],
    },
  },
  fee: {
    earliest: { value: { kind: 'free' }, basis: [DIIA_PAGE, KEGYCHIVKA_CARD] },
  },
  term: {
    earliest: {
      value: { kind: 'term', term: { amount: 30, unit: 'calendarDays' } },
      basis: [DIIA_PAGE, RIVNE_CARD],
    },
  },
  result: {
    earliest: {
      value: [
        {
          uk: 'Рішення про надання статусу члена сім’ї загиблого (померлого) Захисника чи Захисниці України або про відмову',
          en: 'A decision to grant the status of a family member of a fallen Defender of Ukraine or to refuse it',
        },
        {
          uk: 'Е-посвідчення, сформоване після встановлення статусу; посвідчення на бланку — за бажанням',
          en: 'The e-certificate formed once the status is set; a paper certificate on request',
        },
      ],
      basis: [LAW_3551_ART_18_CERTIFICATE, RIVNE_CARD],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    earliest: {
      value: ['cnap', 'usznOffice', 'diia'],
      basis: [KEGYCHIVKA_CARD, RIVNE_CARD, SHEPETIVKA_PAGE, DIIA_PAGE, LAW_3551_ART_10_1_ONLINE],
    },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    earliest: {
      value: { uk: 'Заява про надання статусу', en: 'Application for the status' },
      basis: [RIVNE_CARD, LAW_3551_ART_10_1_ONLINE],
    },
  },
  lifeSituations: ['deathOfRelative'],
};
