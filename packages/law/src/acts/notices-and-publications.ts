import type { Act } from '../register.js';

// Notices of state bodies, methodical materials and publications the SDK cites as evidence where no act was read. Each act is a constant of its own, so a package that cites a few acts bundles only those.

/** Повідомлення Полтавської ОДА про допомогу при усиновленні дитини (economy.poda.gov.ua) */
export const ADOPTION_ASSISTANCE_PODA_NOTICE: Act = {
  id: 'adoption-assistance-poda-notice',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Полтавської ОДА про допомогу при усиновленні дитини (economy.poda.gov.ua)',
    en: 'Poltava regional administration notice on adoption assistance',
  },
  url: 'https://economy.poda.gov.ua/news/212439',
};

/** Повідомлення Меденицької громади «Допомога при народженні дитини з 1 січня 2026 року» (передрук на pravdorub.live) */
export const BIRTH_ASSISTANCE_2026_MEDENYCHI_NOTICE: Act = {
  id: 'birth-assistance-2026-medenychi-notice',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Меденицької громади «Допомога при народженні дитини з 1 січня 2026 року» (передрук на pravdorub.live)',
    en: 'Medenychi hromada notice on birth assistance from 1 January 2026 (repost on pravdorub.live)',
  },
  url: 'https://pravdorub.live/?p=2010558',
};

/** Повідомлення про строк розгляду заяв про допомогу при народженні дитини */
export const BIRTH_ASSISTANCE_TERM_SMILA_2023: Act = {
  id: 'birth-assistance-term-smila-2023',
  kind: 'notice',
  title: {
    uk: 'Повідомлення про строк розгляду заяв про допомогу при народженні дитини',
    en: 'Report on the term for birth assistance applications',
  },
  url: 'https://smila-ua.com',
};

/** Повідомлення порталу «Децентралізація»: реєстрацію місця проживання здійснюють органи місцевого самоврядування */
export const DECENTRALIZATION_REGISTRATION_2016: Act = {
  id: 'decentralization-registration-2016',
  kind: 'notice',
  inForce: '2016-04-04',
  title: {
    uk: 'Повідомлення порталу «Децентралізація»: реєстрацію місця проживання здійснюють органи місцевого самоврядування',
    en: 'Decentralization portal notice: local councils register the place of residence',
  },
  url: 'https://decentralization.gov.ua/en/news/2319',
};

/** Гід з державних послуг: квартальні звіти моніторингу ЦНАП (static_reports) */
export const DIIA_GUIDE_CNAP_QUARTERLY_REPORTS: Act = {
  id: 'diia-guide-cnap-quarterly-reports',
  kind: 'notice',
  title: {
    uk: 'Гід з державних послуг: квартальні звіти моніторингу ЦНАП (static_reports)',
    en: 'Diia guide: quarterly CNAP monitoring reports (static_reports)',
  },
  url: 'https://guide.diia.gov.ua/api/v1/static_reports/list/',
  note: 'Field names known only from third-party code reading this API; the form and its labels not read.',
};

/** Гід з державних послуг: «Надання субсидії на оплату вартості або частини вартості найму (оренди) житлового приміщення…» */
export const DIIA_GUIDE_RENT_SUBSIDY: Act = {
  id: 'diia-guide-rent-subsidy',
  kind: 'notice',
  title: {
    uk: 'Гід з державних послуг: «Надання субсидії на оплату вартості або частини вартості найму (оренди) житлового приміщення…»',
    en: 'Diia guide: rent subsidy for a dwelling',
  },
  url: 'https://guide.diia.gov.ua/view/nadannia-subsydii-na-oplatu-vartosti-abo-chastyny-vartosti-naimu-orendy-zhytlovoho-prymishchennia-ta-kompensatsii-chastyny-podat',
};

/** Портал Дія: «Допомога на дитину одинокій матері або батьку» */
export const DIIA_SINGLE_MOTHER_ASSISTANCE: Act = {
  id: 'diia-single-mother-assistance',
  kind: 'notice',
  title: {
    uk: 'Портал Дія: «Допомога на дитину одинокій матері або батьку»',
    en: 'Diia portal: assistance for a child of a single mother or father',
  },
  url: 'https://diia.gov.ua/services/dopomoga-na-ditinu-odinokij-materi-abo-batku',
};

/** Повідомлення «Які документи необхідні для призначення житлової субсидії» (komr.gov.ua) */
export const HOUSING_SUBSIDY_CHANNELS_KOMR: Act = {
  id: 'housing-subsidy-channels-komr',
  kind: 'notice',
  title: {
    uk: 'Повідомлення «Які документи необхідні для призначення житлової субсидії» (komr.gov.ua)',
    en: 'Council notice on documents and channels for the housing subsidy (komr.gov.ua)',
  },
  url: 'https://komr.gov.ua/news/yaki-dokumenty-neobhidni-dlya-pryznachennya-zhytlovoyi-subsydiyi',
};

/** Повідомлення громад про прийом заяв на субсидії та пільги через ЦНАП і виконавчі органи рад */
export const HOUSING_SUBSIDY_CHANNELS_USZN: Act = {
  id: 'housing-subsidy-channels-uszn',
  kind: 'notice',
  title: {
    uk: 'Повідомлення громад про прийом заяв на субсидії та пільги через ЦНАП і виконавчі органи рад',
    en: 'Hromada notices on subsidy and privilege applications through CNAPs and councils',
  },
  url: 'https://fursivska-gromada.gov.ua/',
};

/** Повідомлення пресслужби ПФУ про допомогу для догляду за дитиною до одного року (у переказі finance.novyny.live, 10.01.2026) */
export const INFANT_CARE_PFU_PRESS_DOCUMENTS_2026: Act = {
  id: 'infant-care-pfu-press-documents-2026',
  kind: 'notice',
  title: {
    uk: 'Повідомлення пресслужби ПФУ про допомогу для догляду за дитиною до одного року (у переказі finance.novyny.live, 10.01.2026)',
    en: 'Pension Fund press service on the under-one child-care assistance, as reported by finance.novyny.live (10.01.2026)',
  },
  url: 'https://finance.novyny.live/novi-viplati-na-dogliad-za-ditinoiu-skilki-i-komu-platitimut-305086.html',
};

/** Повідомлення Костринської громади «Реєстрація місця проживання» (10.03.2025) */
export const KOSTRYNA_RESIDENCE_REGISTRATION_2025: Act = {
  id: 'kostryna-residence-registration-2025',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Костринської громади «Реєстрація місця проживання» (10.03.2025)',
    en: 'Kostryna hromada notice on registering the place of residence (10.03.2025)',
  },
  url: 'https://kostrynska-gromada.gov.ua/news/1741615854/',
};

/** Повідомлення Козівської громади «До уваги внутрішньо переміщених осіб» (2022) */
export const KOZOVA_IDP_LIVING_ALLOWANCE_2022: Act = {
  id: 'kozova-idp-living-allowance-2022',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Козівської громади «До уваги внутрішньо переміщених осіб» (2022)',
    en: 'Kozova hromada notice to internally displaced persons (2022)',
  },
  url: 'https://kozova-rada.gov.ua/news/1649682396/',
};

/** Повідомлення Сатанівської громади «До уваги багатодітних сімей» (про постанову КМУ від 13.03.2019 № 250) */
export const LARGE_FAMILY_ASSISTANCE_SATANIVSKA_NOTICE: Act = {
  id: 'large-family-assistance-satanivska-notice',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Сатанівської громади «До уваги багатодітних сімей» (про постанову КМУ від 13.03.2019 № 250)',
    en: 'Satanivska hromada notice on assistance to children of large families (Cabinet resolution 250 of 13.03.2019)',
  },
  url: 'https://satanivska-gromada.gov.ua/news/1554285601/',
};

/** Інформація департаменту соціального захисту населення Сумської міської ради про допомогу на дітей з багатодітних сімей (передрук на dancor.sumy.ua, 2019) */
export const LARGE_FAMILY_ASSISTANCE_SUMY_2019: Act = {
  id: 'large-family-assistance-sumy-2019',
  kind: 'notice',
  title: {
    uk: 'Інформація департаменту соціального захисту населення Сумської міської ради про допомогу на дітей з багатодітних сімей (передрук на dancor.sumy.ua, 2019)',
    en: 'Sumy city social protection department on assistance to children of large families (repost on dancor.sumy.ua, 2019)',
  },
  url: 'https://dancor.sumy.ua/forum/obshchestvo/277075',
};

/** Повідомлення Луганської ОДА «Документи для призначення житлової субсидії: що необхідно знати» (21.07.2023) */
export const LOGA_HOUSING_SUBSIDY_DOCUMENTS_2023: Act = {
  id: 'loga-housing-subsidy-documents-2023',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Луганської ОДА «Документи для призначення житлової субсидії: що необхідно знати» (21.07.2023)',
    en: 'Luhansk oblast administration notice on housing subsidy documents (21.07.2023)',
  },
  url: 'https://svt.loga.gov.ua/oda/press/news/dokumenti_dlya_priznachennya_zhitlovoyi_subsidiyi_shcho_neobhidno_znati_0',
};

/** Національна соціальна сервісна служба: «Допомога у зв’язку з вагітністю та пологами» */
export const NSSU_MATERNITY_UNINSURED_2024: Act = {
  id: 'nssu-maternity-uninsured-2024',
  kind: 'notice',
  title: {
    uk: 'Національна соціальна сервісна служба: «Допомога у зв’язку з вагітністю та пологами»',
    en: 'National Social Service: maternity assistance',
  },
  url: 'https://nssu.gov.ua/news/dopomoha-u-zviazku-z-vahitnistiu-ta-polohamy',
};

/** Роз’яснення на сайті Пенсійного фонду України: умови призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю */
export const PFU_DN_DISABILITY_FROM_CHILDHOOD_2025: Act = {
  id: 'pfu-dn-disability-from-childhood-2025',
  kind: 'notice',
  inForce: '2025-07-01',
  title: {
    uk: 'Роз’яснення на сайті Пенсійного фонду України: умови призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю',
    en: 'Pension Fund explanation: terms of state social assistance to persons disabled since childhood and children with disabilities',
  },
  url: 'https://www.pfu.gov.ua/dn/?p=323343',
};

/** Повідомлення Пенсійного фонду України «Пенсійний фонд України приймає заяви на призначення нових видів допомоги сім’ям з дітьми» */
export const PFU_NEW_CHILDCARE_PAYMENTS_2026: Act = {
  id: 'pfu-new-childcare-payments-2026',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Пенсійного фонду України «Пенсійний фонд України приймає заяви на призначення нових видів допомоги сім’ям з дітьми»',
    en: 'Pension Fund notice: it accepts applications for the new kinds of assistance to families with children',
  },
  url: 'https://www.pfu.gov.ua/2176430-pensijnyj-fond-ukrayiny-pryjmaye-zayavy-na-pryznachennya-novyh-vydiv-dopomogy-sim-yam-z-ditmy',
};

/** Повідомлення Надвірнянської РДА про передачу функцій до Пенсійного фонду України */
export const PFU_TRANSFER_2025_07_01: Act = {
  id: 'pfu-transfer-2025-07-01',
  kind: 'notice',
  inForce: '2025-07-01',
  title: {
    uk: 'Повідомлення Надвірнянської РДА про передачу функцій до Пенсійного фонду України',
    en: 'Notice of the Nadvirna district administration on the transfer of functions to the Pension Fund',
  },
  url: 'https://nadrda.gov.ua/2025/07/14',
};

