import { FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY, tryParseCivilDate } from '@vikno/law';
import { type AuditEntry, type CaseEmitted, CaseEvent, DeliveryChannel, TermKind } from '@vikno/workflows';
import { z } from 'zod';
import { invalid, MonitoringError } from './errors.js';
import { monitoringSays } from './messages/index.js';
import type { NoticeBook } from './messages/notice-book.js';
import { NOTICE_MESSAGES } from './messages/notice-errors.js';
import { noticesEn } from './messages/notices-en.js';
import { noticesUk } from './messages/notices-uk.js';

/**
 * What the host tells the applicant about, one kind per event worth a message:
 *
 * - `registered`: the application registered, with its number and the day the decision is due;
 * - `leftWithoutMovement`: left without movement (залишено без руху), the defects to cure by a day;
 * - `defectsCured`: the defects cured in time, the decision due by a day;
 * - `returned`: returned unconsidered (the defects not cured in time);
 * - `documentsRequested`: more documents needed, by a day if one was set; the decision term stops meanwhile;
 * - `documentsReceived`: the documents arrived, the decision due by the day it moved to;
 * - `hearingNotified`: an adverse decision intended; the applicant may state a position by a day (Law 2073-IX);
 * - `termExtended`: the decision term extended to a new day, and why;
 * - `decisionReady`: the decision taken, to collect at the CNAP or sent by post or electronically;
 * - `resultNotCollected`: the result still awaits collection, kept until a day;
 * - `withdrawn`: the application withdrawn at the applicant's request;
 * - `reopened`: considered again after a complaint, the new decision due by a day.
 */
export const NoticeKind = z.enum([
  'registered',
  'leftWithoutMovement',
  'defectsCured',
  'returned',
  'documentsRequested',
  'documentsReceived',
  'hearingNotified',
  'termExtended',
  'decisionReady',
  'resultNotCollected',
  'withdrawn',
  'reopened',
]);
/** What the host tells the applicant about. */
export type NoticeKind = z.infer<typeof NoticeKind>;

/**
 * Every kind of notice, in the order a case meets them.
 *
 * @example
 * ```ts
 * import { NOTICE_KINDS } from '@vikno/monitoring';
 *
 * NOTICE_KINDS.length;
 * //=> 12
 * NOTICE_KINDS[0];
 * //=> 'registered'
 * ```
 */
export const NOTICE_KINDS: readonly NoticeKind[] = NoticeKind.options;

/** The longest case number a case of `@vikno/workflows` accepts (its ids are 1 to 80 characters). */
export const MAX_CASE_NUMBER_LENGTH = 80;
/** The longest text a host gives for one document, defect, reason or ground. */
export const MAX_ITEM_LENGTH = 200;
/** The most documents, defects, reasons or grounds one notice lists. */
export const MAX_ITEMS = 20;

// No control, format (bidi overrides, zero-width) or unpaired surrogate character, nor a line or paragraph
// separator: such a character would break an e-mail subject or an SMS, or make a text read other than it is.
const PLAIN = /^[^\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]*$/u;

const plainText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((text) => PLAIN.test(text) && text.trim().length > 0, {
      message: NOTICE_MESSAGES.refinement('PLAIN_TEXT', { max }),
    });

/** A case number as the applicant knows it: 1 to 80 characters, as `@vikno/workflows` accepts, in plain text. */
const CaseNumber = plainText(MAX_CASE_NUMBER_LENGTH);
/** A day in the supported calendar. */
const Day = z
  .string()
  .max(10)
  .refine(
    (day) =>
      /^\d{4}-\d{2}-\d{2}$/.test(day) &&
      tryParseCivilDate(day) !== undefined &&
      day >= FIRST_SUPPORTED_DAY &&
      day <= LAST_SUPPORTED_DAY,
    {
      message: NOTICE_MESSAGES.refinement('NOTICE_DAY', {
        first: FIRST_SUPPORTED_DAY,
        last: LAST_SUPPORTED_DAY,
      }),
    },
  );
/** What a host names in its own words: documents, defects, reasons, grounds. */
const Items = z.array(plainText(MAX_ITEM_LENGTH)).max(MAX_ITEMS).optional();

