import {
  ADMINISTRATIVE_PROCEDURE,
  CivilDate,
  computeDeadline,
  DeadlinesError,
  describeTerm,
  FIRST_SUPPORTED_DAY,
  LAST_SUPPORTED_DAY,
  type ProcedureRule,
  Term,
  toKyivDate,
} from '@vikno/deadlines';
import { LegalSource, type LocalizedText } from '@vikno/law';
import { z } from 'zod';
import { ADMINISTRATIVE_COMPLAINT_SOURCE } from './complaint.js';
import { DecisionOutcome, DeliveryChannel } from './events.js';
import { law2073 } from './procedure-rules.js';
import { invalidInput, WorkflowError } from './transfer-register.js';

// The decision (адміністративний акт) as data and as the text the applicant receives. Law 2073-IX requires an act
// to state its outcome, the facts and reasons, the provisions applied, when it takes effect, and how, where and by
// when it can be appealed (Arts. 71, 72, 74); the host supplies each, this module checks them, computes the day of
// effect and the appeal's last days from delivery and writes the text.

/** This module's messages: its refinements and errors, in both languages, never quoting a value given. */
const SAYS = {
  REASONS_REQUIRED: {
    en: 'A decision states its reasons unless it grants the application in full and touches no one else’s rights',
    uk: 'Рішення містить підстави, якщо лише воно не задовольняє заяву повністю без впливу на права інших осіб',
  },
  IN_FORCE_MISMATCH: {
    en: 'The day of effect does not follow from the delivery day: build the document again',
    uk: 'День набрання чинності не випливає з дня вручення: складіть документ заново',
  },
  DAY_OUT_OF_RANGE: {
    en: `Expected a day of the supported calendar, ${FIRST_SUPPORTED_DAY} to ${LAST_SUPPORTED_DAY}`,
    uk: `Очікується день підтримуваного календаря, з ${FIRST_SUPPORTED_DAY} по ${LAST_SUPPORTED_DAY}`,
  },
  DELIVERED_BEFORE_DECISION: {
    en: 'A decision is delivered on or after the day it is made',
    uk: 'Рішення вручають не раніше дня його ухвалення',
  },
  HEARING_AFTER_DECISION: {
    en: 'The applicant is notified of an intended decision before it is made',
    uk: 'Заявника повідомляють про намір ухвалити рішення до його ухвалення',
  },
  UNREADABLE: {
    en: 'The value cannot be read: reading one of its fields failed',
    uk: 'Значення неможливо прочитати: не вдалося прочитати одне з його полів',
  },
  NO_DECISION: {
    en: 'The case has no decision yet',
    uk: 'Справа ще не має рішення',
  },
  NO_WORDS_FOR_GROUND: {
    en: 'A ground of the case’s decision has no words among the reasons given',
    uk: 'Для однієї з підстав рішення у справі не надано її формулювання серед підстав',
  },
  LAST_DAY_MISMATCH: {
    en: 'The last day does not follow from the delivery day and the term: build the document again',
    uk: 'Останній день не випливає з дня вручення та строку: складіть документ заново',
  },
} as const satisfies Record<string, LocalizedText>;

/** A zod refinement's message, `English / Українська`, which `issuesFrom` of `@vikno/law` splits again. */
const refinement = (text: LocalizedText) => `${text.en} / ${text.uk}`;

/** What Law 2073-IX requires a decision to state, each rule with the provisions it rests on. */
export interface DecisionRules {
  /** The parts of a written act: introductory, reasoning, operative, concluding. */
  readonly content: ProcedureRule<readonly ['introductory', 'reasoning', 'operative', 'concluding']>;
  /** The reasoning: required unless the application is granted in full and no one else’s rights are touched. */
  readonly reasoning: ProcedureRule<'unlessGrantedInFull'>;
  /** The act takes effect on the day it is delivered, unless a law or the act sets another day. */
  readonly entryIntoForce: ProcedureRule<'fromDelivery'>;
  /** An adverse act states the terms and way to appeal it, the complaint body and the kind of court. */
  readonly appeal: ProcedureRule<'adverse'>;
}

const ART_71_PART_1 = law2073(
  { uk: 'ч. 1 ст. 71', en: 'Art. 71 part 1' },
  'складається із вступної, мотивувальної, резолютивної та заключної частин. … У заключній частині ' +
    'зазначаються строк набрання адміністративним актом чинності та спосіб визначення такого строку. … ' +
    'зазначаються строки і порядок його оскарження (у тому числі найменування та місцезнаходження ' +
    'адміністративного органу, який є суб’єктом розгляду скарги, та вид суду…',
  `Read earlier on protocol.ua in the same wording. The appeal is stated in an act that adversely ` +
    'affects a person or imposes a duty. Not modelled here: the addressee and the ' +
    'contacts (personal data the host adds), the signature or seal and the responsible official’s name; the ' +
    'location of the complaint body goes in `appeal.complaintTo`.',
  'DECISION_RULES.content',
);

