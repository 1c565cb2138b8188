import { CivilDate, describeTerm, type LegalSource, LocalizedText, WebUrl } from '@vikno/deadlines';
import { valueKind } from '@vikno/law';
import { match } from 'ts-pattern';
import { z } from 'zod';
import type { ServiceView } from './catalog.js';
import { CatalogError, issuesFrom } from './errors.js';
import { CHANNEL_LABELS } from './labels.js';
import { catalogSays } from './messages/index.js';
import type { CardValueName } from './messages/params.js';
import {
  ApplicationWindow,
  type Cnap,
  type Dated,
  Fee,
  MAX_LIST,
  RegisterId,
  ServiceId,
  ServiceTerm,
} from './schema.js';

/** `value` parsed by `schema`, or `INVALID_OPTION` at `path` saying what was expected, with every issue. */
function checked<T>(schema: z.ZodType<T>, value: unknown, path: string, what: CardValueName): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CatalogError({
    code: 'INVALID_OPTION',
    path,
    ...catalogSays('EXPECTED_CARD_VALUE', { what }),
    issues: issuesFrom(parsed.error, path),
  });
}

/** One row of an information card: its heading, its text, and whether every source behind it is verified. */
export interface CardRow {
  /** A stable key, e.g. `term`. */
  readonly key: string;
  /** The row's heading as the card prints it. */
  readonly heading: LocalizedText;
  /** The row's lines. */
  readonly lines: readonly LocalizedText[];
  /** `false` when any source of the row is not verified; the rendered card marks such rows. */
  readonly verified: boolean;
}

/** One legal act of a card's list of acts. */
export interface CardAct {
  /** The act as the card prints it: title, date and number. */
  readonly text: LocalizedText;
  /** The official text, if known. */
  readonly url: string | undefined;
  /** Whether the act's details were verified. */
  readonly verified: boolean;
}

/**
 * The information card (інформаційна картка) of one service for one CNAP, Law 5203-VI Art. 8: who and where,
 * then the conditions of the service, then the acts. Structured, to render in any form; see
 * {@link renderInformationCardMarkdown} and {@link renderInformationCardHtml}.
 */
export interface InformationCard {
  /** The day the card describes. */
  readonly asOf: string;
  /** The service id. */
  readonly serviceId: string;
  /** The Register identifier, if any. */
  readonly registerId: string | undefined;
  /** This CNAP's own code of the service, if any. */
  readonly localCode: string | undefined;
  /** The service's name. */
  readonly title: LocalizedText;
  /** The CNAP's rows: name, address, hours, contacts. */
  readonly cnap: readonly CardRow[];
  /** The service's rows: provider, documents, fee, term, result, channels, refusal, appeal. */
  readonly conditions: readonly CardRow[];
  /** The acts that regulate the service. */
  readonly acts: readonly CardAct[];
}

const WEEKDAYS: Record<string, LocalizedText> = {
  '1': { uk: 'Понеділок', en: 'Monday' },
  '2': { uk: 'Вівторок', en: 'Tuesday' },
  '3': { uk: 'Середа', en: 'Wednesday' },
  '4': { uk: 'Четвер', en: 'Thursday' },
  '5': { uk: 'П’ятниця', en: 'Friday' },
  '6': { uk: 'Субота', en: 'Saturday' },
  '7': { uk: 'Неділя', en: 'Sunday' },
};

function allVerified(...series: ReadonlyArray<Dated<unknown> | undefined>): boolean {
  return series.every((entry) => entry === undefined || entry.basis.every((source) => source.verified));
}

function ukDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

