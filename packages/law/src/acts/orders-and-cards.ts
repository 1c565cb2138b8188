import type { Act } from '../register.js';

// Orders and letters of ministries and central bodies, typical and information cards, local acts and court practice the SDK cites. Each act is a constant of its own, so a package that cites a few acts bundles only those.

/** Інструкція щодо порядку оформлення і ведення особових справ отримувачів усіх видів соціальної допомоги (наказ Мінпраці від 19.09.2006 № 345, зареєстрований у Мін’юсті 06.10.2006 за № 1098/12972) */
export const MLSP_ORDER_345_2006: Act = {
  id: 'mlsp-order-345-2006',
  kind: 'ministryOrder',
  number: '345',
  adopted: '2006-09-19',
  title: {
    uk: 'Інструкція щодо порядку оформлення і ведення особових справ отримувачів усіх видів соціальної допомоги (наказ Мінпраці від 19.09.2006 № 345, зареєстрований у Мін’юсті 06.10.2006 за № 1098/12972)',
    en: 'Instruction on personal files of recipients of all kinds of social assistance (Ministry of Labour order 345 of 19.09.2006, registered by the Ministry of Justice on 06.10.2006 under 1098/12972)',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/z1098-06',
  editions: [
    { from: '2015-09-07', note: 'edition date listed on parusconsultant.com; amending act not read' },
    {
      from: '2019-07-17',
      by: 'наказ Мінсоцполітики № 1106',
      note: 'z0888-19, registered 08.08.2019 under 888/33859; п. 2.5 restated',
    },
    { from: '2022-01-04', by: 'наказ № 1', note: 'per inventory; not checked' },
  ],
  note: 'Registered by the Ministry of Justice as 1098/12972; p. 2.5 was restated by order 1106 of 17.07.2019 (z0888-19).',
};

/** Наказ Пенсійного фонду України від 24.04.2024 № 46 (Типова інформаційна картка адміністративної послуги з призначення пільги на оплату житла, комунальних послуг) */
export const PFU_ORDER_46_2024: Act = {
  id: 'pfu-order-46-2024',
  kind: 'ministryOrder',
  number: '46',
  adopted: '2024-04-24',
  title: {
    uk: 'Наказ Пенсійного фонду України від 24.04.2024 № 46 (Типова інформаційна картка адміністративної послуги з призначення пільги на оплату житла, комунальних послуг)',
    en: 'Pension Fund order 46 of 24.04.2024 approving the typical information card for privileges on housing and utility payments',
  },
  url: 'https://www.pfu.gov.ua/2164741-typova-informatsijna-kartka-administratyvnoyi-poslugy-z-pryznachennya-pilgy-na-oplatu-zhytla-komunalnyh-poslug/',
};

/** Наказ Пенсійного фонду України від 10.07.2025 № 119 (Типова інформаційна картка адміністративної послуги з надання державної допомоги при народженні дитини) */
export const PFU_ORDER_119_2025: Act = {
  id: 'pfu-order-119-2025',
  kind: 'ministryOrder',
  number: '119',
  adopted: '2025-07-10',
  title: {
    uk: 'Наказ Пенсійного фонду України від 10.07.2025 № 119 (Типова інформаційна картка адміністративної послуги з надання державної допомоги при народженні дитини)',
    en: 'Pension Fund order 119 of 10.07.2025 approving the typical information card for birth assistance',
  },
  url: 'https://www.pfu.gov.ua/2173126-typova-informatsijna-kartka-administratyvnoyi-poslugy-z-nadannya-derzhavnoyi-dopomogy-pry-narodzhenni-dytyny',
};

/** Картка послуги ЦНАП м. Черкаси «Реєстрація місця проживання особи» */
export const ADMINCHER_REGISTRATION_FEE_BEFORE_2021: Act = {
  id: 'admincher-registration-fee-before-2021',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги ЦНАП м. Черкаси «Реєстрація місця проживання особи»',
    en: 'Cherkasy CNAP service card: registration of the place of residence',
  },
  url: 'http://admincher.gov.ua/info/service/byservicescope-234/4265/details/0/0',
};

/** Інформаційна картка ЦНАП Роздільнянської громади «Призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю» */
export const CNAP_ROZDILNA_CARD_00151: Act = {
  id: 'cnap-rozdilna-card-00151',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка ЦНАП Роздільнянської громади «Призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю»',
    en: 'Rozdilna CNAP information card: assignment of state social assistance to persons disabled since childhood and children with disabilities',
  },
  url: 'https://cnap.rozdilna.toolkit.in.ua/functionality/25309/',
};

