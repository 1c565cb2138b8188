import type { Citation } from '@vikno/law';

/*
 * Citations of the text of laws that list a service's documents, read for issue 14. Each quotes the words that carry
 * the value. The laws were read in the official text as ingested from zakon.rada.gov.ua into
 * github.com/Ansvar-Systems/Ukrainian-law-mcp (data/seed, commit 35a12f9 of 2026-02-28; the edition is the one in
 * force when ingested, its date is not stated there).
 */

const MIRROR_1871 =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/01205-ua-law-1871-20.json, commit 35a12f9 of 2026-02-28; the edition in force then, its date not ' +
  'stated). The law is in force since 01.12.2021; the Cabinet procedure under it (КМУ 265) since 14.03.2022.';

const MIRROR_1706 =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/02766-ua-law-1706-18.json, commit 35a12f9 of 2026-02-28; the edition in force then, its date not ' +
  'stated; the reference to the Law «Про адміністративну процедуру» in part 3 shows an edition of 2023 or later).';

/** Law 1871-IX Art. 9 part 1: registration in person is on an application in the Cabinet's form; a representative may apply. */
export const LAW_1871_ART_9_P1: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'ч. 1 ст. 9', en: 'Art. 9 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'У разі реєстрації місця проживання (перебування) особи під час особистого відвідування органу реєстрації ' +
    '(у тому числі через центр надання адміністративних послуг) подається заява про реєстрацію місця проживання ' +
    '(перебування) за формою, затвердженою Кабінетом Міністрів України.',
  note: MIRROR_1871,
};

/** Law 1871-IX Art. 9 part 2 item 1: the passport document. */
export const LAW_1871_ART_9_P2_1: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'п. 1 ч. 2 ст. 9', en: 'Art. 9 part 2 item 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'До заяви про реєстрацію місця проживання (перебування) особи додаються: 1) паспортний документ особи або ' +
    'довідка про звернення за захистом в Україні, або документ, що посвідчує особу без громадянства…',
  note: MIRROR_1871,
};

/** Law 1871-IX Art. 9 part 2 item 2: the birth certificate of a child under 14. */
export const LAW_1871_ART_9_P2_2: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'п. 2 ч. 2 ст. 9', en: 'Art. 9 part 2 item 2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote: '2) свідоцтво про народження - для дітей віком до 14 років;',
  note:
    `${MIRROR_1871} The law names the birth certificate only; the legalised foreign birth document as its ` +
    'alternative is from the Cabinet procedure as a CNAP quotes it (not read in its text).',
};

/** Law 1871-IX Art. 9 part 2 item 3 and part 3: the right to the dwelling, or the owner's consent. */
export const LAW_1871_ART_9_P2_3: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'п. 3 ч. 2, ч. 3 ст. 9', en: 'Art. 9 part 2 item 3, part 3' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '3) документи, що підтверджують право на проживання (перебування) в житлі, адреса якого реєструється … ' +
    '3. У разі відсутності документів, передбачених пунктом 3 частини другої цієї статті, реєстрація місця ' +
    'проживання особи здійснюється за згодою власника (співвласників) житла, уповноваженої особи житла.',
  note:
    `${MIRROR_1871} Item 3 names ownership documents, a court decision, a lease «або інші документи, визначені ` +
    'Кабінетом Міністрів України».',
};

/** Law 1871-IX Art. 9 part 2 items 4–5: the representative's identity and authority. */
export const LAW_1871_ART_9_P2_4_5: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'пп. 4–5 ч. 2 ст. 9', en: 'Art. 9 part 2 items 4–5' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '4) документи, що посвідчують особу законного представника (представника); 5) документи, що підтверджують ' +
    'повноваження особи як законного представника (представника), крім випадків, якщо законними представниками ' +
    'дитини є її батьки чи один із батьків;',
  note: `${MIRROR_1871} Part 1: a representative acts «на підставі довіреності, посвідченої у встановленому законом порядку».`,
};

/** Law 1871-IX Art. 9 part 2 item 6: proof of payment of the fee. */
export const LAW_1871_ART_9_P2_6: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'п. 6 ч. 2 ст. 9', en: 'Art. 9 part 2 item 6' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote: '6) документ, що підтверджує сплату адміністративного збору;',
  note: MIRROR_1871,
};

