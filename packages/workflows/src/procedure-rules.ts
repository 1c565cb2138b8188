// The rules of the administrative procedure that a case's machine enforces or records, each cited once, by article
// and part, from the official text of Law 2073-IX and Law 5203-VI; and the trace of which law gives a case its
// decision term. The case machines, the technological cards and the guide (docs/guides/administrative-procedure.md)
// take their citations from here.

import { ADMINISTRATIVE_PROCEDURE, describeTerm, Term } from '@vikno/deadlines';
import { type Citation, defaultActRegister, type LegalSource, type LocalizedText } from '@vikno/law';
import type { CaseEventType } from './events.js';
import { invalidInput } from './transfer-register.js';

const checkedOn = '2026-11-26';

/** Where the wording of Law 2073-IX was read. */
const OFFICIAL_2073 =
  'Official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/01122-ua-law-2073-20.json, commit 35a12f9, 2026-02-22); edition date not stated.';

/** Where the wording of Law 5203-VI was read: its edition after Law 2073-IX amended it. */
const OFFICIAL_5203 =
  'Official text as ingested from zakon.rada.gov.ua into github.com/Ansvar-Systems/Ukrainian-law-mcp ' +
  '(data/seed/03254-ua-law-5203-17.json, commit 35a12f9, 2026-02-22); edition date not stated, the wording is ' +
  'that given by Law 2073-IX.';

type Provision = { readonly uk: string; readonly en: string };

/**
 * A provision of Law 2073-IX as read in its official text, quoted verbatim, with what else its note says; `path`
 * names where it is cited in an error of the register. The procedure rules, the complaint and the decision cite
 * the law through it.
 */
export function law2073(
  provision: Provision,
  quote: string,
  note?: string,
  path = 'PROCEDURE_RULES',
): LegalSource {
  const citation: Citation = {
    act: 'law-2073-ix',
    provision,
    evidence: 'text',
    checkedOn,
    quote,
    note: note === undefined ? OFFICIAL_2073 : `${OFFICIAL_2073} ${note}`,
  };
  return defaultActRegister().cite(citation, path);
}

/** A provision of Law 5203-VI as read in its official text, quoted verbatim. */
function law5203(provision: Provision, quote: string, note?: string): LegalSource {
  const citation: Citation = {
    act: 'law-5203-vi',
    provision,
    evidence: 'text',
    checkedOn,
    quote,
    note: note === undefined ? OFFICIAL_5203 : `${OFFICIAL_5203} ${note}`,
  };
  return defaultActRegister().cite(citation, 'PROCEDURE_RULES');
}

/** Law 2073-IX Art. 3 part 2: a law may set features of the procedure for categories of cases. */
const LAW_2073_ART_3_PART_2 = law2073(
  { uk: 'ч. 2 ст. 3', en: 'Art. 3 part 2' },
  '2. Законом можуть бути встановлені особливості адміністративного провадження для окремих категорій ' +
    'адміністративних справ. Такі особливості повинні відповідати принципам адміністративної процедури, визначеним ' +
    'цим Законом.',
);

/** Law 5203-VI Art. 3 part 2, as Law 2073-IX worded it: services follow both laws and the features of special laws. */
const LAW_5203_ART_3_PART_2 = law5203(
  { uk: 'ч. 2 ст. 3', en: 'Art. 3 part 2' },
  '2. Надання адміністративних послуг здійснюється відповідно до Закону України "Про адміністративну процедуру" ' +
    'та цього Закону з урахуванням особливостей, визначених законами, які регулюють суспільні відносини у ' +
    'відповідних сферах',
);

/** Law 2073-IX Art. 34 part 1: the maximum term of a category of cases is set by law. */
const LAW_2073_ART_34_PART_1 = law2073(
  { uk: 'ч. 1 ст. 34', en: 'Art. 34 part 1' },
  '1. Граничний строк вирішення окремих категорій справ встановлюється законом. Граничний строк вирішення справи ' +
    'може визначатися сукупністю строків, визначених законом для окремих етапів адміністративної процедури.',
);

/** Law 5203-VI Art. 10 parts 1–2: a service's term is set by law; where none is, at most 30 calendar days. */
const LAW_5203_ART_10 = law5203(
  { uk: 'ч. 1–2 ст. 10', en: 'Art. 10 parts 1–2' },
  '1. Граничний строк надання адміністративної послуги визначається законом.\n2. У разі якщо законом не визначено ' +
    'граничний строк надання адміністративної послуги, цей строк не може перевищувати 30 календарних днів з дня ' +
    'подання суб’єктом звернення заяви та документів, необхідних для отримання послуги.',
);

