import type { Citation } from '@vikno/law';

/** Where the wording of Law 5203-VI was read. */
const SOURCE_5203 =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/03254-ua-law-5203-17.json, commit 35a12f9, 2026-02-22; edition date not stated, the wording after ' +
  'Law 2073-IX amended the law on 15.12.2023).';

/*
 * Citations of codes and laws that more than one service rests on, each written once. A citation names an act of the register of `@vikno/law` by id,
 * the provision, what was read (`evidence`: `text` the provision's wording in the act's text, `officialCard` a state
 * body's card or notice, `secondary` news, a council page or a CNAP's card, `none` nothing) and the day it was last
 * checked.
 */

/** Law 2811-XII «Про державну допомогу сім’ям з дітьми». */
export const LAW_2811: Citation = {
  act: 'law-2811-xii',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote: "«Про державну допомогу сім'ям з дітьми. Верховна Рада України; Закон від 21.11.1992 2811-XII»",
  note:
    'Number and date as cited by lebedynrada.gov.ua and mvk.if.ua. Checked on 2026-11-25: Number, ' +
    'date and title confirmed on the official card zakon4.rada.gov.ua/laws/show/2811-12/card3 ' +
    '(official site, card only) and on zakon.cc (text header: ВВР 1993 № 5 ст. 21; enacted by ' +
    'Resolution 2812-XII of 21.11.92; «В редакції Закону № 2334-III від 22.03.2001»).',
};

/** Law 4681-IX of 05.11.2025, which rewrote the assistance to families with children from 01.01.2026. */
export const LAW_4681: Citation = {
  act: 'law-4681-ix',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '«Про внесення змін до деяких законів України щодо підтримки сімей з дітьми… I. Внести зміни до ' +
    'таких законів України: 1. У статті 3 Закону України "Про державну соціальну допомогу особам з ' +
    'інвалідністю з дитинства та дітям з інвалідністю" … після частини п\'ятої доповнити новою ' +
    'частиною…»',
  note:
    'Number, date and title as cited by ternopil.te.gov.ua (12.01.2026) and ' +
    'defence.poda.gov.ua/news/250836; pfu.gov.ua/2176430-… says the new payments apply «з 1 січня ' +
    '2026 року». The text itself was not read; the URL is built by the standard pattern (IX ' +
    'convocation = 20). Checked on 2026-11-25: Number 4681-ІХ, date 05.11.2025 and title confirmed ' +
    'in the text copy on docs.dtkt.ua (iplex); only the opening was readable. It amends, first, Art. ' +
    '3 of Law 2109-III (care allowance) — relevant to law-2109-iii-art-3. Entry into force ' +
    '01.01.2026: secondary (sud.ua quoting the Ministry of Social Policy: «Закон набуде чинності з 1 ' +
    'січня 2026 року»; rbc.ua: signed and returned 14.11.2025, bill 13532; unn.ua, rbc.ua ' +
    '31.12.2025). What it changes from 01.01.2026 (secondary, rbc/unn/psm7 citing PFU): birth ' +
    'assistance 50 000 грн one-off for each child (instead of 41 280 paid 10 320 + 36×860), ' +
    'application within 12 months of birth; maternity assistance for the uninsured 7 000 грн/month; ' +
    'care for a child to 1 year 7 000 грн/month (also for children born in 2025 who are under 1 on ' +
    '01.01.2026, plus the 860 грн instalments continue); «єЯсла» 8 000 грн/month from 1 to 3 years ' +
    'if the parent returns to work; «пакунок малюка» kept (can be ordered from the 36th week); from ' +
    "2027 amounts set by the budget law. None of these was read in the law's text.",
};

