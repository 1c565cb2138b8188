import type { Citation } from '@vikno/law';
import { APPEAL_GENERAL } from '../common.js';
import type { ServiceData } from '../load.js';

/** КМУ 252 as the procedure, as legal news names it. */
const KMU_252: Citation = {
  act: 'kmu-252-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Набрала чинності постанова Кабінету Міністрів України від 7 березня 2025 р. № 252, якою визначено механізм ' +
    'виплати грошової компенсації за найм (оренду) житлових приміщень особам, які захищали незалежність, ' +
    'суверенітет та територіальну цілісність України.»',
  note:
    'lexinform.com.ua (legal news); the resolution’s text was not read. The day it took effect is not given there: ' +
    'the service is dated from the day it was adopted, 07.03.2025, which may be a few days early.',
};

/** Legal news on КМУ 722 of 18.06.2025: the application at the rented address, through a CNAP, passed on the next working day. */
const LEXINFORM_722: Citation = {
  act: 'lexinform-rent-compensation-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«… подають місцевому органу за адресою найманого житлового приміщення заяву про виплату грошової компенсації у ' +
    'паперовій чи в електронній формі (за наявності технічної можливості) за формою згідно з додатком. Заява з ' +
    'необхідними документами може подаватися через центр надання адміністративних послуг. Заява з необхідними ' +
    'документами приймається адміністратором центру надання адміністративних послуг та невідкладно, але не пізніше ' +
    'наступного робочого дня після прийняття, передається …»',
  note: 'Legal news retelling points 8, 9 of the procedure as КМУ 722 of 18.06.2025 worded them; the resolution was not read.',
};

/** The Poltava regional administration's notice: the veteran policy unit decides within 10 working days. */
const PODA_NOTICE: Citation = {
  act: 'poda-rent-compensation-notice',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Структурний підрозділ, відповідальний за ветеранську політику, розглядає подані документи та протягом 10 ' +
    'робочих днів ухвалює рішення щодо виплати компенсації та її розміру.» «Сума виплат залежить від місця ' +
    'розташування орендованого житла.»',
  note: 'legal.poda.gov.ua/news/212877, a regional state administration’s page (2025), quoting the Minister for Veterans.',
};

/** The Kremenchuk CNAP's card: the Register-style name, 10 working days, free of charge. */
const KREMENCHUK_CARD: Citation = {
  act: 'kremenchuk-cnap-card-901',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Назва Виплата грошової компенсації особам, які захищали незалежність, суверенітет та територіальну цілісність ' +
    'України, за найм (оренду) ними житлових приміщень Суб’єкт надання Управління соціального захисту населення ' +
    'Крюківського району … Строк надання 10 робочих днів Платність послуги безоплатно»',
  note: 'cnap-kremen.gov.ua/poslugi/posluga/901, a city CNAP’s card (its own code 59-104, not a Register id); its date was not seen.',
};

/** The Kropyvnytskyi CNAP's page: the CNAP and the veteran policy unit take it, in person, by post or e-mail. */
const KROPYVNYTSKYI_CNAP: Citation = {
  act: 'kropyvnytskyi-cnap-rent-compensation',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Центр надання адміністративних послуг «Прозорий офіс» Кропивницького … Департамент соціальної політики ' +
    'Кропивницької міської ради … (структурний підрозділ, на який покладено функції з питань ветеранської ' +
    'політики …). … Фізична особа подає заяву на отримання послуги заявник може особисто, шляхом відправлення ' +
    'документів поштою (рекомендованим листом) або електронною поштою.»',
  note: 'dozvil.kr-rada.gov.ua, a city CNAP’s page; its date was not seen.',
};

/** No source read says how the CNAP passes the file on. */
const MODEL_III_UNREAD: Citation = {
  act: 'lexinform-rent-compensation-2025',
  evidence: 'none',
  checkedOn: '2026-11-26',
  note:
    'The CNAP passes the application to the veteran policy unit by the next working day (legal news, above); ' +
    'whether on paper (model III) or electronically is not said. Model III is recorded because the decider is not ' +
    'a social protection unit with «Соціальна громада».',
};

