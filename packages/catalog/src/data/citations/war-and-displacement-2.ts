import type { Citation } from '@vikno/law';

/*
 * Provisions of Law 2923-IX cited by the war-related services of the second round (the damaged-property notice), read
 * in the same ingested text as the destroyed-housing service.
 */

/** Where Law 2923-IX was read. */
export const LAW_2923_NOTE =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/00743-ua-law-2923-20.json, commit 35a12f9); the edition date is not stated there (it names military ' +
  'administrations of settlements, so it is not the original 2023 wording).';

/** Law 2923-IX Art. 14 part 6: the holder of the Register of damaged and destroyed property. */
export const LAW_2923_ART_14_HOLDER: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'ч. 6 ст. 14', en: 'Art. 14 part 6' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Держателем Реєстру пошкодженого та знищеного майна є центральний орган виконавчої влади, що забезпечує ' +
    'формування та реалізує державну політику у сфері розвитку, будівництва, реконструкції та модернізації ' +
    'інфраструктури авіаційного, морського та річкового транспорту, дорожнього господарства …»',
  note: LAW_2923_NOTE,
};

/** Law 2923-IX Art. 14 part 17: entering data in the Register is free of charge. */
export const LAW_2923_ART_14_FREE: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'ч. 17 ст. 14', en: 'Art. 14 part 17' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«За підключення та доступ до Реєстру пошкодженого та знищеного майна, внесення відомостей до такого Реєстру і ' +
    'користування ним плата не стягується.»',
  note: LAW_2923_NOTE,
};

/** Law 2923-IX Art. 11 part 1: appeal to a court. */
export const LAW_2923_ART_11_COURT: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'ч. 1 ст. 11', en: 'Art. 11 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«Рішення, дії, бездіяльність державних органів, органів місцевого самоврядування, їх посадових осіб, інших ' +
    'суб’єктів надання публічних послуг, пов’язаних з виконанням цього Закону, можуть бути оскаржені до суду.»',
  note: LAW_2923_NOTE,
};