/** Law 1871-IX Art. 6 part 1: the fee for registration and for deregistration. */
export const LAW_1871_ART_6_P1: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'ч. 1 ст. 6', en: 'Art. 6 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'За декларування місця проживання, реєстрацію місця проживання, зняття із задекларованого місця проживання, ' +
    'зареєстрованого місця проживання справляється адміністративний збір у розмірі: … 3) 1,5 відсотка ' +
    'прожиткового мінімуму … - за зняття із задекларованого/зареєстрованого місця проживання/зміну місця проживання.',
  note:
    `${MIRROR_1871} Part 2: registering together with deregistering, the fee is paid once; part 3: no fee for ` +
    'deregistration on a notice of the migration service, a social service provider, a court decision or the ' +
    'dwelling’s authorised person.',
};

/** Law 1871-IX Art. 18 part 1 item 1: deregistration on a paper application of the person or a representative. */
export const LAW_1871_ART_18_P1: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'п. 1 ч. 1 ст. 18', en: 'Art. 18 part 1 item 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '1) за заявою про зняття особи із задекларованого або зареєстрованого місця проживання (перебування), ' +
    'поданою у паперовій формі такою особою, її законним представником або представником;',
  note: MIRROR_1871,
};

/** Law 1871-IX Art. 18 part 4: the passport document; for a child under 14, the birth certificate too. */
export const LAW_1871_ART_18_P4: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'ч. 4 ст. 18', en: 'Art. 18 part 4' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Разом із заявою про зняття особи із задекларованого або зареєстрованого місця проживання (перебування), що ' +
    'подається у паперовій формі, така особа подає паспортний документ особи … Стосовно дитини віком до 14 років ' +
    'подається також свідоцтво про народження.',
  note:
    `${MIRROR_1871} Part 5: where a representative applies, the representative’s identity document and proof of ` +
    'authority are submitted «додатково»; whether the person’s own passport is then still required is not said ' +
    'in so many words.',
};

/** Law 1871-IX Art. 18 part 5: the representative's identity and authority in deregistration. */
export const LAW_1871_ART_18_P5: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'ч. 5 ст. 18', en: 'Art. 18 part 5' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'У разі подання заяви про зняття особи … у паперовій формі представником такої особи додатково подаються: ' +
    '1) документ, що посвідчує особу представника; 2) документ, що підтверджує повноваження особи як ' +
    'представника (законного представника).',
  note: MIRROR_1871,
};