/** Law 2073-IX Art. 42 parts 1–2: registered the day it arrives; registration is never refused. */
const LAW_2073_ART_42 = law2073(
  { uk: 'ч. 1–2 ст. 42', en: 'Art. 42 parts 1–2' },
  '1. Заява реєструється адміністративним органом в день її надходження.\n2. Відмова в реєстрації заяви не ' +
    'допускається.',
);

/** Law 5203-VI Art. 9 part 2, as Law 2073-IX worded it: an application is filed as Law 2073-IX says. */
const LAW_5203_ART_9_PART_2 = law5203(
  { uk: 'ч. 2 ст. 9', en: 'Art. 9 part 2' },
  '2. Заява на отримання адміністративної послуги (далі - заява) подається в порядку, встановленому Законом ' +
    'України "Про адміністративну процедуру".',
);

/**
 * Law 5203-VI Art. 13 part 4 item 2: the CNAP administrator registers the documents and passes them to the provider
 * not later than the next working day after receiving them.
 */
export const LAW_5203_ART_13_PART_4 = law5203(
  { uk: 'п. 2 ч. 4 ст. 13', en: 'Art. 13 part 4 item 2' },
  '2) прийняття від суб’єктів звернень документів, необхідних для надання адміністративних послуг, їх реєстрація ' +
    'та подання документів (їх копій) відповідним суб’єктам надання адміністративних послуг не пізніше наступного ' +
    'робочого дня після їх отримання;',
  'A task of the CNAP administrator (Art. 13 part 4: «Основними завданнями адміністратора є»).',
);

/** Law 2073-IX Art. 43 parts 1 and 2: an application with defects is left without movement, with notice. */
const LAW_2073_ART_43_PART_1 = law2073(
  { uk: 'ч. 1–2 ст. 43', en: 'Art. 43 parts 1–2' },
  '1. У разі якщо заяву подано з порушенням встановлених законодавством вимог, посадова особа адміністративного ' +
    'органу, яка розглядає справу, приймає рішення про залишення заяви без руху. … У повідомленні про залишення ' +
    'заяви без руху зазначаються виявлені недоліки з посиланням на порушені вимоги законодавства, спосіб та строк ' +
    'усунення недоліків … 2. Необґрунтоване залишення заяви без руху не допускається.',
  'Part 1 also gives the notice three working days from receipt (at once, against a signature, to an applicant who ' +
    'came in person) and lets the body set a term «sufficient» to cure the defects, extendable on request.',
);

/** Law 2073-IX Art. 43 part 3: cured in time, filed on the first day; the case term extended by the time lost. */
const LAW_2073_ART_43_PART_3 = law2073(
  { uk: 'ч. 3 ст. 43', en: 'Art. 43 part 3' },
  '3. У разі усунення виявлених недоліків у строк, встановлений адміністративним органом, заява вважається поданою ' +
    'в день її первинного подання. При цьому строк розгляду справи продовжується на строк залишення заяви без руху.',
);

/** Law 2073-IX Art. 43 part 4: an application whose defects were cured is not left without movement again. */
const LAW_2073_ART_43_PART_4 = law2073(
  { uk: 'ч. 4 ст. 43', en: 'Art. 43 part 4' },
  '4. Не допускається повторне залишення без руху заяви, в якій усунуто виявлені недоліки, зазначені в ' +
    'повідомленні про залишення заяви без руху.',
);

/**
 * Law 2073-IX on an application whose defects were not cured in time: silent. Returning it with reasons is the
 * SDK's choice, evidence `none`.
 */
const LAW_2073_UNCURED = defaultActRegister().cite(
  {
    act: 'law-2073-ix',
    provision: { uk: 'ст. 43 (не врегульовано)', en: 'Art. 43 (silent)' },
    evidence: 'none',
    checkedOn,
    note:
      'Art. 43 was read whole in the official text (see OFFICIAL_2073 notes): it says what follows a cure in time ' +
      '(part 3) and nothing of an application not cured. Art. 44 forwards an application by competence, Art. 45 ' +
      'lists applications not considered, Art. 65 closes proceedings; none speaks of an uncured one. That the ' +
      'application is returned with the reasons after the cure term is the SDK’s choice, not a rule read.',
  },
  'PROCEDURE_RULES',
);

/** Law 2073-IX Art. 54 part 5: the applicant may withdraw the application until the act is adopted. */
const LAW_2073_ART_54_PART_5 = law2073(
  { uk: 'ч. 5 ст. 54', en: 'Art. 54 part 5' },
  '5. Заявник може змінити або відкликати свою заяву на будь-якому етапі адміністративного провадження до моменту ' +
    'прийняття адміністративного акта, крім випадків, передбачених законом.',
);