/**
 * What Law 2073-IX requires a decision (адміністративний акт) to state, each rule cited by article and part with
 * the wording read: its parts (Art. 71 part 1), its reasoning (Art. 72 parts 2, 6), the day it takes effect (Art. 74
 * part 1) and, for an adverse act, how to appeal it (Art. 18, Art. 71 part 1). {@link decisionDocument} applies them;
 * the document's `basis` lists them with the delivery (Art. 75) and the court's terms (КАС Art. 122).
 *
 * @example
 * ```ts
 * import { DECISION_RULES } from '@vikno/workflows';
 *
 * DECISION_RULES.entryIntoForce.basis[0]?.provision?.en;
 * //=> 'Art. 74 part 1'
 * DECISION_RULES.reasoning.value;
 * //=> 'unlessGrantedInFull'
 * ```
 */
export const DECISION_RULES: DecisionRules = {
  content: {
    value: ['introductory', 'reasoning', 'operative', 'concluding'],
    basis: [ART_71_PART_1],
  },
  reasoning: {
    value: 'unlessGrantedInFull',
    basis: [
      law2073(
        { uk: 'ч. 2, 6 ст. 72', en: 'Art. 72 parts 2, 6' },
        '2. У мотивувальній частині адміністративного акта зазначаються: … 2) фактичні обставини справи; … ' +
          '6. Мотивування (обґрунтування) адміністративного акта не вимагається, якщо: … 1) адміністративний орган ' +
          'задовольнив заяву, при цьому адміністративний акт не стосується прав, свобод чи законних інтересів ' +
          'інших осіб;',
        `The filing day and the request, the documents considered, the evidence relied on and the ` +
          'legal assessment (items 1, 3–5) are the host’s facts and reasons. An act without the reasoning it needs is cancelled on ' +
          'complaint (Art. 85 part 3).',
        'DECISION_RULES.reasoning',
      ),
    ],
  },
  entryIntoForce: {
    value: 'fromDelivery',
    basis: [
      law2073(
        { uk: 'ч. 1 ст. 74', en: 'Art. 74 part 1' },
        '1. Адміністративний акт набирає чинності стосовно учасника адміністративного провадження з дня ' +
          'доведення його до відома відповідної особи, якщо інший строк набрання ним чинності не передбачено ' +
          'законом або самим адміністративним актом.',
        undefined,
        'DECISION_RULES.entryIntoForce',
      ),
    ],
  },
  appeal: { value: 'adverse', basis: [ADMINISTRATIVE_COMPLAINT_SOURCE, ART_71_PART_1] },
};

/**
 * Why a decision states what it states: the rules of {@link DECISION_RULES}, when it counts as delivered (Law
 * 2073-IX Art. 75, as `ADMINISTRATIVE_PROCEDURE.delivery` cites it) and the terms to sue (КАС Art. 122 parts 2, 4),
 * each once.
 */
const DECISION_CONTENT: readonly LegalSource[] = [
  ...new Set([
    ...Object.values(DECISION_RULES).flatMap((rule) => rule.basis),
    ...ADMINISTRATIVE_PROCEDURE.delivery.inPerson.basis,
    ...ADMINISTRATIVE_PROCEDURE.delivery.post.basis,
    ...ADMINISTRATIVE_PROCEDURE.court.basis,
  ]),
];

const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A host's text as one printable line: control and format characters (line breaks, bidirectional overrides) and
 * runs of spaces become one space, so a fact cannot start a section of its own or turn the text around.
 */
function normalised(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim();
}

const Line = (max: number) => z.string().max(max).transform(normalised).pipe(z.string().min(1));
const Text = (max: number) => z.object({ uk: Line(max), en: Line(max) }).strict();
const Id = z.string().min(1).max(80);

/** A day of the supported calendar. */
const Day = CivilDate.refine((day) => day >= FIRST_SUPPORTED_DAY && day <= LAST_SUPPORTED_DAY, {
  message: refinement(SAYS.DAY_OUT_OF_RANGE),
});

/** A `LegalSource` of `@vikno/law`, its texts bounded: a source is printed in the decision. */
const Source = LegalSource.safeExtend({
  id: z
    .string()
    .max(80)
    .regex(/^[a-z0-9-]+$/),
  act: Text(500),
  number: z.string().max(40).optional(),
  provision: Text(200).optional(),
  quote: z.string().max(2000).optional(),
  note: z.string().max(2000).optional(),
});

/** A term of the appeal, as `@vikno/deadlines` counts it, with at most ten provisions behind it. */
const AppealTerm = Term.extend({ basis: z.array(Source).max(10).optional() });

const Reason = z
  .object({
    /** A stable code of the ground (e.g. `income-above-limit`), as the case's `DECISION.MADE` grounds. */
    ground: Id,
    /** The reason in words. */
    text: Text(4000),
    /** The provisions it rests on: at least one. */
    basis: z.array(Source).min(1).max(10),
  })
  .strict();

