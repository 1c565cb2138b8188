import type { LegalSource } from '@vikno/deadlines';
import type { ServiceInput } from '../../schema.js';
import {
  ALL_MODELS,
  APPEAL_GENERAL,
  CEILING_TERM,
  FIRST_DAY_OF_PFU,
  FREE_AS_SOCIAL,
  LAST_DAY_BEFORE_PFU,
  LAW_5203_ART_10_CEILING,
  PFU,
  PFU_TRANSFER_2025,
  SEED_MODELS,
  transferredToPfu,
  USZN,
} from '../common.js';

/*
 * Sources. `verified: true` only where the wording or fact was seen in an official text or in a card or notice
 * published by a public body (a *.gov.ua site or a council's CNAP site); news sites and memory ship `false`.
 */

/** Law 1706-VII «Про забезпечення прав і свобод внутрішньо переміщених осіб». */
const LAW_1706: LegalSource = {
  id: 'law-1706-vii',
  act: {
    uk: 'Закон України «Про забезпечення прав і свобод внутрішньо переміщених осіб»',
    en: 'Law of Ukraine On Ensuring the Rights and Freedoms of Internally Displaced Persons',
  },
  number: '1706-VII',
  adopted: '2014-10-20',
  url: 'https://zakon.rada.gov.ua/laws/show/1706-18',
  verified: true,
  note: 'Title and zakon.rada address (1706-18) as linked by wiki.legalaid.gov.ua; date per the same page (domain notes [V]).',
};

/** Law 1706-VII Art. 4: the certificate confirms displacement; the application goes to the social protection unit. */
const LAW_1706_ART_4: LegalSource = {
  ...LAW_1706,
  id: 'law-1706-vii-art-4',
  provision: { uk: 'ст. 4', en: 'Art. 4' },
  verified: false,
  note:
    '«Факт внутрішнього переміщення підтверджується довідкою … що діє безстроково»; the person applies «до ' +
    'структурного підрозділу з питань соціального захисту населення …». Read on yurfact.com.ua (a 2016 redaction, ' +
    'secondary), not on zakon.rada.gov.ua.',
};

/** Law 1706-VII Art. 12: grounds for cancelling the certificate, the first being the person’s own application. */
const LAW_1706_ART_12: LegalSource = {
  ...LAW_1706,
  id: 'law-1706-vii-art-12',
  provision: { uk: 'ст. 12', en: 'Art. 12' },
  url: 'https://smr.gov.ua/uk/2016-03-14-08-10-17/informatsijni-materiali/informatsijni-materiali-z-pitan-sotszakhistu/191-dopomoga-pereselentsyam-zi-skhodu-ta-pivdnya-ukrajini/26794-pidstavi-dlya-skasuvannya-diji-dovidki-vpo.html',
  verified: true,
  note:
    'Sumy city council (smr.gov.ua) and hmelivska-gromada.gov.ua quote Art. 12: a ground for cancelling the ' +
    'certificate and entering it in the Unified database of IDPs is that the person «подала заяву на скасування ' +
    'дії довідки ВПО». The decision is taken by the head of the unit (text truncated in the copy read).',
};

/** КМУ resolution 509 of 01.10.2014 «Про облік внутрішньо переміщених осіб» (Порядок оформлення і видачі довідки). */
const KMU_509: LegalSource = {
  id: 'kmu-509-2014',
  act: {
    uk: 'Постанова КМУ «Про облік внутрішньо переміщених осіб» (Порядок оформлення і видачі довідки про взяття на облік внутрішньо переміщеної особи)',
    en: 'Cabinet resolution On the Registration of Internally Displaced Persons (procedure for issuing the IDP certificate)',
  },
  number: '509',
  adopted: '2014-10-01',
  url: 'https://zakon.rada.gov.ua/laws/show/509-2014-п',
  verified: true,
  note: 'Number, date and title seen on wiki.legalaid.gov.ua and in the copy of the resolution on minre.gov.ua.',
};

/** КМУ resolution 269 of 13.03.2022: CNAPs, authorised officials and Diia may take IDP applications. */
const KMU_269_2022: LegalSource = {
  id: 'kmu-269-2022',
  act: {
    uk: 'Постанова КМУ від 13.03.2022 № 269 (зміни до Порядку оформлення і видачі довідки про взяття на облік ВПО)',
    en: 'Cabinet resolution 269 of 13.03.2022 amending the IDP certificate procedure',
  },
  number: '269',
  adopted: '2022-03-13',
  url: 'https://zakon.rada.gov.ua/laws/show/269-2022-п',
  verified: true,
  note:
    'Text of the changes quoted by pidgayci-miskrada.gov.ua: application also «через Єдиний державний вебпортал ' +
    'електронних послуг (Портал Дія)» (where technically possible), and during martial law «до уповноваженої ' +
    'особи виконавчого органу сільської, селищної, міської ради або центру надання адміністративних послуг». ' +
    'The day it entered into force was not seen; the adoption date is used. URL built by the standard pattern.',
};

/** The Kyiv CNAP card of the IDP certificate: Register id, term, form, fee. */
const KYIV_CNAP_IDP_CARD: LegalSource = {
  id: 'kyiv-cnap-card-idp-certificate',
  act: {
    uk: 'Інформаційна картка ЦНАП м. Києва «Видача довідки про взяття на облік внутрішньо переміщеної особи»',
    en: 'Kyiv CNAP information card: issuing the IDP registration certificate',
  },
  url: 'https://kyivcnap.gov.ua/AdminServices/Details/90b66d26-a002-4b0e-87fe-0face1f790a5',
  verified: true,
  note:
    'Seen: «Ідентифікатор послуги: 00169»; «Строки надання: не пізніше ніж через 15 робочих днів після подання ' +
    'заяви»; «Вартість: Безоплатно»; form per annex 1 to the Порядок (КМУ 509). The card is undated.',
};

/** The Putyvl CNAP notice on IDP certificates (13.02.2026): same-day issue in practice, and where to apply. */
const PUTYVL_IDP_NOTICE: LegalSource = {
  id: 'putyvl-cnap-idp-certificates-2026',
  act: {
    uk: 'Повідомлення ЦНАП Путивльської громади «Довідки для ВПО» (13.02.2026)',
    en: 'Putyvl CNAP notice on IDP certificates (13.02.2026)',
  },
  url: 'https://cnap.putivlska-gromada.gov.ua/news/293578-dovidki-dlia-vpo',
  verified: true,
  note:
    '«Оформлення довідки … здійснюється безкоштовно через застосунок «Дія», у ЦНАП, звернувшись до органів ' +
    'соціального захисту населення (УСЗН) або уповноважених осіб територіальних громад»; «Довідка видається в ' +
    'день подання заяви». No Pension Fund role is mentioned.',
};

