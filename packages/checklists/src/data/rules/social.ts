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

/*
 * Sources of the second batch: IDP certificate cancellation, housing and fuel privileges, the IDP rent subsidy, the
 * care allowance, assistance to persons without pension rights, and funeral assistance for recipients.
 */

/** Sumy city council and the Khmelivka hromada quoting Law 1706-VII Art. 12: the person’s own application. */
const IDP_CANCEL_ART_12: LegalSource = {
  id: 'law-1706-vii-art-12-application',
  act: {
    uk: 'Закон України «Про забезпечення прав і свобод внутрішньо переміщених осіб», ст. 12, як її цитують Сумська міська рада та Хмелівська громада',
    en: 'Law On Ensuring the Rights and Freedoms of IDPs, Art. 12, as quoted by the Sumy city council and the Khmelivka hromada',
  },
  number: '1706-VII',
  adopted: '2014-10-20',
  provision: { uk: 'ст. 12', en: 'Art. 12' },
  url: 'https://hmelivska-gromada.gov.ua/news/1671709499/',
  verified: true,
  note:
    'Quoted: «підставою для скасування дії довідки … є обставини, за яких внутрішньо переміщена особа: - подала ' +
    'заяву на скасування дії довідки ВПО» (hmelivska-gromada.gov.ua; the same on smr.gov.ua). Neither page lists ' +
    'any document besides the application.',
};

/** News explanation of cancelling the certificate: free-form application, no form approved. */
const IDP_CANCEL_FREE_FORM: LegalSource = {
  id: 'idp-certificate-cancellation-free-form-2025',
  act: {
    uk: 'Роз’яснення «Як самостійно «скасувати» довідку ВПО» (news.finance.ua, 26.12.2025)',
    en: 'Explanation on renouncing the IDP certificate (news.finance.ua, 26.12.2025)',
  },
  url: 'https://news.finance.ua/ua/yak-samostiyno-skasuvaty-dovidku-vpo',
  verified: false,
  note:
    'News site: «Спеціальна форма заяви не затверджена»; persons from 14 apply themselves, for children under 14 a ' +
    'legal representative. The Kharkiv CNAP post (telegram mirror only) lists what the free-form application ' +
    'states (ПІБ, дата народження, РНОКПП, номер довідки, підстава); its sentence on what to bring was cut off.',
};

/** The Pension Fund’s typical card of the housing and utility privilege: only its header was read. */
const PFU_CARD_46_PRIVILEGE: LegalSource = {
  id: 'pfu-order-46-2024-privilege-card',
  act: {
    uk: 'Типова інформаційна картка адміністративної послуги з призначення пільги на оплату житла, комунальних послуг (наказ ПФУ від 24.04.2024 № 46)',
    en: 'Pension Fund typical information card: privilege on housing and utility payments (order 46 of 24.04.2024)',
  },
  number: '46',
  adopted: '2024-04-24',
  url: 'https://www.pfu.gov.ua/2164741-typova-informatsijna-kartka-administratyvnoyi-poslugy-z-pryznachennya-pilgy-na-oplatu-zhytla-komunalnyh-poslug/',
  verified: false,
  note:
    'Seen on pfu.gov.ua: «ЗАТВЕРДЖЕНО Наказ Пенсійного фонду України від 24.04.2024 № 46 … ТИПОВА ІНФОРМАЦІЙНА ' +
    'КАРТКА адміністративної послуги з призначення пільги на оплату житла, комунальних послуг». Only the header ' +
    'was in the copy read; its list of documents was not seen.',
};

/** Vilshanka (vilh.gov.ua): the privilege at the actual place of residence and the documents proving it. */
const VILH_PRIVILEGE_ACTUAL_RESIDENCE: LegalSource = {
  id: 'vilh-privilege-actual-residence-2025',
  act: {
    uk: 'Роз’яснення «Умови призначення пільги з оплати житлово-комунальних послуг за фактичним місцем проживання» (vilh.gov.ua, 28.01.2025)',
    en: 'Notice on the housing and utility privilege at the actual place of residence (vilh.gov.ua, 28.01.2025)',
  },
  url: 'https://vilh.gov.ua/umovi-priznachennya-pilgi-za-umovi-faktichnogo-prozhivannya-13-29-06-28-01-2025/',
  verified: true,
  note:
    'Quoted: «Документами, що підтверджують фактичне місце проживання пільговика, є довідка про взяття на облік ' +
    'внутрішньо переміщеної особи та інший офіційний документ, що підтверджує фактичне місце проживання ' +
    'пільговика, а в разі їх відсутності – акт обстеження … який складається посадовою особою виконавчого органу ' +
    '…ради» (КМУ 117). How the document is handed over is not stated.',
};

