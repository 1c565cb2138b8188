import type { LegalSource, LocalizedText } from '@vikno/deadlines';
import type { Channel, Dated, Provider, ServiceInput } from '../../schema.js';
import {
  ALL_MODELS,
  APPEAL_GENERAL,
  CEILING_TERM,
  FIRST_DAY_OF_PFU,
  FREE_AS_SOCIAL,
  KMU_695_2025,
  LAST_DAY_BEFORE_PFU,
  PFU,
  PFU_TRANSFER_2025,
  SEED_MODELS,
  transferredToPfu,
} from '../common.js';

/** Law 2811-XII «Про державну допомогу сім’ям з дітьми». */
const LAW_2811: LegalSource = {
  id: 'law-2811-xii',
  act: {
    uk: 'Закон України «Про державну допомогу сім’ям з дітьми»',
    en: 'Law of Ukraine On State Assistance to Families with Children',
  },
  number: '2811-XII',
  adopted: '1992-11-21',
  url: 'https://zakon.rada.gov.ua/laws/show/2811-12',
  verified: true,
  note: 'Number and date as cited by lebedynrada.gov.ua and mvk.if.ua.',
};

/** КМУ resolution 1751 of 27.12.2001, the procedure for assigning assistance to families with children. */
const KMU_1751: LegalSource = {
  id: 'kmu-1751-2001',
  act: {
    uk: 'Постанова КМУ «Про затвердження Порядку призначення і виплати державної допомоги сім’ям з дітьми»',
    en: 'Cabinet resolution approving the procedure for assigning and paying state assistance to families with children',
  },
  number: '1751',
  adopted: '2001-12-27',
  url: 'https://zakon.rada.gov.ua/laws/show/1751-2001-п',
  verified: true,
  note: 'Number and date as cited by lebedynrada.gov.ua and mvk.if.ua.',
};

/** The 12-month window for birth assistance, Law 2811-XII as quoted by a local newspaper. */
const BIRTH_WINDOW: LegalSource = {
  ...LAW_2811,
  id: 'law-2811-xii-birth-window',
  verified: false,
  note: '«…звернення за її призначенням надійшло не пізніше ніж через 12 календарних місяців після народження дитини», quoted by grebenka.com (2021); the article number was not read.',
};

/** The 10-day term for a paper application for birth assistance, as a local news site reports it. */
const BIRTH_TERM: LegalSource = {
  id: 'birth-assistance-term-smila-2023',
  act: {
    uk: 'Повідомлення про строк розгляду заяв про допомогу при народженні дитини',
    en: 'Report on the term for birth assistance applications',
  },
  url: 'https://smila-ua.com',
  verified: false,
  note: '«Термін розгляду документів, поданих у паперовій формі, становить 10 днів» (smila-ua.com, 2023). The unit is not given; calendar days assumed. The provision of the law was not found.',
};

/** The Pension Fund's typical information card for birth assistance, order 119 of 10.07.2025. */
const PFU_CARD_119: LegalSource = {
  id: 'pfu-order-119-2025',
  act: {
    uk: 'Наказ Пенсійного фонду України (типова інформаційна картка: допомога при народженні дитини)',
    en: 'Pension Fund order approving the typical information card for birth assistance',
  },
  number: '119',
  adopted: '2025-07-10',
  url: 'https://www.pfu.gov.ua/2173126-',
  verified: true,
  note: 'Seen on pfu.gov.ua/2173126-…; the full URL slug was truncated in the copy read.',
};

/** Law 4681-IX of 05.11.2025, which rewrote the assistance to families with children from 01.01.2026. */
const LAW_4681: LegalSource = {
  id: 'law-4681-ix',
  act: {
    uk: 'Закон України «Про внесення змін до деяких законів України щодо підтримки сімей з дітьми та створення умов, які сприяють поєднанню материнства (батьківства) з професійною діяльністю»',
    en: 'Law of Ukraine amending some laws on support for families with children and on combining parenthood with work',
  },
  number: '4681-IX',
  adopted: '2025-11-05',
  inForce: '2026-01-01',
  url: 'https://zakon.rada.gov.ua/laws/show/4681-20',
  verified: true,
  note:
    'Number, date and title as cited by ternopil.te.gov.ua (12.01.2026) and defence.poda.gov.ua/news/250836; ' +
    'pfu.gov.ua/2176430-… says the new payments apply «з 1 січня 2026 року». The text itself was not read; the ' +
    'URL is built by the standard pattern (IX convocation = 20).',
};

/** КМУ resolution 1805 of 31.12.2025, which restated the procedure for assistance to families with children. */
const KMU_1805: LegalSource = {
  id: 'kmu-1805-2025',
  act: {
    uk: 'Постанова КМУ «Деякі питання надання державної допомоги сім’ям з дітьми»',
    en: 'Cabinet resolution on certain issues of providing state assistance to families with children',
  },
  number: '1805',
  adopted: '2025-12-31',
  url: 'https://zakon.rada.gov.ua/laws/show/1805-2025-п',
  verified: true,
  note:
    'Seen on defence.poda.gov.ua/news/250836 and ternopil.te.gov.ua: it restates the procedure of КМУ 1751; ' +
    'maternity, birth and child-care assistance are applied for «до органу Пенсійного фонду України в паперовій ' +
    'або в електронній формі за допомогою засобів вебпорталу електронних послуг Пенсійного фонду України, ' +
    'мобільного застосунку», on the form of КМУ 765 of 25.06.2025. URL built by the standard pattern.',
};

/** КМУ resolution 11 of 06.01.2023: applications through Diia for single-mother and adoption assistance. */
const KMU_11_2023_DIIA: LegalSource = {
  id: 'kmu-11-2023-diia',
  act: {
    uk: 'Постанова КМУ «Про внесення змін до Порядку призначення і виплати державної допомоги сім’ям з дітьми»',
    en: 'Cabinet resolution amending the procedure for assigning and paying state assistance to families with children',
  },
  number: '11',
  adopted: '2023-01-06',
  url: 'https://zakon.rada.gov.ua/laws/show/11-2023-п',
  verified: true,
  note:
    'Text published by zavallivska-gromada.gov.ua/news/1674716674; smr.gov.ua: «за наявності технічної ' +
    'можливості засобами Порталу Дія можна подати заяву на призначення: допомоги на дітей одиноким матерям; ' +
    'допомоги при усиновленні дитини». The day Diia actually accepted them is not known, so Diia is listed only ' +
    'from 01.07.2025. URL built by the standard pattern.',
};

/** The Kropyvnytskyi CNAP list of social services: the official names of several assistance types. */
const KROPYVNYTSKYI_NAMES: LegalSource = {
  id: 'kropyvnytskyi-cnap-social-list-2023',
  act: {
    uk: 'Перелік послуг Департаменту соціальної політики, ЦНАП м. Кропивницький',
    en: 'List of services of the social policy department, CNAP of Kropyvnytskyi',
  },
  url: 'https://dozvil.kr-rada.gov.ua',
  verified: true,
  note: 'Names as listed (updated 07.08.2023), per the domain notes [V]; page path not recorded.',
};

/** The Krasnyi Lyman council page giving the articles of Law 2811-XII and points of КМУ 1751 per assistance. */
const KRLIMAN_ARTICLES: LegalSource = {
  id: 'krliman-2811-articles',
  act: {
    uk: 'Сторінка Лиманської міської ради «Опіка»: статті Закону 2811-XII та пункти Порядку 1751',
    en: 'Lyman city council page listing the articles of Law 2811-XII and points of resolution 1751',
  },
  url: 'http://old.krliman.gov.ua/category/sfery/sots-alna-sfera/sots-alne-zabezpechennya/op-ka',
  verified: false,
  note:
    'Guardianship: «Ст.ст. 16-18 Закону», «П.П. 25-27 Порядку»; adoption: «Ст. 12-1 – 12-3», «П.П. 39 - 42-2». ' +
    'An old council page; the article numbers were not checked against the current official text.',
};

/** Register card 00147 (adoption assistance), as a hromada CNAP publishes it. */
const CARD_00147: LegalSource = {
  id: 'register-card-00147-kubeyska',
  act: {
    uk: 'Інформаційна картка «Призначення державної допомоги при усиновленні дитини» (Кубейська громада)',
    en: 'Information card: assignment of state assistance at the adoption of a child (Kubei hromada)',
  },
  url: 'https://kubeyska.od.gov.ua/cnap/functionality/33705',
  verified: true,
  note:
    '«Ідентифікатор послуги: 00147»; «Строк: 10 днів (календарні)»; «Безоплатне надання»; «звернення … надійшло ' +
    'не пізніше дванадцяти місяців з дня набрання законної сили рішенням про усиновлення дитини». The same text ' +
    'is on kurilivka-otg.toolkit.in.ua/cnap/functionality/32614.',
};

/** Register card 00150 (single-mother assistance), as a hromada CNAP publishes it. */
const CARD_00150: LegalSource = {
  id: 'register-card-00150-rozvadiv',
  act: {
    uk: 'Інформаційна картка «Призначення державної допомоги на дітей одиноким матерям» (Розвадівська громада)',
    en: 'Information card: assignment of state assistance for children of single mothers (Rozvadiv hromada)',
  },
  url: 'https://rozvadivotg.gov.ua/cnap/functionality/16468/',
  verified: true,
  note:
    '«Ідентифікатор послуги: 00150»; «Строк: 10 днів (календарні)»; «Безоплатне надання»; payment does not stop ' +
    'under martial law even when the review date is missed.',
};

/** The Diia page for single-mother assistance. */
const DIIA_SINGLE_MOTHER: LegalSource = {
  id: 'diia-single-mother-assistance',
  act: {
    uk: 'Портал Дія: «Допомога на дитину одинокій матері або батьку»',
    en: 'Diia portal: assistance for a child of a single mother or father',
  },
  url: 'https://diia.gov.ua/services/dopomoga-na-ditinu-odinokij-materi-abo-batku',
  verified: true,
  note: '«Термін розгляду 10 днів (календарні)», «безоплатно».',
};

