import type { LegalSource } from '../schema.js';
import { CALENDAR_ACTS } from './acts.js';

// Every legal fact of the calendar and of term computation cites an act of the register (`@vikno/law`) by
// provision, with what was read (`evidence`) and when (`checkedOn`). What was read on 2026-11-25 is the research of
// issue 12; the package README lists what is not read in an act's text.

const register = CALENDAR_ACTS;

/** КЗпП Art. 73: the list of holidays and non-working days. */
export const KZPP_ART_73: LegalSource = register.cite({
  act: 'kzpp',
  provision: { uk: 'ст. 73', en: 'Art. 73' },
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note:
    'Current list as quoted by rbc.ua (2025-08-15) and Держпраці; the list was not read in any copy of the code ' +
    '(2026-11-25: jobs.ua still shows the list before 2015, with 2 May, 9 May and 7 January). The changes since ' +
    'follow the amending laws cited beside each holiday: 8 May (3107-IX), 15 July, 1 October and 25 December ' +
    'only (3258-IX).',
});

/** КЗпП Art. 67 part 3: a holiday on a weekend moves the day off to the next working day. */
export const KZPP_ART_67_PART_3: LegalSource = register.cite({
  act: 'kzpp',
  provision: { uk: 'ч. 3 ст. 67', en: 'Art. 67 part 3' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'У випадку, коли святковий або неробочий день (стаття 73) збігається з вихідним днем, вихідний день ' +
    'переноситься на наступний після святкового або неробочого.',
  note:
    'Same wording on jobs.ua, buhoblik.org.ua and crimealawyers.com, none naming the edition; crimealawyers.com ' +
    'gives the article as amended by Law 576-XIV of 08.04.1999 (in force since 1999). Earlier also a court site ' +
    '(eag.court.gov.ua). The official text was not read.',
});

/** Law 238-VIII of 05.03.2015: 14 October, Defender of Ukraine Day. */
export const LAW_238_VIII: LegalSource = register.cite({
  act: 'law-238-viii',
  provision: { uk: 'розд. I; п. 1 розд. II', en: 'section I; section II item 1' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Частину першу статті 73 Кодексу законів про працю України … доповнити абзацом дев’ятим такого змісту: ' +
    '"14 жовтня - День захисника України". … Цей Закон набирає чинності з дня, наступного за днем його ' +
    'опублікування.',
  note:
    'Full text as adopted reproduced on a school website (vanovychi-zosh.lviv.sch.in.ua), not a legal mirror. ' +
    'In force the day after publication (March 2015; the day of publication was not seen). Its first 14 October ' +
    'is 2015-10-14.',
});

/** Law 315-VIII of 09.04.2015: 9 May renamed Day of Victory over Nazism in World War II. */
export const LAW_315_VIII: LegalSource = register.cite({
  act: 'law-315-viii',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Number and date confirmed on prg.kz (a Russian translation, as amended to 21.08.2025; preamble only). ' +
    'Published 20.05.2015 and in force 21.05.2015 per secondary sources only, so 9 May 2015 still bore the old ' +
    'name.',
});

/** Law 2211-VIII of 16.11.2017: 25 December added, 2 May removed, 1 May renamed Labour Day. */
export const LAW_2211_VIII: LegalSource = register.cite({
  act: 'law-2211-viii',
  provision: { uk: 'розд. I; п. 1 розд. II', en: 'section I; section II item 1' },
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    'абзаци третій і п’ятий частини першої викласти в такій редакції: "7 січня і 25 грудня - Різдво ' +
    'Христове"; "1 травня - День праці"; … Цей Закон набирає чинності з дня, наступного за днем його ' +
    'опублікування.',
  note:
    'Full text as adopted read on cons.parus.ua (a legal database) and umo.edu.ua; 2 May is removed (1 May only). ' +
    'Published 01.12.2017 in «Голос України», so in force 02.12.2017 (konstantinovka.dn.ua, fakty.ua, ' +
    'ura-inform.com: secondary).',
});

/** Law 1643-IX of 14.07.2021: Defenders' Day renamed. */
export const LAW_1643_IX: LegalSource = register.cite({
  act: 'law-1643-ix',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Interfax-Ukraine (03.08.2021): signed 03.08.2021, adopted 14.07.2021; «назва свята "День захисника ' +
    'України"… змінюється на "День захисників і захисниць України"»; in force the day after publication. The ' +
    'day of publication was not seen, so the new name is dated from 04.08.2021; any day before 14.10.2021 yields ' +
    'the same names.',
});

/** Law 2295-IX of 31.05.2022: 28 July, Day of Ukrainian Statehood. */
export const LAW_2295_IX: LegalSource = register.cite({
  act: 'law-2295-ix',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'News (Interfax, ostannipodii.com) confirm adoption on 31.05.2022 (bill 5864) and 28 July every year; the ' +
    'number 2295-IX was not seen in them. Published 08.06.2022 in Голос України № 119, so in force 09.06.2022, ' +
    'per protedu.org only (not confirmed on 2026-11-25).',
});

/** Law 3107-IX of 29.05.2023: 8 May replaces 9 May. */
export const LAW_3107_IX: LegalSource = register.cite({
  act: 'law-3107-ix',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote:
    '15 червня 2023 року набув чинності Закон України «Про День пам’яті та перемоги над нацизмом у Другій ' +
    'світовій війні 1939-1945 років» від 29 травня 2023 року (№ 3107-IX)… 9 травня вилучено з переліку ' +
    'святкових і неробочих днів.',
  note:
    'Official notice of a court (Київський районний суд м. Харкова, ki.hr.court.gov.ua, 20.06.2023): number, date, ' +
    'in force 15.06.2023, 8 May replacing 9 May; the Rada press service (29.05.2023, bill 9278) says it amends ' +
    'КЗпП and Law 315-VIII. The law text was not read.',
});

/** Law 3258-IX of 14.07.2023 (bill 9431): 7 January removed, Statehood Day 15 July, Defenders' Day 1 October. */
export const LAW_3258_IX: LegalSource = register.cite({
  act: 'law-3258-ix',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'Interfax-Ukraine (28.07.2023): signed 28.07.2023, bill 9431, adopted 14.07.2023; Statehood Day moves to ' +
    '15 July, Defenders’ Day to 1 October, Christmas to 25 December only. In force the day after publication ' +
    '(ukr-space.com.ua), reported as 30.07.2023; a council page says 01.09.2023. Any entry into force from 29.07 ' +
    'to 30.09.2023 yields the same calendar. The number 3258-IX and the day of publication were not seen.',
});

/** Law 2136-IX of 15.03.2022: Art. 73 and Art. 67 part 3 of КЗпП are not applied under martial law. */
export const LAW_2136_IX: LegalSource = register.cite({
  act: 'law-2136-ix',
  provision: { uk: 'ч. 6 ст. 6', en: 'Art. 6 part 6' },
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote:
    'на підставі частини 6 статті 6 Закону України «Про організацію трудових відносин в умовах воєнного стану» ' +
    'від 15.03.2022 № 2136-IX під час воєнного стану не застосовують норми статті 73 «Святкові і неробочі дні» ' +
    'КЗпП України',
  note:
    'Official notice of a court (Єланецький районний суд, el.mk.court.gov.ua, 27.04.2022). The original wording ' +
    '(24.03.2022) suspended Art. 67 parts 3–5 and Arts. 71–73 of КЗпП (pro-op.com.ua, secondary); as reworded by ' +
    'Law 2352-IX of 01.07.2022, Art. 73 and Art. 67 parts 3–5. Both give the calendar no holidays and no moved days ' +
    'off from 24.03.2022. Published 23.03.2022, in force 24.03.2022 (pravobiblio.blogspot.com, uteka.ua: ' +
    'secondary). The law text was not read.',
});

/** Presidential decree 64/2022: martial law from 24.02.2022. */
export const DECREE_64_2022: LegalSource = register.cite({
  act: 'decree-64-2022',
  provision: { uk: 'п. 1', en: 'item 1' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'News citing the Office of the President and zsu.gov.ua (dengi.ua, soloway.live): «воєнний стан ' +
    'запроваджується з 5:30 24 лютого 2022 року строком на 30 діб», then extended by later decrees (the first, ' +
    '133/2022, approved by Law 2119-IX). The decree text and the item number were not read.',
});

/** Civil Code Art. 253: a term runs from the day after the event. */
export const CIVIL_CODE_ART_253: LegalSource = register.cite({
  act: 'civil-code',
  provision: { uk: 'ст. 253', en: 'Art. 253' },
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    'Перебіг строку починається з наступного дня після відповідної календарної дати або настання події, з якою ' +
    'пов’язано його початок.',
  note:
    'Read on urst.com.ua (names «№435-IV від 16.01.2003, редакція від 01.01.2022»); the same wording on ' +
    'pravodnik.com and fr.shram.kiev.ua (edition of 14.06.2007). The article has a single part.',
});

/** Civil Code Art. 254 part 1: terms in years. */
export const CIVIL_CODE_ART_254_YEARS: LegalSource = register.cite({
  act: 'civil-code',
  provision: { uk: 'ч. 1 ст. 254', en: 'Art. 254 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote: 'Строк, що визначений роками, спливає у відповідні місяць та число останнього року строку.',
  note:
    'Read on fr.shram.kiev.ua (names the edition of 14.06.2007), legalexpert.in.ua and pravodnik.com: the same ' +
    'wording.',
});

/** Civil Code Art. 254 part 3: terms in months. */
export const CIVIL_CODE_ART_254_MONTHS: LegalSource = register.cite({
  act: 'civil-code',
  provision: { uk: 'ч. 3 ст. 254', en: 'Art. 254 part 3' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Строк, що визначений місяцями, спливає у відповідне число останнього місяця строку. … Якщо закінчення ' +
    'строку, визначеного місяцем, припадає на такий місяць, у якому немає відповідного числа, строк спливає в ' +
    'останній день цього місяця.',
  note:
    'Read on legalexpert.in.ua, a commented code that names no edition. Part 2 applies the rules of months to ' +
    'half-years and quarters («відлік кварталів ведеться з початку року»).',
});

/** Civil Code Art. 254 part 4: terms in weeks. */
export const CIVIL_CODE_ART_254_WEEKS: LegalSource = register.cite({
  act: 'civil-code',
  provision: { uk: 'ч. 4 ст. 254', en: 'Art. 254 part 4' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote: 'Строк, що визначений тижнями, спливає у відповідний день останнього тижня строку.',
  note: 'Read on legalexpert.in.ua, a commented code that names no edition.',
});

/** Civil Code Art. 254 part 5: a last day that is a day off moves to the first working day after it. */
export const CIVIL_CODE_ART_254_DAY_OFF: LegalSource = register.cite({
  act: 'civil-code',
  provision: { uk: 'ч. 5 ст. 254', en: 'Art. 254 part 5' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Якщо останній день строку припадає на вихідний, святковий або інший неробочий день, що визначений ' +
    'відповідно до закону у місці вчинення певної дії, днем закінчення строку є перший за ним робочий день.',
  note:
    'Read on legalexpert.in.ua, a commented code that names no edition. The days off are those of the place ' +
    'where the act is done.',
});

/** Civil Code Art. 255: a term for an act in an institution ends when its working day ends. */
export const CIVIL_CODE_ART_255: LegalSource = register.cite({
  act: 'civil-code',
  provision: { uk: 'ч. 1 ст. 255', en: 'Art. 255 part 1' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'Якщо строк встановлено для вчинення дії, вона може бути вчинена до закінчення останнього дня строку. У ' +
    'разі, якщо ця дія має бути вчинена в установі, то строк спливає тоді, коли у цій установі за встановленими ' +
    'правилами припиняються відповідні операції.',
  note: 'Read at the head of a legal commentary (jurists.org.ua) quoting the article; no edition named.',
});

/** Law 5203-VI Art. 10 part 2: an administrative service takes at most 30 calendar days unless a law says otherwise. */
export const LAW_5203_ART_10: LegalSource = register.cite({
  act: 'law-5203-vi',
  provision: { uk: 'ч. 2 ст. 10', en: 'Art. 10 part 2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '2. У разі якщо законом не визначено граничний строк надання адміністративної послуги, цей строк не може ' +
    'перевищувати 30 календарних днів з дня подання суб’єктом звернення заяви та документів, необхідних для ' +
    'отримання послуги.',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/03254-ua-law-5203-17.json, commit 35a12f9, 2026-02-22; edition date not stated). Part 5 adds that ' +
    'the time of postal delivery is not counted in the term. Earlier editions were not read.',
});

/** Instruction 345, para 2.5: an electronic application received on a day off is registered the next working day. */
export const INSTRUCTION_345_PARA_2_5: LegalSource = register.cite({
  act: 'mlsp-order-345-2006',
  provision: {
    uk: 'п. 2.5 Інструкції (у ред. наказу Мінсоцполітики від 17.07.2019 № 1106)',
    en: 'para 2.5 of the Instruction (as worded by order 1106 of 17.07.2019)',
  },
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    'Якщо заява та документи надсилаються поштою, днем подання заяви вважається дата, зазначена на поштовому ' +
    'штемпелі місця відправлення. … (у разі надходження у вихідний та святковий день датою реєстрації ' +
    'вважається наступний робочий день).',
  note:
    'Read on zakon.rada.gov.ua in the text of order 1106 (z0888-19), which restates para 2.5; electronic ' +
    'applications are registered in order of arrival. Whether order № 1 of 04.01.2022 changed para 2.5 was not ' +
    'checked.',
});

/** КЗпП Art. 67 part 1: two days off a week under the five-day working week (Saturday and Sunday). */
export const KZPP_ART_67_PART_1: LegalSource = register.cite({
  act: 'kzpp',
  provision: { uk: 'ч. 1 ст. 67', en: 'Art. 67 part 1' },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'При п’ятиденному робочому тижні працівникам надаються два вихідних дні на тиждень, а при шестиденному ' +
    'робочому тижні - один вихідний день.',
  note:
    'Read on jobs.ua and buhoblik.org.ua (no edition named). Part 2 fixes only Sunday («Загальним вихідним днем є ' +
    'неділя»); the second day off of a five-day week is set by the work schedule, so Saturday as the day off of ' +
    'public bodies is an assumption (their internal rules), not read in the code.',
});
