import type { Citation } from '@vikno/law';

/*
 * Citations of orders, cards, notices and publications that more than one service rests on, each written once. A citation names an act of the register of `@vikno/law` by id,
 * the provision, what was read (`evidence`: `text` the provision's wording in the act's text, `officialCard` a state
 * body's card or notice, `secondary` news, a council page or a CNAP's card, `none` nothing) and the day it was last
 * checked.
 */

/**
 * The transfer of assigning and paying state social assistance from the social protection bodies to the Pension
 * Fund from 01.07.2025, as the district administration of Nadvirna announced it.
 */
export const PFU_TRANSFER_2025: Citation = {
  act: 'pfu-transfer-2025-07-01',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Починаючи з 1 липня 2025 року, функції з призначення та виплати певних видів державних ' +
    'соціальних допомог … передані від органів соціального захисту населення до Пенсійного фонду ' +
    'України». Which of the 39 or 41 types are included is not settled by one official list; each ' +
    'service cites its own evidence.',
};

/**
 * Seed 001, the methodical material «Моделі надання адміністративних послуг соціального характеру у ЦНАП»: the
 * three delivery models for social-character services in general.
 */
export const SEED_MODELS: Citation = {
  act: 'models-of-apsh-in-cnap',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Describes models I–III for social-character services in general, not per service. Whether ' +
    '«Соціальна громада» still carries applications decided by the Pension Fund after 01.07.2025 is ' +
    'not settled.',
};

/** The Kropyvnytskyi CNAP list of social services: the official names of several assistance types. */
export const KROPYVNYTSKYI_NAMES: Citation = {
  act: 'kropyvnytskyi-cnap-social-services-2023',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note: 'Names as listed (updated 07.08.2023), per the domain notes [V]; page path not recorded.',
};

/** The Krasnyi Lyman council page giving the articles of Law 2811-XII and points of КМУ 1751 per assistance. */
export const KRLIMAN_ARTICLES: Citation = {
  act: 'krliman-2811-articles',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Guardianship: «Ст.ст. 16-18 Закону», «П.П. 25-27 Порядку»; adoption: «Ст. 12-1 – 12-3», «П.П. ' +
    '39 - 42-2». An old council page; the article numbers were not checked against the current ' +
    'official text.',
};