/** Інформаційна картка ЦНАП Розвадівської громади «Призначення державної соціальної допомоги на догляд» */
export const CNAP_ROZVADIV_CARD_00099: Act = {
  id: 'cnap-rozvadiv-card-00099',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка ЦНАП Розвадівської громади «Призначення державної соціальної допомоги на догляд»',
    en: 'Rozvadiv CNAP information card: assignment of state social assistance for care',
  },
  url: 'https://rozvadivotg.gov.ua/cnap/functionality/16489/',
};

/** ЦНАП Глобинської громади: «Призначення грошової компенсації вартості одноразової натуральної допомоги “пакунок малюка”» */
export const GLOBYNO_BABY_BOX_COMPENSATION_CARD: Act = {
  id: 'globyno-baby-box-compensation-card',
  kind: 'informationCard',
  title: {
    uk: 'ЦНАП Глобинської громади: «Призначення грошової компенсації вартості одноразової натуральної допомоги “пакунок малюка”»',
    en: 'Globyno CNAP card: cash compensation for the baby box',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/232',
};

/** ЦНАП Глобинської громади: «Видача повторного посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї (у разі втрати відповідного посвідчення)» */
export const GLOBYNO_LARGE_FAMILY_DUPLICATE_CARD: Act = {
  id: 'globyno-large-family-duplicate-card',
  kind: 'informationCard',
  title: {
    uk: 'ЦНАП Глобинської громади: «Видача повторного посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї (у разі втрати відповідного посвідчення)»',
    en: 'Globyno CNAP card: repeated large-family certificate after a loss',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/183',
};

/** Картка послуги «Установлення статусу, видача посвідчень батькам багатодітної сім’ї…» (соцзахист м. Хмельницький) */
export const KHMELNYTSKYI_LARGE_FAMILY_CERTIFICATE_CARD: Act = {
  id: 'khmelnytskyi-large-family-certificate-card',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги «Установлення статусу, видача посвідчень батькам багатодітної сім’ї…» (соцзахист м. Хмельницький)',
    en: 'Khmelnytskyi social protection card: large-family status and certificates',
  },
  url: 'https://soczahist.khm.gov.ua/?page_id=823',
};

/** Інформаційна картка ЦНАП м. Києва «Видача довідки про взяття на облік внутрішньо переміщеної особи» */
export const KYIV_CNAP_CARD_IDP_CERTIFICATE: Act = {
  id: 'kyiv-cnap-card-idp-certificate',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка ЦНАП м. Києва «Видача довідки про взяття на облік внутрішньо переміщеної особи»',
    en: 'Kyiv CNAP information card: issuing the IDP registration certificate',
  },
  url: 'https://kyivcnap.gov.ua/AdminServices/Details/90b66d26-a002-4b0e-87fe-0face1f790a5',
};

/** Картка послуги ЦНАП м. Києва «Реєстрація місця проживання/перебування особи» */
export const KYIVCNAP_CARD_00034: Act = {
  id: 'kyivcnap-card-00034',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги ЦНАП м. Києва «Реєстрація місця проживання/перебування особи»',
    en: 'Kyiv CNAP service card: registration of the place of residence/stay',
  },
  url: 'https://kyivcnap.gov.ua/AdminServices/Details/3bf5d25f-4007-4a1b-a8f2-4d33f3506f63',
};

/** Картка послуги ЦНАП м. Києва «Зняття з реєстрації місця проживання особи» */
export const KYIVCNAP_CARD_00037: Act = {
  id: 'kyivcnap-card-00037',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги ЦНАП м. Києва «Зняття з реєстрації місця проживання особи»',
    en: 'Kyiv CNAP service card: deregistration of the place of residence',
  },
  url: 'https://kyivcnap.gov.ua/AdminServices/Details/b7d74895-01a2-49f0-9cbb-01647adc9dc6',
};

/** Інформаційна картка ГУ ПФУ в Полтавській області: призначення пільги на придбання твердого та рідкого пічного побутового палива і скрапленого газу */
export const PFU_POLTAVA_CARD_FUEL_PRIVILEGE_2023: Act = {
  id: 'pfu-poltava-card-fuel-privilege-2023',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка ГУ ПФУ в Полтавській області: призначення пільги на придбання твердого та рідкого пічного побутового палива і скрапленого газу',
    en: 'Poltava Pension Fund office card: privilege for buying solid and liquid stove fuel and liquefied gas',
  },
  url: 'https://tereshkivska.gromada.org.ua/news/1692951446/',
};

