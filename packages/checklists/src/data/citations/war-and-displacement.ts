import type { Citation } from '@vikno/law';

/*
 * Sources of the document lists of the services for people affected by the war, shared by the rules and the names
 * of the kinds of document they introduce.
 */

/** The Hirske city military administration's list of the documents of the war-affected child status (27.09.2023). */
export const GIRSKA_WAR_CHILD_DOCUMENTS: Citation = {
  act: 'girska-war-child-status-documents',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«- заява про надання статусу (особи з 14 років мають право писати самостійно); - згода на обробку ' +
    'персональних даних відповідно до Закону України «Про захист персональних даних»; - та засвідчені в ' +
    'установленому порядку копії таких документів; - свідоцтво про народження дитини або іншого документа, що ' +
    'посвідчує особу дитини; - документ, що посвідчує особу заявника; - документ, що підтверджує повноваження ' +
    'законного представника дитини … або родинні стосунки між д[итиною та заявником]…»',
  note:
    'A city military administration’s page of 27.09.2023, before КМУ 1065 of 01.09.2025 changed the procedure of ' +
    'КМУ 268; the list was read only to the kinship document, so the documents on the circumstances (medical ' +
    'records, police extracts, …) that follow it are not recorded.',
};

/** The Rivne CNAP's card of the fallen Defender's family member status: its list of documents. */
export const RIVNE_FALLEN_FAMILY_DOCUMENTS: Citation = {
  act: 'rivne-cnap-card-fallen-defender-family',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«- заява; - копія паспорта громадянина України (члена сім’ї загиблого/померлого (того що пропав безвісти); - ' +
    'копія свідоцтва про смерть або повідомлення про загибель особи; - висновок судово-медичної експертизи; - копія ' +
    'свідоцтва про одруження … (при потребі) для надання статусу дружини/чоловіка; - копія свідоцтва про ' +
    'народження дитини загиблого/ померлого … (при потребі) для надання статусу дитині; - копія свідоцтва про ' +
    'народження загиблого/ померлого … (при потребі) для наданн[я статусу батькам]…»',
  note:
    'The card of a city CNAP (cnaprv.gov.ua), its date not seen; the list was read only to the birth certificate of ' +
    'the deceased, so the lines after it are not recorded.',
};

/** The Diia portal's page of the service: what the online application asks for. */
export const DIIA_FALLEN_FAMILY_STEPS: Citation = {
  act: 'diia-fallen-defender-family-status',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«4. Додайте документ, що підтверджує родинний зв’язок. … 6. Вкажіть підстави для отримання статусу члена сім’ї ' +
    'загиблого Захисника (Захисниці) України (рішення суду, свідоцтво про смерть, висновок ВЛК/ЛКК/медичної ' +
    'комісії).»',
  note: 'diia.gov.ua/services/status-chlena-simi-zahybloho-pomerloho-veterana-viiny, the state portal’s page of the service.',
};

/** Law 2923-IX Art. 4 parts 7, 8, 12, 13 (read in the text): what goes with the application for a destroyed object. */
export const LAW_2923_ART_4_DOCUMENTS: Citation = {
  act: 'law-2923-ix',
  provision: { uk: 'ч. 7, 8, 12, 13 ст. 4', en: 'Art. 4 parts 7, 8, 12, 13' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«До заяви … додаються: 1) … у разі якщо отримувачем компенсації є власник об’єкта нерухомого майна, - копія ' +
    'документа, що підтверджує право власності на об’єкт нерухомого майна (крім випадків, якщо право власності на ' +
    'відповідний об’єкт нерухомого майна зареєстровано в Державному реєстрі речових прав на нерухоме майно)» «У разі ' +
    'подання заяви … у паперовій формі заявник пред’являє адміністратору центру надання адміністративних послуг … ' +
    'оригінали документів, що додаються до такої заяви (за наявності).» «Якщо заява … подається особисто, заявник ' +
    'пред’являє документ, що посвідчує його особу …» «У разі подання заяви … представником отримувача компенсації ' +
    'до заяви додається документ, що засвідчує його повноваження.»',
  note:
    'Read in the official text as ingested into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/00743-ua-law-2923-20.json, commit 35a12f9). The lines for builders, investors, co-operative members, ' +
    'heirs, a priority right and photos «за наявності» (part 7 points 2–7) are not recorded: the applicant facts have ' +
    'no fact that says when they apply.',
};

/** The Kremenchuk CNAP's card of the war disability status: its list of documents. */
export const KREMENCHUK_WAR_DISABILITY_DOCUMENTS: Citation = {
  act: 'kremenchuk-cnap-card-751',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«1. Встановлення статусу з видачею посвідчення: - Заява (довільної форми). - Довідка медико-соціальної ' +
    'експертної комісії про групу та причину інвалідності (копія). - Висновок військово-лікарської комісії ' +
    '(свідоцтво про хворобу, витяг з протоколу засідання) по встановленню причинного зв’язку захворювань, поранень, ' +
    'контузій, травм, каліцтв (копія). - Паспорт громадянина України … (копія). - Посвідчення учасника бойових дій ' +
    'для осіб, яким встановлений статус учасника бойових дій (оригінал) … - Військовий квиток, тимчасове ' +
    'посвідчення або посвідчення офіцера (копія). - Фото 3х4 у кількості 1 штука.»',
  note:
    'cnap-kremen.gov.ua/poslugi/posluga/751, a city CNAP’s card, its date not seen; the combatant’s certificate is ' +
    'not recorded (the applicant facts have no fact for it), nor the additional copies after the photo (cut where read).',
};

/** The Rivne CNAP's card of the war disability status: its list of documents. */
export const RIVNE_WAR_DISABILITY_DOCUMENTS: Citation = {
  act: 'rivne-cnap-card-war-disability',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«- заява; - копія паспорта громадянина України; - довідка медико-соціальної експертної комісії про групу та ' +
    'причину інвалідності; - копію свідоцтва про хворобу; - заключення військово- лікарської комісії.»',
  note: 'The card of a city CNAP (cnaprv.gov.ua), its date not seen; its additional lines per category were not read.',
};

/** The Rivne CNAP's card of the cash compensation for the dwelling (КМУ 719): its list of documents, read in part. */
export const RIVNE_HOUSING_COMPENSATION_DOCUMENTS: Citation = {
  act: 'rivne-cnap-card-housing-compensation',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«- заяву про призначення грошової компенсації; - копію документа, що посвідчує особу заявника, а у разі ' +
    'подання документів законним представником чи уповноваженою особою - документів, що посвідчують особу тих ' +
    'осіб, від імені яких подається заява, а також документа, який над[ає повноваження]…»',
  note:
    'The card of a city CNAP (cnaprv.gov.ua); the list was read only to the representative’s authority, so the ' +
    'documents after it (on the housing waiting list, the status, the family) are not recorded: this checklist is ' +
    'incomplete.',
};

/** The Kropyvnytskyi CNAP's page of the rent compensation: the application opens its list. */
export const KROPYVNYTSKYI_RENT_DOCUMENTS: Citation = {
  act: 'kropyvnytskyi-cnap-rent-compensation',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote: '«Документи, що необхідно надати для отримання послуги: 1. заява (у паперовій формі/…»',
  note:
    'dozvil.kr-rada.gov.ua, a city CNAP’s page; its list was read only to the application, so the documents after ' +
    'it (the lease, the status, the payment) are not recorded: this checklist is incomplete.',
};

/** The Ivano-Frankivsk regional administration, as a newspaper retold it: a displaced Defender adds the IDP certificate. */
export const PRAVDA_IF_RENT_IDP: Citation = {
  act: 'pravda-if-rent-compensation-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«До пакету документів Захисник/Захисниця з числа ВПО має подати довідку про взяття на облік внутрішньо ' +
    'переміщених осіб або, за наявності технічної можливості, – електронну довідку.»',
  note: 'News of 30.09.2025 citing the regional administration; whether the certificate is a copy or the original is not said: recorded as a copy.',
};

/** The Shepetivka district administration's page of the war disability status: its list of documents. */
export const SHEPETIVKA_WAR_DISABILITY_DOCUMENTS: Citation = {
  act: 'shepetivka-rda-war-disability-page',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«Для установлення статусу особи з інвалідністю внаслідок війни подається: 1.1. Заява в довільній формі. 1.2. ' +
    'Довідка медико-соціальної експертної комісії про групу та причину інвалідності. 1.3. Сторінки паспорта з даними ' +
    'про прізвище, ім’я та по батькові і місце реєстрації (копії). 1.4. Постанова штатної військово-лікарської ' +
    'комісії відповідного військового формування – для військовослужбовців …»',
  note: 'A district state administration’s page (sheprda.gov.ua), its date not seen; the list was read to point 1.4.',
};

/** The Dolynske hromada's page of 2022: the documents of the compensation for hosting displaced persons. */
export const DOLYNSKE_IDP_HOSTING_DOCUMENTS: Citation = {
  act: 'dolynske-idp-hosting-page',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Документи, що необхідно надати для отримання послуги: Заява на отримання компенсації витрат Документ, що ' +
    'посвідчують особу Документ, що підтверджує право власності або користування житловим приміщенням, або документ, ' +
    'що підтверджує повноваження представника власника»',
  note:
    'A hromada’s page of 2022, when the council’s executive body decided (the CNAP era); it says neither copies nor ' +
    'originals, so the forms follow the SDK’s usual lines.',
};

/** News retelling the Pension Fund (March 2025): the notice and the application in the prescribed form. */
export const VP_DONETSK_IDP_HOSTING_DOCUMENTS: Citation = {
  act: 'vp-donetsk-idp-hosting-pfu-2025',
  evidence: 'secondary',
  checkedOn: '2026-11-26',
  quote:
    '«Для отримання виплат до органу Пенсійного фонду України подаються повідомлення і заява (встановленої форми).»',
  note: 'No list of the documents attached from 01.03.2025 was found; only the notice and the application are recorded.',
};

/** The Ministry of Justice's notice (06.09.2022): the notice is formed through Diia, or through a CNAP or a notary. */
export const DAMAGED_PROPERTY_NOTICE_FORMING: Citation = {
  act: 'minjust-damaged-property-notice-2022',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«заповнити інформаційне повідомлення, яке формується засобами Порталу Дія.» … «Через адміністратора центру ' +
    'надання адміністративних послуг або нотаріуса.»',
  note:
    'What the CNAP route needs was cut off in what was read («Обравши цей спосіб, необхі…»); a city council’s notice ' +
    '(kr.gov.ua, 03.05.2022) names the owner’s name and taxpayer number as information the administrator needs, cut ' +
    'off after them. No CNAP card, Diia page or ministry page read lists documents, so only the notice is recorded.',
};
