import type { LegalSource } from '@vikno/deadlines';
import type { ServiceInput } from '../../schema.js';
import {
  ALL_MODELS,
  APPEAL_GENERAL,
  CEILING_TERM,
  FIRST_DAY_OF_PFU,
  FREE_AS_SOCIAL,
  KMU_695_2025,
  LAST_DAY_BEFORE_PFU,
  PFU_TRANSFER_2025,
  SEED_MODELS,
  transferredToPfu,
} from '../common.js';

/* ------------------------------------------------------------------------------------------------------------
 * Sources
 * ---------------------------------------------------------------------------------------------------------- */

/** Law 2109-III on state social assistance to persons disabled since childhood and children with disabilities. */
const LAW_2109: LegalSource = {
  id: 'law-2109-iii',
  act: {
    uk: 'Закон України «Про державну соціальну допомогу особам з інвалідністю з дитинства та дітям з інвалідністю»',
    en: 'Law of Ukraine On State Social Assistance to Persons Disabled since Childhood and Children with Disabilities',
  },
  number: '2109-III',
  url: 'https://zakon.rada.gov.ua/laws/show/2109-14',
  verified: false,
  note:
    'Title and code 2109-14 as cited in КМУ resolution 79/2021 (text read on zakon-i-normativ.info, a secondary ' +
    'copy); the number 2109-III is read from the code (3rd convocation); the adoption date was not seen. URL built ' +
    'by the standard zakon.rada pattern.',
};

/** Law 2109-III Art. 9: who assigns the assistance and the 10-day term. */
const LAW_2109_ART_9: LegalSource = {
  ...LAW_2109,
  id: 'law-2109-iii-art-9',
  provision: { uk: 'ст. 9', en: 'Art. 9' },
  verified: false,
  note:
    'Read on protocol.ua (a secondary copy, redaction after Law 5462-VI): «…призначається місцевою державною ' +
    'адміністрацією»; «Заява … розглядається … не пізніше 10 днів після надходження заяви з усіма необхідними ' +
    'документами»; «…призначається з дня звернення». The unit of the 10 days is not stated in the article. Whether ' +
    'the article was amended for the Pension Fund in 2025 was not checked.',
};

/** Law 2109-III Art. 3: the care allowance (надбавка на догляд). */
const LAW_2109_ART_3: LegalSource = {
  ...LAW_2109,
  id: 'law-2109-iii-art-3',
  provision: { uk: 'ст. 3', en: 'Art. 3' },
  verified: false,
  note:
    'That Art. 3 sets the care allowance («Надбавка на догляд за дитиною-інвалідом підгрупи А…») was seen only in ' +
    'the text of an amending law on civilniy.org.ua (secondary); the current wording was not read.',
};

/** КМУ resolution 79 of 03.02.2021, the procedure for assistance to persons disabled since childhood. */
const KMU_79: LegalSource = {
  id: 'kmu-79-2021',
  act: {
    uk: 'Постанова КМУ «Деякі питання призначення і виплати державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю»',
    en: 'Cabinet resolution on assigning and paying state social assistance to persons disabled since childhood and children with disabilities',
  },
  number: '79',
  adopted: '2021-02-03',
  url: 'https://zakon.rada.gov.ua/laws/show/79-2021-п',
  verified: true,
  note:
    'Number, date and title as cited by kozova-rada.gov.ua/news/1753434468/ and in the text on zakon-i-normativ.info. ' +
    'Its entry into force was not read: the catalogue switches to it on the adoption day. The procedure in force ' +
    'before it is not recorded. URL built by the standard pattern.',
};

/** Law 1727-IV on state social assistance to persons without pension rights and persons with disabilities. */
const LAW_1727: LegalSource = {
  id: 'law-1727-iv',
  act: {
    uk: 'Закон України «Про державну соціальну допомогу особам, які не мають права на пенсію, та особам з інвалідністю»',
    en: 'Law of Ukraine On State Social Assistance to Persons without Pension Rights and Persons with Disabilities',
  },
  number: '1727-IV',
  adopted: '2004-05-18',
  url: 'https://zakon.rada.gov.ua/laws/show/1727-15',
  verified: false,
  note:
    'Number and date from secondary copies (kodeksy.com.ua «від 18.05.2004 № 1727-IV»; online.budstandart.com); the ' +
    'current title as used by pidvoltg.gov.ua. URL built by the standard pattern.',
};

/** КМУ resolution 261 of 02.04.2005, the procedure for the assistance under Law 1727-IV and care assistance. */
const KMU_261: LegalSource = {
  id: 'kmu-261-2005',
  act: {
    uk: 'Постанова КМУ «Про затвердження Порядку призначення і виплати державної соціальної допомоги особам, які не мають права на пенсію, та особам з інвалідністю і державної соціальної допомоги на догляд»',
    en: 'Cabinet resolution approving the procedure for assigning and paying state social assistance to persons without pension rights and persons with disabilities, and care assistance',
  },
  number: '261',
  adopted: '2005-04-02',
  url: 'https://zakon.rada.gov.ua/laws/show/261-2005-п',
  verified: true,
  note:
    'Number, date and title as cited by kozova-rada.gov.ua/news/1753434468/ (2025) and docs.dtkt.ua; the text of ' +
    'the procedure was not read. URL built by the standard pattern.',
};

/** КМУ 261 para 40: funeral assistance on the death of a recipient, two months of the assistance. */
const KMU_261_PARA_40: LegalSource = {
  ...KMU_261,
  id: 'kmu-261-2005-para-40',
  provision: { uk: 'п. 40 Порядку', en: 'Procedure para 40' },
  verified: false,
  note:
    'Wording as set by КМУ 1226 of 17.10.2007, read on iplex360.com.ua (secondary): «У разі смерті одержувача ' +
    'соціальної допомоги особам, які здійснили його поховання, виплачується допомога на поховання в розмірі ' +
    'двомісячної суми соціальної допомоги, призначеної на день смерті…». The current redaction was not read.',
};

/** The CNAP card of the Rozdilna hromada for assistance to persons disabled since childhood (Register 00151). */
const ROZDILNA_CARD_00151: LegalSource = {
  id: 'cnap-rozdilna-card-00151',
  act: {
    uk: 'Інформаційна картка ЦНАП Роздільнянської громади «Призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю»',
    en: 'Rozdilna CNAP information card: assignment of state social assistance to persons disabled since childhood and children with disabilities',
  },
  url: 'https://cnap.rozdilna.toolkit.in.ua/functionality/25309/',
  verified: true,
  note:
    'Quoted: «Ідентифікатор послуги: 00151», «Строк: 10 днів (календарні)», «Вартість: Безоплатне надання»; apply ' +
    '«до структурного підрозділу з питань соціального захисту населення чи центру надання адміністративних ' +
    'послуг». The card still names councils, not the Pension Fund, as where to get it; its date was not seen.',
};