/**
 * A fee in words: the first line says free or paid (with the amount, when it is fixed), the next ones how the
 * amount is set and how to pay, when the catalogue says.
 *
 * @example
 * ```ts
 * import { describeFee, getService } from '@vikno/catalog';
 *
 * describeFee(getService('housing-subsidy', { asOf: '2026-03-02' }).fee.value);
 * //=> [{ uk: 'Безоплатно', en: 'Free of charge' }]
 * describeFee({ kind: 'paid', amount: 42.5, currency: 'UAH' });
 * //=> [{ uk: 'Платно: 42,50 грн', en: 'Paid: UAH 42.50' }]
 *
 * // No fixed amount: the second line says how the fee is set.
 * const lines = describeFee(getService('residence-registration', { asOf: '2026-03-02' }).fee.value);
 * lines.length;
 * //=> 2
 * lines[0];
 * //=> { uk: 'Платно', en: 'Paid' }
 * ```
 * @throws {@link CatalogError} `INVALID_OPTION` for anything but a {@link Fee}.
 */
export function describeFee(fee: Fee): LocalizedText[] {
  return feeLines(checked(Fee, fee, 'fee', 'fee'));
}

function feeLines(fee: Fee): LocalizedText[] {
  // Whole hryvnias as they are; kopiykas always with two digits, after a comma in Ukrainian.
  const hryvnias = (amount: number, decimal: ',' | '.') =>
    Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace('.', decimal);
  return match(fee)
    .with({ kind: 'free' }, () => [{ uk: 'Безоплатно', en: 'Free of charge' }])
    .with({ kind: 'paid' }, (paid) => [
      paid.amount === undefined
        ? { uk: 'Платно', en: 'Paid' }
        : { uk: `Платно: ${hryvnias(paid.amount, ',')} грн`, en: `Paid: UAH ${hryvnias(paid.amount, '.')}` },
      ...(paid.description ? [paid.description] : []),
      ...(paid.howToPay ? [paid.howToPay] : []),
    ])
    .exhaustive();
}

/**
 * A service term in words, with what it runs from: the registration of the application unless the catalogue
 * says otherwise.
 *
 * @example
 * ```ts
 * import { describeServiceTerm, getService } from '@vikno/catalog';
 *
 * const term = describeServiceTerm(getService('idp-living-allowance', { asOf: '2026-03-02' }).term.value);
 * term.uk;
 * //=> '10 робочих днів з дня реєстрації заяви'
 * term.en;
 * //=> '10 working days from the registration of the application'
 * describeServiceTerm(getService('residence-registration', { asOf: '2026-03-02' }).term.value).en;
 * //=> 'On the day of application'
 * ```
 * @throws {@link CatalogError} `INVALID_OPTION` for anything but a {@link ServiceTerm}.
 */
export function describeServiceTerm(term: ServiceTerm): LocalizedText {
  return termText(checked(ServiceTerm, term, 'term', 'serviceTerm'));
}

function termText(term: ServiceTerm): LocalizedText {
  return match(term)
    .with({ kind: 'term' }, ({ term: value, runsFrom }) => {
      const words = describeTerm(value);
      return runsFrom
        ? { uk: `${words.uk} з ${runsFrom.uk}`, en: `${words.en} from ${runsFrom.en}` }
        : {
            uk: `${words.uk} з дня реєстрації заяви`,
            en: `${words.en} from the registration of the application`,
          };
    })
    .with({ kind: 'sameDay' }, () => ({ uk: 'У день звернення', en: 'On the day of application' }))
    .exhaustive();
}

/**
 * An application window in words.
 *
 * @example
 * ```ts
 * import { describeWindow, getService } from '@vikno/catalog';
 *
 * const { applicationWindow } = getService('birth-assistance', { asOf: '2026-03-02' });
 * const words = applicationWindow && describeWindow(applicationWindow.value);
 * words?.uk;
 * //=> 'Звернутися не пізніше ніж через 12 місяців після: дня народження дитини'
 * words?.en;
 * //=> 'Apply within 12 months after the day the child was born'
 * ```
 * @throws {@link CatalogError} `INVALID_OPTION` for anything but an {@link ApplicationWindow}.
 */
export function describeWindow(window: ApplicationWindow): LocalizedText {
  return windowText(checked(ApplicationWindow, window, 'window', 'applicationWindow'));
}