/** News quoting the Pension Fund: a rental contract also proves the actual residence for the privilege. */
const SUD_PRIVILEGE_ACTUAL_RESIDENCE: LegalSource = {
  id: 'sud-privilege-actual-residence-2025',
  act: {
    uk: 'Роз’яснення ПФУ про пільги за фактичним місцем проживання (за sud.ua)',
    en: 'Pension Fund explanation of privileges at the actual residence (as reported by sud.ua)',
  },
  url: 'https://sud.ua/uk/news/ukraine/341912-ukraintsam-obyasnili-mozhet-li-lgota-na-kommunalku-predostavlyatsya-po-adresu-fakticheskogo-prozhivaniya-lgotnika',
  verified: false,
  note:
    'News site quoting the Fund: «Для цього підходить довідка внутрішньо переміщеної особи, договір оренди чи інший ' +
    'офіційний документ»; otherwise an inspection report. That a renter living at the registered address needs ' +
    'none of these is not said.',
};

/** Zaporizhzhia oblast hromada notice on the fuel privilege (12.10.2021): application plus the stove certificate. */
const ZN_OTG_FUEL: LegalSource = {
  id: 'zn-otg-fuel-privilege-2021',
  act: {
    uk: 'Повідомлення «Надання пільг на придбання твердого палива і скрапленого газу» (zn-otg.gov.ua, 12.10.2021)',
    en: 'Hromada notice on privileges for buying solid fuel and liquefied gas (zn-otg.gov.ua, 12.10.2021)',
  },
  url: 'https://zn-otg.gov.ua/news/1634020232/',
  verified: true,
  note:
    'Quoted: «Для призначення пільги на придбання твердого палива та скрапленого газу пільговики або їх законні ' +
    'представники звертаються за зареєстрованим місцем проживання (або за фактичним місцем проживання), з ' +
    'відповідною заявою, до якої додається довідка про наявність у житловому приміщенні пічного опалення та / або ' +
    'кухонного вогнища на твердому паливі».',
};

/** Vchoraishe hromada (02.01.2026) quoting Порядок КМУ 373 on the fuel privilege. */
const VCHORAISHE_FUEL_373: LegalSource = {
  id: 'vchorayshenska-fuel-privilege-373-2026',
  act: {
    uk: 'Роз’яснення Вчорайшенської громади «Який порядок надання пільг на придбання твердого побутового палива?» (02.01.2026), за Порядком, затвердженим постановою КМУ № 373',
    en: 'Vchoraishe hromada notice on the solid fuel privilege (02.01.2026), per the procedure of Cabinet resolution 373',
  },
  url: 'https://vchorayshenska-gromada.gov.ua/news/1768225140/',
  verified: true,
  note:
    'Quoted: «призначається пільга на придбання твердого палива (до заяви додається довідка про наявність у ' +
    'житловому приміщенні пічного опалення та/або кухонного вогнища на твердому паливі)».',
};

/** The Kharkiv «Регіональний центр послуг» card of the fuel privilege (Pension Fund era). */
const RCP_KH_FUEL_CARD: LegalSource = {
  id: 'rcp-kh-fuel-privilege-card',
  act: {
    uk: 'Картка послуги «Призначення пільги на придбання твердого та рідкого пічного побутового палива і скрапленого газу» (Регіональний центр послуг, rcp.kh.ua)',
    en: 'Service card: privilege for buying solid and liquid stove fuel and liquefied gas (Kharkiv Regional service centre)',
  },
  url: 'https://rcp.kh.ua/category/pensiyniy/9750',
  verified: false,
  note:
    'Quoted: «Заява про надання пільг на оплату житловокомунальних послуг, придбання твердого палива і ' +
    'скрапленого газу; довідка про наявність у житловому приміщенні пічного опалення та/або кухонного вогнища на ' +
    'твердому паливі»; paper (in person, by post) or electronic (Pension Fund portal, Diia). rcp.kh.ua is not a ' +
    'gov.ua site and whose centre it is was not checked; undated. The same application form is presumed for the ' +
    'housing and utility privilege, which no card read here confirms.',
};