/** Інформаційна картка «Установлення статусу, видача посвідчень батькам багатодітної сім’ї та дитини з багатодітної сім’ї» (Розвадівська громада) */
export const REGISTER_CARD_00121_ROZVADIV: Act = {
  id: 'register-card-00121-rozvadiv',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка «Установлення статусу, видача посвідчень батькам багатодітної сім’ї та дитини з багатодітної сім’ї» (Розвадівська громада)',
    en: 'Information card: establishing large-family status and issuing certificates (Rozvadiv hromada)',
  },
  url: 'https://rozvadivotg.gov.ua/cnap/functionality/16460/',
};

/** Інформаційна картка «Призначення державної допомоги при усиновленні дитини» (Кубейська громада) */
export const REGISTER_CARD_00147_KUBEYSKA: Act = {
  id: 'register-card-00147-kubeyska',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка «Призначення державної допомоги при усиновленні дитини» (Кубейська громада)',
    en: 'Information card: assignment of state assistance at the adoption of a child (Kubei hromada)',
  },
  url: 'https://kubeyska.od.gov.ua/cnap/functionality/33705',
};

/** Інформаційна картка «Призначення державної допомоги на дітей одиноким матерям» (Розвадівська громада) */
export const REGISTER_CARD_00150_ROZVADIV: Act = {
  id: 'register-card-00150-rozvadiv',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка «Призначення державної допомоги на дітей одиноким матерям» (Розвадівська громада)',
    en: 'Information card: assignment of state assistance for children of single mothers (Rozvadiv hromada)',
  },
  url: 'https://rozvadivotg.gov.ua/cnap/functionality/16468/',
};

/** Інформаційна картка ЦНАП м. Рівного: допомога на проживання ВПО */
export const RIVNE_CNAP_CARD_IDP_LIVING_ALLOWANCE: Act = {
  id: 'rivne-cnap-card-idp-living-allowance',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка ЦНАП м. Рівного: допомога на проживання ВПО',
    en: 'Rivne CNAP information card: IDP living allowance',
  },
  url: 'https://www.cnaprv.gov.ua/services/vpo/vidacha_dovidki_pro_vzyattya_na_oblik_vnutrishno_peremishhenoi_osobi_kopiya',
};

/** Інформаційна картка «Видача дубліката посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї» (УСЗН Шепетівської РДА, наказ № 4-од від 27.01.2025) */
export const SHEPETIVKA_LARGE_FAMILY_DUPLICATE_CARD_2025: Act = {
  id: 'shepetivka-large-family-duplicate-card-2025',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка «Видача дубліката посвідчення батьків багатодітної сім’ї та дитини з багатодітної сім’ї» (УСЗН Шепетівської РДА, наказ № 4-од від 27.01.2025)',
    en: 'Information card: duplicate of a large-family certificate (Shepetivka district social protection, 2025)',
  },
  url: 'https://yampilsr.gov.ua/news/1739797309',
};

/** Рішення Роздільнянської міської ради від 09.06.2021 № 756-VIII «Про затвердження Положення про порядок надання допомоги на поховання деяких категорій осіб…» */
export const ROZDILNA_COUNCIL_756_VIII_2021: Act = {
  id: 'rozdilna-council-756-viii-2021',
  kind: 'localAct',
  number: '756-VIII',
  adopted: '2021-06-09',
  title: {
    uk: 'Рішення Роздільнянської міської ради від 09.06.2021 № 756-VIII «Про затвердження Положення про порядок надання допомоги на поховання деяких категорій осіб…»',
    en: 'Rozdilna city council decision 756-VIII of 09.06.2021 approving the local rules on funeral assistance under КМУ 99',
  },
  url: 'https://rozdilna.toolkit.in.ua/documents/70977-pro-zatverdzennia-polozennia-pro-poriadok-nadannia-dopomogi-na-poxovannia-deiakix-kategorii-osib-vikonavciu-voleviiavlennia-pomer',
};

/** Наказ Мінсоцполітики від 11.05.2019 № 723, на який методичні матеріали спираються в підготовці інформаційних і технологічних карток АПСХ */
export const MLSP_ORDER_723_2019: Act = {
  id: 'mlsp-order-723-2019',
  kind: 'ministryOrder',
  number: '723',
  adopted: '2019-05-11',
  title: {
    uk: 'Наказ Міністерства соціальної політики України від 11.05.2019 № 723 (інформаційні та технологічні картки адміністративних послуг соціального характеру)',
    en: 'Ministry of Social Policy order 723 of 11.05.2019 (information and technological cards of social-character administrative services)',
  },
  note: 'Named in seed 001 only (text not found): title from what the seed cites it for; 11.05.2019 was a Saturday.',
};