/** How a decision can be appealed: the complaint body and its term, the court and its term. */
export const DecisionAppeal = z
  .object({
    /** The body that considers an administrative complaint (суб’єкт розгляду скарги). */
    complaintTo: Text(500),
    /** The term to file the complaint, from the day the decision is delivered. */
    complaintTerm: AppealTerm,
    /** The court to sue in. */
    court: Text(500),
    /** The term to sue, from the day the decision is delivered. */
    courtTerm: AppealTerm,
  })
  .strict();

const FIELDS = {
  /** The case's number, printed in the heading. */
  caseNumber: Line(80),
  /** The service decided. */
  service: z.object({ id: Id, name: Text(500) }).strict(),
  /** The body that decides. */
  body: Text(500),
  /** The day the decision was made. */
  decidedOn: Day,
  outcome: DecisionOutcome,
  /** What was established: at least one fact. The host's own words; they may hold personal data. */
  facts: z.array(Text(4000)).min(1).max(50),
  /**
   * The reasons, each with its provisions: at least one unless the application is granted in full and the decision
   * touches no one else's rights (Law 2073-IX Art. 72 part 6).
   */
  reasons: z.array(Reason).max(20),
  /** Whether the decision touches the rights, freedoms or lawful interests of others: then a grant is reasoned too. */
  affectsOthers: z.boolean().optional(),
  /** The provisions applied: at least one. */
  provisions: z.array(Source).min(1).max(30),
  /** When the applicant was told of the intended adverse decision, and whether they presented a position. */
  hearing: z.object({ notifiedOn: Day, positionPresented: z.boolean() }).strict().optional(),
  /** How and when the decision reached the applicant. */
  delivery: z.object({ channel: DeliveryChannel, deliveredOn: Day }).strict().optional(),
  /**
   * The day the decision takes effect: the day of delivery (Law 2073-IX Art. 74 part 1) unless a law or the decision
   * itself sets another day, given here. The document gives it once delivered or given.
   */
  inForceFrom: Day.optional(),
  appeal: DecisionAppeal,
};

interface Checked {
  readonly outcome: DecisionOutcome;
  readonly affectsOthers?: boolean | undefined;
  readonly reasons: readonly unknown[];
  readonly decidedOn: string;
  readonly hearing?: { readonly notifiedOn: string } | undefined;
  readonly delivery?: { readonly deliveredOn: string } | undefined;
}

function consistent(doc: Checked, context: z.core.$RefinementCtx<Checked>): void {
  if ((doc.outcome !== 'granted' || doc.affectsOthers === true) && doc.reasons.length === 0) {
    context.addIssue({ code: 'custom', path: ['reasons'], message: refinement(SAYS.REASONS_REQUIRED) });
  }
  if (doc.hearing !== undefined && doc.hearing.notifiedOn > doc.decidedOn) {
    context.addIssue({
      code: 'custom',
      path: ['hearing', 'notifiedOn'],
      message: refinement(SAYS.HEARING_AFTER_DECISION),
    });
  }
  if (doc.delivery !== undefined && doc.delivery.deliveredOn < doc.decidedOn) {
    context.addIssue({
      code: 'custom',
      path: ['delivery', 'deliveredOn'],
      message: refinement(SAYS.DELIVERED_BEFORE_DECISION),
    });
  }
}

/**
 * What a host gives to build a decision document (адміністративний акт): the case number, the service, the body
 * that decides, the day, the outcome, the facts established, the reasons each with its provisions (required unless
 * granted), the provisions applied, the hearing, the delivery and the appeal (the complaint body and term, the
 * court and its term). Texts are bounded and made single printable lines; facts may hold personal data, and no
 * error repeats them.
 *
 * @example
 * ```ts
 * import { DecisionDocumentInput } from '@vikno/workflows';
 *
 * DecisionDocumentInput.safeParse({ outcome: 'refused' }).success;
 * //=> false
 * ```
 */
export const DecisionDocumentInput = z.object(FIELDS).strict().superRefine(consistent);
/** What a host gives to build a decision document. */
export type DecisionDocumentInput = z.input<typeof DecisionDocumentInput>;

/**
 * A decision document: the checked content of {@link DecisionDocumentInput}, its texts normalised, with the
 * day it takes effect (`inForceFrom`: the day of delivery unless given) and the appeal's last days computed from
 * delivery (`complaintLastDay`, `courtLastDay`, absent until delivered) and the
 * `basis` of what a decision states.
 *
 * @example
 * ```ts
 * import { DecisionDocument, decisionDocument } from '@vikno/workflows';
 *
 * DecisionDocument.safeParse(decisionDocument(input)).success;
 * //=> true
 * ```
 */
export const DecisionDocument = z
  .object({
    ...FIELDS,
    appeal: DecisionAppeal.extend({ complaintLastDay: Day.optional(), courtLastDay: Day.optional() }),
    basis: z.array(Source).max(10),
  })
  .strict()
  .superRefine(consistent);