/** The Diia guide of the rent subsidy: who applies. */
const DIIA_GUIDE_RENT_APPLICATION: LegalSource = {
  id: 'diia-guide-rent-subsidy-application',
  act: {
    uk: 'Гід з державних послуг: «Надання субсидії на оплату вартості або частини вартості найму (оренди) житлового приміщення…»',
    en: 'Diia guide: rent subsidy for a dwelling',
  },
  url: 'https://guide.diia.gov.ua/view/nadannia-subsydii-na-oplatu-vartosti-abo-chastyny-vartosti-naimu-orendy-zhytlovoho-prymishchennia-ta-kompensatsii-chastyny-podat',
  verified: true,
  note:
    'Quoted: «Подати заяву на отримання послуги заявник може особисто або через законного представника»; ' +
    'electronically «з накладенням наймачем та наймодавцем кваліфікованих електронних підписів». The list under ' +
    '«Документи, що необхідно надати» was not in the copy read.',
};

/** Порядок КМУ 1225, п. 5, as the Kremenchuk news site and renews.com.ua (quoting the Pension Fund) give it. */
const RENT_1225_P5: LegalSource = {
  id: 'kmu-1225-2024-p5-as-reported',
  act: {
    uk: 'Порядок реалізації експериментального проєкту щодо надання субсидії на оплату вартості оренди житла (постанова КМУ № 1225), п. 5, як його переказують kremenchug.ua і renews.com.ua',
    en: 'Procedure of the experimental rent subsidy (Cabinet resolution 1225), point 5, as retold by kremenchug.ua and renews.com.ua',
  },
  number: '1225',
  provision: { uk: 'п. 5', en: 'point 5' },
  url: 'https://kremenchug.ua/news/economics/71064-kudi-zvertatisja-pereselencjam-dlja-oformlennja-subsidyi-na-orendovane-zhitlo-ta-jak-dokumenti-neobhdn.html',
  verified: false,
  note:
    'News: «Згідно з пунктом 5 Порядку … для отримання субсидії необхідно подати до органів Пенсійного фонду ' +
    'України: - підписаний договір найму житла; - заяву на призначення субсидії. У разі потреби також додаються: - ' +
    'копії документів, що підтверджують повноваження законного представника (представника за довіреністю)…»; ' +
    'renews.com.ua: «наймач та наймодавець подають». The official text of п. 5 was not read; whether the contract ' +
    'is handed over as the original or a copy is not said.',
};

/** legalist.com.ua on the rent subsidy: identity shown on paper, a qualified signature online. */
const LEGALIST_RENT: LegalSource = {
  id: 'legalist-rent-subsidy-identity',
  act: {
    uk: 'Роз’яснення «Субсидія на оплату житла для ВПО – куди і які подавати документи» (legalist.com.ua)',
    en: 'Explanation of the IDP rent subsidy documents (legalist.com.ua)',
  },
  url: 'https://legalist.com.ua/blog/sybsydiya-na-jutlo-dlya-vpo',
  verified: false,
  note:
    'A law firm blog retelling КМУ 1225: documents «повинні бути підписані наймачем житла та наймодавцем або їх ' +
    'законними представниками, у паперовій чи електронній формі (особа посвідчується відповідно документом або ' +
    'накладанням кваліфікованого електронного підпису)».',
};

/** The Oleksandriia CNAP page of the care allowance (local code 19-14): the list for group I. */
const OLEX_CARE_DOCUMENTS: LegalSource = {
  id: 'cnap-olexrada-care-allowance-documents',
  act: {
    uk: 'Опис послуги ЦНАП Олександрійської міської ради «Надання надбавки на догляд за особами з інвалідністю з дитинства та дітьми - інвалідами» (19-14)',
    en: 'Oleksandriia CNAP service page: care allowance for persons disabled since childhood and children with disabilities (19-14)',
  },
  url: 'https://cnap.olexrada.gov.ua/poslugi/posluga/225',
  verified: true,
  note:
    'Quoted: «Для призначення надбавки на догляд за особою з інвалідністю з дитинства I групи подається: заява; ' +
    'паспорт громадянина України або інший документ, який посвідчує особу; довідка про реєстраційний номер облікової ' +
    'картки платника податків; довідка про місце проживання особи з інвалідністю з дитинства чи копію паспорта … з ' +
    'відомостями про місце проживання; … якщо із заявою звертається опікун або піклувальник, то подається також ' +
    'копія рішення про встановлення опіки чи піклування та довідка про місце проживання законного представника…». ' +
    'The lists for groups II–III and for children were cut off in the copy read; how items are handed over is not ' +
    'stated.',
};