/** A Pension Fund regional page: the Fund assigns the assistance under Law 2109-III from 01.07.2025. */
const PFU_DN_DISABILITY: LegalSource = {
  id: 'pfu-dn-disability-from-childhood-2025',
  act: {
    uk: 'Роз’яснення на сайті Пенсійного фонду України: умови призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю',
    en: 'Pension Fund explanation: terms of state social assistance to persons disabled since childhood and children with disabilities',
  },
  inForce: '2025-07-01',
  url: 'https://www.pfu.gov.ua/dn/?p=323343',
  verified: true,
  note:
    'Quoted: «З 1 липня 2025 року на органи Пенсійного фонду України покладені функції з призначення та виплати ' +
    'державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю (постанова КМУ від ' +
    '11.06.2025 № 695)» and «До державної соціальної допомоги призначається також надбавка на догляд». The /dn/ ' +
    'section appears to be the Donetsk regional office.',
};

/** The application form before 01.07.2025 for the assistance under Law 2109-III (Kyiv city notice). */
const KYIVCITY_FORM_2109: LegalSource = {
  id: 'kyivcity-disability-assistance-form',
  act: {
    uk: 'Роз’яснення Київської міської влади: документи для призначення допомоги особам з інвалідністю з дитинства',
    en: 'Kyiv city notice: documents for assistance to persons disabled since childhood',
  },
  url: 'https://golos.kyivcity.gov.ua/news/13102',
  verified: true,
  note:
    '«Заява про призначення допомоги, що складається за формою, затвердженою Мінсоцполітики» (domain notes §5.6, ' +
    'tagged [V]); not re-read in this session.',
};

/** Kropyvnytskyi CNAP catalogue names of social services (updated 07.08.2023). */
const KR_CNAP_LIST: LegalSource = {
  id: 'cnap-kropyvnytskyi-social-list-2023',
  act: {
    uk: 'Перелік послуг Департаменту соціальної політики у ЦНАП м. Кропивницького',
    en: 'Kropyvnytskyi CNAP list of social policy department services',
  },
  url: 'https://dozvil.kr-rada.gov.ua',
  verified: true,
  note:
    'Names as listed (updated 07.08.2023) per domain notes §4, tagged [V]: «Призначення надбавки на догляд за ' +
    'особами з інвалідністю з дитинства та дітьми з інвалідністю». Not re-read in this session; exact page not known.',
};

/** Oleksandriia CNAP card for the care allowance: 10 days, free. */
const OLEX_CARD_CARE: LegalSource = {
  id: 'cnap-olexrada-care-allowance',
  act: {
    uk: 'Опис послуги ЦНАП Олександрійської міської ради «Надання надбавки на догляд за особами з інвалідністю з дитинства та дітьми - інвалідами»',
    en: 'Oleksandriia CNAP service page: care allowance for persons disabled since childhood and children with disabilities',
  },
  url: 'https://cnap.olexrada.gov.ua/poslugi/posluga/225',
  verified: true,
  note:
    'Quoted: «Строк надання 10 днів», «Платність послуги безоплатно» (local code 19-14). The unit of the 10 days is ' +
    'not stated; calendar days are assumed as for the assistance itself (card 00151). Date of the page not seen.',
};

/** Khmelnytskyi social protection department card for the assistance under Law 1727-IV. */
const KHM_CARD_NO_PENSION: LegalSource = {
  id: 'khm-soczahist-no-pension-assistance',
  act: {
    uk: 'Опис послуги Департаменту соціального захисту Хмельницької міської ради: державна соціальна допомога особам, які не мають права на пенсію, та особам з інвалідністю',
    en: 'Khmelnytskyi social protection department page: assistance to persons without pension rights and persons with disabilities',
  },
  url: 'https://soczahist.khm.gov.ua/?page_id=343',
  verified: false,
  note:
    'Quoted from a public body: «Не пізніше 10 днів після надходження заяви зі всіма необхідними документами», ' +
    '«безоплатно». Marked unverified only because the unit is not stated: calendar days are assumed. The provision ' +
    'of Law 1727-IV or КМУ 261 that sets the term was not read.',
};

/** News reports quoting the Pension Fund: it administers the assistance under Law 1727-IV since July 2025. */
const PFU_NO_PENSION_NEWS: LegalSource = {
  id: 'pfu-no-pension-assistance-news-2025',
  act: {
    uk: 'Повідомлення ЗМІ з посиланням на Пенсійний фонд про адміністрування допомоги особам, які не мають права на пенсію',
    en: 'News reports quoting the Pension Fund on administering assistance to persons without pension rights',
  },
  inForce: '2025-07-01',
  verified: false,
  note:
    'expert.in.ua quoting the Fund’s press service: «З липня 2025 року ПФУ почав адмініструвати державну соціальну ' +
    'допомогу для людей, які не мають права на пенсію, а також для осіб з інвалідністю»; sud.ua (21.12.2025) ' +
    'quoting ГУ ПФУ в Чернігівській області. News sites, not the Fund’s own page.',
};

/** Rozvadiv CNAP card 00099 (care assistance under the same procedure 261): decided by the Pension Fund. */
const ROZVADIV_CARD_00099: LegalSource = {
  id: 'cnap-rozvadiv-card-00099',
  act: {
    uk: 'Інформаційна картка ЦНАП Розвадівської громади «Призначення державної соціальної допомоги на догляд»',
    en: 'Rozvadiv CNAP information card: assignment of state social assistance for care',
  },
  url: 'https://rozvadivotg.gov.ua/cnap/functionality/16489/',
  verified: true,
  note:
    'Register id 00099, a related service under the same procedure (КМУ 261): «Рішення … приймає територіальний ' +
    'орган Пенсійного фонду України»; «Строк: 10 днів (календарні)». Cited as indirect evidence only.',
};

/** Applications for social assistance taken by CNAP officials and passed to the social protection body. */
const SOCIAL_VIA_CNAP: LegalSource = {
  id: 'social-assistance-via-cnap-fursivska',
  act: {
    uk: 'Роз’яснення Фурсівської громади щодо прийому заяв на соціальну допомогу',
    en: 'Fursivska hromada notice on receiving social assistance applications',
  },
  url: 'https://fursivska-gromada.gov.ua',
  verified: true,
  note:
    '«заяви … приймаються … посадовими особами центру надання адміністративних послуг і передаються відповідному ' +
    'органу соціального захисту населення» (domain notes §4, tagged [V]); exact page not known, not re-read.',
};

/** Law 1102-IV «Про поховання та похоронну справу», the enabling act of КМУ 99. */
const LAW_1102: LegalSource = {
  id: 'law-1102-iv',
  act: {
    uk: 'Закон України «Про поховання та похоронну справу»',
    en: 'Law of Ukraine On Burial and Funeral Business',
  },
  number: '1102-IV',
  provision: { uk: 'ст. 13', en: 'Art. 13' },
  url: 'https://zakon.rada.gov.ua/laws/show/1102-15',
  verified: false,
  note:
    'Cited as the enabling act («статті 13 Закону … (1102-15)») in the text of КМУ 99 on cons.parus.ua, a ' +
    'secondary copy; the number is read from the code.',
};

