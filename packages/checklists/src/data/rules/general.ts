import type { LegalSource } from '@vikno/deadlines';
import type { ChecklistRuleInput, DocumentType } from '../../schema.js';

/*
 * Sources. `verified: true` only where the wording was seen in an official text or on a public body's page
 * (*.gov.ua, a council's CNAP site); otherwise `false` with what is uncertain.
 *
 * Registration of the place of residence changed its document list when КМУ 265 of 07.02.2022 replaced the rules of
 * КМУ 207 of 02.03.2016; the State Migration Service gives 14.03.2022 as the day КМУ 265 entered into force, so the
 * КМУ 207 lists run to 13.03.2022.
 */

/** The State Migration Service on КМУ 265: its entry into force. */
const DMS_KMU_265_IN_FORCE: LegalSource = {
  id: 'dmsu-kmu-265-2022-in-force',
  act: {
    uk: 'Постанова КМУ від 07.02.2022 № 265 «Деякі питання декларування і реєстрації місця проживання та ведення реєстрів територіальних громад» (за повідомленням ДМС)',
    en: 'Cabinet resolution 265 of 07.02.2022 on declaring and registering the place of residence (per the State Migration Service)',
  },
  number: '265',
  adopted: '2022-02-07',
  inForce: '2022-03-14',
  url: 'https://dmsu.gov.ua/vazhlivo/informacziya-dlya-or.html',
  verified: true,
  note:
    'Quoted: «7 лютого 2022 року Кабінетом Міністрів України прийнято постанову № 265 «Деякі питання декларування і ' +
    'реєстрації місця проживання та ведення реєстрів територіальних громад» (набрання чинності 14 березня 2022 ' +
    'року), якою затверджено: Порядок декларування та реєстрації місця проживання (перебування)…». The text of ' +
    'КМУ 265 itself was not read; the lists below come from CNAP pages quoting it.',
};

/** The Dnipro CNAP page quoting the registration list of Порядок 265. */
const DNIPRO_CNAP_265: LegalSource = {
  id: 'dnipro-cnap-residence-registration-265',
  act: {
    uk: 'ЦНАП м. Дніпра: «Реєстрація місця проживання фізичних осіб» (перелік за Порядком декларування та реєстрації місця проживання, КМУ № 265)',
    en: 'Dnipro CNAP page: registration of the place of residence (the list of the procedure approved by Cabinet resolution 265)',
  },
  url: 'https://cnap.dniprorada.gov.ua/%D1%80%D0%B5%D1%94%D1%81%D1%82%D1%80%D0%B0%D1%86%D1%96%D1%8F-%D0%BC%D1%96%D1%81%D1%86%D1%8F-%D0%BF%D1%80%D0%BE%D0%B6%D0%B8%D0%B2%D0%B0%D0%BD%D0%BD%D1%8F-%D1%84%D1%96%D0%B7%D0%B8%D1%87%D0%BD%D0%B8/',
  verified: true,
  note:
    'Quoted: «Для реєстрації місця проживання (перебування) особа або її законний представник (представник) … подає: ' +
    '1) заяву за формою згідно з додатками 2, 3 і 8; 2) паспортний документ особи або довідку про звернення за ' +
    'захистом в Україні…; 3) свідоцтво про народження (для дітей віком до 14 років) … або документ про реєстрацію ' +
    'народження, виданий компетентним органом іноземної держави і легалізований…; 4) довідку про реєстрацію особи ' +
    'громадянином України (у разі здійснення вперше реєстрації місця проживання дитини віком до 14 років, у ' +
    'свідоцтві про народження якої зазначено, що батьки або один із батьків є іноземцем…); 5) документи, що ' +
    'підтверджують: право на проживання (перебування) в жи…» (cut off there).',
};