/** Dnipro city council: single-mother assistance rests on Art. 18-1 of Law 2811-XII. */
const DNIPRO_ART_18_1: LegalSource = {
  id: 'dnipro-single-mother-art-18-1',
  act: {
    uk: 'Департамент соціальної політики Дніпровської міської ради: «Надання державної допомоги на дітей одиноким матерям»',
    en: 'Dnipro city social policy department: state assistance for children of single mothers',
  },
  url: 'https://socialpolitica.dniprorada.gov.ua/services/nadannya-derzhavnoyi-dopomogi-na-ditej-odinokim-materyam/',
  verified: true,
  note: '«Відповідно до статті 18-1 Закону України «Про державну допомогу сім’ям з дітьми», право на допомогу мають…».',
};

/** Pension Fund press material (via news sites) that it now decides single-mother assistance. */
const PFU_NEWS_SINGLE_MOTHER: LegalSource = {
  id: 'pfu-news-single-mother-2025',
  act: {
    uk: 'Роз’яснення Пенсійного фонду щодо допомоги одиноким матерям (у переказі sud.ua)',
    en: 'Pension Fund explanation on single-mother assistance, as reported by sud.ua',
  },
  url: 'https://sud.ua/ru/news/ukraine/349016-pomosch-odinokim-materyam-i-ottsam-vyplachivaetsya-li-esli-na-detey-uzhe-est-drugie-vyplaty',
  verified: false,
  note:
    'A news site quoting ГУ ПФУ в Запорізькій області (21.12.2025): the recipient must inform «Пенсійний фонд» of ' +
    'changes. No Pension Fund or official list naming this type among those transferred was read.',
};

/** Pension Fund material (via a news agency) on adoption-related assistance and where to apply. */
const PFU_NEWS_ADOPTION: LegalSource = {
  id: 'pfu-news-adoption-2025',
  act: {
    uk: 'Повідомлення ГУ ПФУ в Донецькій області про допомогу при усиновленні (у переказі УНН)',
    en: 'Pension Fund Donetsk office notice on adoption assistance, as reported by UNN',
  },
  url: 'https://unn.ua/news/ukraintsi-otrymuiut-sotsialnu-dopomohu-pry-usynovlenni-ditei-alhorytm-vyplat',
  verified: false,
  note:
    'News item of 29.12.2025 titled on adoption assistance, citing the Pension Fund; it lists applying through a ' +
    'PFU service centre, the PFU web portal, Diia, the PFU app, authorised officials, CNAP and post. The ' +
    'excerpt read is mostly about orphans in family-type homes; not an official list of transferred types.',
};

/** Pension Fund material (via a news site) on guardianship assistance. */
const PFU_NEWS_GUARDIANSHIP: LegalSource = {
  id: 'pfu-news-guardianship-2025',
  act: {
    uk: 'Роз’яснення пресслужби ПФУ щодо допомоги на дітей під опікою (у переказі Новини.LIVE)',
    en: 'Pension Fund press explanation on guardianship assistance, as reported by Novyny.LIVE',
  },
  url: 'https://finance.novyny.live/derzhdopomoga-opikunam-skilki-u-zhovtni-platiat-na-ditei-285383.html',
  verified: false,
  note:
    '«З жовтня 2025 року нарахування виплат здійснює Пенсійний фонд» (05.10.2025): ambiguous (October payments, ' +
    'or a later switch than 01.07.2025?). The switch on 01.07.2025 is assumed with the other types; unconfirmed.',
};

/** The State Social Service notice on maternity assistance for uninsured women (before the transfer). */
const NSSU_MATERNITY_2024: LegalSource = {
  id: 'nssu-maternity-uninsured-2024',
  act: {
    uk: 'Національна соціальна сервісна служба: «Допомога у зв’язку з вагітністю та пологами»',
    en: 'National Social Service: maternity assistance',
  },
  url: 'https://nssu.gov.ua/news/dopomoha-u-zviazku-z-vahitnistiu-ta-polohamy',
  verified: true,
  note:
    '22.04.2024: «необхідно звернутися до органу соціального захисту населення або ЦНАПу»; «Звернутися за ' +
    'допомогою можна не пізніше, ніж через 6 місяців після закінчення відпустки у зв’язку з вагітністю та пологами».',
};

/** Pension Fund material (via news sites) that from July 2025 uninsured women apply to the Fund. */
const PFU_NEWS_MATERNITY_2025: LegalSource = {
  id: 'pfu-news-maternity-2025',
  act: {
    uk: 'Роз’яснення ПФУ щодо допомоги у зв’язку з вагітністю та пологами (у переказі sud.ua, Главком)',
    en: 'Pension Fund explanation on maternity assistance, as reported by sud.ua and Glavcom',
  },
  url: 'https://sud.ua/uk/news/ukraine/339548-predostavlyaetsya-li-gosudarstvennaya-pomosch-pri-beremennosti-esli-zhenschina-stoit-na-uchete-v-tsentre-zanyatosti-razyasnenie',
  verified: false,
  note:
    '27.08.2025: «для її оформлення слід звернутися до Пенсійного фонду»; Главком (09.08.2025) lists applying at ' +
    'a PFU service centre. News sites, not the Fund’s own page.',
};

/** The Cabinet change of early 2026 that let CNAPs take maternity and child-care applications again. */
const CABINET_CNAP_2026: LegalSource = {
  id: 'cabinet-cnap-family-assistance-2026',
  act: {
    uk: 'Повідомлення Мінсоцполітики про зміни до порядку надання допомоги сім’ям з дітьми (у переказі sud.ua)',
    en: 'Ministry of Social Policy notice on changes to family assistance procedures, as reported by sud.ua',
  },
  url: 'https://sud.ua/uk/news/ukraine/352715-vyplata-eyasel-srazu-za-polgoda-i-bolshe-razreshennykh-raskhodov-kabmin-usovershenstvoval-pomosch-semyam-s-detmi',
  verified: false,
  note:
    '05.02.2026: «змінами передбачено розширення можливостей подання заяв через центри надання адміністративних ' +
    'послуг (ЦНАПи) або уповноважених посадових осіб територіальних громад». The resolution’s number and its ' +
    'entry into force were not found; 05.02.2026 is the date of the report, used as the first day of the channel.',
};

/** The Pension Fund notice that it accepts applications for the two new child-care payments from 01.01.2026. */
const PFU_NEW_CHILDCARE_2026: LegalSource = {
  id: 'pfu-new-childcare-payments-2026',
  act: {
    uk: 'Повідомлення Пенсійного фонду України «Пенсійний фонд України приймає заяви на призначення нових видів допомоги сім’ям з дітьми»',
    en: 'Pension Fund notice: it accepts applications for the new kinds of assistance to families with children',
  },
  url: 'https://www.pfu.gov.ua/2176430-pensijnyj-fond-ukrayiny-pryjmaye-zayavy-na-pryznachennya-novyh-vydiv-dopomogy-sim-yam-z-ditmy',
  verified: true,
  note:
    '«З 1 січня 2026 року запроваджено нові виплати сім’ям з дітьми для догляду за дитиною: до досягнення дитиною ' +
    'однорічного віку; від одного до трьох років – “єЯсла”»; the right extends to children born before 01.01.2026 ' +
    'who on that day had not reached one (or three) years; «призначаються за зверненням матері або іншого ' +
    'законного представника з відповідною заявою, зокрема поданою через сервісний центр Пенсійного фонду України».',
};

/** The Pension Fund's page on the «єЯсла» assistance (Mykolaiv regional section of pfu.gov.ua). */
const PFU_YEYASLA_PAGE: LegalSource = {
  id: 'pfu-yeyasla-page',
  act: {
    uk: 'Пенсійний фонд України: «Допомога для догляду за дитиною “єЯсла”»',
    en: 'Pension Fund page: the «yeYasla» childcare assistance',
  },
  url: 'https://www.pfu.gov.ua/mk/168511-dopomoga-dlya-doglyadu-za-dytynoyu-yeyasla',
  verified: true,
  note:
    'Granted to the mother or other legal representative «(крім прийомних батьків, батьків вихователів, ' +
    'патронатних вихователів, представників закладів, які виконують функції опікунів чи піклувальників), які ' +
    'фактично здійснювали догляд за дитиною та приступили до роботи у режимі повного робочого часу»; «8000 грн на ' +
    'кожну дитину, а починаючи з 2027 року — у розмірі, який встановлюється законом про Державний бюджет»; ' +
    'coefficient 1.5 for a child with a disability; paid to «поточний рахунок із спеціальним режимом ' +
    'використання»; funds usable for 90 calendar days after the child turns three. Undated page.',
};

/** A CNAP notice (from the National Social Service) on who gets «єЯсла» and for which months. */
const NS_GROMADA_YEYASLA: LegalSource = {
  id: 'ns-gromada-cnap-yeyasla-2026',
  act: {
    uk: 'ЦНАП Нижньосірогозької громади: «Що важливо знати про програму “Ясла”» (за інформацією Нацсоцслужби)',
    en: 'Nyzhni Sirohozy CNAP notice on the «yeYasla» programme (from the National Social Service)',
  },
  url: 'https://cnap.ns-gromada.gov.ua/news/285464-shho-vazlivo-znati-pro-programu-iasla',
  verified: true,
  note:
    '09.01.2026: «Такий вид підтримки призначається з місяця, що настає після досягнення дитиною 1 року та по ' +
    'місяць досягнення дитиною 3-річного віку включно. Для оформлення слід звернутися до найближчого сервісного ' +
    'центру Пенсійного фонду».',
};

/** The Ministry of Education notice (on a hromada site) that «єЯсла» started on 01.01.2026, with its amounts. */
const MON_YEYASLA_2026: LegalSource = {
  id: 'mon-yeyasla-start-2026',
  act: {
    uk: 'Повідомлення МОН «В Україні запрацювала державна програма підтримки батьків “єЯсла”»',
    en: 'Ministry of Education notice: the «yeYasla» support programme for parents has started',
  },
  url: 'https://gromada.en.gov.ua/news/288330-v-ukrayini-zapraciuvala-derzavna-programa-pidtrimki-batkiv-jeiasla',
  verified: true,
  note:
    '21.01.2026: «З 1 січня в Україні стартувала державна програма підтримки батьків, які працюють, «єЯсла»»; ' +
    '«8 000 гривень щомісяця — для сімей, у яких мати або інший законний представник повертається до роботи після ' +
    'досягнення дитиною одного року; 12 000 гривень щомісяця — для сімей, які виховують дитину з інвалідністю ' +
    '(з урахуванням коефіцієнта 1,5)».',
};

