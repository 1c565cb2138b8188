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
