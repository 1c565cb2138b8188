import type { Act } from '../register.js';

// Acts and sources first cited for services for people affected by the war and for displaced people and their hosts. Each act is a constant of its own.

/** Закон України «Про статус ветеранів війни, гарантії їх соціального захисту» (№ 3551-XII) */
export const LAW_3551_XII: Act = {
  id: 'law-3551-xii',
  kind: 'law',
  number: '3551-XII',
  adopted: '1993-10-22',
  title: {
    uk: 'Закон України «Про статус ветеранів війни, гарантії їх соціального захисту»',
    en: 'Law of Ukraine On the Status of War Veterans and Guarantees of Their Social Protection',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/3551-12',
  editions: [
    {
      from: '2025-12-03',
      note:
        'the text ingested into github.com/Ansvar-Systems/Ukrainian-law-mcp (commit 35a12f9) notes Law 4695-IX of ' +
        '03.12.2025 (Art. 15 point 3 suspended for 2026), so it is an edition of December 2025 or later',
    },
  ],
};

/** Постанова КМУ «Про затвердження Порядку надання статусу дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів» (№ 268) */
export const KMU_268_2017: Act = {
  id: 'kmu-268-2017',
  kind: 'cabinetResolution',
  number: '268',
  adopted: '2017-04-05',
  title: {
    uk: 'Постанова КМУ «Про затвердження Порядку надання статусу дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів»',
    en: 'Cabinet resolution approving the procedure for granting the status of a child affected by hostilities and armed conflicts',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/268-2017-п',
  editions: [
    {
      from: '2025-09-01',
      by: 'КМУ 1065',
      note: 'point 2 restated (the grounds widened), as a hromada’s page quotes it (zgurivska-gromada.gov.ua); the date is the resolution’s, its entry into force not read',
    },
  ],
};

/** Постанова КМУ «Про затвердження Порядку надання статусу члена сім’ї загиблого (померлого) Захисника чи Захисниці України» (№ 740) */
export const KMU_740_2015: Act = {
  id: 'kmu-740-2015',
  kind: 'cabinetResolution',
  number: '740',
  adopted: '2015-09-23',
  title: {
    uk: 'Постанова КМУ «Про затвердження Порядку надання статусу члена сім’ї загиблого (померлого) Захисника чи Захисниці України»',
    en: 'Cabinet resolution approving the procedure for granting the status of a family member of a fallen (deceased) Defender of Ukraine',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/740-2015-п',
  note: 'Number, date and title as a state body’s page gives them (dspck.gov.ua); the text was not read.',
};

/** Публікація «Для семей Одессы: как получить статус ребенка, пострадавшего в результате войны» (odessa-life.od.ua, 09.02.2026) */
export const ODESSA_LIFE_WAR_CHILD_STATUS_2026: Act = {
  id: 'odessa-life-war-child-status-2026',
  kind: 'publication',
  title: {
    uk: 'Публікація odessa-life.od.ua про надання статусу дитини, яка постраждала внаслідок воєнних дій, у ЦНАП Одеси (09.02.2026)',
    en: 'odessa-life.od.ua report on the war-affected child status in the Odesa CNAPs (09.02.2026)',
  },
  url: 'https://odessa-life.od.ua/news/dlya-semej-odessy-kak-poluchit-status-rebenka-postradavshego-v-rezultate-vojny',
};

/** Публікація «У Кривому Розі статус дитини, що постраждала внаслідок воєнних дій, можна отримати в Центрі "Віза"» (krnews.ua) */
export const KRNEWS_WAR_CHILD_STATUS_VIZA: Act = {
  id: 'krnews-war-child-status-viza',
  kind: 'publication',
  title: {
    uk: 'Публікація krnews.ua: статус дитини, що постраждала внаслідок воєнних дій, у Центрі «Віза» (ЦНАП Кривого Рогу)',
    en: 'krnews.ua report: the war-affected child status at the Viza centre (the Kryvyi Rih CNAP)',
  },
  url: 'https://krnews.ua/news/93198',
};

/** Повідомлення Гірської міської військової адміністрації про документи для статусу дитини, яка постраждала внаслідок воєнних дій (27.09.2023) */
export const GIRSKA_WAR_CHILD_STATUS_DOCUMENTS: Act = {
  id: 'girska-war-child-status-documents',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Гірської міської військової адміністрації «Як отримати статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів» (27.09.2023)',
    en: 'Hirske city military administration notice on the documents for the war-affected child status (27.09.2023)',
  },
  url: 'https://girska-gromada.gov.ua/news/1695798742',
};

/** Повідомлення Згурівської громади про зміни постанови КМУ 1065 від 01.09.2025 до Порядку 268 */
export const ZGURIVSKA_KMU_1065_NOTICE: Act = {
  id: 'zgurivska-kmu-1065-notice',
  kind: 'publication',
  title: {
    uk: 'Повідомлення Згурівської громади про зміни, внесені постановою КМУ № 1065 від 01.09.2025 до Порядку надання статусу дитини, яка постраждала внаслідок воєнних дій',
    en: 'Zghurivka hromada notice on the amendments of Cabinet resolution 1065 of 01.09.2025 to the war-affected child status procedure',
  },
  url: 'https://zgurivska-gromada.gov.ua/news/1757310798/',
};

/** Державний вебпортал «Дія»: послуга «Надання статусу члена сім’ї загиблого (померлого) Захисника чи Захисниці України» */
export const DIIA_FALLEN_DEFENDER_FAMILY_STATUS: Act = {
  id: 'diia-fallen-defender-family-status',
  kind: 'notice',
  title: {
    uk: 'Портал «Дія»: послуга «Надання статусу члена сім’ї загиблого (померлого) Захисника чи Захисниці України»',
    en: 'Diia portal: the service granting the status of a family member of a fallen Defender of Ukraine',
  },
  url: 'https://diia.gov.ua/services/status-chlena-simi-zahybloho-pomerloho-veterana-viiny',
};

/** Картка послуги ЦНАП Кегичівської громади 02599 «Видача посвідчення члена сім’ї загиблого (померлого) ветерана війни та члена сім’ї загиблого (померлого) Захисника чи Захисниці України» */
export const KEGYCHIVKA_CNAP_CARD_02599: Act = {
  id: 'kegychivka-cnap-card-02599',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги ЦНАП Кегичівської громади 02599 «Видача посвідчення члена сім’ї загиблого (померлого) ветерана війни та члена сім’ї загиблого (померлого) Захисника чи Захисниці України»',
    en: 'Kegychivka hromada CNAP card 02599: certificate of a family member of a fallen war veteran or Defender of Ukraine',
  },
  url: 'https://cnap.kegichivskaselrada.gov.ua/functionality/46377',
};

/** Картка послуги ЦНАП у місті Рівному «Встановлення статусу члена сім’ї загиблого (померлого) ветерана війни та члена сім’ї загиблого (померлого) Захисника чи Захисниці України…» */
export const RIVNE_CNAP_CARD_FALLEN_DEFENDER_FAMILY: Act = {
  id: 'rivne-cnap-card-fallen-defender-family',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги ЦНАП у місті Рівному «Встановлення статусу члена сім’ї загиблого (померлого) ветерана війни та члена сім’ї загиблого (померлого) Захисника чи Захисниці України, видача посвідчення/довідки…»',
    en: 'Rivne CNAP card: status of a family member of a fallen war veteran or Defender of Ukraine, its certificate',
  },
  url: 'https://www.cnaprv.gov.ua/services/adminservis_veteran_kopiya/upr_vet3',
};

