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

/** The acts of this file, in the order written. */
export const SOCIAL_PROTECTION_SOURCES_ACTS: readonly Act[] = [
  KMU_820_2023,
  CNAP_FONTANKA_CARD_00103,
  DIIA_GUIDE_RESIDENCE_REGISTRATION,
];