/** Nothing found on whether IDP certificate applications travel through «Соціальна громада». */
const IDP_DELIVERY_NOTE: LegalSource = {
  ...SEED_MODELS,
  id: 'idp-certificate-delivery-unknown',
  verified: false,
  note:
    'No source was found on whether IDP certificate applications go through «Соціальна громада». Since КМУ 269 ' +
    '(2022) a CNAP or an authorised hromada official takes the application directly, so the three models may not ' +
    'fit this service; the general models are shipped as a default.',
};

/** The name of the cancellation service as a news site quotes the state services portal. */
const IDP_CANCEL_NAME: LegalSource = {
  id: 'idp-certificate-cancellation-name-fakty-2026',
  act: {
    uk: 'Назва послуги на порталі державних послуг, як її цитують «Факти ICTV» (17.02.2026)',
    en: 'Service name on the state services portal as quoted by Fakty ICTV (17.02.2026)',
  },
  url: 'https://fakty.com.ua/ua/ukraine/suspilstvo/20260217-yak-znyatysya-z-obliku-vpo-instrukcziya/',
  verified: false,
  note:
    'News site: «Прийняття рішення про скасування дії довідки про взяття на облік внутрішньо переміщеної особи за ' +
    'заявою внутрішньо переміщеної особи»; applications to social protection units, executive bodies of councils ' +
    'and CNAPs. The Register entry itself was not seen.',
};

/** How to cancel the certificate (free-form application, Diia), per news and a CNAP channel mirror. */
const IDP_CANCEL_HOW: LegalSource = {
  id: 'idp-certificate-cancellation-how-2025',
  act: {
    uk: 'Роз’яснення щодо відмови від довідки ВПО (news.finance.ua, 26.12.2025; ЦНАП м. Харкова)',
    en: 'Explanations on renouncing the IDP certificate (news.finance.ua 26.12.2025; Kharkiv CNAP)',
  },
  url: 'https://news.finance.ua/ua/yak-samostiyno-skasuvaty-dovidku-vpo',
  verified: false,
  note:
    'news.finance.ua: apply in person to the social protection body or a CNAP, or online in Diia; «Спеціальна ' +
    'форма заяви не затверджена». The Kharkiv CNAP channel (seen only on a telegram mirror) lists the contents of ' +
    'the free-form application. No decision term was found.',
};

/** КМУ resolution 332 of 20.03.2022: the living allowance for IDPs. */
const KMU_332: LegalSource = {
  id: 'kmu-332-2022',
  act: {
    uk: 'Постанова КМУ «Деякі питання виплати допомоги на проживання внутрішньо переміщеним особам»',
    en: 'Cabinet resolution on certain issues of paying the living allowance to internally displaced persons',
  },
  number: '332',
  adopted: '2022-03-20',
  url: 'https://zakon.rada.gov.ua/laws/show/332-2022-п',
  verified: true,
  note:
    'Number, date and title seen on ivaselrada.gov.ua (04.05.2022), which also says the allowance was paid for ' +
    'March and April 2022. The in-force date was not seen; the adoption date starts the service. URL by the ' +
    'standard pattern.',
};

/** КМУ resolution 923 of 19.08.2022: the 10-working-day term for the living allowance. */
const KMU_923_TERM: LegalSource = {
  id: 'kmu-923-2022-term',
  act: {
    uk: 'Постанова КМУ від 19.08.2022 № 923 (зміни до Порядку № 332)',
    en: 'Cabinet resolution 923 of 19.08.2022 amending procedure 332',
  },
  number: '923',
  adopted: '2022-08-19',
  url: 'https://zakon.rada.gov.ua/laws/show/923-2022-п',
  verified: false,
  note:
    '«Допомога на проживання має призначатися органом соцзахисту населення протягом десяти робочих днів після ' +
    'надходження заяви» as napensii.ua (news) reports it; the official text and the in-force date were not read, ' +
    'so the term is applied from the adoption date. URL by the standard pattern.',
};

/** The Rivne CNAP card for the living allowance: form, fee, refusal ground, where to apply. */
const CNAPRV_332_CARD: LegalSource = {
  id: 'rivne-cnap-card-idp-living-allowance',
  act: {
    uk: 'Інформаційна картка ЦНАП м. Рівного: допомога на проживання ВПО',
    en: 'Rivne CNAP information card: IDP living allowance',
  },
  url: 'https://www.cnaprv.gov.ua/services/vpo/vidacha_dovidki_pro_vzyattya_na_oblik_vnutrishno_peremishhenoi_osobi_kopiya',
  verified: true,
  note:
    'Seen: «Заява за формою згідно з додатком 5 до Порядку … № 332»; «Адміністративна послуга є безоплатною»; ' +
    'refusal on failed verification against пп. 13¹–13⁴ of Порядок 332; application via Diia, to the department ' +
    'and its workplaces in the CNAP. The card is undated.',
};

/** Kozova council notice (2022): the living allowance through the CNAP or authorised hromada officials. */
const KOZOVA_332_NOTICE: LegalSource = {
  id: 'kozova-idp-living-allowance-2022',
  act: {
    uk: 'Повідомлення Козівської громади «До уваги внутрішньо переміщених осіб» (2022)',
    en: 'Kozova hromada notice to internally displaced persons (2022)',
  },
  url: 'https://kozova-rada.gov.ua/news/1649682396/',
  verified: true,
  note: '«…потрібно звернутися в ЦНАП або до уповноважених осіб громади (старост сіл)»; amounts 3 000 / 2 000 грн.',
};

/** The living allowance decided by the Pension Fund from 01.07.2025, per a news report of the ministry’s notice. */
const LIVING_ALLOWANCE_PFU_2025: LegalSource = {
  id: 'idp-living-allowance-pfu-2025',
  act: {
    uk: 'Роз’яснення Мінсоцполітики про допомогу на проживання ВПО з 01.07.2025 (за NV, 25.07.2025)',
    en: 'Ministry of Social Policy explanation on the IDP living allowance from 01.07.2025 (as reported by NV)',
  },
  url: 'https://nv.ua/ukraine/events/vyplaty-vpl-2025-kak-po-novomu-poluchat-pomoshch-kuda-teper-obrashchatsya-50532409.html',
  verified: false,
  note:
    'News site quoting msp.gov.ua: from 01.07.2025 the Pension Fund bodies consider applications, decide and ' +
    'accrue the allowance; applications via Diia and Pension Fund service centres, not only there. The ministry ' +
    'notice itself was not read.',
};