/** Сторінка Шепетівської районної державної адміністрації «Сім’ї загиблих ветеранів війни» */
export const SHEPETIVKA_RDA_FALLEN_FAMILY_PAGE: Act = {
  id: 'shepetivka-rda-fallen-family-page',
  kind: 'notice',
  title: {
    uk: 'Сторінка Шепетівської РДА «Сім’ї загиблих ветеранів війни»: встановлення статусу, видача посвідчень членам сім’ї загиблого Захисника чи Захисниці України',
    en: 'Shepetivka district administration page on the status and certificates of families of fallen veterans and Defenders',
  },
  url: 'https://sheprda.gov.ua/pamiatka-veteranam/nadannia-statusu/simi-zahyblykh-veteraniv-viyny/',
};

/** Закон України «Про компенсацію за пошкодження та знищення окремих категорій об’єктів нерухомого майна внаслідок бойових дій, терористичних актів, диверсій, спричинених збройною агресією Російської Федерації проти України, та Державний реєстр майна, пошкодженого та знищеного …» (№ 2923-IX) */
export const LAW_2923_IX: Act = {
  id: 'law-2923-ix',
  kind: 'law',
  number: '2923-IX',
  adopted: '2023-02-23',
  inForce: '2023-05-22',
  title: {
    uk: 'Закон України «Про компенсацію за пошкодження та знищення окремих категорій об’єктів нерухомого майна внаслідок бойових дій, терористичних актів, диверсій, спричинених збройною агресією Російської Федерації проти України, та Державний реєстр майна, пошкодженого та знищеного внаслідок бойових дій, терористичних актів, диверсій, спричинених збройною агресією Російської Федерації проти України»',
    en: 'Law of Ukraine on compensation for damaged and destroyed real property due to the Russian armed aggression and the State Register of damaged and destroyed property',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/2923-20',
  note:
    'In force «через два місяці з дня його опублікування» (Art. 15 part 1, read); the day 22.05.2023 is from a ' +
    'lawyer’s blog (blog.liga.net). Read as ingested into github.com/Ansvar-Systems/Ukrainian-law-mcp (commit ' +
    '35a12f9), an edition that names military administrations of settlements; its date is not stated there.',
};

/** Блог на LIGA.net про компенсацію за пошкоджене та знищене житло (Порядок 381, Закон 2923-IX) */
export const LIGA_BLOG_2923_IN_FORCE: Act = {
  id: 'liga-blog-2923-in-force',
  kind: 'publication',
  title: {
    uk: 'Блог на LIGA.net про компенсацію за пошкоджене та знищене житло: Порядок 381 і набрання чинності Законом 2923-IX',
    en: 'LIGA.net blog on compensation for damaged and destroyed housing: procedure 381 and Law 2923-IX in force',
  },
  url: 'https://blog.liga.net/user/vyelkin/article/50388',
};

/** Картка послуги ЦНАП у місті Рівному «Встановлення статусу особи з інвалідністю внаслідок війни, видача посвідчення/довідки, продовження строку дії посвідчення (вклеювання бланка-вкладки)» */
export const RIVNE_CNAP_CARD_WAR_DISABILITY: Act = {
  id: 'rivne-cnap-card-war-disability',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги ЦНАП у місті Рівному «Встановлення статусу особи з інвалідністю внаслідок війни, видача посвідчення/довідки, продовження строку дії посвідчення (вклеювання бланка-вкладки)»',
    en: 'Rivne CNAP card: the status of a person with a war disability, its certificate',
  },
  url: 'https://www.cnaprv.gov.ua/services/adminservis_veteran_kopiya/upr_vet6',
};