/** Law 1706-VII Art. 4 part 3: the IDP certificate is issued on an application. */
export const LAW_1706_ART_4_P3: Citation = {
  act: 'law-1706-vii',
  provision: { uk: 'ч. 3 ст. 4', en: 'Art. 4 part 3' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Для отримання довідки про взяття на облік внутрішньо переміщеної особи така особа звертається із заявою до ' +
    'структурного підрозділу з питань соціального захисту населення … у порядку, встановленому Кабінетом ' +
    'Міністрів України…',
  note: MIRROR_1706,
};

/** Law 1706-VII Art. 4 part 7: the identity document, or the child's birth certificate. */
export const LAW_1706_ART_4_P7: Citation = {
  act: 'law-1706-vii',
  provision: { uk: 'ч. 7 ст. 4', en: 'Art. 4 part 7' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Разом із заявою заявник подає документ, що посвідчує особу та підтверджує громадянство України, або ' +
    'документ, що посвідчує особу та підтверджує її спеціальний статус, або свідоцтво про народження дитини.',
  note:
    `${MIRROR_1706} Without a residence mark for the territory left, the applicant gives proof of having lived ` +
    'there (no fact of this library expresses it). Part 8: a legal representative adds their identity document ' +
    'and proof of authority, except parents (adopters).',
};

/** Law 1706-VII Art. 12 part 1 item 1: the certificate is withdrawn on the person's application. */
export const LAW_1706_ART_12_P1: Citation = {
  act: 'law-1706-vii',
  provision: { uk: 'п. 1 ч. 1 ст. 12', en: 'Art. 12 part 1 item 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Підставою для відкликання довідки про взяття на облік внутрішньо переміщеної особи … є обставини, за яких ' +
    'внутрішньо переміщена особа: 1) подала заяву про відмову від довідки;',
  note: MIRROR_1706,
};

const MIRROR_2811 =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/07833-ua-law-2811-12.json, commit 35a12f9 of 2026-02-28). The edition is the one Law 4681-IX gave ' +
  'from 01.01.2026: its Art. 11 reads «виплачується одноразово у розмірі 50000 гривень».';

/** Law 2811-XII Art. 10 part 1: birth assistance is assigned on an application in the Cabinet's form. */
export const LAW_2811_ART_10_APPLICATION: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ч. 1 ст. 10', en: 'Art. 10 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Допомога при народженні дитини призначається на підставі заяви про її призначення, форма якої ' +
    'встановлюється Кабінетом Міністрів України, поданої отримувачем до органу, що призначає та здійснює ' +
    'виплату державної допомоги сім’ям з дітьми.',
  note: `${MIRROR_2811} Art. 9: the recipient is the parent or guardian the child lives with permanently.`,
};

/** Law 2811-XII Art. 10 part 2: the copies attached, the birth certificate or the guardianship decision. */
export const LAW_2811_ART_10_ATTACHED: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ч. 2 ст. 10', en: 'Art. 10 part 2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'До заяви додаються: копія свідоцтва про народження дитини - у разі подання заяви одним із батьків ' +
    'дитини, який постійно проживає з дитиною; копія рішення про встановлення опіки - у разі подання заяви ' +
    'опікуном дитини. … Зазначений перелік документів є вичерпним. Допомога при народженні дитини призначається ' +
    'отримувачу без подання документів, передбачених абзацом другим частини другої цієї статті, якщо відомості, ' +
    'необхідні для її призначення, надійшли у порядку міжвідомчої електронної взаємодії з Державного реєстру ' +
    'актів цивільного стану громадян під час державної реєстрації народження дитини…',
  note: MIRROR_2811,
};

/** Law 2811-XII Art. 10 part 2: the passport (or another identity and citizenship document) is presented. */
export const LAW_2811_ART_10_IDENTITY: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ч. 2 ст. 10', en: 'Art. 10 part 2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Допомога при народженні дитини призначається за умови пред’явлення паспорта громадянина України або ' +
    'іншого документа, що посвідчує особу та підтверджує громадянство України. Зазначений перелік документів є ' +
    'вичерпним.',
  note: MIRROR_2811,
};

/** Law 2398-VI Art. 11 parts 1–2: the State register of civil status acts and its holder. */
export const LAW_2398_ART_11: Citation = {
  act: 'law-2398-vi',
  provision: { uk: 'ч. 1–2 ст. 11', en: 'Art. 11 parts 1–2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Державний реєстр актів цивільного стану громадян - це державна електронна інформаційна система, яка ' +
    'містить відомості про акти цивільного стану … 2. Держателем Державного реєстру актів цивільного стану ' +
    'громадян є центральний орган виконавчої влади, що реалізує державну політику у сфері державної ' +
    'реєстрації актів цивільного стану.',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/04014-ua-law-2398-17.json, commit 35a12f9 of 2026-02-28). The law names the holder by its ' +
    'function; that this body is the Ministry of Justice is not said there (its regulation was not read).',
};

/** Law 5492-VI Art. 2 part 1 item 1: the keeper of the Unified state demographic register. */
export const LAW_5492_ART_2: Citation = {
  act: 'law-5492-vi',
  provision: { uk: 'п. 1 ч. 1 ст. 2', en: 'Art. 2 part 1 item 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '1) розпорядник Реєстру - центральний орган виконавчої влади, що реалізує державну політику у сферах ' +
    'міграції (імміграції та еміграції), у тому числі протидії нелегальній (незаконній) міграції, ' +
    'громадянства, реєстрації фізичних осіб…',
  note:
    'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
    '(data/seed/03144-ua-law-5492-17.json, commit 35a12f9 of 2026-02-28); Art. 1 names the «Єдиний державний ' +
    'демографічний реєстр (далі - Реєстр)». The law names the keeper by its function; that it is the State ' +
    'Migration Service is not said there.',
};

