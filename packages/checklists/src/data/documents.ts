import type { Citation } from '@vikno/law';
import type { DocumentTypeInput } from '../schema.js';
import { VIN_BABY_BOX_NOT_ISSUED } from './citations/coverage-2.js';
import { SUD_CHORNOBYL_FOOD_DOCUMENTS } from './citations/disability-and-care.js';
import {
  LAW_1706_ART_4_P1,
  LAW_1871_ART_8_FOREIGN_BIRTH,
  LAW_1871_ART_8_RNOKPP,
  LAW_1871_ART_9_P2_3,
  LAW_1871_ART_9_P2_4_5,
  LAW_1871_ART_9_P2_6,
  LAW_1871_ART_26,
  LAW_2811_ART_10_APPLICATION,
  LAW_2811_ART_10_ATTACHED,
  LAW_2811_ART_10_IDENTITY,
  LAW_2811_ART_18_2,
} from './citations/evidence-checklists.js';
import {
  DIIA_FALLEN_FAMILY_STEPS,
  GIRSKA_WAR_CHILD_DOCUMENTS,
  KREMENCHUK_WAR_DISABILITY_DOCUMENTS,
  LAW_2923_ART_4_DOCUMENTS,
  RIVNE_FALLEN_FAMILY_DOCUMENTS,
  RIVNE_WAR_DISABILITY_DOCUMENTS,
} from './citations/war-and-displacement.js';
import {
  ADOPTION_PODA,
  ADOPTION_TERNOPIL,
  AKIM_NO_PENSION,
  BILHOROD_DEREG_265,
  HOUSING_RIGHT_265,
  KYIV_DISABILITY_LIST,
  LARGE_FAMILY_ASSISTANCE_SUMY,
  LARGE_FAMILY_PHOTOS,
  LOGA_SUBSIDY,
  MATERNITY_NSSU,
  MATERNITY_PFU_ENTREPRENEUR,
  MATERNITY_SHEPETIVKA,
  NEMOVYCKA_FUNERAL_DOCUMENTS,
  PUSTOMYTY_207,
  RENT_1225_P5,
  SINGLE_MOTHER_GLOBYNO,
  SUBSIDY_CARDS,
  VCHORAISHE_FUEL_373,
  ZN_OTG_FUEL,
} from './citations.js';

/** Document names as information cards of CNAPs and the Pension Fund list them (domain notes §5). */
const CARD_DOCUMENT_NAMES: Citation = {
  act: 'card-document-names',
  evidence: 'secondary',
  checkedOn: '2026-11-22',
  note: 'Names as quoted from cards on gov.ua sites in the domain notes §5 (rcp.kh.ua, golos.kyivcity.gov.ua, …).',
};

/** Law 2811-XII Art. 18-6 part 1 (wording read in the official text): the LKK certificate of the child's illness. */
const LAW_2811_ART_18_6_CERTIFICATE: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'абз. 5 ч. 1 ст. 18-6', en: 'Art. 18-6 part 1 paragraph 5' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '«довідка про захворювання дитини … видана лікарсько-консультативною комісією лікувально-профілактичного ' +
    'закладу у порядку та за формою, встановленими центральним органом виконавчої влади, що забезпечує ' +
    'формування та реалізує державну політику у сфері охорони здоров’я»',
  note:
    'Read in the official text ingested into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/07833-ua-law-2811-12.json, commit 35a12f9).',
};

/** КМУ 1192 as a Pension Fund regional page retells it: the medical commission's conclusion on constant care. */
const PFU_KR_CARE_CONCLUSION: Citation = {
  act: 'pfu-kr-mental-disorder-carer-assistance',
  evidence: 'officialCard',
  checkedOn: '2026-11-26',
  quote:
    '«особою з інвалідністю I чи II групи внаслідок психічного розладу, яка за висновком лікарської комісії ' +
    'закладу охорони здоров’я потребує постійного стороннього догляду»',
  note: 'pfu.gov.ua/kr/434208 (the Pension Fund’s page, retelling КМУ 1192 of 02.08.2000).',
};

