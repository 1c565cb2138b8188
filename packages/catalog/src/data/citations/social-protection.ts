import type { Citation } from '@vikno/law';
import { readIn } from './evidence-catalog.js';

// Citations first read for the other social protection services (IDPs, residence, social services…), each quoting
// the words that carry the value it supports.

/**
 * Law 1706-VII Art. 4 part 7: the certificate is issued the day the application is made when the identity document
 * carries the registration mark of the area left; otherwise the body decides within 15 working days.
 */
export const LAW_1706_ART_4_P7_TERM: Citation = {
  act: 'law-1706-vii',
  provision: { uk: 'ч. 7 ст. 4', en: 'Art. 4 part 7' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«У разі наявності в документі, що посвідчує особу … відмітки про реєстрацію місця проживання на території ' +
    'адміністративно-територіальної одиниці, з якої здійснюється внутрішнє переміщення …, довідка … або рішення ' +
    'про відмову у видачі довідки … видається заявнику в день подання заяви.» … «У передбаченому абзацом третім ' +
    'цієї частини випадку уповноважений орган … зобов’язаний розглянути заяву … протягом 15 робочих днів…»',
  note:
    `${readIn('02766-ua-law-1706-18.json')} The catalogue's term is the longest one, 15 working days, which ` +
    'applies when the document carries no such mark and the applicant brings other evidence of residence; with ' +
    'the mark the certificate is issued the same day. Earlier editions were not compared, so from which day this ' +
    'two-branch wording applies was not established: the term is kept from the earliest day on the Kyiv CNAP ' +
    'card, which gives 15 working days.',
};

/**
 * Law 1871-IX Art. 18 parts 1 and 8: deregistration on a paper application to the registration body or through a
 * CNAP, or on an electronic application through the Unified state web portal of electronic services (Diia).
 */
export const LAW_1871_ART_18_CHANNELS: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'ч. 1 і 8 ст. 18', en: 'Art. 18 parts 1 and 8' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1. Зняття особи із задекларованого або зареєстрованого місця проживання (перебування) у разі звернення до ' +
    'органу реєстрації або через центр надання адміністративних послуг … здійснюється: 1) за заявою …, поданою у ' +
    'паперовій формі…» … «8. Заява, передбачена пунктом 1 частини першої цієї статті, може подаватися в ' +
    'електронній формі засобами Єдиного державного веб-порталу електронних послуг…»',
  note: `${readIn('01205-ua-law-1871-20.json')} The law is in force from 01.12.2021 (final provisions, point 1).`,
};

/**
 * КМУ 820 of 04.08.2023 amends «Порядок декларування та реєстрації місця проживання (перебування)» as approved by
 * КМУ 265 of 07.02.2022: the text read names 265 as the resolution that approves that procedure.
 */
export const KMU_820_2023_NAMES_265: Citation = {
  act: 'kmu-820-2023',
  provision: { uk: 'назва, п. 2', en: 'title, point 2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«…та внесення змін до порядків, затверджених постановою Кабінету Міністрів України від 7 лютого 2022 р. № 265» ' +
    '… «2. Внести до Порядку декларування та реєстрації місця проживання (перебування) та Порядку створення, ' +
    'ведення та адміністрування реєстрів територіальних громад…»',
  note:
    'Read on docs.dtkt.ua/doc/820-2023-п (the resolution as adopted, an amending act). It confirms that КМУ 265 ' +
    'approves the procedure of declaring and registering the place of residence; the day КМУ 265 began to apply ' +
    '(14.03.2022) rests on the State Migration Service notice, not on this text.',
};
