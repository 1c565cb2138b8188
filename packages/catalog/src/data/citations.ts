import type { Citation } from '@vikno/law';

/*
 * Citations more than one service rests on, each written once. A citation names an act of the register of
 * `@vikno/law` by id, the provision, what was read (`evidence`: `text` the provision's wording in the act's text,
 * `officialCard` a state body's card or notice, `secondary` news, a council page or a CNAP's card, `none` nothing)
 * and the day it was last checked.
 */

/** КМУ resolution 1751 of 27.12.2001, the procedure for assigning assistance to families with children. */
export const KMU_1751: Citation = {
  act: 'kmu-1751-2001',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Умови призначення і виплати державної допомоги сім’ям з дітьми визначені Порядком призначення і ' +
    'виплати державної допомоги сім’ям з дітьми, затвердженого постановою Кабінету Міністрів України ' +
    'від 27.12.2001 № 1751',
  note:
    'Number and date as cited by lebedynrada.gov.ua and mvk.if.ua. Checked on 2026-11-25: Number, ' +
    'date and title confirmed by koda.gov.ua (Kyiv ODA department page) which also lists the five ' +
    'kinds of assistance (maternity, birth, guardianship, single mothers, adoption), and by ' +
    'mvk.if.ua, zrostaymaluk.com.ua. The text itself was not read on zakon.rada or a full mirror; ' +
    'from 2026 the Порядок is restated by КМУ 1805 (see that entry).',
};

/** Law 2811-XII «Про державну допомогу сім’ям з дітьми». */
export const LAW_2811: Citation = {
  act: 'law-2811-xii',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote: "«Про державну допомогу сім'ям з дітьми. Верховна Рада України; Закон від 21.11.1992 2811-XII»",
  note:
    'Number and date as cited by lebedynrada.gov.ua and mvk.if.ua. Checked on 2026-11-25: Number, ' +
    'date and title confirmed on the official card zakon4.rada.gov.ua/laws/show/2811-12/card3 ' +
    '(official site, card only) and on zakon.cc (text header: ВВР 1993 № 5 ст. 21; enacted by ' +
    'Resolution 2812-XII of 21.11.92; «В редакції Закону № 2334-III від 22.03.2001»).',
};

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

/** Law 4681-IX of 05.11.2025, which rewrote the assistance to families with children from 01.01.2026. */
export const LAW_4681: Citation = {
  act: 'law-4681-ix',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '«Про внесення змін до деяких законів України щодо підтримки сімей з дітьми… I. Внести зміни до ' +
    'таких законів України: 1. У статті 3 Закону України "Про державну соціальну допомогу особам з ' +
    'інвалідністю з дитинства та дітям з інвалідністю" … після частини п\'ятої доповнити новою ' +
    'частиною…»',
  note:
    'Number, date and title as cited by ternopil.te.gov.ua (12.01.2026) and ' +
    'defence.poda.gov.ua/news/250836; pfu.gov.ua/2176430-… says the new payments apply «з 1 січня ' +
    '2026 року». The text itself was not read; the URL is built by the standard pattern (IX ' +
    'convocation = 20). Checked on 2026-11-25: Number 4681-ІХ, date 05.11.2025 and title confirmed ' +
    'in the text copy on docs.dtkt.ua (iplex); only the opening was readable. It amends, first, Art. ' +
    '3 of Law 2109-III (care allowance) — relevant to law-2109-iii-art-3. Entry into force ' +
    '01.01.2026: secondary (sud.ua quoting the Ministry of Social Policy: «Закон набуде чинності з 1 ' +
    'січня 2026 року»; rbc.ua: signed and returned 14.11.2025, bill 13532; unn.ua, rbc.ua ' +
    '31.12.2025). What it changes from 01.01.2026 (secondary, rbc/unn/psm7 citing PFU): birth ' +
    'assistance 50 000 грн one-off for each child (instead of 41 280 paid 10 320 + 36×860), ' +
    'application within 12 months of birth; maternity assistance for the uninsured 7 000 грн/month; ' +
    'care for a child to 1 year 7 000 грн/month (also for children born in 2025 who are under 1 on ' +
    '01.01.2026, plus the 860 грн instalments continue); «єЯсла» 8 000 грн/month from 1 to 3 years ' +
    'if the parent returns to work; «пакунок малюка» kept (can be ordered from the 36th week); from ' +
    "2027 amounts set by the budget law. None of these was read in the law's text.",
};