/** Law 2073-IX Art. 65 part 1: the applicant's withdrawal closes the proceedings. */
const LAW_2073_ART_65_PART_1 = law2073(
  { uk: 'ч. 1 ст. 65', en: 'Art. 65 part 1' },
  '1. Відмова учасника, за ініціативою якого розпочато адміністративне провадження, від розгляду його заяви або ' +
    'скарги є підставою для закриття такого провадження',
  'Except where the matter is of public interest or the law does not allow closing (items 1–2).',
);

/** Law 2073-IX Art. 64 parts 2 and 5: suspension, and the term going on from where it stopped. */
const LAW_2073_ART_64 = law2073(
  { uk: 'п. 5 ч. 2, ч. 5 ст. 64', en: 'Art. 64 part 2 item 5, part 5' },
  '2. Адміністративний орган може зупинити адміністративне провадження, у тому числі за заявою особи, у разі: … 5) ' +
    'виникнення інших обставин, що перешкоджають вирішенню справи. … 5. З дня, коли обставина, що спричинила ' +
    'зупинення адміністративного провадження, перестала існувати, перебіг строку провадження продовжується з ' +
    'моменту, що передував такому зупиненню.',
  'That documents awaited from the applicant are such a circumstance (item 5) is the SDK’s reading: the article ' +
    'does not name them.',
);

/** Law 2073-IX Art. 33 part 6: a suspension stops every term of the case; they go on, not start again. */
const LAW_2073_ART_33_PART_6 = law2073(
  { uk: 'ч. 6 ст. 33', en: 'Art. 33 part 6' },
  '6. Зупинення адміністративного провадження у справі зупиняє перебіг усіх строків у цій справі. Перебіг строків ' +
    'продовжується з дня поновлення адміністративного провадження.',
);

/** Law 2073-IX Art. 17 part 1: the right to be heard before an act that may adversely affect the person. */
const LAW_2073_ART_17_PART_1 = law2073(
  { uk: 'ч. 1 ст. 17', en: 'Art. 17 part 1' },
  '1. Особа має право бути заслуханою адміністративним органом, надавши пояснення та/або заперечення у визначеній ' +
    'законом формі до прийняття адміністративного акта, який може негативно вплинути на право, свободу чи законний ' +
    'інтерес особи.',
);

/** Law 2073-IX Art. 63 part 2: the four cases in which no one is heard. */
const LAW_2073_ART_63_PART_2 = law2073(
  { uk: 'ч. 2 ст. 63', en: 'Art. 63 part 2' },
  '2. Заслуховування не проводиться, якщо:\n1) необхідно вжити негайних заходів для запобігання заподіянню ' +
    'шкоди;\n2) відповідно до законодавства вимагається негайне прийняття рішення;\n3) адміністративний орган ' +
    'приймає відповідний адміністративний акт в автоматичному режимі;\n4) прохання заявника є очевидно безпідставним.',
);

/** Law 2073-IX Art. 51 part 1: the participant reads the case file, during and after the proceedings. */
const LAW_2073_ART_51_PART_1 = law2073(
  { uk: 'ч. 1 ст. 51', en: 'Art. 51 part 1' },
  '1. Адміністративний орган під час здійснення та після завершення адміністративного провадження надає його ' +
    'учаснику можливість ознайомлюватися з матеріалами справи … Можливість ознайомлення з матеріалами справи ' +
    'надається в розумні строки за письмовим запитом учасника адміністративного провадження.',
);

/**
 * The source for `provision` (its English label) among a rule's basis, so that each provision of the law is cited
 * once: in `ADMINISTRATIVE_PROCEDURE` of `@vikno/deadlines` for the terms.
 */
function citedIn(basis: readonly LegalSource[], provision: string): LegalSource {
  const source = basis.find((candidate) => candidate.provision?.en === provision);
  if (source === undefined) throw new Error(`PROCEDURE_RULES: ${provision} is not cited where expected`);
  return source;
}

const { generalTerm, extension, hearing, cure, delivery } = ADMINISTRATIVE_PROCEDURE;
const LAW_2073_ART_34_PART_2 = citedIn(generalTerm.basis, 'Art. 34 part 2');
const LAW_2073_ART_34_PART_4 = citedIn(extension.basis, 'Art. 34 part 4');
const LAW_2073_ART_34_PART_6 = citedIn(hearing.basis, 'Art. 34 part 6');
const LAW_2073_ART_63_PART_1 = citedIn(hearing.basis, 'Art. 63 part 1');
const LAW_2073_ART_43_CURE_TERM = citedIn(cure.basis, 'Art. 43 part 1');
const LAW_2073_ART_75_PART_3 = citedIn(delivery.post.basis, 'Art. 75 parts 1, 3');
const LAW_2073_ART_75_PART_4 = citedIn(delivery.post.basis, 'Art. 75 part 4 para. 2');