const withNumber = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.object({ caseNumber: CaseNumber, ...shape }).strict();

/** The parameters of each kind of notice, validated. */
const PARAMS = {
  registered: withNumber({ dueOn: Day }),
  leftWithoutMovement: withNumber({ cureBy: Day, defects: Items }),
  defectsCured: withNumber({ dueOn: Day }),
  returned: withNumber({ reasons: Items }),
  documentsRequested: withNumber({ documents: Items, by: Day.optional() }),
  documentsReceived: withNumber({ dueOn: Day }),
  hearingNotified: withNumber({
    positionBy: Day,
    outcome: z.enum(['partiallyGranted', 'refused']).optional(),
    grounds: Items,
  }),
  termExtended: withNumber({ dueOn: Day, reasons: Items }),
  decisionReady: withNumber({
    delivery: z.enum(['collect', 'post', 'electronic']),
    collectBy: Day.optional(),
  }),
  resultNotCollected: withNumber({ keptUntil: Day }),
  withdrawn: withNumber({}),
  reopened: withNumber({ dueOn: Day }),
} satisfies { [Kind in NoticeKind]: z.ZodType<unknown, NoticeParams[Kind]> };

/**
 * The parameters of each kind of notice: the case number (1 to 80 characters, as the case knows it) and the days
 * (`YYYY-MM-DD`) the notice names; lists in the host's own words (document titles, defects, reasons, grounds: up to
 * 20 of up to 200 characters) where the e-mail and the page name them. Never a name or a tax number.
 *
 * - `dueOn`: the last day of the decision term; `cureBy`: of the cure term; `positionBy`: of the hearing period;
 *   `keptUntil`: of the collection term; `collectBy`: when known, the day to collect a decision by; `by`: the day the
 *   requested documents are due, when one was set.
 */
export interface NoticeParams {
  readonly registered: { readonly caseNumber: string; readonly dueOn: string };
  readonly leftWithoutMovement: {
    readonly caseNumber: string;
    readonly cureBy: string;
    readonly defects?: readonly string[] | undefined;
  };
  readonly defectsCured: { readonly caseNumber: string; readonly dueOn: string };
  readonly returned: { readonly caseNumber: string; readonly reasons?: readonly string[] | undefined };
  readonly documentsRequested: {
    readonly caseNumber: string;
    readonly documents?: readonly string[] | undefined;
    readonly by?: string | undefined;
  };
  readonly documentsReceived: { readonly caseNumber: string; readonly dueOn: string };
  readonly hearingNotified: {
    readonly caseNumber: string;
    readonly positionBy: string;
    /** The adverse outcome intended; a refusal when not given. */
    readonly outcome?: 'partiallyGranted' | 'refused' | undefined;
    readonly grounds?: readonly string[] | undefined;
  };
  readonly termExtended: {
    readonly caseNumber: string;
    readonly dueOn: string;
    readonly reasons?: readonly string[] | undefined;
  };
  readonly decisionReady: {
    readonly caseNumber: string;
    /** To collect where the applicant applied, or sent by post or electronically. */
    readonly delivery: 'collect' | 'post' | 'electronic';
    readonly collectBy?: string | undefined;
  };
  readonly resultNotCollected: { readonly caseNumber: string; readonly keptUntil: string };
  readonly withdrawn: { readonly caseNumber: string };
  readonly reopened: { readonly caseNumber: string; readonly dueOn: string };
}

/** The form of a notice: an SMS, an e-mail, or a status page's block. */
export const NoticeForm = z.enum(['sms', 'email', 'page']);
/** The form of a notice. */
export type NoticeForm = z.infer<typeof NoticeForm>;

/** A language of the notices. */
export const NoticeLanguage = z.enum(['uk', 'en']);
/** A language of the notices. */
export type NoticeLanguage = z.infer<typeof NoticeLanguage>;

/** How to write a notice: its form and language. */
export interface NoticeOptions<Form extends NoticeForm = NoticeForm> {
  readonly form: Form;
  readonly language: NoticeLanguage;
}

const Options = z.object({ form: NoticeForm, language: NoticeLanguage }).strict();