/** The Dnipropetrovsk regional council on the 2026 family payments: the monthly amounts. */
const DP_OBLRADA_AMOUNTS_2026: LegalSource = {
  id: 'dp-oblrada-family-payments-2026',
  act: {
    uk: 'Дніпропетровська обласна рада: «Держава посилює підтримку матерів і сімей з дітьми»',
    en: 'Dnipropetrovsk regional council: the state strengthens support for mothers and families with children',
  },
  url: 'https://oblrada.dp.gov.ua/?p=111394',
  verified: true,
  note:
    '«7 000 грн щомісяця – на догляд за дитиною до 1 року; до 10 500 грн щомісяця – на догляд за дитиною з ' +
    'інвалідністю до 1 року; нова програма «єЯсла» – 8 000 грн щомісяця для дітей віком від 1 до 3 років; 12 000 ' +
    'грн щомісяця – для дітей з інвалідністю». An announcement of the 2026 budget; its list of channels (Diia, the ' +
    'Ministry’s social portal) describes plans and is not used.',
};

/** The government newspaper on the first payments: amounts and what «єЯсла» money may be spent on. */
const UKURIER_FIRST_PAYMENTS: LegalSource = {
  id: 'ukurier-first-yeyasla-payments-2026',
  act: {
    uk: 'Урядовий кур’єр: «Перші виплати за програмою «єЯсла»» (за повідомленням Секретаріату КМУ)',
    en: 'Government Courier: first payments under the «yeYasla» programme (from the Cabinet Secretariat)',
  },
  url: 'http://ukurier.gov.ua/uk/news/pershi-viplati-za-programoyu-yeyasla/',
  verified: true,
  note:
    '«Виплата становить 8 тисяч гривень щомісяця в разі виходу на роботу матері, батька чи опікуна після того, як ' +
    'дитині виповнився один рік. Кошти можна використати для оплати няні, асистента чи садочка»; «щомісячна допомога ' +
    'по догляду за дитиною до одного року становить 7 тисяч гривень». The page date was not shown; news sites ' +
    'carry the same statement on 04.03.2026.',
};

/** The government newspaper on the special-regime accounts and where to apply for the new payments. */
const UKURIER_SPECIAL_ACCOUNTS: LegalSource = {
  id: 'ukurier-special-accounts-2026',
  act: {
    uk: 'Урядовий кур’єр: «Перші спеціальні рахунки для нових дитячих виплат» (за повідомленням Мінсоцполітики)',
    en: 'Government Courier: the first special accounts for the new child payments (from the Ministry of Social Policy)',
  },
  url: 'http://ukurier.gov.ua/uk/news/pershi-specialni-rahunki-dlya-novih-dityachih-vipl/',
  verified: true,
  note:
    '«Допомогу для догляду за дитиною до досягнення нею однорічного віку та «єЯсла» виплачують на поточні рахунки ' +
    'із спеціальним режимом використання, відкриті в уповноваженому банку»; «податись на «дитячі» виплати можна ' +
    'через Пенсійний фонд України, ЦНАП або уповноважених представників територіальних громад». The page date was ' +
    'not shown.',
};

/** A hromada notice on КМУ 1805: how the four family payments are applied for. */
const AZR_1805_CHANNELS: LegalSource = {
  id: 'azr-kmu-1805-channels-2026',
  act: {
    uk: 'Офіційний вебпортал громади (azr.gov.ua): «Нові правила виплат сім’ям з дітьми у 2026 році: що змінилося»',
    en: 'Hromada portal (azr.gov.ua): new rules of payments to families with children in 2026',
  },
  url: 'https://azr.gov.ua/novi-pravyla-vyplat-sim-iam-z-ditmy-u-2026-rotsi-shcho-zminylosia',
  verified: true,
  note:
    'Under КМУ 1805 the maternity, birth, under-one child-care and «єЯсла» assistance are applied for to the ' +
    'Pension Fund «Онлайн: через вебпортал електронних послуг ПФУ або офіційний мобільний застосунок»; «Офлайн: ' +
    'подавши паперову заяву безпосередньо до відділення ПФУ». Undated page.',
};

/** A Pension Fund regional office (via a news site) on the under-one assistance: who, from when, until when. */
const PFU_VOLYN_INFANT_NEWS: LegalSource = {
  id: 'pfu-volyn-infant-care-news-2026',
  act: {
    uk: 'Роз’яснення ГУ ПФУ у Волинській області щодо допомоги для догляду за дитиною до року (у переказі news.finance.ua)',
    en: 'Pension Fund Volyn office on the under-one child-care assistance, as reported by news.finance.ua',
  },
  url: 'https://news.finance.ua/ua/nova-dopomoha-na-dytynu-hto-mozhe-otrymaty-umovy',
  verified: false,
  note:
    '05.02.2026: granted to the mother or other legal representative «(крім прийомних батьків, батьків-вихователів, ' +
    'патронатних вихователів та представників закладів, які виконують функції опікунів чи піклувальників), які ' +
    'фактично здійснюють догляд за дитиною до досягнення нею однорічного віку»; «призначається з наступного дня ' +
    'після закінчення відпустки у зв’язку з вагітністю та пологами або виплати допомоги у зв’язку з вагітністю та ' +
    'пологами». A news site, not the Fund’s own page; promingazeta.blogspot.com quotes the same text.',
};

/** КМУ resolution 169 of 05.02.2026, which amended the procedure restated by КМУ 1805. */
const KMU_169_2026: LegalSource = {
  id: 'kmu-169-2026',
  act: {
    uk: 'Постанова КМУ від 05.02.2026 № 169 (зміни до Порядку призначення і виплати державної допомоги сім’ям з дітьми)',
    en: 'Cabinet resolution 169 of 05.02.2026 amending the procedure for state assistance to families with children',
  },
  number: '169',
  adopted: '2026-02-05',
  verified: false,
  note:
    'Number and date only in sud.ua (22.02.2026) quoting ГУ ПФУ у Львівській області: «у редакції постанови від 31 ' +
    'грудня 2025 року № 1805 з урахуванням змін, внесених постановою від 5 лютого 2026 року № 169». The Ministry’s ' +
    'report of 05.02.2026 (telegraf.in.ua, minfin.com.ua) adds CNAPs and authorised officials of hromadas as places ' +
    'to apply. The text, its URL and its entry into force were not read; 05.02.2026 is used as its first day.',
};

/** КМУ resolution 250 of 13.03.2019, the procedure for assistance to children of large families. */
const KMU_250: LegalSource = {
  id: 'kmu-250-2019',
  act: {
    uk: 'Постанова КМУ «Деякі питання надання соціальної підтримки багатодітним сім’ям»',
    en: 'Cabinet resolution on certain issues of social support for large families',
  },
  number: '250',
  adopted: '2019-03-13',
  inForce: '2019-04-01',
  url: 'https://zakon.rada.gov.ua/laws/show/250-2019-п',
  verified: true,
  note:
    'Title, number and date as cited by cnap.zelenopidska-gromada.gov.ua (20.08.2025); chortkivmr.gov.ua: «Ця ' +
    'постанова набирає чинності з 1 квітня 2019 року» and the application goes to «органу соціального захисту ' +
    'населення». URL built by the standard pattern.',
};

/** A CNAP notice that the Pension Fund decides large-family assistance from 01.07.2025. */
const ZELENOPIDSKA_LARGE_FAMILY_PFU: LegalSource = {
  id: 'zelenopidska-large-family-pfu-2025',
  act: {
    uk: 'ЦНАП Зеленопідської громади: «Державна соціальна допомога на дітей, які виховуються у багатодітних сім’ях»',
    en: 'Zelenopidska CNAP notice on assistance to children of large families',
  },
  url: 'https://cnap.zelenopidska-gromada.gov.ua/news/240774-derzavna-socialna-dopomoga-na-ditei-iaki-vixovuiutsia-u-bagatoditnix-simiax',
  verified: true,
  note: '«З 1 липня 2025 року зазначена допомога призначається і виплачується Пенсійним фондом України».',
};

/** Izmail city: large-family assistance documents are handed in by the applicant in person. */
const IZMAIL_LARGE_FAMILY_IN_PERSON: LegalSource = {
  id: 'izmail-large-family-in-person',
  act: {
    uk: 'Новина Ізмаїльської міської ради про допомогу на дітей з багатодітних сімей',
    en: 'Izmail city council news on assistance to children of large families',
  },
  url: 'https://imr.gov.ua/category/news-up/page/23',
  verified: true,
  note:
    '«Документи, необхідні для призначення допомоги, подаються заявником особисто. Допомога призначається на ' +
    'третю і кожну наступну дитину з місяця, в якому було подано заяву з усіма необхідними документами».',
};

/** Law 2402-III «Про охорону дитинства», the basis of large-family status and certificates. */
const LAW_2402: LegalSource = {
  id: 'law-2402-iii',
  act: { uk: 'Закон України «Про охорону дитинства»', en: 'Law of Ukraine On Protection of Childhood' },
  number: '2402-III',
  adopted: '2001-04-26',
  url: 'https://zakon.rada.gov.ua/laws/show/2402-14',
  verified: true,
  note:
    'Number and date as cited on the information card at yampilsr.gov.ua/news/1739797309; URL built by the ' +
    'standard pattern (III convocation = 14).',
};

/** КМУ resolution 209 of 02.03.2010 and its procedure for issuing large-family certificates. */
const KMU_209: LegalSource = {
  id: 'kmu-209-2010',
  act: {
    uk: 'Постанова КМУ «Деякі питання виготовлення і видачі посвідчень батьків багатодітної сім’ї та дитини з багатодітної сім’ї»',
    en: 'Cabinet resolution on making and issuing certificates of parents and children of large families',
  },
  number: '209',
  adopted: '2010-03-02',
  url: 'https://zakon.rada.gov.ua/laws/show/209-2010-п',
  verified: true,
  note:
    'Title as cited on the card at yampilsr.gov.ua; the zakon.rada page 209-2010-п exists (an older redaction ' +
    'was seen). The original 2010 procedure (kmu.gov.ua/npas/243301074) gave «протягом одного місяця» and a ' +
    'family-and-youth unit; the current 10 working days and provider wording come from a later redaction whose ' +
    'date was not established.',
};

