import type { Citation } from '@vikno/law';
import { LAW_5203_ART_10_CEILING } from '../citations/laws.js';
import { APPEAL_GENERAL, PFU } from '../common.js';
import type { ServiceData } from '../load.js';

/** The Dykanka CNAP's card: the Register's id, the name, free of charge, 5 working days, the council's executive body. */
const DYKANKA_CARD: Citation = {
  act: 'dykanka-cnap-card-02416',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Ідентифікатор послуги: 02416 Повна назва: Компенсація витрат за тимчасове розміщення внутрішньо переміщених ' +
    'осіб» … «постановою Кабінету Міністрів України від 19.03.2022 № 333 (зі змінами)» … «Адміністративний збір: ' +
    'Безоплатне надання / 0 UAH / Строк надання: 5 днів (робочі)» … «Де отримати • Виконавчі органи сільськи[х…]»',
  note:
    'A hromada CNAP’s card (cnap-dykanka.gov.ua), undated, read in a stored copy; it gives the pre-2025 amount of ' +
    '14,77 грн a person-day, so it describes the procedure before КМУ 1544. The list of where to apply was cut off ' +
    'after its first words.',
};

/** The Dubno city council's notice after КМУ 490: the CNAP takes the applications, on paper or by e-mail. */
const DUBNO_NOTICE: Citation = {
  act: 'dubno-idp-hosting-cnap-2022',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Відділ «Центр надання адміністративних послуг» Дубенської міської ради приймає заяви щодо розміщення ВПО» … ' +
    '«подати заяву в довільній формі до відповідного органу за місцем розташування житлового приміщення» … «Заява ' +
    'подається до: • ЦНАПу Заяви можуть бути подані: • в паперовій формі; • в електронній формі на електронну адресу ' +
    'відповідного органу.»',
  note: 'A city council’s news item on КМУ 490 of 29.04.2022 (the new wording of the procedure); its own date not seen.',
};

/** The Dolynske hromada's page: who decides and the documents (the CNAP era). */
const DOLYNSKE_PAGE: Citation = {
  act: 'dolynske-idp-hosting-page',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Де отримати Виконавчі органи сільських, селищних, міських рад Районні, районні у містах Києві та Севастополі ' +
    'державні адміністрації Обласні та Київська міська військові адміністрації» … «Документи, що необхідно надати ' +
    'для отримання послуги: Заява на отримання компенсації витрат Документ, що посвідчують особу Документ, що ' +
    'підтверджує право власності або користування житловим приміщенням, або документ, що підтверджує повноваження ' +
    'представника власника»',
  note: 'A hromada’s page of 2022 (its address carries the Unix time of 29.08.2022).',
};

/** The Rivne CNAP stopped taking the applications in January 2025 (news). */
const OGO_RIVNE_2025: Citation = {
  act: 'ogo-rivne-idp-hosting-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Через Центр надання адміністративних послуг у місті Рівному припинено прийом заяв на отримання компенсації ' +
    'витрат власникам житла за безоплатне розміщення внутрішньо переміщених осіб!» … «(в редакції постанови ' +
    'Кабінету Міністрів України від 31 грудня 2024 року № 1544)»',
  note:
    'News of 28.01.2025: by then one CNAP had stopped, before the Pension Fund took new applications on 01.03.2025; ' +
    'the series keeps the CNAP era to 28.02.2025 because no source read says when the other CNAPs stopped.',
};

/** The Volnovakha district administration: the Pension Fund's bodies decide from 01.03.2025; 450 UAH a person. */
const VOLNOVAKHA_NOTICE: Citation = {
  act: 'volnovakha-idp-hosting-pfu-2025',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«З січня 2025 року виплату компенсації за тимчасове безоплатне розміщення внутрішньо переміщених осіб … ' +
    'здійснює Пенсійний фонд України за списками отримувачів …» «Починаючи з 1 березня 2025 року розгляд заяв та ' +
    'прийняття рішень про призначення компенсації витрат забезпечать органи Пенсійного фонду України.» «Сума ' +
    'компенсації становить 450 гривень за кожну внутрішньо переміщену особу, яка проживає у житловому приміщенні.»',
  note: 'A district state administration’s notice on КМУ 1544 of 31.12.2024 (volnovakha.dn.gov.ua); its date not seen.',
};