/**
 * Law 2073-IX Art. 85 parts 1 and 4: the decisions on a complaint, which the case takes as `CASE.REOPENED` and
 * `DECISION.REPLACED` and a complaint records as its outcome (`COMPLAINT_RULES.outcomes`).
 */
export const LAW_2073_ART_85 = law2073(
  { uk: 'ч. 1, 4 ст. 85', en: 'Art. 85 parts 1, 4' },
  '1) скасувати повністю або частково адміністративний акт та зобов’язати адміністративний орган видати ' +
    'новий адміністративний акт або повторно розглянути справу, а в передбачених законом випадках - ' +
    'самостійно прийняти адміністративний акт; … 3) залишити адміністративний акт, процедурне рішення без ' +
    'змін, а скаргу - без задоволення;',
  `Cancelled with a new act or a re-examination ordered: cancelledReopened; the body’s own ` +
    'act where the law allows (part 4 item 2): newDecision; left unchanged: leftUnchanged. Not modelled: ' +
    'procedural decisions, unlawful actions, damages (items 2, 4–6). A complaint undecided in time counts ' +
    'as satisfied only where a law so provides (part 8).',
);

/** One rule of the administrative procedure as a case applies it. */
export interface CaseProcedureRule {
  /** The rule in words. */
  readonly rule: LocalizedText;
  /** The case events that carry it out or that it judges. */
  readonly events: readonly CaseEventType[];
  /** The provisions it rests on, each with its evidence. */
  readonly basis: readonly LegalSource[];
  /** How the SDK models it, where that is a choice or where two laws meet. */
  readonly resolution?: LocalizedText;
}

/** The names of the rules in {@link PROCEDURE_RULES}. */
export type ProcedureRuleName =
  | 'registration'
  | 'transfer'
  | 'leftWithoutMovement'
  | 'cured'
  | 'uncured'
  | 'withdrawal'
  | 'suspension'
  | 'hearing'
  | 'hearingExceptions'
  | 'decisionTerm'
  | 'extension'
  | 'delivery'
  | 'fileAccess'
  | 'complaintOutcomes';

/**
 * The rules of the administrative procedure (адміністративна процедура) that a case's machine enforces or records,
 * one per rule, each cited by article and part of Law 2073-IX «Про адміністративну процедуру» or Law 5203-VI «Про
 * адміністративні послуги» with its evidence: the wording read in the official text (`text`), or `none` where the
 * law is silent and the SDK chose. `resolution` says how the SDK models a rule where it made a choice or where the
 * two laws meet. The technological cards' stages of leaving without movement and of the hearing take their basis
 * from here.
 *
 * @example
 * ```ts
 * import { PROCEDURE_RULES } from '@vikno/workflows';
 *
 * PROCEDURE_RULES.cured.events;
 * //=> ['DEFECTS.CURED']
 * PROCEDURE_RULES.cured.basis.map((source) => source.provision?.en);
 * //=> ['Art. 43 part 3']
 * PROCEDURE_RULES.uncured.basis[0]?.evidence;
 * //=> 'none'
 * ```
 */
