import type { LegalSource } from '@vikno/deadlines';
import type { ChecklistRuleInput, DocumentType } from '../../schema.js';
import { INCOME_FROM_REGISTERS, LAW_1689_ART_5, LAW_5203_ART_9 } from '../sources.js';

/*
 * Sources. `verified: true` only where the wording was seen in an official text or on a public body's page
 * (*.gov.ua, a council's CNAP site); otherwise `false` with what is uncertain.
 */

/** The Kyiv CNAP card of the IDP certificate (Register id 00169): application form and the documents shown. */
const KYIV_CNAP_IDP_CARD: LegalSource = {
  id: 'kyiv-cnap-card-idp-certificate-documents',
  act: {
    uk: 'Інформаційна картка ЦНАП м. Києва «Видача довідки про взяття на облік внутрішньо переміщеної особи»',
    en: 'Kyiv CNAP information card: issuing the IDP registration certificate',
  },
  url: 'https://kyivcnap.gov.ua/AdminServices/Details/90b66d26-a002-4b0e-87fe-0face1f790a5?categoryId=22eeab19-b614-4a40-87e5-1074ec1d50ea',
  verified: true,
  note:
    'Quoted: «подається заява про взяття на облік за формою згідно з додатком 1 до Порядку … затвердженого ' +
    'постановою №509»; «пред`являється документ, що посвідчує особу та підтверджує громадянство України, або ' +
    'документ, що посвідчує особу та підтверджує її спеціальний статус, або свідоцтво про народження дитини. У ' +
    'разі відсутності … відмітки про реєстрацію місця проживання…» (the rest of that sentence was cut off).',
};

/** Point 4 of Порядок 509 as a hromada quotes it. */
const KMU_509_P4: LegalSource = {
  id: 'kmu-509-2014-p4',
  act: {
    uk: 'Порядок оформлення і видачі довідки про взяття на облік внутрішньо переміщеної особи (постанова КМУ № 509), п. 4, як його цитує Шполянська громада',
    en: 'Procedure for issuing the IDP certificate (Cabinet resolution 509), point 4, as quoted by the Shpola hromada',
  },
  number: '509',
  adopted: '2014-10-01',
  provision: { uk: 'п. 4', en: 'point 4' },
  url: 'https://shp-gromada.gov.ua/news/1662367666/',
  verified: true,
  note:
    'Quoted: «разом із заявою … заявник пред’являє: документ, що посвідчує особу та підтверджує громадянство ' +
    'України, або тимчасове посвідчення…; за наявності — документ, що підтверджує факт проживання на території ' +
    '…, з якої здійснюється внутрішнє переміщення (…із відміткою про реєстрацію місця проживання; військовий ' +
    'квиток…; трудова книжка…)». Read on the council page, not on zakon.rada.gov.ua.',
};

