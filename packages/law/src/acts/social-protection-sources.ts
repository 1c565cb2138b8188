import type { Act } from '../register.js';

// Acts and sources first cited for the other social protection services (IDPs, subsidies and privileges, disability, funerals, residence), as read to settle their values. Each act is a constant of its own.

/** Постанова КМУ № 820 від 04.08.2023 (порядок внесення відомостей про адресу на окупованих територіях; зміни до порядків, затверджених постановою № 265) */
export const KMU_820_2023: Act = {
  id: 'kmu-820-2023',
  kind: 'cabinetResolution',
  number: '820',
  adopted: '2023-08-04',
  title: {
    uk:
      'Постанова КМУ «Про затвердження Порядку внесення відомостей про адресу задекларованого/зареєстрованого ' +
      'місця проживання (перебування), що знаходиться на тимчасово окупованій Російською Федерацією території ' +
      'України, а також на територіях, на яких ведуться (велися) бойові дії, та внесення змін до порядків, ' +
      'затверджених постановою Кабінету Міністрів України від 7 лютого 2022 р. № 265»',
    en:
      'Cabinet resolution on entering addresses in occupied or combat areas, amending the procedures approved by ' +
      'resolution 265 of 2022',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/820-2023-п',
};

/** Опис послуги ЦНАП Фонтанської сільської ради «Призначення грошової допомоги особі, яка проживає разом з особою з інвалідністю І чи ІІ групи внаслідок психічного розладу…» (код Дія 00103) */
export const CNAP_FONTANKA_CARD_00103: Act = {
  id: 'cnap-fontanka-card-00103',
  kind: 'informationCard',
  title: {
    uk:
      'Опис послуги ЦНАП Фонтанської сільської ради «Призначення грошової допомоги особі, яка проживає разом з ' +
      'особою з інвалідністю І чи ІІ групи внаслідок психічного розладу…» (код Дія 00103)',
    en:
      'Fontanka CNAP service description: the allowance to a person living with a person with a group I or II ' +
      'disability due to a mental disorder (Diia code 00103)',
  },
  url:
    'https://cnap.fontanska-rada.gov.ua/za-sferami-nadannja/pryznachennia-hroshovoi-dopomohy-osobi-iaka-prozhyvaie-' +
    'razom-z-osoboiu-z-invalidnistiu-i-chy-ii-hrupy-vnaslidok-psykhichnoho-rozladu-iaka-za-vysnovkom-' +
    'likarsko-konsultatyvnoi-komisii-zakladu-okhorony/',
};

/** Гід з державних послуг: «Реєстрація місця проживання/Зміна реєстрації місця проживання (раніше прописка)» (00034) */
export const DIIA_GUIDE_RESIDENCE_REGISTRATION: Act = {
  id: 'diia-guide-residence-registration',
  kind: 'notice',
  title: {
    uk: 'Гід з державних послуг: «Реєстрація місця проживання/Зміна реєстрації місця проживання (раніше прописка)»',
    en: 'Diia guide: registration of the place of residence (service 00034)',
  },
  url: 'https://guide.diia.gov.ua/view/reiestratsiia-mistsia-prozhyvannia-c17772e7-17df-43b8-9b6f-dcfa0766b513',
};

/** Постанова КМУ № 1035 від 28.10.2020 «Про внесення змін до деяких постанов Кабінету Міністрів України» (прийом заяв на соціальну підтримку з 01.01.2021) */
export const KMU_1035_2020: Act = {
  id: 'kmu-1035-2020',
  kind: 'cabinetResolution',
  number: '1035',
  adopted: '2020-10-28',
  title: {
    uk: 'Постанова КМУ «Про внесення змін до деяких постанов Кабінету Міністрів України» (№ 1035 від 28.10.2020)',
    en: 'Cabinet resolution 1035 of 28.10.2020 amending several resolutions (where applications for social support are taken from 01.01.2021)',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1035-2020-п',
  note:
    'Only the opening of the text was read (zakon-i-normativ.info copy, marked as amended by КМУ 893 of ' +
    '20.08.2021): it opens with п. 9 of the Положення approved by КМУ 848. The clause on the social protection ' +
    'units taking applications only by post or electronically from 01.01.2021, and the list of the procedures it ' +
    'amends, were not read in the text; they are known from notices that name this resolution.',
};

/** Андрушівська РДА (Житомирська обл.): «Управління праці та соціального захисту населення інформує» — прийом заяв з 1 січня 2021 р. */
export const ANDRUSHIVKA_RDA_INTAKE_2021: Act = {
  id: 'andrushivka-rda-uszn-intake-2021',
  kind: 'notice',
  title: {
    uk:
      'Андрушівська районна державна адміністрація: «Управління праці та соціального захисту населення ' +
      'інформує» (прийом заяв з 1 січня 2021 р.)',
    en: 'Andrushivka district state administration: the social protection unit on where applications are taken from 01.01.2021',
  },
  url: 'http://andrda.zt.gov.ua/news/1787/new.html',
  note: 'The page’s date was not seen; its text refers to a Cabinet resolution whose number was cut off in the copy read.',
};

/** Острожецька громада: «Увага! Інформація для отримувачів соціальних виплат!» (постанова КМУ № 1035) */
export const OSTROZHETS_1035_NOTICE: Act = {
  id: 'ostrozhets-hromada-1035-notice',
  kind: 'publication',
  title: {
    uk: 'Острожецька громада: «Увага! Інформація для отримувачів соціальних виплат!» (постанова КМУ № 1035)',
    en: 'Ostrozhets hromada news: information for recipients of social payments (Cabinet resolution 1035)',
  },
  url: 'https://ostrozhecka-gromada.gov.ua/news/1610356421/',
};

/** 04141.com.ua: з 1 січня Новоград-Волинська РДА не прийматиме документи від громадян (роз’яснення Асоціації міст України до постанови КМУ № 1035) */
export const NOVOHRAD_1035_AMU_NEWS: Act = {
  id: 'novohrad-rda-1035-amu-news',
  kind: 'publication',
  title: {
    uk:
      '04141.com.ua: з 1 січня Новоград-Волинська РДА не прийматиме документи від громадян (роз’яснення ' +
      'Асоціації міст України до постанови КМУ № 1035)',
    en: 'Local news: from 1 January the Novohrad-Volynskyi district administration stops taking documents in person (the Association of Ukrainian Cities on resolution 1035)',
  },
  url: 'https://04141.com.ua/amp/news/2930202/z-1-sicna-novograd-volinska-rda-ne-prijmatime-dokumenti-vid-gromadan-narucno',
  note: 'Title as the address gives it; the headline itself was not in the copy read.',
};

/** debaty.sumy.ua: «На Сумщині змінюється алгоритм отримання всіх видів соціальних допомог» (з посиланням на обласний департамент соціального захисту) */
export const SUMY_INTAKE_2021_NEWS: Act = {
  id: 'sumy-intake-2021-news',
  kind: 'publication',
  title: {
    uk: 'debaty.sumy.ua: «На Сумщині змінюється алгоритм отримання всіх видів соціальних допомог»',
    en: 'Sumy news: the way to apply for every kind of social assistance changes in Sumy oblast',
  },
  url: 'https://debaty.sumy.ua/news/society/na-sumshhini-zminyuyetsya-algoritm-otrimannya-vsih-vidiv-sotsialnih-dopomog',
};

/** Донецька обласна військова адміністрація (dn.gov.ua): державна соціальна допомога особам, які не мають права на пенсію, та особам з інвалідністю — що варто знати (англомовна версія сторінки) */
export const DONETSK_OVA_NO_PENSION_ASSISTANCE: Act = {
  id: 'donetsk-ova-no-pension-assistance-2025',
  kind: 'notice',
  title: {
    uk:
      'Донецька обласна військова адміністрація: «Державна соціальна допомога особам, які не мають права на ' +
      'пенсію, та особам з інвалідністю: що варто знати»',
    en: 'Donetsk oblast administration: state social assistance to persons not entitled to a pension and persons with disabilities — what to know',
  },
  url:
    'https://dn.gov.ua/en/news/derzhavna-sotsialna-dopomoha-osobam-iaki-ne-maiut-prava-na-pensiiu-ta-osobam-z-' +
    'invalidnistiu-shcho-varto-znaty',
  note:
    'Read in the English version of the administration’s page; the Ukrainian title is given as the address ' +
    'spells it. The page’s date was not seen; it describes the Pension Fund era (after 01.07.2025).',
};

/** The acts of this file, in the order written. */
export const SOCIAL_PROTECTION_SOURCES_ACTS: readonly Act[] = [
  KMU_820_2023,
  CNAP_FONTANKA_CARD_00103,
  DIIA_GUIDE_RESIDENCE_REGISTRATION,
  KMU_1035_2020,
  ANDRUSHIVKA_RDA_INTAKE_2021,
  OSTROZHETS_1035_NOTICE,
  NOVOHRAD_1035_AMU_NEWS,
  SUMY_INTAKE_2021_NEWS,
  DONETSK_OVA_NO_PENSION_ASSISTANCE,
];
