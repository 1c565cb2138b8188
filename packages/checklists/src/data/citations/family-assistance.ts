import type { Citation } from '@vikno/law';

/*
 * Citations of Law 2811-XII «Про державну допомогу сім’ям з дітьми» for the documents of the family assistance,
 * read for issue 14. Each quotes the words that carry the value. The articles cited here were not restated by Law
 * 4681-IX (read in its text: it restates Arts. 6–12, adds Arts. 12-4–12-7 and 18-8, and amends Arts. 18-4, 18-6,
 * 21–24), so the wording read is also the one in force before 01.01.2026.
 */

const MIRROR_2811 =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/07833-ua-law-2811-12.json, commit 35a12f9 of 2026-02-28; the edition after Law 4681-IX). Law ' +
  '4681-IX, read in the same repository (data/seed/00116-ua-law-4681-20.json), does not amend this article.';

/** Law 2811-XII Art. 17: guardianship assistance rests on the decision establishing guardianship or curatorship. */
export const LAW_2811_ART_17: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ст. 17', en: 'Art. 17' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Допомога на дітей, над якими встановлено опіку чи піклування, призначається на підставі рішення про ' +
    'встановлення опіки чи піклування.»',
  note:
    `${MIRROR_2811} The same wording, with «{ Стаття 17 в редакції Закону N 269-VI від 15.04.2008 }», is on ` +
    'kodeksy.com.ua (statja-17, «Перевірено 08.07.2019»). The law names the decision, not who made it (a ' +
    'guardianship authority or a court).',
};

/** Law 2811-XII Art. 12-2 parts 1 and 3: adoption assistance rests on the adoption decision, 12 months from its effect. */
export const LAW_2811_ART_12_2: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ч. 1, 3 ст. 12-2', en: 'Art. 12-2 parts 1, 3' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Допомога при усиновленні дитини призначається на підставі рішення про усиновлення дитини.» … «Допомога при ' +
    'усиновленні дитини призначається за умови, якщо звернення за її призначенням надійшло не пізніше дванадцяти ' +
    'місяців з дня набрання законної сили рішенням про усиновлення дитини.»',
  note:
    `${MIRROR_2811} Part 3 reads the same in the 2019 edition on kodeksy.com.ua, as the catalogue’s birth-window ` +
    'note records.',
};