/** КМУ resolution 99 of 31.01.2007, funeral assistance for some categories of persons. */
const KMU_99: LegalSource = {
  id: 'kmu-99-2007',
  act: {
    uk: 'Постанова КМУ «Про затвердження Порядку надання допомоги на поховання деяких категорій осіб виконавцю волевиявлення померлого або особі, яка зобов’язалася поховати померлого»',
    en: 'Cabinet resolution approving the procedure for funeral assistance for some categories of persons to the executor of the deceased’s will or the person who undertook the burial',
  },
  number: '99',
  adopted: '2007-01-31',
  url: 'https://zakon.rada.gov.ua/laws/show/99-2007-п',
  verified: true,
  note:
    'Number, date and title as cited by smr.gov.ua and admincen.mkrada.gov.ua; the text (read on cons.parus.ua) ' +
    'says it enters into force on publication — the publication date was not seen, so the catalogue starts the ' +
    'service on the adoption day. Earlier funeral assistance (КМУ 1753 of 2001, repealed by it) is not recorded.',
};

/** Mykolaiv (Central district administration) notice on funeral assistance under КМУ 99. */
const MKRADA_FUNERAL: LegalSource = {
  id: 'mkrada-funeral-assistance-2021',
  act: {
    uk: 'Роз’яснення адміністрації Центрального району Миколаївської міської ради «Допомога на поховання: як призначається та виплачується»',
    en: 'Mykolaiv Central district administration notice on funeral assistance',
  },
  url: 'https://admincen.mkrada.gov.ua/link/index/3534-%20index.php',
  verified: true,
  note:
    'Dated 29.07.2021. Quoted: «Допомога на поховання померлого (померлої) надається особам, які звернулися ' +
    'протягом 6 місяців після смерті…»; paid «за останнім місцем проживання померлого за рахунок міського ' +
    'бюджету»; documents received by the district administration’s general department.',
};

/** Rozdilna city council decision 756-VIII of 09.06.2021 on the local procedure under КМУ 99. */
const ROZDILNA_FUNERAL_DECISION: LegalSource = {
  id: 'rozdilna-council-756-viii-2021',
  act: {
    uk: 'Рішення Роздільнянської міської ради від 09.06.2021 № 756-VIII «Про затвердження Положення про порядок надання допомоги на поховання деяких категорій осіб…»',
    en: 'Rozdilna city council decision 756-VIII of 09.06.2021 approving the local rules on funeral assistance under КМУ 99',
  },
  number: '756-VIII',
  adopted: '2021-06-09',
  url: 'https://rozdilna.toolkit.in.ua/documents/70977-pro-zatverdzennia-polozennia-pro-poriadok-nadannia-dopomogi-na-poxovannia-deiakix-kategorii-osib-vikonavciu-voleviiavlennia-pomer',
  verified: true,
  note: 'Shows a hromada council setting its own rules and paying the assistance; the Положення itself was not read.',
};

/** Suvorov district council (Kherson) notice: assistance under КМУ 99 given by the social protection office. */
const SUVRADA_FUNERAL: LegalSource = {
  id: 'suvrada-kherson-funeral-assistance-2021',
  act: {
    uk: 'Роз’яснення Суворовської районної у м. Херсоні ради «Допомога на поховання деяких категорій осіб»',
    en: 'Suvorov district council (Kherson) notice on funeral assistance for some categories of persons',
  },
  url: 'http://suvrada.kherson.ua/dlja-gromadjan/korisna-informacija/dokladnishe/?tx_ttnews%5Btt_news%5D=3739&cHash=c37881b460e3be0b94b41ec71ef53245',
  verified: true,
  note: 'Dated 16.02.2021: «допомога надається управлінням праці та соціального захисту населення».',
};

/** CNAP catalogues list funeral assistance, but no CNAP card for the КМУ 99 variant was seen. */
const FUNERAL_VIA_CNAP_UNSEEN: LegalSource = {
  id: 'funeral-assistance-via-cnap-unconfirmed',
  act: {
    uk: 'Каталоги послуг ЦНАП (допомога на поховання)',
    en: 'CNAP service catalogues (funeral assistance)',
  },
  verified: false,
  note:
    'Domain notes §4 list «Допомога на поховання…» (several variants) among CNAP catalogue names, but no CNAP card ' +
    'for the КМУ 99 variant was found; in Mykolaiv documents go to the district administration, which no channel ' +
    'value describes.',
};

/** Nemovychi hromada: funeral assistance on the death of a recipient is two payments of the assistance. */
const NEMOVYCKA_FUNERAL: LegalSource = {
  id: 'nemovycka-funeral-assistance',
  act: {
    uk: 'Роз’яснення Немовицької громади «Допомога на поховання»',
    en: 'Nemovychi hromada notice on funeral assistance',
  },
  url: 'https://nemovycka-gromada.gov.ua/news/1574934256/',
  verified: true,
  note:
    'Quoted: «Два розміри виплаченої допомоги згідно ЗУ «Про державну соціальну допомогу особам з інвалідністю з ' +
    'дитинства та дітям з інвалідністю» та ЗУ «Про державну соціальну допомогу особам, які не мають права на ' +
    'пенсію, та особам з інвалідністю»»; «Право на допомогу: Сім’я померлого або особа, яка здійснила поховання».',
};

/** Kozova council notice (2025): funeral assistance for recipients under КМУ 261, 79 and 695, with refusals. */
const KOZOVA_FUNERAL: LegalSource = {
  id: 'kozova-funeral-assistance-2025',
  act: {
    uk: 'Роз’яснення Козівської селищної ради «Допомога на поховання»',
    en: 'Kozova council notice on funeral assistance',
  },
  url: 'https://kozova-rada.gov.ua/news/1753434468/',
  verified: true,
  note:
    'Quoted: the assistance «надається членам сім’ї/особам, які здійснили поховання одержувача державної ' +
    'соціальної допомог відповідно до постанов КМУ від 02 квітня 2005 року №261 …, від 03 лютого 2021 року №79 … ' +
    'та 11 червня 2025 року №695 “Деякі питання надання окремих видів державної соціальної допомоги Пенсійним ' +
    'фондом України”», and the refusal grounds. Citing КМУ 695 is the evidence that the Pension Fund now decides.',
};

/** Law 1382-IV on freedom of movement and free choice of residence. */
const LAW_1382: LegalSource = {
  id: 'law-1382-iv',
  act: {
    uk: 'Закон України «Про свободу пересування та вільний вибір місця проживання в Україні»',
    en: 'Law of Ukraine On Freedom of Movement and Free Choice of Residence in Ukraine',
  },
  number: '1382-IV',
  adopted: '2003-12-11',
  url: 'https://zakon.rada.gov.ua/laws/show/1382-15',
  verified: true,
  note: 'Number and date from the card at zakon4.rada.gov.ua/laws/show/1382-15/card3.',
};

/** The registration fee under Law 1382-IV before 01.12.2021. */
const LAW_1382_FEE_BEFORE_2021: LegalSource = {
  ...LAW_1382,
  id: 'law-1382-iv-fee-before-2021-12',
  verified: false,
  note:
    'The fee provision of Law 1382-IV in its redaction before 01.12.2021 was not read; its wording is known from CNAP ' +
    'cards (admincher.gov.ua, kyivcnap.gov.ua). That the same rule applied from 04.04.2016 is an assumption.',
};

