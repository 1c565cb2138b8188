import type { Act } from '../register.js';

// Acts and sources first cited for services for persons with disabilities, their carers, and the Chornobyl and explosive-injury payments. Each act is a constant of its own.

/** Закон України «Про основи соціальної захищеності осіб з інвалідністю в Україні» (№ 875-XII) */
export const LAW_875_XII: Act = {
  id: 'law-875-xii',
  kind: 'law',
  number: '875-XII',
  adopted: '1991-03-21',
  title: {
    uk: 'Закон України «Про основи соціальної захищеності осіб з інвалідністю в Україні»',
    en: 'Law of Ukraine On the Foundations of Social Protection of Persons with Disabilities in Ukraine',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/875-12',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/08021-ua-law-875-12.json, commit 35a12f9); the edition date is not stated there.',
};

/** Постанова КМУ «Деякі питання призначення і виплати компенсації фізичним особам, які надають соціальні послуги з догляду на непрофесійній основі» (№ 859) */
export const KMU_859_2020: Act = {
  id: 'kmu-859-2020',
  kind: 'cabinetResolution',
  number: '859',
  adopted: '2020-09-23',
  title: {
    uk:
      'Постанова КМУ «Деякі питання призначення і виплати компенсації фізичним особам, які надають соціальні ' +
      'послуги з догляду на непрофесійній основі»',
    en: 'Cabinet resolution on the compensation to persons who give care on a non-professional basis',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/859-2020-п',
  note:
    'Items 1–4 of the resolution read as zakononline.com.ua reproduces it (the edition not stated): item 1 approves ' +
    'the procedure, item 4 puts it in force on the day of publication (Official Bulletin 2020 No. 79, art. 2531, as ' +
    'КМУ 1040 cites it; the day of publication not read). The procedure itself was read only in a CNAP’s retelling. ' +
    'The address is built by zakon.rada.gov.ua’s pattern.',
};

/** Інформація про послугу «Призначення компенсації за догляд фізичній особі, яка надає соціальні послуги з догляду без здійснення підприємницької діяльності на непрофесійній основі» (ЦНАП м. Ужгород) */
export const UZHHOROD_NON_PROFESSIONAL_CARE_CARD: Act = {
  id: 'uzhhorod-non-professional-care-card',
  kind: 'publication',
  title: {
    uk:
      'Інформація про послугу «Призначення компенсації за догляд фізичній особі, яка надає соціальні послуги з ' +
      'догляду без здійснення підприємницької діяльності на непрофесійній основі» (ЦНАП м. Ужгород)',
    en: 'Service page: compensation to a person giving care on a non-professional basis (Uzhhorod city CNAP)',
  },
  url: 'https://rada-uzhgorod.gov.ua/posluhy-tsnap/priznachennya-kompensatsii-za-doglyad-fizichniy-osobi-yaka-nadae-sotsialni-poslugi-z-doglyadu-bez-zdiysnennya-pidpriemnitskoi-diyalnosti-na-neprofesiyniy-osnovi',
  note: 'A city council’s CNAP page; its date is not shown.',
};

/** «Гроші за догляд за родичем: скільки можна отримувати у 2025» (novyny.live, 07.09.2025) */
export const NOVYNY_LIVE_CARE_COMPENSATION_2025: Act = {
  id: 'novyny-live-care-compensation-2025',
  kind: 'publication',
  adopted: '2025-09-07',
  title: {
    uk: '«Гроші за догляд за родичем: скільки можна отримувати у 2025» (novyny.live)',
    en: 'News: money for caring for a relative in 2025 (novyny.live)',
  },
  url: 'https://novyny.live/ekonomi/groshi-za-dogliad-za-rodichem-skilki-mozhna-otrimuvati-u-2025-278898.html',
};

/** Постанова КМУ «Про затвердження Порядку забезпечення допоміжними засобами реабілітації (технічними та іншими засобами реабілітації) осіб з інвалідністю, дітей з інвалідністю та інших окремих категорій населення і виплати грошової компенсації вартості за самостійно придбані такі засоби, їх переліку» (№ 321) */
export const KMU_321_2012: Act = {
  id: 'kmu-321-2012',
  kind: 'cabinetResolution',
  number: '321',
  adopted: '2012-04-05',
  title: {
    uk:
      'Постанова КМУ «Про затвердження Порядку забезпечення допоміжними засобами реабілітації (технічними та ' +
      'іншими засобами реабілітації) осіб з інвалідністю, дітей з інвалідністю та інших окремих категорій ' +
      'населення і виплати грошової компенсації вартості за самостійно придбані такі засоби, їх переліку»',
    en:
      'Cabinet resolution approving the procedure for providing assistive (technical and other) rehabilitation ' +
      'aids to persons with disabilities and the compensation of self-purchased aids',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/321-2012-п',
  note:
    'Number, date and the procedure’s present title as the Fund for Social Protection of Persons with ' +
    'Disabilities gives them (ispf.gov.ua, 19.02.2024); the text was not read. Its renewed procedure took effect ' +
    'on 15.12.2023 (a hromada’s page, mtlrg-kr.gov.ua). The address is built by zakon.rada.gov.ua’s pattern.',
};

/** Фонд соціального захисту осіб з інвалідністю: «Загальна інформація» про забезпечення засобами реабілітації (ispf.gov.ua, 19.02.2024) */
export const ISPF_REHABILITATION_AIDS_INFO: Act = {
  id: 'ispf-rehabilitation-aids-info',
  kind: 'notice',
  adopted: '2024-02-19',
  title: {
    uk: 'Фонд соціального захисту осіб з інвалідністю: «Загальна інформація» про забезпечення засобами реабілітації',
    en: 'Fund for Social Protection of Persons with Disabilities: general information on rehabilitation aids',
  },
  url: 'https://www.ispf.gov.ua/diyalnist/zabezpechennya-tehnichnimi-zasobami-reabilitaciyi/zagalna-informaciya',
};

/** Інформаційна картка «Видача направлення на забезпечення допоміжними засобами реабілітації…» (УСЗН Полтавської РДА, наказ від 28.01.2025 № 08-од) */
export const POLTAVA_RDA_REHABILITATION_AIDS_CARD: Act = {
  id: 'poltava-rda-rehabilitation-aids-card',
  kind: 'informationCard',
  number: '08-од',
  adopted: '2025-01-28',
  title: {
    uk:
      'Інформаційна картка адміністративної послуги «Видача направлення на забезпечення допоміжними засобами ' +
      'реабілітації (технічними та іншими засобами реабілітації) осіб з інвалідністю та дітей з інвалідністю» ' +
      '(УСЗН Полтавської районної державної адміністрації)',
    en:
      'Information card: referral for assistive rehabilitation aids for persons and children with disabilities ' +
      '(social protection department of the Poltava district administration)',
  },
  url: 'https://nchvorosha-gromada.gov.ua/news/1739346751',
  note:
    'Approved by order No. 08-од of 28.01.2025 of the provider (the district administration’s social protection ' +
    'department), as published on a hromada’s site; only its opening (the provider and its address) was read.',
};

/** Роз’яснення Департаменту соціального розвитку та ветеранської політики Київської ОДА про пункт 12 Порядку № 321 (передрук на tg.gov.ua) */
export const KOA_REHABILITATION_AIDS_CHANNELS: Act = {
  id: 'koa-rehabilitation-aids-channels',
  kind: 'publication',
  title: {
    uk:
      'Роз’яснення Департаменту соціального розвитку та ветеранської політики Київської ОДА «Порядок ' +
      'забезпечення допоміжними засобами реабілітації» (передрук на сайті громади)',
    en: 'Kyiv regional administration department’s explanation of the rehabilitation aids procedure (hromada repost)',
  },
  url: 'https://tg.gov.ua/news/1714136281/',
  note: 'A regional department’s explanation as a hromada’s site reposts it (April 2024, by the address).',
};

/** «Забезпечення технічними та іншими засобами реабілітації» (ЦНАП «Прозорий офіс», м. Харків) */
export const KHARKIV_CNAP_REHABILITATION_AIDS_CARD: Act = {
  id: 'kharkiv-cnap-rehabilitation-aids-card',
  kind: 'publication',
  title: {
    uk: '«Забезпечення технічними та іншими засобами реабілітації» (ЦНАП «Прозорий офіс», м. Харків)',
    en: 'Service page: provision of technical and other rehabilitation aids (Kharkiv «Prozoryi ofis» CNAP)',
  },
  url: 'https://prozoriy-office.kharkov.ua/reestr-poslug/zabespechennya-reabilitacii/',
  note: 'A city CNAP’s page; its date is not shown.',
};

/** Повідомлення Митрофанівської громади про оновлений Порядок забезпечення допоміжними засобами реабілітації з 15.12.2023 (mtlrg-kr.gov.ua) */
export const MTLRG_REHABILITATION_AIDS_2023: Act = {
  id: 'mtlrg-rehabilitation-aids-2023',
  kind: 'publication',
  title: {
    uk:
      'Повідомлення громади «Забезпечення осіб з інвалідністю допоміжними засобами реабілітації» про оновлений ' +
      'Порядок з 15 грудня 2023 року (mtlrg-kr.gov.ua)',
    en: 'Hromada notice: the renewed rehabilitation aids procedure in force from 15 December 2023',
  },
  url: 'http://www.mtlrg-kr.gov.ua/node/1772',
};

/** Закон України «Про статус і соціальний захист громадян, які постраждали внаслідок Чорнобильської катастрофи» (№ 796-XII) */
export const LAW_796_XII: Act = {
  id: 'law-796-xii',
  kind: 'law',
  number: '796-XII',
  adopted: '1991-02-28',
  title: {
    uk: 'Закон України «Про статус і соціальний захист громадян, які постраждали внаслідок Чорнобильської катастрофи»',
    en: 'Law of Ukraine On the Status and Social Protection of Citizens Affected by the Chornobyl Catastrophe',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/796-12',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/08029-ua-law-796-12.json, commit 35a12f9); the edition date is not stated there.',
};

/** Постанова КМУ «Про затвердження Порядку виплати одноразової компенсації за шкоду, заподіяну внаслідок Чорнобильської катастрофи, інших ядерних аварій, ядерних випробувань, військових навчань із застосуванням ядерної зброї, та щорічної допомоги на оздоровлення деяким категоріям громадян» (№ 760) */
export const KMU_760_2016: Act = {
  id: 'kmu-760-2016',
  kind: 'cabinetResolution',
  number: '760',
  adopted: '2016-10-26',
  inForce: '2016-11-02',
  title: {
    uk:
      'Постанова КМУ «Про затвердження Порядку виплати одноразової компенсації за шкоду, заподіяну внаслідок ' +
      'Чорнобильської катастрофи, інших ядерних аварій, ядерних випробувань, військових навчань із застосуванням ' +
      'ядерної зброї, та щорічної допомоги на оздоровлення деяким категоріям громадян»',
    en:
      'Cabinet resolution on the one-off compensation for harm caused by the Chornobyl catastrophe and other ' +
      'nuclear accidents and the annual recovery assistance',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/760-2016-п',
  note:
    'Number, date and title as the Sumy city council’s social protection department gives them ' +
    '(dszn.smr.gov.ua); in force from 02.11.2016 and last amended on 01.07.2025 as a Russian translation ' +
    '(prg.kz, edition of 25.06.2025) states; the Ukrainian text was not read. The address is built by ' +
    'zakon.rada.gov.ua’s pattern.',
};

/** Департамент соціального захисту населення Сумської міської ради: «Компенсації особам, постраждалим від аварії на ЧАЕС» (dszn.smr.gov.ua) */
export const SMR_CHORNOBYL_COMPENSATIONS: Act = {
  id: 'smr-chornobyl-compensations',
  kind: 'publication',
  title: {
    uk: 'Департамент соціального захисту населення Сумської міської ради: «Компенсації особам, постраждалим від аварії на ЧАЕС»',
    en: 'Sumy city council social protection department: compensations to persons affected by the Chornobyl accident',
  },
  url: 'https://dszn.smr.gov.ua/kompensatsiyi-osobam-postrazhdalim-vid-avariyi-na-chaes/',
  note: 'A city council department’s page from before 01.07.2025 (its date is not shown).',
};

/** ЦНАП у м. Кременчук: послуга 58-92 «Призначення одноразової компенсації за шкоду, заподіяну здоров’ю учасникам ліквідації наслідків аварії на Чорнобильській АЕС…» */
export const KREMENCHUK_CNAP_CHORNOBYL_COMPENSATION: Act = {
  id: 'kremenchuk-cnap-chornobyl-compensation',
  kind: 'publication',
  title: {
    uk:
      'ЦНАП у м. Кременчук, послуга 58-92 «Призначення одноразової компенсації за шкоду, заподіяну здоров’ю ' +
      'учасникам ліквідації наслідків аварії на Чорнобильській АЕС, які стали особами з інвалідністю…»',
    en: 'Kremenchuk CNAP, service 58-92: the one-off compensation to Chornobyl clean-up workers who became disabled',
  },
  url: 'https://cnap-kremen.gov.ua/poslugi/posluga/807',
  note: 'A city CNAP’s service page (its date not shown); 58-92 is the CNAP’s own code, not a Register id.',
};

/** «Пенсійний фонд: нові повноваження з виплати соцдопомог» — перелік 39 видів допомог, які з 1 липня 2025 року виплачує ПФУ (pravdorub.live) */
export const PRAVDORUB_PFU_39_TYPES_2025: Act = {
  id: 'pravdorub-pfu-39-types-2025',
  kind: 'publication',
  title: {
    uk: '«Пенсійний фонд: нові повноваження з виплати соцдопомог» (pravdorub.live, Новороздільська громада)',
    en: 'News: the Pension Fund’s new powers over social assistance, the list of 39 types (pravdorub.live)',
  },
  url: 'https://pravdorub.live/%d1%96%d0%b7-1-%d0%bb%d0%b8%d0%bf%d0%bd%d1%8f-2025-%d1%80%d0%be%d0%ba%d1%83-%d0%bf%d0%b5%d0%bd%d1%81%d1%96%d0%b9%d0%bd%d0%b8%d0%b9-%d1%84%d0%be%d0%bd%d0%b4-%d1%83%d0%ba%d1%80%d0%b0%d1%97%d0%bd-14',
  note: 'News republishing a hromada’s notice; the list was read to its item 4.',
};

/** «Хто з українців може отримати компенсацію за харчування та як її оформити – пояснив ПФУ» (sud.ua, 09.11.2025) */
export const SUD_CHORNOBYL_FOOD_COMPENSATION_2025: Act = {
  id: 'sud-chornobyl-food-compensation-2025',
  kind: 'publication',
  adopted: '2025-11-09',
  title: {
    uk: '«Хто з українців може отримати компенсацію за харчування та як її оформити – пояснив ПФУ» (sud.ua)',
    en: 'News: who can get the food compensation and how, as the Pension Fund explained (sud.ua)',
  },
  url: 'https://sud.ua/ru/news/ukraine/345721-khto-z-ukrayintsiv-mozhe-otrimati-kompensatsiyu-za-kharchuvannya-ta-yak-yiyi-oformiti-poyasniv-pfu',
  note: 'News retelling the Pension Fund; the page mixes Russian and Ukrainian.',
};

/** «Грошова допомога у Черкаській області: як отримати фінансову підтримку» (politeka.net, 21.09.2025) */
export const POLITEKA_CHORNOBYL_FOOD_COMPENSATION_2025: Act = {
  id: 'politeka-chornobyl-food-compensation-2025',
  kind: 'publication',
  adopted: '2025-09-21',
  title: {
    uk: '«Грошова допомога у Черкаській області: як отримати фінансову підтримку» (politeka.net)',
    en: 'News: the food compensation in Cherkasy oblast, as the Pension Fund reminded (politeka.net)',
  },
  url: 'https://first.politeka.net/uk/458537-groshova-dopomoga-u-cherkaskiy-oblasti-yak-otrimati-finansovu-pidtrimku',
};

/** Постановление КМУ от 26.10.2016 № 760 в русском переводе, редакция на 25.06.2025 (prg.kz) */
export const PRG_KMU_760_TRANSLATION: Act = {
  id: 'prg-kmu-760-translation',
  kind: 'publication',
  title: {
    uk: 'Постанова КМУ від 26.10.2016 № 760 у російському перекладі, редакція станом на 25.06.2025 (prg.kz)',
    en: 'Cabinet resolution 760 of 2016 in a Russian translation, edition as of 25.06.2025 (prg.kz)',
  },
  url: 'https://prg.kz/document/?doc_id=36177080',
  note: 'A commercial legal database’s translation; its header (status, entry into force, last change) was read.',
};

/** «Гроші на харчування для пенсіонерів: кому держава компенсує продукти» (24tv.ua, 08.11.2025) */
export const TV24_CHORNOBYL_FOOD_2025: Act = {
  id: 'tv24-chornobyl-food-2025',
  kind: 'publication',
  adopted: '2025-11-08',
  title: {
    uk: '«Кому держава компенсує харчування» — про компенсацію вартості продуктів харчування чорнобильцям (24tv.ua)',
    en: 'News: who gets the food compensation for Chornobyl-affected persons (24tv.ua)',
  },
  url: 'https://24tv.ua/economy/groshi-harchuvannya-dlya-pensioneriv-viplata-produkti-2025_n2947387',
};

/** The acts of this file, in the order written. */
export const DISABILITY_AND_CARE_ACTS: readonly Act[] = [
  LAW_875_XII,
  KMU_859_2020,
  UZHHOROD_NON_PROFESSIONAL_CARE_CARD,
  NOVYNY_LIVE_CARE_COMPENSATION_2025,
  KMU_321_2012,
  ISPF_REHABILITATION_AIDS_INFO,
  POLTAVA_RDA_REHABILITATION_AIDS_CARD,
  KOA_REHABILITATION_AIDS_CHANNELS,
  KHARKIV_CNAP_REHABILITATION_AIDS_CARD,
  MTLRG_REHABILITATION_AIDS_2023,
  LAW_796_XII,
  KMU_760_2016,
  SMR_CHORNOBYL_COMPENSATIONS,
  KREMENCHUK_CNAP_CHORNOBYL_COMPENSATION,
  PRAVDORUB_PFU_39_TYPES_2025,
  SUD_CHORNOBYL_FOOD_COMPENSATION_2025,
  POLITEKA_CHORNOBYL_FOOD_COMPENSATION_2025,
  PRG_KMU_760_TRANSLATION,
  TV24_CHORNOBYL_FOOD_2025,
];