/** Картка послуги ЦНАП Кременчука № 751: встановлення статусу особи з інвалідністю внаслідок війни з видачею посвідчення */
export const KREMENCHUK_CNAP_CARD_751: Act = {
  id: 'kremenchuk-cnap-card-751',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги ЦНАП Кременчука № 751: встановлення статусу особи з інвалідністю внаслідок війни з видачею посвідчення',
    en: 'Kremenchuk CNAP card 751: the status of a person with a war disability and its certificate',
  },
  url: 'https://cnap-kremen.gov.ua/poslugi/posluga/751',
};

/** Публікація «Як отримати статус особи з інвалідністю внаслідок війни: пояснюють юристи» (uc.kr.ua, 21.08.2025) */
export const UC_KR_WAR_DISABILITY_2025: Act = {
  id: 'uc-kr-war-disability-2025',
  kind: 'publication',
  title: {
    uk: 'Публікація uc.kr.ua «Як отримати статус особи з інвалідністю внаслідок війни: пояснюють юристи» (21.08.2025)',
    en: 'uc.kr.ua article on obtaining the war disability status (21.08.2025)',
  },
  url: 'https://uc.kr.ua/2025/08/21/yak-otrymaty-status-osoby-z-invalidnistyu-vnaslidok-vijny-poyasnyuyut-yurysty/',
};

/** Житловий кодекс Української РСР (№ 5464-X) */
export const HOUSING_CODE: Act = {
  id: 'housing-code',
  kind: 'code',
  number: '5464-X',
  adopted: '1983-06-30',
  title: { uk: 'Житловий кодекс Української РСР', en: 'Housing Code of the Ukrainian SSR' },
  url: 'https://zakon.rada.gov.ua/laws/show/5464-10',
  note: 'Art. 48-1 read on protocol.ua (a mirror of the codes), with the note of the Cabinet resolutions made under it.',
};