/** Пенсійний фонд України: «Допомога для догляду за дитиною “єЯсла”» */
export const PFU_YEYASLA_PAGE: Act = {
  id: 'pfu-yeyasla-page',
  kind: 'notice',
  title: {
    uk: 'Пенсійний фонд України: «Допомога для догляду за дитиною “єЯсла”»',
    en: 'Pension Fund page: the «yeYasla» childcare assistance',
  },
  url: 'https://www.pfu.gov.ua/mk/168511-dopomoga-dlya-doglyadu-za-dytynoyu-yeyasla',
};

/** Повідомлення Пустомитівської міської ради «До відома громадян!» (реєстрація місця проживання за Правилами, затвердженими КМУ № 207) */
export const PUSTOMYTY_RESIDENCE_REGISTRATION_207: Act = {
  id: 'pustomyty-residence-registration-207',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Пустомитівської міської ради «До відома громадян!» (реєстрація місця проживання за Правилами, затвердженими КМУ № 207)',
    en: 'Pustomyty city council notice on registering the place of residence (rules of Cabinet resolution 207)',
  },
  url: 'https://pmr.gov.ua/novini/do-vidoma-gromadian',
};

/** Повідомлення ЦНАП Путивльської громади «Довідки для ВПО» (13.02.2026) */
export const PUTYVL_CNAP_IDP_CERTIFICATES_2026: Act = {
  id: 'putyvl-cnap-idp-certificates-2026',
  kind: 'notice',
  title: {
    uk: 'Повідомлення ЦНАП Путивльської громади «Довідки для ВПО» (13.02.2026)',
    en: 'Putyvl CNAP notice on IDP certificates (13.02.2026)',
  },
  url: 'https://cnap.putivlska-gromada.gov.ua/news/293578-dovidki-dlia-vpo',
};

/** Повідомлення Присиваської громади «Субсидія на оренду житла для ВПО» (10.03.2025) */
export const RENT_SUBSIDY_PFU_NOTICE_2025: Act = {
  id: 'rent-subsidy-pfu-notice-2025',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Присиваської громади «Субсидія на оренду житла для ВПО» (10.03.2025)',
    en: 'Prysyvaska hromada notice on the IDP rent subsidy (10.03.2025)',
  },
  url: 'https://prysyvaska-gromada.gov.ua/news/1741633878',
};

/** Повідомлення громад про набрання чинності постановою № 1225 (субсидія на оренду житла для ВПО) */
export const RENT_SUBSIDY_START_2025_01_29: Act = {
  id: 'rent-subsidy-start-2025-01-29',
  kind: 'notice',
  inForce: '2025-01-29',
  title: {
    uk: 'Повідомлення громад про набрання чинності постановою № 1225 (субсидія на оренду житла для ВПО)',
    en: 'Hromada notices on resolution 1225 entering into force (IDP rent subsidy)',
  },
  url: 'https://mylyacka-gromada.gov.ua/news/?p=2',
};

/** Повідомлення ЦНАП Стрижавської селищної ради про відновлення прийому заяв на компенсацію «пакунка малюка» */
export const STRYZHAVKA_CNAP_BABY_BOX_2024: Act = {
  id: 'stryzhavka-cnap-baby-box-2024',
  kind: 'notice',
  title: {
    uk: 'Повідомлення ЦНАП Стрижавської селищної ради про відновлення прийому заяв на компенсацію «пакунка малюка»',
    en: 'Stryzhavka CNAP notice resuming baby-box compensation applications',
  },
  url: 'https://stryzhavska-rada.gov.ua/news/1708596614/',
  note: 'Kept apart from КМУ 136 itself, which this notice reports (the old data gave the notice the resolution’s number and date).',
};

/** Повідомлення Веснянської громади про передання призначення субсидій та пільг Пенсійному фонду України */
export const SUBSIDIES_PRIVILEGES_PFU_2022_12_01: Act = {
  id: 'subsidies-privileges-pfu-2022-12-01',
  kind: 'notice',
  inForce: '2022-12-01',
  title: {
    uk: 'Повідомлення Веснянської громади про передання призначення субсидій та пільг Пенсійному фонду України',
    en: 'Vesnianka hromada notice on handing subsidies and privileges to the Pension Fund',
  },
  url: 'https://vesnyanska-gromada.gov.ua/news/1672308859',
};

/** Повідомлення ЦНАП Бессарабської селищної ради про зміну місця проживання через портал «Дія» */
export const TARUTYNE_CNAP_DIIA_RESIDENCE_2026: Act = {
  id: 'tarutyne-cnap-diia-residence-2026',
  kind: 'notice',
  title: {
    uk: 'Повідомлення ЦНАП Бессарабської селищної ради про зміну місця проживання через портал «Дія»',
    en: 'Bessarabska CNAP notice on changing the place of residence through the Diia portal',
  },
  url: 'https://www.tarutyne-sr.gov.ua/2026/01/15/tsentr-nadannia-administratyvnykh-posluh-bessarabskoi-selyshchnoi-rady-informuie-pro-mozhlyvist-zminy-mistsia-prozhyvannia-dystantsiino-na-derzhavnomu-vebportali-elektronnykh-posluh-diia',
};

/** Повідомлення Тячівської РДА «Ветерани і ветеранки, які мають дітей: не забудьте скористатися державною підтримкою» */
export const TYACHIV_RDA_FAMILY_ASSISTANCE_2026: Act = {
  id: 'tyachiv-rda-family-assistance-2026',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Тячівської РДА «Ветерани і ветеранки, які мають дітей: не забудьте скористатися державною підтримкою»',
    en: 'Tiachiv district administration notice on state support for veterans with children',
  },
  url: 'https://tyachiv-rda.gov.ua/news/9374-veterani-veteranki-yak-mayut-dtey-ne-zabudte-skoristatisya-derzhavnoyu-pdtrimkoyu.html',
};

/** Повідомлення «Надання пільг на придбання твердого палива і скрапленого газу» (zn-otg.gov.ua, 12.10.2021) */
export const ZN_OTG_FUEL_PRIVILEGE_2021: Act = {
  id: 'zn-otg-fuel-privilege-2021',
  kind: 'notice',
  title: {
    uk: 'Повідомлення «Надання пільг на придбання твердого палива і скрапленого газу» (zn-otg.gov.ua, 12.10.2021)',
    en: 'Hromada notice on privileges for buying solid fuel and liquefied gas (zn-otg.gov.ua, 12.10.2021)',
  },
  url: 'https://zn-otg.gov.ua/news/1634020232/',
};

/** Дві сходинки впровадження моделі управління соціальним захистом в ОТГ за принципом «єдиного вікна» (Березівська ОТГ) */
export const HROMADA_FRONT_OFFICE_STAROSTATS: Act = {
  id: 'hromada-front-office-starostats',
  kind: 'methodical',
  title: {
    uk: 'Дві сходинки впровадження моделі управління соціальним захистом в ОТГ за принципом «єдиного вікна» (Березівська ОТГ)',
    en: 'Two steps of introducing one-stop social protection management in an amalgamated hromada (Berezivka hromada)',
  },
  note: 'Methodical material of the seeds (seed 004): the front office of a starostat registers applications in its journal and passes them to УСЗН with transfer registers.',
};

/** Методичні матеріали «Моделі надання адміністративних послуг соціального характеру у ЦНАП» */
export const MODELS_OF_APSH_IN_CNAP: Act = {
  id: 'models-of-apsh-in-cnap',
  kind: 'methodical',
  title: {
    uk: 'Методичні матеріали «Моделі надання адміністративних послуг соціального характеру у ЦНАП»',
    en: 'Methodical material: models of delivering social-character administrative services through a CNAP',
  },
};

/** Методичні матеріали про ЦНАП: доступ до реєстрів (приклад Харкова) */
export const SEED_COMMUNITY_REGISTER: Act = {
  id: 'seed-community-register',
  kind: 'methodical',
  title: {
    uk: 'Методичні матеріали про ЦНАП: доступ до реєстрів (приклад Харкова)',
    en: 'Methodical material on CNAPs: access to registers (the Kharkiv example)',
  },
};

/** Новина УПСЗН Ізмаїльської міської ради «Допомога при усиновленні дитини» (10.08.2020) */
export const ADOPTION_ASSISTANCE_IZMAIL_2020: Act = {
  id: 'adoption-assistance-izmail-2020',
  kind: 'publication',
  title: {
    uk: 'Новина УПСЗН Ізмаїльської міської ради «Допомога при усиновленні дитини» (10.08.2020)',
    en: 'Izmail city social protection news on adoption assistance (2020)',
  },
  url: 'http://www.imr.gov.ua/upravlinnya-pratsi-ta-sotsialnogo-zakhistu-naselennya/novini/17471-dopomoga-pri-usinovlenni-ditini-11',
};

/** Новина Тернопільської міської ради «Усиновлювачі дітей-сиріт … мають право на отримання допомоги при усиновленні» */
export const ADOPTION_ASSISTANCE_TERNOPIL_NOTICE: Act = {
  id: 'adoption-assistance-ternopil-notice',
  kind: 'publication',
  title: {
    uk: 'Новина Тернопільської міської ради «Усиновлювачі дітей-сиріт … мають право на отримання допомоги при усиновленні»',
    en: 'Ternopil city council news on adoption assistance (from the Ministry of Social Policy)',
  },
  url: 'https://ternopil.te.gov.ua/news/usynovliuvachi-ditei-syrit-i-ditei-pozbavlenykh-batkivskoho-pikluvannia-maiut-pravo-na-otrymannia-dopomohy-pry-usynovlenni',
};

/** Опис послуги ЦНАП Якимівської селищної ради «Державна соціальна допомога особам, які не мають права на пенсію, та особам з інвалідністю» */
export const AKIMCNAP_NO_PENSION_ASSISTANCE_DOCUMENTS: Act = {
  id: 'akimcnap-no-pension-assistance-documents',
  kind: 'publication',
  title: {
    uk: 'Опис послуги ЦНАП Якимівської селищної ради «Державна соціальна допомога особам, які не мають права на пенсію, та особам з інвалідністю»',
    en: 'Yakymivka council CNAP page: assistance to persons without pension rights and persons with disabilities',
  },
  url: 'https://akimcnap.com.ua/derzhavna-sotsialna-dopomoga-osobam-yaki-ne-mayut-prava-na-pensiyu-ta-osobam-z-invalidnistyu/',
};

/** Офіційний вебпортал громади (azr.gov.ua): «Нові правила виплат сім’ям з дітьми у 2026 році: що змінилося» */
export const AZR_KMU_1805_CHANNELS_2026: Act = {
  id: 'azr-kmu-1805-channels-2026',
  kind: 'publication',
  title: {
    uk: 'Офіційний вебпортал громади (azr.gov.ua): «Нові правила виплат сім’ям з дітьми у 2026 році: що змінилося»',
    en: 'Hromada portal (azr.gov.ua): new rules of payments to families with children in 2026',
  },
  url: 'https://azr.gov.ua/novi-pravyla-vyplat-sim-iam-z-ditmy-u-2026-rotsi-shcho-zminylosia',
};