export const PROCEDURE_RULES: Readonly<Record<ProcedureRuleName, CaseProcedureRule>> = {
  registration: {
    rule: {
      uk: 'Заява реєструється в день надходження; відмова в реєстрації не допускається. Заява на адміністративну послугу подається в порядку Закону «Про адміністративну процедуру».',
      en: 'An application is registered on the day it arrives, and registration is never refused. An application for an administrative service is filed as the Law on Administrative Procedure says.',
    },
    events: ['PACKAGE.CHECKED'],
    basis: [LAW_2073_ART_42, LAW_5203_ART_9_PART_2],
    resolution: {
      uk: 'Повний і неповний пакет реєструються однаково (`registeredOn`, `filedOn`): неповний не повертається, а залишається без руху. `filedOn` — день надходження; `registeredOn` для пакета, що надійшов у вихідний, — наступний робочий день (Інструкція 345, п. 2.5).',
      en: 'A complete and an incomplete package are registered alike (`registeredOn`, `filedOn`): an incomplete one is not returned but left without movement. `filedOn` is the day received; `registeredOn` of a package received on a day off is the next working day (Instruction 345, para 2.5).',
    },
  },
  transfer: {
    rule: {
      uk: 'Адміністратор ЦНАП реєструє документи і передає їх суб’єкту надання не пізніше наступного робочого дня після їх отримання.',
      en: 'The CNAP administrator registers the documents and passes them to the provider not later than the next working day after receiving them.',
    },
    events: [
      'TRANSFER.SENT',
      'TRANSFER.HANDED_OVER',
      'TRANSFER.ADDED',
      'TRANSFER.DISPATCHED',
      'TRANSFER.RECEIVED',
    ],
    basis: [LAW_5203_ART_13_PART_4],
    resolution: {
      uk: 'Строк передачі — 1 робочий день від реєстрації (`DEFAULT_TRANSFER_TERM`). Для пакета, що надійшов у вихідний, він закінчується на день пізніше, ніж наступний робочий день після отримання; хост, який хоче точний строк закону, рахує від отримання.',
      en: 'The transfer term is 1 working day from registration (`DEFAULT_TRANSFER_TERM`). For a package received on a day off it ends a day later than the next working day after receipt; a host wanting the law’s exact term counts from receipt.',
    },
  },
  leftWithoutMovement: {
    rule: {
      uk: 'Заява, подана з порушенням вимог законодавства, залишається без руху з повідомленням про виявлені недоліки, спосіб і строк їх усунення; необґрунтоване і повторне залишення без руху не допускаються.',
      en: 'An application filed in breach of the law’s requirements is left without movement, with notice of its defects and of the way and term to cure them; leaving it without movement without grounds, or a second time, is not allowed.',
    },
    events: ['PACKAGE.CHECKED'],
    basis: [
      LAW_2073_ART_43_PART_1,
      LAW_2073_ART_43_PART_4,
      LAW_2073_ART_43_CURE_TERM,
      LAW_2073_ART_34_PART_6,
    ],
    resolution: {
      uk: 'Неповний пакет (`PACKAGE.CHECKED` з `complete: false`) переходить у `withoutMovement` з переліком недоліків (`missing`) і строком `cure`; закон числа днів не дає, тож строк за замовчуванням (`ADMINISTRATIVE_PROCEDURE.cure`) — вибір SDK, орган встановлює свій у `settings.cure`. Заяву, в якій усунуто недоліки, машина вдруге без руху не залишає: з `transfer` шляху назад немає.',
      en: 'An incomplete package (`PACKAGE.CHECKED` with `complete: false`) goes to `withoutMovement` with its defects (`missing`) and a `cure` term; the law gives no number of days, so the default (`ADMINISTRATIVE_PROCEDURE.cure`) is the SDK’s and the body sets its own in `settings.cure`. The machine never leaves a cured application without movement again: there is no way back from `transfer`.',
    },
  },
  cured: {
    rule: {
      uk: 'Недоліки, усунуті у встановлений строк: заява вважається поданою в день первинного подання, а строк розгляду справи продовжується на строк залишення без руху.',
      en: 'Defects cured within the term: the application counts as filed on the day first filed, and the term of the case is extended by the time it was left without movement.',
    },
    events: ['DEFECTS.CURED'],
    basis: [LAW_2073_ART_43_PART_3],
    resolution: {
      uk: '`filedOn` зберігає день первинного подання. Строки передачі і рішення машина починає в день усунення: строк, що рахується від первинного подання і продовжений на час без руху, закінчується там само, де строк, що рахується від дня усунення. Усунення після строку відхиляється як `termLapsed`.',
      en: '`filedOn` keeps the day first filed. The machine starts the transfer and decision terms on the day of the cure: a term counted from the first filing and extended by the time without movement ends where a term counted from the cure ends. A cure after the term is refused as `termLapsed`.',
    },
  },
  uncured: {
    rule: {
      uk: 'Заява, недоліки якої не усунуто у строк, повертається заявникові з підставами.',
      en: 'An application whose defects were not cured in time is returned to the applicant with the reasons.',
    },
    events: ['APPLICATION.RETURNED'],
    basis: [LAW_2073_UNCURED],
    resolution: {
      uk: 'Закон 2073-IX про це мовчить: повернення з підставами (`reasons`) після спливу строку на усунення — вибір SDK. До спливу строку повернення відхиляється як `termRunning`.',
      en: 'Law 2073-IX is silent on it: returning the application with its reasons (`reasons`) after the cure term is the SDK’s choice. Before the term ends, a return is refused as `termRunning`.',
    },
  },
  withdrawal: {
    rule: {
      uk: 'Заявник може відкликати заяву на будь-якому етапі до прийняття акта; відкликання є підставою закрити провадження.',
      en: 'The applicant may withdraw the application at any stage until the act is adopted; the withdrawal is a ground to close the proceedings.',
    },
    events: ['APPLICATION.WITHDRAWN'],
    basis: [LAW_2073_ART_54_PART_5, LAW_2073_ART_65_PART_1],
    resolution: {
      uk: '`APPLICATION.WITHDRAWN` приймається в кожному стані до рішення і закриває справу (`withdrawn`, кінцевий стан) зі скасуванням усіх строків. Винятки ч. 1 ст. 65 (публічний інтерес) хост вирішує сам.',
      en: '`APPLICATION.WITHDRAWN` is taken in every state before the decision and closes the case (`withdrawn`, final), every term cancelled. The exceptions of Art. 65 part 1 (a public interest) are for the host to judge.',
    },
  },
  suspension: {
    rule: {
      uk: 'Зупинення провадження зупиняє перебіг усіх строків справи; після поновлення строки продовжуються з моменту, що передував зупиненню, а не починаються знову.',
      en: 'Suspending the proceedings stops every term of the case; once resumed, the terms go on from where they stopped, not from the start.',
    },
    events: ['DOCUMENTS.REQUESTED', 'DOCUMENTS.RECEIVED'],
    basis: [LAW_2073_ART_64, LAW_2073_ART_33_PART_6],
    resolution: {
      uk: 'Запит документів у заявника зупиняє строк рішення з дня запиту (`suspended`), їх отримання поновлює його з того самого місця, і день отримання вже рахується (ч. 6 ст. 33, ч. 5 ст. 64). Строк, збережений версією 2, лічить як тоді: без дня отримання.',
      en: 'Requesting documents from the applicant stops the decision term from that day (`suspended`); receiving them resumes it where it stopped, the day of receipt counted again (Art. 33 part 6, Art. 64 part 5). A term persisted by version 2 keeps its count: the day of receipt not counted.',
    },
  },
  hearing: {
    rule: {
      uk: 'Перед рішенням, що може негативно вплинути на заявника (відмова, часткове задоволення), його заслуховують: повідомляють про намір і підстави та дають строк для пояснень або заперечень.',
      en: 'Before a decision that may adversely affect the applicant (a refusal, a partial grant), the applicant is heard: told of the intended decision and its grounds and given a period to present explanations or objections.',
    },
    events: ['HEARING.NOTIFIED', 'POSITION.PRESENTED', 'DECISION.MADE'],
    basis: [LAW_2073_ART_17_PART_1, LAW_2073_ART_63_PART_1, LAW_2073_ART_34_PART_6],
    resolution: {
      uk: 'Несприятливе рішення без `HEARING.NOTIFIED` з тим самим або сприятливішим результатом і тими самими підставами відхиляється як `notHeard`; поки строк для позиції триває і позиції немає — як `termRunning`. Строк (`ADMINISTRATIVE_PROCEDURE.hearing`) закон не встановлює: його встановлює орган (ч. 6 ст. 34).',
      en: 'An adverse decision without a `HEARING.NOTIFIED` of the same or a milder outcome on the same grounds is refused as `notHeard`; while the period runs and no position came, as `termRunning`. The law sets no period (`ADMINISTRATIVE_PROCEDURE.hearing`): the body sets it (Art. 34 part 6).',
    },
  },
  hearingExceptions: {
    rule: {
      uk: 'Заслуховування не проводиться, якщо потрібні негайні заходи проти шкоди, законодавство вимагає негайного рішення, акт приймається автоматично або прохання очевидно безпідставне.',
      en: 'No one is heard where immediate measures against harm are needed, the law requires an immediate decision, the act is taken automatically, or the request is manifestly unfounded.',
    },
    events: ['DECISION.MADE'],
    basis: [LAW_2073_ART_63_PART_2],
    resolution: {
      uk: '`DECISION.MADE` з `withoutHearing` (`urgentMeasures`, `immediateByLaw`, `automated`, `manifestlyUnfounded`) приймає несприятливе рішення без заслуховування і записує виняток у `hearingException`.',
      en: '`DECISION.MADE` with `withoutHearing` (`urgentMeasures`, `immediateByLaw`, `automated`, `manifestlyUnfounded`) takes an adverse decision without a hearing and records the exception in `hearingException`.',
    },
  },
  decisionTerm: {
    rule: {
      uk: 'Граничний строк вирішення справи встановлює закон, що регулює послугу; 30 календарних днів Закону 2073-IX (і Закону 5203-VI) діють лише там, де закон строку не встановив.',
      en: 'The maximum term of a case is set by the law governing the service; the 30 calendar days of Law 2073-IX (and of Law 5203-VI) apply only where no law sets one.',
    },
    events: ['PACKAGE.CHECKED', 'DEFECTS.CURED', 'DECISION.MADE'],
    basis: [
      LAW_2073_ART_34_PART_1,
      LAW_2073_ART_34_PART_2,
      LAW_2073_ART_3_PART_2,
      LAW_5203_ART_3_PART_2,
      LAW_5203_ART_10,
    ],
    resolution: {
      uk: '`createCase` бере строк послуги з каталогу; `decisionTermRule` каже, який закон його дав і чому. Якщо каталог не знайшов строку послуги і цитує лише ст. 10 Закону 5203-VI, діє загальний строк процедурних законів. 45 днів зі слуханням (ч. 2 ст. 34) не моделюються.',
      en: '`createCase` takes the service’s term from the catalogue; `decisionTermRule` says which law gave it and why. Where the catalogue found no term of the service and cites only Law 5203-VI Art. 10, the general term of the procedure laws applies. The 45 days with an oral hearing (Art. 34 part 2) are not modelled.',
    },
  },
  extension: {
    rule: {
      uk: 'Якщо вирішити справу у граничний строк неможливо, орган може один раз продовжити його не більше ніж на 15 календарних днів, письмово повідомивши з обґрунтуванням не пізніше ніж за три робочі дні до кінця строку.',
      en: 'Where the case cannot be decided within the maximum term, the body may extend it once, by at most 15 calendar days, with written reasoned notice no later than three working days before the term ends.',
    },
    events: ['TERM.EXTENDED'],
    basis: [LAW_2073_ART_34_PART_4],
    resolution: {
      uk: '`TERM.EXTENDED` від особи, що приймає рішення, з причинами (`reasons`): удруге або довше за максимум — `overLimit`, пізніше дня повідомлення — `termLapsed`. «Якщо інше не передбачено законом»: інших правил продовження для послуг SDK не знає.',
      en: '`TERM.EXTENDED` by the decision-maker with its reasons (`reasons`): a second one or one beyond the maximum is `overLimit`, one after the notice day is `termLapsed`. «Unless a law provides otherwise»: the SDK knows of no other extension rule for services.',
    },
  },
  delivery: {
    rule: {
      uk: 'Акт доводиться до відома особи у спосіб, зазначений у заяві, невідкладно, а з обґрунтованих причин — не пізніше трьох робочих днів з дня прийняття; час і спосіб фіксуються; надісланий поштою чи електронно без зафіксованого часу отримання вважається доведеним на п’ятий календарний день.',
      en: 'The act reaches the person in the way the application named, at once, or with good reason no later than three working days after it was adopted; the time and way are recorded; one sent by post or electronically without a recorded receipt counts as delivered on the fifth calendar day.',
    },
    events: ['DECISION.DELIVERED', 'RESULT.ISSUED'],
    basis: [LAW_2073_ART_75_PART_3, LAW_2073_ART_75_PART_4],
    resolution: {
      uk: '`DECISION.DELIVERED` (особисто, поштою, електронно) записує `delivery.on` за `deliveredOn` з `@vikno/deadlines`; `RESULT.ISSUED` без попереднього доведення вважається врученням особисто. Строки оскарження рахуються від `delivery.on`.',
      en: '`DECISION.DELIVERED` (in person, by post, electronically) records `delivery.on` by `deliveredOn` of `@vikno/deadlines`; `RESULT.ISSUED` with no delivery before counts as delivery in person. The appeal terms run from `delivery.on`.',
    },
  },
  fileAccess: {
    rule: {
      uk: 'Учасник може ознайомитися з матеріалами справи під час провадження і після нього, за письмовим запитом, у розумні строки.',
      en: 'A participant may read the case file during the proceedings and after them, on a written request, within a reasonable time.',
    },
    events: ['FILE.ACCESS_REQUESTED', 'FILE.ACCESS_GIVEN'],
    basis: [LAW_2073_ART_51_PART_1],
    resolution: {
      uk: '`FILE.ACCESS_REQUESTED` і `FILE.ACCESS_GIVEN` приймаються в кожному стані, також після рішення; «розумний строк» закон не рахує, тож машина строку не веде.',
      en: '`FILE.ACCESS_REQUESTED` and `FILE.ACCESS_GIVEN` are taken in every state, after the decision too; the law puts no number on «a reasonable time», so the machine runs no term for it.',
    },
  },
  complaintOutcomes: {
    rule: {
      uk: 'За скаргою акт залишають без змін, скасовують із зобов’язанням видати новий акт або повторно розглянути справу, або суб’єкт розгляду скарги приймає власне рішення.',
      en: 'On a complaint the act is left unchanged, cancelled with the body obliged to issue a new act or consider the case again, or the complaint body takes its own decision.',
    },
    events: ['CASE.REOPENED', 'DECISION.REPLACED'],
    basis: [LAW_2073_ART_85],
    resolution: {
      uk: 'Скарга — окрема справа (`fileComplaint`); її рішення хост передає у справу: `CASE.REOPENED` повертає справу до розгляду з новим строком рішення, `DECISION.REPLACED` записує рішення суб’єкта розгляду скарги. Без змін — у справі нічого не відбувається.',
      en: 'A complaint is a case of its own (`fileComplaint`); the host passes its decision to the case: `CASE.REOPENED` returns the case to consideration under a new decision term, `DECISION.REPLACED` records the complaint body’s decision. Left unchanged, nothing happens in the case.',
    },
  },
};