/** Point 3 of the current Procedure 209, as a district administration publishes it. */
const PORYADOK_209_P3: LegalSource = {
  ...KMU_209,
  id: 'kmu-209-2010-p3',
  provision: { uk: 'п. 3 Порядку', en: 'Procedure, point 3' },
  url: 'https://rda.chapl.gov.ua/poryadok-vygotovlennya-i-vydachi-posvidchen-batkiv-bagatoditnoyi-sim-yi-ta-dytyny-z-bagatoditnoyi-sim-yi/',
  verified: true,
  note:
    'rda.chapl.gov.ua: «Посвідчення видаються структурними підрозділами районних, районних у мм. Києві та ' +
    'Севастополі держадміністрацій, виконавчими органами міських, районних у містах (у разі їх утворення) рад ' +
    'одному з батьків відповідно до місця реєстрації, протягом десяти робочих днів після подання…».',
};

/** Register card 00121 (large-family status and certificates), as a hromada CNAP publishes it. */
const CARD_00121: LegalSource = {
  id: 'register-card-00121-rozvadiv',
  act: {
    uk: 'Інформаційна картка «Установлення статусу, видача посвідчень батькам багатодітної сім’ї та дитини з багатодітної сім’ї» (Розвадівська громада)',
    en: 'Information card: establishing large-family status and issuing certificates (Rozvadiv hromada)',
  },
  url: 'https://rozvadivotg.gov.ua/cnap/functionality/16460/',
  verified: true,
  note:
    '«Ідентифікатор послуги: 00121»; «Строк: 10 днів (робочі)»; «Безоплатне надання»; where: «Структурні ' +
    'підрозділи з питань соціального захисту населення районних…» (the rest cut off).',
};

/** The Khmelnytskyi social protection card for large-family certificates: channels. */
const KHM_CERT_CARD: LegalSource = {
  id: 'khmelnytskyi-large-family-certificate-card',
  act: {
    uk: 'Картка послуги «Установлення статусу, видача посвідчень батькам багатодітної сім’ї…» (соцзахист м. Хмельницький)',
    en: 'Khmelnytskyi social protection card: large-family status and certificates',
  },
  url: 'https://soczahist.khm.gov.ua/?page_id=823',
  verified: true,
  note:
    '«Протягом 10 робочих днів після подання документів»; «безоплатно»; applications also «поштою або в ' +
    'електронній формі через … Портал Дія» (the latter «у разі технічної можливості»).',
};

/** The Shepetivka district social protection card for a duplicate large-family certificate. */
const YAMPIL_DUPLICATE_CARD: LegalSource = {
  id: 'shepetivka-large-family-duplicate-card-2025',
  act: {
    uk: 'Інформаційна картка «Видача дубліката посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї» (УСЗН Шепетівської РДА, наказ № 4-од від 27.01.2025)',
    en: 'Information card: duplicate of a large-family certificate (Shepetivka district social protection, 2025)',
  },
  url: 'https://yampilsr.gov.ua/news/1739797309',
  verified: true,
  note:
    'Published by Yampil hromada; provider «Управління соціального захисту населення Шепетівської РДА»; acts: ' +
    'Law 2402-III, КМУ 209. The term row was not in the excerpt read.',
};