function windowText(window: ApplicationWindow): LocalizedText {
  const within = describeTerm(window.within);
  return {
    uk: `Звернутися не пізніше ніж через ${within.uk} після: ${window.after.uk}`,
    en: `Apply within ${within.en} after ${window.after.en}`,
  };
}

function actText(act: LegalSource): LocalizedText {
  const date = act.adopted ? ` від ${ukDate(act.adopted)}` : '';
  const dateEn = act.adopted ? ` of ${ukDate(act.adopted)}` : '';
  const number = act.number ? ` № ${act.number}` : '';
  const numberEn = act.number ? ` No. ${act.number}` : '';
  const provision = act.provision ? `, ${act.provision.uk}` : '';
  const provisionEn = act.provision ? `, ${act.provision.en}` : '';
  return {
    uk: `${act.act.uk}${date}${number}${provision}`,
    en: `${act.act.en}${dateEn}${numberEn}${provisionEn}`,
  };
}

function row(key: string, heading: LocalizedText, lines: readonly LocalizedText[], verified = true): CardRow {
  return { key, heading, lines, verified };
}

/**
 * Builds the information card of a service (as of a day) for one CNAP.
 *
 * @param view - the service on the card's day.
 * @param cnap - the CNAP, validated.
 * @param documents - the exhaustive list of documents, when the caller has it (e.g. from `@vikno/checklists`).
 */
export function buildInformationCard(
  view: ServiceView,
  cnap: Cnap,
  documents: readonly LocalizedText[] | undefined,
): InformationCard {
  const hours = Object.entries(WEEKDAYS).map(([weekday, label]) => {
    const day = cnap.hours[weekday as keyof Cnap['hours']];
    if (day === undefined) return { uk: `${label.uk}: вихідний`, en: `${label.en}: closed` };
    const pause =
      day.breakFrom && day.breakTo
        ? { uk: ` (перерва ${day.breakFrom}–${day.breakTo})`, en: ` (break ${day.breakFrom}–${day.breakTo})` }
        : { uk: '', en: '' };
    return {
      uk: `${label.uk}: ${day.opens}–${day.closes}${pause.uk}`,
      en: `${label.en}: ${day.opens}–${day.closes}${pause.en}`,
    };
  });
  const contacts = [
    ...(cnap.phone ? [{ uk: `Телефон: ${cnap.phone}`, en: `Phone: ${cnap.phone}` }] : []),
    ...(cnap.email ? [{ uk: `Електронна пошта: ${cnap.email}`, en: `E-mail: ${cnap.email}` }] : []),
    ...(cnap.website ? [{ uk: `Вебсайт: ${cnap.website}`, en: `Website: ${cnap.website}` }] : []),
  ];
  const cnapRows = [
    row('cnapName', { uk: 'Найменування центру надання адміністративних послуг', en: 'CNAP' }, [cnap.name]),
    row('address', { uk: 'Місцезнаходження', en: 'Address' }, [cnap.address]),
    row('hours', { uk: 'Режим роботи', en: 'Opening hours' }, [
      ...hours,
      ...(cnap.hoursNote ? [cnap.hoursNote] : []),
    ]),
    ...(contacts.length > 0
      ? [row('contacts', { uk: 'Телефон, адреса електронної пошти, вебсайт', en: 'Contacts' }, contacts)]
      : []),
  ];
  const optional = <T>(entry: Dated<T> | undefined, build: (value: T) => CardRow): CardRow[] =>
    entry === undefined ? [] : [build(entry.value)];
  const conditions = [
    row(
      'provider',
      { uk: 'Суб’єкт надання адміністративної послуги', en: 'Provider' },
      [view.provider.value.name],
      allVerified(view.provider),
    ),
    ...(documents === undefined
      ? []
      : [row('documents', { uk: 'Вичерпний перелік документів', en: 'Documents' }, documents)]),
    ...optional(view.applicationForm, (form) =>
      row(
        'applicationForm',
        { uk: 'Форма заяви', en: 'Application form' },
        [form],
        allVerified(view.applicationForm),
      ),
    ),
    row(
      'fee',
      { uk: 'Платність (безоплатність)', en: 'Fee' },
      feeLines(view.fee.value),
      allVerified(view.fee),
    ),
    row('term', { uk: 'Строк надання', en: 'Term' }, [termText(view.term.value)], allVerified(view.term)),
    ...optional(view.applicationWindow, (window) =>
      row(
        'applicationWindow',
        { uk: 'Строк звернення', en: 'When to apply' },
        [windowText(window)],
        allVerified(view.applicationWindow),
      ),
    ),
    row('result', { uk: 'Результат надання', en: 'Result' }, view.result.value, allVerified(view.result)),
    ...optional(view.resultDelivery, (ways) =>
      row(
        'resultDelivery',
        { uk: 'Способи отримання відповіді (результату)', en: 'How the result is received' },
        ways,
        allVerified(view.resultDelivery),
      ),
    ),
    row(
      'channels',
      { uk: 'Де можна подати заяву', en: 'Where to apply' },
      view.channels.value.map((channel) => CHANNEL_LABELS[channel]),
      allVerified(view.channels),
    ),
    ...optional(view.refusalGrounds, (grounds) =>
      row(
        'refusalGrounds',
        { uk: 'Перелік підстав для відмови', en: 'Grounds for refusal' },
        grounds,
        allVerified(view.refusalGrounds),
      ),
    ),
    row('appeal', { uk: 'Порядок оскарження', en: 'Appeal' }, [view.appeal.value], allVerified(view.appeal)),
  ];
  return {
    asOf: view.asOf,
    serviceId: view.id,
    registerId: view.registerId,
    localCode: cnap.localCodes?.[view.id] ?? view.localCodes[0],
    title: view.name.value,
    cnap: cnapRows,
    conditions,
    acts: view.legalBasis.value.map((act) => ({ text: actText(act), url: act.url, verified: act.verified })),
  };
}

