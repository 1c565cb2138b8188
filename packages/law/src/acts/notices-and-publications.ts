import type { Act } from '../register.js';

/** Notices of state bodies, methodical materials and publications the SDK cites as evidence where no act was read. */
export const NOTICES_AND_PUBLICATIONS: readonly Act[] = [
  {
    id: 'adoption-assistance-poda-notice',
    kind: 'notice',
    title: {
      uk: 'Повідомлення Полтавської ОДА про допомогу при усиновленні дитини (economy.poda.gov.ua)',
      en: 'Poltava regional administration notice on adoption assistance',
    },
    url: 'https://economy.poda.gov.ua/news/212439',
  },
  {
    id: 'birth-assistance-2026-medenychi-notice',
    kind: 'notice',
    title: {
      uk: 'Повідомлення Меденицької громади «Допомога при народженні дитини з 1 січня 2026 року» (передрук на pravdorub.live)',
      en: 'Medenychi hromada notice on birth assistance from 1 January 2026 (repost on pravdorub.live)',
    },
    url: 'https://pravdorub.live/?p=2010558',
  },
  {
    id: 'birth-assistance-term-smila-2023',
    kind: 'notice',
    title: {
      uk: 'Повідомлення про строк розгляду заяв про допомогу при народженні дитини',
      en: 'Report on the term for birth assistance applications',
    },
    url: 'https://smila-ua.com',
  },
  {
    id: 'decentralization-registration-2016',
    kind: 'notice',
    inForce: '2016-04-04',
    title: {
      uk: 'Повідомлення порталу «Децентралізація»: реєстрацію місця проживання здійснюють органи місцевого самоврядування',
      en: 'Decentralization portal notice: local councils register the place of residence',
    },
    url: 'https://decentralization.gov.ua/en/news/2319',
  },
  {
    id: 'diia-guide-rent-subsidy',
    kind: 'notice',
    title: {
      uk: 'Гід з державних послуг: «Надання субсидії на оплату вартості або частини вартості найму (оренди) житлового приміщення…»',
      en: 'Diia guide: rent subsidy for a dwelling',
    },
    url: 'https://guide.diia.gov.ua/view/nadannia-subsydii-na-oplatu-vartosti-abo-chastyny-vartosti-naimu-orendy-zhytlovoho-prymishchennia-ta-kompensatsii-chastyny-podat',
  },
  {
    id: 'diia-single-mother-assistance',
    kind: 'notice',
    title: {
      uk: 'Портал Дія: «Допомога на дитину одинокій матері або батьку»',
      en: 'Diia portal: assistance for a child of a single mother or father',
    },
    url: 'https://diia.gov.ua/services/dopomoga-na-ditinu-odinokij-materi-abo-batku',
  },
  {
    id: 'housing-subsidy-channels-komr',
    kind: 'notice',
    title: {
      uk: 'Повідомлення «Які документи необхідні для призначення житлової субсидії» (komr.gov.ua)',
      en: 'Council notice on documents and channels for the housing subsidy (komr.gov.ua)',
    },
    url: 'https://komr.gov.ua/news/yaki-dokumenty-neobhidni-dlya-pryznachennya-zhytlovoyi-subsydiyi',
  },
  {
    id: 'housing-subsidy-channels-uszn',
    kind: 'notice',
    title: {
      uk: 'Повідомлення громад про прийом заяв на субсидії та пільги через ЦНАП і виконавчі органи рад',
      en: 'Hromada notices on subsidy and privilege applications through CNAPs and councils',
    },
    url: 'https://fursivska-gromada.gov.ua/',
  },
  {
    id: 'infant-care-pfu-press-documents-2026',
    kind: 'notice',
    title: {
      uk: 'Повідомлення пресслужби ПФУ про допомогу для догляду за дитиною до одного року (у переказі finance.novyny.live, 10.01.2026)',
      en: 'Pension Fund press service on the under-one child-care assistance, as reported by finance.novyny.live (10.01.2026)',
    },
    url: 'https://finance.novyny.live/novi-viplati-na-dogliad-za-ditinoiu-skilki-i-komu-platitimut-305086.html',
  },
  {
    id: 'kostryna-residence-registration-2025',
    kind: 'notice',
    title: {
      uk: 'Повідомлення Костринської громади «Реєстрація місця проживання» (10.03.2025)',
      en: 'Kostryna hromada notice on registering the place of residence (10.03.2025)',
    },
    url: 'https://kostrynska-gromada.gov.ua/news/1741615854/',
  },
  {
    id: 'kozova-idp-living-allowance-2022',
    kind: 'notice',
    title: {
      uk: 'Повідомлення Козівської громади «До уваги внутрішньо переміщених осіб» (2022)',
      en: 'Kozova hromada notice to internally displaced persons (2022)',
    },
    url: 'https://kozova-rada.gov.ua/news/1649682396/',
  },
  {
    id: 'large-family-assistance-satanivska-notice',
    kind: 'notice',
    title: {
      uk: 'Повідомлення Сатанівської громади «До уваги багатодітних сімей» (про постанову КМУ від 13.03.2019 № 250)',
      en: 'Satanivska hromada notice on assistance to children of large families (Cabinet resolution 250 of 13.03.2019)',
    },
    url: 'https://satanivska-gromada.gov.ua/news/1554285601/',
  },
  {
    id: 'large-family-assistance-sumy-2019',
    kind: 'notice',
    title: {
      uk: 'Інформація департаменту соціального захисту населення Сумської міської ради про допомогу на дітей з багатодітних сімей (передрук на dancor.sumy.ua, 2019)',
      en: 'Sumy city social protection department on assistance to children of large families (repost on dancor.sumy.ua, 2019)',
    },
    url: 'https://dancor.sumy.ua/forum/obshchestvo/277075',
  },
  {
    id: 'loga-housing-subsidy-documents-2023',
    kind: 'notice',
    title: {
      uk: 'Повідомлення Луганської ОДА «Документи для призначення житлової субсидії: що необхідно знати» (21.07.2023)',
      en: 'Luhansk oblast administration notice on housing subsidy documents (21.07.2023)',
    },
    url: 'https://svt.loga.gov.ua/oda/press/news/dokumenti_dlya_priznachennya_zhitlovoyi_subsidiyi_shcho_neobhidno_znati_0',
  },
  {
    id: 'nssu-maternity-uninsured-2024',
    kind: 'notice',
    title: {
      uk: 'Національна соціальна сервісна служба: «Допомога у зв’язку з вагітністю та пологами»',
      en: 'National Social Service: maternity assistance',
    },
    url: 'https://nssu.gov.ua/news/dopomoha-u-zviazku-z-vahitnistiu-ta-polohamy',
  },
  {
    id: 'pfu-dn-disability-from-childhood-2025',
    kind: 'notice',
    inForce: '2025-07-01',
    title: {
      uk: 'Роз’яснення на сайті Пенсійного фонду України: умови призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю',
      en: 'Pension Fund explanation: terms of state social assistance to persons disabled since childhood and children with disabilities',
    },
    url: 'https://www.pfu.gov.ua/dn/?p=323343',
  },
  {
    id: 'pfu-new-childcare-payments-2026',
    kind: 'notice',
    title: {
      uk: 'Повідомлення Пенсійного фонду України «Пенсійний фонд України приймає заяви на призначення нових видів допомоги сім’ям з дітьми»',
      en: 'Pension Fund notice: it accepts applications for the new kinds of assistance to families with children',
    },
    url: 'https://www.pfu.gov.ua/2176430-pensijnyj-fond-ukrayiny-pryjmaye-zayavy-na-pryznachennya-novyh-vydiv-dopomogy-sim-yam-z-ditmy',
  },
  {
    id: 'pfu-transfer-2025-07-01',
    kind: 'notice',
    inForce: '2025-07-01',
    title: {
      uk: 'Повідомлення Надвірнянської РДА про передачу функцій до Пенсійного фонду України',
      en: 'Notice of the Nadvirna district administration on the transfer of functions to the Pension Fund',
    },
    url: 'https://nadrda.gov.ua/2025/07/14',
  },
  {
    id: 'pfu-yeyasla-page',
    kind: 'notice',
    title: {
      uk: 'Пенсійний фонд України: «Допомога для догляду за дитиною “єЯсла”»',
      en: 'Pension Fund page: the «yeYasla» childcare assistance',
    },
    url: 'https://www.pfu.gov.ua/mk/168511-dopomoga-dlya-doglyadu-za-dytynoyu-yeyasla',
  },
  {
    id: 'pustomyty-residence-registration-207',
    kind: 'notice',
    title: {
      uk: 'Повідомлення Пустомитівської міської ради «До відома громадян!» (реєстрація місця проживання за Правилами, затвердженими КМУ № 207)',
      en: 'Pustomyty city council notice on registering the place of residence (rules of Cabinet resolution 207)',
    },
    url: 'https://pmr.gov.ua/novini/do-vidoma-gromadian',
  },
  {
    id: 'putyvl-cnap-idp-certificates-2026',
    kind: 'notice',
    title: {
      uk: 'Повідомлення ЦНАП Путивльської громади «Довідки для ВПО» (13.02.2026)',
      en: 'Putyvl CNAP notice on IDP certificates (13.02.2026)',
    },
    url: 'https://cnap.putivlska-gromada.gov.ua/news/293578-dovidki-dlia-vpo',
  },
  {
    id: 'rent-subsidy-pfu-notice-2025',
    kind: 'notice',
    title: {
      uk: 'Повідомлення Присиваської громади «Субсидія на оренду житла для ВПО» (10.03.2025)',
      en: 'Prysyvaska hromada notice on the IDP rent subsidy (10.03.2025)',
    },
    url: 'https://prysyvaska-gromada.gov.ua/news/1741633878',
  },
  {
    id: 'rent-subsidy-start-2025-01-29',
    kind: 'notice',
    inForce: '2025-01-29',
    title: {
      uk: 'Повідомлення громад про набрання чинності постановою № 1225 (субсидія на оренду житла для ВПО)',
      en: 'Hromada notices on resolution 1225 entering into force (IDP rent subsidy)',
    },
    url: 'https://mylyacka-gromada.gov.ua/news/?p=2',
  },
  {
    id: 'stryzhavka-cnap-baby-box-2024',
    kind: 'notice',
    title: {
      uk: 'Повідомлення ЦНАП Стрижавської селищної ради про відновлення прийому заяв на компенсацію «пакунка малюка»',
      en: 'Stryzhavka CNAP notice resuming baby-box compensation applications',
    },
    url: 'https://stryzhavska-rada.gov.ua/news/1708596614/',
    note: 'Kept apart from КМУ 136 itself, which this notice reports (the old data gave the notice the resolution’s number and date).',
  },
  {
    id: 'subsidies-privileges-pfu-2022-12-01',
    kind: 'notice',
    inForce: '2022-12-01',
    title: {
      uk: 'Повідомлення Веснянської громади про передання призначення субсидій та пільг Пенсійному фонду України',
      en: 'Vesnianka hromada notice on handing subsidies and privileges to the Pension Fund',
    },
    url: 'https://vesnyanska-gromada.gov.ua/news/1672308859',
  },
  {
    id: 'tarutyne-cnap-diia-residence-2026',
    kind: 'notice',
    title: {
      uk: 'Повідомлення ЦНАП Бессарабської селищної ради про зміну місця проживання через портал «Дія»',
      en: 'Bessarabska CNAP notice on changing the place of residence through the Diia portal',
    },
    url: 'https://www.tarutyne-sr.gov.ua/2026/01/15/tsentr-nadannia-administratyvnykh-posluh-bessarabskoi-selyshchnoi-rady-informuie-pro-mozhlyvist-zminy-mistsia-prozhyvannia-dystantsiino-na-derzhavnomu-vebportali-elektronnykh-posluh-diia',
  },
  {
    id: 'tyachiv-rda-family-assistance-2026',
    kind: 'notice',
    title: {
      uk: 'Повідомлення Тячівської РДА «Ветерани і ветеранки, які мають дітей: не забудьте скористатися державною підтримкою»',
      en: 'Tiachiv district administration notice on state support for veterans with children',
    },
    url: 'https://tyachiv-rda.gov.ua/news/9374-veterani-veteranki-yak-mayut-dtey-ne-zabudte-skoristatisya-derzhavnoyu-pdtrimkoyu.html',
  },
  {
    id: 'zn-otg-fuel-privilege-2021',
    kind: 'notice',
    title: {
      uk: 'Повідомлення «Надання пільг на придбання твердого палива і скрапленого газу» (zn-otg.gov.ua, 12.10.2021)',
      en: 'Hromada notice on privileges for buying solid fuel and liquefied gas (zn-otg.gov.ua, 12.10.2021)',
    },
    url: 'https://zn-otg.gov.ua/news/1634020232/',
  },
  {
    id: 'hromada-front-office-starostats',
    kind: 'methodical',
    title: {
      uk: 'Дві сходинки впровадження моделі управління соціальним захистом в ОТГ за принципом «єдиного вікна» (Березівська ОТГ)',
      en: 'Two steps of introducing one-stop social protection management in an amalgamated hromada (Berezivka hromada)',
    },
    note: 'Methodical material of the seeds (seed 004): the front office of a starostat registers applications in its journal and passes them to УСЗН with transfer registers.',
  },
  {
    id: 'models-of-apsh-in-cnap',
    kind: 'methodical',
    title: {
      uk: 'Методичні матеріали «Моделі надання адміністративних послуг соціального характеру у ЦНАП»',
      en: 'Methodical material: models of delivering social-character administrative services through a CNAP',
    },
  },
  {
    id: 'seed-community-register',
    kind: 'methodical',
    title: {
      uk: 'Методичні матеріали про ЦНАП: доступ до реєстрів (приклад Харкова)',
      en: 'Methodical material on CNAPs: access to registers (the Kharkiv example)',
    },
  },
  {
    id: 'adoption-assistance-izmail-2020',
    kind: 'publication',
    title: {
      uk: 'Новина УПСЗН Ізмаїльської міської ради «Допомога при усиновленні дитини» (10.08.2020)',
      en: 'Izmail city social protection news on adoption assistance (2020)',
    },
    url: 'http://www.imr.gov.ua/upravlinnya-pratsi-ta-sotsialnogo-zakhistu-naselennya/novini/17471-dopomoga-pri-usinovlenni-ditini-11',
  },
  {
    id: 'adoption-assistance-ternopil-notice',
    kind: 'publication',
    title: {
      uk: 'Новина Тернопільської міської ради «Усиновлювачі дітей-сиріт … мають право на отримання допомоги при усиновленні»',
      en: 'Ternopil city council news on adoption assistance (from the Ministry of Social Policy)',
    },
    url: 'https://ternopil.te.gov.ua/news/usynovliuvachi-ditei-syrit-i-ditei-pozbavlenykh-batkivskoho-pikluvannia-maiut-pravo-na-otrymannia-dopomohy-pry-usynovlenni',
  },
  {
    id: 'akimcnap-no-pension-assistance-documents',
    kind: 'publication',
    title: {
      uk: 'Опис послуги ЦНАП Якимівської селищної ради «Державна соціальна допомога особам, які не мають права на пенсію, та особам з інвалідністю»',
      en: 'Yakymivka council CNAP page: assistance to persons without pension rights and persons with disabilities',
    },
    url: 'https://akimcnap.com.ua/derzhavna-sotsialna-dopomoga-osobam-yaki-ne-mayut-prava-na-pensiyu-ta-osobam-z-invalidnistyu/',
  },
  {
    id: 'azr-kmu-1805-channels-2026',
    kind: 'publication',
    title: {
      uk: 'Офіційний вебпортал громади (azr.gov.ua): «Нові правила виплат сім’ям з дітьми у 2026 році: що змінилося»',
      en: 'Hromada portal (azr.gov.ua): new rules of payments to families with children in 2026',
    },
    url: 'https://azr.gov.ua/novi-pravyla-vyplat-sim-iam-z-ditmy-u-2026-rotsi-shcho-zminylosia',
  },
  {
    id: 'baby-box-compensation-if-2024',
    kind: 'publication',
    title: {
      uk: 'Департамент соціальної політики Івано-Франківської міської ради: «Порядок оформлення грошової компенсації “пакунок малюка”» (01.03.2024)',
      en: 'Ivano-Frankivsk city social policy department on the baby-box compensation (2024)',
    },
    url: 'http://depsoc.if.ua/news/poriadok-oformlennia-hroshovoi-kompensatsii-pakunok-maliuka/',
  },
  {
    id: 'baby-box-compensation-kyiv-1551',
    kind: 'publication',
    title: {
      uk: 'Довідник Київського міського контактного центру 1551: компенсація «пакунка малюка»',
      en: 'Kyiv 1551 contact centre wiki: baby-box compensation',
    },
    url: 'https://wiki.1551.gov.ua/pages/viewpage.action?pageId=41484294',
  },
  {
    id: 'baby-box-compensation-pfu-volyn-2025',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення ГУ ПФУ у Волинській області щодо компенсації «пакунка малюка» (у переказі «Главкому», 16.08.2025)',
      en: 'Pension Fund Volyn office on the baby-box compensation, as reported by Glavcom (16.08.2025)',
    },
    url: 'https://glavcom.ua/economics/personal-money/jak-otrimati-hroshovu-dopomohu-za-pakunok-maljuka-pokrokova-instruktsija-1073599.html',
  },
  {
    id: 'baby-box-compensation-rcp-kh-card',
    kind: 'publication',
    title: {
      uk: 'Картка «Призначення грошової компенсації вартості одноразової натуральної допомоги «пакунок малюка»» (Регіональний центр послуг, Харків)',
      en: 'Kharkiv regional service centre card: baby-box compensation',
    },
    url: 'https://rcp.kh.ua/category/dopomoga/7953',
  },
  {
    id: 'bilhorod-cnap-deregistration-265',
    kind: 'publication',
    title: {
      uk: 'ЦНАП Білгород-Дністровської міської ради: зняття із задекларованого/зареєстрованого місця проживання',
      en: 'Bilhorod-Dnistrovskyi CNAP card: deregistration of the declared/registered place of residence',
    },
    url: 'https://bilgorod-d.cnapua.gov.ua/poslugi/285',
  },
  {
    id: 'biliaivka-deregistration-documents-207',
    kind: 'publication',
    title: {
      uk: 'Біляївська міська рада: «Перелік необхідних документів для зняття з реєстрації місця проживання/перебування особи»',
      en: 'Biliaivka city council: documents for deregistering the place of residence/stay',
    },
    url: 'http://bilyaivka.odessa.gov.ua/zvernennya-gromadyan-2/dovidkova-informatsiya/perelik-neobhidnyh-dokumentiv-dlya-znyattya-z-reyestratsiyi-mistsya-prozhyvannya-perebuvannya-osoby/',
  },
  {
    id: 'birth-assistance-2026-news',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення щодо допомоги при народженні дитини у 2026 році (у переказі uc.kr.ua та інших)',
      en: 'Explanations of birth assistance in 2026, as reported by uc.kr.ua and others',
    },
    url: 'https://uc.kr.ua/2026/01/29/shho-varto-znaty-pro-finansovu-pidtrymku-simej-z-ditmy-u-2026-rotsi/',
  },
  {
    id: 'birth-assistance-account-legalaid',
    kind: 'publication',
    title: {
      uk: 'Довідник безоплатної правничої допомоги (wiki.legalaid.gov.ua)',
      en: 'Legal aid wiki',
    },
    url: 'https://wiki.legalaid.gov.ua',
  },
  {
    id: 'birth-assistance-cards',
    kind: 'publication',
    title: {
      uk: 'Інформаційні картки «Призначення державної допомоги при народженні дитини» (dsp.city.cv.ua; rcp.kh.ua)',
      en: 'Information cards of birth assistance (dsp.city.cv.ua; rcp.kh.ua)',
    },
    url: 'https://rcp.kh.ua/category/dopomoga/517',
  },
  {
    id: 'birth-confirmed-from-drats',
    kind: 'publication',
    title: {
      uk: 'Відповідь Полтавського обласного контакт-центру про допомогу при народженні дитини (okc.pl.ua), як її цитують нотатки домену',
      en: 'Poltava oblast contact centre on birth assistance (okc.pl.ua), as quoted in the domain notes',
    },
  },
  {
    id: 'cabinet-cnap-family-assistance-2026',
    kind: 'publication',
    title: {
      uk: 'Повідомлення Мінсоцполітики про зміни до порядку надання допомоги сім’ям з дітьми (у переказі sud.ua)',
      en: 'Ministry of Social Policy notice on changes to family assistance procedures, as reported by sud.ua',
    },
    url: 'https://sud.ua/uk/news/ukraine/352715-vyplata-eyasel-srazu-za-polgoda-i-bolshe-razreshennykh-raskhodov-kabmin-usovershenstvoval-pomosch-semyam-s-detmi',
  },
  {
    id: 'card-document-names',
    kind: 'publication',
    title: {
      uk: 'Переліки документів в інформаційних картках ЦНАП і ПФУ',
      en: 'Document lists of CNAP and Pension Fund information cards',
    },
  },
  {
    id: 'chernivtsi-baby-box-pfu-2025',
    kind: 'publication',
    title: {
      uk: 'Департамент соціальної політики Чернівецької міської ради: «Призначення грошової компенсації вартості одноразової натуральної допомоги “Пакунок малюка”»',
      en: 'Chernivtsi city social policy department: baby-box compensation',
    },
    url: 'http://dsp.city.cv.ua/posluhy/simiam-z-ditmy/kompensatsiia-vartosti-dopomohy-pakunok-maliuka',
  },
  {
    id: 'cnap-olexrada-care-allowance',
    kind: 'publication',
    title: {
      uk: 'Опис послуги ЦНАП Олександрійської міської ради «Надання надбавки на догляд за особами з інвалідністю з дитинства та дітьми - інвалідами»',
      en: 'Oleksandriia CNAP service page: care allowance for persons disabled since childhood and children with disabilities',
    },
    url: 'https://cnap.olexrada.gov.ua/poslugi/posluga/225',
  },
  {
    id: 'cnap-pyadycka-list-2021',
    kind: 'publication',
    title: {
      uk: 'Перелік адміністративних послуг, які надаються через ЦНАП П’ядицької сільської ради',
      en: 'List of administrative services through the CNAP of the Pyadychi village council',
    },
    url: 'https://pyadycka-gromada.gov.ua/perelik-poslug-viddilu-cnap-13-40-34-13-07-2021/',
  },
  {
    id: 'dnipro-cnap-residence-registration-265',
    kind: 'publication',
    title: {
      uk: 'ЦНАП м. Дніпра: «Реєстрація місця проживання фізичних осіб» (перелік за Порядком декларування та реєстрації місця проживання, КМУ № 265)',
      en: 'Dnipro CNAP page: registration of the place of residence (the list of the procedure approved by Cabinet resolution 265)',
    },
    url: 'https://cnap.dniprorada.gov.ua/%D1%80%D0%B5%D1%94%D1%81%D1%82%D1%80%D0%B0%D1%86%D1%96%D1%8F-%D0%BC%D1%96%D1%81%D1%86%D1%8F-%D0%BF%D1%80%D0%BE%D0%B6%D0%B8%D0%B2%D0%B0%D0%BD%D0%BD%D1%8F-%D1%84%D1%96%D0%B7%D0%B8%D1%87%D0%BD%D0%B8/',
  },
  {
    id: 'dp-oblrada-family-payments-2026',
    kind: 'publication',
    title: {
      uk: 'Дніпропетровська обласна рада: «Держава посилює підтримку матерів і сімей з дітьми»',
      en: 'Dnipropetrovsk regional council: the state strengthens support for mothers and families with children',
    },
    url: 'https://oblrada.dp.gov.ua/?p=111394',
  },
  {
    id: 'dubno-cnap-residence-representative-207',
    kind: 'publication',
    title: {
      uk: 'ЦНАП м. Дубно: картки реєстрації місця проживання (перебування) за Правилами реєстрації місця проживання',
      en: 'Dubno CNAP cards of registering the place of residence (stay) under the registration rules',
    },
    url: 'https://cnap.dubno-adm.gov.ua/poslugi/poslugi-cnap/sektor-rejestraciji-miscja-prozhivannja-pasportnikh-poslug/poslugi-u-sferi-rejestraciji-miscja-prozhivannja/rejestracija-miscja-perebuvannja.html',
  },
  {
    id: 'funeral-assistance-via-cnap-unconfirmed',
    kind: 'publication',
    title: {
      uk: 'Каталоги послуг ЦНАП (допомога на поховання)',
      en: 'CNAP service catalogues (funeral assistance)',
    },
  },
  {
    id: 'guardianship-assistance-kremenchuk-card',
    kind: 'publication',
    title: {
      uk: 'Картка послуги ЦНАП м. Кременчук (cnap-kremen.gov.ua, послуга 891)',
      en: 'Kremenchuk CNAP service card 891',
    },
    url: 'https://cnap-kremen.gov.ua/poslugi/posluga/891',
  },
  {
    id: 'guardianship-assistance-rcp-kh-card',
    kind: 'publication',
    title: {
      uk: 'Картка «Призначення допомоги на дітей, над якими встановлено опіку чи піклування» (Регіональний центр послуг, Харків)',
      en: 'Kharkiv regional service centre card: assistance for children under guardianship',
    },
    url: 'https://rcp.kh.ua/category/dopomoga/509',
  },
  {
    id: 'hlobyne-cnap-card-idp-certificate',
    kind: 'publication',
    title: {
      uk: 'Опис послуги ЦНАП Глобинської громади «Видача довідки про взяття на облік внутрішньо переміщеної особи» (03-90)',
      en: 'Hlobyne CNAP service description: issuing the IDP registration certificate (03-90)',
    },
    url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/320',
  },
  {
    id: 'hlobyne-cnap-card-idp-living-allowance',
    kind: 'publication',
    title: {
      uk: 'Опис послуги ЦНАП Глобинської громади «Надання допомоги на проживання внутрішньо переміщеним особам» (03-91)',
      en: 'Hlobyne CNAP service description: IDP living allowance (03-91)',
    },
    url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/321',
  },
  {
    id: 'hlobyne-cnap-care-allowance-documents',
    kind: 'publication',
    title: {
      uk: 'Опис послуги ЦНАП Глобинської громади «Надання надбавки на догляд за інвалідами з дитинства та дітьми з інвалідністю» (03-38)',
      en: 'Hlobyne CNAP service page: care allowance for persons disabled since childhood and children with disabilities (03-38)',
    },
    url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/167',
  },
  {
    id: 'housing-subsidy-cards-documents',
    kind: 'publication',
    title: {
      uk: 'Інформаційні картки житлової субсидії (onokivska-gromada.gov.ua; shostka-rada.gov.ua)',
      en: 'Housing subsidy information cards (onokivska-gromada.gov.ua; shostka-rada.gov.ua)',
    },
  },
  {
    id: 'idp-certificate-cancellation-how-2025',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення щодо відмови від довідки ВПО (news.finance.ua, 26.12.2025; ЦНАП м. Харкова)',
      en: 'Explanations on renouncing the IDP certificate (news.finance.ua 26.12.2025; Kharkiv CNAP)',
    },
    url: 'https://news.finance.ua/ua/yak-samostiyno-skasuvaty-dovidku-vpo',
  },
  {
    id: 'idp-certificate-cancellation-name-fakty-2026',
    kind: 'publication',
    title: {
      uk: 'Назва послуги на порталі державних послуг, як її цитують «Факти ICTV» (17.02.2026)',
      en: 'Service name on the state services portal as quoted by Fakty ICTV (17.02.2026)',
    },
    url: 'https://fakty.com.ua/ua/ukraine/suspilstvo/20260217-yak-znyatysya-z-obliku-vpo-instrukcziya/',
  },
  {
    id: 'idp-living-allowance-pfu-2025',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення Мінсоцполітики про допомогу на проживання ВПО з 01.07.2025 (за NV, 25.07.2025)',
      en: 'Ministry of Social Policy explanation on the IDP living allowance from 01.07.2025 (as reported by NV)',
    },
    url: 'https://nv.ua/ukraine/events/vyplaty-vpl-2025-kak-po-novomu-poluchat-pomoshch-kuda-teper-obrashchatsya-50532409.html',
  },
  {
    id: 'income-from-registers',
    kind: 'publication',
    title: {
      uk: 'Інформаційні картки житлової субсидії (onokivska-gromada.gov.ua, shostka-rada.gov.ua)',
      en: 'Housing subsidy information cards (onokivska-gromada.gov.ua, shostka-rada.gov.ua)',
    },
  },
  {
    id: 'izmail-large-family-in-person',
    kind: 'publication',
    title: {
      uk: 'Новина Ізмаїльської міської ради про допомогу на дітей з багатодітних сімей',
      en: 'Izmail city council news on assistance to children of large families',
    },
    url: 'https://imr.gov.ua/category/news-up/page/23',
  },
  {
    id: 'kamyanecka-deregistration-2023',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення Кам’янецької громади щодо зняття з реєстрації місця проживання',
      en: 'Kamianka hromada notice on deregistering the place of residence',
    },
    url: 'https://kamyanecka-gromada.gov.ua/news/1689063730/',
  },
  {
    id: 'khm-soczahist-no-pension-assistance',
    kind: 'publication',
    title: {
      uk: 'Опис послуги Департаменту соціального захисту Хмельницької міської ради: державна соціальна допомога особам, які не мають права на пенсію, та особам з інвалідністю',
      en: 'Khmelnytskyi social protection department page: assistance to persons without pension rights and persons with disabilities',
    },
    url: 'https://soczahist.khm.gov.ua/?page_id=343',
  },
  {
    id: 'kozova-funeral-assistance-2025',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення Козівської селищної ради «Допомога на поховання»',
      en: 'Kozova council notice on funeral assistance',
    },
    url: 'https://kozova-rada.gov.ua/news/1753434468/',
  },
  {
    id: 'krliman-2811-articles',
    kind: 'publication',
    title: {
      uk: 'Сторінка Лиманської міської ради «Опіка»: статті Закону 2811-XII та пункти Порядку 1751',
      en: 'Lyman city council page listing the articles of Law 2811-XII and points of resolution 1751',
    },
    url: 'http://old.krliman.gov.ua/category/sfery/sots-alna-sfera/sots-alne-zabezpechennya/op-ka',
  },
  {
    id: 'kropyvnytskyi-cnap-social-services-2023',
    kind: 'publication',
    title: {
      uk: 'Перелік послуг Департаменту соціальної політики, ЦНАП м. Кропивницького (оновлено 07.08.2023)',
      en: 'Kropyvnytskyi CNAP list of social policy department services (updated 07.08.2023)',
    },
    url: 'https://dozvil.kr-rada.gov.ua/declamation/departament-sotsialnoyi-politiki-miskoyi-radi/',
  },
  {
    id: 'kryvorizka-low-income-assistance-documents',
    kind: 'publication',
    title: {
      uk: 'Перелік послуг Криворізької громади: допомога малозабезпеченим сім’ям (за Порядком, затвердженим постановою КМУ № 250)',
      en: 'Kryvyi Rih hromada list of services: low-income family assistance (per the procedure of Cabinet resolution 250)',
    },
    url: 'https://kryvorizka-gromada.gov.ua/perelik-poslug-10-02-46-29-06-2021/',
  },
  {
    id: 'kyivcity-disability-assistance-form',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення Київської міської влади: документи для призначення допомоги особам з інвалідністю з дитинства',
      en: 'Kyiv city notice: documents for assistance to persons disabled since childhood',
    },
    url: 'https://golos.kyivcity.gov.ua/news/13102',
  },
  {
    id: 'kyivcity-disability-from-childhood-documents',
    kind: 'publication',
    title: {
      uk: 'Перелік документів, необхідних для призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю (golos.kyivcity.gov.ua)',
      en: 'Kyiv city list of documents for assistance to persons disabled since childhood and children with disabilities',
    },
    url: 'https://golos.kyivcity.gov.ua/news/13102.html',
  },
  {
    id: 'kyivcity-low-income-assistance-documents',
    kind: 'publication',
    title: {
      uk: 'Перелік документів для призначення державної соціальної допомоги малозабезпеченим сім’ям (golos.kyivcity.gov.ua)',
      en: 'Kyiv city list of documents for low-income family assistance',
    },
    url: 'https://golos.kyivcity.gov.ua/news/13105.html',
  },
  {
    id: 'large-family-certificate-photos-pechersk',
    kind: 'publication',
    title: {
      uk: 'Печерська РДА м. Києва: перелік документів для посвідчень батьків багатодітної сім’ї',
      en: 'Pechersk district administration (Kyiv): documents for large-family certificates',
    },
    url: 'https://pechersk.kyivcity.gov.ua/content/konsultacii.html',
  },
  {
    id: 'large-family-certificate-uzhhorod-card',
    kind: 'publication',
    title: {
      uk: 'ЦНАП Ужгорода: «Установлення статусу, видача посвідчень батькам багатодітної сім’ї та дитини з багатодітної сім’ї»',
      en: 'Uzhhorod CNAP card: large-family status and certificates',
    },
    url: 'https://rada-uzhgorod.gov.ua/posluhy-tsnap/ustanovlennya-statusu-vidacha-posvidchen-batkam-bagatoditnoi-simi-ta-ditini-z-bagatoditnoi-simi',
  },
  {
    id: 'large-family-duplicate-poltava-cnap',
    kind: 'publication',
    title: {
      uk: 'ЦНАП м. Полтави: «Видача посвідчень батьків багатодітної сім’ї та посвідчень дитини з багатодітної сім’ї у разі втрати або пошкодження»',
      en: 'Poltava CNAP card: large-family certificates after a loss or damage',
    },
    url: 'http://cnap-pl.gov.ua/index.php/perelik/2-uncategorised/336-vidacha-posvidchen-batkiv-bagatoditnoji-sim-ji-ta-posvidchen-ditini-z-bagatoditnoji-sim-ji-u-razi-vtrati-abo-poshkodzhennya',
  },
  {
    id: 'legalist-rent-subsidy-identity',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення «Субсидія на оплату житла для ВПО – куди і які подавати документи» (legalist.com.ua)',
      en: 'Explanation of the IDP rent subsidy documents (legalist.com.ua)',
    },
    url: 'https://legalist.com.ua/blog/sybsydiya-na-jutlo-dlya-vpo',
  },
  {
    id: 'low-income-assistance-pfu-2025',
    kind: 'publication',
    title: {
      uk: 'Повідомлення ПФУ про державну соціальну допомогу малозабезпеченим сім’ям (за РБК-Україна, 21.08.2025)',
      en: 'Pension Fund information on low-income family assistance (as reported by RBC-Ukraine, 21.08.2025)',
    },
    url: 'https://www.rbc.ua/rus/news/dopomoga-malozabezpechenim-sim-yam-2025-rotsi-1755766270.html',
  },
  {
    id: 'maternity-uninsured-chernivtsi-card',
    kind: 'publication',
    title: {
      uk: 'Департамент соціальної політики Чернівецької міської ради: «Призначення допомоги у зв’язку з вагітністю та пологами незастрахованим особам»',
      en: 'Chernivtsi city social policy department card: maternity assistance for uninsured persons',
    },
    url: 'https://dsp.city.cv.ua/sotsialni-posluhy/simiam-z-ditmy/dopomoha-po-vahitnosti',
  },
  {
    id: 'maternity-uninsured-pfu-entrepreneur-certificate',
    kind: 'publication',
    title: {
      uk: 'Інформаційні картки допомоги у зв’язку з вагітністю та пологами незастрахованим (dssp.od.gov.ua; uszn-mlt.com)',
      en: 'Cards of uninsured maternity assistance (dssp.od.gov.ua; uszn-mlt.com)',
    },
    url: 'https://www.uszn-mlt.com/dopomoga-po-vagitnosti-ta-pologam',
  },
  {
    id: 'maternity-uninsured-shepetivka-list',
    kind: 'publication',
    title: {
      uk: 'Перелік документів для державних допомог (соцзахист Шепетівської міської ради)',
      en: 'Shepetivka city social protection list of documents for state assistance',
    },
    url: 'https://soczach.shepetivka-rada.gov.ua/info/',
  },
  {
    id: 'mkrada-funeral-assistance-2021',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення адміністрації Центрального району Миколаївської міської ради «Допомога на поховання: як призначається та виплачується»',
      en: 'Mykolaiv Central district administration notice on funeral assistance',
    },
    url: 'https://admincen.mkrada.gov.ua/link/index/3534-%20index.php',
  },
  {
    id: 'mon-yeyasla-start-2026',
    kind: 'publication',
    title: {
      uk: 'Повідомлення МОН «В Україні запрацювала державна програма підтримки батьків “єЯсла”» у передруку на сайті громади (gromada.en.gov.ua)',
      en: 'Ministry of Education notice on the «yeYasla» programme, reposted on a hromada site (gromada.en.gov.ua)',
    },
    url: 'https://gromada.en.gov.ua/news/288330-v-ukrayini-zapraciuvala-derzavna-programa-pidtrimki-batkiv-jeiasla',
  },
  {
    id: 'nemovycka-funeral-assistance',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення Немовицької громади «Допомога на поховання»',
      en: 'Nemovychi hromada notice on funeral assistance',
    },
    url: 'https://nemovycka-gromada.gov.ua/news/1574934256/',
  },
  {
    id: 'ns-gromada-cnap-yeyasla-2026',
    kind: 'publication',
    title: {
      uk: 'ЦНАП Нижньосірогозької громади: «Що важливо знати про програму “Ясла”» (за інформацією Нацсоцслужби)',
      en: 'Nyzhni Sirohozy CNAP notice on the «yeYasla» programme (from the National Social Service)',
    },
    url: 'https://cnap.ns-gromada.gov.ua/news/285464-shho-vazlivo-znati-pro-programu-iasla',
  },
  {
    id: 'pfu-news-adoption-2025',
    kind: 'publication',
    title: {
      uk: 'Повідомлення ГУ ПФУ в Донецькій області про допомогу при усиновленні (у переказі УНН)',
      en: 'Pension Fund Donetsk office notice on adoption assistance, as reported by UNN',
    },
    url: 'https://unn.ua/news/ukraintsi-otrymuiut-sotsialnu-dopomohu-pry-usynovlenni-ditei-alhorytm-vyplat',
  },
  {
    id: 'pfu-news-guardianship-2025',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення пресслужби ПФУ щодо допомоги на дітей під опікою (у переказі Новини.LIVE)',
      en: 'Pension Fund press explanation on guardianship assistance, as reported by Novyny.LIVE',
    },
    url: 'https://finance.novyny.live/derzhdopomoga-opikunam-skilki-u-zhovtni-platiat-na-ditei-285383.html',
  },
  {
    id: 'pfu-news-maternity-2025',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення ПФУ щодо допомоги у зв’язку з вагітністю та пологами (у переказі sud.ua, Главком)',
      en: 'Pension Fund explanation on maternity assistance, as reported by sud.ua and Glavcom',
    },
    url: 'https://sud.ua/uk/news/ukraine/339548-predostavlyaetsya-li-gosudarstvennaya-pomosch-pri-beremennosti-esli-zhenschina-stoit-na-uchete-v-tsentre-zanyatosti-razyasnenie',
  },
  {
    id: 'pfu-news-single-mother-2025',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення Пенсійного фонду щодо допомоги одиноким матерям (у переказі sud.ua)',
      en: 'Pension Fund explanation on single-mother assistance, as reported by sud.ua',
    },
    url: 'https://sud.ua/ru/news/ukraine/349016-pomosch-odinokim-materyam-i-ottsam-vyplachivaetsya-li-esli-na-detey-uzhe-est-drugie-vyplaty',
  },
  {
    id: 'pfu-no-pension-assistance-news-2025',
    kind: 'publication',
    inForce: '2025-07-01',
    title: {
      uk: 'Повідомлення ЗМІ з посиланням на Пенсійний фонд про адміністрування допомоги особам, які не мають права на пенсію',
      en: 'News reports quoting the Pension Fund on administering assistance to persons without pension rights',
    },
  },
  {
    id: 'pfu-volyn-infant-care-news-2026',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення ГУ ПФУ у Волинській області щодо допомоги для догляду за дитиною до року (у переказі news.finance.ua)',
      en: 'Pension Fund Volyn office on the under-one child-care assistance, as reported by news.finance.ua',
    },
    url: 'https://news.finance.ua/ua/nova-dopomoha-na-dytynu-hto-mozhe-otrymaty-umovy',
  },
  {
    id: 'poltava-cnap-deregistration-representative-207',
    kind: 'publication',
    title: {
      uk: 'ЦНАП м. Полтави: «Зняття з реєстрації місця проживання»',
      en: 'Poltava CNAP card: deregistration of the place of residence',
    },
    url: 'https://cnap-pl.gov.ua/index.php/22-administratyvni-posluhy/100-znyattya-z-reestratsiji-mistsya-prozhivannya',
  },
  {
    id: 'rcp-kh-fuel-privilege-card',
    kind: 'publication',
    title: {
      uk: 'Картка послуги «Призначення пільги на придбання твердого та рідкого пічного побутового палива і скрапленого газу» (Регіональний центр послуг, rcp.kh.ua)',
      en: 'Service card: privilege for buying solid and liquid stove fuel and liquefied gas (Kharkiv Regional service centre)',
    },
    url: 'https://rcp.kh.ua/category/pensiyniy/9750',
  },
  {
    id: 'register-names',
    kind: 'publication',
    title: {
      uk: 'Загальновідомі назви державних реєстрів',
      en: 'Commonly used names of state registers',
    },
  },
  {
    id: 'rent-subsidy-term-napensii',
    kind: 'publication',
    title: {
      uk: 'Повідомлення про строк ухвалення рішення про субсидію на оренду (napensii.ua за «Урядом online»)',
      en: 'Report on the rent subsidy decision term (napensii.ua quoting the government portal)',
    },
    url: 'https://napensii.ua/uk/news/352373-z-29-sichnya-startuye-nova-programa-dopomogy-dlya-pereselencziv-yak-yiyi-otrymaty/amp',
  },
  {
    id: 'residence-registration-housing-right-265',
    kind: 'publication',
    title: {
      uk: 'Картки ЦНАП Білгорода-Дністровського (01-68) і Хмільника: документи, що підтверджують право на проживання в житлі',
      en: 'Bilhorod-Dnistrovskyi (01-68) and Khmilnyk CNAP cards: documents proving the right to live in the housing',
    },
    url: 'https://cnap-bilgorod.org.ua/poslugi/posluga/287',
  },
  {
    id: 'single-mother-assistance-globyno-card',
    kind: 'publication',
    title: {
      uk: 'ЦНАП Глобинської громади: «Надання державної допомоги на дітей одиноким матерям» (код 03-50)',
      en: 'Globyno CNAP card: assistance for children of single mothers',
    },
    url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/210',
  },
  {
    id: 'snovsk-cnap-list',
    kind: 'publication',
    title: {
      uk: 'Перелік адміністративних послуг ЦНАП Сновської міської ради',
      en: 'Snovsk CNAP list of services',
    },
    url: 'https://snovmr.gov.ua/',
  },
  {
    id: 'social-assistance-via-cnap-fursivska',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення Фурсівської громади щодо прийому заяв на соціальну допомогу',
      en: 'Fursivska hromada notice on receiving social assistance applications',
    },
    url: 'https://fursivska-gromada.gov.ua',
  },
  {
    id: 'sud-privilege-actual-residence-2025',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення ПФУ про пільги за фактичним місцем проживання (за sud.ua)',
      en: 'Pension Fund explanation of privileges at the actual residence (as reported by sud.ua)',
    },
    url: 'https://sud.ua/uk/news/ukraine/341912-ukraintsam-obyasnili-mozhet-li-lgota-na-kommunalku-predostavlyatsya-po-adresu-fakticheskogo-prozhivaniya-lgotnika',
  },
  {
    id: 'suvrada-kherson-funeral-assistance-2021',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення Суворовської районної у м. Херсоні ради «Допомога на поховання деяких категорій осіб»',
      en: 'Suvorov district council (Kherson) notice on funeral assistance for some categories of persons',
    },
    url: 'http://suvrada.kherson.ua/dlja-gromadjan/korisna-informacija/dokladnishe/?tx_ttnews%5Btt_news%5D=3739&cHash=c37881b460e3be0b94b41ec71ef53245',
  },
  {
    id: 'ukurier-first-yeyasla-payments-2026',
    kind: 'publication',
    title: {
      uk: 'Урядовий кур’єр: «Перші виплати за програмою «єЯсла»» (за повідомленням Секретаріату КМУ)',
      en: 'Government Courier: first payments under the «yeYasla» programme (from the Cabinet Secretariat)',
    },
    url: 'http://ukurier.gov.ua/uk/news/pershi-viplati-za-programoyu-yeyasla/',
  },
  {
    id: 'ukurier-special-accounts-2026',
    kind: 'publication',
    title: {
      uk: 'Урядовий кур’єр: «Перші спеціальні рахунки для нових дитячих виплат» (за повідомленням Мінсоцполітики)',
      en: 'Government Courier: the first special accounts for the new child payments (from the Ministry of Social Policy)',
    },
    url: 'http://ukurier.gov.ua/uk/news/pershi-specialni-rahunki-dlya-novih-dityachih-vipl/',
  },
  {
    id: 'upszn-berezan-no-pension-assistance-documents',
    kind: 'publication',
    title: {
      uk: 'Перелік документів для призначення державної соціальної допомоги особам, які не мають права на пенсію, та особам з інвалідністю (upszn-berezan.com.ua)',
      en: 'Berezan social protection office list for assistance to persons without pension rights and persons with disabilities',
    },
    url: 'https://upszn-berezan.com.ua/638-2/',
  },
  {
    id: 'vchorayshenska-fuel-privilege-373-2026',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення Вчорайшенської громади «Який порядок надання пільг на придбання твердого побутового палива?» (02.01.2026), за Порядком, затвердженим постановою КМУ № 373',
      en: 'Vchoraishe hromada notice on the solid fuel privilege (02.01.2026), per the procedure of Cabinet resolution 373',
    },
    url: 'https://vchorayshenska-gromada.gov.ua/news/1768225140/',
  },
  {
    id: 'vilh-privilege-actual-residence-2025',
    kind: 'publication',
    title: {
      uk: 'Роз’яснення «Умови призначення пільги з оплати житлово-комунальних послуг за фактичним місцем проживання» (vilh.gov.ua, 28.01.2025)',
      en: 'Notice on the housing and utility privilege at the actual place of residence (vilh.gov.ua, 28.01.2025)',
    },
    url: 'https://vilh.gov.ua/umovi-priznachennya-pilgi-za-umovi-faktichnogo-prozhivannya-13-29-06-28-01-2025/',
  },
  {
    id: 'wiki-1551-deregistration-before-2021',
    kind: 'publication',
    title: {
      uk: 'Довідкова база Контактного центру м. Києва 1551: зняття з реєстрації місця проживання',
      en: 'Kyiv 1551 contact centre knowledge base: deregistration of the place of residence',
    },
    url: 'https://wiki.1551.gov.ua/pages/viewpage.action?pageId=10551560',
  },
  {
    id: 'zelenopidska-large-family-pfu-2025',
    kind: 'publication',
    title: {
      uk: 'ЦНАП Зеленопідської громади: «Державна соціальна допомога на дітей, які виховуються у багатодітних сім’ях»',
      en: 'Zelenopidska CNAP notice on assistance to children of large families',
    },
    url: 'https://cnap.zelenopidska-gromada.gov.ua/news/240774-derzavna-socialna-dopomoga-na-ditei-iaki-vixovuiutsia-u-bagatoditnix-simiax',
  },
];