/** The Globyno CNAP card for a repeated (duplicate) certificate: the term. */
const GLOBYNO_DUPLICATE_CARD: LegalSource = {
  id: 'globyno-large-family-duplicate-card',
  act: {
    uk: 'ЦНАП Глобинської громади: «Видача повторного посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї (у разі втрати відповідного посвідчення)»',
    en: 'Globyno CNAP card: repeated large-family certificate after a loss',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/183',
  verified: false,
  note: '«Строк надання 10 днів», «безоплатно»: the kind of days is not given; calendar days assumed.',
};

/** The Globyno CNAP card for the baby-box compensation: the term. */
const GLOBYNO_BABY_BOX_CARD: LegalSource = {
  id: 'globyno-baby-box-compensation-card',
  act: {
    uk: 'ЦНАП Глобинської громади: «Призначення грошової компенсації вартості одноразової натуральної допомоги “пакунок малюка”»',
    en: 'Globyno CNAP card: cash compensation for the baby box',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/232',
  verified: false,
  note:
    'Code 03-67, «Строк надання 5 днів», «безоплатно»; the kind of days is not given (calendar days assumed) ' +
    'and the card is undated (it names a PrivatBank account, so it predates 2025).',
};

/** КМУ resolution 744 of 29.07.2020, the pilot project that introduced the baby-box compensation. */
const KMU_744: LegalSource = {
  id: 'kmu-744-2020',
  act: {
    uk: 'Постанова КМУ «Деякі питання реалізації пілотного проекту з монетизації одноразової натуральної допомоги “пакунок малюка”»',
    en: 'Cabinet resolution on the pilot project monetising the baby box',
  },
  number: '744',
  adopted: '2020-07-29',
  url: 'https://zakon.rada.gov.ua/laws/show/744-2020-п',
  verified: true,
  note:
    'vatytino-rada.gov.ua: «З 01 вересня 2020 року змінено механізм … на грошову компенсацію відповідно до ' +
    'постанови КМУ від 29.07.2020 № 744»; «Призначення грошової компенсації здійснюється структурними ' +
    'підрозділами з питань соціального захисту населення». URL built by the standard pattern.',
};

/** The 2024 extension of the pilot (КМУ 136 of 09.02.2024), after a pause in January 2024. */
const KMU_136_2024_EXTENSION: LegalSource = {
  id: 'kmu-136-2024-baby-box-extension',
  act: {
    uk: 'Повідомлення ЦНАП Стрижавської селищної ради про відновлення прийому заяв на компенсацію «пакунка малюка»',
    en: 'Stryzhavka CNAP notice resuming baby-box compensation applications',
  },
  number: '136',
  adopted: '2024-02-09',
  inForce: '2024-02-13',
  url: 'https://stryzhavska-rada.gov.ua/news/1708596614/',
  verified: true,
  note:
    '«ЦНАП … відновлює приймання заяв … (13.02.2024 набрала чинність постанова Уряду №136 від 09.02.2024, якою ' +
    'продовжено реалізацію пілотного проєкту … до 31.12.2024)»; «звернення … не пізніше ніж через 12 місяців з ' +
    'дня народження дитини». nk.gov.ua/2024/02/19 confirms КМУ 136 and that УСЗН assigns the compensation.',
};

/** The end of the pilot in 2023, before the 2024 pause. */
const KMU_1390_2021_PILOT_2023: LegalSource = {
  id: 'kmu-1390-2021-baby-box-pilot-2023',
  act: {
    uk: 'Постанова КМУ «Про внесення змін до деяких постанов Кабінету Міністрів України» (пілотний проект «пакунок малюка» у 2020–2023 роках)',
    en: 'Cabinet resolution extending the baby-box pilot to 2020–2023',
  },
  number: '1390',
  adopted: '2021-12-23',
  url: 'https://zakon.rada.gov.ua/laws/show/1390-2021-п',
  verified: false,
  note:
    'Seen only in a copy on zakon-i-normativ.info («пілотного проекту … у 2020-2023 роках»). That the pilot ' +
    'lapsed on 31.12.2023 is inferred from the Stryzhavka notice that applications «resumed» on 13.02.2024.',
};

/** КМУ resolution 114 of 04.02.2025, which continued the compensation in 2025. */
const KMU_114_2025: LegalSource = {
  id: 'kmu-114-2025',
  act: {
    uk: 'Постанова КМУ «Деякі питання призначення та виплати грошової компенсації вартості одноразової натуральної допомоги “пакунок малюка”»',
    en: 'Cabinet resolution on assigning and paying the cash compensation for the baby box',
  },
  number: '114',
  adopted: '2025-02-04',
  url: 'https://zakon.rada.gov.ua/laws/show/114-2025-п',
  verified: false,
  note:
    'Number, date and title from yu.mk.ua (Pivdennoukrainsk city site) and 7eminar.ua. Its entry into force and ' +
    'whether it covered January 2025 were not found: the adoption date is used as the first day of the service. ' +
    'Law 4681-IX changes the in-kind baby box from 01.01.2026 (kalushcity.gov.ua); whether the compensation goes ' +
    'on in 2026 is not established. URL built by the standard pattern.',
};

/** Chernivtsi city: the Pension Fund assigns the baby-box compensation from 01.07.2025. */
const CHERNIVTSI_BABY_BOX_PFU: LegalSource = {
  id: 'chernivtsi-baby-box-pfu-2025',
  act: {
    uk: 'Департамент соціальної політики Чернівецької міської ради: «Призначення грошової компенсації вартості одноразової натуральної допомоги “Пакунок малюка”»',
    en: 'Chernivtsi city social policy department: baby-box compensation',
  },
  url: 'http://dsp.city.cv.ua/posluhy/simiam-z-ditmy/kompensatsiia-vartosti-dopomohy-pakunok-maliuka',
  verified: true,
  note:
    '«З 1 липня 2025 року призначення та виплату грошової компенсації вартості одноразової натуральної допомоги ' +
    '"Пакунок малюка" здійснюють органи Пенсійного фонду України» (updated 09.07.2025).',
};

/** Where the Pension Fund takes applications for the assistance it decides, beyond the Nadvirna notice. */
const PFU_PORTAL_NEWS: LegalSource = {
  ...PFU_NEWS_ADOPTION,
  id: 'pfu-portal-channel-news',
  note:
    'The PFU web portal as a channel is listed only in news items citing the Pension Fund (unn.ua, 29.12.2025); ' +
    'the Nadvirna notice names CNAP, authorised officials, any PFU service centre and post.',
};

/** Law 2811-XII Arts. 12-1–12-3: adoption assistance. */
const LAW_2811_ADOPTION: LegalSource = {
  ...LAW_2811,
  id: 'law-2811-xii-art-12-1',
  provision: { uk: 'ст. 12-1–12-3', en: 'Arts. 12-1–12-3' },
  verified: false,
  note: 'Article numbers from an old Lyman council page (old.krliman.gov.ua); not checked in the official text.',
};

/** Law 2811-XII Arts. 16–18: assistance for children under guardianship or curatorship. */
const LAW_2811_GUARDIANSHIP: LegalSource = {
  ...LAW_2811,
  id: 'law-2811-xii-art-16-18',
  provision: { uk: 'ст. 16–18', en: 'Arts. 16–18' },
  verified: false,
  note:
    'Article numbers from an old Lyman council page (old.krliman.gov.ua); kodeksy.com.ua quotes Art. 17: «Допомога ' +
    'на дітей, над якими встановлено опіку чи піклування, призначається на підставі рішення про встановлення ' +
    'опіки чи піклування». Not checked in the official text.',
};

/** Law 2811-XII Art. 18-1: assistance for children of single mothers. */
const LAW_2811_SINGLE_MOTHER: LegalSource = {
  ...LAW_2811,
  id: 'law-2811-xii-art-18-1',
  provision: { uk: 'ст. 18-1', en: 'Art. 18-1' },
  verified: true,
  note: 'Article cited by the Dnipro city social policy department (socialpolitica.dniprorada.gov.ua).',
};

/** КМУ resolution 765 of 25.06.2025: the application form for assistance the Pension Fund assigns. */
const KMU_765_2025: LegalSource = {
  id: 'kmu-765-2025',
  act: {
    uk: 'Постанова КМУ «Деякі питання призначення та виплати державних соціальних допомог, соціальних стипендій органами Пенсійного фонду України»',
    en: 'Cabinet resolution on certain issues of the Pension Fund assigning and paying state social assistance and social scholarships',
  },
  number: '765',
  adopted: '2025-06-25',
  url: 'https://zakon.rada.gov.ua/laws/show/765-2025-п',
  verified: true,
  note:
    'defence.poda.gov.ua/news/250836 (08.01.2026) and ternopil.te.gov.ua (12.01.2026): under КМУ 1805, birth ' +
    'assistance (with maternity, child-care and «єЯсла» assistance) is assigned on an application «за формою, ' +
    'затвердженою постановою Кабінету Міністрів України від 25 червня 2025 року № 765». An unofficial translation ' +
    '(cis-legislation.com) shows it approves the application form. The text was not read on zakon.rada.gov.ua; the ' +
    'URL is built by the standard pattern.',
};

/** A district administration notice on the 2026 family assistance: birth assistance is 50 000 грн. */
const TYACHIV_BIRTH_2026: LegalSource = {
  id: 'tyachiv-rda-family-assistance-2026',
  act: {
    uk: 'Повідомлення Тячівської РДА «Ветерани і ветеранки, які мають дітей: не забудьте скористатися державною підтримкою»',
    en: 'Tiachiv district administration notice on state support for veterans with children',
  },
  url: 'https://tyachiv-rda.gov.ua/news/9374-veterani-veteranki-yak-mayut-dtey-ne-zabudte-skoristatisya-derzhavnoyu-pdtrimkoyu.html',
  verified: true,
  note:
    '14.01.2026: «З 1 січня 2026 року діє оновлена система державної підтримки сімей з дітьми»; «Допомога при ' +
    'народженні дитини — 50 000 грн.» Only an excerpt was read; it does not state the cut-off by date of birth.',
};

/** News reports of the 2026 birth-assistance rules: the cut-off by date of birth, the window and the channels. */
const BIRTH_2026_NEWS: LegalSource = {
  id: 'birth-assistance-2026-news',
  act: {
    uk: 'Роз’яснення щодо допомоги при народженні дитини у 2026 році (у переказі uc.kr.ua та інших)',
    en: 'Explanations of birth assistance in 2026, as reported by uc.kr.ua and others',
  },
  url: 'https://uc.kr.ua/2026/01/29/shho-varto-znaty-pro-finansovu-pidtrymku-simej-z-ditmy-u-2026-rotsi/',
  verified: false,
  note:
    'uc.kr.ua (29.01.2026): «Допомога при народженні дитини, яка народилася після 31.12.2025, становить 50 000 ' +
    'грн»; «заява надійшла до органів Пенсійного фонду України не пізніше ніж через 12 місяців з дня народження»; ' +
    'one may apply to a PFU body on paper (also by post) or electronically, through the Unified state web portal ' +
    'of e-services (Diia) or through a CNAP. A repost of a Гусятинська hromada notice (pravdorub.live, 14.01.2026) ' +
    'says a child born up to 31.12.2025 gets 41 280 грн: 10 320 грн at once, the rest over 36 months. The deputy ' +
    'minister (news.finance.ua, 02.01.2026) named the PFU and «єМалятко» in Diia, warning the Diia service might ' +
    'take time to work. News sites and reposts, not the text of КМУ 1805.',
};

/** The 10-day term carried into 2026: no source for the term under the 2026 procedure was found. */
const BIRTH_TERM_2026: LegalSource = {
  ...BIRTH_TERM,
  id: 'birth-assistance-term-2026',
  note:
    'The 10 days of the pre-2026 reports (smila-ua.com, 2023) are kept: no 2026 card, notice or text of КМУ 1805 ' +
    'giving the term for birth assistance was found.',
};

/** Birth assistance: the catalogue's worked example of every field. */
const birthAssistance: ServiceInput = {
  id: 'birth-assistance',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення державної допомоги при народженні дитини',
        en: 'Assignment of state assistance at the birth of a child',
      },
      basis: [KMU_1751],
    },
  ],
  description: {
    uk:
      'Допомога одному з батьків (опікуну), з яким постійно проживає дитина. Розмір і спосіб виплати залежать від ' +
      'дати народження: на дитину, народжену до 31.12.2025 включно, — 41 280 грн (10 320 грн одразу, решта ' +
      'рівними частинами протягом 36 місяців); на дитину, народжену з 01.01.2026, — 50 000 грн одним платежем ' +
      '(Закон № 4681-IX).',
    en:
      'Assistance to the parent (or guardian) the child lives with. The amount and how it is paid depend on the ' +
      'date of birth: for a child born on or before 31.12.2025, UAH 41,280 (UAH 10,320 at once, the rest in equal ' +
      'monthly parts over 36 months); for a child born from 01.01.2026, UAH 50,000 in a single payment (Law 4681-IX).',
  },
  keywords: ['народження дитини', 'єМалятко', 'допомога при народженні', '50 тисяч'],
  available: [{ value: true, basis: [LAW_2811] }],
  provider: transferredToPfu([LAW_2811, KMU_1751], [PFU_CARD_119]),
  legalBasis: [
    { to: '2025-12-31', value: [LAW_2811, KMU_1751], basis: [LAW_2811] },
    { from: '2026-01-01', value: [LAW_2811, LAW_4681, KMU_1751, KMU_1805], basis: [LAW_4681, KMU_1805] },
  ],
  fee: FREE_AS_SOCIAL,
  term: [
    {
      to: '2025-12-31',
      value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } },
      basis: [BIRTH_TERM],
    },
    {
      from: '2026-01-01',
      value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } },
      basis: [BIRTH_TERM_2026],
    },
  ],
  applicationWindow: [
    {
      to: '2025-12-31',
      value: {
        event: 'childBirth',
        within: { amount: 12, unit: 'months' },
        after: { uk: 'народження дитини', en: 'the birth of the child' },
      },
      basis: [BIRTH_WINDOW],
    },
    {
      from: '2026-01-01',
      value: {
        event: 'childBirth',
        within: { amount: 12, unit: 'months' },
        after: { uk: 'дня народження дитини', en: 'the day the child was born' },
      },
      basis: [BIRTH_2026_NEWS],
    },
  ],
  result: [
    {
      to: '2025-12-31',
      value: [
        {
          uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
          en: 'A decision to assign the assistance or to refuse it',
        },
      ],
      basis: [KMU_1751],
    },
    {
      from: '2026-01-01',
      value: [
        {
          uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
          en: 'A decision to assign the assistance or to refuse it',
        },
        {
          uk: 'На дитину, народжену після 31.12.2025, — одноразова виплата 50 000 грн на кожну дитину; на дитину, народжену раніше, — 41 280 грн за попередніми правилами (10 320 грн одразу, решта протягом 36 місяців)',
          en: 'For a child born after 31.12.2025, a single payment of UAH 50,000 per child; for a child born earlier, UAH 41,280 under the former rules (UAH 10,320 at once, the rest over 36 months)',
        },
      ],
      basis: [TYACHIV_BIRTH_2026, BIRTH_2026_NEWS],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    {
      to: LAST_DAY_BEFORE_PFU,
      value: [
        'cnap',
        'cnapTerritorialUnit',
        'remoteWorkplace',
        'starostaOrAuthorisedOfficial',
        'diia',
        'usznOffice',
      ],
      basis: [KMU_1751],
    },
    {
      from: FIRST_DAY_OF_PFU,
      to: '2025-12-31',
      value: [
        'cnap',
        'cnapTerritorialUnit',
        'remoteWorkplace',
        'starostaOrAuthorisedOfficial',
        'diia',
        'pfuOffice',
        'pfuPortal',
        'post',
      ],
      basis: [PFU_CARD_119],
    },
    /**
     * КМУ 1805 names the PFU on paper and its portal and app; the CNAP, post and Diia («єМалятко») are from news
     * reports only. CNAP territorial units, remote workplaces and starostas were not named for 2026.
     */
    {
      from: '2026-01-01',
      value: ['cnap', 'diia', 'pfuOffice', 'pfuPortal', 'post'],
      basis: [KMU_1805, BIRTH_2026_NEWS],
    },
  ],
  delivery: ALL_MODELS,
  applicationForm: [
    {
      to: LAST_DAY_BEFORE_PFU,
      value: {
        uk: 'Заява за формою, затвердженою Мінсоцполітики',
        en: 'Application in the form approved by the Ministry of Social Policy',
      },
      basis: [KMU_1751],
    },
    {
      from: FIRST_DAY_OF_PFU,
      to: '2025-12-31',
      value: {
        uk: 'Заява за формою, затвердженою постановою КМУ від 11.06.2025 № 695',
        en: 'Application in the form approved by Cabinet resolution 695 of 11.06.2025',
      },
      basis: [KMU_695_2025],
    },
    {
      from: '2026-01-01',
      value: {
        uk: 'Заява за формою, затвердженою постановою КМУ від 25.06.2025 № 765',
        en: 'Application in the form approved by Cabinet resolution 765 of 25.06.2025',
      },
      basis: [KMU_765_2025, KMU_1805],
    },
  ],
  typicalCard: [{ from: '2025-07-10', value: PFU_CARD_119, basis: [PFU_CARD_119] }],
  lifeSituations: ['childBirth'],
};

/** The places a CNAP-routed assistance application could be made while УСЗН decided. */
const USZN_ERA_CHANNELS: Channel[] = [
  'cnap',
  'cnapTerritorialUnit',
  'remoteWorkplace',
  'starostaOrAuthorisedOfficial',
  'usznOffice',
];