/** Law 1871-IX Art. 2 part 1 items 7 and 10: the register of the territorial community and who keeps it. */
export const LAW_1871_ART_2: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'пп. 7, 10 ч. 1 ст. 2', en: 'Art. 2 part 1 items 7, 10' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '7) орган реєстрації - виконавчий орган сільської, селищної або міської ради, який … забезпечує ' +
    'формування та ведення реєстру територіальної громади … 10) реєстр територіальної громади - ' +
    'інформаційно-комунікаційна система, призначена для обробки визначеної цим Законом інформації, що ' +
    'створюється, ведеться та адмініструється органом реєстрації…',
  note: MIRROR_1871,
};

/*
 * The names of document kinds, as the laws' texts name them. Each supports the name; where a document kind also
 * says which register holds it, the note says whether the text read supports that too.
 */

/** Law 1871-IX Art. 8 part 1 item 1 sub-item и: the taxpayer number, from the State register of individual taxpayers. */
export const LAW_1871_ART_8_RNOKPP: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'підп. «и» п. 1 ч. 1 ст. 8', en: 'Art. 8 part 1 item 1 sub-item «и»' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'и) реєстраційний номер облікової картки платників податків з Державного реєстру фізичних осіб - платників ' +
    'податків або повідомлення про відмову від прийняття реєстраційного номера облікової картки платника ' +
    'податків…',
  note: `${MIRROR_1871} Supports the document's name and the register holding the number, not the register's holder.`,
};

/** Law 1871-IX Art. 8 part 1 item 1 sub-item є: the legalised foreign birth registration document. */
export const LAW_1871_ART_8_FOREIGN_BIRTH: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'підп. «є» п. 1 ч. 1 ст. 8', en: 'Art. 8 part 1 item 1 sub-item «є»' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'реквізити свідоцтва про народження або документа про реєстрацію народження, виданого компетентним органом ' +
    'іноземної держави і легалізованого у встановленому порядку, якщо інше не передбачено міжнародним ' +
    'договором України…',
  note: MIRROR_1871,
};