/** Law 1871-IX on declaring and registering the place of residence. */
const LAW_1871: LegalSource = {
  id: 'law-1871-ix',
  act: {
    uk: 'Закон України «Про надання публічних (електронних публічних) послуг щодо декларування та реєстрації місця проживання в Україні»',
    en: 'Law of Ukraine On Providing Public (Electronic Public) Services of Declaring and Registering the Place of Residence in Ukraine',
  },
  number: '1871-IX',
  adopted: '2021-11-05',
  inForce: '2021-12-01',
  url: 'https://zakon.rada.gov.ua/laws/show/1871-20',
  verified: true,
  note:
    'Number and date as cited by chudniv-miskrada.gov.ua («№1871 від 05.11.2021»); in force from 01.12.2021 (some ' +
    'parts from 01.03.2022 and 01.06.2022) per its final provisions, read on protocol.ua, and confirmed by ' +
    'yavoriv-rada.gov.ua applying its fees from 01.12.2021. URL built by the standard pattern (code 1871-20).',
};

/** Law 1871-IX Art. 6: the administrative fees for declaring, registering and deregistering. */
const LAW_1871_ART_6: LegalSource = {
  ...LAW_1871,
  id: 'law-1871-ix-art-6',
  provision: { uk: 'ст. 6', en: 'Art. 6' },
  verified: true,
  note:
    'Wording seen on yavoriv-rada.gov.ua/news/1638356279, chudniv-miskrada.gov.ua and kyivcnap.gov.ua: «1,5 відсотка ' +
    'прожиткового мінімуму, встановленого для працездатних осіб на 1 січня календарного року» in time and for ' +
    'deregistration; «2,5 відсотка…» when the term is missed. The official text itself was not read.',
};

/** КМУ resolution 207 of 02.03.2016, the residence registration rules before Law 1871-IX. */
const KMU_207: LegalSource = {
  id: 'kmu-207-2016',
  act: {
    uk: 'Постанова КМУ «Про затвердження Правил реєстрації місця проживання та Порядку передачі органами реєстрації інформації до Єдиного державного демографічного реєстру»',
    en: 'Cabinet resolution approving the rules for registering the place of residence',
  },
  number: '207',
  adopted: '2016-03-02',
  url: 'https://zakon.rada.gov.ua/laws/show/207-2016-п',
  verified: true,
  note:
    'Number, date and title as reported by sm.cn.court.gov.ua (01.04.2016); the text was read on parusconsultant.com ' +
    '(secondary). When it stopped applying after Law 1871-IX was not read.',
};

/** КМУ resolution 265 of 07.02.2022, the procedure for declaring and registering the place of residence. */
const KMU_265: LegalSource = {
  id: 'kmu-265-2022',
  act: {
    uk: 'Постанова КМУ «Деякі питання декларування і реєстрації місця проживання та ведення реєстрів територіальних громад»',
    en: 'Cabinet resolution on declaring and registering the place of residence and keeping hromada registers',
  },
  number: '265',
  adopted: '2022-02-07',
  inForce: '2022-03-14',
  url: 'https://zakon.rada.gov.ua/laws/show/265-2022-п',
  verified: true,
  note:
    'Number, date and title as cited on kyivcnap.gov.ua and kamyanecka-gromada.gov.ua. In force 14.03.2022 per the ' +
    'State Migration Service (dmsu.gov.ua/vazhlivo/informacziya-dlya-or.html: «набрання чинності 14 березня 2022 ' +
    'року»).',
};

/** Decentralization portal: from 04.04.2016 local councils register the place of residence (Law 888-VIII). */
const DECENTRALIZATION_2016: LegalSource = {
  id: 'decentralization-registration-2016',
  act: {
    uk: 'Повідомлення порталу «Децентралізація»: реєстрацію місця проживання здійснюють органи місцевого самоврядування',
    en: 'Decentralization portal notice: local councils register the place of residence',
  },
  inForce: '2016-04-04',
  url: 'https://decentralization.gov.ua/en/news/2319',
  verified: true,
  note:
    'Quoted: «starting from 4 April 2016, the provisions of Law of Ukraine No. 888-VIII … became effective, pursuant ' +
    'to which … the powers in the area of registration and de-registration of the place of residence of ' +
    'individuals were delegated to the local self-government bodies (executive body of the village, town, or city ' +
    'council…)». Earlier (migration service) registration is not recorded. In Kyiv the district state ' +
    'administrations register (kyivcnap.gov.ua).',
};

/** Pyadychi hromada list of CNAP services with Register ids 00034 and 00037 (13.07.2021). */
const PYADYCKA_LIST: LegalSource = {
  id: 'cnap-pyadycka-list-2021',
  act: {
    uk: 'Перелік адміністративних послуг, які надаються через ЦНАП П’ядицької сільської ради',
    en: 'List of administrative services through the CNAP of the Pyadychi village council',
  },
  url: 'https://pyadycka-gromada.gov.ua/perelik-poslug-viddilu-cnap-13-40-34-13-07-2021/',
  verified: true,
  note:
    'Quoted: «00034 … Реєстрація місця проживання / перебування особи» and «00037 … Зняття з реєстрації місця ' +
    'проживання / перебування особи», both citing Law «Про свободу пересування…» (ст. 6); list of 13.07.2021.',
};

/** Kyiv CNAP card for residence registration, Register 00034/00040. */
const KYIV_CARD_00034: LegalSource = {
  id: 'kyivcnap-card-00034',
  act: {
    uk: 'Картка послуги ЦНАП м. Києва «Реєстрація місця проживання/перебування особи»',
    en: 'Kyiv CNAP service card: registration of the place of residence/stay',
  },
  url: 'https://kyivcnap.gov.ua/AdminServices/Details/3bf5d25f-4007-4a1b-a8f2-4d33f3506f63',
  verified: true,
  note:
    'Current version quoted: «Ідентифікатор послуги: 00034/00040», «Строки надання: В день отримання органом ' +
    'реєстрації документів», fees of 1.5% / 2.5% of the subsistence minimum, result «внесення органом реєстрації ' +
    'до реєстру територіальної громади відомостей про місце проживання (перебування)», legal basis Laws 1871-IX and ' +
    '1382-IV and КМУ 265. An earlier version of the same page read: «Реєстрація місця проживання/перебування ' +
    'здійснюється в день подання особою документів», fee «13 грн. 60 коп.» in time, «40 грн. 80 коп.» late.',
};

/** Cherkasy CNAP card: the fee before Law 1871-IX as a share of the minimum wage. */
const ADMINCHER_FEE_BEFORE_2021: LegalSource = {
  id: 'admincher-registration-fee-before-2021',
  act: {
    uk: 'Картка послуги ЦНАП м. Черкаси «Реєстрація місця проживання особи»',
    en: 'Cherkasy CNAP service card: registration of the place of residence',
  },
  url: 'http://admincher.gov.ua/info/service/byservicescope-234/4265/details/0/0',
  verified: true,
  note:
    'Quoted: «За реєстрацію, зняття з реєстрації місця проживання сплачується адміністративний збір: у разі ' +
    'звернення особи протягом строку … 0,0085 розміру мінімальної заробітної плати; у разі звернення … з порушенням ' +
    '… 0,0255…», with the note that after Law 1774-VIII the minimum wage is no longer used for the fee (Kyiv’s card: ' +
    '13.60 and 40.80 UAH, i.e. 0.0085 and 0.0255 of 1 600 UAH).',
};

