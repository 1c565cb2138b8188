import type { LegalSource } from '../schema.js';

// Every legal fact of the calendar cites one of these. `verified: false` marks what was seen only in secondary
// sources; the package README lists those.

const KZPP = { uk: 'Кодекс законів про працю України', en: 'Labour Code of Ukraine' } as const;
const KZPP_URL = 'https://zakon.rada.gov.ua/laws/show/322-08';
const CIVIL_CODE = { uk: 'Цивільний кодекс України', en: 'Civil Code of Ukraine' } as const;
const CIVIL_CODE_URL = 'https://zakon.rada.gov.ua/laws/show/435-15';

/** КЗпП Art. 73: the list of holidays and non-working days. */
export const KZPP_ART_73: LegalSource = {
  id: 'kzpp-art-73',
  act: KZPP,
  number: '322-VIII',
  adopted: '1971-12-10',
  provision: { uk: 'ст. 73', en: 'Art. 73' },
  url: KZPP_URL,
  verified: false,
  note: 'Current list as quoted by rbc.ua (2025-08-15) and Держпраці; the official text was not read. Earlier lists follow the amending laws cited beside each holiday.',
};

/** КЗпП Art. 67 part 3: a holiday on a weekend moves the day off to the next working day. */
export const KZPP_ART_67_PART_3: LegalSource = {
  id: 'kzpp-art-67-part-3',
  act: KZPP,
  number: '322-VIII',
  adopted: '1971-12-10',
  provision: { uk: 'ч. 3 ст. 67', en: 'Art. 67 part 3' },
  url: KZPP_URL,
  verified: false,
  note: 'Wording from buhoblik.org.ua and a court site (eag.court.gov.ua); in force since Law 576-XIV (1999). The official text was not read.',
};

/** Law 238-VIII of 05.03.2015: 14 October, Defender of Ukraine Day. */
export const LAW_238_VIII: LegalSource = {
  id: 'law-238-viii',
  act: {
    uk: 'Закон України «Про внесення зміни до статті 73 Кодексу законів про працю України»',
    en: 'Law of Ukraine amending Art. 73 of the Labour Code (Defender of Ukraine Day)',
  },
  number: '238-VIII',
  adopted: '2015-03-05',
  url: 'https://zakon.rada.gov.ua/laws/show/238-19',
  verified: false,
  note: 'In force the day after publication (March 2015; the day was not confirmed). Its first 14 October is 2015-10-14. Secondary sources.',
};

/** Law 315-VIII of 09.04.2015: 9 May renamed Day of Victory over Nazism in World War II. */
export const LAW_315_VIII: LegalSource = {
  id: 'law-315-viii',
  act: {
    uk: 'Закон України «Про увічнення перемоги над нацизмом у Другій світовій війні 1939-1945 років»',
    en: 'Law of Ukraine on commemorating the victory over Nazism in World War II 1939–1945',
  },
  number: '315-VIII',
  adopted: '2015-04-09',
  url: 'https://zakon.rada.gov.ua/laws/show/315-19',
  verified: false,
  note: 'Published 20.05.2015, in force 21.05.2015 (secondary sources), so 9 May 2015 still bore the old name.',
};

/** Law 2211-VIII of 16.11.2017: 25 December added, 2 May removed, 1 May renamed Labour Day. */
export const LAW_2211_VIII: LegalSource = {
  id: 'law-2211-viii',
  act: {
    uk: 'Закон України «Про внесення змін до статті 73 Кодексу законів про працю України щодо святкових днів»',
    en: 'Law of Ukraine amending Art. 73 of the Labour Code on holidays',
  },
  number: '2211-VIII',
  adopted: '2017-11-16',
  inForce: '2017-12-02',
  url: 'https://zakon.rada.gov.ua/laws/show/2211-19',
  verified: false,
  note: 'Text on a legal mirror (cons.parus.ua); published 01.12.2017 in Голос України, in force 02.12.2017 (konstantinovka.dn.ua, ura-inform.com).',
};

/** Law 1643-IX of 14.07.2021: Defenders' Day renamed. */
export const LAW_1643_IX: LegalSource = {
  id: 'law-1643-ix',
  act: {
    uk: 'Закон України про внесення змін щодо Дня захисників і захисниць України',
    en: "Law of Ukraine renaming Defender of Ukraine Day to Defenders' Day",
  },
  number: '1643-IX',
  adopted: '2021-07-14',
  url: 'https://zakon.rada.gov.ua/laws/show/1643-20',
  verified: false,
  note: 'Signed 03.08.2021; the day it entered into force was not confirmed. The new name is dated from 04.08.2021; any day before 14.10.2021 yields the same names.',
};