/** Cards quoting the housing-right documents and the owner's consent of Порядок 265. */
const HOUSING_RIGHT_265: LegalSource = {
  id: 'residence-registration-housing-right-265',
  act: {
    uk: 'Картки ЦНАП Білгорода-Дністровського (01-68) і Хмільника: документи, що підтверджують право на проживання в житлі',
    en: 'Bilhorod-Dnistrovskyi (01-68) and Khmilnyk CNAP cards: documents proving the right to live in the housing',
  },
  url: 'https://cnap-bilgorod.org.ua/poslugi/posluga/287',
  verified: true,
  note:
    'Both are cards of registering the place of stay, quoting the common list «заява за формою згідно з додатками 2, ' +
    '3 і 8». Bilhorod-Dnistrovskyi: «право на проживання (перебування) в житлі, зокрема свідоцтво про право ' +
    'власності, ордер, договір оренди (найму, піднайму), … рішення суду … або інші підтверджуючі документи. У разі ' +
    'відсутності зазначених документів реєстрація місця проживання (перебування) особи здійснюється за згодою ' +
    'власника (співвласників) житла, наймача та членів його сім’ї, уповноваженої особи житла (зазначені документи та ' +
    'згода не вимагаються під час реєстрації місця проживан…» (cut off: the exception, probably for children, could ' +
    'not be read and is not modelled). cnap.hp-rada.gov.ua/index.php/home/perelik-administratyvnykh-posluh/1-4: ' +
    '«документи, що підтверджують право на проживання (перебування) в житлі … договір найму (піднайму, оренди) або ' +
    'інші документи». Whether a copy is kept or the original only shown is not said.',
};

/** The Kyiv CNAP card 00034/00040: the fee, the proxy, and the start of the list. */
const KYIV_CARD_00034: LegalSource = {
  id: 'kyivcnap-card-00034-documents',
  act: {
    uk: 'Картка послуги ЦНАП м. Києва «Реєстрація місця проживання/перебування особи» (00034/00040)',
    en: 'Kyiv CNAP service card: registration of the place of residence/stay (00034/00040)',
  },
  url: 'https://kyivcnap.gov.ua/AdminServices/Details/3bf5d25f-4007-4a1b-a8f2-4d33f3506f63',
  verified: true,
  note:
    'Current card: fee «1,5 відсотка прожиткового мінімуму…» in time, «2,5 відсотка…» late; «Особисто, або ' +
    'представником за наявності довіреності»; legal basis Laws 1871-IX, 1382-IV and КМУ 265. The accessible copy of ' +
    'the card lists «1) заява. … 2) паспортний документ особи або довідка про звернення за захистом в Україні (для ' +
    'осіб, які реєструють місце перебування). … 3) сві…» (cut off). The rest of the current list was not read.',
};

/** Kostryna hromada (2025): the fee payment among the documents for registering a child. */
const KOSTRYNA_2025: LegalSource = {
  id: 'kostryna-residence-registration-2025',
  act: {
    uk: 'Повідомлення Костринської громади «Реєстрація місця проживання» (10.03.2025)',
    en: 'Kostryna hromada notice on registering the place of residence (10.03.2025)',
  },
  url: 'https://kostrynska-gromada.gov.ua/news/1741615854/',
  verified: true,
  note:
    'For a child under 14: «1.Паспорти батьків (оригінал); 2.Свідоцтво про народження; 3. РНОКПП (ідентифікаційний ' +
    'код при наявності); 4.Згода одного з батьків, якщо батьки зареєстровані за різними адресами…; 7.Оплата 45,42 ' +
    'грн. При протермінованій реєстрації … 75,70 грн.» A local notice; the taxpayer number and the other parent’s ' +
    'consent are not in the Порядок 265 list quoted by Dnipro, and no fact expresses the parents’ addresses, so they ' +
    'are left out.',
};