/** A decision document. */
export type DecisionDocument = z.infer<typeof DecisionDocument>;

type Content = z.infer<typeof DecisionDocumentInput>;

/** Parses with `schema`, a getter or a proxy that throws answered as `INVALID_INPUT` at `path`. */
function parse<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  let parsed: z.ZodSafeParseResult<T>;
  try {
    parsed = schema.safeParse(value);
  } catch {
    throw new WorkflowError({ code: 'INVALID_INPUT', path, ...SAYS.UNREADABLE });
  }
  if (!parsed.success) throw invalidInput(path, parsed.error);
  return parsed.data;
}

/** The last day of an appeal term from the day of delivery; past the calendar, `INVALID_INPUT` at `path`. */
function lastDayOf(deliveredOn: string, term: Term, path: string): string {
  try {
    return computeDeadline({ start: deliveredOn, term, statutoryMaximum: false }).lastDay;
  } catch (error) {
    if (!(error instanceof DeadlinesError)) throw error;
    throw new WorkflowError({ code: 'INVALID_INPUT', path, uk: error.uk, en: error.en });
  }
}

function withAppealDays(content: Content, path: string): DecisionDocument {
  const delivered = content.delivery?.deliveredOn;
  const appeal =
    delivered === undefined
      ? content.appeal
      : {
          ...content.appeal,
          complaintLastDay: lastDayOf(
            delivered,
            content.appeal.complaintTerm,
            `${path}.appeal.complaintTerm`,
          ),
          courtLastDay: lastDayOf(delivered, content.appeal.courtTerm, `${path}.appeal.courtTerm`),
        };
  const inForceFrom = content.inForceFrom ?? delivered;
  return {
    ...content,
    ...(inForceFrom === undefined ? {} : { inForceFrom }),
    appeal,
    basis: [...DECISION_CONTENT],
  };
}

/**
 * Builds a decision document from what the host gives: checks every field, makes each text one printable line,
 * and, once the decision is delivered, computes the day it takes effect (that day, Law 2073-IX Art. 74 part 1,
 * unless `inForceFrom` gives another), the last day to file the administrative complaint and the last day to sue,
 * each from the day of delivery under `@vikno/deadlines` (a last day off moves to the next working day). Without
 * `delivery` the terms run "from the day the decision is delivered" and no last day is given. Reasons are required
 * unless the application is granted in full and `affectsOthers` is not set (Art. 72 part 6).
 *
 * @param input - a {@link DecisionDocumentInput}.
 * @returns the {@link DecisionDocument}, for {@link renderDecision} and for the host's records.
 * @throws {@link WorkflowError} `INVALID_INPUT` with every problem and its path (a refusal without reasons, a
 * reason without a provision, a delivery before the decision, a last day beyond the calendar); never repeating a
 * value given.
 * @example
 * ```ts
 * import { decisionDocument } from '@vikno/workflows';
 *
 * const doc = decisionDocument({
 *   caseNumber: 'N-17',
 *   service: { id: 'idp-living-allowance', name: { uk: 'Допомога на проживання ВПО', en: 'IDP living allowance' } },
 *   body: { uk: 'Управління соціального захисту населення', en: 'Social protection office' },
 *   decidedOn: '2026-02-27',
 *   outcome: 'refused',
 *   facts: [{ uk: 'Довідку про доходи не подано.', en: 'No income certificate was filed.' }],
 *   reasons: [{ ground: 'income-above-limit', text: { uk: 'Дохід перевищує межу.', en: 'The income exceeds the limit.' }, basis: [art10] }],
 *   provisions: [art10],
 *   delivery: { channel: 'inPerson', deliveredOn: '2026-03-02' },
 *   appeal: {
 *     complaintTo: { uk: 'Департамент соціального захисту населення', en: 'Social protection department' },
 *     complaintTerm: { amount: 30, unit: 'calendarDays' },
 *     court: { uk: 'Окружний адміністративний суд', en: 'District administrative court' },
 *     courtTerm: { amount: 6, unit: 'months' },
 *   },
 * });
 * doc.appeal.complaintLastDay;
 * //=> '2026-04-01'
 * doc.appeal.courtLastDay;
 * //=> '2026-09-02'
 * ```
 */
export function decisionDocument(input: unknown): DecisionDocument {
  return withAppealDays(parse(DecisionDocumentInput, input, 'input'), 'input');
}

/** The appeal of a decision: the complaint body and term, the court and its term. */
export type DecisionAppeal = z.infer<typeof DecisionAppeal>;

const AppealBodies = z.object({ complaintTo: Text(500), court: Text(500) }).strict();