/** How an SMS is encoded: GSM-7 when every character is in the GSM 03.38 basic set, UCS-2 otherwise. */
export type SmsEncoding = 'gsm7' | 'ucs2';

/** The size of an SMS: its encoding, its length in characters of that encoding, and the segments it takes. */
export interface SmsSize {
  readonly encoding: SmsEncoding;
  /** Septets in GSM-7 (one per basic character), UTF-16 code units in UCS-2. */
  readonly length: number;
  /** 1 up to 160 GSM-7 or 70 UCS-2 characters; beyond, concatenated segments of 153 or 67. */
  readonly segments: number;
}

/** An SMS notice: the text and its size. Within two segments whatever the values (at most 134 in UCS-2). */
export interface SmsNotice extends SmsSize {
  readonly form: 'sms';
  readonly kind: NoticeKind;
  readonly language: NoticeLanguage;
  readonly text: string;
}

/** An e-mail notice: a subject line and a plain-text body (paragraphs separated by blank lines). */
export interface EmailNotice {
  readonly form: 'email';
  readonly kind: NoticeKind;
  readonly language: NoticeLanguage;
  readonly subject: string;
  readonly body: string;
}

/** A status page's block: a heading and a paragraph. */
export interface PageNotice {
  readonly form: 'page';
  readonly kind: NoticeKind;
  readonly language: NoticeLanguage;
  readonly heading: string;
  readonly paragraph: string;
}

/** A notice of any form. */
export type Notice = SmsNotice | EmailNotice | PageNotice;

/** The notice of each form. */
export interface NoticeOfForm {
  readonly sms: SmsNotice;
  readonly email: EmailNotice;
  readonly page: PageNotice;
}

const BOOKS: Readonly<Record<NoticeLanguage, NoticeBook>> = { uk: noticesUk, en: noticesEn };

/** The GSM 03.38 basic character set (without the escape to its extension table). */
export const GSM_BASIC_CHARACTERS =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_BASIC = new Set(GSM_BASIC_CHARACTERS);

/** The longest text {@link smsSize} measures: far beyond any SMS a phone joins. */
const MAX_SMS_TEXT = 10_000;
const SmsText = z.string().max(MAX_SMS_TEXT);

/**
 * The encoding, length and segments of an SMS text: GSM-7 (160 characters in one segment, 153 in each of several)
 * only when every character is in the GSM 03.38 basic set; UCS-2 otherwise (70, or 67 each), which Cyrillic needs.
 * Lengths in UCS-2 are UTF-16 code units, as phones count them.
 *
 * @throws {@link MonitoringError} `INVALID_INPUT` for a text that is not a string of at most 10,000 characters.
 * @example
 * ```ts
 * import { smsSize } from '@vikno/monitoring';
 *
 * smsSize('Application 17 registered.');
 * //=> { encoding: 'gsm7', length: 26, segments: 1 }
 * smsSize('Заяву №17 зареєстровано.');
 * //=> { encoding: 'ucs2', length: 24, segments: 1 }
 * ```
 */
export function smsSize(text: string): SmsSize {
  const checked = parse(SmsText, text, 'text');
  return measure(checked);
}

function measure(text: string): SmsSize {
  let gsm = true;
  for (const character of text) {
    if (!GSM_BASIC.has(character)) {
      gsm = false;
      break;
    }
  }
  const length = text.length;
  const [single, each] = gsm ? [160, 153] : [70, 67];
  return {
    encoding: gsm ? 'gsm7' : 'ucs2',
    length,
    segments: length <= single ? 1 : Math.ceil(length / each),
  };
}

/** Parses `value` at `path`, turning any failure (a getter that throws included) into a {@link MonitoringError}. */
function parse<Schema extends z.ZodType>(schema: Schema, value: unknown, path: string): z.output<Schema> {
  let result: ReturnType<Schema['safeParse']>;
  try {
    result = schema.safeParse(value) as ReturnType<Schema['safeParse']>;
  } catch {
    throw new MonitoringError({
      code: 'INVALID_INPUT',
      path,
      ...monitoringSays('INVALID_INPUT', { count: 1 }),
    });
  }
  if (!result.success) throw invalid('INVALID_INPUT', path, result.error);
  return result.data as z.output<Schema>;
}