/** The places an application can be made once the Pension Fund decides (Nadvirna notice, plus the PFU portal). */
const PFU_ERA_CHANNELS: Channel[] = [
  'cnap',
  'cnapTerritorialUnit',
  'remoteWorkplace',
  'starostaOrAuthorisedOfficial',
  'pfuOffice',
  'pfuPortal',
  'post',
];

/**
 * The channels of an assistance type moved to the Pension Fund on 01.07.2025: УСЗН channels before, the Fund's
 * after, with any extra channels (Diia) of the later period.
 */
function transferredChannels(
  usznBasis: LegalSource[],
  pfuBasis: LegalSource[],
  extraAfter: Channel[] = [],
): Dated<Channel[]>[] {
  return [
    { to: LAST_DAY_BEFORE_PFU, value: USZN_ERA_CHANNELS, basis: usznBasis },
    {
      from: FIRST_DAY_OF_PFU,
      value: [...PFU_ERA_CHANNELS, ...extraAfter],
      basis: [PFU_TRANSFER_2025, PFU_PORTAL_NEWS, ...pfuBasis],
    },
  ];
}

/** The usual result of an assistance application: a decision either way. */
function decisionResult(basis: LegalSource[]): Dated<LocalizedText[]>[] {
  return [
    {
      value: [
        {
          uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
          en: 'A decision to assign the assistance or to refuse it',
        },
      ],
      basis,
    },
  ];
}

/** The provider of large-family certificates: a district or city body, not the Pension Fund. */
const CERTIFICATE_PROVIDER: Provider = {
  kind: 'uszn',
  name: {
    uk: 'Структурний підрозділ районної держадміністрації або виконавчий орган міської (районної у місті) ради, що видає посвідчення (здебільшого з питань соціального захисту населення)',
    en: 'The unit of the district administration or the executive body of the city council that issues the certificates (usually social protection)',
  },
};

/** Adoption assistance (Law 2811-XII Arts. 12-1–12-3). */
const adoptionAssistance: ServiceInput = {
  id: 'adoption-assistance',
  registerId: '00147',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення державної допомоги при усиновленні дитини',
        en: 'Assignment of state assistance at the adoption of a child',
      },
      basis: [CARD_00147, KROPYVNYTSKYI_NAMES],
    },
  ],
  description: {
    uk: 'Допомога на кожну усиновлену дитину з числа дітей-сиріт або дітей, позбавлених батьківського піклування; якщо усиновлювачі — подружжя, її отримує один з них.',
    en: 'Assistance for each adopted child who was an orphan or deprived of parental care; where a married couple adopts, one of them receives it.',
  },
  keywords: ['усиновлення', 'допомога при усиновленні', 'усиновлювач', 'всиновлення'],
  available: [{ value: true, basis: [LAW_2811, CARD_00147] }],
  provider: transferredToPfu([LAW_2811, KMU_1751, CARD_00147], [PFU_NEWS_ADOPTION]),
  legalBasis: [
    {
      value: [LAW_2811_ADOPTION, KMU_1751],
      basis: [CARD_00147, KRLIMAN_ARTICLES],
    },
  ],
  fee: FREE_AS_SOCIAL,
  term: [{ value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } }, basis: [CARD_00147] }],
  applicationWindow: [
    {
      value: {
        event: 'adoption',
        within: { amount: 12, unit: 'months' },
        after: {
          uk: 'набрання законної сили рішенням про усиновлення дитини',
          en: 'the adoption decision taking legal effect',
        },
      },
      basis: [CARD_00147],
    },
  ],
  result: decisionResult([KMU_1751]),
  appeal: APPEAL_GENERAL,
  channels: transferredChannels([KMU_1751, CARD_00147], [PFU_NEWS_ADOPTION, KMU_11_2023_DIIA], ['diia']),
  delivery: ALL_MODELS,
  lifeSituations: ['adoptionAndGuardianship'],
};

/** Assistance for children under guardianship or curatorship (Law 2811-XII Arts. 16–18). */
const guardianshipChildAssistance: ServiceInput = {
  id: 'guardianship-child-assistance',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення державної допомоги на дітей, над якими встановлено опіку чи піклування',
        en: 'Assignment of state assistance for children under guardianship or curatorship',
      },
      basis: [KROPYVNYTSKYI_NAMES],
    },
  ],
  description: {
    uk: 'Щомісячна допомога опікуну або піклувальнику на дитину-сироту чи дитину, позбавлену батьківського піклування; призначається на підставі рішення про встановлення опіки чи піклування.',
    en: 'Monthly assistance to the guardian or curator of an orphan or a child deprived of parental care, assigned on the basis of the guardianship decision.',
  },
  keywords: ['опіка', 'піклування', 'опікун', 'піклувальник', 'дитина-сирота'],
  available: [{ value: true, basis: [LAW_2811] }],
  provider: transferredToPfu([LAW_2811, KMU_1751], [PFU_NEWS_GUARDIANSHIP]),
  legalBasis: [
    {
      value: [LAW_2811_GUARDIANSHIP, KMU_1751],
      basis: [KRLIMAN_ARTICLES],
    },
  ],
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: decisionResult([KMU_1751]),
  appeal: APPEAL_GENERAL,
  channels: transferredChannels([KMU_1751], [PFU_NEWS_GUARDIANSHIP]),
  delivery: ALL_MODELS,
  lifeSituations: ['adoptionAndGuardianship'],
};

/** Assistance for children of single mothers (Law 2811-XII Art. 18-1). */
const singleMotherAssistance: ServiceInput = {
  id: 'single-mother-assistance',
  registerId: '00150',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення державної допомоги на дітей одиноким матерям',
        en: 'Assignment of state assistance for children of single mothers',
      },
      basis: [CARD_00150, KROPYVNYTSKYI_NAMES],
    },
  ],
  description: {
    uk: 'Допомога одиноким матерям (батькам, усиновлювачам), якщо в документі про народження дитини немає запису про батька (матір) або запис зроблено за вказівкою матері, а також матері (батьку) в разі смерті другого з батьків; залежить від доходу сім’ї.',
    en: 'Income-tested assistance to single mothers (fathers, adopters) where the birth record has no father (mother) or the entry was made at the mother’s word, and to a parent after the other parent’s death.',
  },
  keywords: ['одинока мати', 'одинокий батько', 'одиночка', 'допомога одиноким матерям'],
  available: [{ value: true, basis: [LAW_2811, CARD_00150] }],
  provider: transferredToPfu([LAW_2811, KMU_1751, CARD_00150], [PFU_NEWS_SINGLE_MOTHER]),
  legalBasis: [
    {
      value: [LAW_2811_SINGLE_MOTHER, KMU_1751],
      basis: [DNIPRO_ART_18_1],
    },
  ],
  fee: FREE_AS_SOCIAL,
  term: [
    {
      value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } },
      basis: [CARD_00150, DIIA_SINGLE_MOTHER],
    },
  ],
  result: decisionResult([KMU_1751]),
  appeal: APPEAL_GENERAL,
  channels: transferredChannels(
    [KMU_1751, CARD_00150],
    [PFU_NEWS_SINGLE_MOTHER, KMU_11_2023_DIIA, DIIA_SINGLE_MOTHER],
    ['diia'],
  ),
  delivery: ALL_MODELS,
  lifeSituations: ['singleParent'],
};

/** Maternity assistance for women not covered by social insurance (Law 2811-XII). */
const maternityAssistanceUninsured: ServiceInput = {
  id: 'maternity-assistance-uninsured',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення державної допомоги у зв’язку з вагітністю та пологами жінкам, які не застраховані в системі загальнообов’язкового державного соціального страхування',
        en: 'Assignment of state maternity assistance to women not covered by compulsory state social insurance',
      },
      basis: [KROPYVNYTSKYI_NAMES],
    },
  ],
  description: {
    uk: 'Допомога за період відпустки у зв’язку з вагітністю та пологами (70 днів до і 56 або 70 днів після пологів) жінкам, за яких не сплачуються страхові внески: безробітним, студенткам, військовослужбовицям, звільненим у зв’язку з ліквідацією, ФОП поза страхуванням.',
    en: 'Assistance for the maternity leave period (70 days before and 56 or 70 days after birth) to women without social insurance: unemployed women, students, servicewomen, women dismissed on liquidation, uninsured sole traders.',
  },
  keywords: ['вагітність', 'пологи', 'декретні', 'допомога по вагітності', 'незастраховані'],
  available: [{ value: true, basis: [LAW_2811, NSSU_MATERNITY_2024] }],
  provider: transferredToPfu([LAW_2811, NSSU_MATERNITY_2024], [PFU_NEWS_MATERNITY_2025, KMU_1805]),
  legalBasis: [
    { to: '2025-12-31', value: [LAW_2811, KMU_1751], basis: [NSSU_MATERNITY_2024] },
    { from: '2026-01-01', value: [LAW_2811, LAW_4681, KMU_1751, KMU_1805], basis: [KMU_1805, LAW_4681] },
  ],
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  applicationWindow: [
    {
      value: {
        event: 'endOfMaternityLeave',
        within: { amount: 6, unit: 'months' },
        after: {
          uk: 'закінчення відпустки у зв’язку з вагітністю та пологами',
          en: 'the end of maternity leave',
        },
      },
      basis: [
        {
          ...NSSU_MATERNITY_2024,
          id: 'nssu-maternity-window-2024',
          note: `${NSSU_MATERNITY_2024.note} Seen in 2024; whether Law 4681-IX kept the 6 months from 2026 was not checked.`,
        },
      ],
    },
  ],
  result: decisionResult([KMU_1751]),
  appeal: APPEAL_GENERAL,
  channels: [
    { to: LAST_DAY_BEFORE_PFU, value: USZN_ERA_CHANNELS, basis: [NSSU_MATERNITY_2024] },
    {
      from: FIRST_DAY_OF_PFU,
      to: '2025-12-31',
      value: PFU_ERA_CHANNELS,
      basis: [PFU_TRANSFER_2025, PFU_PORTAL_NEWS, PFU_NEWS_MATERNITY_2025],
    },
    /** КМУ 1805 names only the Pension Fund, on paper or through its portal and app, for January 2026. */
    { from: '2026-01-01', to: '2026-02-04', value: ['pfuOffice', 'pfuPortal'], basis: [KMU_1805] },
    {
      from: '2026-02-05',
      value: [
        'cnap',
        'cnapTerritorialUnit',
        'remoteWorkplace',
        'starostaOrAuthorisedOfficial',
        'pfuOffice',
        'pfuPortal',
      ],
      basis: [KMU_1805, CABINET_CNAP_2026],
    },
  ],
  delivery: ALL_MODELS,
  lifeSituations: ['pregnancy', 'childBirth'],
};