const CardRowShape = z
  .object({
    key: z.string().regex(/^[a-zA-Z]{1,40}$/),
    heading: LocalizedText,
    lines: z.array(LocalizedText).max(MAX_LIST),
    verified: z.boolean(),
  })
  .strict();

/**
 * An information card as the renderers accept it: one built by {@link buildInformationCard}, or restored from JSON.
 * Links are only http(s) ({@link WebUrl}): a card edited to carry `javascript:` is refused, not rendered.
 */
const InformationCardShape = z
  .object({
    asOf: CivilDate,
    serviceId: ServiceId,
    registerId: RegisterId.optional(),
    localCode: z.string().min(1).max(32).optional(),
    title: LocalizedText,
    cnap: z.array(CardRowShape).max(MAX_LIST),
    conditions: z.array(CardRowShape).max(MAX_LIST),
    acts: z
      .array(z.object({ text: LocalizedText, url: WebUrl.optional(), verified: z.boolean() }).strict())
      .max(MAX_LIST),
  })
  .strict();

function checkedCard(card: unknown): InformationCard {
  return checked(InformationCardShape, card, 'card', 'informationCard') as InformationCard;
}

const UNVERIFIED_MARK = ' *';
const UNVERIFIED_NOTE = '\\* Дані не звірено з офіційним текстом акта; перевірте їх перед використанням.';

/**
 * A text as Markdown shows it literally: every character that could make a link, inline HTML, an entity, code or
 * a table cell's end is escaped with a backslash, and lines are joined.
 */