/** Pustomyty council (КМУ 207 era): the registration list with the fee receipt and the housing documents. */
const PUSTOMYTY_207: LegalSource = {
  id: 'pustomyty-residence-registration-207',
  act: {
    uk: 'Повідомлення Пустомитівської міської ради «До відома громадян!» (реєстрація місця проживання за Правилами, затвердженими КМУ № 207)',
    en: 'Pustomyty city council notice on registering the place of residence (rules of Cabinet resolution 207)',
  },
  url: 'https://pmr.gov.ua/novini/do-vidoma-gromadian',
  verified: true,
  note:
    'Quoted: «1) заяву за формами, наведеними відповідно у додатках 6, 7 або 8; 2) документ, до якого вносяться ' +
    'відомості про місце проживання. - паспорт; - свідоцтво про народження (дитина яка не досягла 16 років)…; 3) ' +
    'квитанцію про сплату адміністративного збору…; 4) документи, що підтверджують: право на проживання в житлі, — ' +
    'ордер, свідоцтво про право власності, договір найму (піднайму, оренди), рішення суду…; - У разі відсутності ' +
    'зазначених документів реєстрація місця проживання особи здійснюється за згодою власника/співвласників житла за ' +
    'письмовою заявою у присутності ос…». Undated; the annex numbers 6–8 are those of КМУ 207. The Myrhorod CNAP ' +
    'card (cnap-myrhorod.gov.ua) gives the birth certificate «для осіб, що не досягли 14-річного віку» instead: ' +
    'the age changed in some redaction not established, and 16 is used here.',
};

/** Dubno CNAP (КМУ 207 era): the representative's authority. */
const DUBNO_207_REPRESENTATIVE: LegalSource = {
  id: 'dubno-cnap-residence-representative-207',
  act: {
    uk: 'ЦНАП м. Дубно: картки реєстрації місця проживання (перебування) за Правилами реєстрації місця проживання',
    en: 'Dubno CNAP cards of registering the place of residence (stay) under the registration rules',
  },
  url: 'https://cnap.dubno-adm.gov.ua/poslugi/poslugi-cnap/sektor-rejestraciji-miscja-prozhivannja-pasportnikh-poslug/poslugi-u-sferi-rejestraciji-miscja-prozhivannja/rejestracija-miscja-perebuvannja.html',
  verified: true,
  note:
    'Quoted: «У разі подання заяви представником особи додатково подаються: документ, що посвідчує особу ' +
    'представника; документ, що підтверджує повноваження особи, як представника, крім випадків, коли заява ' +
    'подається законними представниками малолітньої дитини — батьками (усиновлювачами).» The card cites «додатку 8 ' +
    'до Правил реєстрації місця проживання», i.e. КМУ 207.',
};

/** Kyiv contact centre wiki (КМУ 207 era): deregistration documents. */
const WIKI_1551_DEREG_207: LegalSource = {
  id: 'wiki-1551-deregistration-documents-207',
  act: {
    uk: 'Довідкова база Контактного центру м. Києва 1551: зняття з реєстрації місця проживання (картка до Закону 1871-IX)',
    en: 'Kyiv 1551 contact centre knowledge base: deregistration of the place of residence (card before Law 1871-IX)',
  },
  url: 'https://wiki.1551.gov.ua/pages/viewpage.action?pageId=10551560',
  verified: true,
  note:
    'Quoted: «Військовий квиток або посвідчення про приписку (для громадян, які підлягають взяттю на військовий облік…); ' +
    'Документ, до якого вносяться відомості про зняття з реєстрації місця проживання. Якщо дитина не досягла ' +
    '16-річного віку, подається свідоцтво про народження; Інші документи, які свідчать про припинення…»; fee «0,0085». ' +
    'The application is not in the excerpt read.',
};

/** Biliaivka council (КМУ 207 era): deregistration documents with the application and the fee receipt. */
const BILIAIVKA_DEREG_207: LegalSource = {
  id: 'biliaivka-deregistration-documents-207',
  act: {
    uk: 'Біляївська міська рада: «Перелік необхідних документів для зняття з реєстрації місця проживання/перебування особи»',
    en: 'Biliaivka city council: documents for deregistering the place of residence/stay',
  },
  url: 'http://bilyaivka.odessa.gov.ua/zvernennya-gromadyan-2/dovidkova-informatsiya/perelik-neobhidnyh-dokumentiv-dlya-znyattya-z-reyestratsiyi-mistsya-prozhyvannya-perebuvannya-osoby/',
  verified: true,
  note:
    'Quoted: «1) заява про зняття (видається органом реєстрації); 2) документ до якого вносяться відомості про місце ' +
    'проживання; 3) свідоцтво про народження (якщо дитина не досягла 16 років); 4) квитанція про сплату ' +
    'адміністративного збору…; 5) військовий квиток…; 6) рішення суду…(за необхідністю); 7) свідоцтво про смерть…». ' +
    'Undated. Deregistration on a court decision or a death is not a case the facts express and is left out.',
};