/** Наказ Мінсоцполітики від 22.01.2020 № 45: органи соціального захисту ОДА координують і супроводжують ОМС, організовують навчання */
export const MLSP_ORDER_45_2020: Act = {
  id: 'mlsp-order-45-2020',
  kind: 'ministryOrder',
  number: '45',
  adopted: '2020-01-22',
  title: {
    uk: 'Наказ Міністерства соціальної політики України від 22.01.2020 № 45 (координація, супровід і навчання органів місцевого самоврядування щодо надання АПСХ через ЦНАП)',
    en: 'Ministry of Social Policy order 45 of 22.01.2020 (coordination, support and training of local governments delivering social-character services through CNAPs)',
  },
  note: 'Named in seed 001 only (text not found): title from what the seed says of it.',
};

/** Лист Мінсоцполітики від 22.01.2020 № 968/0/2-20/51 зі зразком угоди про співробітництво з надання АПСХ через ЦНАП */
export const MLSP_LETTER_968_2020: Act = {
  id: 'mlsp-letter-968-2020',
  kind: 'ministryLetter',
  number: '968/0/2-20/51',
  adopted: '2020-01-22',
  title: {
    uk: 'Лист Міністерства соціальної політики України від 22.01.2020 № 968/0/2-20/51 (зразок угоди про співробітництво з надання АПСХ через ЦНАП)',
    en: 'Ministry of Social Policy letter 968/0/2-20/51 of 22.01.2020 (a sample cooperation agreement on delivering social-character services through a CNAP)',
  },
  note: 'Named in seed 001 only; the letter and its sample were not read.',
};

/** Інформаційна картка ЦНАП Курилівської громади «Прийняття рішення щодо надання соціальних послуг» (Реєстр 00139) */
export const CNAP_KURILIVKA_CARD_00139: Act = {
  id: 'cnap-kurilivka-card-00139',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка ЦНАП Курилівської громади «Прийняття рішення щодо надання соціальних послуг»',
    en: 'Kurilivka CNAP information card: the decision on providing social services',
  },
  url: 'https://kurilivka-otg.toolkit.in.ua/cnap/functionality/32749',
};

/** Інформаційна картка ЦНАП Глобинської громади «Прийняття рішення щодо надання соціальних послуг» (код 03-69) */
export const CNAP_GLOBYNSKA_CARD_SOCIAL_SERVICES: Act = {
  id: 'cnap-globynska-card-social-services',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка ЦНАП Глобинської громади «Прийняття рішення щодо надання соціальних послуг»',
    en: 'Hlobyne CNAP information card: the decision on providing social services',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/280',
};

/** Orders and letters of ministries and central bodies, typical and information cards, local acts and court practice the SDK cites. */
export const ORDERS_AND_CARDS: readonly Act[] = [
  MLSP_ORDER_345_2006,
  MLSP_ORDER_723_2019,
  MLSP_ORDER_45_2020,
  MLSP_LETTER_968_2020,
  PFU_ORDER_46_2024,
  PFU_ORDER_119_2025,
  ADMINCHER_REGISTRATION_FEE_BEFORE_2021,
  CNAP_ROZDILNA_CARD_00151,
  CNAP_ROZVADIV_CARD_00099,
  GLOBYNO_BABY_BOX_COMPENSATION_CARD,
  GLOBYNO_LARGE_FAMILY_DUPLICATE_CARD,
  KHMELNYTSKYI_LARGE_FAMILY_CERTIFICATE_CARD,
  KYIV_CNAP_CARD_IDP_CERTIFICATE,
  KYIVCNAP_CARD_00034,
  KYIVCNAP_CARD_00037,
  PFU_POLTAVA_CARD_FUEL_PRIVILEGE_2023,
  REGISTER_CARD_00121_ROZVADIV,
  REGISTER_CARD_00147_KUBEYSKA,
  REGISTER_CARD_00150_ROZVADIV,
  RIVNE_CNAP_CARD_IDP_LIVING_ALLOWANCE,
  SHEPETIVKA_LARGE_FAMILY_DUPLICATE_CARD_2025,
  ROZDILNA_COUNCIL_756_VIII_2021,
  CNAP_KURILIVKA_CARD_00139,
  CNAP_GLOBYNSKA_CARD_SOCIAL_SERVICES,
];