/** Assistance for the third and each further child of a large family (КМУ 250). */
const largeFamilyChildrenAssistance: ServiceInput = {
  id: 'large-family-children-assistance',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення допомоги на дітей, які виховуються у багатодітних сім’ях',
        en: 'Assignment of assistance for children brought up in large families',
      },
      basis: [
        {
          ...KMU_250,
          id: 'kmu-250-2019-name',
          verified: false,
          note: 'Name built from the title of the Procedure approved by КМУ 250; no Register card with this name was seen.',
        },
      ],
    },
  ],
  description: {
    uk: 'Щомісячна допомога одному з батьків, який постійно проживає з дитиною, на третю і кожну наступну дитину в багатодітній сім’ї; призначається з місяця подання заяви з усіма документами.',
    en: 'Monthly assistance to the parent living with the child, for the third and each further child of a large family, from the month of the complete application.',
  },
  keywords: ['багатодітна сім’я', 'багатодітні', 'третя дитина', 'допомога багатодітним'],
  available: [{ from: '2019-04-01', value: true, basis: [KMU_250] }],
  provider: transferredToPfu([KMU_250], [ZELENOPIDSKA_LARGE_FAMILY_PFU]),
  legalBasis: [{ value: [KMU_250], basis: [KMU_250, ZELENOPIDSKA_LARGE_FAMILY_PFU] }],
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: decisionResult([KMU_250]),
  appeal: APPEAL_GENERAL,
  channels: transferredChannels([KMU_250, IZMAIL_LARGE_FAMILY_IN_PERSON], [ZELENOPIDSKA_LARGE_FAMILY_PFU]),
  delivery: ALL_MODELS,
  lifeSituations: ['largeFamily'],
};

/** Large-family status and certificates (Law 2402-III, КМУ 209): a local service, not moved to the Pension Fund. */
const largeFamilyCertificate: ServiceInput = {
  id: 'large-family-certificate',
  registerId: '00121',
  social: true,
  names: [
    {
      value: {
        uk: 'Установлення статусу, видача посвідчень батькам багатодітної сім’ї та дитини з багатодітної сім’ї',
        en: 'Establishing large-family status and issuing certificates of parents and children of a large family',
      },
      basis: [CARD_00121],
    },
  ],
  description: {
    uk: 'Посвідчення підтверджують статус багатодітної сім’ї (троє і більше дітей) і право на пільги; дітям посвідчення видаються з шести років.',
    en: 'The certificates prove large-family status (three or more children) and the right to benefits; children receive theirs from the age of six.',
  },
  keywords: [
    'посвідчення багатодітної сім’ї',
    'багатодітна сім’я',
    'статус багатодітної',
    'посвідчення дитини',
  ],
  available: [{ value: true, basis: [KMU_209, CARD_00121] }],
  provider: [{ value: CERTIFICATE_PROVIDER, basis: [PORYADOK_209_P3, CARD_00121] }],
  legalBasis: [{ value: [LAW_2402, KMU_209], basis: [YAMPIL_DUPLICATE_CARD, CARD_00121] }],
  fee: FREE_AS_SOCIAL,
  term: [
    {
      value: { kind: 'term', term: { amount: 10, unit: 'workingDays' } },
      basis: [PORYADOK_209_P3, CARD_00121, KHM_CERT_CARD],
    },
  ],
  result: [
    {
      value: [
        {
          uk: 'Посвідчення батьків багатодітної сім’ї та посвідчення дитини з багатодітної сім’ї, або відмова у їх видачі',
          en: 'Certificates of the parents and of the children of a large family, or a refusal to issue them',
        },
      ],
      basis: [KMU_209],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    {
      value: ['cnap', 'cnapTerritorialUnit', 'remoteWorkplace', 'usznOffice', 'post', 'diia'],
      basis: [CARD_00121, KHM_CERT_CARD],
    },
  ],
  delivery: ALL_MODELS,
  lifeSituations: ['largeFamily'],
};

/** A duplicate of a lost or damaged large-family certificate (КМУ 209). */
const largeFamilyCertificateDuplicate: ServiceInput = {
  id: 'large-family-certificate-duplicate',
  social: true,
  names: [
    {
      value: {
        uk: 'Видача дубліката посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї',
        en: 'Issuing a duplicate certificate of parents or a child of a large family',
      },
      basis: [YAMPIL_DUPLICATE_CARD],
    },
  ],
  description: {
    uk: 'Повторна видача посвідчення батьків або дитини з багатодітної сім’ї замість втраченого чи пошкодженого.',
    en: 'Re-issue of a parent’s or child’s large-family certificate that was lost or damaged.',
  },
  keywords: ['дублікат посвідчення', 'втрата посвідчення', 'багатодітна сім’я', 'повторне посвідчення'],
  available: [{ value: true, basis: [KMU_209, YAMPIL_DUPLICATE_CARD] }],
  provider: [{ value: CERTIFICATE_PROVIDER, basis: [PORYADOK_209_P3, YAMPIL_DUPLICATE_CARD] }],
  legalBasis: [{ value: [LAW_2402, KMU_209], basis: [YAMPIL_DUPLICATE_CARD] }],
  fee: FREE_AS_SOCIAL,
  term: [
    { value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } }, basis: [GLOBYNO_DUPLICATE_CARD] },
  ],
  result: [
    {
      value: [
        {
          uk: 'Дублікат посвідчення або відмова в його видачі',
          en: 'A duplicate certificate, or a refusal to issue it',
        },
      ],
      basis: [KMU_209],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    {
      value: ['cnap', 'cnapTerritorialUnit', 'remoteWorkplace', 'usznOffice'],
      basis: [GLOBYNO_DUPLICATE_CARD, YAMPIL_DUPLICATE_CARD],
    },
  ],
  delivery: ALL_MODELS,
  lifeSituations: ['largeFamily'],
};

/**
 * The cash compensation for the baby box. It has lived on temporary pilot resolutions, so it has lapsed and
 * resumed: the gaps in `available` are the pauses seen in CNAP notices.
 */
const babyBoxCompensation: ServiceInput = {
  id: 'baby-box-compensation',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення грошової компенсації вартості одноразової натуральної допомоги «пакунок малюка»',
        en: 'Assignment of cash compensation for the one-off in-kind «baby box» assistance',
      },
      basis: [GLOBYNO_BABY_BOX_CARD],
    },
  ],
  description: {
    uk: 'Грошова компенсація замість «пакунка малюка», якщо набір не отримано; кошти зараховуються на спеціальний рахунок і витрачаються на дитячі товари.',
    en: 'Cash instead of the baby box when the box was not received, paid to a special account for spending on goods for the child.',
  },
  keywords: ['пакунок малюка', 'бебі-бокс', 'компенсація пакунка', 'монетизація'],
  available: [
    { from: '2020-09-01', to: '2023-12-31', value: true, basis: [KMU_744, KMU_1390_2021_PILOT_2023] },
    { from: '2024-02-13', to: '2024-12-31', value: true, basis: [KMU_136_2024_EXTENSION] },
    { from: '2025-02-04', value: true, basis: [KMU_114_2025] },
  ],
  provider: transferredToPfu([KMU_744, KMU_136_2024_EXTENSION], [CHERNIVTSI_BABY_BOX_PFU]),
  legalBasis: [
    { to: '2024-12-31', value: [LAW_2811, KMU_744], basis: [KMU_744, KMU_136_2024_EXTENSION] },
    { from: '2025-02-04', value: [LAW_2811, KMU_114_2025], basis: [KMU_114_2025] },
  ],
  fee: FREE_AS_SOCIAL,
  term: [
    { value: { kind: 'term', term: { amount: 5, unit: 'calendarDays' } }, basis: [GLOBYNO_BABY_BOX_CARD] },
  ],
  applicationWindow: [
    {
      value: {
        event: 'childBirth',
        within: { amount: 12, unit: 'months' },
        after: { uk: 'народження дитини', en: 'the birth of the child' },
      },
      basis: [
        {
          ...KMU_136_2024_EXTENSION,
          id: 'baby-box-window-2024',
          note: 'Stryzhavka CNAP (2024): «звернення за нею надійшло до ЦНАП не пізніше ніж через 12 місяців з дня народження дитини». Not checked for 2025.',
        },
      ],
    },
  ],
  result: decisionResult([KMU_744]),
  appeal: APPEAL_GENERAL,
  channels: transferredChannels([KMU_744, KMU_136_2024_EXTENSION], [CHERNIVTSI_BABY_BOX_PFU]),
  delivery: ALL_MODELS,
  lifeSituations: ['childBirth'],
};

/** The first day of the 2026 child-care payments (Law 4681-IX in force). */
const FIRST_DAY_2026 = '2026-01-01';
/** The last day before КМУ 169 let CNAPs and authorised officials take these applications. */
const LAST_DAY_BEFORE_KMU_169 = '2026-02-04';
/** The day КМУ 169 was adopted, used as the first day of the CNAP channel (its entry into force is not known). */
const FIRST_DAY_OF_KMU_169 = '2026-02-05';

/** The acts of the 2026 child-care payments: the Law as amended by 4681-IX, and Procedure 1751 as restated by 1805. */
function childCare2026LegalBasis(): Dated<LegalSource[]>[] {
  return [
    {
      from: FIRST_DAY_2026,
      to: LAST_DAY_BEFORE_KMU_169,
      value: [LAW_2811, LAW_4681, KMU_1751, KMU_1805],
      basis: [LAW_4681, KMU_1805, PFU_NEW_CHILDCARE_2026],
    },
    {
      from: FIRST_DAY_OF_KMU_169,
      value: [LAW_2811, LAW_4681, KMU_1751, KMU_1805, KMU_169_2026],
      basis: [KMU_1805, KMU_169_2026],
    },
  ];
}

/**
 * Where the 2026 child-care payments are applied for: the Pension Fund (paper, portal, app) under КМУ 1805; CNAPs
 * and authorised officials of hromadas after КМУ 169. Diia was announced but not seen working, so it is not listed.
 */