/** Poltava CNAP (КМУ 207 era): deregistration through a representative. */
const POLTAVA_DEREG_207: LegalSource = {
  id: 'poltava-cnap-deregistration-representative-207',
  act: {
    uk: 'ЦНАП м. Полтави: «Зняття з реєстрації місця проживання»',
    en: 'Poltava CNAP card: deregistration of the place of residence',
  },
  url: 'https://cnap-pl.gov.ua/index.php/22-administratyvni-posluhy/100-znyattya-z-reestratsiji-mistsya-prozhivannya',
  verified: true,
  note:
    'Quoted: «Заява про зняття з реєстрації місця проживання особи…; Документ, до якого вносяться відомості про місце ' +
    'проживання…; Свідоцтво про народження та копія (для осіб, що не досягли 16-річного віку)…; Квитанція про сплату ' +
    'адміністративного збору; У разі подання заяви законним представником особи додатково подаються: Засвідчена в ' +
    'установленому порядку довіреність уповноваженої особи…». Undated, pre-2022 (no annex of КМУ 265 named).',
};

/** Bilhorod-Dnistrovskyi CNAP (Порядок 265): deregistration documents. */
const BILHOROD_DEREG_265: LegalSource = {
  id: 'bilhorod-cnap-deregistration-265',
  act: {
    uk: 'ЦНАП Білгород-Дністровської міської ради: зняття із задекларованого/зареєстрованого місця проживання',
    en: 'Bilhorod-Dnistrovskyi CNAP card: deregistration of the declared/registered place of residence',
  },
  url: 'https://bilgorod-d.cnapua.gov.ua/poslugi/285',
  verified: true,
  note:
    'Quoted: «1. Заява про зняття із задекларованого/зареєстрованого місця проживання, поданої особою або її ' +
    'законним представником за формою згідно з додатком 5. … 2. Паспортний документ (у разі особистого звернення). ' +
    '3. Документ або відомості, що підтверджують сплату адміністративного збору. 4. Військово-обліковий документ (для ' +
    'громадян України, які підлягають взяттю на військовий облік…)»; «Зняття … дитини віком від 14 до 18 років ' +
    'здійснюється за згодою її батьків…» (no document named for that consent).',
};

/** The Kyiv CNAP card 00037. */
const KYIV_CARD_00037: LegalSource = {
  id: 'kyivcnap-card-00037-documents',
  act: {
    uk: 'Картка послуги ЦНАП м. Києва «Зняття з реєстрації місця проживання особи» (00037)',
    en: 'Kyiv CNAP service card: deregistration of the place of residence (00037)',
  },
  url: 'https://kyivcnap.gov.ua/AdminServices/Details/b7d74895-01a2-49f0-9cbb-01647adc9dc6',
  verified: true,
  note:
    'Quoted: «1,5 відсотка прожиткового мінімуму…»; «1. Заява про зняття з реєстрації місця проживання ' +
    '(заповнюється при подачі документів). 2) паспортний документ або довідка про звернення за захистом в Україні, у ' +
    'тому числі строк дії яких закінчився (для іноземців, осіб без грома…» (cut off there).',
};