/** Law 1768-III «Про державну соціальну допомогу малозабезпеченим сім’ям». */
const LAW_1768: LegalSource = {
  id: 'law-1768-iii',
  act: {
    uk: 'Закон України «Про державну соціальну допомогу малозабезпеченим сім’ям»',
    en: 'Law of Ukraine On State Social Assistance to Low-Income Families',
  },
  number: '1768-III',
  adopted: '2000-06-01',
  url: 'https://zakon.rada.gov.ua/laws/show/1768-14',
  verified: false,
  note: 'Number and date seen in copies on pensia.ua and base.spinform.ru, not on zakon.rada; URL by the standard pattern.',
};

/** КМУ resolution 250 of 24.02.2003: the procedure for assigning low-income family assistance. */
const KMU_250: LegalSource = {
  id: 'kmu-250-2003',
  act: {
    uk: 'Постанова КМУ «Про затвердження Порядку призначення і виплати державної соціальної допомоги малозабезпеченим сім’ям»',
    en: 'Cabinet resolution approving the procedure for assigning and paying state social assistance to low-income families',
  },
  number: '250',
  adopted: '2003-02-24',
  url: 'https://zakon.rada.gov.ua/laws/show/250-2003-п',
  verified: false,
  note:
    'Date 24.02.2003 seen only in secondary copies (cis-legislation.com translation, temis.ua, novyny.live); ' +
    'uszndru.at.ua gives 24.03.2003. Its п. 3 (translation) names social protection bodies as deciders and lets ' +
    'village and settlement councils take applications. URL by the standard pattern.',
};

/** The low-income assistance administered by the Pension Fund in 2025, per news citing the Fund. */
const LOW_INCOME_PFU_2025: LegalSource = {
  id: 'low-income-assistance-pfu-2025',
  act: {
    uk: 'Повідомлення ПФУ про державну соціальну допомогу малозабезпеченим сім’ям (за РБК-Україна, 21.08.2025)',
    en: 'Pension Fund information on low-income family assistance (as reported by RBC-Ukraine, 21.08.2025)',
  },
  url: 'https://www.rbc.ua/rus/news/dopomoga-malozabezpechenim-sim-yam-2025-rotsi-1755766270.html',
  verified: false,
  note:
    'News sites (rbc.ua; novyny.live citing the Pension Fund office in Donetsk oblast) say the assistance is paid ' +
    'through the Pension Fund in 2025. No official list naming this type among those transferred on 01.07.2025 ' +
    'was read. A base social assistance experiment (КМУ 371 of 25.03.2025, per focus.ua) pays families who receive ' +
    'this assistance from 01.07.2025.',
};

/** The Kropyvnytskyi CNAP list of social services, giving the official names. */
const KROPYVNYTSKYI_LIST: LegalSource = {
  id: 'kropyvnytskyi-cnap-social-services-2023',
  act: {
    uk: 'Перелік послуг Департаменту соціальної політики, ЦНАП м. Кропивницького (оновлено 07.08.2023)',
    en: 'Kropyvnytskyi CNAP list of social policy department services (updated 07.08.2023)',
  },
  url: 'https://dozvil.kr-rada.gov.ua/declamation/departament-sotsialnoyi-politiki-miskoyi-radi/',
  verified: true,
  note: 'Item 6: «Призначення державної соціальної допомоги малозабезпеченим сім’ям».',
};

/** КМУ resolution 848 of 21.10.1995: the housing subsidy regulation (Положення). */
const KMU_848: LegalSource = {
  id: 'kmu-848-1995',
  act: {
    uk: 'Постанова КМУ «Про спрощення порядку надання населенню субсидій для відшкодування витрат на оплату житлово-комунальних послуг, придбання скрапленого газу, твердого та рідкого пічного побутового палива» (Положення про порядок призначення житлових субсидій)',
    en: 'Cabinet resolution simplifying housing subsidies for utilities, liquefied gas and solid and liquid stove fuel (Regulation on assigning housing subsidies)',
  },
  number: '848',
  adopted: '1995-10-21',
  url: 'https://zakon.rada.gov.ua/laws/show/848-95-п',
  verified: true,
  note: 'Number, date and title seen on dsp.kyivcity.gov.ua and volycya-gromada.gov.ua; URL by the standard pattern.',
};

/** Law 2189-VIII «Про житлово-комунальні послуги». */
const LAW_2189: LegalSource = {
  id: 'law-2189-viii',
  act: {
    uk: 'Закон України «Про житлово-комунальні послуги»',
    en: 'Law of Ukraine On Housing and Utility Services',
  },
  number: '2189-VIII',
  adopted: '2017-11-09',
  url: 'https://zakon.rada.gov.ua/laws/show/2189-19',
  verified: true,
  note: 'Cited as the legal basis of the subsidy by shostka-rada.gov.ua and snovmr.gov.ua; URL by the standard pattern.',
};

/** The Snovsk CNAP list: the official name of the housing subsidy service (local code 02-01). */
const SNOVSK_LIST: LegalSource = {
  id: 'snovsk-cnap-list',
  act: {
    uk: 'Перелік адміністративних послуг ЦНАП Сновської міської ради',
    en: 'Snovsk CNAP list of services',
  },
  url: 'https://snovmr.gov.ua/',
  verified: true,
  note:
    '«02-01 Надання субсидії для відшкодування витрат на оплату житлово-комунальних послуг, придбання ' +
    'скрапленого газу, твердого та рідкого пічного побутового [палива]»; «02-02 Призначення пільг…». 02-01 and ' +
    '02-02 are local codes, not Register ids.',
};