/** Where the Pension Fund takes applications for the assistance it decides, beyond the Nadvirna notice. */
export const PFU_PORTAL_NEWS: Citation = {
  act: 'pfu-news-adoption-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'The PFU web portal as a channel is listed only in news items citing the Pension Fund (unn.ua, ' +
    '29.12.2025); the Nadvirna notice names CNAP, authorised officials, any PFU service centre and ' +
    'post.',
};

/** The Cabinet change of early 2026 that let CNAPs take maternity and child-care applications again. */
export const CABINET_CNAP_2026: Citation = {
  act: 'cabinet-cnap-family-assistance-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '05.02.2026: «змінами передбачено розширення можливостей подання заяв через центри надання ' +
    'адміністративних послуг (ЦНАПи) або уповноважених посадових осіб територіальних громад». The ' +
    'resolution’s number and its entry into force were not found; 05.02.2026 is the date of the ' +
    'report, used as the first day of the channel.',
};

/** The Shepetivka district social protection card for a duplicate large-family certificate. */
export const YAMPIL_DUPLICATE_CARD: Citation = {
  act: 'shepetivka-large-family-duplicate-card-2025',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    'Published by Yampil hromada; provider «Управління соціального захисту населення Шепетівської ' +
    'РДА»; acts: Law 2402-III, КМУ 209. The term row was not in the excerpt read.',
};

/** The Pension Fund notice that it accepts applications for the two new child-care payments from 01.01.2026. */
export const PFU_NEW_CHILDCARE_2026: Citation = {
  act: 'pfu-new-childcare-payments-2026',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    '«З 1 січня 2026 року запроваджено нові виплати сім’ям з дітьми для догляду за дитиною: до ' +
    'досягнення дитиною однорічного віку; від одного до трьох років – “єЯсла”»; the right extends to ' +
    'children born before 01.01.2026 who on that day had not reached one (or three) years; ' +
    '«призначаються за зверненням матері або іншого законного представника з відповідною заявою, ' +
    'зокрема поданою через сервісний центр Пенсійного фонду України».',
};

/** The government newspaper on the special-regime accounts and where to apply for the new payments. */
export const UKURIER_SPECIAL_ACCOUNTS: Citation = {
  act: 'ukurier-special-accounts-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Допомогу для догляду за дитиною до досягнення нею однорічного віку та «єЯсла» виплачують на ' +
    'поточні рахунки із спеціальним режимом використання, відкриті в уповноваженому банку»; ' +
    '«податись на «дитячі» виплати можна через Пенсійний фонд України, ЦНАП або уповноважених ' +
    'представників територіальних громад». The page date was not shown.',
};

/** The Dnipropetrovsk regional council on the 2026 family payments: the monthly amounts. */
export const DP_OBLRADA_AMOUNTS_2026: Citation = {
  act: 'dp-oblrada-family-payments-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«7 000 грн щомісяця – на догляд за дитиною до 1 року; до 10 500 грн щомісяця – на догляд за ' +
    'дитиною з інвалідністю до 1 року; нова програма «єЯсла» – 8 000 грн щомісяця для дітей віком ' +
    'від 1 до 3 років; 12 000 грн щомісяця – для дітей з інвалідністю». An announcement of the 2026 ' +
    'budget; its list of channels (Diia, the Ministry’s social portal) describes plans and is not ' +
    'used.',
};

/** The government newspaper on the first payments: amounts and what «єЯсла» money may be spent on. */
export const UKURIER_FIRST_PAYMENTS: Citation = {
  act: 'ukurier-first-yeyasla-payments-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Виплата становить 8 тисяч гривень щомісяця в разі виходу на роботу матері, батька чи опікуна ' +
    'після того, як дитині виповнився один рік. Кошти можна використати для оплати няні, асистента ' +
    'чи садочка»; «щомісячна допомога по догляду за дитиною до одного року становить 7 тисяч ' +
    'гривень». The page date was not shown; news sites carry the same statement on 04.03.2026.',
};

/** A hromada notice on КМУ 1805: how the four family payments are applied for. */
export const AZR_1805_CHANNELS: Citation = {
  act: 'azr-kmu-1805-channels-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Under КМУ 1805 the maternity, birth, under-one child-care and «єЯсла» assistance are applied ' +
    'for to the Pension Fund «Онлайн: через вебпортал електронних послуг ПФУ або офіційний мобільний ' +
    'застосунок»; «Офлайн: подавши паперову заяву безпосередньо до відділення ПФУ». Undated page.',
};

/** Nothing found on whether IDP certificate applications travel through «Соціальна громада». */
export const IDP_DELIVERY_NOTE: Citation = {
  act: 'models-of-apsh-in-cnap',
  evidence: 'none',
  checkedOn: '2026-11-22',
  note:
    'No source was found on whether IDP certificate applications go through «Соціальна громада». ' +
    'Since КМУ 269 (2022) a CNAP or an authorised hromada official takes the application directly, ' +
    'so the three models may not fit this service; the general models are shipped as a default.',
};

/** Before the Pension Fund: applications through councils and CNAPs passed to the social protection unit. */
export const SUBSIDY_CHANNELS_USZN: Citation = {
  act: 'housing-subsidy-channels-uszn',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'fursivska-gromada.gov.ua (domain notes [V]): «заяви … приймаються … посадовими особами центру ' +
    'надання адміністративних послуг і передаються відповідному органу соціального захисту ' +
    'населення». Post to the social protection body is from lenta.ua (news, 2022). Exact page and ' +
    'dates not seen by this author.',
};

/** The switch of subsidies and privileges to the Pension Fund on 01.12.2022, as a hromada announced it. */
export const SUBSIDY_PFU_2022: Citation = {
  act: 'subsidies-privileges-pfu-2022-12-01',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Урядом у вересні … прийнято рішення щодо передання функцій з призначення, нарахування і ' +
    'виплати житлових субсидій та пільг до органів Пенсійного фонду України з 1 грудня 2022 року»; ' +
    'documents go to any Pension Fund service centre in person or by post, to authorised officials ' +
    'of the council, to the CNAP, or through the portal. The Cherkasy Pension Fund office said the ' +
    'same (old.moshny.ck.ua). Payment alone moved on 01.10.2022.',
};

/** A Pension Fund regional page: the Fund assigns the assistance under Law 2109-III from 01.07.2025. */
export const PFU_DN_DISABILITY: Citation = {
  act: 'pfu-dn-disability-from-childhood-2025',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «З 1 липня 2025 року на органи Пенсійного фонду України покладені функції з призначення ' +
    'та виплати державної соціальної допомоги особам з інвалідністю з дитинства та дітям з ' +
    'інвалідністю (постанова КМУ від 11.06.2025 № 695)» and «До державної соціальної допомоги ' +
    'призначається також надбавка на догляд». The /dn/ section appears to be the Donetsk regional ' +
    'office.',
};

/** Applications for social assistance taken by CNAP officials and passed to the social protection body. */
export const SOCIAL_VIA_CNAP: Citation = {
  act: 'social-assistance-via-cnap-fursivska',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«заяви … приймаються … посадовими особами центру надання адміністративних послуг і передаються ' +
    'відповідному органу соціального захисту населення» (domain notes §4, tagged [V]); exact page ' +
    'not known, not re-read.',
};

/** Pyadychi hromada list of CNAP services with Register ids 00034 and 00037 (13.07.2021). */
export const PYADYCKA_LIST: Citation = {
  act: 'cnap-pyadycka-list-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «00034 … Реєстрація місця проживання / перебування особи» and «00037 … Зняття з ' +
    'реєстрації місця проживання / перебування особи», both citing Law «Про свободу пересування…» ' +
    '(ст. 6); list of 13.07.2021.',
};

/** Decentralization portal: from 04.04.2016 local councils register the place of residence (Law 888-VIII). */
export const DECENTRALIZATION_2016: Citation = {
  act: 'decentralization-registration-2016',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «starting from 4 April 2016, the provisions of Law of Ukraine No. 888-VIII … became ' +
    'effective, pursuant to which … the powers in the area of registration and de-registration of ' +
    'the place of residence of individuals were delegated to the local self-government bodies ' +
    '(executive body of the village, town, or city council…)». Earlier (migration service) ' +
    'registration is not recorded. In Kyiv the district state administrations register ' +
    '(kyivcnap.gov.ua).',
};

/** Cherkasy CNAP card: the fee before Law 1871-IX as a share of the minimum wage. */
export const ADMINCHER_FEE_BEFORE_2021: Citation = {
  act: 'admincher-registration-fee-before-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «За реєстрацію, зняття з реєстрації місця проживання сплачується адміністративний збір: ' +
    'у разі звернення особи протягом строку … 0,0085 розміру мінімальної заробітної плати; у разі ' +
    'звернення … з порушенням … 0,0255…», with the note that after Law 1774-VIII the minimum wage is ' +
    'no longer used for the fee (Kyiv’s card: 13.60 and 40.80 UAH, i.e. 0.0085 and 0.0255 of 1 600 ' +
    'UAH).',
};
