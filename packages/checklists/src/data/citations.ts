import type { Citation } from '@vikno/law';

/*
 * Citations more than one file uses. Each names an act of the register of `@vikno/law` by id, the provision, what
 * the value rests on (`evidence`) and the day it was last checked; the note says what was read and where.
 */

/** Law 5203-VI Art. 9 part 4: documents the state holds are not demanded from the applicant. */
export const LAW_5203_ART_9: Citation = {
  act: 'law-5203-vi',
  provision: { uk: 'ч. 4 ст. 9', en: 'Art. 9 part 4' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '4. Суб’єкт надання адміністративної послуги не може вимагати від суб’єкта звернення документи або інформацію, ' +
    'що перебувають у володінні суб’єкта надання адміністративних послуг або у володінні державних органів, органів ' +
    'влади Автономної Республіки Крим, органів місцевого самоврядування, підприємств, установ або організацій, що ' +
    'належать до сфери їх управління.',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/03254-ua-law-5203-17.json, commit 35a12f9, 2026-02-22; edition date not stated). Part 4 goes on to ' +
    'list the documents an applicant still files where a law requires them and the registers do not hold them.',
};

/** Порядок КМУ 1225, п. 5, as the Kremenchuk news site and renews.com.ua (quoting the Pension Fund) give it. */
export const RENT_1225_P5: Citation = {
  act: 'kmu-1225-2024',
  provision: { uk: 'п. 5 Порядку (за переказом)', en: 'Procedure, point 5 (as reported)' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'News: «Згідно з пунктом 5 Порядку … для отримання субсидії необхідно подати до органів Пенсійного фонду ' +
    'України: - підписаний договір найму житла; - заяву на призначення субсидії. У разі потреби також ' +
    'додаються: - копії документів, що підтверджують повноваження законного представника (представника за ' +
    'довіреністю)…»; renews.com.ua: «наймач та наймодавець подають». The official text of п. 5 was not read; ' +
    'whether the contract is handed over as the original or a copy is not said. Re-read 2026-11-25: The ' +
    'official text of п. 5 was not found in the searchable corpus (no zakon.rada, zakon.cc, dtkt or ' +
    'cis-legislation copy surfaced). Only news: bahmut.in.ua (Ministry of Social Policy via news) — subsidy ' +
    'requires a signed rental contract (договір найму); tsn.ua mixes it with the housing subsidy. The ' +
    "inventory's secondary quote (kremenchug.ua/renews.com.ua) stands unconfirmed; original-vs-copy of the " +
    'contract still unknown.',
};

/** The State Migration Service on КМУ 265: its entry into force. */
export const DMS_KMU_265_IN_FORCE: Citation = {
  act: 'kmu-265-2022',
  provision: { uk: 'набрання чинності', en: 'entry into force' },
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  note:
    'Quoted: «7 лютого 2022 року Кабінетом Міністрів України прийнято постанову № 265 «Деякі питання ' +
    'декларування і реєстрації місця проживання та ведення реєстрів територіальних громад» (набрання чинності ' +
    '14 березня 2022 року), якою затверджено: Порядок декларування та реєстрації місця проживання ' +
    '(перебування)…». The text of КМУ 265 itself was not read; the lists below come from CNAP pages quoting ' +
    'it. A notice of the State Migration Service on its own site. Re-read 2026-11-25: The DMS page was not ' +
    're-read in this pass (no quote); the translation excerpts do not show the entry-into-force clause. Keep ' +
    "officialCard on the strength of the inventory's DMS quote.",
};

/** Law 1689-IX Art. 5: in electronic services, documents the state holds are not submitted. */
export const LAW_1689_ART_5: Citation = {
  act: 'law-1689-ix',
  provision: { uk: 'ч. 1 ст. 5', en: 'Art. 5 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '«…такі документи та/або інформація не подаються, а в заяві (зверненні, запиті) … зазначаються відомості, ' +
    'необхідні для надання такої послуги. У такому випадку документи та/або інформація … отримуються ' +
    'суб’єктом надання … без участі суб’єкта звернення…»',
  note:
    'Quoted on protocol.ua: «такі документи та/або інформація не подаються, а в заяві … зазначаються ' +
    'відомості, необхідні для надання такої послуги … отримуються суб’єктом надання … без участі суб’єкта ' +
    "звернення». Re-read 2026-11-25: Read on protocol.ua (the law's own article page, a listed mirror) — " +
    "confirms the inventory's quote and locates it in part 1 of Art. 5. Applies when the " +
    'documents/information are held in information-telecommunication systems; access via those systems or ' +
    'automatically via the electronic interaction system, in a procedure set by the Cabinet. Signed August ' +
    '2021, in force three months after publication (auc.org.ua).',
};

/** The Pension Fund's birth-assistance card: the birth is confirmed from the civil register. */
export const BIRTH_FROM_DRATS: Citation = {
  act: 'birth-confirmed-from-drats',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «факт народження дитини на території України підтверджується за інформацією з Державного реєстру ' +
    'актів цивільного стану громадян» (domain notes §1, Art. 9). Quoted in the domain notes from the Poltava ' +
    'oblast contact centre (okc.pl.ua), not from the Fund’s own page.',
};

/** The application form of the 2026 family payments (КМУ 765), per a regional administration notice on КМУ 1805. */
export const FORM_765_NOTICE: Citation = {
  act: 'kmu-765-2025',
  provision: {
    uk: 'форма заяви, затверджена постановою',
    en: 'the application form the resolution approves',
  },
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote:
    'призначаються за зверненням матері або іншого законного представника з відповідною заявою за формою, ' +
    'затвердженою постановою Кабінету Міністрів України від 25 червня 2025 року № 765',
  note:
    '08.01.2026: the assistance is assigned on the application of the mother or other legal representative ' +
    '«за формою, затвердженою постановою Кабінету Міністрів України від 25 червня 2025 року № 765»; ' +
    'ternopil.te.gov.ua (12.01.2026) says the same. The text of КМУ 765 was not read. Read at ' +
    'https://defence.poda.gov.ua/news/250836. Notices of regional state administrations ' +
    '(defence.poda.gov.ua/news/250836 of 08.01.2026; ternopil.te.gov.ua of 12.01.2026) name the form. Re-read ' +
    '2026-11-25: Read on defence.poda.gov.ua/news/250836 (08.01.2026) and ternopil.te.gov.ua (12.01.2026): ' +
    'the notice lists maternity, birth, infant-care and «єЯсла» assistance and says the application goes to a ' +
    'PFU body on paper or electronically (PFU web portal, PFU mobile app). Official notice of a state body → ' +
    'officialCard (the old verified:true fits). The text of КМУ 765 itself was not read.',
};

/** The Poltava regional administration notice on adoption assistance: the documents of Procedure 1751. */
export const ADOPTION_PODA: Citation = {
  act: 'adoption-assistance-poda-notice',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    '«за умови пред’явлення паспорта або іншого документа, що посвідчує особу, подаються такі документи: 1) ' +
    'заява усиновлювача (форма … наказом Міністерства соціальної політики України 09 січня 2023 року № 3 …); ' +
    '2) копія свідоцтва про народження дитини, виданого … після внесення змін до актового запису про ' +
    'народження дитини на підставі рішення суду про усиновлення дитини; 3)…» (item 3 was cut off in the copy ' +
    'read). Undated. A notice of the Poltava regional state administration on its own site.',
};

/** The Ministry of Social Policy notice (via Ternopil city) on adoption assistance, paper and Diia. */
export const ADOPTION_TERNOPIL: Citation = {
  act: 'adoption-assistance-ternopil-notice',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Paper: «До заяви потрібно додати: копію свідоцтва про народження дитини, виданого після внесення змін до ' +
    'актового запису …; копію рішення суду про усиновлення. З собою потрібно мати паспорт або інший документ, ' +
    'який посвідчує особу». Diia: «Вказати дані дитини або дітей…»; «Вказати дані про судове рішення про ' +
    'усиновлення» (no upload of the certificate is mentioned). Undated. A city council’s news relaying the ' +
    'Ministry.',
};

/** The Globyno CNAP card for single-mother assistance. */
export const SINGLE_MOTHER_GLOBYNO: Citation = {
  act: 'single-mother-assistance-globyno-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«Заява встановленого зразка; копія паспорта громадянина України; заява з банка з реквізитами рахунка; ' +
    'Копія довідки про присвоєння РНОКПП; Декларація про доходи та майновий стан…; Копія свідоцтва про ' +
    'народження дитини; Витяг з Державного реєстру актів цивільного стану громадян про державну реєстрацію ' +
    'народження дитини …, або довідка про народження …, із зазначенням підстави внесення відомостей про ' +
    'батька дитини … відповідно до абзацу першого частини першої статті 135 Сімейного кодексу України, або ' +
    'документ про народження, виданий компетентним органом іноземної держави, в якому відсутні відомості про ' +
    'батька…». Undated. A CNAP card of a hromada.',
};

/** Shepetivka social protection: the documents of uninsured maternity assistance. */
export const MATERNITY_SHEPETIVKA: Citation = {
  act: 'maternity-uninsured-shepetivka-list',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«документ, що посвідчує особу заявника, копія ідентифікаційного коду; довідка встановленого зразка, ' +
    'видана лікувально-профілактичним закладом (дійсна впродовж шести місяців з дня закінчення відпустки у ' +
    'зв’язку з вагітністю та пологами); заява матері; довідка з основного місця служби, навчання…; або ' +
    'ліквідаційної комісії…; або центру зайнятості…; номер особового рахунку» (domain notes §5.9). Undated, ' +
    'pre-PFU. A city council department’s list.',
};

/** The National Social Service notice (2024): the medical certificate and one of the status certificates. */
export const MATERNITY_NSSU: Citation = {
  act: 'nssu-maternity-uninsured-2024',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    '«Підставою для призначення виплат є видана в установленому порядку довідка лікувального закладу ' +
    'встановленого зразка та довідка: з основного місця служби або навчання; ліквідаційної комісії для жінок, ' +
    'звільнених з роботи у зв’язку з ліквідацією…; державної служби зайнятості для жінок, зареєстрованих … як ' +
    'безробітні; рішення про усиновлення чи встановлення опіки (для осіб, які усиновили чи взяли під опіку ' +
    'дитину протягом 2 місяців з дня її народження)». Whether КМУ 1805 changed the list from 2026 was not ' +
    'checked. A page of the National Social Service, a state body, on its own site.',
};

/** The Pension Fund certificate for entrepreneurs outside voluntary insurance, per the domain notes. */
export const MATERNITY_PFU_ENTREPRENEUR: Citation = {
  act: 'maternity-uninsured-pfu-entrepreneur-certificate',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Domain notes §5.9 [V] list «a ПФУ certificate for individual entrepreneurs not in voluntary insurance» ' +
    'among the alternatives; the wording read here is on uszn-mlt.com (not a gov.ua site): «довідки ' +
    'Пенсійного Фонду України про те, що жінка - суб’єкт підприємницької діяльності перебуває (не перебуває) ' +
    'на обліку … та не бере участь на добровільних засадах у … страхуванні з тимчасової втрати ' +
    'працездатності».',
};

/** Pechersk district (Kyiv): photos among the documents for large-family certificates. */
export const LARGE_FAMILY_PHOTOS: Citation = {
  act: 'large-family-certificate-photos-pechersk',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    '«7. Фотокартки (батьків та дітей) розміром 30 х 40 міліметрів»; the 2010 text of КМУ 209 ' +
    '(kmu.gov.ua/npas/243301074) has the same. The page is undated and also lists «Довідка про склад сім’ї», ' +
    'which КМУ 1003 of 28.10.2020 may have replaced (lmotg.gov.ua); that photos survived in the current text ' +
    'was not read. An undated district administration page listing a certificate abolished in 2020: it does ' +
    'not speak for the current Procedure.',
};

/** The Sumy social protection department (2019, via a city forum): large-family certificates and birth certificates. */
export const LARGE_FAMILY_ASSISTANCE_SUMY: Citation = {
  act: 'large-family-assistance-sumy-2019',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Russian-language repost: «Для назначения пособия одному из родителей по предъявлению паспорта гражданина ' +
    'Украины необходимо подать: удостоверение родителей многодетной семьи и удостоверение ребенка из ' +
    'многодетной семьи; свидетельство о рождении всех детей. Вышеуказанные документы нужно подавать с ' +
    'предъявлением оригинала.» A forum repost of 2019, not the department’s page nor Procedure 250; whether ' +
    'the Pension Fund asks for the same since 01.07.2025 was not found.',
};

/** The Pension Fund notice on the two new child-care payments from 01.01.2026: applied for with an application. */
export const CHILDCARE_2026_PFU: Citation = {
  act: 'pfu-new-childcare-payments-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Read here only in a repost on pravdorub.live (09.01.2026, «За інформацією Головного управління ' +
    'Пенсійного фонду України в Чернігівській області»); the catalogue quotes the same from pfu.gov.ua: «Такі ' +
    'виплати призначаються за зверненням матері або іншого законного представника з відповідною заявою, ' +
    'зокрема поданою через сервісний центр Пенсійного фонду України».',
};

/** Income data the tax service and the Pension Fund hold is not certified by the applicant (subsidy cards). */
export const INCOME_FROM_REGISTERS: Citation = {
  act: 'income-from-registers',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «довідки про доходи – у разі зазначення в декларації доходів, інформація про які відсутня у ДПС, ' +
    'ПФУ, фондах соціального страхування» (domain notes §5.3). Council cards, as quoted in the domain notes.',
};

/** Luhansk oblast administration notice on the housing subsidy documents (21.07.2023). */
export const LOGA_SUBSIDY: Citation = {
  act: 'loga-housing-subsidy-documents-2023',
  evidence: 'officialCard',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «надаються заява та декларація (за встановленими формами)»; «договір наймання (оренди) житла – у ' +
    'разі проживання заявника у житлі, що орендується»; «у разі потреби … документ, що підтверджує факт ' +
    'непроживання особи за зареєстрованим/задекларованим місцем проживання, … в тому числі, довідку ' +
    'внутрішньо переміщеної особи»; «пред’являє свій паспорт громадянина України або тимчасове посвідчення». ' +
    'A notice of the Luhansk regional state administration on its own site.',
};

/** The subsidy cards as quoted in the domain notes (§5.3, tagged [V]). */
export const SUBSIDY_CARDS: Citation = {
  act: 'housing-subsidy-cards-documents',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted in the domain notes §5.3 [V]: «Декларація про доходи і витрати осіб, які звернулися за ' +
    'призначенням житлової субсидії»; conditional documents include «довідка ВПО» for IDPs. The card pages ' +
    'were not re-read in this session; no exact URL recorded. Council cards, not re-read, no address ' +
    'recorded.',
};

/** Kyiv city list for assistance to persons disabled since childhood and children with disabilities. */
export const KYIV_DISABILITY_LIST: Citation = {
  act: 'kyivcity-disability-from-childhood-documents',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «1. Заява про призначення допомоги, що складається за формою, затвердженою Мінсоцполітики; 2. ' +
    'Документ, що посвідчує особу заявника (паспорт); 3. Копія свідоцтва про народження дитини з ' +
    'інвалідністю; 4. Довідка про місце проживання особи з інвалідністю з дитинства і дитини з інвалідністю ' +
    'чи копія паспорта … з відомостями про місце проживання; 5. Довідка про місце проживання законного ' +
    'представника, піклувальника, який подав заяву…; 6. Довідка медико-соціальної експертизи або медичний ' +
    'висновок; 7. Довідка про реєстраційний номер облікової картки платника податків…». Undated; how items 1, ' +
    '2, 4–7 are handed over (original or copy) is not stated. A city news page.',
};

/** Nemovychi hromada funeral assistance table: its document list. */
export const NEMOVYCKA_FUNERAL_DOCUMENTS: Citation = {
  act: 'nemovycka-funeral-assistance',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «1.Заява. 2.Паспорт. 3.Ідентифікаційний код. 4.Довідка про смерть (в селах) або витяг з ' +
    'Державного реєстру актів цивільного стану громадян про смерть (в місті). 5.Довідка про те, що здійснили ' +
    'поховання за власний рахунок. 6. Довідка з місця проживання про перебування дитини на утриманні ' +
    'батьків.» Uncertain: the same table gives the amount as «Два розміри виплаченої допомоги» under Laws ' +
    '2109-III and 1727-IV, i.e. the variant for recipients of state social assistance, and does not name КМУ ' +
    '99; no card for the КМУ 99 (uninsured) variant with a document list was found. A hromada’s explanation.',
};

/** Death data in the civil register (ДРАЦС), read by the provider itself. */
export const DEATH_IN_DRATS: Citation = {
  act: 'nemovycka-funeral-assistance',
  evidence: 'none',
  checkedOn: '2026-11-22',
  note:
    'The card names «витяг з Державного реєстру актів цивільного стану громадян про смерть», so the death is ' +
    'recorded in that register; no source was seen saying the provider of this assistance reads it itself — ' +
    'that follows only from Law 5203-VI Art. 9 / Law 1689-IX Art. 5. That the provider reads the death from ' +
    'the register itself is inferred, not read.',
};

/** The Kharkiv «Регіональний центр послуг» card of the fuel privilege (Pension Fund era). */
export const RCP_KH_FUEL_CARD: Citation = {
  act: 'rcp-kh-fuel-privilege-card',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Заява про надання пільг на оплату житловокомунальних послуг, придбання твердого палива і ' +
    'скрапленого газу; довідка про наявність у житловому приміщенні пічного опалення та/або кухонного вогнища ' +
    'на твердому паливі»; paper (in person, by post) or electronic (Pension Fund portal, Diia). rcp.kh.ua is ' +
    'not a gov.ua site and whose centre it is was not checked; undated. The same application form is presumed ' +
    'for the housing and utility privilege, which no card read here confirms.',
};

/** Zaporizhzhia oblast hromada notice on the fuel privilege (12.10.2021): application plus the stove certificate. */
export const ZN_OTG_FUEL: Citation = {
  act: 'zn-otg-fuel-privilege-2021',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «Для призначення пільги на придбання твердого палива та скрапленого газу пільговики або їх ' +
    'законні представники звертаються за зареєстрованим місцем проживання (або за фактичним місцем ' +
    'проживання), з відповідною заявою, до якої додається довідка про наявність у житловому приміщенні ' +
    'пічного опалення та / або кухонного вогнища на твердому паливі». A hromada notice.',
};

/** Vchoraishe hromada (02.01.2026) quoting Порядок КМУ 373 on the fuel privilege. */
export const VCHORAISHE_FUEL_373: Citation = {
  act: 'vchorayshenska-fuel-privilege-373-2026',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «призначається пільга на придбання твердого палива (до заяви додається довідка про наявність у ' +
    'житловому приміщенні пічного опалення та/або кухонного вогнища на твердому паливі)». A hromada’s ' +
    'explanation.',
};

/** The Yakymivka council CNAP page of the assistance under Law 1727-IV. */
export const AKIM_NO_PENSION: Citation = {
  act: 'akimcnap-no-pension-assistance-documents',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'A council CNAP page (not a gov.ua domain). Quoted: «Заява; Декларація про доходи та майно (заповнюється ' +
    'на підставі довідок про доходи кожного члена сім’ї) за останні шість календарних місяців або два ' +
    'квартали … (у разі потреби); Копія рішення суду про визнання особи недієздатною (для недієздатної ' +
    'особи); Копія рішення про призначення опікуна (для недієздатної особи, якій призначено опікуна); … Копія ' +
    'довідки про взяття на облік внутрішньо переміщеної особи, посвідчення біженця…» (cut off). Undated.',
};

/** Pustomyty council (КМУ 207 era): the registration list with the fee receipt and the housing documents. */
export const PUSTOMYTY_207: Citation = {
  act: 'pustomyty-residence-registration-207',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «1) заяву за формами, наведеними відповідно у додатках 6, 7 або 8; 2) документ, до якого ' +
    'вносяться відомості про місце проживання. - паспорт; - свідоцтво про народження (дитина яка не досягла ' +
    '16 років)…; 3) квитанцію про сплату адміністративного збору…; 4) документи, що підтверджують: право на ' +
    'проживання в житлі, — ордер, свідоцтво про право власності, договір найму (піднайму, оренди), рішення ' +
    'суду…; - У разі відсутності зазначених документів реєстрація місця проживання особи здійснюється за ' +
    'згодою власника/співвласників житла за письмовою заявою у присутності ос…». Undated; the annex numbers ' +
    '6–8 are those of КМУ 207. The Myrhorod CNAP card (cnap-myrhorod.gov.ua) gives the birth certificate «для ' +
    'осіб, що не досягли 14-річного віку» instead: the age changed in some redaction not established, and 16 ' +
    'is used here. A city council notice.',
};

/** Cards quoting the housing-right documents and the owner's consent of Порядок 265. */
export const HOUSING_RIGHT_265: Citation = {
  act: 'residence-registration-housing-right-265',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Both are cards of registering the place of stay, quoting the common list «заява за формою згідно з ' +
    'додатками 2, 3 і 8». Bilhorod-Dnistrovskyi: «право на проживання (перебування) в житлі, зокрема ' +
    'свідоцтво про право власності, ордер, договір оренди (найму, піднайму), … рішення суду … або інші ' +
    'підтверджуючі документи. У разі відсутності зазначених документів реєстрація місця проживання ' +
    '(перебування) особи здійснюється за згодою власника (співвласників) житла, наймача та членів його сім’ї, ' +
    'уповноваженої особи житла (зазначені документи та згода не вимагаються під час реєстрації місця ' +
    'проживан…» (cut off: the exception, probably for children, could not be read and is not modelled). ' +
    'cnap.hp-rada.gov.ua/index.php/home/perelik-administratyvnykh-posluh/1-4: «документи, що підтверджують ' +
    'право на проживання (перебування) в житлі … договір найму (піднайму, оренди) або інші документи». ' +
    'Whether a copy is kept or the original only shown is not said. CNAP cards quoting Procedure 265.',
};

/** Bilhorod-Dnistrovskyi CNAP (Порядок 265): deregistration documents. */
export const BILHOROD_DEREG_265: Citation = {
  act: 'bilhorod-cnap-deregistration-265',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Quoted: «1. Заява про зняття із задекларованого/зареєстрованого місця проживання, поданої особою або її ' +
    'законним представником за формою згідно з додатком 5. … 2. Паспортний документ (у разі особистого ' +
    'звернення). 3. Документ або відомості, що підтверджують сплату адміністративного збору. 4. ' +
    'Військово-обліковий документ (для громадян України, які підлягають взяттю на військовий облік…)»; ' +
    '«Зняття … дитини віком від 14 до 18 років здійснюється за згодою її батьків…» (no document named for ' +
    'that consent). A CNAP card quoting Procedure 265.',
};
