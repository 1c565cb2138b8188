import type { Citation } from '@vikno/law';

/*
 * Citations read for the family assistance services (Law 2811-XII, КМУ 1751, КМУ 250) for issue 14: each quotes the
 * words that carry the value and says where and in which edition it was read.
 */

/**
 * The Lubny district social protection department's information card for birth assistance, approved by its own
 * order and published by a hromada: the name of the service before the Pension Fund.
 */
export const LUBNY_BIRTH_CARD_2021: Citation = {
  act: 'lubny-birth-assistance-card-2021',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«ЗАТВЕРДЖЕНО Наказ управління соціального захисту населення Лубенської районної державної адміністрації ' +
    '01.12.2021 № 45 ІНФОРМАЦІЙНА КАРТКА адміністративної послуги „Призначення державної допомоги при народженні ' +
    'дитини”»',
  note:
    'Read on novosr.gov.ua/news/1644235249 (Новооржицька громада, 07.02.2022), a card approved by the provider ' +
    'itself (the district social protection department). Only the heading and the provider’s rows were in the ' +
    'copy read; its documents and term rows were not.',
};

/**
 * КМУ 250 of 13.03.2019, items 1–2 of the resolution: the payment introduced from 01.04.2019 and the Procedure
 * approved, read in the edition in force from 31.10.2020 on search.ligazakon.ua.
 */
export const KMU_250_ITEMS_1_2: Citation = {
  act: 'kmu-250-2019',
  provision: { uk: 'пп. 1–2 постанови', en: 'Resolution, items 1–2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    "«1. Запровадити з 1 квітня 2019 р. виплату допомоги на дітей, які виховуються у багатодітних сім'ях. 2. " +
    "Затвердити Порядок виплати допомоги на дітей, які виховуються у багатодітних сім'ях, що додається.»",
  note:
    'Read on search.ligazakon.ua/l_doc2.nsf/link1/KP190250.html, «редакция действует с 31.10.2020» (amended by КМУ ' +
    '765 and 1101 of 2019, 386, 586, 632, 853 and 1035 of 2020; item 3 lost force under 1101). Items 1 and 2 carry ' +
    'no amendment mark there, so they read so from 01.04.2019. Later editions were not read: the move of the ' +
    'assistance to the Pension Fund on 01.07.2025 rests on other sources. The Procedure’s own points (who ' +
    'assigns it, the documents) were not in the copy read.',
};

/**
 * КМУ 744 of 29.07.2020, items 1–2: the pilot of the cash compensation for the baby box from 01.09.2020 and its
 * Procedure, read in the edition after КМУ 1035 of 28.10.2020.
 */
export const KMU_744_ITEMS_1_2: Citation = {
  act: 'kmu-744-2020',
  provision: { uk: 'пп. 1–2 постанови', en: 'Resolution, items 1–2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«1. Погодитися з пропозицією Міністерства соціальної політики щодо реалізації з 1 вересня 2020 р. по 31 ' +
    'грудня 2021 р. пілотного проекту "Монетизація одноразової натуральної допомоги "пакунок малюка" … 2. ' +
    'Затвердити Порядок та умови реалізації пілотного проекту "Монетизація одноразової натуральної допомоги ' +
    '"пакунок малюка" у 2020-2021 роках, що додаються.»',
  note:
    'Read on zakon-i-normativ.info (a copy of the zakon.rada text, «Із змінами, внесеними згідно з Постановою КМ № ' +
    '1035 від 28.10.2020»), so the edition in force from late 2020. The run to 2023 rests on КМУ 1390 of ' +
    '23.12.2021, whose item 2, read in the same copy, speaks of «пілотного проекту … у 2020-2023 роках»; its ' +
    'amendments to 744 themselves were not read. The Procedure’s points (who assigns, the documents) were not in ' +
    'the copy read.',
};

const MIRROR_2811_2026 =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/07833-ua-law-2811-12.json, commit 35a12f9): the law in the wording of Law 4681-IX, in force from ' +
  '01.01.2026.';

/**
 * Law 2811-XII Art. 3 part 1 item 2: the two child-care kinds of assistance from 2026, by the names the catalogue
 * gives them after «Призначення».
 */
export const LAW_2811_ART_3_ITEM_2: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'п. 2 ч. 1 ст. 3', en: 'Art. 3 part 1 item 2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«2) у період догляду за дитиною: допомога для догляду за дитиною до досягнення нею однорічного віку; ' +
    'допомога для догляду за дитиною "єЯсла"»',
  note:
    `${MIRROR_2811_2026} The law names the kinds of assistance; the service name adds «Призначення», as the ` +
    'Register’s names of the other family assistance do. No Register card for either service was found.',
};

/**
 * Point 3 of Procedure 209 (large-family certificates) as a district state administration publishes it: who issues
 * the certificates and within ten working days.
 */
export const RDA_CHAPL_209_P3: Citation = {
  act: 'kmu-209-2010',
  provision: { uk: 'абз. 1 п. 3 Порядку', en: 'para 3 of the Procedure, first paragraph' },
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Посвідчення видаються структурними підрозділами районних, районних у мм. Києві та Севастополі ' +
    'держадміністрацій, виконавчими органами міських, районних у містах (у разі їх утворення) рад одному з ' +
    'батьків відповідно до місця реєстрації, протягом десяти робочих днів після подання:»',
  note:
    'Read on rda.chapl.gov.ua, the site of a district state administration (Чаплинська РДА), which publishes the ' +
    'Procedure with the zakon.rada amendment marks («Пункт 1 із змінами … № 1099 від 23.12.2015»): a state ' +
    'body’s page, not a mirror of record, and an edition between КМУ 1099 of 2015 and КМУ 1003 of 28.10.2020 ' +
    '(which changed the document list, not read). The ten working days are what the Register’s card for service ' +
    '00121 gives too («Строк: 10 днів (робочі)», rozvadivotg.gov.ua).',
};