/** Documents only the residence registration services need. */
export const GENERAL_DOCUMENT_TYPES: readonly DocumentType[] = [
  {
    id: 'administrative-fee-receipt',
    name: {
      uk: 'Квитанція (документ або відомості) про сплату адміністративного збору',
      en: 'Receipt (document or details) of payment of the administrative fee',
    },
    basis: [PUSTOMYTY_207, BILHOROD_DEREG_265],
  },
  {
    id: 'housing-right-document',
    name: {
      uk: 'Документ, що підтверджує право на проживання в житлі (свідоцтво про право власності, ордер, договір найму (оренди), рішення суду тощо)',
      en: 'Document proving the right to live in the housing (title deed, warrant, lease, court decision, etc.)',
    },
    basis: [PUSTOMYTY_207, HOUSING_RIGHT_265],
  },
  {
    id: 'housing-owner-consent',
    name: {
      uk: 'Згода власника (співвласників) житла, наймача та членів його сім’ї на реєстрацію',
      en: 'Consent of the owner(s) of the housing, or of the tenant and family, to the registration',
    },
    basis: [PUSTOMYTY_207, HOUSING_RIGHT_265],
  },
];

const APPLICATION_REASON_REGISTRATION = {
  uk: 'Заява про реєстрацію місця проживання (перебування) за встановленою формою',
  en: 'The application to register the place of residence (stay) in the prescribed form',
};

const APPLICATION_REASON_DEREGISTRATION = {
  uk: 'Заява про зняття з реєстрації місця проживання за встановленою формою',
  en: 'The application to deregister the place of residence in the prescribed form',
};

const FEE_REASON = {
  uk: 'Послуга платна: підтвердження сплати адміністративного збору',
  en: 'The service is paid: proof of payment of the administrative fee',
};

const HOUSING_REASON = {
  uk: 'Право проживати в житлі, адреса якого реєструється; за відсутності документів — згода власника (співвласників) житла',
  en: 'The right to live at the address registered; without such documents, the consent of the owner(s)',
};

/** The person is a child who has no passport yet under the КМУ 207 rules. */
const UNDER_16 = { fact: 'age' as const, below: 16 };
/** The person is a child under 14 under Порядок 265. */
const UNDER_14 = { fact: 'age' as const, below: 14 };