/** Law 5203-VI Art. 11 part 2: social-character services are free of charge. */
export const LAW_5203_ART_11_FREE: Citation = {
  act: 'law-5203-vi',
  provision: {
    uk: 'ч. 2 ст. 11',
    en: 'Art. 11 part 2',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '2. Надання адміністративних послуг у сфері соціального забезпечення громадян здійснюється на безоплатній основі.',
  note: SOURCE_5203,
};

/**
 * Law 5203-VI Art. 19 part 2, as Law 2073-IX worded it (from 15.12.2023): the actions and inaction of those who
 * provide services are appealed by administrative complaint and/or in court.
 */
export const LAW_5203_ART_19_APPEAL: Citation = {
  act: 'law-5203-vi',
  provision: {
    uk: 'ч. 2 ст. 19',
    en: 'Art. 19 part 2',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '2. Дії або бездіяльність посадових осіб, уповноважених відповідно до закону надавати адміністративні послуги, ' +
    'адміністраторів можуть бути оскаржені в порядку адміністративного оскарження та/або до суду в порядку, ' +
    'встановленому законом.',
  note: SOURCE_5203,
};

/**
 * Law 2073-IX Art. 79 part 1: a complaint against an administrative act goes to the body of the higher level (in
 * force from 15.12.2023).
 */
export const LAW_2073_ART_79_COMPLAINT: Citation = {
  act: 'law-2073-ix',
  provision: {
    uk: 'ч. 1 ст. 79',
    en: 'Art. 79 part 1',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '1. Суб’єктом розгляду скарги є адміністративний орган вищого рівня (з урахуванням особливостей, визначених ' +
    'частиною третьою цієї статті), якщо інший суб’єкт не передбачений законом.',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/01122-ua-law-2073-20.json, commit 35a12f9, 2026-02-22); edition date not stated.',
};

/**
 * Law 5203-VI Art. 10: the general 30-calendar-day ceiling of an administrative service where a law sets no other
 * term. Services cite it only where no term of their own was found, so the catalogue still says how long the
 * provider may take at most; such a term is a fallback, not a confirmed special term.
 */
export const LAW_5203_ART_10_CEILING: Citation = {
  act: 'law-5203-vi',
  provision: {
    uk: 'ч. 2 ст. 10',
    en: 'Art. 10 part 2',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '2. У разі якщо законом не визначено граничний строк надання адміністративної послуги, цей строк не може ' +
    'перевищувати 30 календарних днів з дня подання суб’єктом звернення заяви та документів, необхідних для ' +
    'отримання послуги.',
  note:
    'Fallback: no term of this service was found on a card or in an act, so the catalogue gives the ceiling of ' +
    "part 2 (a law sets a service's term: part 1). " +
    SOURCE_5203,
};

/** Law 2402-III «Про охорону дитинства», the basis of large-family status and certificates. */
export const LAW_2402: Citation = {
  act: 'law-2402-iii',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '«ЗАКОН УКРАЇНИ Про охорону дитинства (Відомості Верховної Ради України (ВВР), 2001, № 30, ' +
    'ст.142)»; «Закон Украины от 26 апреля 2001 года № 2402-III Об охране детства»',
  note:
    'Number and date as cited on the information card at yampilsr.gov.ua/news/1739797309; URL built ' +
    'by the standard pattern (III convocation = 14). Checked on 2026-11-25: Number, date and title ' +
    'read in text copies naming editions (taxlink.ua ed. 27.03.2018; urst.com.ua ed. 01.12.2021; ' +
    'prg.kz as of 14.05.2025; cis-legislation as of 06.06.2024). Note: prg.kz flags amending Law ' +
    '4744-IX of 18.12.2025.',
};

/** Law 1706-VII «Про забезпечення прав і свобод внутрішньо переміщених осіб». */
export const LAW_1706: Citation = {
  act: 'law-1706-vii',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    'qdpro.com.ua copy headed «ЗАКОН УКРАЇНИ Про забезпечення прав i свобод внутрiшньо перемiщених ' +
    'осiб»; kodeksy.com.ua «от 20.10.2014 № 1706-VII»',
  note:
    'Title and zakon.rada address (1706-18) as linked by wiki.legalaid.gov.ua; date per the same ' +
    'page (domain notes [V]). Checked on 2026-11-25: Title confirmed by text copies (qdpro.com.ua, ' +
    'taxlink.ua); number and date 20.10.2014 by kodeksy.com.ua (Russian page) and upszn.gov.ua. ' +
    'Official card not read. (One council page, brusyliv-rda, wrongly says 2016.)',
};

/** Law 2109-III on state social assistance to persons disabled since childhood and children with disabilities. */
export const LAW_2109: Citation = {
  act: 'law-2109-iii',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '«Про державну соціальну допомогу інвалідам з дитинства та дітям-інвалідам (Закон вiд 16.11.2000 ' +
    '№ 2109-III)»',
  note:
    'Title and code 2109-14 as cited in КМУ resolution 79/2021 (text read on zakon-i-normativ.info, ' +
    'a secondary copy); the number 2109-III is read from the code (3rd convocation); the adoption ' +
    'date was not seen. URL built by the standard zakon.rada pattern. Checked on 2026-11-25: ' +
    'ADOPTION DATE found: 16.11.2000 (old text copy on health.telegraf.com.ua; ВВР 2001 № 1 ст. 2 ' +
    'per vsgo.org.ua) — the inventory lacks it. Current title (with «особам з інвалідністю… дітям з ' +
    'інвалідністю») confirmed in the text of 4681-IX (docs.dtkt.ua) and КМУ 79/2021. Official card ' +
    'not read.',
};

/** Law 2109-III Art. 9: who assigns the assistance and the 10-day term. */
export const LAW_2109_ART_9: Citation = {
  act: 'law-2109-iii',
  provision: {
    uk: 'ч. 1–3 ст. 9',
    en: 'Art. 9 parts 1–3',
  },
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '«Заява про призначення державної соціальної допомоги розглядається місцевою державною ' +
    'адміністрацією не пізніше 10 днів після надходження заяви з усіма необхідними документами.» … ' +
    '«Державна соціальна допомога призначається з дня звернення за її призначенням.»',
  note:
    'Read on protocol.ua (a secondary copy, redaction after Law 5462-VI): «…призначається місцевою ' +
    'державною адміністрацією»; «Заява … розглядається … не пізніше 10 днів після надходження заяви ' +
    'з усіма необхідними документами»; «…призначається з дня звернення». The unit of the 10 days is ' +
    'not stated in the article. Whether the article was amended for the Pension Fund in 2025 was not ' +
    'checked. Checked on 2026-11-25: Read on protocol.ua (a listed mirror; article page shows ' +
    'amendment notes by 5462-VI of 16.10.2012, no edition date). Part 1: assigned by «місцевою ' +
    'державною адміністрацією». The unit of «10 днів» is not stated. Not checked: whether Art. 9 was ' +
    'amended when administration moved to the Pension Fund (2025) or by 4681-IX — the organ named ' +
    'may be outdated.',
};

/** Law 1727-IV on state social assistance to persons without pension rights and persons with disabilities. */
export const LAW_1727: Citation = {
  act: 'law-1727-iv',
  evidence: 'text',
  checkedOn: '2026-11-25',
  quote:
    '«Закон Украины от 18.05.2004 № 1727-IV … ЗАКОН УКРАЇНИ Про державну соціальну допомогу особам, ' +
    'які не мають права на пенсію, та особам з інвалідністю»',
  note:
    'Number and date from secondary copies (kodeksy.com.ua «від 18.05.2004 № 1727-IV»; ' +
    'online.budstandart.com); the current title as used by pidvoltg.gov.ua. URL built by the ' +
    'standard pattern. Checked on 2026-11-25: Number, date and current title read in the text copy ' +
    'on online.budstandart.com (amendments listed to 10.10.2024) — same site as the inventory, now ' +
    'with the edition list. ВВР 2004 № 33-34 ст. 404 (taxlink.ua, vsgo.org.ua).',
};

/** Law 1382-IV on freedom of movement and free choice of residence. */
export const LAW_1382: Citation = {
  act: 'law-1382-iv',
  evidence: 'officialCard',
  checkedOn: '2026-11-25',
  quote:
    '«Про свободу пересування та вільний вибір місця проживання в Україні. Верховна Рада України; ' +
    'Закон від 11.12.2003 1382-IV»',
  note:
    'Number and date from the card at zakon4.rada.gov.ua/laws/show/1382-15/card3. Checked on ' +
    '2026-11-25: Official card on zakon4.rada.gov.ua (card3) — the same page the inventory cites.',
};

/** Law 1871-IX on declaring and registering the place of residence. */
export const LAW_1871: Citation = {
  act: 'law-1871-ix',
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '«Закон України «Про надання публічних (електронних публічних) послуг щодо декларування та ' +
    'реєстрації місця проживання в Україні №1871 від 05.11.2021 року»',
  note:
    'Number and date as cited by chudniv-miskrada.gov.ua («№1871 від 05.11.2021»); in force from ' +
    '01.12.2021 (some parts from 01.03.2022 and 01.06.2022) per its final provisions, read on ' +
    'protocol.ua, and confirmed by yavoriv-rada.gov.ua applying its fees from 01.12.2021. URL built ' +
    'by the standard pattern (code 1871-20). Checked on 2026-11-25: chudniv-miskrada.gov.ua as in ' +
    "the inventory; cnap.sed-rada.gov.ua applies the new fee «З 01.12.2021». 1689-IX's text header " +
    '(docs.dtkt.ua) lists «№ 1871-IX від 05.11.2021» among its amending laws — confirms the number ' +
    'and date in a text copy. Final provisions not read.',
};

/** The registration fee under Law 1382-IV before 01.12.2021. */
export const LAW_1382_FEE_BEFORE_2021: Citation = {
  act: 'law-1382-iv',
  provision: {
    uk: 'ст. 11-1',
    en: 'Art. 11-1',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  quote:
    '«За регистрацию, снятие с регистрации места проживания оплачивается административный сбор: … в ' +
    'течение установленного настоящим Законом срока - в размере 0,0085 размера минимальной ' +
    'заработной платы; … с нарушением … срока - в размере 0,0255 размера минимальной заработной ' +
    'платы.»',
  note:
    'The fee provision of Law 1382-IV in its redaction before 01.12.2021 was not read; its wording ' +
    'is known from CNAP cards (admincher.gov.ua, kyivcnap.gov.ua). That the same rule applied from ' +
    '04.04.2016 is an assumption. Checked on 2026-11-25: The fee provision IS found: Art. 11-1 ' +
    '«Адміністративний збір», added by Law 888-VIII of 10.12.2015 (kodeksy.com.ua, Russian page of ' +
    'the Ukrainian law, checked 08.07.2019). Also: registration together with deregistration pays ' +
    'one fee, credited to the local budget at the new residence. Confirmed by ldn.org.ua (2017) and ' +
    'troicka-gromada.gov.ua (2018: 31,65 / 93,10 грн at 3 723 грн min. wage). The inventory should ' +
    'cite «ст. 11-1» instead of an unnamed provision. The date from which 888-VIII applied ' +
    '(04.04.2016 assumed) was not read.',
};

/** Law 1871-IX Art. 6: the administrative fees for declaring, registering and deregistering. */
export const LAW_1871_ART_6: Citation = {
  act: 'law-1871-ix',
  provision: {
    uk: 'ч. 1 ст. 6',
    en: 'Art. 6 part 1',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1) 1,5 відсотка прожиткового мінімуму, встановленого для працездатних осіб на 1 січня календарного ' +
    'року, - за декларування/реєстрацію місця проживання у разі звернення особи протягом встановленого цим ' +
    'Законом строку; 2) 2,5 відсотка прожиткового мінімуму, встановленого для працездатних осіб на 1 січня ' +
    'календарного року, - за декларування місця проживання/реєстрацію місця проживання у разі звернення ' +
    'особи з порушенням встановленого цим Законом строку; 3) 1,5 відсотка прожиткового мінімуму, ' +
    'встановленого для працездатних осіб на 1 січня календарного року, - за зняття із ' +
    'задекларованого/зареєстрованого місця проживання/зміну місця проживання.»',
  note:
    'Read on 2026-11-26 in the official text as ingested from zakon.rada.gov.ua into ' +
    'github.com/Ansvar-Systems/Ukrainian-law-mcp (data/seed/01205-ua-law-1871-20.json, commit 35a12f9 of 2026-02-22; the ' +
    'edition current at ingestion, its date not stated).' +
    ' Part 2: one fee when registering together with deregistering; part 3: no fee for deregistration on ' +
    'notice of the registration body, a social institution, the authorised person of the dwelling or on a ' +
    'court decision. That the same rates applied from 01.12.2021 is secondary: cnap.sed-rada.gov.ua ' +
    '(34,05 / 56,75 грн from 01.12.2021) and chudniv-miskrada.gov.ua quoted the same items then.',
};

/** Law 4681-IX as the reason values change on 01.01.2026: the day and the changes are known from news and the ministry. */
export const LAW_4681_IN_FORCE_2026: Citation = {
  act: 'law-4681-ix',
  provision: {
    uk: 'розд. II (прикінцеві положення)',
    en: 'Section II (final provisions)',
  },
  evidence: 'secondary',
  checkedOn: '2026-11-25',
  note:
    'The opening of the law was read on docs.dtkt.ua (see LAW_4681); its final provisions were not. ' +
    'That it applies from 01.01.2026 rests on sud.ua quoting the Ministry of Social Policy («Закон ' +
    'набуде чинності з 1 січня 2026 року»), rbc.ua and unn.ua (31.12.2025), and pfu.gov.ua/2176430-… ' +
    '(«з 1 січня 2026 року»); what it changes (birth assistance of 50 000 грн once, care for a child ' +
    'under one 7 000 грн a month, «єЯсла» 8 000 грн a month) rests on rbc.ua, unn.ua and psm7.com ' +
    'citing the Pension Fund, ternopil.te.gov.ua (12.01.2026) and defence.poda.gov.ua/news/250836. ' +
    'None of it was read in the law’s text.',
};