/** КМУ resolution 1041 of 16.09.2022: subsidies and privileges handed to the Pension Fund. */
const KMU_1041: LegalSource = {
  id: 'kmu-1041-2022',
  act: {
    uk: 'Постанова КМУ «Деякі питання надання житлових субсидій та пільг на оплату житлово-комунальних послуг, придбання твердого та рідкого пічного побутового палива і скрапленого газу Пенсійним фондом України»',
    en: 'Cabinet resolution on housing subsidies and privileges for utilities, solid and liquid stove fuel and liquefied gas provided by the Pension Fund',
  },
  number: '1041',
  adopted: '2022-09-16',
  url: 'https://zakon.rada.gov.ua/laws/show/1041-2022-п',
  verified: true,
  note:
    'Number, date and title seen on bolekhiv-rada.gov.ua and in a copy of the text on docs.dtkt.ua. Which ' +
    'provision sets 01.12.2022 was not read. URL by the standard pattern.',
};

/** The switch of subsidies and privileges to the Pension Fund on 01.12.2022, as a hromada announced it. */
const SUBSIDY_PFU_2022: LegalSource = {
  id: 'subsidies-privileges-pfu-2022-12-01',
  act: {
    uk: 'Повідомлення Веснянської громади про передання призначення субсидій та пільг Пенсійному фонду України',
    en: 'Vesnianka hromada notice on handing subsidies and privileges to the Pension Fund',
  },
  inForce: '2022-12-01',
  url: 'https://vesnyanska-gromada.gov.ua/news/1672308859',
  verified: true,
  note:
    '«Урядом у вересні … прийнято рішення щодо передання функцій з призначення, нарахування і виплати житлових ' +
    'субсидій та пільг до органів Пенсійного фонду України з 1 грудня 2022 року»; documents go to any Pension Fund ' +
    'service centre in person or by post, to authorised officials of the council, to the CNAP, or through the ' +
    'portal. The Cherkasy Pension Fund office said the same (old.moshny.ck.ua). Payment alone moved on 01.10.2022.',
};

/** Where to apply for a housing subsidy now (Pension Fund era), per a council notice. */
const SUBSIDY_CHANNELS_PFU: LegalSource = {
  id: 'housing-subsidy-channels-komr',
  act: {
    uk: 'Повідомлення «Які документи необхідні для призначення житлової субсидії» (komr.gov.ua)',
    en: 'Council notice on documents and channels for the housing subsidy (komr.gov.ua)',
  },
  url: 'https://komr.gov.ua/news/yaki-dokumenty-neobhidni-dlya-pryznachennya-zhytlovoyi-subsydiyi',
  verified: true,
  note:
    'In person at any Pension Fund service centre, to authorised officials of the council, at a CNAP; by post to ' +
    'the Fund; online through the Pension Fund portal, its mobile app or Diia. The notice is undated.',
};

/** Before the Pension Fund: applications through councils and CNAPs passed to the social protection unit. */
const SUBSIDY_CHANNELS_USZN: LegalSource = {
  id: 'housing-subsidy-channels-uszn',
  act: {
    uk: 'Повідомлення громад про прийом заяв на субсидії та пільги через ЦНАП і виконавчі органи рад',
    en: 'Hromada notices on subsidy and privilege applications through CNAPs and councils',
  },
  url: 'https://fursivska-gromada.gov.ua/',
  verified: false,
  note:
    'fursivska-gromada.gov.ua (domain notes [V]): «заяви … приймаються … посадовими особами центру надання ' +
    'адміністративних послуг і передаються відповідному органу соціального захисту населення». Post to the ' +
    'social protection body is from lenta.ua (news, 2022). Exact page and dates not seen by this author.',
};

/** КМУ resolution 373 of 17.04.2019: privileges (including solid fuel and liquefied gas) in cash form. */
const KMU_373: LegalSource = {
  id: 'kmu-373-2019',
  act: {
    uk: 'Постанова КМУ «Деякі питання надання житлових субсидій та пільг на оплату житлово-комунальних послуг, придбання твердого палива і скрапленого газу у грошовій формі» (Порядок надання пільг … у грошовій формі)',
    en: 'Cabinet resolution on subsidies and privileges for utilities, solid fuel and liquefied gas in cash form (procedure for cash privileges)',
  },
  number: '373',
  adopted: '2019-04-17',
  url: 'https://zakon.rada.gov.ua/laws/show/373-2019-п',
  verified: false,
  note:
    'Title, number, date and «Затвердити Порядок надання пільг на оплату житлово-комунальних послуг, придбання ' +
    'твердого палива і скрапленого газу у грошовій формі» seen in a copy of the text on zbutenergo.kharkov.ua (a ' +
    'utility site), not on zakon.rada. The copy lists amendments 807/2019, 1123 of 27.12.2019, 329/2020.',
};

/** КМУ resolution 1123 of 27.12.2019: unified privilege procedures for utilities and for solid fuel. */
const KMU_1123_2019: LegalSource = {
  id: 'kmu-1123-2019',
  act: {
    uk: 'Постанова КМУ від 27.12.2019 № 1123 (зміни щодо надання житлових субсидій та пільг)',
    en: 'Cabinet resolution 1123 of 27.12.2019 amending the subsidy and privilege procedures',
  },
  number: '1123',
  adopted: '2019-12-27',
  url: 'https://zakon.rada.gov.ua/laws/show/1123-2019-п',
  verified: false,
  note:
    'auc.org.ua (association of cities): «уніфіковані порядки надання пільг на ЖКП та на придбання твердого ' +
    'палива і скрапленого газу»; «пільги на придбання твердого палива і скрапленого газу надаються один раз на ' +
    'рік у грошовій готівковій формі». The copy of КМУ 373 names 1123 as renaming it. URL by the standard pattern.',
};

/** КМУ resolution 117 of 29.01.2003: the Register of persons entitled to privileges. */
const KMU_117: LegalSource = {
  id: 'kmu-117-2003',
  act: {
    uk: 'Постанова КМУ від 29.01.2003 № 117 про Єдиний державний автоматизований реєстр осіб, які мають право на пільги',
    en: 'Cabinet resolution 117 of 29.01.2003 on the Register of persons entitled to privileges',
  },
  number: '117',
  adopted: '2003-01-29',
  url: 'https://zakon.rada.gov.ua/laws/show/117-2003-п',
  verified: true,
  note:
    'Number and date seen on vilh.gov.ua (title given as «Про Реєстр осіб, які мають право на пільги») and ' +
    'volycya-gromada.gov.ua («Про Єдиний державний автоматизований реєстр …»). URL by the standard pattern.',
};

