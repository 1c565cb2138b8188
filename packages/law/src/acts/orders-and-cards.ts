import type { Act } from '../register.js';

/** Orders and letters of ministries and central bodies, typical and information cards, local acts and court practice the SDK cites. */
export const ORDERS_AND_CARDS: readonly Act[] = [
  {
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
  },
  {
    id: 'pfu-order-46-2024',
    kind: 'ministryOrder',
    number: '46',
    adopted: '2024-04-24',
    title: {
      uk: 'Наказ Пенсійного фонду України від 24.04.2024 № 46 (Типова інформаційна картка адміністративної послуги з призначення пільги на оплату житла, комунальних послуг)',
      en: 'Pension Fund order 46 of 24.04.2024 approving the typical information card for privileges on housing and utility payments',
    },
    url: 'https://www.pfu.gov.ua/2164741-typova-informatsijna-kartka-administratyvnoyi-poslugy-z-pryznachennya-pilgy-na-oplatu-zhytla-komunalnyh-poslug/',
  },
  {
    id: 'pfu-order-119-2025',
    kind: 'ministryOrder',
    number: '119',
    adopted: '2025-07-10',
    title: {
      uk: 'Наказ Пенсійного фонду України від 10.07.2025 № 119 (Типова інформаційна картка адміністративної послуги з надання державної допомоги при народженні дитини)',
      en: 'Pension Fund order 119 of 10.07.2025 approving the typical information card for birth assistance',
    },
    url: 'https://www.pfu.gov.ua/2173126-typova-informatsijna-kartka-administratyvnoyi-poslugy-z-nadannya-derzhavnoyi-dopomogy-pry-narodzhenni-dytyny',
  },
  {
    id: 'law-756-viii',
    kind: 'localAct',
    number: '756-VIII',
    adopted: '2021-06-09',
    title: {
      uk: 'Рішення Роздільнянської міської ради від 09.06.2021 № 756-VIII «Про затвердження Положення про порядок надання допомоги на поховання деяких категорій осіб…»',
      en: 'Rozdilna city council decision 756-VIII of 09.06.2021 approving the local rules on funeral assistance under КМУ 99',
    },
    url: 'https://rozdilna.toolkit.in.ua/documents/70977-pro-zatverdzennia-polozennia-pro-poriadok-nadannia-dopomogi-na-poxovannia-deiakix-kategorii-osib-vikonavciu-voleviiavlennia-pomer',
  },
];