/** Департамент соціальної політики Івано-Франківської міської ради: «Порядок оформлення грошової компенсації “пакунок малюка”» (01.03.2024) */
export const BABY_BOX_COMPENSATION_IF_2024: Act = {
  id: 'baby-box-compensation-if-2024',
  kind: 'publication',
  title: {
    uk: 'Департамент соціальної політики Івано-Франківської міської ради: «Порядок оформлення грошової компенсації “пакунок малюка”» (01.03.2024)',
    en: 'Ivano-Frankivsk city social policy department on the baby-box compensation (2024)',
  },
  url: 'http://depsoc.if.ua/news/poriadok-oformlennia-hroshovoi-kompensatsii-pakunok-maliuka/',
};

/** Довідник Київського міського контактного центру 1551: компенсація «пакунка малюка» */
export const BABY_BOX_COMPENSATION_KYIV_1551: Act = {
  id: 'baby-box-compensation-kyiv-1551',
  kind: 'publication',
  title: {
    uk: 'Довідник Київського міського контактного центру 1551: компенсація «пакунка малюка»',
    en: 'Kyiv 1551 contact centre wiki: baby-box compensation',
  },
  url: 'https://wiki.1551.gov.ua/pages/viewpage.action?pageId=41484294',
};

/** Роз’яснення ГУ ПФУ у Волинській області щодо компенсації «пакунка малюка» (у переказі «Главкому», 16.08.2025) */
export const BABY_BOX_COMPENSATION_PFU_VOLYN_2025: Act = {
  id: 'baby-box-compensation-pfu-volyn-2025',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення ГУ ПФУ у Волинській області щодо компенсації «пакунка малюка» (у переказі «Главкому», 16.08.2025)',
    en: 'Pension Fund Volyn office on the baby-box compensation, as reported by Glavcom (16.08.2025)',
  },
  url: 'https://glavcom.ua/economics/personal-money/jak-otrimati-hroshovu-dopomohu-za-pakunok-maljuka-pokrokova-instruktsija-1073599.html',
};

/** Картка «Призначення грошової компенсації вартості одноразової натуральної допомоги «пакунок малюка»» (Регіональний центр послуг, Харків) */
export const BABY_BOX_COMPENSATION_RCP_KH_CARD: Act = {
  id: 'baby-box-compensation-rcp-kh-card',
  kind: 'publication',
  title: {
    uk: 'Картка «Призначення грошової компенсації вартості одноразової натуральної допомоги «пакунок малюка»» (Регіональний центр послуг, Харків)',
    en: 'Kharkiv regional service centre card: baby-box compensation',
  },
  url: 'https://rcp.kh.ua/category/dopomoga/7953',
};

/** ЦНАП Білгород-Дністровської міської ради: зняття із задекларованого/зареєстрованого місця проживання */
export const BILHOROD_CNAP_DEREGISTRATION_265: Act = {
  id: 'bilhorod-cnap-deregistration-265',
  kind: 'publication',
  title: {
    uk: 'ЦНАП Білгород-Дністровської міської ради: зняття із задекларованого/зареєстрованого місця проживання',
    en: 'Bilhorod-Dnistrovskyi CNAP card: deregistration of the declared/registered place of residence',
  },
  url: 'https://bilgorod-d.cnapua.gov.ua/poslugi/285',
};

/** Біляївська міська рада: «Перелік необхідних документів для зняття з реєстрації місця проживання/перебування особи» */
export const BILIAIVKA_DEREGISTRATION_DOCUMENTS_207: Act = {
  id: 'biliaivka-deregistration-documents-207',
  kind: 'publication',
  title: {
    uk: 'Біляївська міська рада: «Перелік необхідних документів для зняття з реєстрації місця проживання/перебування особи»',
    en: 'Biliaivka city council: documents for deregistering the place of residence/stay',
  },
  url: 'http://bilyaivka.odessa.gov.ua/zvernennya-gromadyan-2/dovidkova-informatsiya/perelik-neobhidnyh-dokumentiv-dlya-znyattya-z-reyestratsiyi-mistsya-prozhyvannya-perebuvannya-osoby/',
};

/** Роз’яснення щодо допомоги при народженні дитини у 2026 році (у переказі uc.kr.ua та інших) */
export const BIRTH_ASSISTANCE_2026_NEWS: Act = {
  id: 'birth-assistance-2026-news',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення щодо допомоги при народженні дитини у 2026 році (у переказі uc.kr.ua та інших)',
    en: 'Explanations of birth assistance in 2026, as reported by uc.kr.ua and others',
  },
  url: 'https://uc.kr.ua/2026/01/29/shho-varto-znaty-pro-finansovu-pidtrymku-simej-z-ditmy-u-2026-rotsi/',
};

/** Довідник безоплатної правничої допомоги (wiki.legalaid.gov.ua) */
export const BIRTH_ASSISTANCE_ACCOUNT_LEGALAID: Act = {
  id: 'birth-assistance-account-legalaid',
  kind: 'publication',
  title: {
    uk: 'Довідник безоплатної правничої допомоги (wiki.legalaid.gov.ua)',
    en: 'Legal aid wiki',
  },
  url: 'https://wiki.legalaid.gov.ua',
};

/** Інформаційні картки «Призначення державної допомоги при народженні дитини» (dsp.city.cv.ua; rcp.kh.ua) */
export const BIRTH_ASSISTANCE_CARDS: Act = {
  id: 'birth-assistance-cards',
  kind: 'publication',
  title: {
    uk: 'Інформаційні картки «Призначення державної допомоги при народженні дитини» (dsp.city.cv.ua; rcp.kh.ua)',
    en: 'Information cards of birth assistance (dsp.city.cv.ua; rcp.kh.ua)',
  },
  url: 'https://rcp.kh.ua/category/dopomoga/517',
};

/** Відповідь Полтавського обласного контакт-центру про допомогу при народженні дитини (okc.pl.ua), як її цитують нотатки домену */
export const BIRTH_CONFIRMED_FROM_DRATS: Act = {
  id: 'birth-confirmed-from-drats',
  kind: 'publication',
  title: {
    uk: 'Відповідь Полтавського обласного контакт-центру про допомогу при народженні дитини (okc.pl.ua), як її цитують нотатки домену',
    en: 'Poltava oblast contact centre on birth assistance (okc.pl.ua), as quoted in the domain notes',
  },
};

/** Повідомлення Мінсоцполітики про зміни до порядку надання допомоги сім’ям з дітьми (у переказі sud.ua) */
export const CABINET_CNAP_FAMILY_ASSISTANCE_2026: Act = {
  id: 'cabinet-cnap-family-assistance-2026',
  kind: 'publication',
  title: {
    uk: 'Повідомлення Мінсоцполітики про зміни до порядку надання допомоги сім’ям з дітьми (у переказі sud.ua)',
    en: 'Ministry of Social Policy notice on changes to family assistance procedures, as reported by sud.ua',
  },
  url: 'https://sud.ua/uk/news/ukraine/352715-vyplata-eyasel-srazu-za-polgoda-i-bolshe-razreshennykh-raskhodov-kabmin-usovershenstvoval-pomosch-semyam-s-detmi',
};

/** Переліки документів в інформаційних картках ЦНАП і ПФУ */
export const CARD_DOCUMENT_NAMES: Act = {
  id: 'card-document-names',
  kind: 'publication',
  title: {
    uk: 'Переліки документів в інформаційних картках ЦНАП і ПФУ',
    en: 'Document lists of CNAP and Pension Fund information cards',
  },
};

/** Департамент соціальної політики Чернівецької міської ради: «Призначення грошової компенсації вартості одноразової натуральної допомоги “Пакунок малюка”» */
export const CHERNIVTSI_BABY_BOX_PFU_2025: Act = {
  id: 'chernivtsi-baby-box-pfu-2025',
  kind: 'publication',
  title: {
    uk: 'Департамент соціальної політики Чернівецької міської ради: «Призначення грошової компенсації вартості одноразової натуральної допомоги “Пакунок малюка”»',
    en: 'Chernivtsi city social policy department: baby-box compensation',
  },
  url: 'http://dsp.city.cv.ua/posluhy/simiam-z-ditmy/kompensatsiia-vartosti-dopomohy-pakunok-maliuka',
};

/** Опис послуги ЦНАП Олександрійської міської ради «Надання надбавки на догляд за особами з інвалідністю з дитинства та дітьми - інвалідами» */
export const CNAP_OLEXRADA_CARE_ALLOWANCE: Act = {
  id: 'cnap-olexrada-care-allowance',
  kind: 'publication',
  title: {
    uk: 'Опис послуги ЦНАП Олександрійської міської ради «Надання надбавки на догляд за особами з інвалідністю з дитинства та дітьми - інвалідами»',
    en: 'Oleksandriia CNAP service page: care allowance for persons disabled since childhood and children with disabilities',
  },
  url: 'https://cnap.olexrada.gov.ua/poslugi/posluga/225',
};

/** Перелік адміністративних послуг, які надаються через ЦНАП П’ядицької сільської ради */
export const CNAP_PYADYCKA_LIST_2021: Act = {
  id: 'cnap-pyadycka-list-2021',
  kind: 'publication',
  title: {
    uk: 'Перелік адміністративних послуг, які надаються через ЦНАП П’ядицької сільської ради',
    en: 'List of administrative services through the CNAP of the Pyadychi village council',
  },
  url: 'https://pyadycka-gromada.gov.ua/perelik-poslug-viddilu-cnap-13-40-34-13-07-2021/',
};

/** ЦНАП м. Дніпра: «Реєстрація місця проживання фізичних осіб» (перелік за Порядком декларування та реєстрації місця проживання, КМУ № 265) */
export const DNIPRO_CNAP_RESIDENCE_REGISTRATION_265: Act = {
  id: 'dnipro-cnap-residence-registration-265',
  kind: 'publication',
  title: {
    uk: 'ЦНАП м. Дніпра: «Реєстрація місця проживання фізичних осіб» (перелік за Порядком декларування та реєстрації місця проживання, КМУ № 265)',
    en: 'Dnipro CNAP page: registration of the place of residence (the list of the procedure approved by Cabinet resolution 265)',
  },
  url: 'https://cnap.dniprorada.gov.ua/%D1%80%D0%B5%D1%94%D1%81%D1%82%D1%80%D0%B0%D1%86%D1%96%D1%8F-%D0%BC%D1%96%D1%81%D1%86%D1%8F-%D0%BF%D1%80%D0%BE%D0%B6%D0%B8%D0%B2%D0%B0%D0%BD%D0%BD%D1%8F-%D1%84%D1%96%D0%B7%D0%B8%D1%87%D0%BD%D0%B8/',
};

/** Дніпропетровська обласна рада: «Держава посилює підтримку матерів і сімей з дітьми» */
export const DP_OBLRADA_FAMILY_PAYMENTS_2026: Act = {
  id: 'dp-oblrada-family-payments-2026',
  kind: 'publication',
  title: {
    uk: 'Дніпропетровська обласна рада: «Держава посилює підтримку матерів і сімей з дітьми»',
    en: 'Dnipropetrovsk regional council: the state strengthens support for mothers and families with children',
  },
  url: 'https://oblrada.dp.gov.ua/?p=111394',
};

/** ЦНАП м. Дубно: картки реєстрації місця проживання (перебування) за Правилами реєстрації місця проживання */
export const DUBNO_CNAP_RESIDENCE_REPRESENTATIVE_207: Act = {
  id: 'dubno-cnap-residence-representative-207',
  kind: 'publication',
  title: {
    uk: 'ЦНАП м. Дубно: картки реєстрації місця проживання (перебування) за Правилами реєстрації місця проживання',
    en: 'Dubno CNAP cards of registering the place of residence (stay) under the registration rules',
  },
  url: 'https://cnap.dubno-adm.gov.ua/poslugi/poslugi-cnap/sektor-rejestraciji-miscja-prozhivannja-pasportnikh-poslug/poslugi-u-sferi-rejestraciji-miscja-prozhivannja/rejestracija-miscja-perebuvannja.html',
};

