import type { Citation } from '@vikno/law';

/*
 * Citations of Cabinet resolutions that more than one service rests on, each written once. A citation names an act of the register of `@vikno/law` by id,
 * the provision, what was read (`evidence`: `text` the provision's wording in the act's text, `officialCard` a state
 * body's card or notice, `secondary` news, a council page or a CNAP's card, `none` nothing) and the day it was last
 * checked.
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
    'Read in the original 2010 edition only, so cited for what that edition and the current one both carry — the ' +
    'certificates exist and are issued (availability, result, legal basis) — never for the term or the provider, ' +
    'which later editions changed (those rest on the cards and the district administration’s page). ' +
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