/** The Zhytomyr regional administration: documents straight to the Fund, through its portal and app. */
const ZHYTOMYR_ODA_NOTICE: Citation = {
  act: 'zhytomyr-oda-idp-hosting-pfu-2025',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Можливість власникам житла подавати документи напряму до ПФУ: - через вебпортал електронних послуг ' +
    'Пенсійного фонду; - через мобільний застосунок ПФУ.»',
  note: 'A regional state administration’s notice of 27.03.2025; it names no CNAP.',
};

/** News retelling the Pension Fund: the notice and the application, paper or online; six months; the refusals. */
const VP_DONETSK_PFU: Citation = {
  act: 'vp-donetsk-idp-hosting-pfu-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Для отримання виплат до органу Пенсійного фонду України подаються повідомлення і заява (встановленої форми). ' +
    'Документи для отримання компенсації подаються в паперовому або електронному вигляді, зокрема через вебпортал ' +
    'електронних послуг Пенсійного фонду України portal.pfu.gov.ua. Компенсація витрат призначається власнику ' +
    'житлового приміщення на шість місяців та автоматично продовжується на наступні шість місяців …» «Компенсація ' +
    'не призначається (не виплачується), якщо: установлено факт родинних зв’язків власника житла з ВПО/членом його ' +
    'сім’ї; отримано інформацію про непроживання ВПО понад місяць у житловому приміщенні … або установлено факт ' +
    'перебування ВПО за кордоном більше ніж 30 календарних днів підряд …; встановлено факт наведення в заяві або ' +
    'повідомленні недостовірної інформації.»',
  note: 'A city newspaper’s report (vp.donetsk.ua) from March 2025; whether a CNAP also takes it is not said.',
};

/** No source read names a fee or a term from 01.03.2025. */
const PFU_ERA_FEE_UNREAD: Citation = {
  act: 'kmu-1544-2024',
  evidence: 'none',
  checkedOn: '2026-11-26',
  note:
    'No page read on the Pension Fund era names a fee; the compensation is a payment to the host, recorded as free ' +
    'as before until a card of the Fund says otherwise.',
};