/** Каталоги послуг ЦНАП (допомога на поховання) */
export const FUNERAL_ASSISTANCE_VIA_CNAP_UNCONFIRMED: Act = {
  id: 'funeral-assistance-via-cnap-unconfirmed',
  kind: 'publication',
  title: {
    uk: 'Каталоги послуг ЦНАП (допомога на поховання)',
    en: 'CNAP service catalogues (funeral assistance)',
  },
};

/** Картка послуги ЦНАП м. Кременчук (cnap-kremen.gov.ua, послуга 891) */
export const GUARDIANSHIP_ASSISTANCE_KREMENCHUK_CARD: Act = {
  id: 'guardianship-assistance-kremenchuk-card',
  kind: 'publication',
  title: {
    uk: 'Картка послуги ЦНАП м. Кременчук (cnap-kremen.gov.ua, послуга 891)',
    en: 'Kremenchuk CNAP service card 891',
  },
  url: 'https://cnap-kremen.gov.ua/poslugi/posluga/891',
};

/** Картка «Призначення допомоги на дітей, над якими встановлено опіку чи піклування» (Регіональний центр послуг, Харків) */
export const GUARDIANSHIP_ASSISTANCE_RCP_KH_CARD: Act = {
  id: 'guardianship-assistance-rcp-kh-card',
  kind: 'publication',
  title: {
    uk: 'Картка «Призначення допомоги на дітей, над якими встановлено опіку чи піклування» (Регіональний центр послуг, Харків)',
    en: 'Kharkiv regional service centre card: assistance for children under guardianship',
  },
  url: 'https://rcp.kh.ua/category/dopomoga/509',
};

/** Опис послуги ЦНАП Глобинської громади «Видача довідки про взяття на облік внутрішньо переміщеної особи» (03-90) */
export const HLOBYNE_CNAP_CARD_IDP_CERTIFICATE: Act = {
  id: 'hlobyne-cnap-card-idp-certificate',
  kind: 'publication',
  title: {
    uk: 'Опис послуги ЦНАП Глобинської громади «Видача довідки про взяття на облік внутрішньо переміщеної особи» (03-90)',
    en: 'Hlobyne CNAP service description: issuing the IDP registration certificate (03-90)',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/320',
};

/** Опис послуги ЦНАП Глобинської громади «Надання допомоги на проживання внутрішньо переміщеним особам» (03-91) */
export const HLOBYNE_CNAP_CARD_IDP_LIVING_ALLOWANCE: Act = {
  id: 'hlobyne-cnap-card-idp-living-allowance',
  kind: 'publication',
  title: {
    uk: 'Опис послуги ЦНАП Глобинської громади «Надання допомоги на проживання внутрішньо переміщеним особам» (03-91)',
    en: 'Hlobyne CNAP service description: IDP living allowance (03-91)',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/321',
};

/** Опис послуги ЦНАП Глобинської громади «Надання надбавки на догляд за інвалідами з дитинства та дітьми з інвалідністю» (03-38) */
export const HLOBYNE_CNAP_CARE_ALLOWANCE_DOCUMENTS: Act = {
  id: 'hlobyne-cnap-care-allowance-documents',
  kind: 'publication',
  title: {
    uk: 'Опис послуги ЦНАП Глобинської громади «Надання надбавки на догляд за інвалідами з дитинства та дітьми з інвалідністю» (03-38)',
    en: 'Hlobyne CNAP service page: care allowance for persons disabled since childhood and children with disabilities (03-38)',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/167',
};

/** Інформаційні картки житлової субсидії (onokivska-gromada.gov.ua; shostka-rada.gov.ua) */
export const HOUSING_SUBSIDY_CARDS_DOCUMENTS: Act = {
  id: 'housing-subsidy-cards-documents',
  kind: 'publication',
  title: {
    uk: 'Інформаційні картки житлової субсидії (onokivska-gromada.gov.ua; shostka-rada.gov.ua)',
    en: 'Housing subsidy information cards (onokivska-gromada.gov.ua; shostka-rada.gov.ua)',
  },
};

/** Роз’яснення щодо відмови від довідки ВПО (news.finance.ua, 26.12.2025; ЦНАП м. Харкова) */
export const IDP_CERTIFICATE_CANCELLATION_HOW_2025: Act = {
  id: 'idp-certificate-cancellation-how-2025',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення щодо відмови від довідки ВПО (news.finance.ua, 26.12.2025; ЦНАП м. Харкова)',
    en: 'Explanations on renouncing the IDP certificate (news.finance.ua 26.12.2025; Kharkiv CNAP)',
  },
  url: 'https://news.finance.ua/ua/yak-samostiyno-skasuvaty-dovidku-vpo',
};

/** Назва послуги на порталі державних послуг, як її цитують «Факти ICTV» (17.02.2026) */
export const IDP_CERTIFICATE_CANCELLATION_NAME_FAKTY_2026: Act = {
  id: 'idp-certificate-cancellation-name-fakty-2026',
  kind: 'publication',
  title: {
    uk: 'Назва послуги на порталі державних послуг, як її цитують «Факти ICTV» (17.02.2026)',
    en: 'Service name on the state services portal as quoted by Fakty ICTV (17.02.2026)',
  },
  url: 'https://fakty.com.ua/ua/ukraine/suspilstvo/20260217-yak-znyatysya-z-obliku-vpo-instrukcziya/',
};

/** Роз’яснення Мінсоцполітики про допомогу на проживання ВПО з 01.07.2025 (за NV, 25.07.2025) */
export const IDP_LIVING_ALLOWANCE_PFU_2025: Act = {
  id: 'idp-living-allowance-pfu-2025',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення Мінсоцполітики про допомогу на проживання ВПО з 01.07.2025 (за NV, 25.07.2025)',
    en: 'Ministry of Social Policy explanation on the IDP living allowance from 01.07.2025 (as reported by NV)',
  },
  url: 'https://nv.ua/ukraine/events/vyplaty-vpl-2025-kak-po-novomu-poluchat-pomoshch-kuda-teper-obrashchatsya-50532409.html',
};

/** Інформаційні картки житлової субсидії (onokivska-gromada.gov.ua, shostka-rada.gov.ua) */
export const INCOME_FROM_REGISTERS: Act = {
  id: 'income-from-registers',
  kind: 'publication',
  title: {
    uk: 'Інформаційні картки житлової субсидії (onokivska-gromada.gov.ua, shostka-rada.gov.ua)',
    en: 'Housing subsidy information cards (onokivska-gromada.gov.ua, shostka-rada.gov.ua)',
  },
};

/** Новина Ізмаїльської міської ради про допомогу на дітей з багатодітних сімей */
export const IZMAIL_LARGE_FAMILY_IN_PERSON: Act = {
  id: 'izmail-large-family-in-person',
  kind: 'publication',
  title: {
    uk: 'Новина Ізмаїльської міської ради про допомогу на дітей з багатодітних сімей',
    en: 'Izmail city council news on assistance to children of large families',
  },
  url: 'https://imr.gov.ua/category/news-up/page/23',
};

/** Роз’яснення Кам’янецької громади щодо зняття з реєстрації місця проживання */
export const KAMYANECKA_DEREGISTRATION_2023: Act = {
  id: 'kamyanecka-deregistration-2023',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення Кам’янецької громади щодо зняття з реєстрації місця проживання',
    en: 'Kamianka hromada notice on deregistering the place of residence',
  },
  url: 'https://kamyanecka-gromada.gov.ua/news/1689063730/',
};

/** Опис послуги Департаменту соціального захисту Хмельницької міської ради: державна соціальна допомога особам, які не мають права на пенсію, та особам з інвалідністю */
export const KHM_SOCZAHIST_NO_PENSION_ASSISTANCE: Act = {
  id: 'khm-soczahist-no-pension-assistance',
  kind: 'publication',
  title: {
    uk: 'Опис послуги Департаменту соціального захисту Хмельницької міської ради: державна соціальна допомога особам, які не мають права на пенсію, та особам з інвалідністю',
    en: 'Khmelnytskyi social protection department page: assistance to persons without pension rights and persons with disabilities',
  },
  url: 'https://soczahist.khm.gov.ua/?page_id=343',
};

/** Роз’яснення Козівської селищної ради «Допомога на поховання» */
export const KOZOVA_FUNERAL_ASSISTANCE_2025: Act = {
  id: 'kozova-funeral-assistance-2025',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення Козівської селищної ради «Допомога на поховання»',
    en: 'Kozova council notice on funeral assistance',
  },
  url: 'https://kozova-rada.gov.ua/news/1753434468/',
};

/** Сторінка Лиманської міської ради «Опіка»: статті Закону 2811-XII та пункти Порядку 1751 */
export const KRLIMAN_2811_ARTICLES: Act = {
  id: 'krliman-2811-articles',
  kind: 'publication',
  title: {
    uk: 'Сторінка Лиманської міської ради «Опіка»: статті Закону 2811-XII та пункти Порядку 1751',
    en: 'Lyman city council page listing the articles of Law 2811-XII and points of resolution 1751',
  },
  url: 'http://old.krliman.gov.ua/category/sfery/sots-alna-sfera/sots-alne-zabezpechennya/op-ka',
};

/** Перелік послуг Департаменту соціальної політики, ЦНАП м. Кропивницького (оновлено 07.08.2023) */
export const KROPYVNYTSKYI_CNAP_SOCIAL_SERVICES_2023: Act = {
  id: 'kropyvnytskyi-cnap-social-services-2023',
  kind: 'publication',
  title: {
    uk: 'Перелік послуг Департаменту соціальної політики, ЦНАП м. Кропивницького (оновлено 07.08.2023)',
    en: 'Kropyvnytskyi CNAP list of social policy department services (updated 07.08.2023)',
  },
  url: 'https://dozvil.kr-rada.gov.ua/declamation/departament-sotsialnoyi-politiki-miskoyi-radi/',
};

/** Перелік послуг Криворізької громади: допомога малозабезпеченим сім’ям (за Порядком, затвердженим постановою КМУ № 250) */
export const KRYVORIZKA_LOW_INCOME_ASSISTANCE_DOCUMENTS: Act = {
  id: 'kryvorizka-low-income-assistance-documents',
  kind: 'publication',
  title: {
    uk: 'Перелік послуг Криворізької громади: допомога малозабезпеченим сім’ям (за Порядком, затвердженим постановою КМУ № 250)',
    en: 'Kryvyi Rih hromada list of services: low-income family assistance (per the procedure of Cabinet resolution 250)',
  },
  url: 'https://kryvorizka-gromada.gov.ua/perelik-poslug-10-02-46-29-06-2021/',
};

/** Роз’яснення Київської міської влади: документи для призначення допомоги особам з інвалідністю з дитинства */
export const KYIVCITY_DISABILITY_ASSISTANCE_FORM: Act = {
  id: 'kyivcity-disability-assistance-form',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення Київської міської влади: документи для призначення допомоги особам з інвалідністю з дитинства',
    en: 'Kyiv city notice: documents for assistance to persons disabled since childhood',
  },
  url: 'https://golos.kyivcity.gov.ua/news/13102',
};