/**
 * The appeal of a decision with the terms of the administrative procedure (`ADMINISTRATIVE_PROCEDURE` of
 * `@vikno/deadlines`): the administrative complaint within `complaint.filing`, the suit within
 * `court.afterDecision`, each from delivery and with its provisions. Which body considers the complaint and which
 * court hears the case depend on the service and the place: the host names them.
 *
 * @param bodies - `complaintTo`, the body that considers a complaint, and `court`, each in both languages.
 * @throws {@link WorkflowError} `INVALID_INPUT` for bodies that are not two texts.
 * @example
 * ```ts
 * import { defaultAppeal } from '@vikno/workflows';
 *
 * const appeal = defaultAppeal({
 *   complaintTo: { uk: 'Департамент соціального захисту населення', en: 'Social protection department' },
 *   court: { uk: 'Окружний адміністративний суд', en: 'District administrative court' },
 * });
 * appeal.courtTerm.amount;
 * //=> 6
 * ```
 */
export function defaultAppeal(bodies: unknown): DecisionAppeal {
  const { complaintTo, court } = parse(AppealBodies, bodies, 'bodies');
  return {
    complaintTo,
    complaintTerm: ADMINISTRATIVE_PROCEDURE.complaint.value.filing,
    court,
    courtTerm: ADMINISTRATIVE_PROCEDURE.court.value.afterDecision,
  };
}

// Rendering --------------------------------------------------------------------------------------------------------

/** How {@link renderDecision} writes: in Ukrainian (the applicant's text) or English (the docs), plain or Markdown. */
export interface RenderDecisionOptions {
  /** `uk` by default. */
  readonly locale?: 'uk' | 'en' | undefined;
  /** `text` by default: plain lines; `markdown` adds headings and lists. */
  readonly format?: 'text' | 'markdown' | undefined;
}

const RenderOptions = z
  .object({ locale: z.enum(['uk', 'en']).optional(), format: z.enum(['text', 'markdown']).optional() })
  .strict()
  .optional();

type Locale = 'uk' | 'en';
type Source = z.infer<typeof Source>;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An act's title as it follows a provision in Ukrainian («ст. 10 Закону України …»): its first words in the genitive. */
const GENITIVE: readonly (readonly [string, string])[] = [
  ['Закон України', 'Закону України'],
  ['Цивільний кодекс', 'Цивільного кодексу'],
  ['Сімейний кодекс', 'Сімейного кодексу'],
  ['Податковий кодекс', 'Податкового кодексу'],
  ['Бюджетний кодекс', 'Бюджетного кодексу'],
  ['Кодекс', 'Кодексу'],
  ['Конституція', 'Конституції'],
  ['Постанова', 'постанови'],
  ['Розпорядження', 'розпорядження'],
  ['Наказ', 'наказу'],
  ['Указ', 'Указу'],
];

/** The kinds of act cited by title alone: their number is not part of how a law or a code is named. */
const NAMED_BY_TITLE: ReadonlySet<string> = new Set(['law', 'code', 'constitution']);

/** The words of a decision in one language. */
interface Words {
  readonly decision: string;
  readonly numbered: (number: string) => string;
  readonly dated: (day: string) => string;
  readonly day: (day: string) => string;
  readonly service: string;
  readonly outcome: string;
  readonly outcomes: Readonly<Record<DecisionOutcome, string>>;
  readonly established: string;
  readonly reasons: string;
  readonly reasonBasis: (count: number) => string;
  readonly applied: string;
  readonly appeal: string;
  readonly source: (source: Source) => string;
  readonly hearing: (day: string, presented: boolean) => string;
  readonly delivered: (day: string, channel: DeliveryChannel) => string;
  readonly inForce: (day: string | undefined, fromDelivery: boolean) => string;
  readonly complaint: (to: string, term: string, lastDay: string | undefined) => string;
  readonly court: (court: string, term: string, lastDay: string | undefined) => string;
}

function titleOf(source: Source, locale: Locale): string {
  const title = source.act[locale];
  const number = source.number;
  if (number === undefined || NAMED_BY_TITLE.has(source.kind ?? '') || title.includes(number)) return title;
  return locale === 'uk' ? `${title} № ${number}` : `${title} No. ${number}`;
}