/** Постанова КМУ «Питання забезпечення житлом деяких категорій осіб, які захищали незалежність, суверенітет та територіальну цілісність України, а також членів їх сімей» (№ 719) */
export const KMU_719_2016: Act = {
  id: 'kmu-719-2016',
  kind: 'cabinetResolution',
  number: '719',
  adopted: '2016-10-19',
  title: {
    uk: 'Постанова КМУ «Питання забезпечення житлом деяких категорій осіб, які захищали незалежність, суверенітет та територіальну цілісність України, а також членів їх сімей»',
    en: 'Cabinet resolution on housing for certain persons who defended the independence, sovereignty and territorial integrity of Ukraine, and their families',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/719-2016-п',
  editions: [
    {
      from: '2022-07-29',
      by: 'КМУ 844',
      note: 'the amending resolution’s opening read in a copy; the changes not read',
    },
  ],
};

/** Картка послуги ЦНАП у місті Рівному «Призначення грошової компенсації за належні для отримання жилі приміщення» */
export const RIVNE_CNAP_CARD_HOUSING_COMPENSATION: Act = {
  id: 'rivne-cnap-card-housing-compensation',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги ЦНАП у місті Рівному «Призначення грошової компенсації за належні для отримання жилі приміщення»',
    en: 'Rivne CNAP card: the cash compensation for the dwelling due to be received',
  },
  url: 'https://www.cnaprv.gov.ua/services/adminservis_veteran_kopiya/upr_vet10',
};

/** Сторінка департаменту соціальної політики (dspck.gov.ua) «Призначення грошової компенсації за належні для отримання жилі приміщення» */
export const DSPCK_HOUSING_COMPENSATION_PAGE: Act = {
  id: 'dspck-housing-compensation-page',
  kind: 'notice',
  title: {
    uk: 'Сторінка dspck.gov.ua «Призначення грошової компенсації за належні для отримання жилі приміщення»',
    en: 'dspck.gov.ua page on the cash compensation for the dwelling due to be received',
  },
  url: 'http://dspck.gov.ua/posluhy/sotsialni-harantii/odnorazovi-materialni-dopomohy-ta-vyplaty/hroshova-kompensatsiia-za-nalezhni-dlia-otrymannia-zhyli-prymishchennia',
};

/** Постанова КМУ «Деякі питання виплати грошової компенсації особам, які захищали незалежність, суверенітет та територіальну цілісність України, за найм (оренду) ними житлових приміщень» (№ 252) */
export const KMU_252_2025: Act = {
  id: 'kmu-252-2025',
  kind: 'cabinetResolution',
  number: '252',
  adopted: '2025-03-07',
  title: {
    uk: 'Постанова КМУ від 7 березня 2025 р. № 252 (Порядок виплати грошової компенсації особам, які захищали незалежність, суверенітет та територіальну цілісність України, за найм (оренду) ними житлових приміщень)',
    en: 'Cabinet resolution 252 of 7 March 2025 (procedure of the cash compensation for renting a dwelling to those who defended Ukraine)',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/252-2025-п',
  note: 'The resolution’s own title was not read; the procedure’s title as legal news (lexinform.com.ua) gives it.',
  editions: [
    {
      from: '2025-06-18',
      by: 'КМУ 722',
      note: 'points 8, 9 changed: the application at the rented dwelling’s address, also through a CNAP (lexinform.com.ua); the date is the resolution’s',
    },
  ],
};

/** Публікації LexInform про постанови КМУ № 252 і № 722 (компенсація Захисникам за найм житла) */
export const LEXINFORM_RENT_COMPENSATION_2025: Act = {
  id: 'lexinform-rent-compensation-2025',
  kind: 'publication',
  title: {
    uk: 'Публікація lexinform.com.ua «Заяви на компенсацію захисникам вартості проживання подаються за адресою орендованого житла» (постанова КМУ № 722 від 18.06.2025)',
    en: 'lexinform.com.ua report on Cabinet resolution 722 of 18.06.2025: rent compensation applications at the rented address',
  },
  url: 'https://lexinform.com.ua/zakonodavstvo/zayavy-na-kompensatsiyu-zahysnykam-vartosti-prozhyvannya-podayutsya-za-adresoyu-orendovanogo-zhytla',
};

/** Повідомлення Полтавської ОДА про компенсацію Захисникам за найм (оренду) житла (legal.poda.gov.ua) */
export const PODA_RENT_COMPENSATION_NOTICE: Act = {
  id: 'poda-rent-compensation-notice',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Полтавської ОДА про компенсацію Захисникам і Захисницям за найм (оренду) житла',
    en: 'Poltava regional administration notice on the rent compensation for Defenders',
  },
  url: 'https://legal.poda.gov.ua/news/212877',
};

