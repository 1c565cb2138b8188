import type { Citation } from '@vikno/law';
import { APPEAL_GENERAL, ASSIGN_OR_REFUSE, CEILING_TERM, FREE_AS_SOCIAL, PFU } from '../common.js';
import type { ServiceData } from '../load.js';

/** КМУ 371 item 3: the pilot's participants, read only in an unofficial English translation. */
const KMU_371_ITEM_3: Citation = {
  act: 'kmu-371-2025',
  provision: { uk: 'п. 3 постанови', en: 'resolution item 3' },
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«since July 1, 2025 - for date of the request for purpose of the basic public assistance are receivers of ' +
    'the government public assistance to needy families; the help on children to lonely mothers; the help on the ' +
    'children who are brought up in large families; temporary government assistance to children whose parents ' +
    'evade from payment of the alimony …»',
  note:
    'Read in an unofficial English translation (Soyuzpravoinform, cis-legislation.com, marked “Extraction”), not ' +
    'in the Ukrainian text; item 1 there runs the pilot for two years from the resolution’s entry into force. ' +
    'КМУ 986 of 13.08.2025 amended the procedure (not read).',
};

/** The Pension Fund's notice as Censor.net reported it: who may apply from 01.07.2025, and the two channels. */
const CENSOR_PFU: Citation = {
  act: 'censor-pfu-basic-assistance-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Заява на отримання базової соціальної допомоги уповноваженого представника сім’ї подається в електронній ' +
    'формі з використанням засобів Єдиного державного вебпорталу електронних послуг (портал "Дія") або в ' +
    'паперовій формі до обраного сервісного центру Пенсійного …»',
  note:
    'News (20.06.2025) retelling the Pension Fund’s notice; it names the four kinds of assistance whose recipients ' +
    'may apply from 01.07.2025 and, from 01.10.2025, other families meeting the procedure’s criteria. It names no ' +
    'CNAP, starosta or post route.',
};

/** sud.ua (04.11.2025): the new stage for low-income families; applications to the Fund's service centres. */
const SUD_STAGE: Citation = {
  act: 'sud-basic-assistance-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Новий етап проєкту має формат бета-тестування, і вже зараз родини можуть звертатися із заявами до ' +
    'сервісних центрів Пенсійного фонду.»',
  note: 'News (04.11.2025) retelling the Ministry of Social Policy; it names no CNAP route.',
};

/** A CNAP's own page (19.01.2026, after the Ministry): assigned for six months, then extended automatically. */
const CNAP_NS: Citation = {
  act: 'cnap-ns-basic-assistance-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Виплата призначається на шість місяців, а далі автоматично може продовжуватися на весь час ' +
    'експериментального проєкту — 2 роки.»',
  note:
    'The Nyzhni Sirohozy CNAP’s news page retelling the Ministry’s cards; it refers the reader to the Ministry and ' +
    'does not say the CNAP takes the application.',
};

/**
 * The basic social assistance (базова соціальна допомога), the pilot of КМУ 371 run by the Pension Fund. No source
 * read names a CNAP route: the catalogue holds it so that a CNAP administrator asked about it knows where to send
 * the applicant.
 */
export const BASIC_SOCIAL_ASSISTANCE: ServiceData = {
  id: 'basic-social-assistance',
  social: true,
  names: {
    '2025-07-01': {
      value: {
        uk: 'Призначення базової соціальної допомоги (експериментальний проєкт)',
        en: 'Assignment of the basic social assistance (pilot project)',
      },
      basis: [KMU_371_ITEM_3, CENSOR_PFU],
    },
  },
  description: {
    uk:
      'Щомісячна допомога на всю сім’ю з низькими доходами в межах експериментального проєкту (постанова КМУ № 371 ' +
      'від 25.03.2025): замість кількох окремих виплат — одна, розрахована від базової величини 4 500 грн як ' +
      'різниця між її сумою для всіх членів сім’ї та середньомісячним доходом сім’ї. З 1 липня 2025 року звертатися ' +
      'можуть сім’ї, які вже отримують державну соціальну допомогу малозабезпеченим сім’ям, допомогу на дітей ' +
      'одиноким матерям, допомогу на дітей, які виховуються у багатодітних сім’ях, або тимчасову державну допомогу ' +
      'дітям, батьки яких ухиляються від сплати аліментів; з 1 жовтня 2025 року — й інші сім’ї, що відповідають ' +
      'критеріям порядку (заяви таких сімей приймають з листопада 2025 року). Призначає Пенсійний фонд. Заяву ' +
      'подають лише в «Дії» або в паперовій формі в будь-якому сервісному центрі Пенсійного фонду, незалежно від ' +
      'місця проживання; жодне прочитане джерело не називає ЦНАП, тож адміністратор ЦНАП скеровує заявника до ' +
      'сервісного центру ПФУ або в «Дію».',
    en:
      'A monthly payment for the whole low-income family under a pilot project (Cabinet resolution 371 of ' +
      '25.03.2025): one payment instead of several, computed from the base amount of 4,500 UAH as the difference ' +
      'between that amount summed over the family and the family’s average monthly income. From 1 July 2025 the ' +
      'families already receiving state social assistance to low-income families, assistance for children of single ' +
      'mothers, assistance for children in large families, or the temporary state assistance for children whose ' +
      'parents evade alimony may apply; from 1 October 2025 other families meeting the procedure’s criteria too ' +
      '(their applications taken from November 2025). The Pension Fund decides. The application is made only in ' +
      'Diia or on paper at any Pension Fund service centre, wherever the family lives; no source read names a CNAP, ' +
      'so a CNAP administrator sends the applicant to a Pension Fund service centre or to Diia.',
  },
  keywords: [
    'базова допомога',
    'базова соціальна допомога',
    'базова соцдопомога',
    'базовая помощь',
    'базовая социальная помощь',
    'базова величина 4500',
  ],
  available: {
    '2025-07-01': { value: true, basis: [KMU_371_ITEM_3, CENSOR_PFU] },
  },
  provider: {
    '2025-07-01': { value: PFU, basis: [CENSOR_PFU, SUD_STAGE] },
  },
  legalBasis: {
    '2025-07-01': { value: [KMU_371_ITEM_3], basis: [CENSOR_PFU] },
  },
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: {
    '2025-07-01': {
      value: [
        ASSIGN_OR_REFUSE,
        {
          uk: 'Допомогу призначають на шість місяців; далі її може бути продовжено автоматично на час проєкту',
          en: 'The assistance is assigned for six months, then may be extended automatically for the project’s term',
        },
      ],
      basis: [CNAP_NS],
    },
  },
  appeal: APPEAL_GENERAL,
  channels: {
    '2025-07-01': { value: ['pfuOffice', 'diia'], basis: [CENSOR_PFU, SUD_STAGE] },
  },
  delivery: {
    '2025-07-01': { value: { models: [], socialHromada: false }, basis: [CENSOR_PFU, SUD_STAGE] },
  },
  applicationForm: {
    '2025-07-01': {
      value: {
        uk:
          'Заява уповноваженого представника сім’ї: в електронній формі через «Дію» або в паперовій формі в ' +
          'обраному сервісному центрі Пенсійного фонду',
        en:
          'An application by the family’s authorised representative: electronically through Diia or on paper at ' +
          'a Pension Fund service centre of their choice',
      },
      basis: [CENSOR_PFU],
    },
  },
  lifeSituations: ['lowIncome', 'singleParent', 'largeFamily'],
};