/** Law 2295-IX of 31.05.2022: 28 July, Day of Ukrainian Statehood. */
export const LAW_2295_IX: LegalSource = {
  id: 'law-2295-ix',
  act: {
    uk: 'Закон України про внесення змін до статті 73 КЗпП щодо Дня Української Державності',
    en: 'Law of Ukraine adding Day of Ukrainian Statehood to Art. 73 of the Labour Code',
  },
  number: '2295-IX',
  adopted: '2022-05-31',
  inForce: '2022-06-09',
  url: 'https://zakon.rada.gov.ua/laws/show/2295-20',
  verified: false,
  note: 'Published 08.06.2022 in Голос України № 119, so in force 09.06.2022 (protedu.org).',
};

/** Law 3107-IX of 29.05.2023: 8 May replaces 9 May. */
export const LAW_3107_IX: LegalSource = {
  id: 'law-3107-ix',
  act: {
    uk: 'Закон України «Про внесення змін до деяких законів України щодо відзначення Дня пам’яті та перемоги над нацизмом у Другій світовій війні 1939-1945 років»',
    en: 'Law of Ukraine on the Day of Remembrance and Victory over Nazism in World War II (8 May)',
  },
  number: '3107-IX',
  adopted: '2023-05-29',
  inForce: '2023-06-15',
  url: 'https://zakon.rada.gov.ua/laws/show/3107-20',
  verified: true,
  note: 'In force 15.06.2023 per the official site of a court (ki.hr.court.gov.ua, 20.06.2023) and HR Ліга.',
};

/** Law 3258-IX of 14.07.2023 (bill 9431): 7 January removed, Statehood Day 15 July, Defenders' Day 1 October. */
export const LAW_3258_IX: LegalSource = {
  id: 'law-3258-ix',
  act: {
    uk: 'Закон України про внесення змін до статті 73 КЗпП (законопроєкт № 9431)',
    en: 'Law of Ukraine amending Art. 73 of the Labour Code (bill 9431)',
  },
  number: '3258-IX',
  adopted: '2023-07-14',
  inForce: '2023-07-30',
  url: 'https://zakon.rada.gov.ua/laws/show/3258-20',
  verified: false,
  note: 'Signed 28.07.2023 (Interfax-Ukraine); in force the day after publication, reported as 30.07.2023. Any entry into force from 29.07 to 30.09.2023 yields the same calendar.',
};

/** Law 2136-IX of 15.03.2022: Art. 73 and Art. 67 part 3 of КЗпП are not applied under martial law. */
export const LAW_2136_IX: LegalSource = {
  id: 'law-2136-ix',
  act: {
    uk: 'Закон України «Про організацію трудових відносин в умовах воєнного стану»',
    en: 'Law of Ukraine on labour relations under martial law',
  },
  number: '2136-IX',
  adopted: '2022-03-15',
  inForce: '2022-03-24',
  provision: { uk: 'ч. 6 ст. 6', en: 'Art. 6 part 6' },
  url: 'https://zakon.rada.gov.ua/laws/show/2136-20',
  verified: false,
  note: 'Published 23.03.2022, in force 24.03.2022 (uteka.ua, vlasnasprava.ua). Part 6 of Art. 6 as worded by Law 2352-IX of 01.07.2022: Art. 73 and Art. 67 parts 3–5 of КЗпП are not applied while martial law lasts. Secondary sources; the official text was not read.',
};

/** Presidential decree 64/2022: martial law from 24.02.2022. */
export const DECREE_64_2022: LegalSource = {
  id: 'decree-64-2022',
  act: {
    uk: 'Указ Президента України «Про введення воєнного стану в Україні»',
    en: 'Decree introducing martial law',
  },
  number: '64/2022',
  adopted: '2022-02-24',
  url: 'https://zakon.rada.gov.ua/laws/show/64/2022',
  verified: false,
  note: 'Martial law from 05:30 on 24.02.2022, extended by later decrees; widely reported, the official text was not read here.',
};

/** Civil Code Art. 253: a term runs from the day after the event. */
export const CIVIL_CODE_ART_253: LegalSource = {
  id: 'civil-code-art-253',
  act: CIVIL_CODE,
  number: '435-IV',
  adopted: '2003-01-16',
  provision: { uk: 'ст. 253', en: 'Art. 253' },
  url: CIVIL_CODE_URL,
  verified: false,
  note: 'Wording from legal mirrors (pravodnik.com, urst.com.ua); the official text was not read.',
};

/** Civil Code Art. 254 part 1: terms in years. */
export const CIVIL_CODE_ART_254_YEARS: LegalSource = {
  id: 'civil-code-art-254-part-1',
  act: CIVIL_CODE,
  number: '435-IV',
  adopted: '2003-01-16',
  provision: { uk: 'ч. 1 ст. 254', en: 'Art. 254 part 1' },
  url: CIVIL_CODE_URL,
  verified: false,
  note: 'Wording from legal mirrors (legalexpert.in.ua); the official text was not read.',
};