/** КМУ resolution 1805 of 31.12.2025, which restated the procedure for assistance to families with children. */
export const KMU_1805: Citation = {
  act: 'kmu-1805-2025',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote:
    'Заява подається до органу Пенсійного фонду України в паперовій або в електронній формі за ' +
    'допомогою засобів вебпорталу електронних послуг Пенсійного фонду України, мобільного застосунку ' +
    'Пенсійного фонду України.',
  note:
    'Seen on defence.poda.gov.ua/news/250836 and ternopil.te.gov.ua: it restates the procedure of ' +
    'КМУ 1751; maternity, birth and child-care assistance are applied for «до органу Пенсійного ' +
    'фонду України в паперовій або в електронній формі за допомогою засобів вебпорталу електронних ' +
    'послуг Пенсійного фонду України, мобільного застосунку», on the form of КМУ 765 of 25.06.2025. ' +
    'URL built by the standard pattern. Checked on 2026-11-25: Poltava ODA notice (08.01.2026) and ' +
    'Ternopil ODA (12.01.2026): 1805 approves a new birth-assistance procedure and restates the 1751 ' +
    'procedure as amended by Law 4681-IX; maternity, birth, infant-care and «єЯсла» assistance on ' +
    'the 765 form. propodatki.com.ua (secondary): birth assistance 50 000 UAH once for children born ' +
    'after 31.12.2025; right of one parent/guardian with whom the child lives. Point numbers and ' +
    'entry into force not read.',
};

