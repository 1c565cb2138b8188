import type { Citation } from '@vikno/law';
import { ALL_MODELS, APPEAL_GENERAL, FREE_AS_SOCIAL, USZN } from '../common.js';
import type { ServiceData, Text } from '../load.js';

/** The Pohrebyshche district administration's page: КМУ 1098, assigned by its social protection unit from 2018. */
const POGREBYSHCHE_RDA: Citation = {
  act: 'pogrebyshche-rda-pension-age-assistance',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Кабінетом Міністрів України 27 грудня 2017 року прийнято постанову №1098 «Про затвердження Порядку ' +
    'призначення тимчасової державної соціальної допомоги непрацюючій особі, яка досягла загального пенсійного ' +
    'віку, але не набула права на пенсійну виплату». На основі Урядового рішення управлінням праці та соціального ' +
    'захисту населення райдержадміністрації у період з 1 січня 2018 року по 31 грудня 2020 року призначається ' +
    'тимчасова державна соціальна допомога …»',
  note:
    'pogrda.gov.ua, a district state administration’s own page; its date was not seen. It gives the first period ' +
    '(to 31.12.2020); that the assistance went on after it rests on the 2024–2025 sources below.',
};

/** КМУ 1098 as the procedure, by its number, date and title as the district administration's page gives them. */
const KMU_1098: Citation = {
  act: 'kmu-1098-2017',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  note:
    'Number, date and title from pogrda.gov.ua; in force 18.01.2018 (kosivart.if.ua). The resolution’s text and its ' +
    'later editions (which lifted the end date of 31.12.2020) were not read.',
};

/** The Solotvyno CNAP's item: apply to the CNAP or the social protection body; the amount. */
const SOLOTVYNO_CNAP: Citation = {
  act: 'cnap-solotvyno-pension-age-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Щоб отримати допомогу від держави, особі необхідно звернутися із заявою та пакетом документів до ЦНАПу або ' +
    'органу соціального захисту населення» … «Розмір тимчасової допомоги визначається як різниця між ' +
    'прожитковим мінімумом для осіб, які втратили працездатність, та середньомісячним сукупним доходом заявника.»',
  note: 'A CNAP’s news item (cnap.solotvino-rada.gov.ua, 2024: it quotes the subsistence minimum from 01.01.2024).',
};

/** sud.ua (23.11.2025) retelling Diia: the social protection body, the documents, 10 days, refusal within 5. */
const SUD_2025: Citation = {
  act: 'sud-pension-age-assistance-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Для призначення потрібно звернутися до органу соціального захисту за місцем реєстрації чи фактичного ' +
    'проживання з заявою та пакетом документів» … «Рішення приймають протягом 10 днів. У разі відмови — ' +
    'повідомляють письмово протягом 5 днів.»',
  note:
    'News retelling the Diia portal, after the move of other assistance to the Pension Fund on 01.07.2025; whether ' +
    'КМУ 695, 765 or 766 moved this one too was not read (see the report).',
};

const RESULT: Text = {
  uk: 'Рішення про призначення тимчасової допомоги або про відмову (про відмову повідомляють письмово протягом 5 днів)',
  en: 'A decision to assign the temporary assistance or to refuse it (a refusal is notified in writing within 5 days)',
};

/** The temporary state social assistance to a non-working person of pension age without a pension (КМУ 1098). */
export const PENSION_AGE_TEMPORARY_ASSISTANCE: ServiceData = {
  id: 'pension-age-temporary-assistance',
  social: true,
  names: {
    '2018-01-01': {
      value: {
        uk:
          'Призначення тимчасової державної соціальної допомоги непрацюючій особі, яка досягла загального ' +
          'пенсійного віку, але не набула права на пенсійну виплату',
        en:
          'Assignment of temporary state social assistance to a non-working person who has reached the general ' +
          'pension age but has not acquired the right to a pension',
      },
      basis: [POGREBYSHCHE_RDA],
    },
  },
  description: {
    uk:
      'Щомісячна тимчасова допомога непрацюючій особі, яка досягла пенсійного віку за ст. 26 Закону «Про ' +
      'загальнообов’язкове державне пенсійне страхування», але не набула права на пенсію через брак страхового ' +
      'стажу. Розмір — різниця між прожитковим мінімумом для осіб, які втратили працездатність, і ' +
      'середньомісячним сукупним доходом; враховується майновий стан. Виплачується до набуття права на пенсію.',
    en:
      'A monthly temporary assistance to a non-working person who has reached the pension age of Art. 26 of the ' +
      'Law on Compulsory State Pension Insurance but has no right to a pension for lack of insurance record. The ' +
      'amount is the subsistence minimum for persons unable to work less the average monthly income; property is ' +
      'taken into account. Paid until the right to a pension arises.',
  },
  keywords: [
    'тимчасова допомога без стажу',
    'не вистачає стажу',
    'немає страхового стажу',
    'допомога непрацюючим пенсійного віку',
    'пенсійний вік без пенсії',
    'не набула права на пенсію',
    'тимчасова державна соціальна допомога',
    'нет стажа',
    'не хватает стажа',
  ],
  available: {
    '2018-01-01': { value: true, basis: [POGREBYSHCHE_RDA] },
    '2021-01-01': { value: true, basis: [SOLOTVYNO_CNAP, SUD_2025] },
  },
  provider: {
    '2018-01-01': { value: USZN, basis: [POGREBYSHCHE_RDA] },
    '2021-01-01': { value: USZN, basis: [SOLOTVYNO_CNAP, SUD_2025] },
  },
  legalBasis: {
    '2018-01-01': { value: [KMU_1098], basis: [POGREBYSHCHE_RDA] },
    '2021-01-01': { value: [KMU_1098], basis: [SOLOTVYNO_CNAP, SUD_2025] },
  },
  fee: FREE_AS_SOCIAL,
  term: {
    '2018-01-01': {
      value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } },
      basis: [SUD_2025],
    },
  },
  result: {
    '2018-01-01': { value: [RESULT], basis: [SUD_2025] },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2018-01-01': { value: ['cnap', 'usznOffice'], basis: [SOLOTVYNO_CNAP, SUD_2025] },
  },
  delivery: ALL_MODELS,
  applicationForm: {
    '2018-01-01': { value: { uk: 'Заява', en: 'An application' }, basis: [SOLOTVYNO_CNAP, SUD_2025] },
  },
  lifeSituations: ['lowIncome'],
};
