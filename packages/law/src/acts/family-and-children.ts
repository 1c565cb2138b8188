import type { Act } from '../register.js';

// Acts and sources first cited for family, child-care and children's-status services. Each act is a constant of its own.

/** Постанова КМУ «Деякі питання надання послуги з догляду за дитиною до трьох років “муніципальна няня”» (№ 68) */
export const KMU_68_2019: Act = {
  id: 'kmu-68-2019',
  kind: 'cabinetResolution',
  number: '68',
  adopted: '2019-01-30',
  inForce: '2019-02-12',
  title: {
    uk: 'Постанова КМУ «Деякі питання надання послуги з догляду за дитиною до трьох років “муніципальна няня”» (Порядок відшкодування вартості послуги з догляду за дитиною до трьох років «муніципальна няня»)',
    en: 'Cabinet resolution on the “municipal nanny” childcare service for a child under three (procedure for compensating its cost)',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/68-2019-п',
  editions: [
    {
      from: '2020-10-02',
      by: 'КМУ 897',
      note: 'of 30.09.2020, in force 02.10.2020 (nov-rada.gov.ua); not read',
    },
    {
      from: '2021-12-15',
      by: 'КМУ 1323',
      note: 'adopted 15.12.2021 (uszn-dobr.gov.ua, zt-rada.gov.ua); not read',
    },
    {
      from: '2024-06-11',
      by: 'КМУ 664',
      note: 'КМУ 664 of 07.06.2024 (in force 11.06.2024) extends the procedure for martial law: a resolution of its own',
    },
  ],
};

/** Постанова КМУ «Деякі питання відшкодування вартості послуги з догляду за дитиною “муніципальна няня” на період воєнного стану та протягом трьох місяців після його припинення або скасування» (№ 664) */
export const KMU_664_2024: Act = {
  id: 'kmu-664-2024',
  kind: 'cabinetResolution',
  number: '664',
  adopted: '2024-06-07',
  inForce: '2024-06-11',
  title: {
    uk: 'Постанова КМУ «Деякі питання відшкодування вартості послуги з догляду за дитиною “муніципальна няня” на період воєнного стану та протягом трьох місяців після його припинення або скасування»',
    en: 'Cabinet resolution on compensating the “municipal nanny” childcare service under martial law and for three months after it ends',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/664-2024-п',
};

/** Департамент соціальної політики КМДА: сторінка «Послуга з догляду за дитиною до трьох років “муніципальна няня”» */
export const KYIV_DSP_MUNICIPAL_NANNY_PAGE: Act = {
  id: 'kyiv-dsp-municipal-nanny-page',
  kind: 'notice',
  title: {
    uk: 'Департамент соціальної політики КМДА: «Послуга з догляду за дитиною до трьох років “муніципальна няня”»',
    en: 'Kyiv city administration, social policy department: the “municipal nanny” childcare service page',
  },
  url: 'https://dsp.kyivcity.gov.ua/content/posluga-z-doglyadu-za-dytynoyu-do-troh-rokiv-municypalna-nyanya.html',
};

/** ЦНАП Новороздільської громади: картка 01195 «Призначення та виплата компенсації послуги … “муніципальна няня”» */
export const CNAP_NOVYI_ROZDIL_CARD_01195: Act = {
  id: 'cnap-novyi-rozdil-card-01195',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка ЦНАП Новороздільської громади 01195 «Призначення та виплата компенсації послуги з догляду за дитиною до трьох років “муніципальна няня”»',
    en: 'Novyi Rozdil CNAP card 01195: assignment and payment of the “municipal nanny” compensation',
  },
  url: 'https://novyyrozdil-gromada.gov.ua/cnap/functionality/17239/',
};

/** Повідомлення громади (khoda.gov.ua) про «муніципальну няню» для дітей ВПО до 6 років (08.02.2026) */
export const KHODA_MUNICIPAL_NANNY_2026: Act = {
  id: 'khoda-municipal-nanny-2026',
  kind: 'publication',
  title: {
    uk: 'Повідомлення громади (khoda.gov.ua): ВПО мають право на компенсацію послуг з догляду за дитиною віком до 6 років у межах програми «Муніципальна няня» (08.02.2026)',
    en: 'Hromada news item (khoda.gov.ua): IDPs may claim the “municipal nanny” compensation for a child under 6 (08.02.2026)',
  },
  url: 'https://khoda.gov.ua/news/vnutrishno-peremishcheni-osoby-maiut-pravo-na-kompensatsiiu-posluh-z-dohliadu-za-dytynoiu-vikom-do-6-rokiv-u-mezhakh-derzhavnoi-prohramy-munitsypalna-niania',
};

/** Повідомлення міської ради (nov-rada.gov.ua), 06.10.2020: зміни до визначення права на «муніципальну няню» (КМУ 897) */
export const NOV_RADA_MUNICIPAL_NANNY_2020: Act = {
  id: 'nov-rada-municipal-nanny-2020',
  kind: 'publication',
  title: {
    uk: 'Повідомлення міської ради (nov-rada.gov.ua, 06.10.2020): «Зміни до визначення права на відшкодування вартості послуги з догляду за дитиною до трьох років “муніципальна няня”»',
    en: 'City council news item (nov-rada.gov.ua, 06.10.2020): changes to the right to the “municipal nanny” compensation',
  },
  url: 'https://nov-rada.gov.ua/2020/10/06/zminy-do-vyznachennia-prava-na-vidshkoduvannia-vartosti-posluhy-z-dohliadu-za-dytynoiu-do-trokh-rokiv-munitsypalna-niania/',
};

/** Постанова КМУ «Про затвердження Порядку призначення тимчасової державної соціальної допомоги непрацюючій особі, яка досягла загального пенсійного віку, але не набула права на пенсійну виплату» (№ 1098) */
export const KMU_1098_2017: Act = {
  id: 'kmu-1098-2017',
  kind: 'cabinetResolution',
  number: '1098',
  adopted: '2017-12-27',
  inForce: '2018-01-18',
  title: {
    uk: 'Постанова КМУ «Про затвердження Порядку призначення тимчасової державної соціальної допомоги непрацюючій особі, яка досягла загального пенсійного віку, але не набула права на пенсійну виплату»',
    en: 'Cabinet resolution approving the procedure for temporary state social assistance to a non-working person of pension age without a right to a pension',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1098-2017-п',
};

/** Погребищенська РДА: сторінка про тимчасову державну соціальну допомогу непрацюючим особам пенсійного віку */
export const POGREBYSHCHE_RDA_PENSION_AGE_ASSISTANCE: Act = {
  id: 'pogrebyshche-rda-pension-age-assistance',
  kind: 'notice',
  title: {
    uk: 'Погребищенська райдержадміністрація: «Тимчасова державна соціальна допомога непрацюючим особам, які досягли загального пенсійного віку, але не отримали права на пенсійну виплату»',
    en: 'Pohrebyshche district administration: temporary state social assistance to non-working persons of pension age without a pension',
  },
  url: 'https://pogrda.gov.ua/index.php/731-tymchasova-derzhavna-sotsialna-dopomoha-nepratsiuiuchym-osobam',
};

/** ЦНАП Солотвинської громади: «Тимчасова державна допомога непрацюючим особам пенсійного віку: умови та порядок оформлення» */
export const CNAP_SOLOTVYNO_PENSION_AGE_ASSISTANCE: Act = {
  id: 'cnap-solotvyno-pension-age-assistance',
  kind: 'publication',
  title: {
    uk: 'ЦНАП Солотвинської громади: «Тимчасова державна допомога непрацюючим особам пенсійного віку: умови та порядок оформлення»',
    en: 'Solotvyno CNAP news item: temporary state assistance to non-working persons of pension age, conditions and how to apply',
  },
  url: 'https://cnap.solotvino-rada.gov.ua/news/1731745513/',
};

/** Судово-юридична газета, 23.11.2025: «Не вистачає страхового стажу – як отримати тимчасову соцдопомогу замість пенсії» */
export const SUD_PENSION_AGE_ASSISTANCE_2025: Act = {
  id: 'sud-pension-age-assistance-2025',
  kind: 'publication',
  title: {
    uk: 'Судово-юридична газета (23.11.2025): «Не вистачає страхового стажу – як отримати тимчасову соцдопомогу замість пенсії» (за «Дією»)',
    en: 'Sudovo-yurydychna gazeta (23.11.2025): temporary social assistance instead of a pension when the insurance record is short (after Diia)',
  },
  url: 'https://sud.ua/uk/news/ukraine/346905-ne-khvataet-strakhovogo-stazha-kak-poluchit-vremennuyu-sotspomosch-vmesto-pensii',
};

/** Постанова КМУ «Деякі питання використання коштів державного бюджету для виконання заходів із соціального захисту дітей, сімей, жінок та інших найбільш вразливих категорій населення» (Порядок виплати одноразової матеріальної допомоги непрацюючим малозабезпеченим особам, особам з інвалідністю та дітям з інвалідністю) (№ 256) */
export const KMU_256_2017: Act = {
  id: 'kmu-256-2017',
  kind: 'cabinetResolution',
  number: '256',
  adopted: '2017-04-12',
  title: {
    uk: 'Постанова КМУ «Деякі питання використання коштів державного бюджету для виконання заходів із соціального захисту дітей, сімей, жінок та інших найбільш вразливих категорій населення» (Порядок виплати одноразової матеріальної допомоги непрацюючим малозабезпеченим особам, особам з інвалідністю та дітям з інвалідністю)',
    en: 'Cabinet resolution on state budget funds for the social protection of children, families, women and other vulnerable groups (procedure for one-time material assistance to non-working low-income persons, persons with disabilities and children with disabilities)',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/256-2017-п',
  editions: [
    { from: '2018-09-26', by: 'КМУ 782', note: 'adoption date; listed in the zakononline.com.ua copy' },
    { from: '2019-06-26', by: 'КМУ 553', note: 'adoption date; listed in the zakononline.com.ua copy' },
    { from: '2020-02-19', by: 'КМУ 132', note: 'adoption date; listed in the zakononline.com.ua copy' },
    { from: '2020-09-16', by: 'КМУ 835', note: 'adoption date; listed in the zakononline.com.ua copy' },
    { from: '2020-10-28', by: 'КМУ 1035', note: 'adoption date; listed in the zakononline.com.ua copy' },
    {
      from: '2020-12-16',
      by: 'КМУ 1369',
      note: 'adoption date; the last listed in the zakononline.com.ua copy',
    },
  ],
};

/** Корюківська РДА: «Порядок виплати одноразової матеріальної допомоги особам з інвалідністю, дітям з інвалідністю та непрацюючим малозабезпеченим особам» (05.05.2020) */
export const KORYUKIVKA_RDA_ONE_TIME_ASSISTANCE: Act = {
  id: 'koryukivka-rda-one-time-assistance',
  kind: 'notice',
  title: {
    uk: 'Корюківська райдержадміністрація: «Порядок виплати одноразової матеріальної допомоги особам з інвалідністю, дітям з інвалідністю та непрацюючим малозабезпеченим особам» (05.05.2020)',
    en: 'Koriukivka district administration: the one-time material assistance to persons with disabilities, children with disabilities and non-working low-income persons (05.05.2020)',
  },
  url: 'http://koradm.cg.gov.ua/index.php?id=386656&tp=page',
};

/** ЦНАП Розвадівської громади: картка 00112 «Призначення одноразової грошової/матеріальної допомоги особам з інвалідністю та дітям з інвалідністю» */
export const CNAP_ROZVADIV_CARD_00112: Act = {
  id: 'cnap-rozvadiv-card-00112',
  kind: 'informationCard',
  title: {
    uk: 'Інформаційна картка ЦНАП Розвадівської громади 00112 «Призначення одноразової грошової/матеріальної допомоги особам з інвалідністю та дітям з інвалідністю»',
    en: 'Rozvadiv CNAP card 00112: one-time cash/material assistance to persons with disabilities and children with disabilities',
  },
  url: 'https://rozvadivotg.gov.ua/cnap/functionality/16500/',
};

/** Департамент соціального захисту Чернівецької міської ради: «Призначення одноразової матеріальної допомоги непрацюючим малозабезпеченим особам» */
export const CHERNIVTSI_DSP_ONE_TIME_ASSISTANCE: Act = {
  id: 'chernivtsi-dsp-one-time-assistance',
  kind: 'notice',
  title: {
    uk: 'Департамент соціального захисту населення Чернівецької міської ради: «Призначення одноразової матеріальної допомоги непрацюючим малозабезпеченим особам»',
    en: 'Chernivtsi city council social protection department: one-time material assistance to non-working low-income persons',
  },
  url: 'https://dsp.city.cv.ua/sotsialni-posluhy/malozabezpechenym/odnorazova-materialna-dopomoha',
};

/** Регіональний центр послуг (rcp.kh.ua): «Призначення одноразової матеріальної допомоги особам з інвалідністю та непрацюючим малозабезпеченим особам» */
export const RCP_KHARKIV_ONE_TIME_ASSISTANCE: Act = {
  id: 'rcp-kharkiv-one-time-assistance',
  kind: 'publication',
  title: {
    uk: 'Регіональний центр послуг (rcp.kh.ua): «Призначення одноразової матеріальної допомоги особам з інвалідністю та непрацюючим малозабезпеченим особам»',
    en: 'Regional services centre (rcp.kh.ua): one-time material assistance to persons with disabilities and non-working low-income persons',
  },
  url: 'https://rcp.kh.ua/category/dopomoga/722',
};

/** Постанова КМУ «Про затвердження Порядку надання одноразової допомоги дітям-сиротам і дітям, позбавленим батьківського піклування, після досягнення 18-річного віку» (№ 823) */
export const KMU_823_2005: Act = {
  id: 'kmu-823-2005',
  kind: 'cabinetResolution',
  number: '823',
  adopted: '2005-08-25',
  title: {
    uk: 'Постанова КМУ «Про затвердження Порядку надання одноразової допомоги дітям-сиротам і дітям, позбавленим батьківського піклування, після досягнення 18-річного віку»',
    en: 'Cabinet resolution approving the procedure for one-time assistance to orphans and children deprived of parental care on reaching 18',
  },
  url: 'https://www.kmu.gov.ua/npas/20401080',
  editions: [{ from: '2015-09-23', by: 'КМУ 762', note: 'adoption date (pischanka-rda.gov.ua); not read' }],
};

/** Піщанська РДА: «Одноразова допомога дітям-сиротам і дітям, позбавленим батьківського піклування, після досягнення 18-річного віку» */
export const PISHCHANKA_RDA_ORPHAN_ASSISTANCE: Act = {
  id: 'pishchanka-rda-orphan-assistance',
  kind: 'notice',
  title: {
    uk: 'Піщанська райдержадміністрація: «Одноразова допомога дітям-сиротам і дітям, позбавленим батьківського піклування, після досягнення 18-річного віку»',
    en: 'Pishchanka district administration: one-time assistance to orphans and children deprived of parental care on reaching 18',
  },
  url: 'https://pischanka-rda.gov.ua/index.php/163-odnorazova-dopomohy-ditiam-syrotam-i-ditiam-pozbavlenym-batkivskoho-pikluvannia',
};

/** ЦНАП м. Полтави: «Надання одноразової допомоги дітям-сиротам, позбавленим батьківського піклування, після досягнення 18-річного віку» */
export const CNAP_POLTAVA_ORPHAN_ASSISTANCE: Act = {
  id: 'cnap-poltava-orphan-assistance',
  kind: 'informationCard',
  title: {
    uk: 'ЦНАП м. Полтави: «Надання одноразової допомоги дітям-сиротам, позбавленим батьківського піклування, після досягнення 18-річного віку»',
    en: 'Poltava CNAP: one-time assistance to orphans and children deprived of parental care on reaching 18',
  },
  url: 'https://cnap-pl.gov.ua/index.php/administratyvni-posluhy/2-uncategorised/398-nadannya-odnorazovoji-dopomogi-dityam-sirotam-pozbavlenim-batkivskogo-pikluvannya-pislya-dosyagnennya-18-richnogo-viku',
};

/** Постанова КМУ «Деякі питання реалізації експериментального проекту щодо надання базової соціальної допомоги» (№ 371) */
export const KMU_371_2025: Act = {
  id: 'kmu-371-2025',
  kind: 'cabinetResolution',
  number: '371',
  adopted: '2025-03-25',
  title: {
    uk: 'Постанова КМУ «Деякі питання реалізації експериментального проекту щодо надання базової соціальної допомоги»',
    en: 'Cabinet resolution on implementing the pilot project of basic social assistance',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/371-2025-п',
  note:
    'Number, date and title as the Pension Fund’s notice (censor.net, 20.06.2025) and the news retelling it give ' +
    'them; the Ukrainian text was not read (only an unofficial English translation, cis-legislation.com, ' +
    '“Extraction”). The address is built by zakon.rada.gov.ua’s pattern.',
  editions: [
    {
      from: '2025-08-13',
      by: 'КМУ 986',
      note: 'adoption date (RBC-Ukraine via bin.ua, tsn.ua, 18.08.2025); its day of entry into force and text not read',
    },
  ],
};

/** Цензор.НЕТ за повідомленням Пенсійного фонду: «В Україні з 1 липня сім’ям із низькими доходами виплачуватимуть базову соцдопомогу» (20.06.2025) */
export const CENSOR_PFU_BASIC_ASSISTANCE_2025: Act = {
  id: 'censor-pfu-basic-assistance-2025',
  kind: 'publication',
  adopted: '2025-06-20',
  title: {
    uk: 'Цензор.НЕТ (20.06.2025) за повідомленням Пенсійного фонду: «В Україні з 1 липня сім’ям із низькими доходами виплачуватимуть базову соцдопомогу»',
    en: 'Censor.net (20.06.2025) reporting the Pension Fund’s notice: basic social assistance for low-income families from 1 July',
  },
  url: 'https://censor.net/biz/news/3559074/v-ukrayini-z-1-lypnya-sim-yam-iz-nyzkymy-dohodamy-vyplachuvatymut-bazovu-sotsdopomogu',
};

/** Судово-юридична газета, 04.11.2025: програму базової соцдопомоги розширили на сім’ї з низьким рівнем доходів */
export const SUD_BASIC_ASSISTANCE_2025: Act = {
  id: 'sud-basic-assistance-2025',
  kind: 'publication',
  adopted: '2025-11-04',
  title: {
    uk: 'Судово-юридична газета (04.11.2025): «Програму базової соцдопомоги розширили на сім’ї з низьким рівнем доходів: як отримати гроші»',
    en: 'Sudovo-yurydychna gazeta (04.11.2025): the basic social assistance programme extended to low-income families',
  },
  url: 'https://sud.ua/uk/news/ukraine/345338-programmu-bazovoy-sotspomoschi-rasshirili-na-semi-s-nizkim-urovnem-dokhodov-kak-poluchit-dengi',
};

/** LB.ua за повідомленням Мінсоцполітики: у «Дії» запустили оформлення базової соціальної допомоги (22.09.2025) */
export const LB_DIIA_BASIC_ASSISTANCE_2025: Act = {
  id: 'lb-diia-basic-assistance-2025',
  kind: 'publication',
  adopted: '2025-09-22',
  title: {
    uk: 'LB.ua (22.09.2025) за повідомленням Мінсоцполітики: «У “Дії” запустили оформлення базової соціальної допомоги»',
    en: 'LB.ua (22.09.2025) reporting the Ministry of Social Policy: applying for basic social assistance launched in Diia',
  },
  url: 'https://lb.ua/economics/2025/09/22/697732_dii_zapustili_oformlennya_bazovoi.html',
};

/** Телеграф (23.09.2025) за повідомленням Мінсоцполітики: «У “Дії” з’явилася послуга оформлення базової соціальної допомоги» */
export const TELEGRAF_DIIA_BASIC_ASSISTANCE_2025: Act = {
  id: 'telegraf-diia-basic-assistance-2025',
  kind: 'publication',
  adopted: '2025-09-23',
  title: {
    uk: 'Телеграф (23.09.2025) за повідомленням Мінсоцполітики: «У “Дії” з’явилася послуга оформлення базової соціальної допомоги»',
    en: 'Telegraf (23.09.2025) reporting the Ministry of Social Policy: the basic social assistance service in Diia',
  },
  url: 'https://www.telegraf.in.ua/social_protection/10143307-u-diji-zjavilasja-posluga-oformlennja-bazovoji-socialnoji-dopomogi.html',
};

/** ЦНАП Нижньосірогозької громади: «Хто і як може оформити базову соціальну допомогу?» (19.01.2026) */
export const CNAP_NS_BASIC_ASSISTANCE_2026: Act = {
  id: 'cnap-ns-basic-assistance-2026',
  kind: 'publication',
  adopted: '2026-01-19',
  title: {
    uk: 'ЦНАП Нижньосірогозької громади (19.01.2026): «Хто і як може оформити базову соціальну допомогу?» (за Мінсоцполітики)',
    en: 'Nyzhni Sirohozy CNAP (19.01.2026): who can apply for basic social assistance and how (after the Ministry)',
  },
  url: 'https://cnap.ns-gromada.gov.ua/news/287535-xto-i-iak-moze-oformiti-bazovu-socialnu-dopomogu',
};

/** The acts of this file, in the order written. */
export const FAMILY_AND_CHILDREN_ACTS: readonly Act[] = [
  KMU_68_2019,
  KMU_664_2024,
  KYIV_DSP_MUNICIPAL_NANNY_PAGE,
  CNAP_NOVYI_ROZDIL_CARD_01195,
  KHODA_MUNICIPAL_NANNY_2026,
  NOV_RADA_MUNICIPAL_NANNY_2020,
  KMU_1098_2017,
  POGREBYSHCHE_RDA_PENSION_AGE_ASSISTANCE,
  CNAP_SOLOTVYNO_PENSION_AGE_ASSISTANCE,
  SUD_PENSION_AGE_ASSISTANCE_2025,
  KMU_256_2017,
  KORYUKIVKA_RDA_ONE_TIME_ASSISTANCE,
  CNAP_ROZVADIV_CARD_00112,
  CHERNIVTSI_DSP_ONE_TIME_ASSISTANCE,
  RCP_KHARKIV_ONE_TIME_ASSISTANCE,
  KMU_823_2005,
  PISHCHANKA_RDA_ORPHAN_ASSISTANCE,
  CNAP_POLTAVA_ORPHAN_ASSISTANCE,
  KMU_371_2025,
  CENSOR_PFU_BASIC_ASSISTANCE_2025,
  SUD_BASIC_ASSISTANCE_2025,
  LB_DIIA_BASIC_ASSISTANCE_2025,
  TELEGRAF_DIIA_BASIC_ASSISTANCE_2025,
  CNAP_NS_BASIC_ASSISTANCE_2026,
];