/** The compensation to owners who host internally displaced persons free of charge («Прихисток», КМУ 333). */
export const IDP_HOSTING_COMPENSATION: ServiceData = {
  id: 'idp-hosting-compensation',
  registerId: '02416',
  register: {
    name: 'Компенсація витрат за тимчасове розміщення внутрішньо переміщених осіб',
    basis: [DYKANKA_CARD],
  },
  social: false,
  names: {
    '2022-03-19': {
      value: {
        uk: 'Компенсація витрат за тимчасове розміщення внутрішньо переміщених осіб',
        en: 'Compensation of the costs of temporarily hosting internally displaced persons',
      },
      basis: [DYKANKA_CARD, VOLNOVAKHA_NOTICE],
    },
  },
  description: {
    uk:
      'Компенсація власнику житла, який безоплатно прихистив внутрішньо переміщених осіб (програма «Прихисток»). До ' +
      '2025 року заяви приймав ЦНАП, рішення ухвалював виконавчий орган ради за місцем житла; з 01.03.2025 ' +
      'повідомлення і заяву подають до органу Пенсійного фонду (паперово або через його вебпортал), компенсацію — 450 ' +
      'грн на місяць за кожну особу — призначають на шість місяців з автоматичним продовженням.',
    en:
      'Compensation to a homeowner who hosts internally displaced persons free of charge (the Prykhystok programme). ' +
      'Until 2025 a CNAP took the applications and the council’s executive body where the dwelling is decided; ' +
      'from 01.03.2025 the notice and the application go to a Pension Fund body (on paper or through its portal), ' +
      'which assigns 450 UAH a month per person for six months, extended automatically.',
  },
  keywords: [
    'Прихисток',
    'компенсація за розміщення ВПО',
    'компенсація за прихист переселенців',
    'прихистив переселенців',
    'безоплатне розміщення ВПО',
    'компенсація власникам житла ВПО',
    'компенсация за размещение переселенцев',
    'prykhystok',
  ],
  available: {
    '2022-03-19': { value: true, basis: [DYKANKA_CARD, DOLYNSKE_PAGE] },
  },
  provider: {
    '2022-03-19': {
      value: {
        kind: 'localCouncil',
        name: {
          uk: 'Виконавчий орган сільської, селищної, міської ради (військова адміністрація) за місцем розташування житла',
          en: 'The executive body of the village, settlement or city council (the military administration) where the dwelling is',
        },
      },
      basis: [DOLYNSKE_PAGE, DYKANKA_CARD, DUBNO_NOTICE],
    },
    '2025-03-01': { value: PFU, basis: [VOLNOVAKHA_NOTICE, VP_DONETSK_PFU] },
  },
  legalBasis: {
    '2022-03-19': {
      value: [
        {
          act: 'kmu-333-2022',
          evidence: 'secondary',
          checkedOn: '2026-11-26',
          note: 'Number, date and subject as the Dykanka CNAP card cites them; the text was not read.',
        },
      ],
      basis: [DYKANKA_CARD],
    },
    '2025-03-01': {
      value: [
        {
          act: 'kmu-333-2022',
          evidence: 'officialCard',
          checkedOn: '2026-11-26',
          note: 'As КМУ 1544 changed it, by the Volnovakha district administration’s notice; the text was not read.',
        },
        {
          act: 'kmu-1544-2024',
          evidence: 'officialCard',
          checkedOn: '2026-11-26',
          note: 'Number, date and title by the Volnovakha district administration’s notice; the changes were not read.',
        },
      ],
      basis: [VOLNOVAKHA_NOTICE],
    },
  },
  fee: {
    '2022-03-19': { value: { kind: 'free' }, basis: [DYKANKA_CARD] },
    '2025-03-01': { value: { kind: 'free' }, basis: [PFU_ERA_FEE_UNREAD] },
  },
  term: {
    '2022-03-19': {
      value: { kind: 'term', term: { amount: 5, unit: 'workingDays' } },
      basis: [DYKANKA_CARD],
    },
    '2025-03-01': {
      value: { kind: 'term', term: { amount: 30, unit: 'calendarDays' } },
      basis: [LAW_5203_ART_10_CEILING],
    },
  },
  result: {
    '2022-03-19': {
      value: [
        {
          uk: 'Компенсація витрат за людино-дні розміщення внутрішньо переміщених осіб',
          en: 'Compensation of the costs for the person-days of hosting internally displaced persons',
        },
      ],
      basis: [DYKANKA_CARD],
    },
    '2025-03-01': {
      value: [
        {
          uk: 'Компенсація 450 грн на місяць за кожну розміщену особу, призначена на шість місяців і автоматично продовжувана на наступні шість після перевірки права',
          en: 'Compensation of 450 UAH a month per hosted person, assigned for six months and extended for six more after the right is checked',
        },
      ],
      basis: [VOLNOVAKHA_NOTICE, VP_DONETSK_PFU],
    },
  },
  refusalGrounds: {
    '2025-03-01': {
      value: [
        {
          uk: 'Власник житла і розміщена особа (член її сім’ї) пов’язані родинними зв’язками',
          en: 'The homeowner and the hosted person (a member of their family) are related',
        },
        {
          uk: 'Розміщена особа не проживає в житлі понад місяць або перебуває за кордоном понад 30 календарних днів підряд',
          en: 'The hosted person has not lived in the dwelling for over a month or has been abroad over 30 consecutive calendar days',
        },
        {
          uk: 'У заяві або повідомленні наведено недостовірну інформацію',
          en: 'The application or the notice contains untrue information',
        },
      ],
      basis: [VP_DONETSK_PFU],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2022-03-19': { value: ['cnap'], basis: [DUBNO_NOTICE, DYKANKA_CARD] },
    '2025-03-01': {
      value: ['pfuOffice', 'pfuPortal'],
      basis: [VP_DONETSK_PFU, ZHYTOMYR_ODA_NOTICE, OGO_RIVNE_2025],
    },
  },
  delivery: {
    '2022-03-19': { value: { models: [], socialHromada: false }, basis: [DUBNO_NOTICE] },
  },
  applicationForm: {
    '2022-03-19': {
      value: {
        uk: 'Заява в довільній формі про розміщення і заява на отримання компенсації витрат',
        en: 'A free-form application on the hosting and an application for the compensation',
      },
      basis: [DUBNO_NOTICE, DOLYNSKE_PAGE],
    },
    '2025-03-01': {
      value: {
        uk: 'Повідомлення і заява встановленої форми до органу Пенсійного фонду',
        en: 'A notice and an application in the prescribed form to the Pension Fund body',
      },
      basis: [VP_DONETSK_PFU],
    },
  },
  lifeSituations: ['internalDisplacement', 'housingAndUtilities'],
};