/** Every kind of document the rules name, shared by the services. */
export const DOCUMENT_TYPES: readonly DocumentTypeInput[] = [
  {
    id: 'application',
    name: { uk: 'Заява за встановленою формою', en: 'Application in the prescribed form' },
    onePerService: true,
    basis: [LAW_2811_ART_10_APPLICATION, CARD_DOCUMENT_NAMES],
  },
  {
    id: 'identity-document',
    name: {
      uk: 'Паспорт громадянина України або інший документ, що посвідчує особу',
      en: 'Passport of a citizen of Ukraine or another identity document',
    },
    heldIn: ['demographic-register'],
    basis: [LAW_2811_ART_10_IDENTITY, CARD_DOCUMENT_NAMES],
  },
  {
    id: 'rnokpp',
    name: {
      uk: 'Документ про реєстраційний номер облікової картки платника податків (РНОКПП)',
      en: 'Taxpayer registration number card (RNOKPP)',
    },
    heldIn: ['taxpayers-register'],
    basis: [LAW_1871_ART_8_RNOKPP, CARD_DOCUMENT_NAMES],
  },
  {
    id: 'birth-certificate',
    name: { uk: 'Свідоцтво про народження дитини', en: 'Birth certificate of the child' },
    heldIn: ['drats'],
    basis: [LAW_2811_ART_10_ATTACHED, CARD_DOCUMENT_NAMES],
  },
  {
    id: 'foreign-birth-documents',
    name: {
      uk: 'Документи про народження дитини, видані компетентними органами країни перебування і легалізовані',
      en: 'Documents on the birth issued abroad by the competent authority, legalised',
    },
    basis: [LAW_1871_ART_8_FOREIGN_BIRTH, CARD_DOCUMENT_NAMES],
  },
  {
    id: 'idp-certificate',
    name: {
      uk: 'Довідка про взяття на облік внутрішньо переміщеної особи',
      en: 'Certificate of registration of an internally displaced person',
    },
    heldIn: ['eisss'],
    basis: [LAW_1706_ART_4_P1, CARD_DOCUMENT_NAMES],
  },
  {
    id: 'income-declaration',
    name: { uk: 'Декларація про доходи та майновий стан', en: 'Declaration of income and property' },
    basis: [CARD_DOCUMENT_NAMES],
  },
  {
    id: 'income-certificate',
    name: { uk: 'Довідка про доходи', en: 'Certificate of income' },
    heldIn: ['taxpayers-register', 'social-insurance-register'],
    basis: [CARD_DOCUMENT_NAMES],
  },
  {
    id: 'income-explanation',
    name: {
      uk: 'Письмове пояснення про доходи, які неможливо підтвердити довідкою',
      en: 'Written explanation of income that cannot be certified',
    },
    basis: [CARD_DOCUMENT_NAMES],
  },
  {
    id: 'residence-proof',
    name: {
      uk: 'Довідка або витяг про місце проживання (перебування)',
      en: 'Certificate or extract on the place of residence',
    },
    heldIn: ['community-register'],
    basis: [LAW_1871_ART_26, CARD_DOCUMENT_NAMES],
  },
  {
    id: 'power-of-attorney',
    name: { uk: 'Довіреність', en: 'Power of attorney' },
    basis: [LAW_1871_ART_9_P2_4_5, CARD_DOCUMENT_NAMES],
  },
  {
    id: 'guardianship-decision',
    name: {
      uk: 'Рішення про встановлення опіки чи піклування',
      en: 'Decision establishing guardianship or custody',
    },
    basis: [LAW_2811_ART_10_ATTACHED, CARD_DOCUMENT_NAMES],
  },
  {
    id: 'bank-account-details',
    name: {
      uk: 'Реквізити поточного рахунку для зарахування соціальних виплат',
      en: 'Details of the current account for social payments',
    },
    basis: [CARD_DOCUMENT_NAMES],
  },
  {
    id: 'death-certificate',
    name: {
      uk: 'Свідоцтво про смерть або витяг з Державного реєстру актів цивільного стану громадян',
      en: 'Death certificate or extract from the civil status register',
    },
    heldIn: ['drats'],
    basis: [CARD_DOCUMENT_NAMES],
  },
  {
    id: 'disability-certificate',
    name: {
      uk: 'Довідка медико-соціальної експертної комісії (МСЕК) або медичний висновок ЛКК',
      en: 'Certificate of the medical and social expert commission or a medical report',
    },
    basis: [CARD_DOCUMENT_NAMES],
  },
  {
    id: 'adoption-court-decision',
    name: {
      uk: 'Рішення суду про усиновлення дитини',
      en: 'Court decision on the adoption of the child',
    },
    basis: [ADOPTION_PODA, ADOPTION_TERNOPIL],
  },
  {
    id: 'birth-extract-father-record',
    name: {
      uk:
        'Витяг з Державного реєстру актів цивільного стану громадян про державну реєстрацію народження дитини ' +
        '(або довідка про народження) із зазначенням підстави внесення відомостей про батька відповідно до ч. ' +
        '1 ст. 135 Сімейного кодексу України',
      en:
        'Extract from the civil status register on the birth registration (or a birth certificate of a ' +
        'council) stating on what basis the father was entered under Family Code Art. 135(1)',
    },
    heldIn: ['drats'],
    basis: [LAW_2811_ART_18_2, SINGLE_MOTHER_GLOBYNO],
  },
  {
    id: 'maternity-medical-certificate',
    name: {
      uk: 'Довідка встановленого зразка, видана лікувально-профілактичним закладом (про вагітність і пологи)',
      en: 'Certificate in the prescribed form issued by a health care institution (pregnancy and birth)',
    },
    basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU],
  },
  {
    id: 'study-or-service-certificate',
    name: {
      uk: 'Довідка з основного місця служби або навчання',
      en: 'Certificate from the main place of service or study',
    },
    basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU],
  },
  {
    id: 'liquidation-commission-certificate',
    name: {
      uk:
        'Довідка ліквідаційної комісії про звільнення у зв’язку з ліквідацією підприємства, установи, ' +
        'організації',
      en: 'Certificate of the liquidation commission on dismissal because the employer was liquidated',
    },
    basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU],
  },
  {
    id: 'employment-centre-certificate',
    name: {
      uk: 'Довідка центру зайнятості про реєстрацію як безробітної',
      en: 'Certificate of the employment centre on registration as unemployed',
    },
    basis: [MATERNITY_SHEPETIVKA, MATERNITY_NSSU],
  },
  {
    id: 'pfu-entrepreneur-certificate',
    name: {
      uk:
        'Довідка Пенсійного фонду України про те, що жінка — фізична особа-підприємець не бере участі у ' +
        'добровільному страхуванні з тимчасової втрати працездатності',
      en:
        'Pension Fund certificate that the woman, a sole trader, is not in voluntary temporary-disability ' +
        'insurance',
    },
    basis: [MATERNITY_PFU_ENTREPRENEUR],
  },
  {
    id: 'photos-30x40',
    name: {
      uk: 'Фотокартки батьків і дітей розміром 30 х 40 мм',
      en: 'Photographs of the parents and children, 30 × 40 mm',
    },
    basis: [LARGE_FAMILY_PHOTOS],
  },
  {
    id: 'large-family-certificates',
    name: {
      uk: 'Посвідчення батьків багатодітної сім’ї та посвідчення дитини з багатодітної сім’ї',
      en: 'Certificates of the parents and of the children of a large family',
    },
    basis: [LARGE_FAMILY_ASSISTANCE_SUMY],
  },
  {
    id: 'subsidy-income-expense-declaration',
    name: {
      uk: 'Декларація про доходи і витрати осіб, які звернулися за призначенням житлової субсидії',
      en: 'Declaration of income and expenses of persons applying for a housing subsidy',
    },
    basis: [SUBSIDY_CARDS, LOGA_SUBSIDY],
  },
  {
    id: 'rent-contract',
    name: { uk: 'Договір наймання (оренди) житла', en: 'Housing rental (lease) contract' },
    basis: [LOGA_SUBSIDY],
  },
  {
    id: 'burial-paid-certificate',
    name: {
      uk: 'Довідка про те, що поховання здійснено за власний рахунок заявника',
      en: 'Certificate that the applicant paid for the burial',
    },
    basis: [NEMOVYCKA_FUNERAL_DOCUMENTS],
  },
  {
    id: 'representative-residence-proof',
    name: {
      uk:
        'Довідка про місце проживання законного представника (піклувальника), який подав заяву, чи копія його ' +
        'паспорта з відомостями про місце проживання',
      en:
        'Certificate of the residence of the legal representative (custodian) who applies, or a copy of their ' +
        'passport showing it',
    },
    heldIn: ['community-register'],
    basis: [KYIV_DISABILITY_LIST],
  },
  {
    id: 'stove-heating-certificate',
    name: {
      uk:
        'Довідка про наявність у житловому приміщенні пічного опалення та/або кухонного вогнища на твердому ' +
        'паливі',
      en: 'Certificate that the dwelling has stove heating and/or a solid-fuel kitchen hearth',
    },
    basis: [ZN_OTG_FUEL, VCHORAISHE_FUEL_373],
  },
  {
    id: 'representative-authority',
    name: {
      uk: 'Документ, що підтверджує повноваження законного представника (представника за довіреністю)',
      en: 'Document confirming the powers of the legal representative (or proxy)',
    },
    basis: [RENT_1225_P5],
  },
  {
    id: 'incapacity-court-decision',
    name: {
      uk: 'Рішення суду про визнання особи недієздатною',
      en: 'Court decision declaring the person legally incapable',
    },
    basis: [AKIM_NO_PENSION],
  },
  {
    id: 'administrative-fee-receipt',
    name: {
      uk: 'Квитанція (документ або відомості) про сплату адміністративного збору',
      en: 'Receipt (document or details) of payment of the administrative fee',
    },
    basis: [LAW_1871_ART_9_P2_6, PUSTOMYTY_207, BILHOROD_DEREG_265],
  },
  {
    id: 'housing-right-document',
    name: {
      uk:
        'Документ, що підтверджує право на проживання в житлі (свідоцтво про право власності, ордер, договір ' +
        'найму (оренди), рішення суду тощо)',
      en: 'Document proving the right to live in the housing (title deed, warrant, lease, court decision, etc.)',
    },
    basis: [LAW_1871_ART_9_P2_3, PUSTOMYTY_207, HOUSING_RIGHT_265],
  },
  {
    id: 'housing-owner-consent',
    name: {
      uk: 'Згода власника (співвласників) житла, наймача та членів його сім’ї на реєстрацію',
      en: 'Consent of the owner(s) of the housing, or of the tenant and family, to the registration',
    },
    basis: [LAW_1871_ART_9_P2_3, PUSTOMYTY_207, HOUSING_RIGHT_265],
  },
  {
    id: 'severe-illness-certificate',
    name: {
      uk:
        'Довідка лікарсько-консультативної комісії про захворювання дитини на тяжке захворювання (тяжку травму, ' +
        'потребу в трансплантації органа чи паліативній допомозі)',
      en:
        'Certificate of the medical advisory commission (LKK) that the child has a severe illness (a severe injury, ' +
        'needs an organ transplant or palliative care)',
    },
    basis: [LAW_2811_ART_18_6_CERTIFICATE],
  },
  {
    id: 'constant-care-conclusion',
    name: {
      uk:
        'Висновок лікарської комісії закладу охорони здоров’я про те, що особа потребує постійного стороннього ' +
        'догляду',
      en: 'Conclusion of the medical commission of a health-care institution that the person needs constant care',
    },
    basis: [PFU_KR_CARE_CONCLUSION],
  },
  {
    id: 'baby-box-not-issued-certificate',
    name: {
      uk: 'Довідка закладу охорони здоров’я про те, що «пакунок малюка» ним не видавався',
      en: 'Certificate of the health-care institution that it did not give the baby box',
    },
    basis: [VIN_BABY_BOX_NOT_ISSUED],
  },
  {
    id: 'personal-data-consent',
    name: { uk: 'Згода на обробку персональних даних', en: 'Consent to the processing of personal data' },
    basis: [GIRSKA_WAR_CHILD_DOCUMENTS],
  },
  {
    id: 'kinship-document',
    name: {
      uk: 'Документ, що підтверджує родинні стосунки (родинний зв’язок) із дитиною чи загиблим',
      en: 'Document confirming kinship with the child or with the deceased',
    },
    basis: [GIRSKA_WAR_CHILD_DOCUMENTS, DIIA_FALLEN_FAMILY_STEPS],
  },
  {
    id: 'defender-death-document',
    name: {
      uk:
        'Документ про загибель (смерть) Захисника чи Захисниці: свідоцтво про смерть або повідомлення про загибель, ' +
        'рішення суду, висновок ВЛК/ЛКК/медичної комісії чи судово-медичної експертизи',
      en:
        'Document of the Defender’s death: a death certificate or notice of death, a court decision, or a ' +
        'conclusion of a military or medical commission or of a forensic examination',
    },
    basis: [DIIA_FALLEN_FAMILY_STEPS, RIVNE_FALLEN_FAMILY_DOCUMENTS],
  },
  {
    id: 'property-ownership-document',
    name: {
      uk: 'Документ, що підтверджує право власності на об’єкт нерухомого майна',
      en: 'Document of title to a real-property object',
    },
    basis: [LAW_2923_ART_4_DOCUMENTS],
  },
  {
    id: 'military-medical-conclusion',
    name: {
      uk: 'Висновок військово-лікарської комісії (свідоцтво про хворобу, витяг з протоколу засідання) про причинний зв’язок поранення чи захворювання',
      en: 'Conclusion of a military medical commission (illness certificate, minutes extract) on the causal link of a wound or illness',
    },
    basis: [KREMENCHUK_WAR_DISABILITY_DOCUMENTS, RIVNE_WAR_DISABILITY_DOCUMENTS],
  },
  {
    id: 'military-id',
    name: {
      uk: 'Військовий квиток, тимчасове посвідчення або посвідчення офіцера',
      en: 'Military ID, temporary certificate or officer’s certificate',
    },
    basis: [KREMENCHUK_WAR_DISABILITY_DOCUMENTS],
  },
  {
    id: 'applicant-photo-3x4',
    name: { uk: 'Фотокартка заявника розміром 3 × 4 см', en: 'Photograph of the applicant, 3 × 4 cm' },
    basis: [KREMENCHUK_WAR_DISABILITY_DOCUMENTS],
  },
  {
    id: 'chornobyl-status-certificate',
    name: {
      uk: 'Посвідчення особи, яка постраждала внаслідок Чорнобильської катастрофи (учасника ліквідації, потерпілого)',
      en: 'Certificate of a person affected by the Chornobyl catastrophe (clean-up worker, victim)',
    },
    basis: [SUD_CHORNOBYL_FOOD_DOCUMENTS],
  },
];
