import type { LegalSource } from '@vikno/deadlines';
import type { Condition } from '../../condition.js';
import type { ChecklistRuleInput, DocumentType } from '../../schema.js';
import { BIRTH_FROM_DRATS, LAW_1689_ART_5, LAW_5203_ART_9 } from '../sources.js';

/** The birth-assistance document list of the Chernivtsi and Kharkiv cards (domain notes §5.1). */
const BIRTH_CARDS: LegalSource = {
  id: 'birth-assistance-cards',
  act: {
    uk: 'Інформаційні картки «Призначення державної допомоги при народженні дитини» (dsp.city.cv.ua; rcp.kh.ua)',
    en: 'Information cards of birth assistance (dsp.city.cv.ua; rcp.kh.ua)',
  },
  url: 'https://rcp.kh.ua/category/dopomoga/517',
  verified: true,
  note:
    'Quoted: «Заява за формою, затвердженою Мінсоцполітики»; «паспорт громадянина України або інший документ, що ' +
    'посвідчує особу»; «документ про присвоєння реєстраційного номера облікової картки платника податків»; «копія ' +
    'свідоцтва про народження дитини (з пред’явленням оригіналу)»; for a child born abroad, legalised documents; ' +
    'for guardians «копію рішення про встановлення опіки»; for IDPs the IDP certificate.',
};

/** Порядок 1751 as quoted by mvk.if.ua: the minimal set for birth assistance. */
const KMU_1751_BIRTH_SET: LegalSource = {
  id: 'kmu-1751-birth-set',
  act: {
    uk: 'Порядок призначення і виплати державної допомоги сім’ям з дітьми (постанова КМУ № 1751)',
    en: 'Procedure for assigning state assistance to families with children (Cabinet resolution 1751)',
  },
  number: '1751',
  adopted: '2001-12-27',
  url: 'https://zakon.rada.gov.ua/laws/show/1751-2001-п',
  verified: false,
  note:
    'Quoted by mvk.if.ua: «1) заява одного з батьків (опікуна), з яким постійно проживає дитина…; 2) копія ' +
    'свідоцтва про народження дитини (з пред’явленням оригіналу)», on presentation of the passport. The point ' +
    'number was not read.',
};

/** The bank account for social payments, per the legal aid wiki. */
const ACCOUNT_LEGALAID: LegalSource = {
  id: 'birth-assistance-account-legalaid',
  act: { uk: 'Довідник безоплатної правничої допомоги (wiki.legalaid.gov.ua)', en: 'Legal aid wiki' },
  url: 'https://wiki.legalaid.gov.ua',
  verified: true,
  note: 'Lists «реквізити рахунку для зарахування соціальних виплат» among the documents (domain notes §5.1).',
};

/** Birth assistance from 01.01.2026 (КМУ 1805): the document list as a hromada notice restates it. */
const BIRTH_2026_NOTICE: LegalSource = {
  id: 'birth-assistance-2026-medenychi-notice',
  act: {
    uk: 'Повідомлення Меденицької громади «Допомога при народженні дитини з 1 січня 2026 року» (передрук на pravdorub.live)',
    en: 'Medenychi hromada notice on birth assistance from 1 January 2026 (repost on pravdorub.live)',
  },
  url: 'https://pravdorub.live/?p=2010558',
  verified: false,
  note:
    'Repost of 27.01.2026: «Допомога призначається на підставі заяви, до якої додаються: копія свідоцтва про ' +
    'народження дитини – у разі подання заяви одним із батьків…; копія рішення про встановлення опіки – у разі ' +
    'подання заяви опікуном дитини»; «за умови пред’явлення паспорта громадянина України або іншого документа, що ' +
    'посвідчує особу та підтверджує громадянство України»; «Зазначений перелік документів є вичерпним». A news ' +
    'repost, not the text of КМУ 1805; the excerpt says nothing of a child born abroad, and whether the list also ' +
    'applies to a child born before 01.01.2026 whose parent applies in 2026 was not established.',
};

/** The application form of the 2026 family payments (КМУ 765), per a regional administration notice on КМУ 1805. */
const FORM_765_NOTICE: LegalSource = {
  id: 'kmu-765-form-poda-notice-2026',
  act: {
    uk: 'Повідомлення Полтавської ОДА про постанову КМУ від 31.12.2025 № 1805 (defence.poda.gov.ua)',
    en: 'Poltava regional administration notice on Cabinet resolution 1805 of 31.12.2025',
  },
  number: '765',
  adopted: '2025-06-25',
  url: 'https://defence.poda.gov.ua/news/250836',
  verified: true,
  note:
    '08.01.2026: the assistance is assigned on the application of the mother or other legal representative «за ' +
    'формою, затвердженою постановою Кабінету Міністрів України від 25 червня 2025 року № 765»; ' +
    'ternopil.te.gov.ua (12.01.2026) says the same. The text of КМУ 765 was not read.',
};

/** The Poltava regional administration notice on adoption assistance: the documents of Procedure 1751. */
const ADOPTION_PODA: LegalSource = {
  id: 'adoption-assistance-poda-notice',
  act: {
    uk: 'Повідомлення Полтавської ОДА про допомогу при усиновленні дитини (economy.poda.gov.ua)',
    en: 'Poltava regional administration notice on adoption assistance',
  },
  url: 'https://economy.poda.gov.ua/news/212439',
  verified: true,
  note:
    '«за умови пред’явлення паспорта або іншого документа, що посвідчує особу, подаються такі документи: 1) заява ' +
    'усиновлювача (форма … наказом Міністерства соціальної політики України 09 січня 2023 року № 3 …); 2) копія ' +
    'свідоцтва про народження дитини, виданого … після внесення змін до актового запису про народження дитини на ' +
    'підставі рішення суду про усиновлення дитини; 3)…» (item 3 was cut off in the copy read). Undated.',
};

/** The Ministry of Social Policy notice (via Ternopil city) on adoption assistance, paper and Diia. */
const ADOPTION_TERNOPIL: LegalSource = {
  id: 'adoption-assistance-ternopil-notice',
  act: {
    uk: 'Новина Тернопільської міської ради «Усиновлювачі дітей-сиріт … мають право на отримання допомоги при усиновленні»',
    en: 'Ternopil city council news on adoption assistance (from the Ministry of Social Policy)',
  },
  url: 'https://ternopil.te.gov.ua/news/usynovliuvachi-ditei-syrit-i-ditei-pozbavlenykh-batkivskoho-pikluvannia-maiut-pravo-na-otrymannia-dopomohy-pry-usynovlenni',
  verified: true,
  note:
    'Paper: «До заяви потрібно додати: копію свідоцтва про народження дитини, виданого після внесення змін до ' +
    'актового запису …; копію рішення суду про усиновлення. З собою потрібно мати паспорт або інший документ, який ' +
    'посвідчує особу». Diia: «Вказати дані дитини або дітей…»; «Вказати дані про судове рішення про усиновлення» ' +
    '(no upload of the certificate is mentioned). Undated.',
};