/** The Hlobyne CNAP card of the IDP certificate (local code 03-90). */
const HLOBYNE_IDP_CARD: LegalSource = {
  id: 'hlobyne-cnap-card-idp-certificate',
  act: {
    uk: 'Опис послуги ЦНАП Глобинської громади «Видача довідки про взяття на облік внутрішньо переміщеної особи» (03-90)',
    en: 'Hlobyne CNAP service description: issuing the IDP registration certificate (03-90)',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/320',
  verified: true,
  note:
    'Quoted: «4. Реєстраційний номер облікової картки платника податків (крім фізичних осіб, які через свої ' +
    'релігійні переконання відмовляються…) (оригінал/цифровий документ)». A local card; Порядок 509 п. 4 as ' +
    'quoted by shp-gromada.gov.ua does not name the number.',
};

/** The Rivne CNAP card of the living allowance: the annex 5 application. */
const RIVNE_332_CARD: LegalSource = {
  id: 'rivne-cnap-card-idp-living-allowance-documents',
  act: {
    uk: 'Інформаційна картка ЦНАП м. Рівного: допомога на проживання внутрішньо переміщеним особам',
    en: 'Rivne CNAP information card: IDP living allowance',
  },
  url: 'https://www.cnaprv.gov.ua/services/vpo/vidacha_dovidki_pro_vzyattya_na_oblik_vnutrishno_peremishhenoi_osobi_kopiya',
  verified: true,
  note:
    'Quoted: «Заява за формою згідно з додатком 5 до Порядку надання допомоги на проживання внутрішньо ' +
    'переміщеним особам, затвердженого Постановою № 332, до якої додаються відомості / документи:» — the list ' +
    'after the colon was not in the copy read; «Заява … формується засобами мобільного додатка … (Портал Дія)».',
};

/** The Hlobyne CNAP card of the living allowance (local code 03-91): the documents attached. */
const HLOBYNE_332_CARD: LegalSource = {
  id: 'hlobyne-cnap-card-idp-living-allowance',
  act: {
    uk: 'Опис послуги ЦНАП Глобинської громади «Надання допомоги на проживання внутрішньо переміщеним особам» (03-91)',
    en: 'Hlobyne CNAP service description: IDP living allowance (03-91)',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/321',
  verified: true,
  note:
    'Quoted: «1. Заява (затвердженої форми). 2. Паспорт громадянина України … (оригінал/цифровий документ). 3. ' +
    'Відомості щодо задекларованого/зареєстрованого місця проживання… 4. Реєстраційний номер облікової картки ' +
    'платника податків… 5. Свідоцтво про народження для малолітніх дітей… 6. Довідка МСЕК про встановлення ' +
    'інвалідності (у разі встановлення інвалідності)… 7. Інформація щодо реквізитів банківського раху[нку]». A ' +
    'local card, not Порядок 332 itself.',
};

/** Порядок 250 as the Kryvyi Rih hromada quotes it: the low-income assistance documents. */
const KRYVORIZKA_LOW_INCOME: LegalSource = {
  id: 'kryvorizka-low-income-assistance-documents',
  act: {
    uk: 'Перелік послуг Криворізької громади: допомога малозабезпеченим сім’ям (за Порядком, затвердженим постановою КМУ № 250)',
    en: 'Kryvyi Rih hromada list of services: low-income family assistance (per the procedure of Cabinet resolution 250)',
  },
  url: 'https://kryvorizka-gromada.gov.ua/perelik-poslug-10-02-46-29-06-2021/',
  verified: true,
  note:
    'Quoted: «заяву, складену за формою, встановленою Мінсоцполітики»; «декларацію про доходи та майновий стан ' +
    'осіб, які звернулися за призначенням усіх видів соціальної допомоги»; «довідку про доходи у разі ' +
    'зазначення в декларації доходів, інформація про які відсутня в ДПС, Пенсійному фонді України, фондах ' +
    'соціального страхування тощо… У разі неможливості підтвердження таких доходів довідкою до декларації ' +
    'додається письмове пояснення із зазначенням їх розміру».',
};

/** Kyiv city list for the low-income assistance: the passport among the documents. */
const KYIV_LOW_INCOME_LIST: LegalSource = {
  id: 'kyivcity-low-income-assistance-documents',
  act: {
    uk: 'Перелік документів для призначення державної соціальної допомоги малозабезпеченим сім’ям (golos.kyivcity.gov.ua)',
    en: 'Kyiv city list of documents for low-income family assistance',
  },
  url: 'https://golos.kyivcity.gov.ua/news/13105.html',
  verified: true,
  note:
    'Quoted: «3. Документ, що посвідчує особу заявника (паспорт)». The same list also names birth certificates, ' +
    'study certificates, a land share certificate and a bank account, which the Порядок wording quoted by ' +
    'Kryvyi Rih does not; those were left out.',
};

/** Luhansk oblast administration notice on the housing subsidy documents (21.07.2023). */
const LOGA_SUBSIDY: LegalSource = {
  id: 'loga-housing-subsidy-documents-2023',
  act: {
    uk: 'Повідомлення Луганської ОДА «Документи для призначення житлової субсидії: що необхідно знати» (21.07.2023)',
    en: 'Luhansk oblast administration notice on housing subsidy documents (21.07.2023)',
  },
  url: 'https://svt.loga.gov.ua/oda/press/news/dokumenti_dlya_priznachennya_zhitlovoyi_subsidiyi_shcho_neobhidno_znati_0',
  verified: true,
  note:
    'Quoted: «надаються заява та декларація (за встановленими формами)»; «договір наймання (оренди) житла – у ' +
    'разі проживання заявника у житлі, що орендується»; «у разі потреби … документ, що підтверджує факт ' +
    'непроживання особи за зареєстрованим/задекларованим місцем проживання, … в тому числі, довідку внутрішньо ' +
    'переміщеної особи»; «пред’являє свій паспорт громадянина України або тимчасове посвідчення».',
};

/** The subsidy cards as quoted in the domain notes (§5.3, tagged [V]). */
const SUBSIDY_CARDS: LegalSource = {
  id: 'housing-subsidy-cards-documents',
  act: {
    uk: 'Інформаційні картки житлової субсидії (onokivska-gromada.gov.ua; shostka-rada.gov.ua)',
    en: 'Housing subsidy information cards (onokivska-gromada.gov.ua; shostka-rada.gov.ua)',
  },
  verified: true,
  note:
    'Quoted in the domain notes §5.3 [V]: «Декларація про доходи і витрати осіб, які звернулися за призначенням ' +
    'житлової субсидії»; conditional documents include «довідка ВПО» for IDPs. The card pages were not re-read ' +
    'in this session; no exact URL recorded.',
};

/** Kyiv city list for assistance to persons disabled since childhood and children with disabilities. */
const KYIV_DISABILITY_LIST: LegalSource = {
  id: 'kyivcity-disability-from-childhood-documents',
  act: {
    uk: 'Перелік документів, необхідних для призначення державної соціальної допомоги особам з інвалідністю з дитинства та дітям з інвалідністю (golos.kyivcity.gov.ua)',
    en: 'Kyiv city list of documents for assistance to persons disabled since childhood and children with disabilities',
  },
  url: 'https://golos.kyivcity.gov.ua/news/13102.html',
  verified: true,
  note:
    'Quoted: «1. Заява про призначення допомоги, що складається за формою, затвердженою Мінсоцполітики; 2. ' +
    'Документ, що посвідчує особу заявника (паспорт); 3. Копія свідоцтва про народження дитини з інвалідністю; ' +
    '4. Довідка про місце проживання особи з інвалідністю з дитинства і дитини з інвалідністю чи копія паспорта ' +
    '… з відомостями про місце проживання; 5. Довідка про місце проживання законного представника, ' +
    'піклувальника, який подав заяву…; 6. Довідка медико-соціальної експертизи або медичний висновок; 7. Довідка ' +
    'про реєстраційний номер облікової картки платника податків…». Undated; how items 1, 2, 4–7 are handed over ' +
    '(original or copy) is not stated.',
};

/** Nemovychi hromada funeral assistance table: its document list. */
const NEMOVYCKA_FUNERAL_DOCUMENTS: LegalSource = {
  id: 'nemovycka-funeral-assistance-documents',
  act: {
    uk: 'Роз’яснення Немовицької громади «Допомога на поховання»',
    en: 'Nemovychi hromada notice on funeral assistance',
  },
  url: 'https://nemovycka-gromada.gov.ua/news/1574934256/',
  verified: false,
  note:
    'Quoted: «1.Заява. 2.Паспорт. 3.Ідентифікаційний код. 4.Довідка про смерть (в селах) або витяг з Державного ' +
    'реєстру актів цивільного стану громадян про смерть (в місті). 5.Довідка про те, що здійснили поховання за ' +
    'власний рахунок. 6. Довідка з місця проживання про перебування дитини на утриманні батьків.» Uncertain: the ' +
    'same table gives the amount as «Два розміри виплаченої допомоги» under Laws 2109-III and 1727-IV, i.e. the ' +
    'variant for recipients of state social assistance, and does not name КМУ 99; no card for the КМУ 99 ' +
    '(uninsured) variant with a document list was found.',
};

/** Death data in the civil register (ДРАЦС), read by the provider itself. */
const DEATH_IN_DRATS: LegalSource = {
  id: 'death-data-in-drats',
  act: {
    uk: 'Витяг з Державного реєстру актів цивільного стану громадян про смерть (перелік Немовицької громади)',
    en: 'Extract from the civil status register on the death (Nemovychi list)',
  },
  url: 'https://nemovycka-gromada.gov.ua/news/1574934256/',
  verified: false,
  note:
    'The card names «витяг з Державного реєстру актів цивільного стану громадян про смерть», so the death is ' +
    'recorded in that register; no source was seen saying the provider of this assistance reads it itself — that ' +
    'follows only from Law 5203-VI Art. 9 / Law 1689-IX Art. 5.',
};

/** Documents only the services of this file need. */
export const SOCIAL_DOCUMENT_TYPES: readonly DocumentType[] = [
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
      uk: 'Довідка про місце проживання законного представника (піклувальника), який подав заяву, чи копія його паспорта з відомостями про місце проживання',
      en: 'Certificate of the residence of the legal representative (custodian) who applies, or a copy of their passport showing it',
    },
    heldIn: ['community-register'],
    basis: [KYIV_DISABILITY_LIST],
  },
];