/** The Pension Fund’s typical information card for privileges on housing and utilities, order 46 of 24.04.2024. */
const PFU_CARD_46: LegalSource = {
  id: 'pfu-order-46-2024',
  act: {
    uk: 'Наказ Пенсійного фонду України (типова інформаційна картка: призначення пільги на оплату житла, комунальних послуг)',
    en: 'Pension Fund order approving the typical information card for privileges on housing and utility payments',
  },
  number: '46',
  adopted: '2024-04-24',
  url: 'https://www.pfu.gov.ua/2164741-typova-informatsijna-kartka-administratyvnoyi-poslugy-z-pryznachennya-pilgy-na-oplatu-zhytla-komunalnyh-poslug/',
  verified: true,
  note: 'Seen on pfu.gov.ua: «ЗАТВЕРДЖЕНО Наказ Пенсійного фонду України від 24.04.2024 № 46». Only its header was read.',
};

/** A regional Pension Fund card for the solid fuel and liquefied gas privilege (Poltava, 2023). */
const PFU_POLTAVA_FUEL_CARD: LegalSource = {
  id: 'pfu-poltava-card-fuel-privilege-2023',
  act: {
    uk: 'Інформаційна картка ГУ ПФУ в Полтавській області: призначення пільги на придбання твердого та рідкого пічного побутового палива і скрапленого газу',
    en: 'Poltava Pension Fund office card: privilege for buying solid and liquid stove fuel and liquefied gas',
  },
  url: 'https://tereshkivska.gromada.org.ua/news/1692951446/',
  verified: true,
  note:
    'Published by the Tereshky hromada (25.08.2023): approved by order of the Pension Fund office in Poltava ' +
    'oblast of 24.04.2023 (number garbled as «501» in the copy). Its legal acts list begins with the veterans ' +
    'laws; the rest, and the term, were not read.',
};

/** КМУ resolution 1225 of 25.10.2024: the experimental rent subsidy for IDPs. */
const KMU_1225: LegalSource = {
  id: 'kmu-1225-2024',
  act: {
    uk: 'Постанова КМУ № 1225 (Порядок реалізації експериментального проекту щодо надання субсидії на оплату вартості або частини вартості найму (оренди) житлового приміщення та компенсації частини податку на доходи фізичних осіб та військового збору)',
    en: 'Cabinet resolution 1225 (experimental rent subsidy for housing and compensation of part of the income tax and military levy)',
  },
  number: '1225',
  adopted: '2024-10-25',
  url: 'https://zakon.rada.gov.ua/laws/show/1225-2024-п',
  verified: false,
  note:
    'Number seen on gov.ua hromada notices (prysyvaska-gromada.gov.ua, mylyacka-gromada.gov.ua); the date ' +
    '25.10.2024 only on kremenchug.ua (news) and a tgstat mirror of the Pension Fund channel. A two-year ' +
    'experiment from entry into force (mylyacka-gromada.gov.ua); its end date is not encoded. URL by the pattern.',
};

/** The rent subsidy start on 29.01.2025, as hromadas announced it. */
const RENT_SUBSIDY_START: LegalSource = {
  id: 'rent-subsidy-start-2025-01-29',
  act: {
    uk: 'Повідомлення громад про набрання чинності постановою № 1225 (субсидія на оренду житла для ВПО)',
    en: 'Hromada notices on resolution 1225 entering into force (IDP rent subsidy)',
  },
  inForce: '2025-01-29',
  url: 'https://mylyacka-gromada.gov.ua/news/?p=2',
  verified: true,
  note:
    'mylyacka-gromada.gov.ua: «29 січня 2025 року набере чинності постанова Уряду №1225 … Експериментальний ' +
    'проєкт триватиме два роки»; staroost.gov.ua (29.01.2025): «Відсьогодні … доступний новий інструмент».',
};

/** The rent subsidy is applied for at the Pension Fund, jointly with the landlord. */
const RENT_SUBSIDY_PFU: LegalSource = {
  id: 'rent-subsidy-pfu-notice-2025',
  act: {
    uk: 'Повідомлення Присиваської громади «Субсидія на оренду житла для ВПО» (10.03.2025)',
    en: 'Prysyvaska hromada notice on the IDP rent subsidy (10.03.2025)',
  },
  url: 'https://prysyvaska-gromada.gov.ua/news/1741633878',
  verified: true,
  note:
    '«Підпишіть договір оренди та подайте заяву до Пенсійного фонду України (ПФУ) разом із орендодавцем»; ' +
    '«Подайте документи онлайн або в паперовій формі - до Пенсійного фонду України чи … ЦНАП».',
};

/** The Diia guide page of the rent subsidy: where and how to apply. */
const DIIA_GUIDE_RENT: LegalSource = {
  id: 'diia-guide-rent-subsidy',
  act: {
    uk: 'Гід з державних послуг: «Надання субсидії на оплату вартості або частини вартості найму (оренди) житлового приміщення…»',
    en: 'Diia guide: rent subsidy for a dwelling',
  },
  url: 'https://guide.diia.gov.ua/view/nadannia-subsydii-na-oplatu-vartosti-abo-chastyny-vartosti-naimu-orendy-zhytlovoho-prymishchennia-ta-kompensatsii-chastyny-podat',
  verified: true,
  note:
    'On paper at service centres of the Pension Fund main offices, CNAPs and authorised banks; electronically ' +
    'through the Pension Fund web portal and mobile app (and the ministry’s social portal where possible). No ' +
    'Register id appears on the page as read.',
};

/** The 10-day decision term for the rent subsidy, per a news site quoting the government portal. */
const RENT_SUBSIDY_TERM: LegalSource = {
  id: 'rent-subsidy-term-napensii',
  act: {
    uk: 'Повідомлення про строк ухвалення рішення про субсидію на оренду (napensii.ua за «Урядом online»)',
    en: 'Report on the rent subsidy decision term (napensii.ua quoting the government portal)',
  },
  url: 'https://napensii.ua/uk/news/352373-z-29-sichnya-startuye-nova-programa-dopomogy-dlya-pereselencziv-yak-yiyi-otrymaty/amp',
  verified: false,
  note:
    '«Рішення про призначення субсидії приймається протягом десяти днів після подання заявки» (news). The day ' +
    'type is not given; calendar days assumed. The provision of Порядок 1225 was not read.',
};

/** Where applications go once the Pension Fund decides (PFU_TRANSFER_2025, SUBSIDY_PFU_2022). */
const SOCIAL_CHANNELS_PFU = ['cnap', 'starostaOrAuthorisedOfficial', 'pfuOffice', 'post'] as const;