/** Izmail city (2020): the taxpayer number among the adoption documents. */
const ADOPTION_IZMAIL: LegalSource = {
  id: 'adoption-assistance-izmail-2020',
  act: {
    uk: 'Новина УПСЗН Ізмаїльської міської ради «Допомога при усиновленні дитини» (10.08.2020)',
    en: 'Izmail city social protection news on adoption assistance (2020)',
  },
  url: 'http://www.imr.gov.ua/upravlinnya-pratsi-ta-sotsialnogo-zakhistu-naselennya/novini/17471-dopomoga-pri-usinovlenni-ditini-11',
  verified: true,
  note:
    '«2. паспорт, код отримувача допомоги»; it also lists «довідка з місця проживання про склад сім’ї та ' +
    'реєстрацію (форма 204)» and a bank account, which the newer notices do not, so those are left out.',
};

/** The Kharkiv regional service centre card for guardianship assistance. */
const GUARDIANSHIP_RCP: LegalSource = {
  id: 'guardianship-assistance-rcp-kh-card',
  act: {
    uk: 'Картка «Призначення допомоги на дітей, над якими встановлено опіку чи піклування» (Регіональний центр послуг, Харків)',
    en: 'Kharkiv regional service centre card: assistance for children under guardianship',
  },
  url: 'https://rcp.kh.ua/category/dopomoga/509',
  verified: true,
  note:
    '«Заява за формою, затвердженою Мінсоцполітики; паспорт громадянина України та його копія; копія свідоцтва про ' +
    'народження дитини; копія рішення органу опіки та піклування або суду про встановлення опіки чи піклування над ' +
    'дитиною-сиротою або дитиною, позбавленою батьківського піклування; довідка про реєстрацію місця проживання ' +
    '(тільки для осіб, які зареєстровані у приватному секторі)…» (the rest was cut off). Undated, pre-PFU.',
};

/** The Kremenchuk CNAP card for guardianship assistance. */
const GUARDIANSHIP_KREMEN: LegalSource = {
  id: 'guardianship-assistance-kremenchuk-card',
  act: {
    uk: 'Картка послуги ЦНАП м. Кременчук (cnap-kremen.gov.ua, послуга 891)',
    en: 'Kremenchuk CNAP service card 891',
  },
  url: 'https://cnap-kremen.gov.ua/poslugi/posluga/891',
  verified: true,
  note:
    '«1. Заява про призначення державної соціальної допомоги. 2. Документ, що посвідчує особу заявника… 3. ' +
    'Документ, що засвідчує реєстрацію особи заявника у Державному реєстрі фізичних осіб – платників податків… 4. ' +
    'Рішення органу опіки та піклування або суду про встановлення опіки чи піклування над дитиною-сиротою…; 5. ' +
    'Свідоцтв…» (cut off). The card title was not in the excerpt read; item 4 shows it is the guardianship card.',
};