/** The Hlobyne CNAP page of the care allowance (03-38): the list including the legal representative. */
const HLOBYNE_CARE_DOCUMENTS: LegalSource = {
  id: 'hlobyne-cnap-care-allowance-documents',
  act: {
    uk: 'Опис послуги ЦНАП Глобинської громади «Надання надбавки на догляд за інвалідами з дитинства та дітьми з інвалідністю» (03-38)',
    en: 'Hlobyne CNAP service page: care allowance for persons disabled since childhood and children with disabilities (03-38)',
  },
  url: 'https://cnap.globynska-gromada.gov.ua/poslugi/posluga/167',
  verified: true,
  note:
    'Quoted: «1.Заява про призначення усіх видів соціальної допомоги. 2. Паспорт; довідка про реєстраційний номер ' +
    '… 3. Довідка з місця навчання із зазначенням факту перебування на повному державному утриманні. 4. Довідка про ' +
    'місце проживання інваліда з дитинства або дитини-інваліда чи копія паспорта… 5. Довідка про місце проживання ' +
    'законного представника, піклувальника, який подав заяву… 6. Копія трудової книжки, довідка з центру ' +
    'зайнятості…, довідка про доходи… 7. Довід[…]» (cut off). Items 3 and 6 carry no condition on the page and are ' +
    'left out.',
};

/** The Yakymivka council CNAP page of the assistance under Law 1727-IV. */
const AKIM_NO_PENSION: LegalSource = {
  id: 'akimcnap-no-pension-assistance-documents',
  act: {
    uk: 'Опис послуги ЦНАП Якимівської селищної ради «Державна соціальна допомога особам, які не мають права на пенсію, та особам з інвалідністю»',
    en: 'Yakymivka council CNAP page: assistance to persons without pension rights and persons with disabilities',
  },
  url: 'https://akimcnap.com.ua/derzhavna-sotsialna-dopomoga-osobam-yaki-ne-mayut-prava-na-pensiyu-ta-osobam-z-invalidnistyu/',
  verified: true,
  note:
    'A council CNAP page (not a gov.ua domain). Quoted: «Заява; Декларація про доходи та майно (заповнюється на ' +
    'підставі довідок про доходи кожного члена сім’ї) за останні шість календарних місяців або два квартали … (у ' +
    'разі потреби); Копія рішення суду про визнання особи недієздатною (для недієздатної особи); Копія рішення про ' +
    'призначення опікуна (для недієздатної особи, якій призначено опікуна); … Копія довідки про взяття на облік ' +
    'внутрішньо переміщеної особи, посвідчення біженця…» (cut off). Undated.',
};

/** The Berezan social protection office page of the same assistance: passport, РНОКПП, the МСЕК extract. */
const BEREZAN_NO_PENSION: LegalSource = {
  id: 'upszn-berezan-no-pension-assistance-documents',
  act: {
    uk: 'Перелік документів для призначення державної соціальної допомоги особам, які не мають права на пенсію, та особам з інвалідністю (upszn-berezan.com.ua)',
    en: 'Berezan social protection office list for assistance to persons without pension rights and persons with disabilities',
  },
  url: 'https://upszn-berezan.com.ua/638-2/',
  verified: false,
  note:
    'Quoted: «1. Заява про призначення допомоги, що складається за формою, затвердженою Мінсоцполітики; 2. паспорт; ' +
    '3. довідка про реєстраційний номер облікової картки платника податків…; 4. копія трудової книжки; 5. виписку ' +
    'з акта огляду медико-соціальною експертною комісією особи з інвалідністю (МСЕК); 6. декларація про доходи та ' +
    'майно … (у разі потреби)…». Not a gov.ua domain and undated. Item 4 (employment record book) is left out: ' +
    'no card on a public body’s site confirming it was read.',
};