/** Kyiv CNAP card for deregistration, Register 00037. */
const KYIV_CARD_00037: LegalSource = {
  id: 'kyivcnap-card-00037',
  act: {
    uk: 'Картка послуги ЦНАП м. Києва «Зняття з реєстрації місця проживання особи»',
    en: 'Kyiv CNAP service card: deregistration of the place of residence',
  },
  url: 'https://kyivcnap.gov.ua/AdminServices/Details/b7d74895-01a2-49f0-9cbb-01647adc9dc6',
  verified: true,
  note:
    'Quoted: «Ідентифікатор послуги: 00037», «Зняття з реєстрації місця проживання особи», «Строки надання: В день ' +
    'отримання органом реєстрації документів», «1,5 відсотка прожиткового мінімуму, встановленого для працездатних ' +
    'осіб на 1 січня календарного року».',
};

/** Kyiv contact centre wiki (earlier card): deregistration the same day, fee 0.0085. */
const WIKI_1551_DEREG: LegalSource = {
  id: 'wiki-1551-deregistration-before-2021',
  act: {
    uk: 'Довідкова база Контактного центру м. Києва 1551: зняття з реєстрації місця проживання',
    en: 'Kyiv 1551 contact centre knowledge base: deregistration of the place of residence',
  },
  url: 'https://wiki.1551.gov.ua/pages/viewpage.action?pageId=10551560',
  verified: true,
  note:
    'Earlier card (Law 1382-IV era): «Зняття з реєстрація місця проживання здійснюється в день подання особою ' +
    'документів»; fee «0,0085» (the page says of the subsistence minimum, the Cherkasy card of the minimum wage).',
};

/** Kamianka hromada notice: deregistration by the hromada’s registration body, also through Diia. */
const KAMYANECKA_DEREG: LegalSource = {
  id: 'kamyanecka-deregistration-2023',
  act: {
    uk: 'Роз’яснення Кам’янецької громади щодо зняття з реєстрації місця проживання',
    en: 'Kamianka hromada notice on deregistering the place of residence',
  },
  url: 'https://kamyanecka-gromada.gov.ua/news/1689063730/',
  verified: true,
  note:
    'Quoted: «Зняття з реєстрації місця проживання (перебування) здійснюється органом реєстрації … (у тому числі ' +
    'через центр надання адміністративних послуг) (пункт 3 Порядку … № 265)»; «Заява може подаватися в ' +
    'електронній формі засобами … (Портал Дія) особою віком від 14 років…».',
};

/** Tarutyne CNAP notice (2026): declaring and deregistering online through the Diia web portal. */
const TARUTYNE_DIIA: LegalSource = {
  id: 'tarutyne-cnap-diia-residence-2026',
  act: {
    uk: 'Повідомлення ЦНАП Бессарабської селищної ради про зміну місця проживання через портал «Дія»',
    en: 'Bessarabska CNAP notice on changing the place of residence through the Diia portal',
  },
  url: 'https://www.tarutyne-sr.gov.ua/2026/01/15/tsentr-nadannia-administratyvnykh-posluh-bessarabskoi-selyshchnoi-rady-informuie-pro-mozhlyvist-zminy-mistsia-prozhyvannia-dystantsiino-na-derzhavnomu-vebportali-elektronnykh-posluh-diia',
  verified: true,
  note:
    '«Декларування та зняття із задекларованого/зареєстрованого місця проживання через портал «ДІЯ»» — web portal ' +
    'only, not the app, and only for women, children and men not liable for military service (under 16 or over ' +
    '60). When the online route opened was not checked: the catalogue assumes 01.12.2021 (Law 1871-IX).',
};

/* ------------------------------------------------------------------------------------------------------------
 * Shared values
 * ---------------------------------------------------------------------------------------------------------- */

/** Where social assistance applications went before the Pension Fund transfer. */
const CHANNELS_BEFORE_PFU = ['cnap', 'usznOffice'] as const;
/** Where applications go since 01.07.2025, as the Nadvirna notice lists them. */
const CHANNELS_SINCE_PFU = ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post'] as const;

/** A non-social service goes through a CNAP outside the three models, which are for social services. */
const NOT_SOCIAL_DELIVERY: ServiceInput['delivery'] = [
  { value: { models: [], socialHromada: false }, basis: [SEED_MODELS] },
];

/** The day Law 1871-IX entered into force. */
const LAW_1871_FIRST_DAY = '2021-12-01';
/** The last day before it. */
const LAW_1871_LAST_DAY_BEFORE = '2021-11-30';
/** The day registration passed to local councils (Law 888-VIII). */
const COUNCILS_REGISTER_FROM = '2016-04-04';

/** The registration body: the executive body of the village, town or city council. */
const REGISTRATION_BODY = {
  kind: 'localCouncil',
  name: {
    uk: 'Виконавчий орган сільської, селищної або міської ради (орган реєстрації)',
    en: 'Executive body of the village, town or city council (the registration body)',
  },
} as const;

/* ------------------------------------------------------------------------------------------------------------
 * Services
 * ---------------------------------------------------------------------------------------------------------- */