/** Картка послуги ЦНАП Кременчука № 901 «Виплата грошової компенсації особам, які захищали незалежність, суверенітет та територіальну цілісність України, за найм (оренду) ними житлових приміщень» */
export const KREMENCHUK_CNAP_CARD_901: Act = {
  id: 'kremenchuk-cnap-card-901',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги ЦНАП Кременчука № 901 «Виплата грошової компенсації особам, які захищали незалежність, суверенітет та територіальну цілісність України, за найм (оренду) ними житлових приміщень»',
    en: 'Kremenchuk CNAP card 901: the rent compensation for those who defended Ukraine',
  },
  url: 'https://cnap-kremen.gov.ua/poslugi/posluga/901',
};

/** Сторінка ЦНАП «Прозорий офіс» Кропивницького «Порядок виплата грошової компенсації Захисникам за найм (оренду) ними житла» */
export const KROPYVNYTSKYI_CNAP_RENT_COMPENSATION: Act = {
  id: 'kropyvnytskyi-cnap-rent-compensation',
  kind: 'informationCard',
  title: {
    uk: 'Сторінка ЦНАП «Прозорий офіс» Кропивницького «Порядок виплата грошової компенсації Захисникам за найм (оренду) ними житла»',
    en: 'Kropyvnytskyi CNAP page on the rent compensation for Defenders',
  },
  url: 'https://dozvil.kr-rada.gov.ua/news/poryadok-viplata-groshovoyi-kompensatsiyi-zahisnikam-za-naym-orendu-nimi-zhitla.html',
};

/** Публікація «Правда.ІФ» за повідомленням Івано-Франківської ОДА про компенсацію оренди ветеранам з числа ВПО (30.09.2025) */
export const PRAVDA_IF_RENT_COMPENSATION_2025: Act = {
  id: 'pravda-if-rent-compensation-2025',
  kind: 'publication',
  title: {
    uk: 'Публікація pravda.if.ua за повідомленням Івано-Франківської ОДА: компенсація оренди житла ветеранам з числа ВПО (30.09.2025)',
    en: 'pravda.if.ua report after the Ivano-Frankivsk regional administration: rent compensation for displaced veterans (30.09.2025)',
  },
  url: 'https://pravda.if.ua/veterany-z-chysla-vpo-yaki-ne-mayutio-vlasnogo-zhytla-zmozhutio-otrymaty-kompensacziyu-za-orendu/',
};

/** Сторінка Шепетівської районної державної адміністрації «Особа з інвалідністю внаслідок війни» */
export const SHEPETIVKA_RDA_WAR_DISABILITY_PAGE: Act = {
  id: 'shepetivka-rda-war-disability-page',
  kind: 'notice',
  title: {
    uk: 'Сторінка Шепетівської РДА «Особа з інвалідністю внаслідок війни»: встановлення статусу, видача посвідчень',
    en: 'Shepetivka district administration page on the war disability status and its certificate',
  },
  url: 'https://sheprda.gov.ua/pamiatka-veteranam/nadannia-statusu/osoba-z-invalidnistiu-vnaslidok-viyny/',
};