/** The Nemovychi hromada table: documents of funeral assistance on the death of a recipient (Laws 2109-III, 1727-IV). */
const NEMOVYCKA_RECIPIENT_FUNERAL: LegalSource = {
  id: 'nemovycka-recipient-funeral-assistance-documents',
  act: {
    uk: 'Роз’яснення Немовицької громади «Допомога на поховання» (допомога у розмірі двох виплат державної соціальної допомоги)',
    en: 'Nemovychi hromada notice on funeral assistance (two payments of the state social assistance)',
  },
  url: 'https://nemovycka-gromada.gov.ua/news/1574934256/',
  verified: true,
  note:
    'Quoted: «Право на допомогу: Сім’я померлого або особа, яка здійснила поховання»; «Перелік документів: 1.Заява. ' +
    '2.Паспорт. 3.Ідентифікаційний код. 4.Довідка про смерть (в селах) або витяг з Державного реєстру актів ' +
    'цивільного стану громадян про смерть (в місті). 5.Довідка про те, що здійснили поховання за власний рахунок. 6. ' +
    'Довідка з місця проживання про перебування дитини на утриманні батьків»; «Розміри допомоги: Два розміри ' +
    'виплаченої допомоги згідно ЗУ … з дитинства … та ЗУ … які не мають права на пенсію». Published 2019 (per the ' +
    'page id). Item 6 has no stated condition and is left out; how items are handed over is not stated.',
};