/**
 * A notice to the applicant in one form and language, from its kind and parameters: the SMS (with its encoding and
 * segments: within two UCS-2 segments, 134 characters, for every value the parameters allow), the e-mail (subject
 * and plain-text body), or the status page's block (heading and paragraph). Days are written `25.11.2026` in
 * Ukrainian and `25 Nov 2026` in English. No text names the applicant or any other person; the case number is the
 * one identifier.
 *
 * @param kind - what happened ({@link NOTICE_KINDS}).
 * @param params - the case number and the days the notice names ({@link NoticeParams}).
 * @param options - `form` (`sms`, `email`, `page`) and `language` (`uk`, `en`).
 * @throws {@link MonitoringError} `INVALID_INPUT` for an unknown kind, form or language, or parameters that are
 *   missing, unknown, too long, out of the calendar or carry control characters; the error never repeats them.
 * @example
 * ```ts
 * import { notice } from '@vikno/monitoring';
 *
 * notice('registered', { caseNumber: 'В-2026-17', dueOn: '2026-11-25' }, { form: 'sms', language: 'uk' });
 * //=> { form: 'sms', kind: 'registered', language: 'uk',
 * //     text: 'Заяву №В-2026-17 зареєстровано. Рішення до 25.11.2026.', encoding: 'ucs2', length: 54, segments: 1 }
 * notice('decisionReady', { caseNumber: '17', delivery: 'post' }, { form: 'page', language: 'en' }).heading;
 * //=> 'Decision ready'
 * ```
 */
export function notice<Kind extends NoticeKind, Form extends NoticeForm>(
  kind: Kind,
  params: NoticeParams[Kind],
  options: NoticeOptions<Form>,
): NoticeOfForm[Form] {
  const checkedKind = parse(NoticeKind, kind, 'kind') as Kind;
  const { form, language } = parse(Options, options, 'options');
  const checked = parse(PARAMS[checkedKind], params, 'params') as NoticeParams[Kind];
  const book = BOOKS[language];
  // The texts of one kind, called with that kind's parameters: the table pairs them.
  const texts = book[checkedKind] as NoticeBook[NoticeKind] as {
    [Part in keyof NoticeBook['registered']]: (
      params: unknown,
      write: NoticeBook['write'],
    ) => ReturnType<NoticeBook['registered'][Part]>;
  };
  const head = { form, kind: checkedKind, language } as const;
  let written: Notice;
  if (form === 'sms') {
    const text = texts.sms(checked, book.write);
    written = { ...head, form, text, ...measure(text) };
  } else if (form === 'email') {
    const body = [book.greeting, ...texts.body(checked, book.write), ...book.closing].join('\n\n');
    written = { ...head, form, subject: texts.subject(checked, book.write), body };
  } else {
    written = {
      ...head,
      form,
      heading: texts.heading(checked, book.write),
      paragraph: texts.paragraph(checked, book.write),
    };
  }
  return written as NoticeOfForm[Form];
}

const CASE_EVENT_TYPES = CaseEvent.options.map((option) => option.shape.type.value);

/** What a case emitted (`@vikno/workflows`' `CaseEmitted`), or an event it accepted, as far as a notice reads it. */
const NoticeSource = z.union([
  z.object({ type: z.literal('applicant.notify') }).loose(),
  z.object({ type: z.enum(['deadline.atRisk', 'deadline.overdue']), term: TermKind }).loose(),
  z
    .object({
      type: z.enum(CASE_EVENT_TYPES),
      complete: z.boolean().optional(),
      channel: DeliveryChannel.optional(),
    })
    .loose()
    .refine((event) => event.type !== 'PACKAGE.CHECKED' || event.complete !== undefined, {
      path: ['complete'],
      message: NOTICE_MESSAGES.refinement('COMPLETE_UNSAID', {}),
    })
    .refine((event) => event.type !== 'DECISION.DELIVERED' || event.channel !== undefined, {
      path: ['channel'],
      message: NOTICE_MESSAGES.refinement('CHANNEL_UNSAID', {}),
    }),
]);