/** Перелік документів, необхідних для призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю (golos.kyivcity.gov.ua) */
export const KYIVCITY_DISABILITY_FROM_CHILDHOOD_DOCUMENTS: Act = {
  id: 'kyivcity-disability-from-childhood-documents',
  kind: 'publication',
  title: {
    uk: 'Перелік документів, необхідних для призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю (golos.kyivcity.gov.ua)',
    en: 'Kyiv city list of documents for assistance to persons disabled since childhood and children with disabilities',
  },
  url: 'https://golos.kyivcity.gov.ua/news/13102.html',
};

/** Перелік документів для призначення державної соціальної допомоги малозабезпеченим сім’ям (golos.kyivcity.gov.ua) */
export const KYIVCITY_LOW_INCOME_ASSISTANCE_DOCUMENTS: Act = {
  id: 'kyivcity-low-income-assistance-documents',
  kind: 'publication',
  title: {
    uk: 'Перелік документів для призначення державної соціальної допомоги малозабезпеченим сім’ям (golos.kyivcity.gov.ua)',
    en: 'Kyiv city list of documents for low-income family assistance',
  },
  url: 'https://golos.kyivcity.gov.ua/news/13105.html',
};

/** Печерська РДА м. Києва: перелік документів для посвідчень батьків багатодітної сім’ї */
export const LARGE_FAMILY_CERTIFICATE_PHOTOS_PECHERSK: Act = {
  id: 'large-family-certificate-photos-pechersk',
  kind: 'publication',
  title: {
    uk: 'Печерська РДА м. Києва: перелік документів для посвідчень батьків багатодітної сім’ї',
    en: 'Pechersk district administration (Kyiv): documents for large-family certificates',
  },
  url: 'https://pechersk.kyivcity.gov.ua/content/konsultacii.html',
};

/** ЦНАП Ужгорода: «Установлення статусу, видача посвідчень батькам багатодітної сім’ї та дитини з багатодітної сім’ї» */
export const LARGE_FAMILY_CERTIFICATE_UZHHOROD_CARD: Act = {
  id: 'large-family-certificate-uzhhorod-card',
  kind: 'publication',
  title: {
    uk: 'ЦНАП Ужгорода: «Установлення статусу, видача посвідчень батькам багатодітної сім’ї та дитини з багатодітної сім’ї»',
    en: 'Uzhhorod CNAP card: large-family status and certificates',
  },
  url: 'https://rada-uzhgorod.gov.ua/posluhy-tsnap/ustanovlennya-statusu-vidacha-posvidchen-batkam-bagatoditnoi-simi-ta-ditini-z-bagatoditnoi-simi',
};

/** ЦНАП м. Полтави: «Видача посвідчень батьків багатодітної сім’ї та посвідчень дитини з багатодітної сім’ї у разі втрати або пошкодження» */
export const LARGE_FAMILY_DUPLICATE_POLTAVA_CNAP: Act = {
  id: 'large-family-duplicate-poltava-cnap',
  kind: 'publication',
  title: {
    uk: 'ЦНАП м. Полтави: «Видача посвідчень батьків багатодітної сім’ї та посвідчень дитини з багатодітної сім’ї у разі втрати або пошкодження»',
    en: 'Poltava CNAP card: large-family certificates after a loss or damage',
  },
  url: 'http://cnap-pl.gov.ua/index.php/perelik/2-uncategorised/336-vidacha-posvidchen-batkiv-bagatoditnoji-sim-ji-ta-posvidchen-ditini-z-bagatoditnoji-sim-ji-u-razi-vtrati-abo-poshkodzhennya',
};

/** Роз’яснення «Субсидія на оплату житла для ВПО – куди і які подавати документи» (legalist.com.ua) */
export const LEGALIST_RENT_SUBSIDY_IDENTITY: Act = {
  id: 'legalist-rent-subsidy-identity',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення «Субсидія на оплату житла для ВПО – куди і які подавати документи» (legalist.com.ua)',
    en: 'Explanation of the IDP rent subsidy documents (legalist.com.ua)',
  },
  url: 'https://legalist.com.ua/blog/sybsydiya-na-jutlo-dlya-vpo',
};

/** Повідомлення ПФУ про державну соціальну допомогу малозабезпеченим сім’ям (за РБК-Україна, 21.08.2025) */
export const LOW_INCOME_ASSISTANCE_PFU_2025: Act = {
  id: 'low-income-assistance-pfu-2025',
  kind: 'publication',
  title: {
    uk: 'Повідомлення ПФУ про державну соціальну допомогу малозабезпеченим сім’ям (за РБК-Україна, 21.08.2025)',
    en: 'Pension Fund information on low-income family assistance (as reported by RBC-Ukraine, 21.08.2025)',
  },
  url: 'https://www.rbc.ua/rus/news/dopomoga-malozabezpechenim-sim-yam-2025-rotsi-1755766270.html',
};

/** Департамент соціальної політики Чернівецької міської ради: «Призначення допомоги у зв’язку з вагітністю та пологами незастрахованим особам» */
export const MATERNITY_UNINSURED_CHERNIVTSI_CARD: Act = {
  id: 'maternity-uninsured-chernivtsi-card',
  kind: 'publication',
  title: {
    uk: 'Департамент соціальної політики Чернівецької міської ради: «Призначення допомоги у зв’язку з вагітністю та пологами незастрахованим особам»',
    en: 'Chernivtsi city social policy department card: maternity assistance for uninsured persons',
  },
  url: 'https://dsp.city.cv.ua/sotsialni-posluhy/simiam-z-ditmy/dopomoha-po-vahitnosti',
};

/** Інформаційні картки допомоги у зв’язку з вагітністю та пологами незастрахованим (dssp.od.gov.ua; uszn-mlt.com) */
export const MATERNITY_UNINSURED_PFU_ENTREPRENEUR_CERTIFICATE: Act = {
  id: 'maternity-uninsured-pfu-entrepreneur-certificate',
  kind: 'publication',
  title: {
    uk: 'Інформаційні картки допомоги у зв’язку з вагітністю та пологами незастрахованим (dssp.od.gov.ua; uszn-mlt.com)',
    en: 'Cards of uninsured maternity assistance (dssp.od.gov.ua; uszn-mlt.com)',
  },
  url: 'https://www.uszn-mlt.com/dopomoga-po-vagitnosti-ta-pologam',
};

/** Перелік документів для державних допомог (соцзахист Шепетівської міської ради) */
export const MATERNITY_UNINSURED_SHEPETIVKA_LIST: Act = {
  id: 'maternity-uninsured-shepetivka-list',
  kind: 'publication',
  title: {
    uk: 'Перелік документів для державних допомог (соцзахист Шепетівської міської ради)',
    en: 'Shepetivka city social protection list of documents for state assistance',
  },
  url: 'https://soczach.shepetivka-rada.gov.ua/info/',
};

/** Роз’яснення адміністрації Центрального району Миколаївської міської ради «Допомога на поховання: як призначається та виплачується» */
export const MKRADA_FUNERAL_ASSISTANCE_2021: Act = {
  id: 'mkrada-funeral-assistance-2021',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення адміністрації Центрального району Миколаївської міської ради «Допомога на поховання: як призначається та виплачується»',
    en: 'Mykolaiv Central district administration notice on funeral assistance',
  },
  url: 'https://admincen.mkrada.gov.ua/link/index/3534-%20index.php',
};

/** Повідомлення МОН «В Україні запрацювала державна програма підтримки батьків “єЯсла”» у передруку на сайті громади (gromada.en.gov.ua) */
export const MON_YEYASLA_START_2026: Act = {
  id: 'mon-yeyasla-start-2026',
  kind: 'publication',
  title: {
    uk: 'Повідомлення МОН «В Україні запрацювала державна програма підтримки батьків “єЯсла”» у передруку на сайті громади (gromada.en.gov.ua)',
    en: 'Ministry of Education notice on the «yeYasla» programme, reposted on a hromada site (gromada.en.gov.ua)',
  },
  url: 'https://gromada.en.gov.ua/news/288330-v-ukrayini-zapraciuvala-derzavna-programa-pidtrimki-batkiv-jeiasla',
};

/** Роз’яснення Немовицької громади «Допомога на поховання» */
export const NEMOVYCKA_FUNERAL_ASSISTANCE: Act = {
  id: 'nemovycka-funeral-assistance',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення Немовицької громади «Допомога на поховання»',
    en: 'Nemovychi hromada notice on funeral assistance',
  },
  url: 'https://nemovycka-gromada.gov.ua/news/1574934256/',
};

/** ЦНАП Нижньосірогозької громади: «Що важливо знати про програму “Ясла”» (за інформацією Нацсоцслужби) */
export const NS_GROMADA_CNAP_YEYASLA_2026: Act = {
  id: 'ns-gromada-cnap-yeyasla-2026',
  kind: 'publication',
  title: {
    uk: 'ЦНАП Нижньосірогозької громади: «Що важливо знати про програму “Ясла”» (за інформацією Нацсоцслужби)',
    en: 'Nyzhni Sirohozy CNAP notice on the «yeYasla» programme (from the National Social Service)',
  },
  url: 'https://cnap.ns-gromada.gov.ua/news/285464-shho-vazlivo-znati-pro-programu-iasla',
};

/** Повідомлення ГУ ПФУ в Донецькій області про допомогу при усиновленні (у переказі УНН) */
export const PFU_NEWS_ADOPTION_2025: Act = {
  id: 'pfu-news-adoption-2025',
  kind: 'publication',
  title: {
    uk: 'Повідомлення ГУ ПФУ в Донецькій області про допомогу при усиновленні (у переказі УНН)',
    en: 'Pension Fund Donetsk office notice on adoption assistance, as reported by UNN',
  },
  url: 'https://unn.ua/news/ukraintsi-otrymuiut-sotsialnu-dopomohu-pry-usynovlenni-ditei-alhorytm-vyplat',
};

/** Роз’яснення пресслужби ПФУ щодо допомоги на дітей під опікою (у переказі Новини.LIVE) */
export const PFU_NEWS_GUARDIANSHIP_2025: Act = {
  id: 'pfu-news-guardianship-2025',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення пресслужби ПФУ щодо допомоги на дітей під опікою (у переказі Новини.LIVE)',
    en: 'Pension Fund press explanation on guardianship assistance, as reported by Novyny.LIVE',
  },
  url: 'https://finance.novyny.live/derzhdopomoga-opikunam-skilki-u-zhovtni-platiat-na-ditei-285383.html',
};

/** Роз’яснення ПФУ щодо допомоги у зв’язку з вагітністю та пологами (у переказі sud.ua, Главком) */
export const PFU_NEWS_MATERNITY_2025: Act = {
  id: 'pfu-news-maternity-2025',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення ПФУ щодо допомоги у зв’язку з вагітністю та пологами (у переказі sud.ua, Главком)',
    en: 'Pension Fund explanation on maternity assistance, as reported by sud.ua and Glavcom',
  },
  url: 'https://sud.ua/uk/news/ukraine/339548-predostavlyaetsya-li-gosudarstvennaya-pomosch-pri-beremennosti-esli-zhenschina-stoit-na-uchete-v-tsentre-zanyatosti-razyasnenie',
};