/** The КМУ 695 application form and the death certificate (Oster technological card, domain notes §5.7 [V]). */
const FUNERAL_695_FORM: LegalSource = {
  id: 'funeral-recipient-kmu-695-form',
  act: {
    uk: 'Технологічна картка Остерської ОТГ: виплата допомоги на поховання одержувача державної соціальної допомоги (за нотатками §5.7)',
    en: 'Oster hromada technological card: funeral assistance on the death of a recipient (domain notes §5.7)',
  },
  verified: true,
  note:
    'Domain notes §5.7 [V]: application «за формою, затвердженою постановою КМУ від 11 червня 2025 року № 695», ' +
    'death certificate or extract (pravdorub.live copy of the Oster card; rcp.kh.ua/category/dopomoga/507). Seen ' +
    'again in this session on pravdorub.live: «свідоцтва про смерть одержувача … витяг з Державного реєстру актів ' +
    'цивільного стану громадян про смерть…».',
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
  {
    id: 'stove-heating-certificate',
    name: {
      uk: 'Довідка про наявність у житловому приміщенні пічного опалення та/або кухонного вогнища на твердому паливі',
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
  {
    serviceId: 'idp-certificate-cancellation',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява внутрішньо переміщеної особи про скасування дії довідки (у довільній формі: спеціальну форму не затверджено)',
          en: 'The internally displaced person’s application to cancel the certificate (free form: no form has been approved)',
        },
        basis: [IDP_CANCEL_ART_12, IDP_CANCEL_FREE_FORM],
      },
    ],
  },
  {
    serviceId: 'housing-utility-privileges',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява про надання пільг на оплату житлово-комунальних послуг, придбання твердого палива і скрапленого газу',
          en: 'The application for privileges on housing and utility payments, solid fuel and liquefied gas',
        },
        basis: [PFU_CARD_46_PRIVILEGE, RCP_KH_FUEL_CARD],
      },
      {
        id: 'actual-residence',
        documents: ['idp-certificate', 'rent-contract'],
        when: {
          any: [
            { fact: 'idp', equals: true },
            { fact: 'rentsHousing', equals: true },
          ],
        },
        form: 'copyWithOriginal',
        reason: {
          uk: 'Пільга за фактичним місцем проживання: довідка ВПО або договір оренди (інший офіційний документ; якщо їх немає — акт обстеження, який складає посадова особа ради)',
          en: 'The privilege at the actual place of residence: the IDP certificate or the rental contract (another official document; failing them, an inspection report drawn up by a council official)',
        },
        basis: [VILH_PRIVILEGE_ACTUAL_RESIDENCE, SUD_PRIVILEGE_ACTUAL_RESIDENCE],
      },
    ],
  },
  {
    serviceId: 'rent-subsidy',
    from: '2025-01-29',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява про призначення субсидії, яку подають наймач разом із наймодавцем (якщо наймодавець — юридична особа, наймач подає сам)',
          en: 'The application for the subsidy, made by the tenant together with the landlord (alone where the landlord is a legal entity)',
        },
        basis: [DIIA_GUIDE_RENT_APPLICATION, RENT_1225_P5],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        when: { fact: 'applicationForm', equals: 'paper' },
        form: 'presentOnly',
        reason: {
          uk: 'Заява на папері: особа посвідчується документом (в електронній формі — кваліфікованим електронним підписом)',
          en: 'A paper application: the person is identified by a document (electronically, by a qualified electronic signature)',
        },
        basis: [LEGALIST_RENT],
      },
      {
        id: 'rent-contract',
        documents: ['rent-contract'],
        form: 'copy',
        reason: {
          uk: 'Підписаний договір найму (оренди) житла',
          en: 'The signed housing rental contract',
        },
        basis: [RENT_1225_P5],
      },
      {
        id: 'representative-authority',
        documents: ['representative-authority'],
        when: { fact: 'applicant', in: ['legalRepresentative', 'proxy'] },
        form: 'copy',
        reason: {
          uk: 'Заяву подає законний представник або представник за довіреністю: копії документів про його повноваження',
          en: 'A legal representative or a proxy applies: copies of the documents showing their powers',
        },
        basis: [RENT_1225_P5],
      },
    ],
  },
  {
    serviceId: 'fuel-privilege',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява про надання пільг на оплату житлово-комунальних послуг, придбання твердого палива і скрапленого газу',
          en: 'The application for privileges on housing and utility payments, solid fuel and liquefied gas',
        },
        basis: [ZN_OTG_FUEL, RCP_KH_FUEL_CARD],
      },
      {
        id: 'stove-heating',
        documents: ['stove-heating-certificate'],
        form: 'original',
        reason: {
          uk: 'До заяви додається довідка про наявність у житловому приміщенні пічного опалення та/або кухонного вогнища на твердому паливі',
          en: 'The application comes with a certificate that the dwelling has stove heating and/or a solid-fuel kitchen hearth',
        },
        basis: [ZN_OTG_FUEL, VCHORAISHE_FUEL_373, RCP_KH_FUEL_CARD],
      },
    ],
  },
  {
    serviceId: 'disability-care-allowance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява про призначення надбавки на догляд',
          en: 'The application for the care allowance',
        },
        basis: [OLEX_CARE_DOCUMENTS, HLOBYNE_CARE_DOCUMENTS],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: IDENTITY_REASON,
        basis: [OLEX_CARE_DOCUMENTS, HLOBYNE_CARE_DOCUMENTS],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: RNOKPP_REASON,
        basis: [OLEX_CARE_DOCUMENTS, HLOBYNE_CARE_DOCUMENTS],
        fromRegister: RNOKPP_FROM_REGISTER,
      },
      {
        id: 'residence',
        documents: ['residence-proof'],
        form: 'original',
        reason: {
          uk: 'Місце проживання особи (дитини) з інвалідністю: довідка або копія паспорта з відомостями про місце проживання',
          en: 'Where the person (child) with a disability lives: a certificate, or a copy of the passport showing the residence',
        },
        basis: [OLEX_CARE_DOCUMENTS, HLOBYNE_CARE_DOCUMENTS],
      },
      {
        id: 'guardianship',
        documents: ['guardianship-decision'],
        when: { fact: 'guardian', equals: true },
        form: 'copy',
        reason: {
          uk: 'Заяву подає опікун або піклувальник: копія рішення про встановлення опіки чи піклування',
          en: 'A guardian or custodian applies: a copy of the decision establishing guardianship or custody',
        },
        basis: [OLEX_CARE_DOCUMENTS],
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
          uk: 'Заяву подає законний представник (опікун, піклувальник): його місце проживання',
          en: 'A legal representative (guardian, custodian) applies: where they live',
        },
        basis: [OLEX_CARE_DOCUMENTS, HLOBYNE_CARE_DOCUMENTS],
      },
    ],
  },
  {
    serviceId: 'no-pension-rights-assistance',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява про призначення допомоги за формою, затвердженою Мінсоцполітики',
          en: 'The application in the form approved by the Ministry of Social Policy',
        },
        basis: [AKIM_NO_PENSION, BEREZAN_NO_PENSION],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: IDENTITY_REASON,
        basis: [BEREZAN_NO_PENSION],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: RNOKPP_REASON,
        basis: [BEREZAN_NO_PENSION],
        fromRegister: RNOKPP_FROM_REGISTER,
      },
      {
        id: 'income-declaration',
        documents: ['income-declaration'],
        form: 'original',
        reason: {
          uk: 'Декларація про доходи та майно за останні шість календарних місяців або два квартали (картка: «у разі потреби»)',
          en: 'The declaration of income and property for the last six months or two quarters (the card says «where needed»)',
        },
        basis: [AKIM_NO_PENSION, BEREZAN_NO_PENSION],
      },
      {
        id: 'disability-certificate',
        documents: ['disability-certificate'],
        when: { fact: 'disability', equals: true },
        form: 'original',
        reason: {
          uk: 'Особі встановлено інвалідність: виписка з акта огляду МСЕК',
          en: 'The person has an established disability: the extract from the expert commission’s examination report',
        },
        basis: [BEREZAN_NO_PENSION],
      },
      {
        id: 'incapacity',
        documents: ['incapacity-court-decision'],
        when: {
          all: [
            { fact: 'applicant', equals: 'legalRepresentative' },
            { fact: 'age', atLeast: 18 },
          ],
        },
        form: 'copy',
        reason: {
          uk: 'Заяву за недієздатну повнолітню особу подає опікун: копія рішення суду про визнання її недієздатною',
          en: 'A guardian applies for an adult declared incapable: a copy of the court decision',
        },
        basis: [AKIM_NO_PENSION],
      },
      {
        id: 'guardianship',
        documents: ['guardianship-decision'],
        when: {
          all: [
            { fact: 'applicant', equals: 'legalRepresentative' },
            { fact: 'age', atLeast: 18 },
          ],
        },
        form: 'copy',
        reason: {
          uk: 'Недієздатній особі призначено опікуна: копія рішення про його призначення',
          en: 'The incapable person has a guardian: a copy of the decision appointing them',
        },
        basis: [AKIM_NO_PENSION],
      },
      {
        id: 'idp-certificate',
        documents: ['idp-certificate'],
        when: { fact: 'idp', equals: true },
        form: 'copy',
        reason: {
          uk: 'Особа — внутрішньо переміщена: копія довідки про взяття на облік',
          en: 'The person is internally displaced: a copy of the registration certificate',
        },
        basis: [AKIM_NO_PENSION],
      },
    ],
  },
  {
    serviceId: 'funeral-assistance-social-recipients',
    items: [
      {
        id: 'application',
        documents: ['application'],
        form: 'original',
        reason: {
          uk: 'Заява про призначення допомоги на поховання (з 01.07.2025 — за формою, затвердженою постановою КМУ від 11.06.2025 № 695)',
          en: 'The application for funeral assistance (from 01.07.2025 in the form approved by Cabinet resolution 695 of 11.06.2025)',
        },
        basis: [NEMOVYCKA_RECIPIENT_FUNERAL, FUNERAL_695_FORM],
      },
      {
        id: 'identity',
        documents: ['identity-document'],
        form: 'presentOnly',
        reason: IDENTITY_REASON,
        basis: [NEMOVYCKA_RECIPIENT_FUNERAL],
      },
      {
        id: 'rnokpp',
        documents: ['rnokpp'],
        form: 'copy',
        reason: RNOKPP_REASON,
        basis: [NEMOVYCKA_RECIPIENT_FUNERAL],
        fromRegister: RNOKPP_FROM_REGISTER,
      },
      {
        id: 'death',
        documents: ['death-certificate'],
        form: 'original',
        reason: {
          uk: 'Смерть одержувача допомоги: свідоцтво (довідка) про смерть або витяг з Державного реєстру актів цивільного стану',
          en: 'The death of the recipient: the death certificate or an extract from the civil status register',
        },
        basis: [NEMOVYCKA_RECIPIENT_FUNERAL, FUNERAL_695_FORM],
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
        basis: [NEMOVYCKA_RECIPIENT_FUNERAL],
      },
    ],
  },
];