/**
 * An event {@link noticeKindOf} reads: a `CaseEvent` the case accepted, a `CaseEmitted` it raised, an `AuditEntry`
 * of its log, or any object with their fields (`type`; `complete` of an intake, `channel` of a delivery, `term` of a
 * warning).
 */
export type NoticeSourceEvent =
  | CaseEvent
  | CaseEmitted
  | AuditEntry
  | {
      readonly type: string;
      readonly complete?: boolean | undefined;
      readonly channel?: string | undefined;
      readonly term?: string | undefined;
    };

/** The notice each accepted event of a case calls for; an event absent here tells the applicant nothing. */
const BY_EVENT: Readonly<Partial<Record<string, NoticeKind>>> = {
  'DEFECTS.CURED': 'defectsCured',
  'APPLICATION.RETURNED': 'returned',
  'DOCUMENTS.REQUESTED': 'documentsRequested',
  'DOCUMENTS.RECEIVED': 'documentsReceived',
  'HEARING.NOTIFIED': 'hearingNotified',
  'TERM.EXTENDED': 'termExtended',
  'APPLICATION.WITHDRAWN': 'withdrawn',
  'CASE.REOPENED': 'reopened',
};

/** The reminder each term at risk calls for: the applicant's own terms only. */
const BY_TERM_AT_RISK: Readonly<Partial<Record<string, NoticeKind>>> = {
  cure: 'leftWithoutMovement',
  hearing: 'hearingNotified',
  collection: 'resultNotCollected',
};

/**
 * The kind of notice an event of a case calls for, or `undefined` when it tells the applicant nothing: an event the
 * case accepted (a `CaseEvent` of `@vikno/workflows`, or an entry of its audit with the fields below), or one the
 * case emitted for the host (`CaseEmitted`).
 *
 * - `PACKAGE.CHECKED` → `registered` when `complete`, `leftWithoutMovement` when not;
 * - `DEFECTS.CURED`, `APPLICATION.RETURNED`, `DOCUMENTS.REQUESTED`, `DOCUMENTS.RECEIVED`, `HEARING.NOTIFIED`,
 *   `TERM.EXTENDED`, `APPLICATION.WITHDRAWN`, `CASE.REOPENED` → their own kinds;
 * - `applicant.notify` (emitted when the CNAP is informed of a decision) → `decisionReady`;
 * - `DECISION.DELIVERED` by post or electronically → `decisionReady`; in person → `undefined` (the applicant has it);
 * - `deadline.atRisk` of the applicant's own terms: `cure` → `leftWithoutMovement`, `hearing` → `hearingNotified`,
 *   `collection` → `resultNotCollected` (reminders); of the others' terms, and every `deadline.overdue` →
 *   `undefined`: the office acts on those;
 * - every other event (the transfer, the decision itself, ticks, …) → `undefined`.
 *
 * @throws {@link MonitoringError} `INVALID_INPUT` for an event of no known type, a `PACKAGE.CHECKED` without
 *   `complete` or a `DECISION.DELIVERED` without `channel` (an audit entry carries neither: read the event).
 * @example
 * ```ts
 * import { noticeKindOf } from '@vikno/monitoring';
 *
 * noticeKindOf({ type: 'PACKAGE.CHECKED', complete: false });
 * //=> 'leftWithoutMovement'
 * noticeKindOf({ type: 'applicant.notify', caseId: 'C-1', outcome: 'granted' });
 * //=> 'decisionReady'
 * noticeKindOf({ type: 'TRANSFER.SENT' });
 * //=> undefined
 * ```
 */
export function noticeKindOf(event: NoticeSourceEvent): NoticeKind | undefined {
  const checked = parse(NoticeSource, event, 'event');
  switch (checked.type) {
    case 'applicant.notify':
      return 'decisionReady';
    case 'deadline.atRisk':
      return BY_TERM_AT_RISK[checked.term];
    case 'deadline.overdue':
      return undefined;
    case 'PACKAGE.CHECKED':
      return checked.complete ? 'registered' : 'leftWithoutMovement';
    case 'DECISION.DELIVERED':
      return checked.channel === 'post' || checked.channel === 'electronic' ? 'decisionReady' : undefined;
    default:
      return BY_EVENT[checked.type];
  }
}