/** The Globyno CNAP card for single-mother assistance. */
const SINGLE_MOTHER_GLOBYNO: LegalSource = {
  id: 'single-mother-assistance-globyno-card',
  act: {
    uk: 'ЦНАП Глобинської громади: «Надання державної допомоги на дітей одиноким матерям» (код 03-50)',
    en: 'Globyno CNAP card: assistance for children of single mothers',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/210',
  verified: true,
  note:
    '«Заява встановленого зразка; копія паспорта громадянина України; заява з банка з реквізитами рахунка; Копія ' +
    'довідки про присвоєння РНОКПП; Декларація про доходи та майновий стан…; Копія свідоцтва про народження ' +
    'дитини; Витяг з Державного реєстру актів цивільного стану громадян про державну реєстрацію народження дитини …, ' +
    'або довідка про народження …, із зазначенням підстави внесення відомостей про батька дитини … відповідно до ' +
    'абзацу першого частини першої статті 135 Сімейного кодексу України, або документ про народження, виданий ' +
    'компетентним органом іноземної держави, в якому відсутні відомості про батька…». Undated.',
};

/** Shepetivka social protection: the documents of uninsured maternity assistance. */
const MATERNITY_SHEPETIVKA: LegalSource = {
  id: 'maternity-uninsured-shepetivka-list',
  act: {
    uk: 'Перелік документів для державних допомог (соцзахист Шепетівської міської ради)',
    en: 'Shepetivka city social protection list of documents for state assistance',
  },
  url: 'https://soczach.shepetivka-rada.gov.ua/info/',
  verified: true,
  note:
    '«документ, що посвідчує особу заявника, копія ідентифікаційного коду; довідка встановленого зразка, видана ' +
    'лікувально-профілактичним закладом (дійсна впродовж шести місяців з дня закінчення відпустки у зв’язку з ' +
    'вагітністю та пологами); заява матері; довідка з основного місця служби, навчання…; або ліквідаційної комісії…; ' +
    'або центру зайнятості…; номер особового рахунку» (domain notes §5.9). Undated, pre-PFU.',
};

/** Chernivtsi social policy department card for uninsured maternity assistance. */
const MATERNITY_CHERNIVTSI: LegalSource = {
  id: 'maternity-uninsured-chernivtsi-card',
  act: {
    uk: 'Департамент соціальної політики Чернівецької міської ради: «Призначення допомоги у зв’язку з вагітністю та пологами незастрахованим особам»',
    en: 'Chernivtsi city social policy department card: maternity assistance for uninsured persons',
  },
  url: 'https://dsp.city.cv.ua/sotsialni-posluhy/simiam-z-ditmy/dopomoha-po-vahitnosti',
  verified: true,
  note:
    '«Заява за формою, затвердженою Мінсоцполітики; паспорт громадянина України або інший документ, що посвідчує ' +
    'особу; довідка встановленого зразка, видана лікувально-профілактичним закладом; довідка з основного місця ' +
    'служби, навчання про те, що жінка с…» (cut off). City department site, not on gov.ua.',
};

/** The National Social Service notice (2024): the medical certificate and one of the status certificates. */
const MATERNITY_NSSU: LegalSource = {
  id: 'maternity-uninsured-nssu-documents-2024',
  act: {
    uk: 'Національна соціальна сервісна служба: «Допомога у зв’язку з вагітністю та пологами» (22.04.2024)',
    en: 'National Social Service: maternity assistance (22.04.2024)',
  },
  url: 'https://nssu.gov.ua/news/dopomoha-u-zviazku-z-vahitnistiu-ta-polohamy',
  verified: true,
  note:
    '«Підставою для призначення виплат є видана в установленому порядку довідка лікувального закладу ' +
    'встановленого зразка та довідка: з основного місця служби або навчання; ліквідаційної комісії для жінок, ' +
    'звільнених з роботи у зв’язку з ліквідацією…; державної служби зайнятості для жінок, зареєстрованих … як ' +
    'безробітні; рішення про усиновлення чи встановлення опіки (для осіб, які усиновили чи взяли під опіку дитину ' +
    'протягом 2 місяців з дня її народження)». Whether КМУ 1805 changed the list from 2026 was not checked.',
};

/** The Pension Fund certificate for entrepreneurs outside voluntary insurance, per the domain notes. */
const MATERNITY_PFU_ENTREPRENEUR: LegalSource = {
  id: 'maternity-uninsured-pfu-entrepreneur-certificate',
  act: {
    uk: 'Інформаційні картки допомоги у зв’язку з вагітністю та пологами незастрахованим (dssp.od.gov.ua; uszn-mlt.com)',
    en: 'Cards of uninsured maternity assistance (dssp.od.gov.ua; uszn-mlt.com)',
  },
  url: 'https://www.uszn-mlt.com/dopomoga-po-vagitnosti-ta-pologam',
  verified: false,
  note:
    'Domain notes §5.9 [V] list «a ПФУ certificate for individual entrepreneurs not in voluntary insurance» among ' +
    'the alternatives; the wording read here is on uszn-mlt.com (not a gov.ua site): «довідки Пенсійного Фонду ' +
    'України про те, що жінка - суб’єкт підприємницької діяльності перебуває (не перебуває) на обліку … та не бере ' +
    'участь на добровільних засадах у … страхуванні з тимчасової втрати працездатності».',
};

/** Point 3 of the current Procedure 209 (large-family certificates), as a district administration publishes it. */
const LARGE_FAMILY_209_P3: LegalSource = {
  id: 'kmu-209-2010-p3-documents',
  act: {
    uk: 'Порядок виготовлення і видачі посвідчень батьків багатодітної сім’ї та дитини з багатодітної сім’ї (КМУ № 209), п. 3',
    en: 'Procedure for issuing large-family certificates (Cabinet resolution 209), point 3',
  },
  number: '209',
  adopted: '2010-03-02',
  provision: { uk: 'п. 3 Порядку', en: 'Procedure, point 3' },
  url: 'https://rda.chapl.gov.ua/poryadok-vygotovlennya-i-vydachi-posvidchen-batkiv-bagatoditnoyi-sim-yi-ta-dytyny-z-bagatoditnoyi-sim-yi/',
  verified: true,
  note:
    '«протягом десяти робочих днів після подання: заяви одного з батьків про видачу посвідчень; копій свідоцтв про ' +
    'народження дітей; копії свідоцтва про шлюб (крім батьків, які не перебувають у шлюбі); копій сторінок паспорта ' +
    'громадянина України батьків з даними про прізвище, ім’я, по батькові, дату видач…» (the rest was cut off). ' +
    'The redaction date of this copy was not established.',
};

/** The Uzhhorod CNAP card for large-family status and certificates. */
const LARGE_FAMILY_UZHGOROD: LegalSource = {
  id: 'large-family-certificate-uzhhorod-card',
  act: {
    uk: 'ЦНАП Ужгорода: «Установлення статусу, видача посвідчень батькам багатодітної сім’ї та дитини з багатодітної сім’ї»',
    en: 'Uzhhorod CNAP card: large-family status and certificates',
  },
  url: 'https://rada-uzhgorod.gov.ua/posluhy-tsnap/ustanovlennya-statusu-vidacha-posvidchen-batkam-bagatoditnoi-simi-ta-ditini-z-bagatoditnoi-simi',
  verified: true,
  note:
    '«1. Заява 2. Оригінал паспорта кожного з батьків…; 3. Реєстраційні номере облікової картки платника податків ' +
    'батьків…; 4. Свідоцтва про шлюб (не стосується батьків, які не перебувають у шлюбі); 5. Свідоцтва про ' +
    'народження всіх дітей (у разі народження дитини за межами України – копія свідоцтва про народження дитини з ' +
    'перекладом на українську мову, вірність якого засвідчена нотаріусом); 6. Одна…» (cut off).',
};

/** The Globyno CNAP card for a repeated large-family certificate: residence certificates. */
const LARGE_FAMILY_GLOBYNO_RESIDENCE: LegalSource = {
  id: 'large-family-globyno-residence',
  act: {
    uk: 'ЦНАП Глобинської громади: «Видача повторного посвідчення батьків багатодітної сім’ї…» (код 03-11-01)',
    en: 'Globyno CNAP card: repeated large-family certificate',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/183',
  verified: false,
  note:
    '«копії довідок про реєстрацію місця проживання або перебування особи щодо кожного з батьків та дітей ' +
    'багатодітної сім’ї або, для внутрішньо переміщених осіб, к…» (cut off). This is the card of the duplicate, ' +
    'whose list follows the same application form; that the first issue needs them too is inferred.',
};

/** Pechersk district (Kyiv): photos among the documents for large-family certificates. */
const LARGE_FAMILY_PHOTOS: LegalSource = {
  id: 'large-family-certificate-photos-pechersk',
  act: {
    uk: 'Печерська РДА м. Києва: перелік документів для посвідчень батьків багатодітної сім’ї',
    en: 'Pechersk district administration (Kyiv): documents for large-family certificates',
  },
  url: 'https://pechersk.kyivcity.gov.ua/content/konsultacii.html',
  verified: false,
  note:
    '«7. Фотокартки (батьків та дітей) розміром 30 х 40 міліметрів»; the 2010 text of КМУ 209 (kmu.gov.ua/npas/' +
    '243301074) has the same. The page is undated and also lists «Довідка про склад сім’ї», which КМУ 1003 of ' +
    '28.10.2020 may have replaced (lmotg.gov.ua); that photos survived in the current text was not read.',
};

/** The Kharkiv regional service centre card for the baby-box compensation. */
const BABY_BOX_RCP: LegalSource = {
  id: 'baby-box-compensation-rcp-kh-card',
  act: {
    uk: 'Картка «Призначення грошової компенсації вартості одноразової натуральної допомоги «пакунок малюка»» (Регіональний центр послуг, Харків)',
    en: 'Kharkiv regional service centre card: baby-box compensation',
  },
  url: 'https://rcp.kh.ua/category/dopomoga/7953',
  verified: true,
  note:
    '«Заява отримувача про призначення грошової компенсації; До заяви отримувач додає копії таких документів: ' +
    'свідоцтва про народження дитини. У разі народження дитини за кордоном … – копію свідоцтва про народження ' +
    'дитини, виданого компетентним органом іноземної держави та легалізованого…, разом з перекладом на українську ' +
    'мову…» (the rest was cut off). Undated; it names УСЗН-era procedure (КМУ 744).',
};

/** The Globyno CNAP card for the baby-box compensation: the documents. */
const BABY_BOX_GLOBYNO: LegalSource = {
  id: 'baby-box-compensation-globyno-documents',
  act: {
    uk: 'ЦНАП Глобинської громади: «Призначення грошової компенсації вартості одноразової натуральної допомоги “пакунок малюка”» (код 03-67)',
    en: 'Globyno CNAP card: baby-box compensation',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/232',
  verified: true,
  note:
    '«Заява за формою згідно з додатком; заява з реквізитами спеціального рахунка, який відкритий в АТ КБ ' +
    '“ПриватБанк” (у разі неотримання “пакунка малюка” протягом 30 днів з дня народження дитини); копію свідоцтва ' +
    'про народження дитини. У разі народження дитини за кордоном … копію свідоцтва …, виданого компетентним ' +
    'органом іноземної держави та легалізованого…; копію посвідки на постій…» (cut off). Undated, pre-2025.',
};

/** Ivano-Frankivsk city (2024): the birth certificate's details may be given instead of a copy. */
const BABY_BOX_IF_2024: LegalSource = {
  id: 'baby-box-compensation-if-2024',
  act: {
    uk: 'Департамент соціальної політики Івано-Франківської міської ради: «Порядок оформлення грошової компенсації “пакунок малюка”» (01.03.2024)',
    en: 'Ivano-Frankivsk city social policy department on the baby-box compensation (2024)',
  },
  url: 'http://depsoc.if.ua/news/poriadok-oformlennia-hroshovoi-kompensatsii-pakunok-maliuka/',
  verified: false,
  note:
    'Citing КМУ 744: «відомості щодо серії та номера свідоцтва про народження дитини (за технічної можливості ' +
    'електронної інформаційної взаємодії засобами системи електронної взаємодії державних електронних ' +
    'інформаційних ресурсів) або його копію». A council department site not on gov.ua; "technical possibility" is ' +
    'not a fact, so the electronic application stands in for it.',
};

/** Kyiv 1551 wiki: the guardianship decision for the baby-box compensation. */
const BABY_BOX_KYIV_1551: LegalSource = {
  id: 'baby-box-compensation-kyiv-1551',
  act: {
    uk: 'Довідник Київського міського контактного центру 1551: компенсація «пакунка малюка»',
    en: 'Kyiv 1551 contact centre wiki: baby-box compensation',
  },
  url: 'https://wiki.1551.gov.ua/pages/viewpage.action?pageId=41484294',
  verified: true,
  note:
    '«В ОКРЕМИХ ВИПАДКАХ ДОДАТКОВО НАДАЮТЬ: … копію рішення районної … держадміністрації, виконавчого органу ' +
    'місцевої ради або суду про встановлення о…» (cut off, read as «опіки»). A 2020-era page (it mentions births ' +
    'in 2020).',
};

/** The Pension Fund Volyn office (via Glavcom) on the baby-box compensation from 2025. */
const BABY_BOX_PFU_2025: LegalSource = {
  id: 'baby-box-compensation-pfu-volyn-2025',
  act: {
    uk: 'Роз’яснення ГУ ПФУ у Волинській області щодо компенсації «пакунка малюка» (у переказі «Главкому», 16.08.2025)',
    en: 'Pension Fund Volyn office on the baby-box compensation, as reported by Glavcom (16.08.2025)',
  },
  url: 'https://glavcom.ua/economics/personal-money/jak-otrimati-hroshovu-dopomohu-za-pakunok-maljuka-pokrokova-instruktsija-1073599.html',
  verified: false,
  note:
    '«Документи для отримання компенсації: заява встановленої форми; документ, що посвідчує особу; свідоцтво про ' +
    'народження дитини або копія свідоцтва про народження дитини, виданого компетентним органом іноземної держави ' +
    'та легалізованого…» (cut off). A news site; whether a copy or the original of the Ukrainian certificate is ' +
    'meant is not said; the text of КМУ 114 was not read.',
};

/** A hromada notice quoting Procedure 250 (КМУ 250 of 13.03.2019): the passport and the application. */
const LARGE_FAMILY_ASSISTANCE_SATANIV: LegalSource = {
  id: 'large-family-assistance-satanivska-notice',
  act: {
    uk: 'Повідомлення Сатанівської громади «До уваги багатодітних сімей» (про постанову КМУ від 13.03.2019 № 250)',
    en: 'Satanivska hromada notice on assistance to children of large families (Cabinet resolution 250 of 13.03.2019)',
  },
  url: 'https://satanivska-gromada.gov.ua/news/1554285601/',
  verified: true,
  note:
    'Quoted: «Документи, необхідні для призначення допомоги, подаються заявником особисто. Для призначення допомоги ' +
    'органу соціального захисту населення за умови пред’явлення паспорта громадянина України (паспортного документа ' +
    'іноземця) або іншого документа, що посвідчує особу подається: - заява одного з батьків, з яким постійно ' +
    'проживає дитина, що складається за формою, затвердженою Мінсоцполітики; - довідка з селищної ради про те що ' +
    'діти проживають разом із матір’ю (батьком) та переб…» (cut off; the council certificate is a local addition ' +
    'and is left out). 2019, before the Pension Fund took the assistance over.',
};

/** The Sumy social protection department (2019, via a city forum): large-family certificates and birth certificates. */
const LARGE_FAMILY_ASSISTANCE_SUMY: LegalSource = {
  id: 'large-family-assistance-sumy-2019',
  act: {
    uk: 'Інформація департаменту соціального захисту населення Сумської міської ради про допомогу на дітей з багатодітних сімей (передрук на dancor.sumy.ua, 2019)',
    en: 'Sumy city social protection department on assistance to children of large families (repost on dancor.sumy.ua, 2019)',
  },
  url: 'https://dancor.sumy.ua/forum/obshchestvo/277075',
  verified: false,
  note:
    'Russian-language repost: «Для назначения пособия одному из родителей по предъявлению паспорта гражданина ' +
    'Украины необходимо подать: удостоверение родителей многодетной семьи и удостоверение ребенка из многодетной ' +
    'семьи; свидетельство о рождении всех детей. Вышеуказанные документы нужно подавать с предъявлением ' +
    'оригинала.» A forum repost of 2019, not the department’s page nor Procedure 250; whether the Pension Fund asks ' +
    'for the same since 01.07.2025 was not found.',
};

/** The Globyno CNAP card of the repeated (duplicate) large-family certificate: its document list. */
const LARGE_FAMILY_DUPLICATE_GLOBYNO: LegalSource = {
  id: 'large-family-duplicate-globyno-documents',
  act: {
    uk: 'ЦНАП Глобинської громади: «Видача повторного посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї (у разі втрати відповідного посвідчення)» (код 03-11-01)',
    en: 'Globyno CNAP card: repeated large-family certificate after a loss (03-11-01)',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/183',
  verified: true,
  note:
    'Quoted: «заява одного з батьків для оформлення посвідчення батьків багатодітної сім’ї та посвідчення дитини з ' +
    'багатодітної сім’ї, за формою, затвердженою Мінсоцполітики; копія посвідчення … яке втрачено (у разі ' +
    'наявності); копії свідоцтв про народження дітей; копії сторінок паспортів громадянина України кожного з ' +
    'батьків; … копії довідок про реєстрацію місця проживання або перебування особи щодо кожного з батьків та дітей ' +
    'багатодітної сім’ї або, для внутрішньо переміщених осіб, к…» (cut off). Undated.',
};

/** The Poltava CNAP card of certificates after a loss or damage: photos and children born abroad. */
const LARGE_FAMILY_DUPLICATE_POLTAVA: LegalSource = {
  id: 'large-family-duplicate-poltava-cnap',
  act: {
    uk: 'ЦНАП м. Полтави: «Видача посвідчень батьків багатодітної сім’ї та посвідчень дитини з багатодітної сім’ї у разі втрати або пошкодження»',
    en: 'Poltava CNAP card: large-family certificates after a loss or damage',
  },
  url: 'http://cnap-pl.gov.ua/index.php/perelik/2-uncategorised/336-vidacha-posvidchen-batkiv-bagatoditnoji-sim-ji-ta-posvidchen-ditini-z-bagatoditnoji-sim-ji-u-razi-vtrati-abo-poshkodzhennya',
  verified: true,
  note:
    'Quoted: «Фотокартки (по дві) (батьків та дітей) розміром 30 х 40 міліметрів»; «У разі народження або навчання ' +
    'дитини за межами України - копія свідоцтва про народження дитини … з перекладом на українську мову, вірність ' +
    'якого засвідчена нотаріусом». Undated; it still lists «Довідка про склад сім’ї», so it predates КМУ 1003 of ' +
    '28.10.2020, and that the photos survived was not read in the current Procedure 209.',
};

/** The Pension Fund notice on the two new child-care payments from 01.01.2026: applied for with an application. */
const CHILDCARE_2026_PFU: LegalSource = {
  id: 'childcare-2026-pfu-application',
  act: {
    uk: 'Повідомлення ПФУ «Пенсійний фонд України приймає заяви на призначення нових видів допомоги сім’ям з дітьми»',
    en: 'Pension Fund notice: it accepts applications for the new kinds of assistance to families with children',
  },
  url: 'https://www.pfu.gov.ua/2176430-pensijnyj-fond-ukrayiny-pryjmaye-zayavy-na-pryznachennya-novyh-vydiv-dopomogy-sim-yam-z-ditmy',
  verified: false,
  note:
    'Read here only in a repost on pravdorub.live (09.01.2026, «За інформацією Головного управління Пенсійного ' +
    'фонду України в Чернігівській області»); the catalogue quotes the same from pfu.gov.ua: «Такі виплати призначаються за зверненням ' +
    'матері або іншого законного представника з відповідною заявою, зокрема поданою через сервісний центр ' +
    'Пенсійного фонду України».',
};

/** The Pension Fund press service list for the under-one child-care assistance, as a news site reports it. */
const INFANT_CARE_PFU_PRESS: LegalSource = {
  id: 'infant-care-pfu-press-documents-2026',
  act: {
    uk: 'Повідомлення пресслужби ПФУ про допомогу для догляду за дитиною до одного року (у переказі finance.novyny.live, 10.01.2026)',
    en: 'Pension Fund press service on the under-one child-care assistance, as reported by finance.novyny.live (10.01.2026)',
  },
  url: 'https://finance.novyny.live/novi-viplati-na-dogliad-za-ditinoiu-skilki-i-komu-platitimut-305086.html',
  verified: false,
  note:
    'Quoted: «Щоб подати заяву треба звернутися до найближчого органу ПФУ та надати: документ, що посвідчує особу; ' +
    'РНОКПП (за наявності); свідоцтво про народження дитини; документ, що підтверджує повноваження законного ' +
    'представника (у разі подачі не батьками); медичний висновок тимчасової непрацездатності по вагітності та ' +
    'пологах.» A news site, not the Fund’s page nor КМУ 1805. Whether copies or originals are meant is not said. ' +
    'The medical report is left out: it is a record in the e-health register, and who must show it (a guardian, a ' +
    'mother of a child born in 2025) is not said.',
};

/** The Pension Fund page on «єЯсла»: only the application is named. */
const YEYASLA_PFU_PAGE: LegalSource = {
  id: 'yeyasla-pfu-page-application',
  act: {
    uk: 'Пенсійний фонд України: «Допомога для догляду за дитиною “єЯсла”»',
    en: 'Pension Fund page: the «yeYasla» childcare assistance',
  },
  url: 'https://www.pfu.gov.ua/mk/168511-dopomoga-dlya-doglyadu-za-dytynoyu-yeyasla',
  verified: true,
  note:
    'Quoted: «Для призначення допомоги мати дитини або законний представник має звернутися в обраний спосіб із ' +
    'заявою про призначення виплати.» No other document is named there; no card with a document list was found.',
};

/** Documents only the family services need. */
export const FAMILY_DOCUMENT_TYPES: readonly DocumentType[] = [
  {
    id: 'adoption-court-decision',
    name: { uk: 'Рішення суду про усиновлення дитини', en: 'Court decision on the adoption of the child' },
    basis: [ADOPTION_PODA, ADOPTION_TERNOPIL],
  },
  {
    id: 'birth-extract-father-record',
    name: {
      uk: 'Витяг з Державного реєстру актів цивільного стану громадян про державну реєстрацію народження дитини (або довідка про народження) із зазначенням підстави внесення відомостей про батька відповідно до ч. 1 ст. 135 Сімейного кодексу України',
      en: 'Extract from the civil status register on the birth registration (or a birth certificate of a council) stating on what basis the father was entered under Family Code Art. 135(1)',
    },
    heldIn: ['drats'],
    basis: [SINGLE_MOTHER_GLOBYNO],
  },
  {
    id: 'maternity-medical-certificate',
    name: {
      uk: 'Довідка встановленого зразка, видана лікувально-профілактичним закладом (про вагітність і пологи)',
      en: 'Certificate in the prescribed form issued by a health care institution (pregnancy and birth)',
    },
    basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU],
  },
  {
    id: 'study-or-service-certificate',
    name: {
      uk: 'Довідка з основного місця служби або навчання',
      en: 'Certificate from the main place of service or study',
    },
    basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU],
  },
  {
    id: 'liquidation-commission-certificate',
    name: {
      uk: 'Довідка ліквідаційної комісії про звільнення у зв’язку з ліквідацією підприємства, установи, організації',
      en: 'Certificate of the liquidation commission on dismissal because the employer was liquidated',
    },
    basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU],
  },
  {
    id: 'employment-centre-certificate',
    name: {
      uk: 'Довідка центру зайнятості про реєстрацію як безробітної',
      en: 'Certificate of the employment centre on registration as unemployed',
    },
    basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU],
  },
  {
    id: 'pfu-entrepreneur-certificate',
    name: {
      uk: 'Довідка Пенсійного фонду України про те, що жінка — фізична особа-підприємець не бере участі у добровільному страхуванні з тимчасової втрати працездатності',
      en: 'Pension Fund certificate that the woman, a sole trader, is not in voluntary temporary-disability insurance',
    },
    basis: [MATERNITY_PFU_ENTREPRENEUR],
  },
  {
    id: 'photos-30x40',
    name: {
      uk: 'Фотокартки батьків і дітей розміром 30 х 40 мм',
      en: 'Photographs of the parents and children, 30 × 40 mm',
    },
    basis: [LARGE_FAMILY_PHOTOS],
  },
  {
    id: 'large-family-certificates',
    name: {
      uk: 'Посвідчення батьків багатодітної сім’ї та посвідчення дитини з багатодітної сім’ї',
      en: 'Certificates of the parents and of the children of a large family',
    },
    basis: [LARGE_FAMILY_ASSISTANCE_SUMY],
  },
];

