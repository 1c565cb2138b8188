import type { Act } from '../register.js';

// Codes, laws and decrees of the President the SDK cites. Each act is a constant of its own, so a package that cites a few acts bundles only those.

/** Кодекс законів про працю України (№ 322-VIII) */
export const KZPP: Act = {
  id: 'kzpp',
  kind: 'code',
  number: '322-VIII',
  adopted: '1971-12-10',
  inForce: '1972-06-01',
  title: {
    uk: 'Кодекс законів про працю України',
    en: 'Labour Code of Ukraine',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/322-08',
  editions: [
    {
      from: '1999-04-08',
      by: '576-XIV',
      note: 'Art. 67 part 3 (the weekend shift) in force since this law (buhoblik.org.ua); not read in the code.',
    },
    {
      from: '2015-03-05',
      by: '238-VIII',
      note: 'Art. 73: 14 October, Defender of Ukraine Day, from 2015 (day of entry into force not seen).',
    },
    {
      from: '2015-05-21',
      by: '315-VIII',
      note: 'Art. 73: 9 May renamed the Day of Victory over Nazism in World War II (secondary sources).',
    },
    {
      from: '2017-12-02',
      by: '2211-VIII',
      note: 'Art. 73: 25 December added, 2 May removed, 1 May renamed (the law read on cons.parus.ua).',
    },
    {
      from: '2021-07-14',
      by: '1643-IX',
      note: 'Art. 73: Defenders’ Day renamed (adoption day; entry into force not seen).',
    },
    {
      from: '2022-06-09',
      by: '2295-IX',
      note: 'Art. 73: Day of Ukrainian Statehood on 28 July (in force per protedu.org only).',
    },
    {
      from: '2023-06-15',
      by: '3107-IX',
      note: '8 May replaces 9 May in Art. 73 — per court notice ki.hr.court.gov.ua',
    },
    {
      from: '2023-07-30',
      by: '3258-IX',
      note: 'Art. 73: Statehood Day to 15 July, Defenders’ Day to 1 October, Christmas on 25 December only (Interfax, ukr-space); sources give 29.07–01.09.2023, all the same calendar.',
    },
  ],
};

/** Цивільний кодекс України (№ 435-IV) */
export const CIVIL_CODE: Act = {
  id: 'civil-code',
  kind: 'code',
  number: '435-IV',
  adopted: '2003-01-16',
  inForce: '2004-01-01',
  title: {
    uk: 'Цивільний кодекс України',
    en: 'Civil Code of Ukraine',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/435-15',
  editions: [
    {
      from: '2007-06-14',
      by: '1111-V',
      note: 'fr.shram.kiev.ua copy of Chapter 18 says «поточна редакція від 14.06.2007 на підставі 1111-16»',
    },
    {
      from: '2022-01-01',
      note: 'urst.com.ua labels its copy of Art. 253 «редакція від 01.01.2022» (amending act not named there)',
    },
  ],
};

/** Закон України «Про поховання та похоронну справу» (№ 1102-IV) */
export const LAW_1102_IV: Act = {
  id: 'law-1102-iv',
  kind: 'law',
  number: '1102-IV',
  title: {
    uk: 'Закон України «Про поховання та похоронну справу»',
    en: 'Law of Ukraine On Burial and Funeral Business',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1102-15',
  editions: [
    { from: '2019-01-01', note: 'taxlink.ua edition «Редакція діє з 01.01.2019»' },
    {
      from: '2021-01-28',
      by: '1150-IX',
      note: 'last amending law in the qdpro.com.ua copy (list from 2246-IV of 16.12.2004 … 720-IX, 1150-IX)',
    },
  ],
};

/** Закон України «Про державну допомогу сім’ям з дітьми» (№ 2811-XII) */
export const LAW_2811_XII: Act = {
  id: 'law-2811-xii',
  kind: 'law',
  number: '2811-XII',
  adopted: '1992-11-21',
  title: {
    uk: 'Закон України «Про державну допомогу сім’ям з дітьми»',
    en: 'Law of Ukraine On State Assistance to Families with Children',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2811-12',
  editions: [
    {
      from: '2001-03-22',
      by: '2334-III',
      note: '«В редакції Закону № 2334-III від 22.03.2001» — zakon.cc header',
    },
    {
      from: '2026-01-01',
      by: '4681-IX',
      note: 'amended from 01.01.2026 by 4681-IX (per news/PFU; the amended articles were not read)',
    },
  ],
};

/** Закон України «Про державну соціальну допомогу малозабезпеченим сім’ям» (№ 1768-III) */
export const LAW_1768_III: Act = {
  id: 'law-1768-iii',
  kind: 'law',
  number: '1768-III',
  adopted: '2000-06-01',
  title: {
    uk: 'Закон України «Про державну соціальну допомогу малозабезпеченим сім’ям»',
    en: 'Law of Ukraine On State Social Assistance to Low-Income Families',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1768-14',
  editions: [
    { from: '2018-08-31', by: '2462-VIII', note: 'base.spinform.ru edition list' },
    {
      from: '2020-07-01',
      by: '646-IX',
      note: 'Arts. 1, 4, 5 restated by 646-IX of 02.06.2020 (zakon.rada.gov.ua page of 646-IX: in force 01.07.2020)',
    },
  ],
};

/** Закон України «Про державну соціальну допомогу особам з інвалідністю з дитинства та дітям з інвалідністю» (№ 2109-III) */
export const LAW_2109_III: Act = {
  id: 'law-2109-iii',
  kind: 'law',
  number: '2109-III',
  adopted: '2000-11-16',
  title: {
    uk: 'Закон України «Про державну соціальну допомогу особам з інвалідністю з дитинства та дітям з інвалідністю»',
    en: 'Law of Ukraine On State Social Assistance to Persons Disabled since Childhood and Children with Disabilities',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2109-14',
  editions: [
    {
      from: '2012-10-16',
      by: '5462-VI',
      note: 'Art. 9 parts 1–2 amended (protocol.ua notes); last law in the vsgo.org.ua header',
    },
    {
      from: '2026-01-01',
      by: '4681-IX',
      note: "Art. 3 amended (new part after part 5) — read in the opening of 4681-IX's text (docs.dtkt.ua)",
    },
  ],
};

/** Закон України «Про охорону дитинства» (№ 2402-III) */
export const LAW_2402_III: Act = {
  id: 'law-2402-iii',
  kind: 'law',
  number: '2402-III',
  adopted: '2001-04-26',
  title: {
    uk: 'Закон України «Про охорону дитинства»',
    en: 'Law of Ukraine On Protection of Childhood',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2402-14',
  editions: [
    { from: '2021-12-01', note: 'urst.com.ua: «редакция от 01.12.2021»' },
    { from: '2024-06-06', note: 'cis-legislation.com: «as amended on 06-06-2024»' },
    {
      from: '2025-05-14',
      note: 'prg.kz: «с изменениями и дополнениями по состоянию на 14.05.2025»; it also notes Law 4744-IX of 18.12.2025 amending it (entry dates to check)',
    },
  ],
};

/** Закон України «Про свободу пересування та вільний вибір місця проживання в Україні» (№ 1382-IV) */
export const LAW_1382_IV: Act = {
  id: 'law-1382-iv',
  kind: 'law',
  number: '1382-IV',
  adopted: '2003-12-11',
  title: {
    uk: 'Закон України «Про свободу пересування та вільний вибір місця проживання в Україні»',
    en: 'Law of Ukraine On Freedom of Movement and Free Choice of Residence in Ukraine',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1382-15',
  editions: [
    {
      from: '2021-12-01',
      by: '1871-IX',
      note: "registration provisions moved to Law 1871-IX from 01.12.2021 (per 1871-IX's final provisions, inventory note; not read here)",
    },
  ],
};

/** Закон України «Про державну соціальну допомогу особам, які не мають права на пенсію, та особам з інвалідністю» (№ 1727-IV) */
export const LAW_1727_IV: Act = {
  id: 'law-1727-iv',
  kind: 'law',
  number: '1727-IV',
  adopted: '2004-05-18',
  title: {
    uk: 'Закон України «Про державну соціальну допомогу особам, які не мають права на пенсію, та особам з інвалідністю»',
    en: 'Law of Ukraine On State Social Assistance to Persons without Pension Rights and Persons with Disabilities',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1727-15',
  editions: [
    {
      from: '2024-10-10',
      note: 'online.budstandart.com amendment list ends «від 10 жовтня 2024…» (number cut off); earlier: 2471-IX of 28.07.2022, 646-IX of 02.06.2020, 540-IX, 293-IX, 2745-VIII, 2443-VIII, 2148-VIII, 1836-VIII, 231-VII, 5462-VI, 5290-VI, 3137-VI, 3133-VI, 3668-VI, 2603-IV',
    },
  ],
};

/** Закон України «Про адміністративні послуги» (№ 5203-VI) */
export const LAW_5203_VI: Act = {
  id: 'law-5203-vi',
  kind: 'law',
  number: '5203-VI',
  adopted: '2012-09-06',
  inForce: '2012-10-07',
  title: {
    uk: 'Закон України «Про адміністративні послуги»',
    en: 'Law of Ukraine on Administrative Services',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/5203-17',
  editions: [
    { from: '2022-11-19', by: '2529-IX', note: 'precedent.ua' },
    { from: '2023-03-31', by: '2849-IX', note: 'precedent.ua' },
    { from: '2023-07-27', by: '3220-IX', note: 'precedent.ua' },
    { from: '2023-10-26', by: '3221-IX', note: 'precedent.ua' },
    { from: '2023-12-15', by: '2073-IX', note: 'precedent.ua' },
    { from: '2023-12-31', by: '2801-IX', note: 'precedent.ua' },
    { from: '2024-04-27', by: '3585-IX', note: 'precedent.ua' },
    { from: '2024-11-15', by: '4017-IX', note: 'precedent.ua' },
    { from: '2025-01-01', by: '4170-IX, 3586-IX', note: 'edition listed on precedent.ua' },
    { from: '2025-08-28', by: '4196-IX', note: 'edition listed on precedent.ua' },
    { from: '2026-03-01', by: '1206-IX', note: 'edition listed on precedent.ua' },
    {
      from: '2026-03-02',
      by: '4718-IX',
      note: 'current edition per precedent.ua (page viewed lists it as «поточна редакція»)',
    },
    {
      from: '2028-01-17',
      by: '4147-IX',
      note: 'future edition listed as «наступна редакція» on precedent.ua',
    },
  ],
};

/** Закон України «Про державну реєстрацію актів цивільного стану» (№ 2398-VI) */
export const LAW_2398_VI: Act = {
  id: 'law-2398-vi',
  kind: 'law',
  number: '2398-VI',
  adopted: '2010-07-01',
  title: {
    uk: 'Закон України «Про державну реєстрацію актів цивільного стану»',
    en: 'Law of Ukraine on State Registration of Civil Status Acts',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2398-17',
};

/** Закон України «Про Єдиний державний демографічний реєстр та документи, що підтверджують громадянство України, посвідчують особу чи її спеціальний статус» (№ 5492-VI) */
export const LAW_5492_VI: Act = {
  id: 'law-5492-vi',
  kind: 'law',
  number: '5492-VI',
  adopted: '2012-11-20',
  title: {
    uk:
      'Закон України «Про Єдиний державний демографічний реєстр та документи, що підтверджують громадянство ' +
      'України, посвідчують особу чи її спеціальний статус»',
    en:
      'Law of Ukraine on the Unified State Demographic Register and Documents Confirming Ukrainian Citizenship, ' +
      'Identity or Special Status',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/5492-17',
};

/** Закон України «Про забезпечення прав і свобод внутрішньо переміщених осіб» (№ 1706-VII) */
export const LAW_1706_VII: Act = {
  id: 'law-1706-vii',
  kind: 'law',
  number: '1706-VII',
  adopted: '2014-10-20',
  title: {
    uk: 'Закон України «Про забезпечення прав і свобод внутрішньо переміщених осіб»',
    en: 'Law of Ukraine On Ensuring the Rights and Freedoms of Internally Displaced Persons',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1706-18',
  editions: [
    {
      from: '2016-02-21',
      by: '936-VIII',
      note: 'taxlink.ua edition «Редакція діє з 21.02.2016»; yurfact.com.ua publishes the text «зміни від 26.01.2016»',
    },
    {
      from: '2020-06-17',
      by: '720-IX',
      note: 'last amending law listed in the qdpro.com.ua copy (list: 77-VIII, 245-VIII, 921-VIII, 936-VIII, 1972-VIII, 2249-VIII, 2279-VIII, 341-IX, 396-IX, 474-IX, 720-IX); later editions exist but were not listed',
    },
  ],
};

/** Закон України «Про внесення зміни до статті 73 Кодексу законів про працю України» (№ 238-VIII) */
export const LAW_238_VIII: Act = {
  id: 'law-238-viii',
  kind: 'law',
  number: '238-VIII',
  adopted: '2015-03-05',
  title: {
    uk: 'Закон України «Про внесення зміни до статті 73 Кодексу законів про працю України»',
    en: 'Law of Ukraine amending Art. 73 of the Labour Code (Defender of Ukraine Day)',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/238-19',
  note: 'In force the day after publication in March 2015; the day of publication was not seen.',
};

/** Закон України «Про увічнення перемоги над нацизмом у Другій світовій війні 1939-1945 років» (№ 315-VIII) */
export const LAW_315_VIII: Act = {
  id: 'law-315-viii',
  kind: 'law',
  number: '315-VIII',
  adopted: '2015-04-09',
  title: {
    uk: 'Закон України «Про увічнення перемоги над нацизмом у Другій світовій війні 1939-1945 років»',
    en: 'Law of Ukraine on commemorating the victory over Nazism in World War II 1939–1945',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/315-19',
  editions: [
    { from: '2023-06-15', by: '3107-IX', note: 'amended by 3107-IX per the court notice' },
    {
      from: '2025-08-21',
      note: 'prg.kz (Russian translation) states «с изменениями и дополнениями по состоянию на 21.08.2025»',
    },
  ],
};

/** Закон України «Про житлово-комунальні послуги» (№ 2189-VIII) */
export const LAW_2189_VIII: Act = {
  id: 'law-2189-viii',
  kind: 'law',
  number: '2189-VIII',
  adopted: '2017-11-09',
  title: {
    uk: 'Закон України «Про житлово-комунальні послуги»',
    en: 'Law of Ukraine On Housing and Utility Services',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2189-19',
};

/** Закон України «Про соціальні послуги» (№ 2671-VIII) */
export const LAW_2671_VIII: Act = {
  id: 'law-2671-viii',
  kind: 'law',
  number: '2671-VIII',
  adopted: '2019-01-17',
  inForce: '2020-01-01',
  title: {
    uk: 'Закон України «Про соціальні послуги»',
    en: 'Law of Ukraine On Social Services',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2671-19',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/01839-ua-law-2671-19.json, commit 35a12f9); the edition date is not stated there, and Art. 21 ' +
    'part 4 already names Law 2073-IX. The day it took effect is the one zakon.rada.gov.ua gives for the law ' +
    '(01.01.2020), not read in the stored text.',
};

/** Закон України «Про внесення змін до статті 73 Кодексу законів про працю України щодо святкових і неробочих днів» (№ 2211-VIII) */
export const LAW_2211_VIII: Act = {
  id: 'law-2211-viii',
  kind: 'law',
  number: '2211-VIII',
  adopted: '2017-11-16',
  inForce: '2017-12-02',
  title: {
    uk: 'Закон України «Про внесення змін до статті 73 Кодексу законів про працю України щодо святкових і неробочих днів»',
    en: 'Law of Ukraine amending Art. 73 of the Labour Code on holidays',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2211-19',
};

/** Закон України «Про внесення зміни до статті 73 Кодексу законів про працю України» (№ 1643-IX) */
export const LAW_1643_IX: Act = {
  id: 'law-1643-ix',
  kind: 'law',
  number: '1643-IX',
  adopted: '2021-07-14',
  title: {
    uk: 'Закон України «Про внесення зміни до статті 73 Кодексу законів про працю України»',
    en: 'Law of Ukraine amending Art. 73 of the Labour Code (Defenders’ Day)',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1643-20',
  note: 'In force the day after publication in 2021; the day of publication was not seen.',
};

/** Закон України «Про особливості надання публічних (електронних публічних) послуг» (№ 1689-IX) */
export const LAW_1689_IX: Act = {
  id: 'law-1689-ix',
  kind: 'law',
  number: '1689-IX',
  adopted: '2021-07-15',
  title: {
    uk: 'Закон України «Про особливості надання публічних (електронних публічних) послуг»',
    en: 'Law of Ukraine On the Specifics of Providing Public (Electronic Public) Services',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1689-20',
  editions: [
    {
      from: '2021-11-07',
      by: '1767-IX',
      note: 'base.spinform.ru: edition by 1767-IX in force 07.11.2021, not in force from 01.12.2021',
    },
    {
      from: '2022-12-13',
      by: '2849-IX',
      note: 'last amending law listed on docs.dtkt.ua (also 1767-IX of 22.09.2021, 1871-IX of 05.11.2021)',
    },
  ],
};

/** Закон України «Про надання публічних (електронних публічних) послуг щодо декларування та реєстрації місця проживання в Україні» (№ 1871-IX) */
export const LAW_1871_IX: Act = {
  id: 'law-1871-ix',
  kind: 'law',
  number: '1871-IX',
  adopted: '2021-11-05',
  inForce: '2021-12-01',
  title: {
    uk: 'Закон України «Про надання публічних (електронних публічних) послуг щодо декларування та реєстрації місця проживання в Україні»',
    en: 'Law of Ukraine On Providing Public (Electronic Public) Services of Declaring and Registering the Place of Residence in Ukraine',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1871-20',
};

/** Закон України «Про організацію трудових відносин в умовах воєнного стану» (№ 2136-IX) */
export const LAW_2136_IX: Act = {
  id: 'law-2136-ix',
  kind: 'law',
  number: '2136-IX',
  adopted: '2022-03-15',
  inForce: '2022-03-24',
  title: {
    uk: 'Закон України «Про організацію трудових відносин в умовах воєнного стану»',
    en: 'Law of Ukraine on labour relations under martial law',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2136-20',
  editions: [
    {
      from: '2022-07-19',
      by: '2352-IX',
      note: 'per the inventory note (Art. 6 part 6 reworded by 2352-IX of 01.07.2022); not seen on a mirror',
    },
  ],
};

/** Закон України «Про внесення зміни до статті 73 Кодексу законів про працю України щодо встановлення святкового дня – День Української Державності» (№ 2295-IX) */
export const LAW_2295_IX: Act = {
  id: 'law-2295-ix',
  kind: 'law',
  number: '2295-IX',
  adopted: '2022-05-31',
  inForce: '2022-06-09',
  title: {
    uk: 'Закон України «Про внесення зміни до статті 73 Кодексу законів про працю України щодо встановлення святкового дня – День Української Державності»',
    en: 'Law of Ukraine amending Art. 73 of the Labour Code to establish the holiday Day of Ukrainian Statehood',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2295-20',
  note: 'Entry into force on 09.06.2022 rests on protedu.org only (not confirmed on 2026-11-25).',
};

/** Закон України «Про День пам’яті та перемоги над нацизмом у Другій світовій війні 1939-1945 років» (№ 3107-IX) */
export const LAW_3107_IX: Act = {
  id: 'law-3107-ix',
  kind: 'law',
  number: '3107-IX',
  adopted: '2023-05-29',
  inForce: '2023-06-15',
  title: {
    uk: 'Закон України «Про День пам’яті та перемоги над нацизмом у Другій світовій війні 1939-1945 років»',
    en: 'Law of Ukraine On the Day of Remembrance and Victory over Nazism in World War II 1939–1945',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/3107-20',
};

/** Закон України «Про внесення змін до статті 73 Кодексу законів про працю України» (№ 3258-IX) */
export const LAW_3258_IX: Act = {
  id: 'law-3258-ix',
  kind: 'law',
  number: '3258-IX',
  adopted: '2023-07-14',
  inForce: '2023-07-30',
  title: {
    uk: 'Закон України «Про внесення змін до статті 73 Кодексу законів про працю України»',
    en: 'Law of Ukraine amending Art. 73 of the Labour Code (bill 9431)',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/3258-20',
};

/** Закон України «Про внесення змін до деяких законів України щодо підтримки сімей з дітьми та створення умов, які сприяють поєднанню материнства (батьківства) з професійною діяльністю» (№ 4681-IX) */
export const LAW_4681_IX: Act = {
  id: 'law-4681-ix',
  kind: 'law',
  number: '4681-IX',
  adopted: '2025-11-05',
  inForce: '2026-01-01',
  title: {
    uk: 'Закон України «Про внесення змін до деяких законів України щодо підтримки сімей з дітьми та створення умов, які сприяють поєднанню материнства (батьківства) з професійною діяльністю»',
    en: 'Law of Ukraine amending some laws on support for families with children and on combining parenthood with work',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/4681-20',
};

/** Закон України «Про адміністративну процедуру» (№ 2073-IX) */
export const LAW_2073_IX: Act = {
  id: 'law-2073-ix',
  kind: 'law',
  number: '2073-IX',
  adopted: '2022-02-17',
  inForce: '2023-12-15',
  title: {
    uk: 'Закон України «Про адміністративну процедуру»',
    en: 'Law of Ukraine on Administrative Procedure',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2073-20',
  editions: [
    {
      from: '2023-12-15',
      by: '2849-IX, 3227-IX, 3295-IX, 3518-IX',
      note: 'amendments listed in the headers of zakononline.com.ua and iplex360.com.ua copies',
    },
  ],
};

/** Кодекс адміністративного судочинства України (№ 2747-IV) */
export const CODE_OF_ADMINISTRATIVE_JUSTICE: Act = {
  id: 'code-of-administrative-justice',
  kind: 'code',
  number: '2747-IV',
  adopted: '2005-07-06',
  inForce: '2005-09-01',
  title: {
    uk: 'Кодекс адміністративного судочинства України',
    en: 'Code of Administrative Justice of Ukraine',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2747-15',
};

/** Указ Президента України «Про введення воєнного стану в Україні» (№ 64/2022) */
export const DECREE_64_2022: Act = {
  id: 'decree-64-2022',
  kind: 'presidentialDecree',
  number: '64/2022',
  adopted: '2022-02-24',
  inForce: '2022-02-24',
  title: {
    uk: 'Указ Президента України «Про введення воєнного стану в Україні»',
    en: 'Decree introducing martial law',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/64/2022',
};

/** Codes, laws and decrees of the President the SDK cites. */
/** Сімейний кодекс України (№ 2947-III) */
export const FAMILY_CODE: Act = {
  id: 'family-code',
  kind: 'code',
  number: '2947-III',
  adopted: '2002-01-10',
  title: {
    uk: 'Сімейний кодекс України',
    en: 'Family Code of Ukraine',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2947-14',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/00017-ua-law-2947-14.json, commit 35a12f9); the edition date is not stated there. The adoption ' +
    'date is the one zakon.rada.gov.ua gives for 2947-14, not read in the stored text.',
};

/** Закон України «Про протимінну діяльність в Україні» (№ 2642-VIII) */
export const LAW_2642_VIII: Act = {
  id: 'law-2642-viii',
  kind: 'law',
  number: '2642-VIII',
  adopted: '2018-12-06',
  title: {
    uk: 'Закон України «Про протимінну діяльність в Україні»',
    en: 'Law of Ukraine On Mine Action in Ukraine',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2642-19',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/01849-ua-law-2642-19.json, commit 35a12f9); the edition date is not stated there. The adoption ' +
    'date is the one a Pension Fund retelling gives (buhgalter911.com), not read in the stored text.',
};

/** Закон України «Про психіатричну допомогу» (№ 1489-III) */
export const LAW_1489_III: Act = {
  id: 'law-1489-iii',
  kind: 'law',
  number: '1489-III',
  adopted: '2000-02-22',
  title: {
    uk: 'Закон України «Про психіатричну допомогу»',
    en: 'Law of Ukraine On Psychiatric Care',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1489-14',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/06503-ua-law-1489-14.json, commit 35a12f9); the edition date is not stated there, and Art. 5 ' +
    'already names Law 2073-IX. The adoption date is the one the address 1489-14 and its title give, not read ' +
    'in the stored text.',
};

/** Закон України «Про звернення громадян» (№ 393/96-ВР) */
export const LAW_393_96: Act = {
  id: 'law-393-96-vr',
  kind: 'law',
  number: '393/96-ВР',
  adopted: '1996-10-02',
  title: {
    uk: 'Закон України «Про звернення громадян»',
    en: 'Law of Ukraine On Citizens’ Appeals',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/393/96-%D0%B2%D1%80',
  editions: [
    {
      from: '2023-12-15',
      by: '2073-IX',
      note:
        'Law 2073-IX (its final provisions, read in the seed 01122-ua-law-2073-20.json) adds to Art. 1 that ' +
        'applications and complaints within the scope of the Law on Administrative Procedure are examined under ' +
        'that law.',
    },
  ],
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/07300-ua-law-393-96.json, commit 35a12f9); number, adoption date and title as the seed gives them; ' +
    'the edition date is not stated there.',
};

export const CODES_AND_LAWS: readonly Act[] = [
  KZPP,
  CIVIL_CODE,
  LAW_1102_IV,
  LAW_2811_XII,
  LAW_1768_III,
  LAW_2109_III,
  LAW_2402_III,
  LAW_1382_IV,
  LAW_1727_IV,
  LAW_5203_VI,
  LAW_2398_VI,
  LAW_5492_VI,
  LAW_2073_IX,
  CODE_OF_ADMINISTRATIVE_JUSTICE,
  LAW_1706_VII,
  LAW_238_VIII,
  LAW_315_VIII,
  LAW_2189_VIII,
  LAW_2211_VIII,
  LAW_2671_VIII,
  LAW_1643_IX,
  LAW_1689_IX,
  LAW_1871_IX,
  LAW_2136_IX,
  LAW_2295_IX,
  LAW_3107_IX,
  LAW_3258_IX,
  LAW_4681_IX,
  DECREE_64_2022,
  LAW_1489_III,
  LAW_393_96,
  FAMILY_CODE,
  LAW_2642_VIII,
];