/** Роз’яснення Пенсійного фонду щодо допомоги одиноким матерям (у переказі sud.ua) */
export const PFU_NEWS_SINGLE_MOTHER_2025: Act = {
  id: 'pfu-news-single-mother-2025',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення Пенсійного фонду щодо допомоги одиноким матерям (у переказі sud.ua)',
    en: 'Pension Fund explanation on single-mother assistance, as reported by sud.ua',
  },
  url: 'https://sud.ua/ru/news/ukraine/349016-pomosch-odinokim-materyam-i-ottsam-vyplachivaetsya-li-esli-na-detey-uzhe-est-drugie-vyplaty',
};

/** Повідомлення ЗМІ з посиланням на Пенсійний фонд про адміністрування допомоги особам, які не мають права на пенсію */
export const PFU_NO_PENSION_ASSISTANCE_NEWS_2025: Act = {
  id: 'pfu-no-pension-assistance-news-2025',
  kind: 'publication',
  inForce: '2025-07-01',
  title: {
    uk: 'Повідомлення ЗМІ з посиланням на Пенсійний фонд про адміністрування допомоги особам, які не мають права на пенсію',
    en: 'News reports quoting the Pension Fund on administering assistance to persons without pension rights',
  },
};

/** Роз’яснення ГУ ПФУ у Волинській області щодо допомоги для догляду за дитиною до року (у переказі news.finance.ua) */
export const PFU_VOLYN_INFANT_CARE_NEWS_2026: Act = {
  id: 'pfu-volyn-infant-care-news-2026',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення ГУ ПФУ у Волинській області щодо допомоги для догляду за дитиною до року (у переказі news.finance.ua)',
    en: 'Pension Fund Volyn office on the under-one child-care assistance, as reported by news.finance.ua',
  },
  url: 'https://news.finance.ua/ua/nova-dopomoha-na-dytynu-hto-mozhe-otrymaty-umovy',
};

/** ЦНАП м. Полтави: «Зняття з реєстрації місця проживання» */
export const POLTAVA_CNAP_DEREGISTRATION_REPRESENTATIVE_207: Act = {
  id: 'poltava-cnap-deregistration-representative-207',
  kind: 'publication',
  title: {
    uk: 'ЦНАП м. Полтави: «Зняття з реєстрації місця проживання»',
    en: 'Poltava CNAP card: deregistration of the place of residence',
  },
  url: 'https://cnap-pl.gov.ua/index.php/22-administratyvni-posluhy/100-znyattya-z-reestratsiji-mistsya-prozhivannya',
};

/** Картка послуги «Призначення пільги на придбання твердого та рідкого пічного побутового палива і скрапленого газу» (Регіональний центр послуг, rcp.kh.ua) */
export const RCP_KH_FUEL_PRIVILEGE_CARD: Act = {
  id: 'rcp-kh-fuel-privilege-card',
  kind: 'publication',
  title: {
    uk: 'Картка послуги «Призначення пільги на придбання твердого та рідкого пічного побутового палива і скрапленого газу» (Регіональний центр послуг, rcp.kh.ua)',
    en: 'Service card: privilege for buying solid and liquid stove fuel and liquefied gas (Kharkiv Regional service centre)',
  },
  url: 'https://rcp.kh.ua/category/pensiyniy/9750',
};

/** Загальновідомі назви державних реєстрів */
export const REGISTER_NAMES: Act = {
  id: 'register-names',
  kind: 'publication',
  title: {
    uk: 'Загальновідомі назви державних реєстрів',
    en: 'Commonly used names of state registers',
  },
};

/** Повідомлення про строк ухвалення рішення про субсидію на оренду (napensii.ua за «Урядом online») */
export const RENT_SUBSIDY_TERM_NAPENSII: Act = {
  id: 'rent-subsidy-term-napensii',
  kind: 'publication',
  title: {
    uk: 'Повідомлення про строк ухвалення рішення про субсидію на оренду (napensii.ua за «Урядом online»)',
    en: 'Report on the rent subsidy decision term (napensii.ua quoting the government portal)',
  },
  url: 'https://napensii.ua/uk/news/352373-z-29-sichnya-startuye-nova-programa-dopomogy-dlya-pereselencziv-yak-yiyi-otrymaty/amp',
};

/** Картки ЦНАП Білгорода-Дністровського (01-68) і Хмільника: документи, що підтверджують право на проживання в житлі */
export const RESIDENCE_REGISTRATION_HOUSING_RIGHT_265: Act = {
  id: 'residence-registration-housing-right-265',
  kind: 'publication',
  title: {
    uk: 'Картки ЦНАП Білгорода-Дністровського (01-68) і Хмільника: документи, що підтверджують право на проживання в житлі',
    en: 'Bilhorod-Dnistrovskyi (01-68) and Khmilnyk CNAP cards: documents proving the right to live in the housing',
  },
  url: 'https://cnap-bilgorod.org.ua/poslugi/posluga/287',
};

/** ЦНАП Глобинської громади: «Надання державної допомоги на дітей одиноким матерям» (код 03-50) */
export const SINGLE_MOTHER_ASSISTANCE_GLOBYNO_CARD: Act = {
  id: 'single-mother-assistance-globyno-card',
  kind: 'publication',
  title: {
    uk: 'ЦНАП Глобинської громади: «Надання державної допомоги на дітей одиноким матерям» (код 03-50)',
    en: 'Globyno CNAP card: assistance for children of single mothers',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/210',
};

/** Перелік адміністративних послуг ЦНАП Сновської міської ради */
export const SNOVSK_CNAP_LIST: Act = {
  id: 'snovsk-cnap-list',
  kind: 'publication',
  title: {
    uk: 'Перелік адміністративних послуг ЦНАП Сновської міської ради',
    en: 'Snovsk CNAP list of services',
  },
  url: 'https://snovmr.gov.ua/',
};

/** Роз’яснення Фурсівської громади щодо прийому заяв на соціальну допомогу */
export const SOCIAL_ASSISTANCE_VIA_CNAP_FURSIVSKA: Act = {
  id: 'social-assistance-via-cnap-fursivska',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення Фурсівської громади щодо прийому заяв на соціальну допомогу',
    en: 'Fursivska hromada notice on receiving social assistance applications',
  },
  url: 'https://fursivska-gromada.gov.ua',
};

/** Роз’яснення ПФУ про пільги за фактичним місцем проживання (за sud.ua) */
export const SUD_PRIVILEGE_ACTUAL_RESIDENCE_2025: Act = {
  id: 'sud-privilege-actual-residence-2025',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення ПФУ про пільги за фактичним місцем проживання (за sud.ua)',
    en: 'Pension Fund explanation of privileges at the actual residence (as reported by sud.ua)',
  },
  url: 'https://sud.ua/uk/news/ukraine/341912-ukraintsam-obyasnili-mozhet-li-lgota-na-kommunalku-predostavlyatsya-po-adresu-fakticheskogo-prozhivaniya-lgotnika',
};

/** Роз’яснення Суворовської районної у м. Херсоні ради «Допомога на поховання деяких категорій осіб» */
export const SUVRADA_KHERSON_FUNERAL_ASSISTANCE_2021: Act = {
  id: 'suvrada-kherson-funeral-assistance-2021',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення Суворовської районної у м. Херсоні ради «Допомога на поховання деяких категорій осіб»',
    en: 'Suvorov district council (Kherson) notice on funeral assistance for some categories of persons',
  },
  url: 'http://suvrada.kherson.ua/dlja-gromadjan/korisna-informacija/dokladnishe/?tx_ttnews%5Btt_news%5D=3739&cHash=c37881b460e3be0b94b41ec71ef53245',
};

/** Урядовий кур’єр: «Перші виплати за програмою «єЯсла»» (за повідомленням Секретаріату КМУ) */
export const UKURIER_FIRST_YEYASLA_PAYMENTS_2026: Act = {
  id: 'ukurier-first-yeyasla-payments-2026',
  kind: 'publication',
  title: {
    uk: 'Урядовий кур’єр: «Перші виплати за програмою «єЯсла»» (за повідомленням Секретаріату КМУ)',
    en: 'Government Courier: first payments under the «yeYasla» programme (from the Cabinet Secretariat)',
  },
  url: 'http://ukurier.gov.ua/uk/news/pershi-viplati-za-programoyu-yeyasla/',
};

/** Урядовий кур’єр: «Перші спеціальні рахунки для нових дитячих виплат» (за повідомленням Мінсоцполітики) */
export const UKURIER_SPECIAL_ACCOUNTS_2026: Act = {
  id: 'ukurier-special-accounts-2026',
  kind: 'publication',
  title: {
    uk: 'Урядовий кур’єр: «Перші спеціальні рахунки для нових дитячих виплат» (за повідомленням Мінсоцполітики)',
    en: 'Government Courier: the first special accounts for the new child payments (from the Ministry of Social Policy)',
  },
  url: 'http://ukurier.gov.ua/uk/news/pershi-specialni-rahunki-dlya-novih-dityachih-vipl/',
};

/** Перелік документів для призначення державної соціальної допомоги особам, які не мають права на пенсію, та особам з інвалідністю (upszn-berezan.com.ua) */
export const UPSZN_BEREZAN_NO_PENSION_ASSISTANCE_DOCUMENTS: Act = {
  id: 'upszn-berezan-no-pension-assistance-documents',
  kind: 'publication',
  title: {
    uk: 'Перелік документів для призначення державної соціальної допомоги особам, які не мають права на пенсію, та особам з інвалідністю (upszn-berezan.com.ua)',
    en: 'Berezan social protection office list for assistance to persons without pension rights and persons with disabilities',
  },
  url: 'https://upszn-berezan.com.ua/638-2/',
};

/** Роз’яснення Вчорайшенської громади «Який порядок надання пільг на придбання твердого побутового палива?» (02.01.2026), за Порядком, затвердженим постановою КМУ № 373 */
export const VCHORAYSHENSKA_FUEL_PRIVILEGE_373_2026: Act = {
  id: 'vchorayshenska-fuel-privilege-373-2026',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення Вчорайшенської громади «Який порядок надання пільг на придбання твердого побутового палива?» (02.01.2026), за Порядком, затвердженим постановою КМУ № 373',
    en: 'Vchoraishe hromada notice on the solid fuel privilege (02.01.2026), per the procedure of Cabinet resolution 373',
  },
  url: 'https://vchorayshenska-gromada.gov.ua/news/1768225140/',
};

/** Роз’яснення «Умови призначення пільги з оплати житлово-комунальних послуг за фактичним місцем проживання» (vilh.gov.ua, 28.01.2025) */
export const VILH_PRIVILEGE_ACTUAL_RESIDENCE_2025: Act = {
  id: 'vilh-privilege-actual-residence-2025',
  kind: 'publication',
  title: {
    uk: 'Роз’яснення «Умови призначення пільги з оплати житлово-комунальних послуг за фактичним місцем проживання» (vilh.gov.ua, 28.01.2025)',
    en: 'Notice on the housing and utility privilege at the actual place of residence (vilh.gov.ua, 28.01.2025)',
  },
  url: 'https://vilh.gov.ua/umovi-priznachennya-pilgi-za-umovi-faktichnogo-prozhivannya-13-29-06-28-01-2025/',
};

/** Довідкова база Контактного центру м. Києва 1551: зняття з реєстрації місця проживання */
export const WIKI_1551_DEREGISTRATION_BEFORE_2021: Act = {
  id: 'wiki-1551-deregistration-before-2021',
  kind: 'publication',
  title: {
    uk: 'Довідкова база Контактного центру м. Києва 1551: зняття з реєстрації місця проживання',
    en: 'Kyiv 1551 contact centre knowledge base: deregistration of the place of residence',
  },
  url: 'https://wiki.1551.gov.ua/pages/viewpage.action?pageId=10551560',
};