const UK: Words = {
  decision: 'Рішення',
  numbered: (number) => `№ ${number}`,
  dated: (day) => `від ${UK.day(day)}`,
  day: (day) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`,
  service: 'Послуга',
  outcome: 'Результат',
  outcomes: { granted: 'задоволено', partiallyGranted: 'задоволено частково', refused: 'відмовлено' },
  established: 'Встановлено',
  reasons: 'Підстави',
  reasonBasis: (count) => (count === 1 ? 'Норма' : 'Норми'),
  applied: 'Застосовані норми',
  appeal: 'Порядок оскарження',
  source: (source) => {
    const title = titleOf(source, 'uk');
    if (source.provision === undefined) return title;
    const genitive = GENITIVE.find(([nominative]) => title.startsWith(`${nominative} `));
    return genitive === undefined
      ? `${source.provision.uk} — ${title}`
      : `${source.provision.uk} ${genitive[1]}${title.slice(genitive[0].length)}`;
  },
  hearing: (day, presented) =>
    `Заявника повідомлено ${UK.day(day)} про намір ухвалити рішення, що не на його користь; позицію ${
      presented ? 'подано' : 'не подано'
    }.`,
  delivered: (day, channel) =>
    `Рішення вручено ${UK.day(day)} ${{ inPerson: 'особисто', post: 'поштою', electronic: 'в електронній формі' }[channel]}.`,
  inForce: (day, fromDelivery) =>
    fromDelivery
      ? `Рішення набирає чинності з дня доведення його до відома${day === undefined ? '' : `: ${UK.day(day)}`}.`
      : `Рішення набирає чинності ${UK.day(day as string)}.`,
  complaint: (to, term, lastDay) =>
    `Скаргу в адміністративному порядку подають: ${to}; строк — ${term}${lastDayUk(lastDay)}.`,
  court: (court, term, lastDay) => `Позов подають до суду: ${court}; строк — ${term}${lastDayUk(lastDay)}.`,
};

const lastDayUk = (day: string | undefined) => (day === undefined ? '' : `; останній день — ${UK.day(day)}`);
const lastDayEn = (day: string | undefined) => (day === undefined ? '' : `; last day: ${EN.day(day)}`);

const EN: Words = {
  decision: 'Decision',
  numbered: (number) => `No. ${number}`,
  dated: (day) => `of ${EN.day(day)}`,
  day: (day) => `${Number(day.slice(8, 10))} ${MONTHS_EN[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`,
  service: 'Service',
  outcome: 'Outcome',
  outcomes: { granted: 'granted', partiallyGranted: 'partially granted', refused: 'refused' },
  established: 'Established',
  reasons: 'Reasons',
  reasonBasis: (count) => (count === 1 ? 'Provision' : 'Provisions'),
  applied: 'Provisions applied',
  appeal: 'How to appeal',
  source: (source) => {
    const title = titleOf(source, 'en');
    return source.provision === undefined ? title : `${source.provision.en}, ${title}`;
  },
  hearing: (day, presented) =>
    `The applicant was notified on ${EN.day(day)} of the intended adverse decision; a position was ${
      presented ? '' : 'not '
    }presented.`,
  delivered: (day, channel) =>
    `The decision was delivered on ${EN.day(day)} ${{ inPerson: 'in person', post: 'by post', electronic: 'electronically' }[channel]}.`,
  inForce: (day, fromDelivery) =>
    fromDelivery
      ? `The decision takes effect on the day it is delivered${day === undefined ? '' : `: ${EN.day(day)}`}.`
      : `The decision takes effect on ${EN.day(day as string)}.`,
  complaint: (to, term, lastDay) => `Administrative complaint: ${to}; term: ${term}${lastDayEn(lastDay)}.`,
  court: (court, term, lastDay) => `Court: ${court}; term: ${term}${lastDayEn(lastDay)}.`,
};

const FROM_DELIVERY: LocalizedText = {
  uk: 'з дня вручення рішення',
  en: 'from the day the decision is delivered',
};

/** What Markdown reads as markup inside a line, and at the start of an item's text (a list, a heading, a quote). */
const MARKDOWN_INLINE = /[\\`*_[\]()#!|<>~]/g;
const MARKDOWN_LEADING = /^(\d+)([.)])|^([-+=])/;

/** A host's text as Markdown shows it literally: no emphasis, link, image, HTML, list or heading of its own. */
function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_INLINE, '\\$&').replace(MARKDOWN_LEADING, '$1\\$2$3');
}

/** The sections of a decision, each a heading and its lines, written plain or in Markdown. */
interface Section {
  readonly heading: string | undefined;
  readonly lines: readonly string[];
  readonly list: 'numbered' | 'bulleted' | 'none';
}

/** What a case recorded of its decision, as {@link decisionOfCase} reads it from a `CaseContext`. */
const DecidedCase = z
  .object({
    caseId: Id,
    caseNumber: Id.optional(),
    outcome: DecisionOutcome.optional(),
    grounds: z.array(Id).max(20),
    hearing: z
      .object({ notifiedOn: Day, state: z.enum(['awaited', 'heard', 'lapsed']) })
      .loose()
      .optional(),
    delivery: z.object({ channel: DeliveryChannel, on: Day }).loose().optional(),
    audit: z.array(z.object({ type: z.string().max(40), at: z.string().max(40) }).loose()).max(1_000),
  })
  .loose();

/** What the host gives {@link decisionOfCase}: all a case cannot know of its decision. */
export const DecisionOfCaseOptions = z
  .object({
    /** The service decided, with its name. */
    service: z.object({ id: Id, name: Text(500) }).strict(),
    /** The body that decided. */
    body: Text(500),
    /** What was established: the host's words; they may hold personal data. */
    facts: z.array(Text(4000)).min(1).max(50),
    /** The words and provisions of each ground the case may record, by its code. */
    reasons: z.record(Id, z.object({ text: Text(4000), basis: z.array(Source).min(1).max(10) }).strict()),
    /** The provisions applied: at least one. */
    provisions: z.array(Source).min(1).max(30),
    /** Whether the decision touches the rights of others (then a grant is reasoned too). */
    affectsOthers: z.boolean().optional(),
    appeal: DecisionAppeal,
  })
  .strict();