/** State social assistance to persons disabled since childhood and children with disabilities (Register 00151). */
const disabilityFromChildhoodAssistance: ServiceInput = {
  id: 'disability-from-childhood-assistance',
  registerId: '00151',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю',
        en: 'Assignment of state social assistance to persons disabled since childhood and to children with disabilities',
      },
      basis: [ROZDILNA_CARD_00151],
    },
  ],
  description: {
    uk: 'Щомісячна допомога особам з інвалідністю з дитинства I–III груп і на дітей з інвалідністю до 18 років; призначається з дня звернення.',
    en: 'A monthly payment to people disabled since childhood (groups I–III) and for children with disabilities under 18; it is paid from the day of application.',
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
  available: [{ value: true, basis: [LAW_2109] }],
  provider: transferredToPfu([LAW_2109_ART_9], [PFU_DN_DISABILITY]),
  legalBasis: [
    { to: '2021-02-02', value: [LAW_2109], basis: [LAW_2109] },
    { from: '2021-02-03', to: LAST_DAY_BEFORE_PFU, value: [LAW_2109, KMU_79], basis: [KMU_79] },
    { from: FIRST_DAY_OF_PFU, value: [LAW_2109, KMU_79, KMU_695_2025], basis: [PFU_DN_DISABILITY] },
  ],
  fee: FREE_AS_SOCIAL,
  term: [
    {
      value: {
        kind: 'term',
        term: { amount: 10, unit: 'calendarDays' },
        runsFrom: {
          uk: 'надходження заяви з усіма необхідними документами',
          en: 'receipt of the application with all the required documents',
        },
      },
      basis: [ROZDILNA_CARD_00151, LAW_2109_ART_9],
    },
  ],
  result: [
    {
      value: [
        {
          uk: 'Рішення про призначення державної соціальної допомоги або про відмову в її призначенні',
          en: 'A decision to assign the state social assistance or to refuse it',
        },
      ],
      basis: [LAW_2109_ART_9],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    { to: LAST_DAY_BEFORE_PFU, value: [...CHANNELS_BEFORE_PFU], basis: [ROZDILNA_CARD_00151] },
    { from: FIRST_DAY_OF_PFU, value: [...CHANNELS_SINCE_PFU], basis: [PFU_TRANSFER_2025] },
  ],
  delivery: ALL_MODELS,
  applicationForm: [
    {
      to: LAST_DAY_BEFORE_PFU,
      value: {
        uk: 'Заява за формою, затвердженою Мінсоцполітики',
        en: 'Application in the form approved by the Ministry of Social Policy',
      },
      basis: [KYIVCITY_FORM_2109],
    },
    {
      from: FIRST_DAY_OF_PFU,
      value: {
        uk: 'Заява за формою, затвердженою постановою КМУ від 11.06.2025 № 695',
        en: 'Application in the form approved by Cabinet resolution 695 of 11.06.2025',
      },
      basis: [KMU_695_2025],
    },
  ],
  lifeSituations: ['disability'],
};

/** The care allowance added to the assistance for persons disabled since childhood and children with disabilities. */
const disabilityCareAllowance: ServiceInput = {
  id: 'disability-care-allowance',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення надбавки на догляд за особами з інвалідністю з дитинства та дітьми з інвалідністю',
        en: 'Assignment of the care allowance for persons disabled since childhood and children with disabilities',
      },
      basis: [KR_CNAP_LIST],
    },
  ],
  description: {
    uk: 'Надбавка до державної соціальної допомоги на догляд: особам з інвалідністю з дитинства I групи, одиноким особам II–III груп, які потребують догляду, та на дітей з інвалідністю (одному з непрацюючих батьків, опікуну).',
    en: 'An allowance on top of the state social assistance for care: for people disabled since childhood in group I, single people in groups II–III who need care, and for children with disabilities (paid to a non-working parent or guardian).',
  },
  keywords: [
    'надбавка на догляд',
    'догляд',
    'підгрупа А',
    'інвалідність з дитинства',
    'дитина з інвалідністю',
    'ЛКК',
  ],
  available: [{ value: true, basis: [LAW_2109_ART_3] }],
  provider: transferredToPfu([LAW_2109_ART_9], [PFU_DN_DISABILITY]),
  legalBasis: [
    { to: '2021-02-02', value: [LAW_2109], basis: [LAW_2109_ART_3] },
    { from: '2021-02-03', to: LAST_DAY_BEFORE_PFU, value: [LAW_2109, KMU_79], basis: [KMU_79] },
    { from: FIRST_DAY_OF_PFU, value: [LAW_2109, KMU_79, KMU_695_2025], basis: [PFU_DN_DISABILITY] },
  ],
  fee: FREE_AS_SOCIAL,
  term: [
    {
      value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } },
      basis: [OLEX_CARD_CARE, LAW_2109_ART_9],
    },
  ],
  result: [
    {
      value: [
        {
          uk: 'Рішення про призначення надбавки на догляд або про відмову в її призначенні',
          en: 'A decision to assign the care allowance or to refuse it',
        },
      ],
      basis: [LAW_2109_ART_3],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    { to: LAST_DAY_BEFORE_PFU, value: [...CHANNELS_BEFORE_PFU], basis: [OLEX_CARD_CARE, SOCIAL_VIA_CNAP] },
    { from: FIRST_DAY_OF_PFU, value: [...CHANNELS_SINCE_PFU], basis: [PFU_TRANSFER_2025] },
  ],
  delivery: ALL_MODELS,
  lifeSituations: ['disability'],
};

/** State social assistance to persons without pension rights and persons with disabilities (Law 1727-IV). */
const noPensionRightsAssistance: ServiceInput = {
  id: 'no-pension-rights-assistance',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення державної соціальної допомоги особам, які не мають права на пенсію, та особам з інвалідністю',
        en: 'Assignment of state social assistance to persons without pension rights and to persons with disabilities',
      },
      basis: [KMU_261],
    },
  ],
  description: {
    uk: 'Щомісячна допомога малозабезпеченим особам, які досягли 65 років і не мають права на пенсію, особам з інвалідністю без пенсії та дітям померлого годувальника.',
    en: 'A monthly payment to people on low income who are 65 or older and have no right to a pension, to people with disabilities who get no pension, and to children of a deceased breadwinner.',
  },
  keywords: [
    'без права на пенсію',
    'немає стажу',
    'соцдопомога замість пенсії',
    '65 років',
    'інвалідність',
    'МСЕК',
  ],
  available: [{ value: true, basis: [LAW_1727] }],
  provider: transferredToPfu([LAW_1727, KMU_261], [PFU_NO_PENSION_NEWS, ROZVADIV_CARD_00099]),
  legalBasis: [
    { to: LAST_DAY_BEFORE_PFU, value: [LAW_1727, KMU_261], basis: [KMU_261] },
    { from: FIRST_DAY_OF_PFU, value: [LAW_1727, KMU_261, KMU_695_2025], basis: [PFU_NO_PENSION_NEWS] },
  ],
  fee: FREE_AS_SOCIAL,
  term: [
    {
      value: {
        kind: 'term',
        term: { amount: 10, unit: 'calendarDays' },
        runsFrom: {
          uk: 'надходження заяви з усіма необхідними документами',
          en: 'receipt of the application with all the required documents',
        },
      },
      basis: [KHM_CARD_NO_PENSION],
    },
  ],
  result: [
    {
      value: [
        {
          uk: 'Рішення про призначення державної соціальної допомоги або про відмову в її призначенні',
          en: 'A decision to assign the state social assistance or to refuse it',
        },
      ],
      basis: [KMU_261],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    {
      to: LAST_DAY_BEFORE_PFU,
      value: [...CHANNELS_BEFORE_PFU],
      basis: [KHM_CARD_NO_PENSION, SOCIAL_VIA_CNAP],
    },
    { from: FIRST_DAY_OF_PFU, value: [...CHANNELS_SINCE_PFU], basis: [PFU_TRANSFER_2025] },
  ],
  delivery: ALL_MODELS,
  lifeSituations: ['disability', 'lowIncome'],
};