/** Постанова КМУ «Про затвердження Порядку компенсації витрат за тимчасове розміщення (перебування) внутрішньо переміщених осіб» (№ 333) */
export const KMU_333_2022: Act = {
  id: 'kmu-333-2022',
  kind: 'cabinetResolution',
  number: '333',
  adopted: '2022-03-19',
  title: {
    uk: 'Постанова КМУ від 19 березня 2022 р. № 333 «Про затвердження Порядку компенсації витрат за тимчасове розміщення (перебування) внутрішньо переміщених осіб»',
    en: 'Cabinet resolution 333 of 19 March 2022 approving the procedure of compensating the costs of temporarily hosting internally displaced persons',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/333-2022-п',
  note: 'The text was not read; its number, date and subject from CNAP cards and state notices that cite it.',
  editions: [
    {
      from: '2025-01-01',
      by: 'КМУ 1544',
      note: 'payment by the Pension Fund from January 2025, new applications to its bodies from 01.03.2025 (state notices; the text not read)',
    },
  ],
};

/** Постанова КМУ «Деякі питання надання державної підтримки внутрішньо переміщеним особам» (№ 1544) */
export const KMU_1544_2024: Act = {
  id: 'kmu-1544-2024',
  kind: 'cabinetResolution',
  number: '1544',
  adopted: '2024-12-31',
  title: {
    uk: 'Постанова КМУ від 31 грудня 2024 р. № 1544 «Деякі питання надання державної підтримки внутрішньо переміщеним особам»',
    en: 'Cabinet resolution 1544 of 31 December 2024 on state support to internally displaced persons',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/1544-2024-п',
  note: 'Its opening read on iplex360.com.ua; the changes to the procedure of КМУ 333 known from state notices.',
};

/** Картка послуги ЦНАП Диканської громади 02416 «Компенсація витрат за тимчасове розміщення внутрішньо переміщених осіб» */
export const DYKANKA_CNAP_CARD_02416: Act = {
  id: 'dykanka-cnap-card-02416',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги ЦНАП Диканської громади 02416 «Компенсація витрат за тимчасове розміщення внутрішньо переміщених осіб»',
    en: 'Dykanka hromada CNAP card 02416: compensation of the costs of temporarily hosting internally displaced persons',
  },
  url: 'https://cnap-dykanka.gov.ua/functionality/27603',
};

/** Сторінка Долинської громади «Компенсація витрат за тимчасове розміщення переселенців/450 грн за прихист» */
export const DOLYNSKE_IDP_HOSTING_PAGE: Act = {
  id: 'dolynske-idp-hosting-page',
  kind: 'notice',
  title: {
    uk: 'Сторінка Долинської громади «Компенсація витрат за тимчасове розміщення переселенців/450 грн за прихист»',
    en: 'Dolynske hromada page on the compensation for hosting displaced persons',
  },
  url: 'https://dolynske-gromada.gov.ua/news/1661761335/',
};

/** Повідомлення Дубенської міської ради «Уряд оновив порядок надання компенсації за розміщення ВПО» */
export const DUBNO_IDP_HOSTING_CNAP_2022: Act = {
  id: 'dubno-idp-hosting-cnap-2022',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Дубенської міської ради «Уряд оновив порядок надання компенсації за розміщення ВПО» (постанова КМУ № 490)',
    en: 'Dubno city council notice on the updated procedure of the compensation for hosting displaced persons (Cabinet resolution 490)',
  },
  url: 'https://deputat.dubno-adm.gov.ua/pres-centr/novina/article/urjad-onoviv-porjadok-nadannja-kompensaciji-za-rozmishchennja-vpo.html',
};

/** Публікація ogo.ua «У Рівненському ЦНАПі більше не приймають заяви на компенсацію за розміщення ВПО» (28.01.2025) */
export const OGO_RIVNE_IDP_HOSTING_2025: Act = {
  id: 'ogo-rivne-idp-hosting-2025',
  kind: 'publication',
  title: {
    uk: 'Публікація ogo.ua «У Рівненському ЦНАПі більше не приймають заяви на компенсацію за розміщення ВПО» (28.01.2025)',
    en: 'ogo.ua report: the Rivne CNAP no longer takes applications for the compensation for hosting displaced persons (28.01.2025)',
  },
  url: 'https://ogo.ua/articles/view/2025-01-28/148869.html',
};

/** Повідомлення Волноваської районної державної (військової) адміністрації про компенсацію за розміщення ВПО органами Пенсійного фонду */
export const VOLNOVAKHA_IDP_HOSTING_PFU_2025: Act = {
  id: 'volnovakha-idp-hosting-pfu-2025',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Волноваської районної адміністрації про зміни Порядку компенсації витрат за тимчасове розміщення ВПО (постанова КМУ № 1544)',
    en: 'Volnovakha district administration notice on the changes of the hosting compensation procedure (Cabinet resolution 1544)',
  },
  url: 'https://volnovakha.dn.gov.ua/?p=31688',
};