/** What the host gives {@link decisionOfCase}. */
export type DecisionOfCaseOptions = z.input<typeof DecisionOfCaseOptions>;

/**
 * The decision document of a decided case: its number, the day of its last decision (`DECISION.MADE` or
 * `DECISION.REPLACED` in the audit, a Kyiv day), the outcome, each ground in the words `options.reasons` gives
 * for its code, the hearing (when the applicant was told, and whether a position came) and the delivery as the
 * case recorded them; the service, the body, the facts, the provisions applied and the appeal from the host.
 * Then as {@link decisionDocument}: the day of effect and the appeal's last days from delivery.
 *
 * @param context - a case's context (`actor.getSnapshot().context`).
 * @throws {@link WorkflowError} `INVALID_INPUT`: `context.outcome` for a case not decided, `options.reasons` for a
 * ground given no words, and any field of either that is not valid; never quoting a value.
 * @example
 * ```ts
 * import { decisionOfCase, defaultAppeal, renderDecision } from '@vikno/workflows';
 *
 * const doc = decisionOfCase(actor.getSnapshot().context, {
 *   service: { id: 'idp-living-allowance', name: service.name.value },
 *   body: service.provider.value.name,
 *   facts: [{ uk: 'Дохід сім’ї перевищує межу.', en: 'The family’s income exceeds the limit.' }],
 *   reasons: { 'income-above-threshold': { text: groundWords, basis: service.refusalGrounds.basis } },
 *   provisions: service.legalBasis.value,
 *   appeal: defaultAppeal(bodies),
 * });
 * console.log(renderDecision(doc));
 * ```
 */
export function decisionOfCase(context: unknown, options: unknown): DecisionDocument {
  const decided = parse(DecidedCase, context, 'context');
  const given = parse(DecisionOfCaseOptions, options, 'options');
  const { outcome, delivery, hearing } = decided;
  const last = [...decided.audit]
    .reverse()
    .find((entry) => entry.type === 'DECISION.MADE' || entry.type === 'DECISION.REPLACED');
  if (outcome === undefined || last === undefined) {
    throw new WorkflowError({ code: 'INVALID_INPUT', path: 'context.outcome', ...SAYS.NO_DECISION });
  }
  let decidedOn: string;
  try {
    decidedOn = toKyivDate(last.at);
  } catch {
    throw new WorkflowError({ code: 'INVALID_INPUT', path: 'context.audit', ...SAYS.DAY_OUT_OF_RANGE });
  }
  const reasons = decided.grounds.map((ground) => {
    const words = Object.hasOwn(given.reasons, ground) ? given.reasons[ground] : undefined;
    if (words === undefined) {
      throw new WorkflowError({
        code: 'INVALID_INPUT',
        path: 'options.reasons',
        ...SAYS.NO_WORDS_FOR_GROUND,
      });
    }
    return { ground, text: words.text, basis: words.basis };
  });
  // The hearing of the decision in force: one held before a decision a complaint body replaced is not its own.
  const heard = hearing !== undefined && last.type === 'DECISION.MADE' && hearing.state !== 'awaited';
  return decisionDocument({
    caseNumber: decided.caseNumber ?? decided.caseId,
    service: given.service,
    body: given.body,
    decidedOn,
    outcome,
    facts: given.facts,
    reasons,
    ...(given.affectsOthers === undefined ? {} : { affectsOthers: given.affectsOthers }),
    provisions: given.provisions,
    ...(heard
      ? { hearing: { notifiedOn: hearing.notifiedOn, positionPresented: hearing.state === 'heard' } }
      : {}),
    ...(delivery === undefined ? {} : { delivery: { channel: delivery.channel, deliveredOn: delivery.on } }),
    appeal: given.appeal,
  });
}

/**
 * Writes a decision document as the text the applicant receives: in Ukrainian by default (official but plain,
 * dates as `25.11.2026`), or in English for the docs, with the same structure. The sections: the heading (the
 * body, «Рішення» and its number, the date), the service, the outcome («задоволено», «задоволено частково»,
 * «відмовлено»), «Встановлено:» the facts, «Підстави:» the reasons each with its provisions, «Застосовані норми:»,
 * the hearing, the day the decision takes effect, and «Порядок оскарження:» the delivery, the complaint body, its
 * term and last day, and the court.
 * `markdown` adds headings and lists and escapes what the host wrote; `text` is plain lines.
 *
 * @param doc - a {@link DecisionDocument} from {@link decisionDocument}, checked again: its last days must follow
 * from its delivery.
 * @param options - the locale and format.
 * @throws {@link WorkflowError} `INVALID_INPUT` for a document or options that are not valid.
 * @example
 * ```ts
 * import { decisionDocument, renderDecision } from '@vikno/workflows';
 *
 * const text = renderDecision(decisionDocument(input));
 * text.split('\n')[1];
 * //=> 'РІШЕННЯ № N-17'
 * renderDecision(decisionDocument(input), { locale: 'en', format: 'markdown' }).split('\n')[2];
 * //=> '## Decision No. N-17 of 27 February 2026'
 * ```
 */