/** Funeral assistance for some categories of uninsured persons (КМУ 99 of 31.01.2007). */
const funeralAssistanceUninsured: ServiceInput = {
  id: 'funeral-assistance-uninsured',
  social: true,
  names: [
    {
      value: {
        uk: 'Надання допомоги на поховання деяких категорій осіб виконавцю волевиявлення померлого або особі, яка зобов’язалася поховати померлого',
        en: 'Funeral assistance for some categories of persons to the executor of the deceased’s will or the person who undertook the burial',
      },
      basis: [KMU_99],
    },
  ],
  description: {
    uk: 'Одноразова допомога тому, хто поховав особу, не застраховану в системі соціального страхування (студента, дитину, непрацюючу особу тощо); звернутися треба протягом 6 місяців після смерті.',
    en: 'A one-off payment to whoever buried a person not covered by social insurance (a student, a child, a person without work and so on); apply within 6 months of the death.',
  },
  keywords: [
    'поховання',
    'похорон',
    'допомога на поховання',
    'незастраховані',
    'смерть',
    'виконавець волевиявлення',
  ],
  available: [{ from: '2007-01-31', value: true, basis: [KMU_99] }],
  provider: [
    {
      from: '2007-01-31',
      value: {
        kind: 'other',
        name: {
          uk: 'Орган, визначений місцевою владою за останнім місцем проживання померлого: виконавчий орган ради або її підрозділ соціального захисту населення',
          en: 'The body the local authority designates at the deceased’s last place of residence: the council’s executive body or its social protection unit',
        },
      },
      basis: [MKRADA_FUNERAL, ROZDILNA_FUNERAL_DECISION, SUVRADA_FUNERAL],
    },
  ],
  legalBasis: [{ from: '2007-01-31', value: [LAW_1102, KMU_99], basis: [KMU_99] }],
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  applicationWindow: [
    {
      from: '2007-01-31',
      value: {
        event: 'death',
        within: { amount: 6, unit: 'months' },
        after: { uk: 'смерті особи', en: 'the death' },
      },
      basis: [MKRADA_FUNERAL],
    },
  ],
  result: [
    {
      value: [
        {
          uk: 'Рішення про надання допомоги на поховання або про відмову в її наданні',
          en: 'A decision to grant the funeral assistance or to refuse it',
        },
      ],
      basis: [KMU_99],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    {
      from: '2007-01-31',
      value: ['cnap', 'usznOffice'],
      basis: [SUVRADA_FUNERAL, FUNERAL_VIA_CNAP_UNSEEN],
    },
  ],
  delivery: ALL_MODELS,
  lifeSituations: ['deathOfRelative'],
};

/** Funeral assistance on the death of a recipient of state social assistance (Laws 2109-III and 1727-IV). */
const funeralAssistanceSocialRecipients: ServiceInput = {
  id: 'funeral-assistance-social-recipients',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення допомоги на поховання у разі смерті одержувача державної соціальної допомоги особам з інвалідністю з дитинства, дітям з інвалідністю або особам, які не мають права на пенсію',
        en: 'Funeral assistance on the death of a recipient of state social assistance for disability since childhood, for a child with a disability, or for persons without pension rights',
      },
      basis: [NEMOVYCKA_FUNERAL, KOZOVA_FUNERAL],
    },
  ],
  description: {
    uk: 'Члену сім’ї або особі, яка поховала одержувача державної соціальної допомоги, виплачується допомога в розмірі двох місячних сум цієї допомоги.',
    en: 'A family member or whoever buried a recipient of state social assistance receives two monthly amounts of that assistance.',
  },
  keywords: [
    'поховання',
    'похорон',
    'допомога на поховання',
    'смерть одержувача допомоги',
    'інвалідність з дитинства',
  ],
  available: [{ value: true, basis: [KMU_261_PARA_40, NEMOVYCKA_FUNERAL] }],
  provider: transferredToPfu([KMU_261, KMU_79], [KOZOVA_FUNERAL, PFU_DN_DISABILITY]),
  legalBasis: [
    { to: '2021-02-02', value: [LAW_2109, LAW_1727, KMU_261], basis: [KMU_261_PARA_40] },
    {
      from: '2021-02-03',
      to: LAST_DAY_BEFORE_PFU,
      value: [LAW_2109, LAW_1727, KMU_261, KMU_79],
      basis: [KOZOVA_FUNERAL],
    },
    {
      from: FIRST_DAY_OF_PFU,
      value: [LAW_2109, LAW_1727, KMU_261, KMU_79, KMU_695_2025],
      basis: [KOZOVA_FUNERAL],
    },
  ],
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: [
    {
      value: [
        {
          uk: 'Рішення про призначення допомоги на поховання в розмірі двох місячних сум державної соціальної допомоги або про відмову',
          en: 'A decision to pay funeral assistance of two monthly amounts of the state social assistance, or to refuse it',
        },
      ],
      basis: [NEMOVYCKA_FUNERAL, KMU_261_PARA_40],
    },
  ],
  refusalGrounds: [
    {
      value: [
        { uk: 'Подано не всі необхідні документи', en: 'Not all the required documents were submitted' },
        {
          uk: 'Допомогу на поховання чи відшкодування витрат на поховання вже виплачено згідно з іншими актами',
          en: 'Funeral assistance or reimbursement of funeral costs was already paid under other acts',
        },
        {
          uk: 'Померла особа перебувала на повному державному утриманні',
          en: 'The deceased was fully maintained by the state',
        },
        {
          uk: 'Поховання проведено за рахунок коштів державного бюджету',
          en: 'The burial was paid for from the state budget',
        },
      ],
      basis: [KOZOVA_FUNERAL],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    { to: LAST_DAY_BEFORE_PFU, value: [...CHANNELS_BEFORE_PFU], basis: [SOCIAL_VIA_CNAP] },
    { from: FIRST_DAY_OF_PFU, value: [...CHANNELS_SINCE_PFU], basis: [PFU_TRANSFER_2025] },
  ],
  delivery: ALL_MODELS,
  applicationForm: [
    {
      from: FIRST_DAY_OF_PFU,
      value: {
        uk: 'Заява за формою, затвердженою постановою КМУ від 11.06.2025 № 695',
        en: 'Application in the form approved by Cabinet resolution 695 of 11.06.2025',
      },
      basis: [KMU_695_2025],
    },
  ],
  lifeSituations: ['deathOfRelative'],
};