/** Повідомлення Житомирської ОДА «ВПО: Призначення компенсацій власникам житла за програмою «Прихисток» здійснюють органи Пенсійного фонду» (27.03.2025) */
export const ZHYTOMYR_ODA_IDP_HOSTING_PFU_2025: Act = {
  id: 'zhytomyr-oda-idp-hosting-pfu-2025',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Житомирської ОДА «ВПО: Призначення компенсацій власникам житла за програмою «Прихисток» здійснюють органи Пенсійного фонду» (27.03.2025)',
    en: 'Zhytomyr regional administration notice: the Pension Fund assigns the Prykhystok compensation to homeowners (27.03.2025)',
  },
  url: 'https://oda.zht.gov.ua/news/vpo-pryznachennya-kompensatsij-vlasnykam-zhytla-za-programoyu-pryhystok-zdijsnyuyut-organy-pensijnogo-fondu',
};

/** Публікація «Вечірній Краматорськ» «З березня компенсацію за безоплатне тимчасове розміщення ВПО призначають органи ПФУ» */
export const VP_DONETSK_IDP_HOSTING_PFU_2025: Act = {
  id: 'vp-donetsk-idp-hosting-pfu-2025',
  kind: 'publication',
  title: {
    uk: 'Публікація vp.donetsk.ua «З березня компенсацію за безоплатне тимчасове розміщення ВПО призначають органи ПФУ»',
    en: 'vp.donetsk.ua report: from March the Pension Fund bodies assign the compensation for hosting displaced persons',
  },
  url: 'https://vp.donetsk.ua/gorod-region/gorod/120135-z-bereznya-kompensatsiyu-za-bezoplatne-timchasove-rozmishchennya-vpo-priznachayut-organi-pfu',
};

/** Постанова КМУ «Про збір, обробку та облік інформації про пошкоджене та знищене нерухоме майно внаслідок бойових дій, терористичних актів, диверсій, спричинених військовою агресією Російської Федерації» (№ 380) */
export const KMU_380_2022: Act = {
  id: 'kmu-380-2022',
  kind: 'cabinetResolution',
  number: '380',
  adopted: '2022-03-26',
  title: {
    uk: 'Постанова КМУ від 26 березня 2022 р. № 380 «Про збір, обробку та облік інформації про пошкоджене та знищене нерухоме майно внаслідок бойових дій, терористичних актів, диверсій, спричинених військовою агресією Російської Федерації»',
    en: 'Cabinet resolution 380 of 26 March 2022 on collecting and recording information on real property damaged or destroyed by the Russian aggression',
  },
  url: 'https://zakon.rada.gov.ua/laws/show/380-2022-п',
  note: 'The title as a CNAP card and a hromada page give it; the procedure’s opening points read in a hromada’s copy of the edition of КМУ 624.',
  editions: [
    {
      from: '2023-06-13',
      by: 'КМУ 624',
      note: 'the procedure of the notice in a new wording (the date is the amending resolution’s; read in a hromada’s copy)',
    },
  ],
};

/** Картка послуги ЦНАП Новороздільської громади 02418 «Подання інформаційного повідомлення про пошкоджене та знищене нерухоме майно …» */
export const NOVYI_ROZDIL_CNAP_CARD_02418: Act = {
  id: 'novyi-rozdil-cnap-card-02418',
  kind: 'informationCard',
  title: {
    uk: 'Картка послуги ЦНАП Новороздільської громади 02418 «Подання інформаційного повідомлення про пошкоджене та знищене нерухоме майно внаслідок бойових дій, терористичних актів, диверсій, спричинених військовою агресією Російської Федерації»',
    en: 'Novyi Rozdil hromada CNAP card 02418: the notice of real property damaged or destroyed by the Russian aggression',
  },
  url: 'https://cnap.novyyrozdil-gromada.gov.ua/functionality/28193',
};

/** Повідомлення Міністерства юстиції «Способи подання повідомлення про пошкоджене та знищене нерухоме майно» (06.09.2022) */
export const MINJUST_DAMAGED_PROPERTY_NOTICE_2022: Act = {
  id: 'minjust-damaged-property-notice-2022',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Міністерства юстиції «Способи подання повідомлення про пошкоджене та знищене нерухоме майно» (06.09.2022)',
    en: 'Ministry of Justice notice on the ways to file the notice of damaged and destroyed real property (06.09.2022)',
  },
  url: 'https://minjust.gov.ua/m/sposobi-podannya-povidomlennya-pro-poshkodjene-ta-znischene-neruhome-mayno',
};

