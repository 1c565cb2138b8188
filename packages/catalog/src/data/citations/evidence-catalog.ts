import type { Citation } from '@vikno/law';

/*
 * Citations read in the official text of the provision for issue 14, where no citation of the same provision
 * existed: each names the provision, quotes the words that carry the value and says where it was read. Several
 * services rest on them; they are written once here.
 */

/**
 * Where the official text of a law was read: the texts ingested from zakon.rada.gov.ua into the Ukrainian-law-mcp
 * repository, in the edition current when they were ingested.
 */
export function readIn(file: string): string {
  return (
    'Read on 2026-11-26 in the official text as ingested from zakon.rada.gov.ua into ' +
    `github.com/Ansvar-Systems/Ukrainian-law-mcp (data/seed/${file}, commit 35a12f9 of 2026-02-22; the edition ` +
    'current at ingestion, its date not stated).'
  );
}

/** Law 1871-IX, final provisions, point 1: in force from 01.12.2021 (three parts later). */
export const LAW_1871_IN_FORCE: Citation = {
  act: 'law-1871-ix',
  provision: {
    uk: 'п. 1 розділу «Прикінцеві та перехідні положення»',
    en: 'Final and transitional provisions, point 1',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1. Цей Закон набирає чинності з 1 грудня 2021 року, крім частини четвертої статті 25 та частини сьомої ' +
    'статті 27 цього Закону, які набирають чинності з 1 березня 2022 року, та частини сьомої статті 26 цього ' +
    'Закону, яка набирає чинності з 1 червня 2022 року.»',
  note: `${readIn('01205-ua-law-1871-20.json')} The seed joins the final provisions to Art. 31.`,
};

/** Law 1871-IX Art. 5 part 1: the 30 calendar days after arrival to declare or register the residence. */
export const LAW_1871_ART_5_TERM: Citation = {
  act: 'law-1871-ix',
  provision: {
    uk: 'ч. 1 ст. 5',
    en: 'Art. 5 part 1',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1. Громадянин України, який проживає на території України, … зобов’язані протягом 30 календарних днів ' +
    'після прибуття до нового місця проживання (перебування) задекларувати або зареєструвати його.»',
  note:
    `${readIn('01205-ua-law-1871-20.json')} The term the in-time fee of Art. 6 part 1 item 1 refers to ` +
    '(«протягом встановленого цим Законом строку»).',
};

/** Law 2109-III Art. 1 part 1: who has the right to the state social assistance. */
export const LAW_2109_ART_1: Citation = {
  act: 'law-2109-iii',
  provision: {
    uk: 'ч. 1 ст. 1',
    en: 'Art. 1 part 1',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Право на державну соціальну допомогу мають особи з інвалідністю з дитинства і діти з інвалідністю віком ' +
    'до 18 років.»',
  note:
    `${readIn('06288-ua-law-2109-14.json')} The wording is that after the law was renamed («особам з ` +
    'інвалідністю з дитинства та дітям з інвалідністю»); earlier editions, read as «інвалідам з дитинства та ' +
    'дітям-інвалідам», were not compared word for word.',
};

/** Law 2811-XII Art. 10: birth assistance is assigned when applied for within twelve months of the birth. */
export const LAW_2811_ART_10_WINDOW: Citation = {
  act: 'law-2811-xii',
  provision: {
    uk: 'ст. 10',
    en: 'Art. 10',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Допомога при народженні дитини призначається за умови, що заява про її призначення надійшла до органу, ' +
    'що призначає та здійснює виплату державної допомоги сім’ям з дітьми, не пізніше ніж через дванадцять ' +
    'місяців з дня народження дитини.»',
  note:
    `${readIn('07833-ua-law-2811-12.json')} The edition read is that after Law 4681-IX (Art. 11: «у розмірі ` +
    '50000 гривень»), so it shows the window from 01.01.2026; before, grebenka.com (2021) quotes the same ' +
    'window as «не пізніше ніж через 12 календарних місяців після народження дитини» (secondary). The part ' +
    'is the eighth of the article as the seed splits it (the article refers to its tenth part as the last); ' +
    'not numbered in the seed, so only the article is cited.',
};

/**
 * Law 393/96-ВР Art. 16 part 1: a complaint goes to the higher body, without losing the right to go to court. The
 * general appeal route before Law 2073-IX applied (15.12.2023), in place of Law 5203-VI Art. 20 the SDK had cited.
 */
export const LAW_393_ART_16_COMPLAINT: Citation = {
  act: 'law-393-96-vr',
  provision: {
    uk: 'ч. 1 ст. 16',
    en: 'Art. 16 part 1',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Скарга на дії чи рішення органу державної влади, органу місцевого самоврядування, підприємства, установи, ' +
    'організації, об’єднання громадян, медіа, посадової особи подається у порядку підлеглості вищому органу або ' +
    'посадовій особі, що не позбавляє громадянина права звернутися до суду відповідно до чинного законодавства, ' +
    'а в разі відсутності такого органу або незгоди громадянина з прийнятим за скаргою рішенням - безпосередньо ' +
    'до суду.»',
  note:
    `${readIn('07300-ua-law-393-96.json')} That edition reads «медіа» where earlier ones read «засоби масової ` +
    'інформації»; the route (the higher body, then or instead a court) is the one the catalogue gives. Law ' +
    '5203-VI Art. 20, cited before, holds the final provisions (read in its text, 03254-ua-law-5203-17.json), ' +
    'and has since 2012: it sets the law’s own entry into force and the 01.01.2013 and 01.01.2014 dates; ' +
    'its Art. 19 part 2 before Law 2073-IX (wording not read) spoke of appeals against officials and ' +
    'administrators.',
};

/** Law 2811-XII Art. 6 part 3: the documents for family assistance are examined within 10 days of the application. */
export const LAW_2811_ART_6_TERM: Citation = {
  act: 'law-2811-xii',
  provision: {
    uk: 'ч. 3 ст. 6',
    en: 'Art. 6 part 3',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Документи, необхідні для призначення державної допомоги сім’ям з дітьми, розглядаються органом, що ' +
    'призначає та здійснює виплату державної допомоги сім’ям з дітьми, протягом 10 днів з дня звернення.»',
  note:
    `${readIn('07833-ua-law-2811-12.json')} The edition read is that after Law 4681-IX, so the term is given ` +
    'from 01.01.2026; the wording of Art. 6 before was not read. The article does not say calendar or working ' +
    'days: recorded as calendar days, as the catalogue records «10 днів» without a unit elsewhere. It applies to ' +
    'every kind of assistance of Art. 3 (maternity, birth, child care to one year, «єЯсла», adoption, ' +
    'guardianship, single mothers, severely ill children, «пакунок школяра»).',
};

/** Law 2811-XII Art. 23 as Law 4681-IX worded it: the administrative complaint or the administrative court. */
export const LAW_2811_ART_23: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ст. 23', en: 'Art. 23' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Рішення, дії чи бездіяльність органу, що призначає та здійснює виплату державної допомоги сім’ям з ' +
    'дітьми, можуть бути оскаржені в адміністративному порядку відповідно до Закону України "Про ' +
    'адміністративну процедуру" та/або до адміністративного суду»',
  note: `${readIn('07833-ua-law-2811-12.json')} The wording of Law 4681-IX, in force from 01.01.2026.`,
};

/** Law 1871-IX Art. 10 part 1: the residence is entered in the hromada register on the day the documents are filed. */
export const LAW_1871_ART_10_SAME_DAY: Citation = {
  act: 'law-1871-ix',
  provision: {
    uk: 'ч. 1 ст. 10',
    en: 'Art. 10 part 1',
  },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1. Внесення інформації про задеклароване або зареєстроване місце проживання (перебування) особи до ' +
    'реєстру територіальної громади здійснюється в день подання особою відповідних документів (у тому числі в ' +
    'електронній формі), а в разі подання документів через центр надання адміністративних послуг або ' +
    'отримання органом реєстрації інформації в електронній формі у неробочий час - наступного робочого дня…»',
  note:
    `${readIn('01205-ua-law-1871-20.json')} The same day, or the next working day for documents a CNAP or the ` +
    'electronic channel passes on after working hours.',
};