/** The cash compensation for renting a dwelling to those who defended Ukraine (КМУ 252 of 2025). */
export const DEFENDER_RENT_COMPENSATION: ServiceData = {
  id: 'defender-rent-compensation',
  social: true,
  names: {
    '2025-03-07': {
      value: {
        uk:
          'Виплата грошової компенсації особам, які захищали незалежність, суверенітет та територіальну цілісність ' +
          'України, за найм (оренду) ними житлових приміщень',
        en: 'Cash compensation to those who defended the independence and territorial integrity of Ukraine for renting a dwelling',
      },
      basis: [KREMENCHUK_CARD, KMU_252],
    },
  },
  description: {
    uk:
      'Щомісячна компенсація оренди житла звільненим зі служби Захисникам і Захисницям (зокрема з числа ВПО, ' +
      'звільнених з полону, тих, чиє житло зруйноване, пошкоджене чи на окупованій території, або хто проходить ' +
      'реабілітацію далеко від дому): 1–2 прожиткові мінімуми залежно від населеного пункту. Заява — за адресою ' +
      'найманого житла, через ЦНАП або підрозділ з питань ветеранської політики.',
    en:
      'A monthly rent compensation for discharged Defenders (displaced people, those freed from captivity, those whose ' +
      'home is destroyed, damaged or occupied, or who are in rehabilitation far from home among them): 1–2 subsistence ' +
      'minimums depending on the place. Applied for at the rented address, through a CNAP or the veteran policy unit.',
  },
  keywords: [
    'компенсація оренди житла',
    'компенсація за оренду',
    'оренда житла ветеранам',
    'компенсація найму житла',
    'гроші на оренду',
    'ветеран ВПО оренда',
    'оренда житла військовим',
    'компенсация аренды жилья',
  ],
  available: {
    '2025-03-07': { value: true, basis: [KMU_252] },
  },
  provider: {
    '2025-03-07': {
      value: {
        kind: 'localCouncil',
        name: {
          uk: 'Структурний підрозділ місцевого органу з питань ветеранської політики за адресою найманого житла',
          en: 'The local body’s veteran policy unit where the rented dwelling is',
        },
      },
      basis: [PODA_NOTICE, LEXINFORM_722],
    },
  },
  legalBasis: {
    '2025-03-07': { value: [KMU_252], basis: [KMU_252] },
  },
  fee: {
    '2025-03-07': { value: { kind: 'free' }, basis: [KREMENCHUK_CARD] },
  },
  term: {
    '2025-03-07': {
      value: { kind: 'term', term: { amount: 10, unit: 'workingDays' } },
      basis: [PODA_NOTICE, KREMENCHUK_CARD],
    },
  },
  result: {
    '2025-03-07': {
      value: [
        {
          uk: 'Рішення про виплату компенсації та її розмір або про відмову',
          en: 'A decision to pay the compensation and its amount, or to refuse it',
        },
      ],
      basis: [PODA_NOTICE],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2025-03-07': { value: ['cnap', 'post'], basis: [KROPYVNYTSKYI_CNAP, LEXINFORM_722] },
  },
  delivery: {
    '2025-03-07': { value: { models: ['III'], socialHromada: false }, basis: [MODEL_III_UNREAD] },
  },
  applicationForm: {
    '2025-03-07': {
      value: {
        uk: 'Заява про виплату грошової компенсації за формою згідно з додатком до Порядку (постанова КМУ № 252)',
        en: 'Application for the compensation in the form annexed to the procedure (Cabinet resolution 252)',
      },
      basis: [LEXINFORM_722],
    },
  },
  lifeSituations: ['housingAndUtilities', 'internalDisplacement'],
};