/** A child born in Ukraine, on an electronic application: the civil register holds the birth. */
const BORN_IN_UKRAINE_ONLINE: Condition = {
  all: [
    { fact: 'childBornAbroad', equals: false },
    { fact: 'applicationForm', equals: 'electronic' },
  ],
};

/** The documents of assistance to families with children. */
export const FAMILY_RULES: readonly ChecklistRuleInput[] = [
  {
    serviceId: 'birth-assistance',
    to: '2025-12-31',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява одного з батьків (опікуна), з яким постійно проживає дитина',
          en: 'The application of the parent (or guardian) the child lives with',
        },
        basis: [KMU_1751_BIRTH_SET, BIRTH_CARDS],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [KMU_1751_BIRTH_SET, BIRTH_CARDS],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків заявника',
          en: 'The applicant’s taxpayer number',
        },
        basis: [BIRTH_CARDS],
        fromRegister: { register: 'taxpayers-register', basis: [LAW_5203_ART_9, LAW_1689_ART_5] },
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { not: { fact: 'childBornAbroad', equals: true } },
        form: 'copyWithOriginal',
        reason: { uk: 'Підтвердження народження дитини', en: 'Proof of the child’s birth' },
        basis: [KMU_1751_BIRTH_SET, BIRTH_CARDS],
        fromRegister: {
          register: 'drats',
          when: {
            all: [
              { fact: 'childBornAbroad', equals: false },
              { fact: 'applicationForm', equals: 'electronic' },
            ],
          },
          basis: [BIRTH_FROM_DRATS, LAW_1689_ART_5],
        },
      },
      {
        id: 'foreign-birth',
        documents: ['foreign-birth-documents'],
        when: { fact: 'childBornAbroad', equals: true },
        form: 'copyWithOriginal',
        reason: {
          uk: 'Дитина народилася за кордоном: народження підтверджують легалізовані документи країни перебування',
          en: 'The child was born abroad: legalised documents of that country prove the birth',
        },
        basis: [BIRTH_CARDS],
      },
      {
        id: 'guardianship',
        documents: ['guardianship-decision'],
        when: { fact: 'guardian', equals: true },
        form: 'copy',
        reason: { uk: 'Заявник — опікун дитини', en: 'The applicant is the child’s guardian' },
        basis: [BIRTH_CARDS],
      },
      {
        id: 'idp-certificate',
        documents: ['idp-certificate'],
        when: { fact: 'idp', equals: true },
        form: 'copyWithOriginal',
        reason: {
          uk: 'Заявник — внутрішньо переміщена особа',
          en: 'The applicant is an internally displaced person',
        },
        basis: [BIRTH_CARDS],
      },
      {
        id: 'bank-account',
        documents: ['bank-account-details'],
        form: 'copy',
        reason: {
          uk: 'Рахунок, на який зараховуватиметься допомога',
          en: 'The account the assistance is paid to',
        },
        basis: [ACCOUNT_LEGALAID],
      },
    ],
  },
  {
    serviceId: 'birth-assistance',
    from: '2026-01-01',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява одного з батьків або опікуна, з яким постійно проживає дитина, за формою, затвердженою постановою КМУ від 25.06.2025 № 765',
          en: 'The application of the parent or guardian the child lives with, in the form of Cabinet resolution 765 of 25.06.2025',
        },
        basis: [BIRTH_2026_NOTICE, FORM_765_NOTICE],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: {
          uk: 'Посвідчення особи заявника і громадянства України',
          en: 'Proof of the applicant’s identity and Ukrainian citizenship',
        },
        basis: [BIRTH_2026_NOTICE],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { not: { fact: 'guardian', equals: true } },
        form: 'copy',
        reason: {
          uk: 'Заяву подає один із батьків: народження дитини підтверджує свідоцтво',
          en: 'A parent applies: the birth certificate proves the birth',
        },
        basis: [BIRTH_2026_NOTICE],
        fromRegister: {
          register: 'drats',
          when: BORN_IN_UKRAINE_ONLINE,
          basis: [LAW_1689_ART_5, LAW_5203_ART_9],
        },
      },
      {
        id: 'guardianship',
        documents: ['guardianship-decision'],
        when: { fact: 'guardian', equals: true },
        form: 'copy',
        reason: { uk: 'Заяву подає опікун дитини', en: 'The child’s guardian applies' },
        basis: [BIRTH_2026_NOTICE],
      },
    ],
  },
  {
    serviceId: 'adoption-assistance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява усиновлювача (якщо усиновлювачі — подружжя, одного з них)',
          en: 'The adopter’s application (where a married couple adopts, one of them)',
        },
        basis: [ADOPTION_PODA, ADOPTION_TERNOPIL],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [ADOPTION_PODA, ADOPTION_TERNOPIL],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків отримувача допомоги',
          en: 'The recipient’s taxpayer number',
        },
        basis: [ADOPTION_IZMAIL],
        fromRegister: { register: 'taxpayers-register', basis: [LAW_5203_ART_9, LAW_1689_ART_5] },
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        form: 'copy',
        reason: {
          uk: 'Свідоцтво про народження дитини, видане після внесення змін до актового запису на підставі рішення суду про усиновлення',
          en: 'The child’s birth certificate issued after the birth record was changed under the adoption decision',
        },
        basis: [ADOPTION_PODA, ADOPTION_TERNOPIL],
        fromRegister: {
          register: 'drats',
          when: { fact: 'applicationForm', equals: 'electronic' },
          basis: [ADOPTION_TERNOPIL, LAW_1689_ART_5],
        },
      },
      {
        id: 'adoption-decision',
        documents: ['adoption-court-decision'],
        form: 'copy',
        reason: {
          uk: 'Підтвердження усиновлення; від дня набрання ним законної сили рахують 12 місяців на звернення',
          en: 'Proof of the adoption; the 12 months to apply run from the day it took legal effect',
        },
        basis: [ADOPTION_TERNOPIL],
      },
    ],
  },
  {
    serviceId: 'guardianship-child-assistance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява опікуна або піклувальника про призначення допомоги',
          en: 'The guardian’s or curator’s application for the assistance',
        },
        basis: [GUARDIANSHIP_RCP, GUARDIANSHIP_KREMEN],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'copyWithOriginal',
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [GUARDIANSHIP_RCP, GUARDIANSHIP_KREMEN],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків заявника',
          en: 'The applicant’s taxpayer number',
        },
        basis: [GUARDIANSHIP_KREMEN],
        fromRegister: { register: 'taxpayers-register', basis: [LAW_5203_ART_9, LAW_1689_ART_5] },
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        form: 'copy',
        reason: {
          uk: 'Дані про дитину, на яку призначається допомога',
          en: 'The data of the child concerned',
        },
        basis: [GUARDIANSHIP_RCP],
        fromRegister: {
          register: 'drats',
          when: BORN_IN_UKRAINE_ONLINE,
          basis: [LAW_1689_ART_5, LAW_5203_ART_9],
        },
      },
      {
        id: 'guardianship',
        documents: ['guardianship-decision'],
        form: 'copy',
        reason: {
          uk: 'Допомога призначається на підставі рішення органу опіки та піклування або суду про встановлення опіки чи піклування',
          en: 'The assistance rests on the decision of the guardianship authority or court establishing guardianship',
        },
        basis: [GUARDIANSHIP_RCP, GUARDIANSHIP_KREMEN],
      },
    ],
  },
  {
    serviceId: 'single-mother-assistance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: { uk: 'Заява встановленого зразка', en: 'The application in the prescribed form' },
        basis: [SINGLE_MOTHER_GLOBYNO],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'copy',
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [SINGLE_MOTHER_GLOBYNO],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків заявника',
          en: 'The applicant’s taxpayer number',
        },
        basis: [SINGLE_MOTHER_GLOBYNO],
        fromRegister: { register: 'taxpayers-register', basis: [LAW_5203_ART_9, LAW_1689_ART_5] },
      },
      {
        id: 'income-declaration',
        documents: ['income-declaration'],
        form: 'original',
        reason: {
          uk: 'Допомога залежить від доходу сім’ї: декларація про доходи та майновий стан',
          en: 'The assistance depends on the family’s income: the income and property declaration',
        },
        basis: [SINGLE_MOTHER_GLOBYNO],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { not: { fact: 'childBornAbroad', equals: true } },
        form: 'copy',
        reason: { uk: 'Дані про дитину', en: 'The data of the child' },
        basis: [SINGLE_MOTHER_GLOBYNO],
        fromRegister: {
          register: 'drats',
          when: BORN_IN_UKRAINE_ONLINE,
          basis: [LAW_1689_ART_5, LAW_5203_ART_9],
        },
      },
      {
        id: 'father-record',
        documents: ['birth-extract-father-record'],
        when: { not: { fact: 'childBornAbroad', equals: true } },
        form: 'original',
        reason: {
          uk: 'Підтверджує, що запис про батька відсутній або внесений за вказівкою матері (ч. 1 ст. 135 СК)',
          en: 'Shows the father is not recorded or was entered at the mother’s word (Family Code Art. 135(1))',
        },
        basis: [SINGLE_MOTHER_GLOBYNO],
        fromRegister: {
          register: 'drats',
          when: BORN_IN_UKRAINE_ONLINE,
          basis: [LAW_1689_ART_5, LAW_5203_ART_9],
        },
      },
      {
        id: 'foreign-birth',
        documents: ['foreign-birth-documents'],
        when: { fact: 'childBornAbroad', equals: true },
        form: 'copy',
        reason: {
          uk: 'Дитина народилася за кордоном: легалізований документ про народження, у якому відсутні відомості про батька',
          en: 'The child was born abroad: a legalised birth document with no data on the father',
        },
        basis: [SINGLE_MOTHER_GLOBYNO],
      },
      {
        id: 'bank-account',
        documents: ['bank-account-details'],
        form: 'copy',
        reason: { uk: 'Рахунок, на який виплачується допомога', en: 'The account the assistance is paid to' },
        basis: [SINGLE_MOTHER_GLOBYNO],
      },
    ],
  },
  {
    serviceId: 'maternity-assistance-uninsured',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: { uk: 'Заява матері', en: 'The mother’s application' },
        basis: [MATERNITY_SHEPETIVKA, MATERNITY_CHERNIVTSI],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: { uk: 'Посвідчення особи заявниці', en: 'Proof of the applicant’s identity' },
        basis: [MATERNITY_SHEPETIVKA, MATERNITY_CHERNIVTSI],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків заявниці',
          en: 'The applicant’s taxpayer number',
        },
        basis: [MATERNITY_SHEPETIVKA],
        fromRegister: { register: 'taxpayers-register', basis: [LAW_5203_ART_9, LAW_1689_ART_5] },
      },
      {
        id: 'medical-certificate',
        documents: ['maternity-medical-certificate'],
        form: 'original',
        reason: {
          uk: 'Підстава для призначення допомоги за період відпустки у зв’язку з вагітністю та пологами; довідка дійсна впродовж шести місяців з дня закінчення цієї відпустки',
          en: 'The ground for the assistance over the maternity leave; the certificate stays valid for six months after that leave ends',
        },
        basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU, MATERNITY_CHERNIVTSI],
      },
      {
        id: 'status-certificate',
        documents: [
          'study-or-service-certificate',
          'liquidation-commission-certificate',
          'employment-centre-certificate',
          'pfu-entrepreneur-certificate',
        ],
        form: 'original',
        reason: {
          uk: 'Одна з довідок, що підтверджує, чому заявниця має право на допомогу без соціального страхування (служба чи навчання, звільнення через ліквідацію, статус безробітної, ФОП поза добровільним страхуванням)',
          en: 'One certificate showing why the applicant is entitled without social insurance (service or study, dismissal on liquidation, registered unemployed, sole trader outside voluntary insurance)',
        },
        basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU, MATERNITY_PFU_ENTREPRENEUR],
      },
      {
        id: 'bank-account',
        documents: ['bank-account-details'],
        form: 'copy',
        reason: { uk: 'Рахунок, на який виплачується допомога', en: 'The account the assistance is paid to' },
        basis: [MATERNITY_SHEPETIVKA],
      },
    ],
  },
  {
    serviceId: 'large-family-certificate',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява одного з батьків про видачу посвідчень',
          en: 'The application of one parent for the certificates',
        },
        basis: [LARGE_FAMILY_209_P3, LARGE_FAMILY_UZHGOROD],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'copy',
        reason: {
          uk: 'Сторінки паспорта кожного з батьків з даними про прізвище, ім’я, по батькові та дату видачі',
          en: 'The pages of each parent’s passport with the name and date of issue',
        },
        basis: [LARGE_FAMILY_209_P3, LARGE_FAMILY_UZHGOROD],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: {
          uk: 'Реєстраційні номери облікових карток платників податків батьків',
          en: 'The parents’ taxpayer numbers',
        },
        basis: [LARGE_FAMILY_UZHGOROD],
        fromRegister: { register: 'taxpayers-register', basis: [LAW_5203_ART_9, LAW_1689_ART_5] },
      },
      {
        id: 'birth-certificates',
        documents: ['birth-certificate'],
        when: { not: { fact: 'childBornAbroad', equals: true } },
        form: 'copy',
        reason: {
          uk: 'Свідоцтва про народження всіх дітей: підтверджують, що в сім’ї троє і більше дітей',
          en: 'The birth certificates of all the children: they show the family has three or more children',
        },
        basis: [LARGE_FAMILY_209_P3, LARGE_FAMILY_UZHGOROD],
        fromRegister: {
          register: 'drats',
          when: BORN_IN_UKRAINE_ONLINE,
          basis: [LAW_1689_ART_5, LAW_5203_ART_9],
        },
      },
      {
        id: 'foreign-birth',
        documents: ['foreign-birth-documents'],
        when: { fact: 'childBornAbroad', equals: true },
        form: 'copy',
        reason: {
          uk: 'Дитина народилася за кордоном: копія свідоцтва з нотаріально засвідченим перекладом українською мовою',
          en: 'A child was born abroad: a copy of the certificate with a notarised Ukrainian translation',
        },
        basis: [LARGE_FAMILY_UZHGOROD],
      },
      {
        id: 'residence',
        documents: ['residence-proof'],
        when: { not: { fact: 'idp', equals: true } },
        form: 'copy',
        reason: {
          uk: 'Місце проживання кожного з батьків і дітей: посвідчення видають за місцем реєстрації',
          en: 'Where each parent and child lives: the certificates are issued by the place of registration',
        },
        basis: [LARGE_FAMILY_GLOBYNO_RESIDENCE],
      },
      {
        id: 'photos',
        documents: ['photos-30x40'],
        form: 'original',
        reason: { uk: 'Фото для бланків посвідчень', en: 'Photos for the certificate forms' },
        basis: [LARGE_FAMILY_PHOTOS],
      },
    ],
  },
  {
    serviceId: 'baby-box-compensation',
    to: '2024-12-31',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява отримувача про призначення грошової компенсації',
          en: 'The recipient’s application for the compensation',
        },
        basis: [BABY_BOX_RCP, BABY_BOX_GLOBYNO],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { not: { fact: 'childBornAbroad', equals: true } },
        form: 'copy',
        reason: { uk: 'Підтвердження народження дитини', en: 'Proof of the child’s birth' },
        basis: [BABY_BOX_RCP, BABY_BOX_GLOBYNO],
        fromRegister: {
          register: 'drats',
          when: BORN_IN_UKRAINE_ONLINE,
          basis: [BABY_BOX_IF_2024, LAW_1689_ART_5],
        },
      },
      {
        id: 'foreign-birth',
        documents: ['foreign-birth-documents'],
        when: { fact: 'childBornAbroad', equals: true },
        form: 'copy',
        reason: {
          uk: 'Дитина народилася за кордоном: легалізоване свідоцтво іноземної держави з нотаріально засвідченим перекладом',
          en: 'The child was born abroad: the legalised foreign certificate with a notarised translation',
        },
        basis: [BABY_BOX_RCP, BABY_BOX_GLOBYNO],
      },
      {
        id: 'guardianship',
        documents: ['guardianship-decision'],
        when: { fact: 'guardian', equals: true },
        form: 'copy',
        reason: { uk: 'Заявник — опікун дитини', en: 'The applicant is the child’s guardian' },
        basis: [BABY_BOX_KYIV_1551],
      },
    ],
  },
  {
    serviceId: 'baby-box-compensation',
    from: '2025-02-04',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: { uk: 'Заява встановленої форми', en: 'The application in the prescribed form' },
        basis: [BABY_BOX_PFU_2025],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [BABY_BOX_PFU_2025],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { not: { fact: 'childBornAbroad', equals: true } },
        form: 'copy',
        reason: { uk: 'Підтвердження народження дитини', en: 'Proof of the child’s birth' },
        basis: [BABY_BOX_PFU_2025],
        fromRegister: {
          register: 'drats',
          when: BORN_IN_UKRAINE_ONLINE,
          basis: [LAW_1689_ART_5, LAW_5203_ART_9],
        },
      },
      {
        id: 'foreign-birth',
        documents: ['foreign-birth-documents'],
        when: { fact: 'childBornAbroad', equals: true },
        form: 'copy',
        reason: {
          uk: 'Дитина народилася за кордоном: легалізоване свідоцтво іноземної держави',
          en: 'The child was born abroad: the legalised foreign certificate',
        },
        basis: [BABY_BOX_PFU_2025],
      },
    ],
  },
  {
    serviceId: 'large-family-children-assistance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява одного з батьків, з яким постійно проживає дитина, за формою, затвердженою Мінсоцполітики',
          en: 'The application of the parent the child lives with, in the form approved by the Ministry of Social Policy',
        },
        basis: [LARGE_FAMILY_ASSISTANCE_SATANIV],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [LARGE_FAMILY_ASSISTANCE_SATANIV],
      },
      {
        id: 'large-family-certificates',
        documents: ['large-family-certificates'],
        form: 'copyWithOriginal',
        reason: {
          uk: 'Посвідчення підтверджують статус багатодітної сім’ї',
          en: 'The certificates prove the large-family status',
        },
        basis: [LARGE_FAMILY_ASSISTANCE_SUMY],
      },
      {
        id: 'birth-certificates',
        documents: ['birth-certificate'],
        form: 'copyWithOriginal',
        reason: {
          uk: 'Свідоцтва про народження всіх дітей: допомога призначається на третю і кожну наступну дитину',
          en: 'The birth certificates of all the children: the assistance is for the third and each further child',
        },
        basis: [LARGE_FAMILY_ASSISTANCE_SUMY],
        fromRegister: {
          register: 'drats',
          when: BORN_IN_UKRAINE_ONLINE,
          basis: [LAW_1689_ART_5, LAW_5203_ART_9],
        },
      },
    ],
  },
  {
    serviceId: 'large-family-certificate-duplicate',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява одного з батьків за формою, затвердженою Мінсоцполітики',
          en: 'The application of one parent in the form approved by the Ministry of Social Policy',
        },
        basis: [LARGE_FAMILY_DUPLICATE_GLOBYNO, LARGE_FAMILY_DUPLICATE_POLTAVA],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'copy',
        reason: {
          uk: 'Копії сторінок паспорта кожного з батьків',
          en: 'Copies of the pages of each parent’s passport',
        },
        basis: [LARGE_FAMILY_DUPLICATE_GLOBYNO],
      },
      {
        id: 'birth-certificates',
        documents: ['birth-certificate'],
        when: { not: { fact: 'childBornAbroad', equals: true } },
        form: 'copy',
        reason: {
          uk: 'Копії свідоцтв про народження дітей',
          en: 'Copies of the children’s birth certificates',
        },
        basis: [LARGE_FAMILY_DUPLICATE_GLOBYNO],
      },
      {
        id: 'foreign-birth',
        documents: ['foreign-birth-documents'],
        when: { fact: 'childBornAbroad', equals: true },
        form: 'copy',
        reason: {
          uk: 'Дитина народилася за кордоном: копія свідоцтва з нотаріально засвідченим перекладом українською мовою',
          en: 'A child was born abroad: a copy of the certificate with a notarised Ukrainian translation',
        },
        basis: [LARGE_FAMILY_DUPLICATE_POLTAVA],
      },
      {
        id: 'residence',
        documents: ['residence-proof'],
        when: { not: { fact: 'idp', equals: true } },
        form: 'copy',
        reason: {
          uk: 'Копії довідок про реєстрацію місця проживання кожного з батьків і дітей',
          en: 'Copies of the residence registration certificates of each parent and child',
        },
        basis: [LARGE_FAMILY_DUPLICATE_GLOBYNO],
      },
      {
        id: 'photos',
        documents: ['photos-30x40'],
        form: 'original',
        reason: { uk: 'Фото для бланків посвідчень', en: 'Photos for the certificate forms' },
        basis: [LARGE_FAMILY_DUPLICATE_POLTAVA],
      },
    ],
  },
  {
    serviceId: 'infant-care-assistance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява матері або іншого законного представника за формою, затвердженою постановою КМУ від 25.06.2025 № 765',
          en: 'The application of the mother or other legal representative in the form of Cabinet resolution 765 of 25.06.2025',
        },
        basis: [CHILDCARE_2026_PFU, FORM_765_NOTICE],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' },
        basis: [INFANT_CARE_PFU_PRESS],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'presentOnly',
        reason: {
          uk: 'Реєстраційний номер облікової картки платника податків (за наявності)',
          en: 'The taxpayer registration number (if any)',
        },
        basis: [INFANT_CARE_PFU_PRESS],
        fromRegister: { register: 'taxpayers-register', basis: [LAW_5203_ART_9, LAW_1689_ART_5] },
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        form: 'copy',
        reason: {
          uk: 'Дані про дитину, за якою здійснюється догляд',
          en: 'The data of the child cared for',
        },
        basis: [INFANT_CARE_PFU_PRESS],
        fromRegister: {
          register: 'drats',
          when: BORN_IN_UKRAINE_ONLINE,
          basis: [LAW_1689_ART_5, LAW_5203_ART_9],
        },
      },
      {
        id: 'guardianship',
        documents: ['guardianship-decision'],
        when: { fact: 'guardian', equals: true },
        form: 'copy',
        reason: {
          uk: 'Заяву подають не батьки: документ, що підтверджує повноваження законного представника',
          en: 'Not a parent applies: the document proving the legal representative’s authority',
        },
        basis: [INFANT_CARE_PFU_PRESS],
      },
    ],
  },
  {
    serviceId: 'yeyasla-assistance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява матері або іншого законного представника про призначення допомоги «єЯсла»',
          en: 'The application of the mother or other legal representative for the «yeYasla» assistance',
        },
        basis: [YEYASLA_PFU_PAGE, CHILDCARE_2026_PFU, FORM_765_NOTICE],
      },
    ],
  },
];