/** ЦНАП Зеленопідської громади: «Державна соціальна допомога на дітей, які виховуються у багатодітних сім’ях» */
export const ZELENOPIDSKA_LARGE_FAMILY_PFU_2025: Act = {
  id: 'zelenopidska-large-family-pfu-2025',
  kind: 'publication',
  title: {
    uk: 'ЦНАП Зеленопідської громади: «Державна соціальна допомога на дітей, які виховуються у багатодітних сім’ях»',
    en: 'Zelenopidska CNAP notice on assistance to children of large families',
  },
  url: 'https://cnap.zelenopidska-gromada.gov.ua/news/240774-derzavna-socialna-dopomoga-na-ditei-iaki-vixovuiutsia-u-bagatoditnix-simiax',
};

/** Notices of state bodies, methodical materials and publications the SDK cites as evidence where no act was read. */
/** Роз’яснення Пенсійного фонду України (Кіровоградська область): щомісячна грошова допомога особі, яка проживає разом з особою з інвалідністю I чи II групи внаслідок психічного розладу */
export const PFU_KR_MENTAL_DISORDER_CARER_ASSISTANCE: Act = {
  id: 'pfu-kr-mental-disorder-carer-assistance',
  kind: 'notice',
  title: {
    uk:
      'Роз’яснення на сайті Пенсійного фонду України: щомісячна грошова допомога особі, яка проживає разом з ' +
      'особою з інвалідністю I чи II групи внаслідок психічного розладу, на догляд за нею',
    en:
      'Pension Fund explanation: the monthly allowance to a person living with a person with a group I or II ' +
      'disability due to a mental disorder, for their care',
  },
  url:
    'https://www.pfu.gov.ua/kr/434208-shhomisyachna-groshova-dopomoga-osobi-yaka-prozhyvaye-razom-z-osoboyu-z-' +
    'invalidnistyu-i-chy-ii-grupy-vnaslidok-psyhichnogo-rozglyadu-yaka-za-vysnovkamy-likarskoyi-komisiyi-' +
    'zakladu-ohorony-zdorov-ya-p',
  note: 'The /kr/ section of pfu.gov.ua; the page’s date was not seen.',
};

/** Роз’яснення ГУ ПФУ в Закарпатській області щодо допомоги на догляд за особою з інвалідністю I–II групи внаслідок психічного розладу (у переказі sud.ua) */
export const SUD_MENTAL_DISORDER_CARER_ASSISTANCE_2026: Act = {
  id: 'sud-mental-disorder-carer-assistance-2026',
  kind: 'publication',
  adopted: '2026-02-15',
  title: {
    uk:
      'Допомога по догляду за особою з інвалідністю I–II групи внаслідок психічного розладу: роз’яснення ГУ ' +
      'ПФУ в Закарпатській області (sud.ua)',
    en:
      'Allowance for the care of a person with a group I–II disability due to a mental disorder: the Pension ' +
      'Fund’s Zakarpattia office as reported by sud.ua',
  },
  url:
    'https://sud.ua/uk/news/ukraine/353520-pomosch-po-ukhodu-za-litsom-s-invalidnostyu-i-ii-gruppy-vsledstvie-' +
    'psikhicheskogo-rasstroystva-kto-imeet-pravo-i-kak-oformit',
};

/** Сумська міська рада: оформлення щомісячної грошової допомоги особі, яка проживає разом з особою з інвалідністю I чи II групи внаслідок психічного розладу (перелік документів) */
export const SMR_MENTAL_DISORDER_CARER_DOCUMENTS: Act = {
  id: 'smr-mental-disorder-carer-documents',
  kind: 'publication',
  title: {
    uk:
      'Сумська міська рада: оформлення щомісячної грошової допомоги особі, яка проживає разом з особою з ' +
      'інвалідністю I чи II групи внаслідок психічного розладу',
    en:
      'Sumy city council: applying for the monthly allowance to a person living with a person with a group I ' +
      'or II disability due to a mental disorder',
  },
  url:
    'https://smr.gov.ua/en/2016-03-14-08-10-17/informatsijni-materiali/informatsijni-materiali-z-pitan-sotszakhistu/' +
    '312-dlia-liudei-z-osoblyvymy-potrebamy-ta-invalidnistiu/27038-oformlennya-shchomisyachnoji-groshovoji-' +
    'dopomogi-osobi-yaka-prozhivae-razom-z-osoboyu-z-invalidnistyu-i-chi-ii-grupi-vnaslidok-psikhichnogo-rozladu.html',
  note: 'Written before the move to the Pension Fund (it quotes the 2023 subsistence minimum); its date was not seen.',
};

/** Картка «Призначення тимчасової державної допомоги дітям, батьки яких ухиляються від сплати аліментів…» (Регіональний центр послуг, Харків) */
export const TEMPORARY_CHILD_ASSISTANCE_RCP_KH_CARD: Act = {
  id: 'temporary-child-assistance-rcp-kh-card',
  kind: 'publication',
  title: {
    uk:
      'Картка «Призначення тимчасової державної допомоги дітям, батьки яких ухиляються від сплати аліментів, не ' +
      'мають можливості утримувати дитину або місце проживання їх невідомо» (Регіональний центр послуг, Харків)',
    en: 'Kharkiv regional service centre card: temporary state assistance to children whose parents evade alimony',
  },
  url: 'https://rcp.kh.ua/category/dopomoga/488',
};

/** Пояснення порталу «Поради» щодо тимчасової державної допомоги дітям (з переказом Порядку) */
export const PORADY_TEMPORARY_CHILD_ASSISTANCE: Act = {
  id: 'porady-temporary-child-assistance',
  kind: 'publication',
  title: {
    uk: 'Тимчасова державна допомога дітям (аліменти від держави): пояснення порталу porady.org.ua',
    en: 'Temporary state assistance to children: an explainer on porady.org.ua',
  },
  url: 'https://porady.org.ua/index.php/derzhavna-dopomoha',
};

/** Повідомлення РБК-Україна з посиланням на пресслужбу ПФУ про тимчасову державну допомогу дітям (28.08.2025) */
export const RBC_PFU_TEMPORARY_CHILD_ASSISTANCE_2025: Act = {
  id: 'rbc-pfu-temporary-child-assistance-2025',
  kind: 'publication',
  adopted: '2025-08-28',
  title: {
    uk: 'Пенсійний фонд України отримав нові повноваження (РБК-Україна з посиланням на пресслужбу ПФУ)',
    en: 'The Pension Fund received new powers (RBC-Ukraine citing the Fund’s press service)',
  },
  url: 'https://www.rbc.ua/rus/news/pensiyniy-fond-ukrayini-otrimav-novi-povnovazhennya-1756366583.html',
};

/** Департамент соціального захисту населення Волинської ОДА: одноразова компенсація та допомога на оздоровлення постраждалим від вибухонебезпечних предметів */
export const VOLADM_EXPLOSIVE_INJURY_ASSISTANCE: Act = {
  id: 'voladm-explosive-injury-assistance',
  kind: 'notice',
  adopted: '2023-03-02',
  title: {
    uk:
      'Надання одноразової компенсації та допомоги на оздоровлення особам, постраждалим внаслідок дії ' +
      'вибухонебезпечних предметів (Волинська ОДА)',
    en: 'One-off compensation and recovery assistance for persons injured by explosive objects (Volyn regional administration)',
  },
  url:
    'https://voladm.gov.ua/article/nadannya-odnorazovoyi-kompensaciyi-ta-dopomogi-na-ozdorovlennya-osobam-' +
    'postrazhdalim-vnaslidok-diyi-vibuhonebezpechnih-predmetiv',
  note: 'Published 02.03.2023, last updated 23.02.2024, by the regional social protection department.',
};

/** Бухгалтер911: з 1 липня 2025 року щорічну допомогу на оздоровлення постраждалим від вибухонебезпечних предметів надає ПФУ */
export const BUHGALTER911_EXPLOSIVE_INJURY_PFU_2025: Act = {
  id: 'buhgalter911-explosive-injury-pfu-2025',
  kind: 'publication',
  title: {
    uk:
      'Надання щорічної допомоги на оздоровлення особам з інвалідністю та дітям з інвалідністю, постраждалим ' +
      'внаслідок дії вибухонебезпечних предметів (buhgalter911.com)',
    en: 'Annual recovery assistance for persons injured by explosive objects (buhgalter911.com)',
  },
  url: 'https://buhgalter911.com/news/news-1090111.html',
};

/** Роз’яснення ГУ ПФУ у Волинській області щодо допомоги на дітей, хворих на тяжкі захворювання (у переказі Новини.LIVE) */
export const NOVYNY_SEVERELY_ILL_CHILD_ASSISTANCE_2026: Act = {
  id: 'novyny-severely-ill-child-assistance-2026',
  kind: 'publication',
  adopted: '2026-02-15',
  title: {
    uk: 'Компенсація за догляд хворої дитини: роз’яснення ГУ ПФУ у Волинській області (Новини.LIVE)',
    en: 'Assistance for the care of a severely ill child: the Pension Fund’s Volyn office as reported by Novyny.LIVE',
  },
  url: 'https://finance.novyny.live/kompensatsiia-za-dogliad-khvoroyi-ditini-skilki-platiat-i-iak-oformiti-311965.html',
};

/** РБК-Україна з посиланням на Пенсійний фонд: «Пакунок школяра» — хто та як може отримати гроші (14.08.2025) */
export const RBC_PFU_SCHOOL_KIT_2025: Act = {
  id: 'rbc-pfu-school-kit-2025',
  kind: 'publication',
  adopted: '2025-08-14',
  title: {
    uk: '«Пакунок школяра»: хто та як може отримати гроші (РБК-Україна з посиланням на Пенсійний фонд)',
    en: '«Пакунок школяра»: who can get the money and how (RBC-Ukraine citing the Pension Fund)',
  },
  url: 'https://www.rbc.ua/rus/news/pakunok-shkolyara-k-batkam-pershoklasnikiv-1755176281.html',
};

/** Судово-юридична газета: програма «Пакунок школяра» добігає кінця — до коли можна подати заяву (08.11.2025) */
export const SUD_SCHOOL_KIT_DEADLINE_2025: Act = {
  id: 'sud-school-kit-deadline-2025',
  kind: 'publication',
  adopted: '2025-11-08',
  title: {
    uk: 'Програма «Пакунок школяра» добігає до кінця: до коли можна подати заяву (sud.ua, з посиланням на ПФУ)',
    en: 'The «Пакунок школяра» programme is ending: the last day to apply (sud.ua, citing the Pension Fund)',
  },
  url: 'https://sud.ua/uk/news/obshchestvo/345621-programma-paket-shkolnika-podkhodit-k-kontsu-do-kakogo-sroka-mozhno-podat-zayavlenie',
};

/** Лубенська міська рада (lpg.gov.ua): «Пакунок школяра 2025: як отримати 5000 грн для першокласника» (21.08.2025) */
export const LPG_SCHOOL_KIT_2025: Act = {
  id: 'lpg-school-kit-2025',
  kind: 'publication',
  adopted: '2025-08-21',
  title: {
    uk: '«Пакунок школяра 2025: як отримати 5000 грн для першокласника» (lpg.gov.ua)',
    en: '«Пакунок школяра 2025»: how to get 5,000 UAH for a first-grader (a council’s page, lpg.gov.ua)',
  },
  url: 'https://lpg.gov.ua/news/1755775805/',
};