/** Which law gave a case its decision term: the act of the service, or the general procedure laws. */
export interface DecisionTermRule {
  /** The decision term, its `basis` naming the provisions, so a deadline's trace names them. */
  readonly term: Term;
  /**
   * `serviceAct`: a law governing the service set the term, and it wins; `procedureLaw`: no such law set one, so
   * the 30 calendar days of Law 2073-IX Art. 34 part 2 and Law 5203-VI Art. 10 part 2 apply.
   */
  readonly applied: 'serviceAct' | 'procedureLaw';
  /** Why, in words. */
  readonly because: LocalizedText;
  /** The provisions that decide which applies, and those of the service's own term. */
  readonly basis: readonly LegalSource[];
}

/**
 * Whether a term rests only on the general ceiling of Law 5203-VI Art. 10: the catalogue cites nothing else where
 * it found no term of the service's own.
 */
const onlyTheCeiling = (basis: readonly LegalSource[]) =>
  basis.length > 0 && basis.every((source) => source.id === 'law-5203-vi');

/**
 * Which law gives a case its decision term, and why: the term of the service's own act when it has one (a law's
 * term for a category of cases wins: Law 2073-IX Art. 34 part 1, Art. 3 part 2; Law 5203-VI Art. 3 part 2, Art. 10
 * part 1), else the general 30 calendar days (Law 2073-IX Art. 34 part 2, Law 5203-VI Art. 10 part 2). A term whose
 * basis cites only Law 5203-VI (the catalogue's ceiling for a service whose own term was not found) counts as none
 * of the service's own. `createCase` uses it for the catalogue's term.
 *
 * @param serviceTerm - the service's term with its `basis`, or `undefined` when the service has none.
 * @throws {@link WorkflowError} `INVALID_INPUT` at `serviceTerm` for anything but a `Term` of `@vikno/deadlines`.
 * @example
 * ```ts
 * import { decisionTermRule } from '@vikno/workflows';
 *
 * decisionTermRule({ amount: 10, unit: 'workingDays' }).applied;
 * //=> 'serviceAct'
 * const general = decisionTermRule(undefined);
 * general.applied;
 * //=> 'procedureLaw'
 * [general.term.amount, general.term.unit];
 * //=> [30, 'calendarDays']
 * general.because.en;
 * //=> 'No law governing the service sets its term: 30 calendar days, the general term of Law 2073-IX Art. 34 part 2 and Law 5203-VI Art. 10 part 2, which agree.'
 * ```
 */