/** The IDP registration certificate (довідка ВПО). */
const idpCertificate: ServiceInput = {
  id: 'idp-certificate',
  registerId: '00169',
  social: true,
  names: [
    {
      value: {
        uk: 'Видача довідки про взяття на облік внутрішньо переміщеної особи',
        en: 'Issuing the certificate of registration as an internally displaced person',
      },
      basis: [KYIV_CNAP_IDP_CARD, KMU_509],
    },
  ],
  description: {
    uk: 'Довідка, що підтверджує факт внутрішнього переміщення та взяття особи на облік як ВПО; діє безстроково.',
    en: 'A certificate confirming that the person is internally displaced and registered as such; it does not expire.',
  },
  keywords: ['ВПО', 'довідка ВПО', 'переселенець', 'внутрішньо переміщена особа', 'облік ВПО'],
  available: [{ value: true, basis: [KMU_509, LAW_1706] }],
  provider: [{ value: USZN, basis: [LAW_1706_ART_4, PUTYVL_IDP_NOTICE] }],
  legalBasis: [{ value: [LAW_1706, KMU_509], basis: [KMU_509] }],
  fee: FREE_AS_SOCIAL,
  term: [{ value: { kind: 'term', term: { amount: 15, unit: 'workingDays' } }, basis: [KYIV_CNAP_IDP_CARD] }],
  result: [
    {
      value: [
        {
          uk: 'Довідка про взяття на облік внутрішньо переміщеної особи',
          en: 'Certificate of registration as an internally displaced person',
        },
      ],
      basis: [LAW_1706_ART_4, KYIV_CNAP_IDP_CARD],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    { to: '2022-03-12', value: ['usznOffice'], basis: [LAW_1706_ART_4] },
    {
      from: '2022-03-13',
      value: ['usznOffice', 'cnap', 'starostaOrAuthorisedOfficial', 'diia'],
      basis: [KMU_269_2022, PUTYVL_IDP_NOTICE],
    },
  ],
  delivery: [{ value: { models: ['I', 'II', 'III'], socialHromada: true }, basis: [IDP_DELIVERY_NOTE] }],
  applicationForm: [
    {
      value: {
        uk: 'Заява про взяття на облік за формою згідно з додатком 1 до Порядку, затвердженого постановою КМУ № 509',
        en: 'Application for registration in the form of annex 1 to the procedure approved by Cabinet resolution 509',
      },
      basis: [KYIV_CNAP_IDP_CARD],
    },
  ],
  lifeSituations: ['internalDisplacement'],
};

/** Cancelling the IDP certificate at the person’s own request. */
const idpCertificateCancellation: ServiceInput = {
  id: 'idp-certificate-cancellation',
  social: true,
  names: [
    {
      value: {
        uk: 'Прийняття рішення про скасування дії довідки про взяття на облік внутрішньо переміщеної особи за заявою внутрішньо переміщеної особи',
        en: 'Decision to cancel the IDP registration certificate at the internally displaced person’s request',
      },
      basis: [IDP_CANCEL_NAME],
    },
  ],
  description: {
    uk: 'Зняття з обліку ВПО за власною заявою особи (наприклад, після повернення додому); відомості вносяться до Єдиної інформаційної бази даних про ВПО.',
    en: 'Deregistration as an IDP at the person’s own request (for example after returning home); the record is updated in the Unified database of IDPs.',
  },
  keywords: ['ВПО', 'скасування довідки ВПО', 'зняття з обліку ВПО', 'відмова від статусу ВПО'],
  available: [{ value: true, basis: [LAW_1706_ART_12] }],
  provider: [{ value: USZN, basis: [LAW_1706_ART_12, IDP_CANCEL_NAME] }],
  legalBasis: [{ value: [LAW_1706_ART_12, KMU_509], basis: [LAW_1706_ART_12] }],
  fee: FREE_AS_SOCIAL,
  term: [
    {
      value: { kind: 'term', term: { amount: 30, unit: 'calendarDays' } },
      basis: [LAW_5203_ART_10_CEILING, IDP_CANCEL_HOW],
    },
  ],
  result: [
    {
      value: [
        {
          uk: 'Рішення про скасування дії довідки про взяття на облік ВПО та внесення відомостей до Єдиної інформаційної бази даних про ВПО',
          en: 'A decision cancelling the IDP certificate, entered in the Unified database of IDPs',
        },
      ],
      basis: [LAW_1706_ART_12],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    {
      value: ['usznOffice', 'cnap', 'starostaOrAuthorisedOfficial', 'diia'],
      basis: [IDP_CANCEL_NAME, IDP_CANCEL_HOW],
    },
  ],
  delivery: [{ value: { models: ['I', 'II', 'III'], socialHromada: true }, basis: [IDP_DELIVERY_NOTE] }],
  applicationForm: [
    {
      value: {
        uk: 'Заява в довільній формі (спеціальну форму не затверджено)',
        en: 'A free-form application (no form has been approved)',
      },
      basis: [IDP_CANCEL_HOW],
    },
  ],
  lifeSituations: ['internalDisplacement'],
};

/** The living allowance for IDPs (КМУ 332). */
const idpLivingAllowance: ServiceInput = {
  id: 'idp-living-allowance',
  social: true,
  names: [
    {
      value: {
        uk: 'Надання допомоги на проживання внутрішньо переміщеним особам',
        en: 'Living allowance for internally displaced persons',
      },
      basis: [KMU_332],
    },
  ],
  description: {
    uk: 'Щомісячна допомога на проживання внутрішньо переміщеним особам, які відповідають критеріям Порядку № 332.',
    en: 'A monthly living allowance for internally displaced persons who meet the criteria of procedure 332.',
  },
  keywords: ['ВПО', 'допомога ВПО', 'допомога на проживання', 'переселенці'],
  available: [{ from: '2022-03-20', value: true, basis: [KMU_332] }],
  provider: transferredToPfu([KMU_332, CNAPRV_332_CARD], [LIVING_ALLOWANCE_PFU_2025]),
  legalBasis: [{ value: [KMU_332, LAW_1706], basis: [KMU_332] }],
  fee: FREE_AS_SOCIAL,
  term: [
    {
      to: '2022-08-18',
      value: { kind: 'term', term: { amount: 30, unit: 'calendarDays' } },
      basis: [LAW_5203_ART_10_CEILING],
    },
    {
      from: '2022-08-19',
      value: { kind: 'term', term: { amount: 10, unit: 'workingDays' } },
      basis: [KMU_923_TERM],
    },
  ],
  result: [
    {
      value: [
        {
          uk: 'Рішення про призначення допомоги на проживання або про відмову в її призначенні',
          en: 'A decision to assign the living allowance or to refuse it',
        },
      ],
      basis: [KMU_332, CNAPRV_332_CARD],
    },
  ],
  refusalGrounds: [
    {
      value: [
        {
          uk: 'Неуспішне проходження верифікації інформації заявника у зв’язку з невідповідністю критеріям пунктів 13¹–13⁴ Порядку № 332',
          en: 'Failed verification of the applicant’s information for not meeting the criteria of points 13¹–13⁴ of procedure 332',
        },
      ],
      basis: [CNAPRV_332_CARD],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    {
      to: LAST_DAY_BEFORE_PFU,
      value: ['diia', 'cnap', 'starostaOrAuthorisedOfficial', 'usznOffice'],
      basis: [CNAPRV_332_CARD, KOZOVA_332_NOTICE],
    },
    {
      from: FIRST_DAY_OF_PFU,
      value: ['diia', ...SOCIAL_CHANNELS_PFU],
      basis: [PFU_TRANSFER_2025, LIVING_ALLOWANCE_PFU_2025],
    },
  ],
  delivery: ALL_MODELS,
  applicationForm: [
    {
      value: {
        uk: 'Заява за формою згідно з додатком 5 до Порядку, затвердженого постановою КМУ № 332',
        en: 'Application in the form of annex 5 to the procedure approved by Cabinet resolution 332',
      },
      basis: [CNAPRV_332_CARD],
    },
  ],
  lifeSituations: ['internalDisplacement'],
};

/** State social assistance to low-income families (Law 1768-III). */
const lowIncomeFamilyAssistance: ServiceInput = {
  id: 'low-income-family-assistance',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення державної соціальної допомоги малозабезпеченим сім’ям',
        en: 'Assignment of state social assistance to low-income families',
      },
      basis: [KROPYVNYTSKYI_LIST],
    },
  ],
  description: {
    uk: 'Щомісячна допомога сім’ї, середньомісячний сукупний дохід якої нижчий за прожитковий мінімум для сім’ї; призначається на шість місяців.',
    en: 'A monthly payment to a family whose average monthly income is below the family subsistence minimum; granted for six months.',
  },
  keywords: ['малозабезпечені', 'допомога малозабезпеченим', 'ДСД', 'прожитковий мінімум', 'соцдопомога'],
  available: [{ value: true, basis: [LAW_1768] }],
  provider: transferredToPfu([LAW_1768, KMU_250], [LOW_INCOME_PFU_2025]),
  legalBasis: [{ value: [LAW_1768, KMU_250], basis: [LAW_1768] }],
  fee: FREE_AS_SOCIAL,
  term: [...CEILING_TERM],
  result: [
    {
      value: [
        {
          uk: 'Рішення про призначення допомоги або про відмову в її призначенні',
          en: 'A decision to assign the assistance or to refuse it',
        },
      ],
      basis: [KMU_250],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    {
      to: LAST_DAY_BEFORE_PFU,
      value: ['usznOffice', 'cnap', 'starostaOrAuthorisedOfficial'],
      basis: [KMU_250, SUBSIDY_CHANNELS_USZN],
    },
    { from: FIRST_DAY_OF_PFU, value: [...SOCIAL_CHANNELS_PFU], basis: [PFU_TRANSFER_2025] },
  ],
  delivery: ALL_MODELS,
  lifeSituations: ['lowIncome'],
};

/** The housing subsidy for utilities, liquefied gas and stove fuel (Положення КМУ 848). */
const housingSubsidy: ServiceInput = {
  id: 'housing-subsidy',
  social: true,
  names: [
    {
      value: {
        uk: 'Надання субсидії для відшкодування витрат на оплату житлово-комунальних послуг, придбання скрапленого газу, твердого та рідкого пічного побутового палива',
        en: 'Subsidy towards the cost of housing and utility services, liquefied gas, and solid and liquid stove fuel',
      },
      basis: [SNOVSK_LIST, KMU_848],
    },
  ],
  description: {
    uk: 'Житлова субсидія домогосподарству, якому плата за житлово-комунальні послуги або паливо не по кишені з огляду на його доходи.',
    en: 'A housing subsidy for a household whose income does not cover its housing, utility or fuel costs.',
  },
  keywords: ['субсидія', 'житлова субсидія', 'ЖКП', 'комуналка', 'скраплений газ', 'тверде паливо'],
  available: [{ value: true, basis: [KMU_848] }],
  provider: [
    { to: '2022-11-30', value: USZN, basis: [KMU_848] },
    { from: '2022-12-01', value: PFU, basis: [KMU_1041, SUBSIDY_PFU_2022] },
  ],
  legalBasis: [{ value: [LAW_2189, KMU_848], basis: [KMU_848, LAW_2189] }],
  fee: FREE_AS_SOCIAL,
  term: [...CEILING_TERM],
  result: [
    {
      value: [
        {
          uk: 'Рішення про призначення житлової субсидії або про відмову в її призначенні',
          en: 'A decision to assign the housing subsidy or to refuse it',
        },
      ],
      basis: [KMU_848],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    {
      to: '2022-11-30',
      value: ['usznOffice', 'cnap', 'starostaOrAuthorisedOfficial', 'post'],
      basis: [SUBSIDY_CHANNELS_USZN],
    },
    {
      from: '2022-12-01',
      value: [...SOCIAL_CHANNELS_PFU, 'pfuPortal', 'diia'],
      basis: [SUBSIDY_CHANNELS_PFU, SUBSIDY_PFU_2022],
    },
  ],
  delivery: ALL_MODELS,
  lifeSituations: ['housingAndUtilities', 'lowIncome'],
};

/** Privileges on housing and utility payments (ПФУ typical card, order 46 of 24.04.2024). */
const housingUtilityPrivileges: ServiceInput = {
  id: 'housing-utility-privileges',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення пільги на оплату житла, комунальних послуг',
        en: 'Assignment of a privilege (discount) on housing and utility payments',
      },
      basis: [PFU_CARD_46],
    },
  ],
  description: {
    uk: 'Знижка на оплату житла та комунальних послуг для категорій, яким її надає закон (ветерани, багатодітні сім’ї тощо).',
    en: 'A discount on housing and utility bills for the categories the law grants it to (veterans, large families and others).',
  },
  keywords: ['пільга', 'пільги на ЖКП', 'комунальні пільги', 'знижка на комуналку', 'ЄДАРП'],
  available: [{ value: true, basis: [KMU_117] }],
  provider: [
    { to: '2022-11-30', value: USZN, basis: [KMU_373] },
    { from: '2022-12-01', value: PFU, basis: [KMU_1041, SUBSIDY_PFU_2022, PFU_CARD_46] },
  ],
  legalBasis: [{ value: [KMU_117, KMU_373], basis: [KMU_373] }],
  fee: FREE_AS_SOCIAL,
  term: [...CEILING_TERM],
  result: [
    {
      value: [
        {
          uk: 'Рішення про призначення пільги або про відмову в її призначенні',
          en: 'A decision to assign the privilege or to refuse it',
        },
      ],
      basis: [PFU_CARD_46],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    {
      to: '2022-11-30',
      value: ['usznOffice', 'cnap', 'starostaOrAuthorisedOfficial', 'post'],
      basis: [SUBSIDY_CHANNELS_USZN],
    },
    { from: '2022-12-01', value: [...SOCIAL_CHANNELS_PFU, 'pfuPortal'], basis: [SUBSIDY_PFU_2022] },
  ],
  delivery: ALL_MODELS,
  typicalCard: [{ from: '2024-04-24', value: PFU_CARD_46, basis: [PFU_CARD_46] }],
  lifeSituations: ['housingAndUtilities'],
};