/** Інтерфакс-Україна з посиланням на Мінсоцполітики: заяви на «Пакунок школяра» подали 97,3 тис. родин (27.08.2025) */
export const INTERFAX_SCHOOL_KIT_REFUSALS_2025: Act = {
  id: 'interfax-school-kit-refusals-2025',
  kind: 'publication',
  adopted: '2025-08-27',
  title: {
    uk: 'Заяви на «Пакунок школяра» подали 97,3 тис. родин (Інтерфакс-Україна з посиланням на Мінсоцполітики)',
    en: '97.3 thousand families applied for «Пакунок школяра» (Interfax-Ukraine citing the Ministry of Social Policy)',
  },
  url: 'https://interfax.com.ua/news/general/1099583.html',
};

/** Департамент соціальної та молодіжної політики Вінницької ОДА: «Всі 1891 пакунків малюка наявні у місцевих пологових відділеннях …» */
export const VIN_BABY_BOX_NOTICE: Act = {
  id: 'vin-baby-box-notice',
  kind: 'notice',
  title: {
    uk:
      'Всі 1891 пакунків малюка наявні у місцевих пологових відділеннях медичних закладів області ' +
      '(Департамент соціальної та молодіжної політики Вінницької ОДА)',
    en: 'All 1,891 baby boxes are in the local maternity wards of the region (Vinnytsia regional administration)',
  },
  url: 'http://www.vin.gov.ua/dep-smp/34371-vsi-1891-pakunkiv-maliuka-naiavni-u-mistsevykh-polohovykh-viddilenniakh-medychnykh-zakladiv-oblasti',
  note: 'The date of publication was not shown in what was read.',
};

/** ЦНАП Ужгородської міської ради: інформація про послугу «Призначення одноразової натуральної допомоги “пакунок малюка”» */
export const UZHGOROD_BABY_BOX_CARD: Act = {
  id: 'uzhgorod-baby-box-card',
  kind: 'publication',
  title: {
    uk: 'Інформація про послугу «Призначення одноразової натуральної допомоги “пакунок малюка”» (ЦНАП м. Ужгород)',
    en: 'Service page: assignment of the in-kind baby box (Uzhhorod city CNAP)',
  },
  url: 'https://rada-uzhgorod.gov.ua/posluhy-tsnap/nadannya-odnorazovoi-naturalnoi-dopomogi--pakunok-maluka',
};

export const NOTICES_AND_PUBLICATIONS: readonly Act[] = [
  ADOPTION_ASSISTANCE_PODA_NOTICE,
  BIRTH_ASSISTANCE_2026_MEDENYCHI_NOTICE,
  BIRTH_ASSISTANCE_TERM_SMILA_2023,
  DECENTRALIZATION_REGISTRATION_2016,
  DIIA_GUIDE_CNAP_QUARTERLY_REPORTS,
  DIIA_GUIDE_RENT_SUBSIDY,
  DIIA_SINGLE_MOTHER_ASSISTANCE,
  HOUSING_SUBSIDY_CHANNELS_KOMR,
  HOUSING_SUBSIDY_CHANNELS_USZN,
  INFANT_CARE_PFU_PRESS_DOCUMENTS_2026,
  KOSTRYNA_RESIDENCE_REGISTRATION_2025,
  KOZOVA_IDP_LIVING_ALLOWANCE_2022,
  LARGE_FAMILY_ASSISTANCE_SATANIVSKA_NOTICE,
  LARGE_FAMILY_ASSISTANCE_SUMY_2019,
  LOGA_HOUSING_SUBSIDY_DOCUMENTS_2023,
  NSSU_MATERNITY_UNINSURED_2024,
  PFU_DN_DISABILITY_FROM_CHILDHOOD_2025,
  PFU_NEW_CHILDCARE_PAYMENTS_2026,
  PFU_TRANSFER_2025_07_01,
  PFU_YEYASLA_PAGE,
  PUSTOMYTY_RESIDENCE_REGISTRATION_207,
  PUTYVL_CNAP_IDP_CERTIFICATES_2026,
  RENT_SUBSIDY_PFU_NOTICE_2025,
  RENT_SUBSIDY_START_2025_01_29,
  STRYZHAVKA_CNAP_BABY_BOX_2024,
  SUBSIDIES_PRIVILEGES_PFU_2022_12_01,
  TARUTYNE_CNAP_DIIA_RESIDENCE_2026,
  TYACHIV_RDA_FAMILY_ASSISTANCE_2026,
  ZN_OTG_FUEL_PRIVILEGE_2021,
  HROMADA_FRONT_OFFICE_STAROSTATS,
  MODELS_OF_APSH_IN_CNAP,
  SEED_COMMUNITY_REGISTER,
  ADOPTION_ASSISTANCE_IZMAIL_2020,
  ADOPTION_ASSISTANCE_TERNOPIL_NOTICE,
  AKIMCNAP_NO_PENSION_ASSISTANCE_DOCUMENTS,
  AZR_KMU_1805_CHANNELS_2026,
  BABY_BOX_COMPENSATION_IF_2024,
  BABY_BOX_COMPENSATION_KYIV_1551,
  BABY_BOX_COMPENSATION_PFU_VOLYN_2025,
  BABY_BOX_COMPENSATION_RCP_KH_CARD,
  BILHOROD_CNAP_DEREGISTRATION_265,
  BILIAIVKA_DEREGISTRATION_DOCUMENTS_207,
  BIRTH_ASSISTANCE_2026_NEWS,
  BIRTH_ASSISTANCE_ACCOUNT_LEGALAID,
  BIRTH_ASSISTANCE_CARDS,
  BIRTH_CONFIRMED_FROM_DRATS,
  CABINET_CNAP_FAMILY_ASSISTANCE_2026,
  CARD_DOCUMENT_NAMES,
  CHERNIVTSI_BABY_BOX_PFU_2025,
  CNAP_OLEXRADA_CARE_ALLOWANCE,
  CNAP_PYADYCKA_LIST_2021,
  DNIPRO_CNAP_RESIDENCE_REGISTRATION_265,
  DP_OBLRADA_FAMILY_PAYMENTS_2026,
  DUBNO_CNAP_RESIDENCE_REPRESENTATIVE_207,
  FUNERAL_ASSISTANCE_VIA_CNAP_UNCONFIRMED,
  GUARDIANSHIP_ASSISTANCE_KREMENCHUK_CARD,
  GUARDIANSHIP_ASSISTANCE_RCP_KH_CARD,
  HLOBYNE_CNAP_CARD_IDP_CERTIFICATE,
  HLOBYNE_CNAP_CARD_IDP_LIVING_ALLOWANCE,
  HLOBYNE_CNAP_CARE_ALLOWANCE_DOCUMENTS,
  HOUSING_SUBSIDY_CARDS_DOCUMENTS,
  IDP_CERTIFICATE_CANCELLATION_HOW_2025,
  IDP_CERTIFICATE_CANCELLATION_NAME_FAKTY_2026,
  IDP_LIVING_ALLOWANCE_PFU_2025,
  INCOME_FROM_REGISTERS,
  IZMAIL_LARGE_FAMILY_IN_PERSON,
  KAMYANECKA_DEREGISTRATION_2023,
  KHM_SOCZAHIST_NO_PENSION_ASSISTANCE,
  KOZOVA_FUNERAL_ASSISTANCE_2025,
  KRLIMAN_2811_ARTICLES,
  KROPYVNYTSKYI_CNAP_SOCIAL_SERVICES_2023,
  KRYVORIZKA_LOW_INCOME_ASSISTANCE_DOCUMENTS,
  KYIVCITY_DISABILITY_ASSISTANCE_FORM,
  KYIVCITY_DISABILITY_FROM_CHILDHOOD_DOCUMENTS,
  KYIVCITY_LOW_INCOME_ASSISTANCE_DOCUMENTS,
  LARGE_FAMILY_CERTIFICATE_PHOTOS_PECHERSK,
  LARGE_FAMILY_CERTIFICATE_UZHHOROD_CARD,
  LARGE_FAMILY_DUPLICATE_POLTAVA_CNAP,
  LEGALIST_RENT_SUBSIDY_IDENTITY,
  LOW_INCOME_ASSISTANCE_PFU_2025,
  MATERNITY_UNINSURED_CHERNIVTSI_CARD,
  MATERNITY_UNINSURED_PFU_ENTREPRENEUR_CERTIFICATE,
  MATERNITY_UNINSURED_SHEPETIVKA_LIST,
  MKRADA_FUNERAL_ASSISTANCE_2021,
  MON_YEYASLA_START_2026,
  NEMOVYCKA_FUNERAL_ASSISTANCE,
  NS_GROMADA_CNAP_YEYASLA_2026,
  PFU_NEWS_ADOPTION_2025,
  PFU_NEWS_GUARDIANSHIP_2025,
  PFU_NEWS_MATERNITY_2025,
  PFU_NEWS_SINGLE_MOTHER_2025,
  PFU_NO_PENSION_ASSISTANCE_NEWS_2025,
  PFU_VOLYN_INFANT_CARE_NEWS_2026,
  POLTAVA_CNAP_DEREGISTRATION_REPRESENTATIVE_207,
  RCP_KH_FUEL_PRIVILEGE_CARD,
  REGISTER_NAMES,
  RENT_SUBSIDY_TERM_NAPENSII,
  RESIDENCE_REGISTRATION_HOUSING_RIGHT_265,
  SINGLE_MOTHER_ASSISTANCE_GLOBYNO_CARD,
  SNOVSK_CNAP_LIST,
  SOCIAL_ASSISTANCE_VIA_CNAP_FURSIVSKA,
  SUD_PRIVILEGE_ACTUAL_RESIDENCE_2025,
  SUVRADA_KHERSON_FUNERAL_ASSISTANCE_2021,
  UKURIER_FIRST_YEYASLA_PAYMENTS_2026,
  UKURIER_SPECIAL_ACCOUNTS_2026,
  UPSZN_BEREZAN_NO_PENSION_ASSISTANCE_DOCUMENTS,
  VCHORAYSHENSKA_FUEL_PRIVILEGE_373_2026,
  VILH_PRIVILEGE_ACTUAL_RESIDENCE_2025,
  WIKI_1551_DEREGISTRATION_BEFORE_2021,
  ZELENOPIDSKA_LARGE_FAMILY_PFU_2025,
  PFU_KR_MENTAL_DISORDER_CARER_ASSISTANCE,
  SUD_MENTAL_DISORDER_CARER_ASSISTANCE_2026,
  SMR_MENTAL_DISORDER_CARER_DOCUMENTS,
  NOVYNY_SEVERELY_ILL_CHILD_ASSISTANCE_2026,
  TEMPORARY_CHILD_ASSISTANCE_RCP_KH_CARD,
  PORADY_TEMPORARY_CHILD_ASSISTANCE,
  RBC_PFU_TEMPORARY_CHILD_ASSISTANCE_2025,
  VOLADM_EXPLOSIVE_INJURY_ASSISTANCE,
  BUHGALTER911_EXPLOSIVE_INJURY_PFU_2025,
  RBC_PFU_SCHOOL_KIT_2025,
  SUD_SCHOOL_KIT_DEADLINE_2025,
  LPG_SCHOOL_KIT_2025,
  INTERFAX_SCHOOL_KIT_REFUSALS_2025,
  VIN_BABY_BOX_NOTICE,
  UZHGOROD_BABY_BOX_CARD,
];