/** Civil Code Art. 254 part 3: terms in months. */
export const CIVIL_CODE_ART_254_MONTHS: LegalSource = {
  id: 'civil-code-art-254-part-3',
  act: CIVIL_CODE,
  number: '435-IV',
  adopted: '2003-01-16',
  provision: { uk: 'ч. 3 ст. 254', en: 'Art. 254 part 3' },
  url: CIVIL_CODE_URL,
  verified: false,
  note: 'Wording from legal mirrors (legalexpert.in.ua): part 3 for months, part 2 for half-years and quarters; the official text was not read.',
};

/** Civil Code Art. 254 part 4: terms in weeks. */
export const CIVIL_CODE_ART_254_WEEKS: LegalSource = {
  id: 'civil-code-art-254-part-4',
  act: CIVIL_CODE,
  number: '435-IV',
  adopted: '2003-01-16',
  provision: { uk: 'ч. 4 ст. 254', en: 'Art. 254 part 4' },
  url: CIVIL_CODE_URL,
  verified: false,
  note: 'Wording from legal mirrors (legalexpert.in.ua); the official text was not read.',
};

/** Civil Code Art. 254 part 5: a last day that is a day off moves to the first working day after it. */
export const CIVIL_CODE_ART_254_DAY_OFF: LegalSource = {
  id: 'civil-code-art-254-part-5',
  act: CIVIL_CODE,
  number: '435-IV',
  adopted: '2003-01-16',
  provision: { uk: 'ч. 5 ст. 254', en: 'Art. 254 part 5' },
  url: CIVIL_CODE_URL,
  verified: false,
  note: 'Wording from legal mirrors (legalexpert.in.ua); the official text was not read.',
};

/** Civil Code Art. 255: a term for an act in an institution ends when its working day ends. */
export const CIVIL_CODE_ART_255: LegalSource = {
  id: 'civil-code-art-255',
  act: CIVIL_CODE,
  number: '435-IV',
  adopted: '2003-01-16',
  provision: { uk: 'ч. 1 ст. 255', en: 'Art. 255 part 1' },
  url: CIVIL_CODE_URL,
  verified: false,
  note: 'Wording from a legal commentary (jurists.org.ua): in an institution the term ends when its operations end under its rules. The official text was not read.',
};

/** Law 5203-VI Art. 10: an administrative service takes at most 30 calendar days unless a law says otherwise. */
export const LAW_5203_ART_10: LegalSource = {
  id: 'law-5203-vi-art-10',
  act: { uk: 'Закон України «Про адміністративні послуги»', en: 'Law of Ukraine on Administrative Services' },
  number: '5203-VI',
  adopted: '2012-09-06',
  inForce: '2012-10-07',
  provision: { uk: 'ст. 10', en: 'Art. 10' },
  url: 'https://zakon.rada.gov.ua/laws/show/5203-17',
  verified: false,
  note: 'The 30-calendar-day ceiling, applying where a law sets no other term, is from secondary sources (an НАДС exam question); the exact wording and part of Art. 10 in the current redaction were not read.',
};

/** Instruction 345, para 2.5: an electronic application received on a day off is registered the next working day. */
export const INSTRUCTION_345_PARA_2_5: LegalSource = {
  id: 'instruction-345-para-2-5',
  act: {
    uk: 'Інструкція щодо порядку оформлення і ведення особових справ отримувачів усіх видів соціальної допомоги (наказ Мінпраці від 19.09.2006 № 345, в редакції наказу Мінсоцполітики від 17.07.2019 № 1106)',
    en: 'Instruction on personal files of recipients of social assistance (Ministry of Labour order 345 of 19.09.2006, as worded by order 1106 of 17.07.2019)',
  },
  number: '345',
  adopted: '2006-09-19',
  provision: { uk: 'п. 2.5', en: 'para 2.5' },
  url: 'https://zakon.rada.gov.ua/laws/show/z0888-19',
  verified: true,
  note: 'Wording of order 1106 (17.07.2019) read on zakon.rada.gov.ua; a later amendment (order № 1 of 04.01.2022) was not checked for changes to para 2.5.',
};

/** КЗпП Art. 67 part 1: two days off a week under the five-day working week (Saturday and Sunday). */
export const KZPP_ART_67_PART_1: LegalSource = {
  id: 'kzpp-art-67-part-1',
  act: KZPP,
  number: '322-VIII',
  adopted: '1971-12-10',
  provision: { uk: 'ч. 1 ст. 67', en: 'Art. 67 part 1' },
  url: KZPP_URL,
  verified: false,
  note: 'Two days off a week under the five-day week; Saturday and Sunday as the days off of public bodies are assumed (their internal rules), not read in an official text.',
};