const RNOKPP_FROM_REGISTER = {
  register: 'taxpayers-register',
  basis: [LAW_5203_ART_9, LAW_1689_ART_5],
};

const INCOME_FROM_TAX_AND_PFU = {
  register: 'taxpayers-register',
  when: { fact: 'incomeOutsideRegisters' as const, equals: false },
  basis: [INCOME_FROM_REGISTERS, LAW_5203_ART_9],
};

const IDENTITY_REASON = { uk: 'Посвідчення особи заявника', en: 'Proof of the applicant’s identity' };

const RNOKPP_REASON = {
  uk: 'Реєстраційний номер облікової картки платника податків',
  en: 'The taxpayer registration number',
};

const INCOME_REASON = {
  uk: 'Підтвердження доходів, зазначених у декларації, відомостей про які немає в ДПС і Пенсійному фонді; якщо довідки отримати неможливо — письмове пояснення із зазначенням їх розміру',
  en: 'Proof of declared income the tax service and the Pension Fund hold no data on; where no certificate can be had, a written explanation stating the amounts',
};

/** The documents of IDP services, low-income and housing assistance, disability and funeral assistance. */
export const SOCIAL_RULES: readonly ChecklistRuleInput[] = [
  {
    serviceId: 'idp-certificate',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява про взяття на облік внутрішньо переміщеної особи (додаток 1 до Порядку № 509)',
          en: 'The application for registration as an IDP (annex 1 to procedure 509)',
        },
        basis: [KYIV_CNAP_IDP_CARD, KMU_509_P4],
      },
      {
        id: 'identity',
        documents: ['identity-document', 'birth-certificate'],
        form: 'presentOnly',
        reason: {
          uk: 'Документ, що посвідчує особу, або свідоцтво про народження дитини',
          en: 'An identity document, or the child’s birth certificate',
        },
        basis: [KYIV_CNAP_IDP_CARD, KMU_509_P4],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'presentOnly',
        reason: RNOKPP_REASON,
        basis: [HLOBYNE_IDP_CARD],
        fromRegister: RNOKPP_FROM_REGISTER,
      },
    ],
  },
  {
    serviceId: 'idp-living-allowance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява за формою згідно з додатком 5 до Порядку № 332',
          en: 'The application in the form of annex 5 to procedure 332',
        },
        basis: [RIVNE_332_CARD, HLOBYNE_332_CARD],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: IDENTITY_REASON,
        basis: [HLOBYNE_332_CARD],
      },
      {
        id: 'residence',
        documents: ['residence-proof'],
        form: 'presentOnly',
        reason: {
          uk: 'Відомості про задеклароване (зареєстроване) місце проживання',
          en: 'The declared (registered) place of residence',
        },
        basis: [HLOBYNE_332_CARD],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'presentOnly',
        reason: RNOKPP_REASON,
        basis: [HLOBYNE_332_CARD],
        fromRegister: RNOKPP_FROM_REGISTER,
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { fact: 'age', below: 14 },
        form: 'presentOnly',
        reason: {
          uk: 'Допомога на малолітню дитину: свідоцтво про народження',
          en: 'The allowance is for a child under 14: the birth certificate',
        },
        basis: [HLOBYNE_332_CARD],
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        when: { fact: 'disability', equals: true },
        form: 'presentOnly',
        reason: {
          uk: 'Особі встановлено інвалідність',
          en: 'The person has an established disability',
        },
        basis: [HLOBYNE_332_CARD],
      },
      {
        id: 'bank-account',
        documents: ['bank-account-details'],
        form: 'copy',
        reason: {
          uk: 'Рахунок, на який зараховуватиметься допомога',
          en: 'The account the allowance is paid to',
        },
        basis: [HLOBYNE_332_CARD],
      },
    ],
  },
  {
    serviceId: 'low-income-family-assistance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява за формою, встановленою Мінсоцполітики',
          en: 'The application in the form set by the Ministry of Social Policy',
        },
        basis: [KRYVORIZKA_LOW_INCOME],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: IDENTITY_REASON,
        basis: [KYIV_LOW_INCOME_LIST],
      },
      {
        id: 'income-declaration',
        documents: ['income-declaration'],
        form: 'original',
        reason: {
          uk: 'Декларація про доходи та майновий стан членів сім’ї; у ній зазначається й склад сім’ї',
          en: 'The declaration of the household’s income and property, which also gives the household members',
        },
        basis: [KRYVORIZKA_LOW_INCOME],
      },
      {
        id: 'income-certificates',
        documents: ['income-certificate', 'income-explanation'],
        form: 'original',
        reason: INCOME_REASON,
        basis: [KRYVORIZKA_LOW_INCOME],
        fromRegister: INCOME_FROM_TAX_AND_PFU,
      },
    ],
  },
  {
    serviceId: 'housing-subsidy',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява про призначення та надання житлової субсидії за встановленою формою',
          en: 'The application for a housing subsidy in the prescribed form',
        },
        basis: [LOGA_SUBSIDY],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: IDENTITY_REASON,
        basis: [LOGA_SUBSIDY],
      },
      {
        id: 'declaration',
        documents: ['subsidy-income-expense-declaration'],
        form: 'original',
        reason: {
          uk: 'Декларація про доходи і витрати домогосподарства за встановленою формою',
          en: 'The declaration of the household’s income and expenses in the prescribed form',
        },
        basis: [LOGA_SUBSIDY, SUBSIDY_CARDS],
      },
      {
        id: 'income-certificates',
        documents: ['income-certificate'],
        form: 'original',
        reason: {
          uk: 'Довідки про доходи, зазначені в декларації, відомостей про які немає в ДПС і Пенсійному фонді',
          en: 'Certificates of declared income the tax service and the Pension Fund hold no data on',
        },
        basis: [INCOME_FROM_REGISTERS],
        fromRegister: INCOME_FROM_TAX_AND_PFU,
      },
      {
        id: 'rent-contract',
        documents: ['rent-contract'],
        when: { fact: 'rentsHousing', equals: true },
        form: 'copy',
        reason: {
          uk: 'Сім’я проживає в орендованому житлі',
          en: 'The household lives in rented housing',
        },
        basis: [LOGA_SUBSIDY],
      },
      {
        id: 'idp-certificate',
        documents: ['idp-certificate'],
        when: { fact: 'idp', equals: true },
        form: 'copyWithOriginal',
        reason: {
          uk: 'Заявник — внутрішньо переміщена особа: довідка підтверджує, що він не проживає за зареєстрованим місцем проживання',
          en: 'The applicant is an IDP: the certificate shows they do not live at the registered address',
        },
        basis: [LOGA_SUBSIDY, SUBSIDY_CARDS],
      },
    ],
  },
  {
    serviceId: 'disability-from-childhood-assistance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява про призначення допомоги за формою, затвердженою Мінсоцполітики',
          en: 'The application in the form approved by the Ministry of Social Policy',
        },
        basis: [KYIV_DISABILITY_LIST],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: IDENTITY_REASON,
        basis: [KYIV_DISABILITY_LIST],
      },
      {
        id: 'birth-certificate',
        documents: ['birth-certificate'],
        when: { fact: 'age', below: 18 },
        form: 'copy',
        reason: {
          uk: 'Допомога на дитину з інвалідністю: копія її свідоцтва про народження',
          en: 'The assistance is for a child with a disability: a copy of the birth certificate',
        },
        basis: [KYIV_DISABILITY_LIST],
      },
      {
        id: 'residence',
        documents: ['residence-proof'],
        form: 'original',
        reason: {
          uk: 'Місце проживання особи (дитини) з інвалідністю: довідка або копія паспорта з відомостями про місце проживання',
          en: 'Where the person (child) with a disability lives: a certificate, or a copy of the passport showing the residence',
        },
        basis: [KYIV_DISABILITY_LIST],
      },
      {
        id: 'representative-residence',
        documents: ['representative-residence-proof'],
        when: {
          any: [
            { fact: 'applicant', equals: 'legalRepresentative' },
            { fact: 'guardian', equals: true },
          ],
        },
        form: 'original',
        reason: {
          uk: 'Заяву подає законний представник (піклувальник): його місце проживання',
          en: 'A legal representative (custodian) applies: where they live',
        },
        basis: [KYIV_DISABILITY_LIST],
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        form: 'copyWithOriginal',
        reason: {
          uk: 'Довідка медико-соціальної експертизи або медичний висновок про інвалідність',
          en: 'The expert commission certificate or the medical report on the disability',
        },
        basis: [KYIV_DISABILITY_LIST],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: RNOKPP_REASON,
        basis: [KYIV_DISABILITY_LIST],
        fromRegister: RNOKPP_FROM_REGISTER,
      },
    ],
  },
  {
    serviceId: 'funeral-assistance-uninsured',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява про надання допомоги на поховання',
          en: 'The application for funeral assistance',
        },
        basis: [NEMOVYCKA_FUNERAL_DOCUMENTS],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: IDENTITY_REASON,
        basis: [NEMOVYCKA_FUNERAL_DOCUMENTS],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: RNOKPP_REASON,
        basis: [NEMOVYCKA_FUNERAL_DOCUMENTS],
        fromRegister: RNOKPP_FROM_REGISTER,
      },
      {
        id: 'death',
        documents: ['death-certificate'],
        form: 'original',
        reason: {
          uk: 'Підтвердження смерті: довідка про смерть або витяг з Державного реєстру актів цивільного стану',
          en: 'Proof of the death: a death certificate or an extract from the civil status register',
        },
        basis: [NEMOVYCKA_FUNERAL_DOCUMENTS],
        fromRegister: { register: 'drats', basis: [DEATH_IN_DRATS, LAW_5203_ART_9, LAW_1689_ART_5] },
      },
      {
        id: 'burial-paid',
        documents: ['burial-paid-certificate'],
        form: 'original',
        reason: {
          uk: 'Підтвердження, що поховання здійснив заявник за власний рахунок',
          en: 'Proof that the applicant paid for the burial',
        },
        basis: [NEMOVYCKA_FUNERAL_DOCUMENTS],
      },
    ],
  },
];