/** Повідомлення Криворізької міської ради «Де оформити компенсацію за пошкоджене майно у Кривому Розі?» (03.05.2022) */
export const KRYVYI_RIH_DAMAGED_PROPERTY_NOTICE_2022: Act = {
  id: 'kryvyi-rih-damaged-property-notice-2022',
  kind: 'notice',
  title: {
    uk: 'Повідомлення Криворізької міської ради «Де оформити компенсацію за пошкоджене майно у Кривому Розі?» (03.05.2022)',
    en: 'Kryvyi Rih city council notice on where to file for damaged property (03.05.2022)',
  },
  url: 'https://kr.gov.ua/ua/news/pg/30522923060574_n/',
};

/** Публікація Фокус «Зруйноване житло: як отримати компенсацію» за повідомленням Мінцифри (29.08.2025) */
export const FOCUS_EVIDNOVLENNIA_2025: Act = {
  id: 'focus-evidnovlennia-2025',
  kind: 'publication',
  title: {
    uk: 'Публікація focus.ua про компенсацію за зруйноване і пошкоджене житло за повідомленням Мінцифри (29.08.2025)',
    en: 'focus.ua report after the Ministry of Digital Transformation on compensation for damaged and destroyed housing (29.08.2025)',
  },
  url: 'https://focus.ua/uk/economics/721678-zruynovane-zhitlo-yak-otrimati-kompensaciyu',
};

/** The acts of this file, in the order written. */
export const WAR_AND_DISPLACEMENT_ACTS: readonly Act[] = [
  LAW_3551_XII,
  KMU_268_2017,
  KMU_740_2015,
  ODESSA_LIFE_WAR_CHILD_STATUS_2026,
  KRNEWS_WAR_CHILD_STATUS_VIZA,
  GIRSKA_WAR_CHILD_STATUS_DOCUMENTS,
  ZGURIVSKA_KMU_1065_NOTICE,
  DIIA_FALLEN_DEFENDER_FAMILY_STATUS,
  KEGYCHIVKA_CNAP_CARD_02599,
  RIVNE_CNAP_CARD_FALLEN_DEFENDER_FAMILY,
  SHEPETIVKA_RDA_FALLEN_FAMILY_PAGE,
  LAW_2923_IX,
  LIGA_BLOG_2923_IN_FORCE,
  RIVNE_CNAP_CARD_WAR_DISABILITY,
  KREMENCHUK_CNAP_CARD_751,
  UC_KR_WAR_DISABILITY_2025,
  HOUSING_CODE,
  KMU_719_2016,
  RIVNE_CNAP_CARD_HOUSING_COMPENSATION,
  DSPCK_HOUSING_COMPENSATION_PAGE,
  KMU_252_2025,
  LEXINFORM_RENT_COMPENSATION_2025,
  PODA_RENT_COMPENSATION_NOTICE,
  KREMENCHUK_CNAP_CARD_901,
  KROPYVNYTSKYI_CNAP_RENT_COMPENSATION,
  PRAVDA_IF_RENT_COMPENSATION_2025,
  SHEPETIVKA_RDA_WAR_DISABILITY_PAGE,
  KMU_333_2022,
  KMU_1544_2024,
  DYKANKA_CNAP_CARD_02416,
  DOLYNSKE_IDP_HOSTING_PAGE,
  DUBNO_IDP_HOSTING_CNAP_2022,
  OGO_RIVNE_IDP_HOSTING_2025,
  VOLNOVAKHA_IDP_HOSTING_PFU_2025,
  ZHYTOMYR_ODA_IDP_HOSTING_PFU_2025,
  VP_DONETSK_IDP_HOSTING_PFU_2025,
  KMU_380_2022,
  NOVYI_ROZDIL_CNAP_CARD_02418,
  MINJUST_DAMAGED_PROPERTY_NOTICE_2022,
  KRYVYI_RIH_DAMAGED_PROPERTY_NOTICE_2022,
  FOCUS_EVIDNOVLENNIA_2025,
];