/** The rent subsidy for IDPs (experimental, КМУ 1225). */
const rentSubsidy: ServiceInput = {
  id: 'rent-subsidy',
  social: true,
  names: [
    {
      value: {
        uk: 'Надання субсидії на оплату вартості або частини вартості найму (оренди) житлового приміщення та компенсації частини податку на доходи фізичних осіб та військового збору',
        en: 'Subsidy towards all or part of the rent of a dwelling, with compensation of part of the landlord’s income tax and military levy',
      },
      basis: [DIIA_GUIDE_RENT, KMU_1225],
    },
  ],
  description: {
    uk: 'Субсидія для ВПО, які орендують житло за договором; заяву подають наймач разом з орендодавцем, а орендодавцю компенсують частину податків.',
    en: 'A subsidy for IDPs renting a home under a contract; tenant and landlord apply together, and the landlord gets part of the tax back.',
  },
  keywords: ['ВПО', 'субсидія на оренду', 'оренда житла', 'найм житла', 'переселенці'],
  available: [{ from: '2025-01-29', value: true, basis: [RENT_SUBSIDY_START, KMU_1225] }],
  provider: [{ value: PFU, basis: [RENT_SUBSIDY_PFU, DIIA_GUIDE_RENT] }],
  legalBasis: [{ value: [KMU_1225], basis: [RENT_SUBSIDY_START] }],
  fee: FREE_AS_SOCIAL,
  term: [{ value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } }, basis: [RENT_SUBSIDY_TERM] }],
  result: [
    {
      value: [
        {
          uk: 'Рішення про призначення субсидії на оплату найму (оренди) житла або про відмову в її призначенні',
          en: 'A decision to assign the rent subsidy or to refuse it',
        },
      ],
      basis: [KMU_1225],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [{ value: ['pfuOffice', 'cnap', 'pfuPortal'], basis: [DIIA_GUIDE_RENT, RENT_SUBSIDY_PFU] }],
  delivery: ALL_MODELS,
  lifeSituations: ['internalDisplacement', 'housingAndUtilities'],
};

/** The privilege for buying solid fuel and liquefied gas (cash form, Порядок КМУ 373 as amended by 1123/2019). */
const fuelPrivilege: ServiceInput = {
  id: 'fuel-privilege',
  social: true,
  names: [
    {
      value: {
        uk: 'Призначення пільги на придбання твердого та рідкого пічного побутового палива і скрапленого газу',
        en: 'Assignment of a privilege for buying solid and liquid stove fuel and liquefied gas',
      },
      basis: [PFU_POLTAVA_FUEL_CARD],
    },
  ],
  description: {
    uk: 'Пільга на придбання твердого палива і скрапленого газу для пільговиків, чиє житло не має централізованого опалення чи газу; надається у грошовій формі.',
    en: 'A privilege for buying solid fuel and liquefied gas for entitled persons whose homes lack central heating or piped gas; paid in cash.',
  },
  keywords: ['пільга на паливо', 'тверде паливо', 'дрова', 'вугілля', 'скраплений газ', 'пільга'],
  available: [{ value: true, basis: [KMU_373] }],
  provider: [
    { to: '2022-11-30', value: USZN, basis: [KMU_373, KMU_1123_2019] },
    { from: '2022-12-01', value: PFU, basis: [KMU_1041, SUBSIDY_PFU_2022, PFU_POLTAVA_FUEL_CARD] },
  ],
  legalBasis: [{ value: [KMU_117, KMU_373, KMU_1123_2019], basis: [KMU_373, KMU_1123_2019] }],
  fee: FREE_AS_SOCIAL,
  term: [...CEILING_TERM],
  result: [
    {
      value: [
        {
          uk: 'Рішення про призначення пільги на придбання палива і скрапленого газу або про відмову в її призначенні',
          en: 'A decision to assign the fuel and liquefied gas privilege or to refuse it',
        },
      ],
      basis: [PFU_POLTAVA_FUEL_CARD],
    },
  ],
  appeal: APPEAL_GENERAL,
  channels: [
    {
      to: '2022-11-30',
      value: ['usznOffice', 'cnap', 'starostaOrAuthorisedOfficial', 'post'],
      basis: [SUBSIDY_CHANNELS_USZN],
    },
    { from: '2022-12-01', value: [...SOCIAL_CHANNELS_PFU, 'pfuPortal'], basis: [SUBSIDY_PFU_2022] },
  ],
  delivery: ALL_MODELS,
  lifeSituations: ['housingAndUtilities'],
};

/** Services for internally displaced persons, low-income families, housing subsidies and privileges. */
export const IDP_HOUSING_SERVICES: ServiceInput[] = [
  idpCertificate,
  idpCertificateCancellation,
  idpLivingAllowance,
  lowIncomeFamilyAssistance,
  housingSubsidy,
  housingUtilityPrivileges,
  rentSubsidy,
  fuelPrivilege,
];