function childCare2026Channels(extra: LegalSource[]): Dated<Channel[]>[] {
  return [
    {
      from: FIRST_DAY_2026,
      to: LAST_DAY_BEFORE_KMU_169,
      value: ['pfuOffice', 'pfuPortal'],
      basis: [KMU_1805, AZR_1805_CHANNELS, PFU_NEW_CHILDCARE_2026, ...extra],
    },
    {
      from: FIRST_DAY_OF_KMU_169,
      value: ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'pfuPortal'],
      basis: [UKURIER_SPECIAL_ACCOUNTS, KMU_169_2026, CABINET_CNAP_2026, AZR_1805_CHANNELS],
    },
  ];
}

/** No CNAP route before КМУ 169; afterwards the general models for social services. */
function childCare2026Delivery(): Dated<{ models: ('I' | 'II' | 'III')[]; socialHromada: boolean }>[] {
  return [
    {
      from: FIRST_DAY_2026,
      to: LAST_DAY_BEFORE_KMU_169,
      value: { models: [], socialHromada: false },
      basis: [KMU_1805, AZR_1805_CHANNELS],
    },
    {
      from: FIRST_DAY_OF_KMU_169,
      value: { models: ['I', 'II', 'III'], socialHromada: true },
      basis: [SEED_MODELS, UKURIER_SPECIAL_ACCOUNTS, KMU_169_2026],
    },
  ];
}

/**
 * The result of a 2026 child-care application: a decision, and monthly payments of the given amount to a
 * special-regime account.
 */
function childCare2026Result(amount: LocalizedText, amountBasis: LegalSource[]): Dated<LocalizedText[]>[] {
  return [
    {
      from: FIRST_DAY_2026,
      value: [
        {
          uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
          en: 'A decision to assign the assistance or to refuse it',
        },
        {
          uk: `Щомісячна виплата на поточний рахунок зі спеціальним режимом використання, відкритий в уповноваженому банку: ${amount.uk}`,
          en: `Monthly payments to a current account with a special spending regime opened in an authorised bank: ${amount.en}`,
        },
      ],
      basis: [KMU_1805, UKURIER_SPECIAL_ACCOUNTS, ...amountBasis],
    },
  ];
}

/** The application form of the 2026 family payments (КМУ 765, per КМУ 1805). */
function childCare2026Form(): Dated<LocalizedText>[] {
  return [
    {
      from: FIRST_DAY_2026,
      value: {
        uk: 'Заява за формою, затвердженою постановою КМУ від 25.06.2025 № 765',
        en: 'Application in the form approved by Cabinet resolution 765 of 25.06.2025',
      },
      basis: [KMU_765_2025, KMU_1805],
    },
  ];
}

/** Assistance for the care of a child until the age of one, new from 01.01.2026 (Law 4681-IX, КМУ 1805). */
const infantCareAssistance: ServiceInput = {
  id: 'infant-care-assistance',
  social: true,
  names: [
    {
      from: FIRST_DAY_2026,
      value: {
        uk: 'Призначення допомоги для догляду за дитиною до досягнення нею однорічного віку',
        en: 'Assignment of assistance for the care of a child until the age of one',
      },
      basis: [
        {
          ...PFU_NEW_CHILDCARE_2026,
          id: 'pfu-new-childcare-payments-2026-name',
          verified: false,
          note:
            'Wording of the payment as the Pension Fund names it («для догляду за дитиною до досягнення дитиною ' +
            'однорічного віку»); no Register card with the official name of the service was seen, and the ' +
            '«Призначення» prefix follows the other assistance services.',
        },
      ],
    },
  ],
  description: {
    uk:
      'Новий вид допомоги з 01.01.2026: щомісячно матері або іншому законному представнику, який фактично доглядає ' +
      'дитину до досягнення нею одного року (крім прийомних батьків, батьків-вихователів, патронатних вихователів і ' +
      'закладів, що виконують функції опікунів). У 2026 році — 7 000 грн на місяць, на дитину з інвалідністю — ' +
      '10 500 грн. Призначається з дня, що настає після закінчення відпустки (виплати допомоги) у зв’язку з ' +
      'вагітністю та пологами. Право мають і батьки дітей, народжених до 2026 року, яким 01.01.2026 ще не ' +
      'виповнився рік. Кошти надходять на рахунок зі спеціальним режимом використання.',
    en:
      'A new kind of assistance from 01.01.2026: paid monthly to the mother or other legal representative who ' +
      'actually cares for a child under one (not to foster parents, parent-educators, patronage carers or ' +
      'institutions acting as guardians). In 2026, UAH 7,000 a month, or UAH 10,500 for a child with a disability. ' +
      'It runs from the day after maternity leave (or maternity assistance) ends. Parents of children born before ' +
      '2026 who were not yet one on 01.01.2026 are also entitled. The money goes to a special-regime account.',
  },
  keywords: [
    'догляд за дитиною до року',
    'допомога до року',
    'допомога по догляду за дитиною',
    'до одного року',
    'немовля',
    '7000 грн',
    '7 тисяч',
    'спецрахунок',
  ],
  available: [{ from: FIRST_DAY_2026, value: true, basis: [LAW_4681, PFU_NEW_CHILDCARE_2026] }],
  provider: [{ from: FIRST_DAY_2026, value: PFU, basis: [KMU_1805, PFU_NEW_CHILDCARE_2026] }],
  legalBasis: childCare2026LegalBasis(),
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: childCare2026Result(
    {
      uk: '7 000 грн на місяць у 2026 році, 10 500 грн на дитину з інвалідністю',
      en: 'UAH 7,000 a month in 2026, UAH 10,500 for a child with a disability',
    },
    [DP_OBLRADA_AMOUNTS_2026, UKURIER_FIRST_PAYMENTS, PFU_VOLYN_INFANT_NEWS],
  ),
  appeal: APPEAL_GENERAL,
  channels: childCare2026Channels([PFU_VOLYN_INFANT_NEWS]),
  delivery: childCare2026Delivery(),
  applicationForm: childCare2026Form(),
  lifeSituations: ['childBirth'],
};

/** The «єЯсла» assistance for a child aged one to three whose carer returned to full-time work (Law 4681-IX). */
const yeyaslaAssistance: ServiceInput = {
  id: 'yeyasla-assistance',
  social: true,
  names: [
    {
      from: FIRST_DAY_2026,
      value: {
        uk: 'Призначення допомоги для догляду за дитиною «єЯсла»',
        en: 'Assignment of the «yeYasla» childcare assistance',
      },
      basis: [
        {
          ...PFU_YEYASLA_PAGE,
          id: 'pfu-yeyasla-page-name',
          verified: false,
          note:
            'pfu.gov.ua titles the payment «Допомога для догляду за дитиною “єЯсла”», as does the ternopil.te.gov.ua ' +
            'notice on КМУ 1805; no Register card with the official name of the service was seen, and the ' +
            '«Призначення» prefix follows the other assistance services.',
        },
      ],
    },
  ],
  description: {
    uk:
      'Новий вид допомоги з 01.01.2026: щомісячна цільова допомога матері або іншому законному представнику (крім ' +
      'прийомних батьків, батьків-вихователів, патронатних вихователів і закладів, що виконують функції опікунів), ' +
      'який фактично доглядав дитину і після досягнення нею одного року приступив до роботи в режимі повного ' +
      'робочого часу. Призначається з місяця, що настає після досягнення дитиною одного року, по місяць, у якому їй ' +
      'виповнюється три роки. У 2026 році — 8 000 грн на місяць, на дитину з інвалідністю — 12 000 грн (коефіцієнт ' +
      '1,5); з 2027 року розмір встановлює закон про Державний бюджет. Кошти надходять на рахунок зі спеціальним ' +
      'режимом використання і призначені для оплати догляду: няні, асистента, дитячого садка.',
    en:
      'A new kind of assistance from 01.01.2026: a targeted monthly payment to the mother or other legal ' +
      'representative (not foster parents, parent-educators, patronage carers or institutions acting as guardians) ' +
      'who cared for the child and, after the child turned one, went back to full-time work. It runs from the month ' +
      'after the first birthday to the month of the third birthday inclusive. In 2026, UAH 8,000 a month, or ' +
      'UAH 12,000 for a child with a disability (coefficient 1.5); from 2027 the State Budget law sets the amount. ' +
      'The money goes to a special-regime account and pays for childcare: a nanny, an assistant, a kindergarten.',
  },
  keywords: [
    'єЯсла',
    'еЯсла',
    'ясла',
    'від 1 до 3 років',
    'вихід на роботу',
    'няня',
    'дитячий садок',
    '8000 грн',
    'спецрахунок',
  ],
  available: [
    { from: FIRST_DAY_2026, value: true, basis: [LAW_4681, PFU_NEW_CHILDCARE_2026, MON_YEYASLA_2026] },
  ],
  provider: [
    { from: FIRST_DAY_2026, value: PFU, basis: [KMU_1805, PFU_NEW_CHILDCARE_2026, NS_GROMADA_YEYASLA] },
  ],
  legalBasis: childCare2026LegalBasis(),
  fee: FREE_AS_SOCIAL,
  term: CEILING_TERM,
  result: childCare2026Result(
    {
      uk: '8 000 грн на місяць у 2026 році, 12 000 грн на дитину з інвалідністю; з 2027 року — у розмірі, встановленому законом про Державний бюджет',
      en: 'UAH 8,000 a month in 2026, UAH 12,000 for a child with a disability; from 2027, as the State Budget law sets',
    },
    [PFU_YEYASLA_PAGE, MON_YEYASLA_2026, UKURIER_FIRST_PAYMENTS, DP_OBLRADA_AMOUNTS_2026],
  ),
  appeal: APPEAL_GENERAL,
  channels: childCare2026Channels([NS_GROMADA_YEYASLA]),
  delivery: childCare2026Delivery(),
  applicationForm: childCare2026Form(),
  lifeSituations: ['childBirth'],
};

/** Services for families with children (Law 2811-XII and related acts). */
export const FAMILY_SERVICES: ServiceInput[] = [
  birthAssistance,
  adoptionAssistance,
  guardianshipChildAssistance,
  singleMotherAssistance,
  maternityAssistanceUninsured,
  largeFamilyChildrenAssistance,
  largeFamilyCertificate,
  largeFamilyCertificateDuplicate,
  babyBoxCompensation,
  infantCareAssistance,
  yeyaslaAssistance,
];