/** Law 1871-IX Art. 26 parts 1, 3: the extract from the register of the territorial community confirms residence. */
export const LAW_1871_ART_26: Citation = {
  act: 'law-1871-ix',
  provision: { uk: 'ч. 1, 3 ст. 26', en: 'Art. 26 parts 1, 3' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    '…орган реєстрації видає витяг із реєстру територіальної громади, що підтверджує зареєстроване або ' +
    'задеклароване місце проживання (перебування) особи … 3. Витяг із реєстру територіальної громади - це ' +
    'документ у паперовій або електронній формі, що підтверджує відомості про місце проживання (перебування) ' +
    'особи…',
  note: MIRROR_1871,
};

/** Law 1706-VII Art. 4 part 1: the certificate of registration as an IDP. */
export const LAW_1706_ART_4_P1: Citation = {
  act: 'law-1706-vii',
  provision: { uk: 'ч. 1 ст. 4', en: 'Art. 4 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Факт внутрішнього переміщення підтверджується довідкою про взяття на облік внутрішньо переміщеної особи, ' +
    'що діє безстроково, крім випадків, передбачених статтею 12 цього Закону.',
  note: `${MIRROR_1706} Supports the document's name; which database holds it was not read in this article.`,
};

const MIRROR_2109 =
  'Read in the official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/06288-ua-law-2109-14.json, commit 35a12f9 of 2026-02-28). The edition names the Pension Fund as ' +
  'the body the application goes to, so it is the one in force since the transfer of 01.07.2025; earlier ' +
  'editions were not read.';

/** Law 2109-III Art. 8 parts 1–2: who applies, and where. */
export const LAW_2109_ART_8_APPLICATION: Citation = {
  act: 'law-2109-iii',
  provision: { uk: 'ч. 1–2 ст. 8', en: 'Art. 8 parts 1–2' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Заява про призначення державної соціальної допомоги подається особою з інвалідністю з дитинства до ' +
    'територіального органу Пенсійного фонду України. Заява … особі з інвалідністю I чи II групи, яку визнано ' +
    'недієздатною, а також на дитину з інвалідністю подається одним із батьків, усиновителем, опікуном або ' +
    'піклувальником за місцем свого проживання.',
  note: MIRROR_2109,
};

/** Law 2109-III Art. 8 part 3: documents of age and the disability certificate. */
export const LAW_2109_ART_8_DOCUMENTS: Citation = {
  act: 'law-2109-iii',
  provision: { uk: 'ч. 3 ст. 8', en: 'Art. 8 part 3' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'До заяви про призначення державної соціальної допомоги додаються документи про вік особи з інвалідністю з ' +
    'дитинства або дитини з інвалідністю, а також довідка медико-соціальної експертизи або витяг з рішення ' +
    'експертної команди з оцінювання повсякденного функціонування особи … або медичний висновок, видані у ' +
    'встановленому законодавством порядку.',
  note: MIRROR_2109,
};

/** Law 2109-III Art. 8 part 4: the Pension Fund reads the residence from the register of the territorial community. */
export const LAW_2109_ART_8_RESIDENCE: Citation = {
  act: 'law-2109-iii',
  provision: { uk: 'ч. 4 ст. 8', en: 'Art. 8 part 4' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Інформація про місце проживання особи з інвалідністю з дитинства, дитини з інвалідністю, а також батьків, ' +
    'усиновителів, опікуна чи піклувальника, які подали заяву …, отримується посадовими особами територіальних ' +
    'органів Пенсійного фонду України безоплатно з реєстру територіальної громади…',
  note: MIRROR_2109,
};

/** Law 2109-III Art. 8 part 5: a guardian adds a copy of the guardianship decision. */
export const LAW_2109_ART_8_GUARDIAN: Citation = {
  act: 'law-2109-iii',
  provision: { uk: 'ч. 5 ст. 8', en: 'Art. 8 part 5' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Якщо з заявою звертається опікун або піклувальник, то подається також копія рішення органу опіки і ' +
    'піклування про встановлення опіки чи піклування.',
  note:
    `${MIRROR_2109} Part 6 (a non-working parent or guardian caring for the child adds a certificate that they ` +
    'do not work) has no fact here and is left out.',
};

/** Law 2811-XII Art. 18-2 part 1: the birth extract showing the basis of the father's record, or the foreign document. */
export const LAW_2811_ART_18_2: Citation = {
  act: 'law-2811-xii',
  provision: { uk: 'ч. 1 ст. 18-2', en: 'Art. 18-2 part 1' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'Допомога на дітей одиноким матерям призначається за наявності витягу з Державного реєстру актів цивільного ' +
    'стану громадян про державну реєстрацію народження дитини … або довідки про народження … із зазначенням ' +
    'підстави внесення відомостей про батька дитини до актового запису про народження дитини відповідно до ' +
    'абзацу першого частини першої статті 135 Сімейного кодексу України, або документа про народження, виданого ' +
    'компетентним органом іноземної держави, в якому відсутні відомості про батька, за умови його легалізації в ' +
    'установленому законодавством порядку.',
  note:
    `${MIRROR_2811} Part 3: the conditions of the low-income assistance apply too (the income declaration comes ` +
    'from the Cabinet procedure, not read here).',
};

/** Law 1706-VII Art. 4 part 8: a legal representative adds their identity document and proof of authority. */
export const LAW_1706_ART_4_P8: Citation = {
  act: 'law-1706-vii',
  provision: { uk: 'ч. 8 ст. 4', en: 'Art. 4 part 8' },
  evidence: 'text',
  checkedOn: '2026-11-26',
  quote:
    'У разі подання заяви законним представником особи додатково подаються: документ, що посвідчує особу ' +
    'законного представника; документ, що підтверджує повноваження особи як законного представника, крім ' +
    'випадків, коли законними представниками є батьки (усиновлювачі); у разі необхідності - свідоцтво про ' +
    'народження дитини.',
  note:
    `${MIRROR_1706} Whether the proof of authority is shown or a copy left is not said; shown is this library's ` +
    'choice, as for the identity document.',
};