/** Registration of the place of residence (stay) (Register 00034). */
const residenceRegistration: ServiceInput = {
  id: 'residence-registration',
  registerId: '00034',
  social: false,
  names: [
    {
      value: {
        uk: 'Реєстрація місця проживання/перебування особи',
        en: 'Registration of a person’s place of residence or stay',
      },
      basis: [PYADYCKA_LIST, KYIV_CARD_00034],
    },
  ],
  description: {
    uk: 'Внесення відомостей про місце проживання (перебування) до реєстру територіальної громади за паперовою заявою у ЦНАП. Онлайн через портал «Дія» те саме робиться декларуванням місця проживання.',
    en: 'Entering a person’s place of residence (or stay) in the hromada register on a paper application at a CNAP. Online, the same is done by declaring the place of residence on the Diia portal.',
  },
  keywords: [
    'прописка',
    'прописатися',
    'реєстрація місця проживання',
    'декларування',
    'місце проживання',
    'РМП',
  ],
  available: [{ from: COUNCILS_REGISTER_FROM, value: true, basis: [DECENTRALIZATION_2016] }],
  provider: [{ from: COUNCILS_REGISTER_FROM, value: REGISTRATION_BODY, basis: [DECENTRALIZATION_2016] }],
  legalBasis: [
    {
      from: COUNCILS_REGISTER_FROM,
      to: LAW_1871_LAST_DAY_BEFORE,
      value: [LAW_1382, KMU_207],
      basis: [PYADYCKA_LIST, KMU_207],
    },
    { from: LAW_1871_FIRST_DAY, to: '2022-03-13', value: [LAW_1871, LAW_1382], basis: [LAW_1871] },
    { from: '2022-03-14', value: [LAW_1871, LAW_1382, KMU_265], basis: [KYIV_CARD_00034, KMU_265] },
  ],
  fee: [
    {
      from: COUNCILS_REGISTER_FROM,
      to: LAW_1871_LAST_DAY_BEFORE,
      value: {
        kind: 'paid',
        currency: 'UAH',
        description: {
          uk: 'Адміністративний збір: 0,0085 розміру мінімальної заробітної плати у разі звернення у встановлений строк, 0,0255 — з порушенням строку (з 2017 року — 13,60 і 40,80 грн); при реєстрації одночасно зі зняттям з попереднього місця сплачується лише за одну послугу.',
          en: 'Administrative fee: 0.0085 of the minimum wage when applying in time, 0.0255 when late (from 2017, UAH 13.60 and 40.80); when registering together with deregistering from the previous address, only one fee is paid.',
        },
        howToPay: {
          uk: 'Через банк, відділення поштового зв’язку або термінал самообслуговування',
          en: 'Through a bank, a post office or a self-service terminal',
        },
      },
      basis: [ADMINCHER_FEE_BEFORE_2021, KYIV_CARD_00034, LAW_1382_FEE_BEFORE_2021],
    },
    {
      from: LAW_1871_FIRST_DAY,
      value: {
        kind: 'paid',
        currency: 'UAH',
        description: {
          uk: 'Адміністративний збір: 1,5 % прожиткового мінімуму для працездатних осіб на 1 січня року — у разі звернення протягом 30 днів після прибуття; 2,5 % — з порушенням строку.',
          en: 'Administrative fee: 1.5% of the subsistence minimum for able-bodied persons as of 1 January of the year when applying within 30 days of arrival; 2.5% when late.',
        },
      },
      basis: [LAW_1871_ART_6, KYIV_CARD_00034],
    },
  ],
  term: [{ from: COUNCILS_REGISTER_FROM, value: { kind: 'sameDay' }, basis: [KYIV_CARD_00034] }],
  result: [
    {
      from: COUNCILS_REGISTER_FROM,
      value: [
        {
          uk: 'Відомості про місце проживання (перебування) внесено до реєстру територіальної громади',
          en: 'The place of residence (or stay) is entered in the hromada register',
        },
      ],
      basis: [KYIV_CARD_00034, KMU_207],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [{ from: COUNCILS_REGISTER_FROM, value: ['cnap'], basis: [PYADYCKA_LIST, KYIV_CARD_00034] }],
  delivery: NOT_SOCIAL_DELIVERY,
  lifeSituations: ['residence'],
};

/** Deregistration of the place of residence (Register 00037). */
const residenceDeregistration: ServiceInput = {
  id: 'residence-deregistration',
  registerId: '00037',
  social: false,
  names: [
    {
      from: COUNCILS_REGISTER_FROM,
      to: LAW_1871_LAST_DAY_BEFORE,
      value: {
        uk: 'Зняття з реєстрації місця проживання/перебування особи',
        en: 'Deregistration of a person’s place of residence or stay',
      },
      basis: [PYADYCKA_LIST],
    },
    {
      from: LAW_1871_FIRST_DAY,
      value: {
        uk: 'Зняття з реєстрації місця проживання особи',
        en: 'Deregistration of a person’s place of residence',
      },
      basis: [KYIV_CARD_00037],
    },
  ],
  description: {
    uk: 'Зняття особи із зареєстрованого (задекларованого) місця проживання в реєстрі територіальної громади: за заявою, а також на підставі свідоцтва про смерть чи рішення суду.',
    en: 'Removing a person’s registered (or declared) place of residence from the hromada register: on application, or on the basis of a death certificate or a court decision.',
  },
  keywords: ['виписка', 'виписатися', 'зняття з реєстрації', 'прописка', 'місце проживання'],
  available: [{ from: COUNCILS_REGISTER_FROM, value: true, basis: [DECENTRALIZATION_2016] }],
  provider: [
    {
      from: COUNCILS_REGISTER_FROM,
      value: REGISTRATION_BODY,
      basis: [DECENTRALIZATION_2016, KAMYANECKA_DEREG],
    },
  ],
  legalBasis: [
    {
      from: COUNCILS_REGISTER_FROM,
      to: LAW_1871_LAST_DAY_BEFORE,
      value: [LAW_1382, KMU_207],
      basis: [PYADYCKA_LIST, KMU_207],
    },
    { from: LAW_1871_FIRST_DAY, to: '2022-03-13', value: [LAW_1871, LAW_1382], basis: [LAW_1871] },
    { from: '2022-03-14', value: [LAW_1871, LAW_1382, KMU_265], basis: [KAMYANECKA_DEREG, KMU_265] },
  ],
  fee: [
    {
      from: COUNCILS_REGISTER_FROM,
      to: LAW_1871_LAST_DAY_BEFORE,
      value: {
        kind: 'paid',
        currency: 'UAH',
        description: {
          uk: 'Адміністративний збір 0,0085 розміру мінімальної заробітної плати (з 2017 року — 13,60 грн); не справляється окремо, якщо зняття відбувається одночасно з реєстрацією на новому місці.',
          en: 'Administrative fee of 0.0085 of the minimum wage (from 2017, UAH 13.60); not charged separately when deregistering together with registering at the new address.',
        },
      },
      basis: [ADMINCHER_FEE_BEFORE_2021, WIKI_1551_DEREG, LAW_1382_FEE_BEFORE_2021],
    },
    {
      from: LAW_1871_FIRST_DAY,
      value: {
        kind: 'paid',
        currency: 'UAH',
        description: {
          uk: 'Адміністративний збір: 1,5 % прожиткового мінімуму для працездатних осіб на 1 січня календарного року.',
          en: 'Administrative fee: 1.5% of the subsistence minimum for able-bodied persons as of 1 January of the year.',
        },
      },
      basis: [LAW_1871_ART_6, KYIV_CARD_00037],
    },
  ],
  term: [
    {
      from: COUNCILS_REGISTER_FROM,
      to: LAW_1871_LAST_DAY_BEFORE,
      value: { kind: 'sameDay' },
      basis: [WIKI_1551_DEREG],
    },
    { from: LAW_1871_FIRST_DAY, value: { kind: 'sameDay' }, basis: [KYIV_CARD_00037] },
  ],
  result: [
    {
      from: COUNCILS_REGISTER_FROM,
      value: [
        {
          uk: 'Відомості про зняття з реєстрації місця проживання внесено до реєстру територіальної громади',
          en: 'The deregistration is entered in the hromada register',
        },
      ],
      basis: [KAMYANECKA_DEREG, KMU_207],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    { from: COUNCILS_REGISTER_FROM, to: LAW_1871_LAST_DAY_BEFORE, value: ['cnap'], basis: [PYADYCKA_LIST] },
    { from: LAW_1871_FIRST_DAY, value: ['cnap', 'diia'], basis: [KAMYANECKA_DEREG, TARUTYNE_DIIA] },
  ],
  delivery: NOT_SOCIAL_DELIVERY,
  lifeSituations: ['residence'],
};

/** Services for persons with disabilities, funeral assistance, and general (non-social) CNAP services. */
export const DISABILITY_DEATH_GENERAL_SERVICES: ServiceInput[] = [
  disabilityFromChildhoodAssistance,
  disabilityCareAllowance,
  noPensionRightsAssistance,
  funeralAssistanceUninsured,
  funeralAssistanceSocialRecipients,
  residenceRegistration,
  residenceDeregistration,
];