export function renderDecision(doc: DecisionDocument, options?: RenderDecisionOptions): string {
  const { locale = 'uk', format = 'text' } = parse(RenderOptions, options, 'options') ?? {};
  const given = parse(DecisionDocument, doc, 'doc');
  const { complaintLastDay, courtLastDay, ...appeal } = given.appeal;
  const { basis: _, ...content } = given;
  const fresh = withAppealDays({ ...content, appeal }, 'doc');
  if (fresh.inForceFrom !== given.inForceFrom) {
    throw new WorkflowError({ code: 'INVALID_INPUT', path: 'doc.inForceFrom', ...SAYS.IN_FORCE_MISMATCH });
  }
  for (const [field, day] of [
    ['complaintLastDay', complaintLastDay],
    ['courtLastDay', courtLastDay],
  ] as const) {
    if (fresh.appeal[field] !== day) {
      throw new WorkflowError({
        code: 'INVALID_INPUT',
        path: `doc.appeal.${field}`,
        ...SAYS.LAST_DAY_MISMATCH,
      });
    }
  }
  return write(fresh, locale, format);
}

function write(doc: DecisionDocument, locale: Locale, format: 'text' | 'markdown'): string {
  const words = locale === 'uk' ? UK : EN;
  const markdown = format === 'markdown';
  const host = (text: string) => (markdown ? escapeMarkdown(text) : text);
  const sources = (list: readonly Source[]) => list.map((source) => host(words.source(source)));
  const termOf = (term: Term) => {
    const basis =
      term.basis === undefined || term.basis.length === 0 ? '' : ` (${sources(term.basis).join('; ')})`;
    return `${describeTerm(term)[locale]} ${FROM_DELIVERY[locale]}${basis}`;
  };
  const { appeal, delivery, hearing } = doc;

  const sections: Section[] = [
    {
      heading: undefined,
      lines: [
        `${markdown ? '**' : ''}${words.service}:${markdown ? '**' : ''} ${host(doc.service.name[locale])}`,
        `${markdown ? '**' : ''}${words.outcome}:${markdown ? '**' : ''} ${words.outcomes[doc.outcome]}`,
      ],
      list: 'none',
    },
    { heading: words.established, lines: doc.facts.map((fact) => host(fact[locale])), list: 'numbered' },
  ];
  if (doc.reasons.length > 0) {
    sections.push({
      heading: words.reasons,
      lines: doc.reasons.map(
        (reason) =>
          `${host(reason.text[locale])} ${words.reasonBasis(reason.basis.length)}: ${sources(reason.basis).join('; ')}.`,
      ),
      list: 'numbered',
    });
  }
  sections.push({ heading: words.applied, lines: sources(doc.provisions), list: 'numbered' });
  if (hearing !== undefined) {
    sections.push({
      heading: undefined,
      lines: [words.hearing(hearing.notifiedOn, hearing.positionPresented)],
      list: 'none',
    });
  }
  const fromDelivery = doc.inForceFrom === undefined || doc.inForceFrom === delivery?.deliveredOn;
  sections.push({ heading: undefined, lines: [words.inForce(doc.inForceFrom, fromDelivery)], list: 'none' });
  sections.push({
    heading: words.appeal,
    lines: [
      ...(delivery === undefined ? [] : [words.delivered(delivery.deliveredOn, delivery.channel)]),
      words.complaint(
        host(appeal.complaintTo[locale]),
        termOf(appeal.complaintTerm),
        appeal.complaintLastDay,
      ),
      words.court(host(appeal.court[locale]), termOf(appeal.courtTerm), appeal.courtLastDay),
    ],
    list: markdown ? 'bulleted' : 'none',
  });

  const heading = markdown
    ? [
        `# ${host(doc.body[locale])}`,
        '',
        `## ${words.decision} ${words.numbered(host(doc.caseNumber))} ${words.dated(doc.decidedOn)}`,
      ]
    : [
        doc.body[locale],
        `${words.decision.toLocaleUpperCase(locale)} ${words.numbered(doc.caseNumber)}`,
        words.dated(doc.decidedOn),
      ];
  const blocks = sections.map((section) => {
    const items = section.lines.map((line, index) =>
      section.list === 'numbered'
        ? `${index + 1}. ${line}`
        : section.list === 'bulleted'
          ? `- ${line}`
          : line,
    );
    if (section.heading === undefined) return items.join(markdown && section.list === 'none' ? '\n\n' : '\n');
    return markdown
      ? `### ${section.heading}\n\n${items.join('\n')}`
      : `${section.heading}:\n${items.join('\n')}`;
  });
  return `${[heading.join('\n'), ...blocks].join('\n\n')}\n`;
}