/** Law 5203-VI Art. 11 part 2: social-character services are free of charge. */
export const LAW_5203_ART_11_FREE: Citation = {
  act: 'law-5203-vi',
  provision: {
    uk: 'ч. 2 ст. 11',
    en: 'Art. 11 part 2',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '«При цьому надання адміністративних послуг у сфері соціального забезпечення громадян ' +
    'здійснюється на безоплатній основі.» (textbook paraphrase, lib-net.com)',
  note:
    'Secondary only: a textbook on the Law (lib-net.com, «Плата за надання адміністративних послуг») ' +
    'says services «у сфері соціального забезпечення громадян» are free under Art. 11, and the ' +
    'U-LEAD course (courses.prosto.in.ua) cites part 2 of Art. 11; every social card seen says ' +
    '«безоплатно». Bill 4380 «Про адміністративний збір» (second reading prepared in January 2026, ' +
    'sud.ua) would restate fees and keep social services free. Checked on 2026-11-25: Read only the ' +
    'textbook page lib-net.com «8.3.3. Плата за надання адміністративних послуг» which attributes to ' +
    'Art. 11 that services in social security are free. The article text and the part number ' +
    '(inventory says ч. 2) were not read; current edition not checked.',
};

/** Law 5203-VI Art. 20: appeals against a provider's decisions, actions or inaction. */
export const LAW_5203_ART_20_APPEAL: Citation = {
  act: 'law-5203-vi',
  provision: {
    uk: 'ст. 20',
    en: 'Art. 20',
  },
  evidence: 'none',
  checkedOn: '2026-11-25',
  note:
    'Article number and wording from memory; the official text was not read. Checked on 2026-11-25: ' +
    "Not read anywhere. The SDK uses it for appeals against a provider's decisions, actions or " +
    "inaction; searches for Art. 20's heading found nothing in the stored pages. Keep 'none' until " +
    'the text is read.',
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

/** КМУ resolution 765 of 25.06.2025: the application form for assistance the Pension Fund assigns. */
export const KMU_765_2025: Citation = {
  act: 'kmu-765-2025',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote:
    'призначаються за зверненням матері або іншого законного представника з відповідною заявою за ' +
    'формою, затвердженою постановою Кабінету Міністрів України від 25 червня 2025 року № 765',
  note:
    'defence.poda.gov.ua/news/250836 (08.01.2026) and ternopil.te.gov.ua (12.01.2026): under КМУ ' +
    '1805, birth assistance (with maternity, child-care and «єЯсла» assistance) is assigned on an ' +
    'application «за формою, затвердженою постановою Кабінету Міністрів України від 25 червня 2025 ' +
    'року № 765». An unofficial translation (cis-legislation.com) shows it approves the application ' +
    'form. The text was not read on zakon.rada.gov.ua; the URL is built by the standard pattern. ' +
    'Checked on 2026-11-25: Quote from the Poltava ODA notice (08.01.2026) on КМУ 1805 (title of 765 ' +
    'given in full there, matching the inventory); Ternopil ODA (12.01.2026) same; it applies to ' +
    'maternity, birth, infant-care and «єЯсла» assistance under the 1805 procedure (from 2026). The ' +
    'unofficial cis-legislation translation of 765 shows п. 1 approving «the application form about ' +
    'purpose of separate types of the government public assistance» and «form of the act of ' +
    'informing…» (first item cut off in the excerpt). Neither the Ukrainian text of 765 nor the body ' +
    "of its form (which assistance types it lists) was read, so 765's form covering BIRTH assistance " +
    'for 01.07–31.12.2025 is NOT confirmed from text — only for 2026 via the 1805 notices. UNN ' +
    '(09.07.2025, Ministry press service) says the transfer to PFU from 01.07.2025 was made by three ' +
    'resolutions 695, 765, 766; psm7.com and sud.ua (2026-02-15, ГУ ПФУ Закарпаття) tie 765 to the ' +
    'care allowance for persons living with a person with a mental-disorder disability.',
};

/** The Kropyvnytskyi CNAP list of social services: the official names of several assistance types. */
export const KROPYVNYTSKYI_NAMES: Citation = {
  act: 'kropyvnytskyi-cnap-social-list-2023',
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
  act: 'pfu-portal-channel-news',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'The PFU web portal as a channel is listed only in news items citing the Pension Fund (unn.ua, ' +
    '29.12.2025); the Nadvirna notice names CNAP, authorised officials, any PFU service centre and ' +
    'post.',
};

/** КМУ resolution 11 of 06.01.2023: applications through Diia for single-mother and adoption assistance. */
export const KMU_11_2023_DIIA: Citation = {
  act: 'kmu-11-2023',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '1. Пункт 2 після абзацу сьомого доповнити новими абзацами такого змісту: “За наявності ' + 'технічної м',
  note:
    'Text published by zavallivska-gromada.gov.ua/news/1674716674; smr.gov.ua: «за наявності ' +
    'технічної можливості засобами Порталу Дія можна подати заяву на призначення: допомоги на дітей ' +
    'одиноким матерям; допомоги при усиновленні дитини». The day Diia actually accepted them is not ' +
    'known, so Diia is listed only from 01.07.2025. URL built by the standard pattern. Checked on ' +
    '2026-11-25: Title, number, date and the structure of the change read on ' +
    'zavallivska-gromada.gov.ua (council republication of the text; the excerpt is cut after «За ' +
    'наявності технічної м…»). The list of Diia-eligible kinds (single mothers, adoption) is still ' +
    'only from smr.gov.ua as the inventory says; smr.gov.ua (Sumy city council) also says 11/2023 ' +
    'enabled Diia applications for care of a sick child without disability. Entry into force not ' +
    'read.',
};

/**
 * Law 5203-VI Art. 10: the general 30-calendar-day ceiling of an administrative service where a law sets no other
 * term. Services cite it only where no term of their own was found, so the catalogue still says how long the
 * provider may take at most; such a term is a fallback, not a confirmed special term.
 */
export const LAW_5203_ART_10_CEILING: Citation = {
  act: 'law-5203-vi',
  provision: {
    uk: 'ст. 10',
    en: 'Art. 10',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    "«цей строк не може перевищувати 30 календарних днів з дня подання суб'єктом звернення заяви та " +
    'документів, необхідних для отримання послуги» (correct option of the NADS exam question «Який ' +
    'граничний строк надання адміністративної послуги, якщо законом не визначено такий строк?»)',
  note:
    'Fallback: no term of this service was found on a card or in an act. The 30-calendar-day ceiling ' +
    'of Art. 10 is from secondary sources and memory (domain notes [M]); the official wording was ' +
    'not read. Checked on 2026-11-25: Art. 10 itself was not read. Wording seen only as the answer ' +
    'option of the НАДС civil-service exam (huggingface dataset danylo-boiko/legislation-of-ukraine, ' +
    'source nads.gov.ua PDF) — an exam, i.e. secondary. It confirms the 30-calendar-day ceiling ' +
    'counted from submission of the application AND the documents, applying where a law sets no ' +
    'term; the part number (ч. 1/ч. 2) was not seen. Whether 4196-IX (28.08.2025) or 4718-IX ' +
    '(02.03.2026) changed Art. 10 was not established. Applies to both inventory entries with this ' +
    'id (deadlines and the catalog fallback). Art. 5 (read on kodeksy.com.ua, 2019 copy) confirms ' +
    "the 'граничний строк' must be set by law: «Виключно законами… встановлюються: … 5) граничний " +
    'строк надання адміністративної послуги».',
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

/** КМУ resolution 209 of 02.03.2010 and its procedure for issuing large-family certificates. */
export const KMU_209: Citation = {
  act: 'kmu-209-2010',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '3. Посвідчення видаються структурним підрозділом у справах сім’ї, молоді та спорту районних, ' +
    'районних у мм. Києві та Севастополі держадміністрацій (далі — структурний підрозділ) одному з ' +
    'батьків за місцем його реєстрації протягом одного місяця після подання таких документів:',
  note:
    'Title as cited on the card at yampilsr.gov.ua; the zakon.rada page 209-2010-п exists (an older ' +
    'redaction was seen). The original 2010 procedure (kmu.gov.ua/npas/243301074) gave «протягом ' +
    'одного місяця» and a family-and-youth unit; the current 10 working days and provider wording ' +
    'come from a later redaction whose date was not established. Checked on 2026-11-25: Original ' +
    "2010 text read on kmu.gov.ua/npas/243301074 (confirms the inventory's note about «протягом " +
    'одного місяця» and the family-and-youth unit). Current title (after КМУ 1099 of 23.12.2015) ' +
    '«Деякі питання виготовлення і видачі посвідчень батьків багатодітної сім’ї та дитини з ' +
    'багатодітної сім’ї» — the original title was «…посвідчень батьків та дитини з багатодітної ' +
    'сім’ї». The amendment that introduced «десяти робочих днів» is most likely КМУ 1099/2015 ' +
    '(restated Порядок) but this was not read directly.',
};

/** Point 3 of the current Procedure 209, as a district administration publishes it. */
export const PORYADOK_209_P3: Citation = {
  act: 'kmu-209-2010',
  provision: {
    uk: 'абз. 1 п. 3 Порядку',
    en: 'para 3 of the Procedure, first paragraph',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Посвідчення видаються структурними підрозділами районних, районних у мм. Києві та Севастополі ' +
    'держадміністрацій, виконавчими органами міських, районних у містах (у разі їх утворення) рад ' +
    'одному з батьків відповідно до місця реєстрації, протягом десяти робочих днів після подання:',
  note:
    'rda.chapl.gov.ua: «Посвідчення видаються структурними підрозділами районних, районних у мм. ' +
    'Києві та Севастополі держадміністрацій, виконавчими органами міських, районних у містах (у разі ' +
    'їх утворення) рад одному з батьків відповідно до місця реєстрації, протягом десяти робочих днів ' +
    'після подання…». Checked on 2026-11-25: Read on rda.chapl.gov.ua (a district state ' +
    'administration page reproducing the Порядок with zakon.rada annotations, e.g. «Пункт 1 із ' +
    "змінами… № 1099 від 23.12.2015») — a state body's copy, not the register; edition date not " +
    'shown. In that copy the numbering is broken (renders п. 2–3 as «1.» «2.»), so the point number ' +
    'is inferred from the original structure (п. 3).',
};

/** Law 2402-III «Про охорону дитинства», the basis of large-family status and certificates. */
export const LAW_2402: Citation = {
  act: 'law-2402-iii',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '«ЗАКОН УКРАЇНИ Про охорону дитинства (Відомості Верховної Ради України (ВВР), 2001, № 30, ' +
    'ст.142)»; «Закон Украины от 26 апреля 2001 года № 2402-III Об охране детства»',
  note:
    'Number and date as cited on the information card at yampilsr.gov.ua/news/1739797309; URL built ' +
    'by the standard pattern (III convocation = 14). Checked on 2026-11-25: Number, date and title ' +
    'read in text copies naming editions (taxlink.ua ed. 27.03.2018; urst.com.ua ed. 01.12.2021; ' +
    'prg.kz as of 14.05.2025; cis-legislation as of 06.06.2024). Note: prg.kz flags amending Law ' +
    '4744-IX of 18.12.2025.',
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

/** КМУ resolution 169 of 05.02.2026, which amended the procedure restated by КМУ 1805. */
export const KMU_169_2026: Citation = {
  act: 'kmu-169-2026',
  evidence: 'none',
  checkedOn: '2026-11-25',
  note:
    'Number and date only in sud.ua (22.02.2026) quoting ГУ ПФУ у Львівській області: «у редакції ' +
    'постанови від 31 грудня 2025 року № 1805 з урахуванням змін, внесених постановою від 5 лютого ' +
    '2026 року № 169». The Ministry’s report of 05.02.2026 (telegraf.in.ua, minfin.com.ua) adds ' +
    'CNAPs and authorised officials of hromadas as places to apply. The text, its URL and its entry ' +
    'into force were not read; 05.02.2026 is used as its first day. Checked on 2026-11-25: Not found ' +
    'in the searchable corpus (one targeted query). Inventory data (sud.ua quoting ГУ ПФУ Lviv) ' +
    'unchanged: secondary at best.',
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

/** КМУ resolution 509 of 01.10.2014 «Про облік внутрішньо переміщених осіб» (Порядок оформлення і видачі довідки). */
export const KMU_509: Citation = {
  act: 'kmu-509-2014',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '1. Затвердити Порядок оформлення і видачі довідки про взяття на облік внутрішньо переміщеної ' +
    'особи, що додається.',
  note:
    'Number, date and title seen on wiki.legalaid.gov.ua and in the copy of the resolution on ' +
    "minre.gov.ua. Checked on 2026-11-25: Read on minre.gov.ua (Ministry of Reintegration's copy " +
    'with zakon.rada annotations: «Назва Постанови в редакції Постанов КМ № 264 від 15.04.2015, № ' +
    '636 від 26.08.2015», amendments through № 910 of 16.09.2020). Original 2014 title was «Про ' +
    'облік осіб, які переміщуються з тимчасово окупованої території…» (kadrovik.ua copy). Number, ' +
    'date, current title confirmed.',
};

/** Law 1706-VII «Про забезпечення прав і свобод внутрішньо переміщених осіб». */
export const LAW_1706: Citation = {
  act: 'law-1706-vii',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'qdpro.com.ua copy headed «ЗАКОН УКРАЇНИ Про забезпечення прав i свобод внутрiшньо перемiщених ' +
    'осiб»; kodeksy.com.ua «от 20.10.2014 № 1706-VII»',
  note:
    'Title and zakon.rada address (1706-18) as linked by wiki.legalaid.gov.ua; date per the same ' +
    'page (domain notes [V]). Checked on 2026-11-25: Title confirmed by text copies (qdpro.com.ua, ' +
    'taxlink.ua); number and date 20.10.2014 by kodeksy.com.ua (Russian page) and upszn.gov.ua. ' +
    'Official card not read. (One council page, brusyliv-rda, wrongly says 2016.)',
};

/** Nothing found on whether IDP certificate applications travel through «Соціальна громада». */
export const IDP_DELIVERY_NOTE: Citation = {
  act: 'idp-certificate-delivery-unknown',
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

/** КМУ resolution 1041 of 16.09.2022: subsidies and privileges handed to the Pension Fund. */
export const KMU_1041: Citation = {
  act: 'kmu-1041-2022',
  provision: {
    uk: 'п. 3',
    en: 'para 3',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'provide since October 1, 2022 payment and since December 1, 2022 purpose of housing subsidies ' +
    'and privileges for payment of housing and communal services, acquisition of solid and liquid ' +
    'oven household fuel and the liquefied gas',
  note:
    'Number, date and title seen on bolekhiv-rada.gov.ua and in a copy of the text on docs.dtkt.ua. ' +
    'Which provision sets 01.12.2022 was not read. URL by the standard pattern. Checked on ' +
    '2026-11-25: Settles what the inventory left open: the provision that sets 01.12.2022 is п. 3 of ' +
    'the resolution (PFU pays from 01.10.2022 and assigns from 01.12.2022) — read only in the ' +
    'cis-legislation unofficial translation, so evidence stays secondary for the wording; the ' +
    'Ukrainian heading and п. 1 were read on docs.dtkt.ua. Title correction: the full title ends ' +
    '«…придбання твердого та рідкого пічного побутового палива і скрапленого газу Пенсійним фондом ' +
    'України». Entry into force 23.09.2022 per bogo-rada.gov.ua (secondary); kalushrda.gov.ua: ' +
    'transition until 01.12.2022, applications until 30.11.2022 to social-protection bodies.',
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

/** КМУ resolution 117 of 29.01.2003: the Register of persons entitled to privileges. */
export const KMU_117: Citation = {
  act: 'kmu-117-2003',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    'Внести до постанови Кабінету Міністрів України від 29 січня 2003 р. N 117 "Про Єдиний державний ' +
    'автоматизований реєстр осіб, які мають право на пільги"',
  note:
    'Number and date seen on vilh.gov.ua (title given as «Про Реєстр осіб, які мають право на ' +
    'пільги») and volycya-gromada.gov.ua («Про Єдиний державний автоматизований реєстр …»). URL by ' +
    'the standard pattern. Checked on 2026-11-25: Number, date and title confirmed in the text of ' +
    'the amending КМУ 56 of 08.02.2017 (parus legal database). Title given by vilh.gov.ua («Про ' +
    'Реєстр осіб, які мають право на пільги») is a shortening. п. 1–2: «Запровадити Єдиний державний ' +
    'автоматизований реєстр…», «Затвердити Положення…» (zbutenergo copy).',
};

/** КМУ resolution 373 of 17.04.2019: privileges (including solid fuel and liquefied gas) in cash form. */
export const KMU_373: Citation = {
  act: 'kmu-373-2019',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Title, number, date and «Затвердити Порядок надання пільг на оплату житлово-комунальних послуг, ' +
    'придбання твердого палива і скрапленого газу у грошовій формі» seen in a copy of the text on ' +
    'zbutenergo.kharkov.ua (a utility site), not on zakon.rada. The copy lists amendments 807/2019, ' +
    '1123 of 27.12.2019, 329/2020. Checked on 2026-11-25: The text of КМУ 373/2019 did not surface ' +
    'in the searchable corpus (three queries). Number and date are corroborated by the amendment ' +
    'list of КМУ 117/2003 in a zakon.rada-style copy on zbutenergo.kharkov.ua («№ 373 від ' +
    '17.04.2019») — the same utility site the inventory used, so evidence stays secondary; the title ' +
    "and the Procedure's wording were not read. Related: ladanska-gromada.gov.ua shows a form «ЗАЯВА " +
    'про надання пільг на оплату житлово-комунальних послуг, придбання твердого палива і скрапленого ' +
    'газу» as «Додаток до Порядку» addressed to «Пенсійний фонд України» — probably the 373 ' +
    "Procedure's annex after 2022, not confirmed.",
};

/** Law 2109-III on state social assistance to persons disabled since childhood and children with disabilities. */
export const LAW_2109: Citation = {
  act: 'law-2109-iii',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '«Про державну соціальну допомогу інвалідам з дитинства та дітям-інвалідам (Закон вiд 16.11.2000 ' +
    '№ 2109-III)»',
  note:
    'Title and code 2109-14 as cited in КМУ resolution 79/2021 (text read on zakon-i-normativ.info, ' +
    'a secondary copy); the number 2109-III is read from the code (3rd convocation); the adoption ' +
    'date was not seen. URL built by the standard zakon.rada pattern. Checked on 2026-11-25: ' +
    'ADOPTION DATE found: 16.11.2000 (old text copy on health.telegraf.com.ua; ВВР 2001 № 1 ст. 2 ' +
    'per vsgo.org.ua) — the inventory lacks it. Current title (with «особам з інвалідністю… дітям з ' +
    'інвалідністю») confirmed in the text of 4681-IX (docs.dtkt.ua) and КМУ 79/2021. Official card ' +
    'not read.',
};

/** Law 2109-III Art. 9: who assigns the assistance and the 10-day term. */
export const LAW_2109_ART_9: Citation = {
  act: 'law-2109-iii',
  provision: {
    uk: 'ч. 1–3 ст. 9',
    en: 'Art. 9 parts 1–3',
  },
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '«Заява про призначення державної соціальної допомоги розглядається місцевою державною ' +
    'адміністрацією не пізніше 10 днів після надходження заяви з усіма необхідними документами.» … ' +
    '«Державна соціальна допомога призначається з дня звернення за її призначенням.»',
  note:
    'Read on protocol.ua (a secondary copy, redaction after Law 5462-VI): «…призначається місцевою ' +
    'державною адміністрацією»; «Заява … розглядається … не пізніше 10 днів після надходження заяви ' +
    'з усіма необхідними документами»; «…призначається з дня звернення». The unit of the 10 days is ' +
    'not stated in the article. Whether the article was amended for the Pension Fund in 2025 was not ' +
    'checked. Checked on 2026-11-25: Read on protocol.ua (a listed mirror; article page shows ' +
    'amendment notes by 5462-VI of 16.10.2012, no edition date). Part 1: assigned by «місцевою ' +
    'державною адміністрацією». The unit of «10 днів» is not stated. Not checked: whether Art. 9 was ' +
    'amended when administration moved to the Pension Fund (2025) or by 4681-IX — the organ named ' +
    'may be outdated.',
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

/** КМУ resolution 79 of 03.02.2021, the procedure for assistance to persons disabled since childhood. */
export const KMU_79: Citation = {
  act: 'kmu-79-2021',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '1. Затвердити Порядок призначення і виплати державної соціальної допомоги особам з інвалідністю ' +
    'з дитинства та дітям з інвалідністю, що додається.',
  note:
    'Number, date and title as cited by kozova-rada.gov.ua/news/1753434468/ and in the text on ' +
    'zakon-i-normativ.info. Its entry into force was not read: the catalogue switches to it on the ' +
    'adoption day. The procedure in force before it is not recorded. URL built by the standard ' +
    'pattern. Checked on 2026-11-25: Read on zakon-i-normativ.info (zakon.rada-style copy with ' +
    'amendment annotations): number, date, title confirmed; adopted under part 6 of Art. 1 of Law ' +
    '2109-III. Entry-into-force clause not in the excerpt; later amendments (e.g. 2025 transfer to ' +
    'PFU) not seen.',
};

/**
 * КМУ resolution 695 of 11.06.2025: the application form for assistance the Pension Fund administers, quoted in
 * a technological card (pravdorub.live).
 */
export const KMU_695_2025: Citation = {
  act: 'kmu-695-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'in accordance with government resolution No. 695, which regulates the payment of state social ' +
    'assistance to persons who are not entitled to a pension, and to persons with disabilities, for ' +
    'persons with disabilities, state social assistance for care',
  note:
    'Number, date and title quoted in a technological card (pravdorub.live); the text itself was not ' +
    'read. Checked on 2026-11-25: UNN (09.07.2025) quoting the Ministry of Social Policy press ' +
    'service: the transfer of functions to PFU from 01.07.2025 was done by КМУ 695, 765 and 766; 695 ' +
    'regulates the no-pension/disability assistance (Law 1727-IV), care assistance and ' +
    'disability-from-childhood assistance (Law 2109-III). Nothing read ties 695 to birth assistance ' +
    '— consistent with the brief: 695 is NOT the act setting the birth-assistance form. Text of 695 ' +
    'not found in the corpus (no zakon.rada/zakon.cc/cis-legislation copy surfaced). Title confirmed ' +
    'by kozova-rada.gov.ua and the Oster technological card: «Деякі питання надання окремих видів ' +
    'державної соціальної допомоги Пенсійним фондом України». The Oster card names the 695 form as ' +
    '«Заяви про надання державної соціальної допомоги особам, які не мають права на пенсію, та ' +
    "особам з інвалідністю» — i.e. 695's form is the no-pension/disability one, which supports 765 " +
    '(not 695) as the family-assistance form. The checklists source funeral-recipient-kmu-695-form ' +
    '(Oster card: funeral assistance for a recipient of state social assistance on the 695 form) ' +
    'fits this scope but was not re-read.',
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

/** КМУ resolution 261 of 02.04.2005, the procedure for the assistance under Law 1727-IV and care assistance. */
export const KMU_261: Citation = {
  act: 'kmu-261-2005',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    'Про затвердження Порядку призначення і виплати державної соціальної допомоги особам, які не ' +
    'мають права на пенсію, та особам з інвалідністю і державної соціальної допомоги на догляд ' +
    '{Назва Постанови із змінами, внесеними згідно з Постановою КМ № 611 від 18.08.2017}',
  note:
    'Number, date and title as cited by kozova-rada.gov.ua/news/1753434468/ (2025) and docs.dtkt.ua; ' +
    'the text of the procedure was not read. URL built by the standard pattern. Checked on ' +
    '2026-11-25: Read on zakon.cc (mirror of zakon.rada, «Чинний», prийняття 02.04.2005): number, ' +
    'date and current title confirmed; title wording changed by КМУ 611 of 18.08.2017. dn.gov.ua ' +
    "(Donetsk OVA, PFU notice) also names it. The Procedure's body was not read beyond the excerpt " +
    'of п. 18 on dtkt.',
};

/** Law 1727-IV on state social assistance to persons without pension rights and persons with disabilities. */
export const LAW_1727: Citation = {
  act: 'law-1727-iv',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '«Закон Украины от 18.05.2004 № 1727-IV … ЗАКОН УКРАЇНИ Про державну соціальну допомогу особам, ' +
    'які не мають права на пенсію, та особам з інвалідністю»',
  note:
    'Number and date from secondary copies (kodeksy.com.ua «від 18.05.2004 № 1727-IV»; ' +
    'online.budstandart.com); the current title as used by pidvoltg.gov.ua. URL built by the ' +
    'standard pattern. Checked on 2026-11-25: Number, date and current title read in the text copy ' +
    'on online.budstandart.com (amendments listed to 10.10.2024) — same site as the inventory, now ' +
    'with the edition list. ВВР 2004 № 33-34 ст. 404 (taxlink.ua, vsgo.org.ua).',
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

/** Law 1382-IV on freedom of movement and free choice of residence. */
export const LAW_1382: Citation = {
  act: 'law-1382-iv',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote:
    '«Про свободу пересування та вільний вибір місця проживання в Україні. Верховна Рада України; ' +
    'Закон від 11.12.2003 1382-IV»',
  note:
    'Number and date from the card at zakon4.rada.gov.ua/laws/show/1382-15/card3. Checked on ' +
    '2026-11-25: Official card on zakon4.rada.gov.ua (card3) — the same page the inventory cites.',
};

/** КМУ resolution 207 of 02.03.2016, the residence registration rules before Law 1871-IX. */
export const KMU_207: Citation = {
  act: 'kmu-207-2016',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '1. Затвердити такі, що додаються: Правила реєстрації місця проживання; Порядок передачі ' +
    'органами реєстрації інформації до Єдиного державного демографічного реєстру.',
  note:
    'Number, date and title as reported by sm.cn.court.gov.ua (01.04.2016); the text was read on ' +
    'parusconsultant.com (secondary). When it stopped applying after Law 1871-IX was not read. ' +
    'Checked on 2026-11-25: Read on parusconsultant.com (legal database copy naming its editions). ' +
    'Number, date, title confirmed; adopted under Art. 10 of Law 1382-IV. When it stopped applying ' +
    'after Law 1871-IX / КМУ 265 (which lists invalidated resolutions in its п. 4 — list not read) ' +
    'remains unestablished.',
};

/** Law 1871-IX on declaring and registering the place of residence. */
export const LAW_1871: Citation = {
  act: 'law-1871-ix',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '«Закон України «Про надання публічних (електронних публічних) послуг щодо декларування та ' +
    'реєстрації місця проживання в Україні №1871 від 05.11.2021 року»',
  note:
    'Number and date as cited by chudniv-miskrada.gov.ua («№1871 від 05.11.2021»); in force from ' +
    '01.12.2021 (some parts from 01.03.2022 and 01.06.2022) per its final provisions, read on ' +
    'protocol.ua, and confirmed by yavoriv-rada.gov.ua applying its fees from 01.12.2021. URL built ' +
    'by the standard pattern (code 1871-20). Checked on 2026-11-25: chudniv-miskrada.gov.ua as in ' +
    "the inventory; cnap.sed-rada.gov.ua applies the new fee «З 01.12.2021». 1689-IX's text header " +
    '(docs.dtkt.ua) lists «№ 1871-IX від 05.11.2021» among its amending laws — confirms the number ' +
    'and date in a text copy. Final provisions not read.',
};

/** КМУ resolution 265 of 07.02.2022, the procedure for declaring and registering the place of residence. */
export const KMU_265: Citation = {
  act: 'kmu-265-2022',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '1. Approve enclosed: Procedure for declaring and registration of the residence (stay); ' +
    'Procedure for creation, maintaining and administration of registers of territorial communities; ' +
    'Procedure for electronic information exchange…',
  note:
    'Number, date and title as cited on kyivcnap.gov.ua and kamyanecka-gromada.gov.ua. In force ' +
    '14.03.2022 per the State Migration Service (dmsu.gov.ua/vazhlivo/informacziya-dlya-or.html: ' +
    '«набрання чинності 14 березня 2022 року»). Checked on 2026-11-25: Number, date and title ' +
    'confirmed by two unofficial translations (cis-legislation, spinform), which also show the legal ' +
    'basis (Law «Про надання публічних (електронних публічних) послуг щодо декларування та ' +
    'реєстрації місця проживання в Україні») and п. 2–5. Ukrainian text not read. Entry into force ' +
    '14.03.2022 stays as the inventory has it from dmsu.gov.ua (not re-read here).',
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

/** The registration fee under Law 1382-IV before 01.12.2021. */
export const LAW_1382_FEE_BEFORE_2021: Citation = {
  act: 'law-1382-iv',
  provision: {
    uk: 'ст. 11-1',
    en: 'Art. 11-1',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '«За регистрацию, снятие с регистрации места проживания оплачивается административный сбор: … в ' +
    'течение установленного настоящим Законом срока - в размере 0,0085 размера минимальной ' +
    'заработной платы; … с нарушением … срока - в размере 0,0255 размера минимальной заработной ' +
    'платы.»',
  note:
    'The fee provision of Law 1382-IV in its redaction before 01.12.2021 was not read; its wording ' +
    'is known from CNAP cards (admincher.gov.ua, kyivcnap.gov.ua). That the same rule applied from ' +
    '04.04.2016 is an assumption. Checked on 2026-11-25: The fee provision IS found: Art. 11-1 ' +
    '«Адміністративний збір», added by Law 888-VIII of 10.12.2015 (kodeksy.com.ua, Russian page of ' +
    'the Ukrainian law, checked 08.07.2019). Also: registration together with deregistration pays ' +
    'one fee, credited to the local budget at the new residence. Confirmed by ldn.org.ua (2017) and ' +
    'troicka-gromada.gov.ua (2018: 31,65 / 93,10 грн at 3 723 грн min. wage). The inventory should ' +
    'cite «ст. 11-1» instead of an unnamed provision. The date from which 888-VIII applied ' +
    '(04.04.2016 assumed) was not read.',
};

/** Law 1871-IX Art. 6: the administrative fees for declaring, registering and deregistering. */
export const LAW_1871_ART_6: Citation = {
  act: 'law-1871-ix',
  provision: {
    uk: 'ст. 6',
    en: 'Art. 6',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '«1) 1,5 відсотка прожиткового мінімуму, встановленого для працездатних осіб на 1 січня ' +
    'календарного року, – за декларування/реєстрацію місця проживання у разі звернення особи ' +
    'протягом встановленого цим Законом строку; 2) 2,5 відсотка…»',
  note:
    'Wording seen on yavoriv-rada.gov.ua/news/1638356279, chudniv-miskrada.gov.ua and ' +
    'kyivcnap.gov.ua: «1,5 відсотка прожиткового мінімуму, встановленого для працездатних осіб на 1 ' +
    'січня календарного року» in time and for deregistration; «2,5 відсотка…» when the term is ' +
    'missed. The official text itself was not read. Checked on 2026-11-25: Quoted by ' +
    'cnap.sed-rada.gov.ua (ЦНАП, from 01.12.2021: 34,05 / 56,75 грн) and chudniv-miskrada.gov.ua; ' +
    'item 3) — 1,5 % for deregistration. cnap.dniprorada.gov.ua states the in-time term as «протягом ' +
    '30 календарних днів після прибуття до нового місця проживання». 2026: 49,92 / 83,20 грн ' +
    '(pervozvanivka.silrada.org). Article text not read.',
};

/** Law 4681-IX as the reason values change on 01.01.2026: the day and the changes are known from news and the ministry. */
export const LAW_4681_IN_FORCE_2026: Citation = {
  act: 'law-4681-ix',
  provision: {
    uk: 'розд. II (прикінцеві положення)',
    en: 'Section II (final provisions)',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'The opening of the law was read on docs.dtkt.ua (see LAW_4681); its final provisions were not. ' +
    'That it applies from 01.01.2026 rests on sud.ua quoting the Ministry of Social Policy («Закон ' +
    'набуде чинності з 1 січня 2026 року»), rbc.ua and unn.ua (31.12.2025), and pfu.gov.ua/2176430-… ' +
    '(«з 1 січня 2026 року»); what it changes (birth assistance of 50 000 грн once, care for a child ' +
    'under one 7 000 грн a month, «єЯсла» 8 000 грн a month) rests on rbc.ua, unn.ua and psm7.com ' +
    'citing the Pension Fund, ternopil.te.gov.ua (12.01.2026) and defence.poda.gov.ua/news/250836. ' +
    'None of it was read in the law’s text.',
};