export function decisionTermRule(serviceTerm: Term | undefined): DecisionTermRule {
  const parsed = Term.optional().safeParse(serviceTerm);
  if (!parsed.success) throw invalidInput('serviceTerm', parsed.error);
  const own = parsed.data;
  const ownBasis = own?.basis ?? [];
  const choice = [LAW_2073_ART_3_PART_2, LAW_5203_ART_3_PART_2];
  if (own !== undefined && !onlyTheCeiling(ownBasis)) {
    const words = describeTerm(own);
    return {
      term: { amount: own.amount, unit: own.unit, basis: [...ownBasis, LAW_2073_ART_34_PART_1] },
      applied: 'serviceAct',
      because: {
        uk: `Строк послуги (${words.uk}) встановлює її акт, і він переважає: граничний строк окремих категорій справ встановлюється законом (ч. 1 ст. 34 Закону 2073-IX, ч. 1 ст. 10 Закону 5203-VI); 30 календарних днів діють лише там, де закон строку не встановив.`,
        en: `The service’s act sets its term (${words.en}), and it wins: the maximum term of a category of cases is set by law (Law 2073-IX Art. 34 part 1, Law 5203-VI Art. 10 part 1); the 30 calendar days apply only where no law sets one.`,
      },
      basis: [...ownBasis, LAW_2073_ART_34_PART_1, LAW_5203_ART_10, ...choice],
    };
  }
  const general = ADMINISTRATIVE_PROCEDURE.generalTerm.value;
  const words = describeTerm(general);
  return {
    term: { amount: general.amount, unit: general.unit, basis: [LAW_2073_ART_34_PART_2, LAW_5203_ART_10] },
    applied: 'procedureLaw',
    because: {
      uk: `Жоден закон, що регулює послугу, не встановлює її строку: ${words.uk}, загальний строк ч. 2 ст. 34 Закону 2073-IX і ч. 2 ст. 10 Закону 5203-VI, які збігаються.`,
      en: `No law governing the service sets its term: ${words.en}, the general term of Law 2073-IX Art. 34 part 2 and Law 5203-VI Art. 10 part 2, which agree.`,
    },
    basis: [LAW_2073_ART_34_PART_2, LAW_5203_ART_10, LAW_2073_ART_34_PART_1, ...choice],
  };
}