/** Registration and deregistration of the place of residence. */
export const GENERAL_RULES: readonly ChecklistRuleInput[] = [
  {
    serviceId: 'residence-registration',
    to: '2022-03-13',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: APPLICATION_REASON_REGISTRATION,
        basis: [PUSTOMYTY_207],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        when: { not: UNDER_16 },
        form: 'presentOnly',
        reason: {
          uk: 'Паспорт — документ, до якого вносяться відомості про місце проживання',
          en: 'The passport, the document the residence is entered in',
        },
        basis: [PUSTOMYTY_207],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: UNDER_16,
        form: 'presentOnly',
        reason: {
          uk: 'Реєструється дитина, яка не досягла 16 років: свідоцтво про народження',
          en: 'A child under 16 is registered: the birth certificate',
        },
        basis: [PUSTOMYTY_207],
      },
      {
        id: 'fee',
        documents: ['administrative-fee-receipt'],
        form: 'original',
        reason: FEE_REASON,
        basis: [PUSTOMYTY_207],
      },
      {
        id: 'housing-right',
        documents: ['housing-right-document', 'housing-owner-consent'],
        form: 'presentOnly',
        reason: HOUSING_REASON,
        basis: [PUSTOMYTY_207],
      },
      {
        id: 'power-of-attorney',
        documents: ['power-of-attorney'],
        when: { fact: 'applicant', equals: 'proxy' },
        form: 'presentOnly',
        reason: {
          uk: 'Заяву подає представник: документ, що підтверджує його повноваження',
          en: 'A representative applies: the document proving their authority',
        },
        basis: [DUBNO_207_REPRESENTATIVE],
      },
      {
        id: 'guardianship',
        documents: ['guardianship-decision'],
        when: { fact: 'guardian', equals: true },
        form: 'presentOnly',
        reason: {
          uk: 'Заяву подає опікун (піклувальник), а не батьки: документ, що підтверджує його повноваження',
          en: 'A guardian, not a parent, applies: the document proving their authority',
        },
        basis: [DUBNO_207_REPRESENTATIVE],
      },
    ],
  },
  {
    serviceId: 'residence-registration',
    from: '2022-03-14',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: APPLICATION_REASON_REGISTRATION,
        basis: [DNIPRO_CNAP_265, KYIV_CARD_00034, DMS_KMU_265_IN_FORCE],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        when: { not: UNDER_14 },
        form: 'presentOnly',
        reason: { uk: 'Паспортний документ особи', en: 'The person’s passport document' },
        basis: [DNIPRO_CNAP_265, KYIV_CARD_00034],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate', 'foreign-birth-documents'],
        when: UNDER_14,
        form: 'presentOnly',
        reason: {
          uk: 'Реєструється дитина віком до 14 років: свідоцтво про народження або легалізований документ про реєстрацію народження, виданий за кордоном',
          en: 'A child under 14 is registered: the birth certificate, or the legalised foreign birth registration document',
        },
        basis: [DNIPRO_CNAP_265],
      },
      {
        id: 'fee',
        documents: ['administrative-fee-receipt'],
        form: 'original',
        reason: FEE_REASON,
        basis: [KYIV_CARD_00034, KOSTRYNA_2025],
      },
      {
        id: 'housing-right',
        documents: ['housing-right-document', 'housing-owner-consent'],
        form: 'presentOnly',
        reason: HOUSING_REASON,
        basis: [HOUSING_RIGHT_265, DNIPRO_CNAP_265],
      },
      {
        id: 'power-of-attorney',
        documents: ['power-of-attorney'],
        when: { fact: 'applicant', equals: 'proxy' },
        form: 'presentOnly',
        reason: {
          uk: 'Заяву подає представник за довіреністю',
          en: 'A proxy applies under a power of attorney',
        },
        basis: [KYIV_CARD_00034],
      },
    ],
  },
  {
    serviceId: 'residence-deregistration',
    to: '2022-03-13',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: APPLICATION_REASON_DEREGISTRATION,
        basis: [BILIAIVKA_DEREG_207, POLTAVA_DEREG_207],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        when: { not: UNDER_16 },
        form: 'presentOnly',
        reason: {
          uk: 'Документ, до якого вносяться відомості про зняття з реєстрації місця проживання',
          en: 'The document the deregistration is entered in',
        },
        basis: [WIKI_1551_DEREG_207, BILIAIVKA_DEREG_207],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: UNDER_16,
        form: 'presentOnly',
        reason: {
          uk: 'Знімається з реєстрації дитина, яка не досягла 16 років: свідоцтво про народження',
          en: 'A child under 16 is deregistered: the birth certificate',
        },
        basis: [WIKI_1551_DEREG_207, BILIAIVKA_DEREG_207],
      },
      {
        id: 'fee',
        documents: ['administrative-fee-receipt'],
        form: 'original',
        reason: FEE_REASON,
        basis: [BILIAIVKA_DEREG_207, POLTAVA_DEREG_207],
      },
      {
        id: 'power-of-attorney',
        documents: ['power-of-attorney'],
        when: { fact: 'applicant', equals: 'proxy' },
        form: 'presentOnly',
        reason: {
          uk: 'Заяву подає представник: засвідчена довіреність',
          en: 'A representative applies: a certified power of attorney',
        },
        basis: [POLTAVA_DEREG_207],
      },
    ],
  },
  {
    serviceId: 'residence-deregistration',
    from: '2022-03-14',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: APPLICATION_REASON_DEREGISTRATION,
        basis: [BILHOROD_DEREG_265, KYIV_CARD_00037, DMS_KMU_265_IN_FORCE],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        when: { fact: 'applicant', equals: 'self' },
        form: 'presentOnly',
        reason: {
          uk: 'Паспортний документ — у разі особистого звернення',
          en: 'The passport document, when the person applies in person',
        },
        basis: [BILHOROD_DEREG_265, KYIV_CARD_00037],
      },
      {
        id: 'fee',
        documents: ['administrative-fee-receipt'],
        form: 'original',
        reason: FEE_REASON,
        basis: [BILHOROD_DEREG_265, KYIV_CARD_00037],
      },
    ],
  },
];