function markdownCell(text: string): string {
  return text.replace(/[\\`[\]<>|&]/g, '\\$&').replace(/\s*[\r\n]+\s*/g, ' ');
}

function markdownRows(rows: readonly CardRow[]): string[] {
  return [
    '| | |',
    '|---|---|',
    ...rows.map(
      (entry) =>
        `| ${markdownCell(entry.heading.uk)}${entry.verified ? '' : UNVERIFIED_MARK} | ${entry.lines
          .map((line) => markdownCell(line.uk))
          .join('<br>')} |`,
    ),
  ];
}

function hasUnverified(card: InformationCard): boolean {
  return card.conditions.some((entry) => !entry.verified) || card.acts.some((act) => !act.verified);
}

/**
 * Renders an information card as Markdown, in Ukrainian. Rows resting on an unverified source are marked `*`.
 *
 * @example
 * ```ts
 * import { informationCard, renderInformationCardMarkdown } from '@vikno/catalog';
 *
 * console.log(renderInformationCardMarkdown(informationCard('idp-certificate', myCnap)));
 * ```
 * @throws {@link CatalogError} `INVALID_OPTION` for a malformed card, or a link that is not http(s).
 */
export function renderInformationCardMarkdown(input: InformationCard): string {
  const card = checkedCard(input);
  const identifiers = [
    ...(card.registerId
      ? [`Ідентифікатор послуги в Реєстрі адміністративних послуг: ${card.registerId}`]
      : []),
    ...(card.localCode ? [`Код послуги в ЦНАП: ${markdownCell(card.localCode)}`] : []),
  ];
  const lines = [
    '# Інформаційна картка адміністративної послуги',
    '',
    `## ${markdownCell(card.title.uk)}`,
    '',
    ...identifiers.flatMap((line) => [line, '']),
    `Станом на ${ukDate(card.asOf)}`,
    '',
    '### Інформація про центр надання адміністративних послуг',
    '',
    ...markdownRows(card.cnap),
    '',
    '### Умови отримання адміністративної послуги',
    '',
    ...markdownRows(card.conditions),
    '',
    '### Нормативні акти, якими регламентується надання адміністративної послуги',
    '',
    ...card.acts.map(
      (act) =>
        `- ${markdownCell(act.text.uk)}${act.url ? ` <${webLink(act.url)}>` : ''}${act.verified ? '' : UNVERIFIED_MARK}`,
    ),
    ...(hasUnverified(card) ? ['', UNVERIFIED_NOTE] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A link target, once more checked to be http(s) where it is written out: the card was validated, and a renderer
 * never emits a link of another scheme whatever reached it.
 */
function webLink(url: string): string {
  if (!/^https?:\/\/[^\s<>"'`]+$/i.test(url)) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'card.acts',
      ...catalogSays('LINK_NOT_WEB', {}),
    });
  }
  return url;
}

function html(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * The words of an information card around what the catalogue gives it (its title, headings, identifiers and the
 * note on unchecked data), in Ukrainian and English: {@link renderInformationCardHtml} writes them, and a host
 * writing the card in another form (a terminal, a PDF) can use the same.
 *
 * @example
 * ```ts
 * import { INFORMATION_CARD_LABELS } from '@vikno/catalog';
 *
 * INFORMATION_CARD_LABELS.card.en;
 * //=> 'Information card of an administrative service'
 * ```
 */
export const INFORMATION_CARD_LABELS = {
  card: {
    uk: 'Інформаційна картка адміністративної послуги',
    en: 'Information card of an administrative service',
  },
  registerId: {
    uk: 'Ідентифікатор послуги в Реєстрі адміністративних послуг',
    en: 'The service’s id in the Register of administrative services',
  },
  localCode: { uk: 'Код послуги в ЦНАП', en: 'The CNAP’s code of the service' },
  asOf: { uk: 'Станом на', en: 'As of' },
  cnap: {
    uk: 'Інформація про центр надання адміністративних послуг',
    en: 'The administrative service centre',
  },
  conditions: {
    uk: 'Умови отримання адміністративної послуги',
    en: 'Conditions of the administrative service',
  },
  acts: {
    uk: 'Нормативні акти, якими регламентується надання адміністративної послуги',
    en: 'The acts that regulate the service',
  },
  unchecked: { uk: 'не звірено', en: 'not checked' },
  unverified: {
    uk: '* Дані не звірено з офіційним текстом акта; перевірте їх перед використанням.',
    en: '* Not checked against the official text of the act; check before use.',
  },
} as const satisfies Record<string, LocalizedText>;

/** How {@link renderInformationCardHtml} writes a card. */
export interface InformationCardHtmlOptions {
  /** `uk` (the default) or `en`: the card's words, its rows and the day (25.11.2026 or 2026-11-25). */
  readonly language?: keyof LocalizedText;
}

function htmlRows(rows: readonly CardRow[], language: keyof LocalizedText): string {
  const unchecked = `<sup title="${INFORMATION_CARD_LABELS.unchecked[language]}">*</sup>`;
  return rows
    .map(
      (entry) =>
        `<tr data-row="${html(entry.key)}"><th scope="row">${html(entry.heading[language])}${
          entry.verified ? '' : unchecked
        }</th><td>${entry.lines.map((line) => html(line[language])).join('<br>')}</td></tr>`,
    )
    .join('\n');
}

function cardLanguage(options: unknown): keyof LocalizedText {
  if (options === undefined) return 'uk';
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'options',
      ...catalogSays('EXPECTED_OPTIONS', { value: valueKind(options) }),
    });
  }
  const { language } = options as { language?: unknown };
  if (language === undefined || language === 'uk' || language === 'en') return language ?? 'uk';
  throw new CatalogError({
    code: 'INVALID_OPTION',
    path: 'options.language',
    ...catalogSays('EXPECTED_LANGUAGE', { value: valueKind(language) }),
  });
}

/**
 * Renders an information card as an HTML fragment (a `<section>`), in Ukrainian or English, every text escaped.
 *
 * @example
 * ```ts
 * import { informationCard, renderInformationCardHtml } from '@vikno/catalog';
 *
 * document.body.innerHTML = renderInformationCardHtml(informationCard('idp-certificate', myCnap));
 * renderInformationCardHtml(informationCard('idp-certificate', myCnap), { language: 'en' }); // lang="en"
 * ```
 * @throws {@link CatalogError} `INVALID_OPTION` for a malformed card, a link that is not http(s), or a language
 * other than `uk` and `en`.
 */
export function renderInformationCardHtml(
  input: InformationCard,
  options?: InformationCardHtmlOptions,
): string {
  const card = checkedCard(input);
  const language = cardLanguage(options);
  const words = INFORMATION_CARD_LABELS;
  const identifiers = [
    ...(card.registerId ? [`${words.registerId[language]}: ${card.registerId}`] : []),
    ...(card.localCode ? [`${words.localCode[language]}: ${card.localCode}`] : []),
    `${words.asOf[language]} ${language === 'uk' ? ukDate(card.asOf) : card.asOf}`,
  ];
  const acts = card.acts
    .map((act) => {
      const text = act.url
        ? `<a href="${html(webLink(act.url))}">${html(act.text[language])}</a>`
        : html(act.text[language]);
      return `<li>${text}${act.verified ? '' : `<sup title="${words.unchecked[language]}">*</sup>`}</li>`;
    })
    .join('\n');
  return [
    `<section class="vikno-information-card" lang="${language}" data-service="${html(card.serviceId)}">`,
    `<h1>${words.card[language]}</h1>`,
    `<h2>${html(card.title[language])}</h2>`,
    ...identifiers.map((line) => `<p>${html(line)}</p>`),
    `<h3>${words.cnap[language]}</h3>`,
    `<table>\n${htmlRows(card.cnap, language)}\n</table>`,
    `<h3>${words.conditions[language]}</h3>`,
    `<table>\n${htmlRows(card.conditions, language)}\n</table>`,
    `<h3>${words.acts[language]}</h3>`,
    `<ul>\n${acts}\n</ul>`,
    ...(hasUnverified(card) ? [`<p class="vikno-unverified">${words.unverified[language]}</p>`] : []),
    '</section>',
    '',
  ].join('\n');
}
