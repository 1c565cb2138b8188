import { type CaseEventType, Role } from '@vikno/workflows';
import { z } from 'zod';
import { type Action, type ActionList, type ActionUrgency, MAX_ACTIONS, STEP_TEXTS } from './actions.js';
import { invalid } from './errors.js';
import { RECORDED_TERMS, type RecordedTermKind } from './record.js';
import {
  type DayStatistics,
  GroupKey,
  MAX_GROUPS,
  STAGES,
  type Stage,
  type TermTimeliness,
  type TimelinessGroup,
  type TimelinessReport,
} from './report.js';

/**
 * A cell of an exported table: text, a number (finite), a yes/no, or nothing (`null`, an empty cell).
 *
 * @example
 * ```ts
 * import { TableCell } from '@vikno/monitoring';
 *
 * TableCell.parse('ЦНАП Житомира');
 * ```
 */
export const TableCell = z.union([z.string().max(32_767), z.number().finite(), z.boolean(), z.null()]);
/** A cell of an exported table. */
export type TableCell = z.infer<typeof TableCell>;

/**
 * A column of an exported table: a stable `key` (the same in every language, for programs) and the `title` a
 * person reads (in the language asked for).
 *
 * @example
 * ```ts
 * import { TableColumn } from '@vikno/monitoring';
 *
 * TableColumn.parse({ key: 'office', title: 'Офіс' });
 * ```
 */
export const TableColumn = z
  .object({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9.]{0,79}$/),
    title: z.string().min(1).max(200),
  })
  .strict();
/** A column of an exported table. */
export type TableColumn = z.infer<typeof TableColumn>;

/** The most rows a table holds: one sheet of a workbook (1,048,576 rows less the row of titles). */
export const MAX_TABLE_ROWS = 1_048_575;
/** The most columns a table holds. */
export const MAX_TABLE_COLUMNS = 500;

/**
 * A flat table, as the exports write it: the columns, then rows of cells, one cell a column, in order (a row as
 * wide as the columns is checked where a table is written). What
 * {@link reportRows} and {@link actionRows} return, and what {@link tableToCsv} and `tableToXlsx` write.
 *
 * @example
 * ```ts
 * import { ExportTable } from '@vikno/monitoring';
 *
 * ExportTable.parse({
 *   columns: [{ key: 'office', title: 'Офіс' }, { key: 'received', title: 'Надійшло заяв' }],
 *   rows: [['ЦНАП Житомира', 41]],
 * });
 * ```
 */
export const ExportTable = z
  .object({
    columns: z.array(TableColumn).min(1).max(MAX_TABLE_COLUMNS),
    rows: z.array(z.array(TableCell).max(MAX_TABLE_COLUMNS)).max(MAX_TABLE_ROWS),
  })
  .strict();
/** A flat table, as the exports write it. */
export type ExportTable = z.infer<typeof ExportTable>;

/**
 * How a CSV file is written: the field separator, a comma by RFC 4180 (the default), or a semicolon for Excel in a
 * Ukrainian locale, whose list separator is `;` and decimal separator `,` (then numbers are written with a decimal
 * comma too).
 *
 * @example
 * ```ts
 * import { CsvOptions } from '@vikno/monitoring';
 *
 * CsvOptions.parse({ delimiter: ';' });
 * ```
 */
export const CsvOptions = z
  .object({
    delimiter: z.enum([',', ';']).default(','),
  })
  .strict();
/** How a CSV file is written. */
export type CsvOptions = z.input<typeof CsvOptions>;

const BOM = '\uFEFF';
const CRLF = '\r\n';
// A text cell Excel or LibreOffice would read as a formula (CSV injection), or that starts with the guard itself,
// gets a leading apostrophe: shown as text, and undone by dropping the first character of any text cell that
// starts with one.
const FORMULA_START = /^[=+\-@\t\r']/;

function cellText(cell: TableCell, decimalComma: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? '1' : '0';
  if (typeof cell === 'number') {
    const text = Object.is(cell, -0) ? '0' : String(cell);
    return decimalComma ? text.replace('.', ',') : text;
  }
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function field(text: string, delimiter: string): string {
  return text.includes('"') || text.includes(delimiter) || text.includes('\n') || text.includes('\r')
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/** A valid table, or the error: every row as wide as the columns (a check zod words in both languages). */
export function parseTable(table: unknown): ExportTable {
  const parsed = ExportTable.safeParse(table);
  if (!parsed.success) throw invalid('INVALID_INPUT', 'table', parsed.error);
  const width = parsed.data.columns.length;
  const rows = z.array(z.array(TableCell).length(width)).safeParse(parsed.data.rows);
  if (!rows.success) throw invalid('INVALID_INPUT', 'table.rows', rows.error);
  return parsed.data;
}

/** Writes a table known to be valid. */
export function writeCsv(table: ExportTable, delimiter: ',' | ';'): string {
  const decimalComma = delimiter === ';';
  const lines: string[] = [
    table.columns.map((column) => field(cellText(column.title, false), delimiter)).join(delimiter),
  ];
  for (const row of table.rows) {
    lines.push(row.map((cell) => field(cellText(cell, decimalComma), delimiter)).join(delimiter));
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/**
 * Writes a table as CSV by RFC 4180: the row of column titles, then a record a row; fields separated by commas (or
 * semicolons, if asked), records ended by CRLF; a field holding a quote, the separator or a line break is quoted,
 * its quotes doubled. The text starts with a byte order mark (U+FEFF), so that, written as UTF-8, Excel opens the
 * Cyrillic correctly. Numbers are written as numbers, yes/no as `1`/`0`, an empty cell as nothing; a text cell that
 * starts with `=`, `+`, `-`, `@`, a tab, a carriage return or an apostrophe is written after an apostrophe, so that a
 * spreadsheet shows it as text and never runs it as a formula (titles too).
 *
 * @param table - an {@link ExportTable}.
 * @param options - {@link CsvOptions}: `delimiter`, `,` (the default) or `;`.
 * @returns the CSV text, starting with U+FEFF; encode it as UTF-8 (`new TextEncoder().encode(csv)`).
 * @throws {MonitoringError} `INVALID_INPUT` when the table or the options are malformed.
 * @example
 * ```ts
 * import { tableToCsv } from '@vikno/monitoring';
 *
 * tableToCsv({
 *   columns: [{ key: 'office', title: 'Офіс' }, { key: 'received', title: 'Надійшло заяв' }],
 *   rows: [['ЦНАП "Центр", Житомир', 41]],
 * });
 * //=> '\uFEFFОфіс,Надійшло заяв\r\n"ЦНАП ""Центр"", Житомир",41\r\n'
 * ```
 */
export function tableToCsv(table: ExportTable, options: CsvOptions = {}): string {
  const parsedOptions = CsvOptions.safeParse(options);
  if (!parsedOptions.success) throw invalid('INVALID_INPUT', 'options', parsedOptions.error);
  return writeCsv(parseTable(table), parsedOptions.data.delimiter);
}

// ---------------------------------------------------------------------------------------------------------------
// Timeliness reports as tables

/**
 * The language of the column titles and the words in cells: Ukrainian (the default) or English.
 *
 * @example
 * ```ts
 * import { ExportLanguage } from '@vikno/monitoring';
 *
 * ExportLanguage.options;
 * //=> ['uk', 'en']
 * ```
 */
export const ExportLanguage = z.enum(['uk', 'en']);
/** The language of an export. */
export type ExportLanguage = z.infer<typeof ExportLanguage>;

/**
 * Options of the exports of a report or an action list: `language`, `uk` by default.
 *
 * @example
 * ```ts
 * import { ExportOptions } from '@vikno/monitoring';
 *
 * ExportOptions.parse({ language: 'en' });
 * ```
 */
export const ExportOptions = z.object({ language: ExportLanguage.default('uk') }).strict();
/** Options of the exports of a report or an action list. */
export type ExportOptions = z.input<typeof ExportOptions>;

/** Options of the CSV exports of a report or an action list: the language and the field separator. */
export type CsvExportOptions = ExportOptions & CsvOptions;

const Count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const DayText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Ref = z.string().min(1).max(80);
const TermShape = z
  .object({
    metOnTime: Count,
    metLate: Count,
    daysLate: z.object({ total: Count, max: Count, median: Count.nullable() }).strict(),
    runningOnTrack: Count,
    atRisk: Count,
    overdue: Count,
    paused: Count,
    cancelled: Count,
  })
  .strict();
const StageShape = z.object({ count: Count, median: Count.nullable(), p90: Count.nullable() }).strict();
const TERMS_SHAPE: Record<RecordedTermKind, typeof TermShape> = {
  cure: TermShape,
  transfer: TermShape,
  hearing: TermShape,
  decision: TermShape,
  notification: TermShape,
  collection: TermShape,
};
const STAGES_SHAPE: Record<Stage, typeof StageShape> = {
  registration: StageShape,
  providerReceipt: StageShape,
  decision: StageShape,
  cnapInformed: StageShape,
  applicantNotified: StageShape,
  resultIssued: StageShape,
};
const GroupShape = z
  .object({
    key: z
      .object({
        office: Ref.nullable().exactOptional(),
        providerOffice: Ref.nullable().exactOptional(),
        service: Ref.exactOptional(),
        model: z.enum(['I', 'II', 'III']).exactOptional(),
        week: z
          .string()
          .regex(/^\d{4}-W\d{2}$/)
          .exactOptional(),
      })
      .strict(),
    received: Count,
    registered: Count,
    leftWithoutMovement: Count,
    returned: Count,
    withdrawn: Count,
    decided: Count,
    issued: Count,
    terms: z.object(TERMS_SHAPE).strict(),
    stages: z.object(STAGES_SHAPE).strict(),
    suspended: z.object({ cases: Count, days: Count }).strict(),
    registers: z.object({ dispatchedLate: Count, notConfirmed: Count }).strict(),
    originalsAwaited: Count,
  })
  .strict();
const ReportShape = z
  .object({
    from: DayText,
    to: DayText,
    now: z.string().max(40),
    today: DayText,
    groupBy: z
      .array(GroupKey)
      .max(GroupKey.options.length)
      .refine((keys) => new Set(keys).size === keys.length),
    total: GroupShape,
    groups: z.array(GroupShape).max(MAX_GROUPS),
  })
  .strict();

/** A report of {@link timelinessReport} as given (perhaps read back from JSON), checked whole, or the error. */
export function parseReport(report: unknown): TimelinessReport {
  const parsed = ReportShape.safeParse(report);
  if (!parsed.success) throw invalid('INVALID_INPUT', 'report', parsed.error);
  const checked: TimelinessReport = parsed.data;
  return checked;
}

/** The language of export options, validated; absent or `null` options are the defaults (Ukrainian). */
export function parseOptions(options: unknown): ExportLanguage {
  const parsed = ExportOptions.safeParse(options ?? {});
  if (!parsed.success) throw invalid('INVALID_INPUT', 'options', parsed.error);
  return parsed.data.language;
}

type Words = { readonly uk: string; readonly en: string };

const KEY_TITLES: Readonly<Record<GroupKey, Words>> = {
  office: { uk: 'Офіс, що прийняв заяву', en: 'Receiving office' },
  providerOffice: { uk: 'Офіс суб’єкта надання', en: 'Provider office' },
  service: { uk: 'Послуга', en: 'Service' },
  model: { uk: 'Модель', en: 'Model' },
  week: { uk: 'Тиждень', en: 'Week' },
};

const TERM_WORDS: Readonly<Record<RecordedTermKind, Words>> = {
  cure: { uk: 'Усунення недоліків', en: 'Cure of defects' },
  transfer: { uk: 'Передача пакета', en: 'Transfer' },
  hearing: { uk: 'Заслуховування', en: 'Hearing' },
  decision: { uk: 'Рішення', en: 'Decision' },
  notification: { uk: 'Повідомлення заявника', en: 'Notification' },
  collection: { uk: 'Отримання результату', en: 'Collection' },
};

const STAGE_WORDS: Readonly<Record<Stage, Words>> = {
  registration: { uk: 'Реєстрація', en: 'Registration' },
  providerReceipt: { uk: 'Отримання суб’єктом надання', en: 'Provider’s receipt' },
  decision: { uk: 'Рішення', en: 'Decision' },
  cnapInformed: { uk: 'Інформування ЦНАП', en: 'CNAP informed' },
  applicantNotified: { uk: 'Повідомлення заявника', en: 'Applicant notified' },
  resultIssued: { uk: 'Видача результату', en: 'Result issued' },
};

const TERM_COLUMNS: readonly (readonly [string, Words, (term: TermTimeliness) => TableCell])[] = [
  ['metOnTime', { uk: 'вчасно', en: 'met on time' }, (term) => term.metOnTime],
  ['metLate', { uk: 'із запізненням', en: 'met late' }, (term) => term.metLate],
  [
    'onTimeShare',
    { uk: 'частка вчасно', en: 'share on time' },
    (term) => share(term.metOnTime, term.metOnTime + term.metLate),
  ],
  [
    'daysLate.total',
    { uk: 'робочих днів запізнення, усього', en: 'working days late, total' },
    (term) => term.daysLate.total,
  ],
  [
    'daysLate.max',
    { uk: 'робочих днів запізнення, найбільше', en: 'working days late, most' },
    (term) => term.daysLate.max,
  ],
  [
    'daysLate.median',
    { uk: 'робочих днів запізнення, медіана', en: 'working days late, median' },
    (term) => term.daysLate.median,
  ],
  ['runningOnTrack', { uk: 'триває без ризику', en: 'running on track' }, (term) => term.runningOnTrack],
  ['atRisk', { uk: 'під загрозою', en: 'at risk' }, (term) => term.atRisk],
  ['overdue', { uk: 'прострочено', en: 'overdue' }, (term) => term.overdue],
  ['paused', { uk: 'зупинено', en: 'paused' }, (term) => term.paused],
  ['cancelled', { uk: 'припинено', en: 'cancelled' }, (term) => term.cancelled],
];

const STAGE_COLUMNS: readonly (readonly [string, Words, (stage: DayStatistics) => TableCell])[] = [
  ['count', { uk: 'справ', en: 'cases' }, (stage) => stage.count],
  ['median', { uk: 'медіана, робочих днів', en: 'median, working days' }, (stage) => stage.median],
  ['p90', { uk: '90-й процентиль, робочих днів', en: '90th percentile, working days' }, (stage) => stage.p90],
];

const GROUP_COLUMNS: readonly (readonly [string, Words, (group: TimelinessGroup) => TableCell])[] = [
  ['received', { uk: 'Надійшло заяв', en: 'Received' }, (group) => group.received],
  ['registered', { uk: 'Зареєстровано', en: 'Registered' }, (group) => group.registered],
  [
    'leftWithoutMovement',
    { uk: 'Залишено без руху', en: 'Left without movement' },
    (group) => group.leftWithoutMovement,
  ],
  ['returned', { uk: 'Повернуто', en: 'Returned' }, (group) => group.returned],
  ['withdrawn', { uk: 'Відкликано', en: 'Withdrawn' }, (group) => group.withdrawn],
  ['decided', { uk: 'Ухвалено рішень', en: 'Decided' }, (group) => group.decided],
  ['issued', { uk: 'Видано результатів', en: 'Results issued' }, (group) => group.issued],
  ...RECORDED_TERMS.flatMap((kind) =>
    TERM_COLUMNS.map(
      ([key, words, read]) =>
        [
          `terms.${kind}.${key}`,
          { uk: `${TERM_WORDS[kind].uk}: ${words.uk}`, en: `${TERM_WORDS[kind].en}: ${words.en}` },
          (group: TimelinessGroup) => read(group.terms[kind]),
        ] as const,
    ),
  ),
  ...STAGES.flatMap((stage) =>
    STAGE_COLUMNS.map(
      ([key, words, read]) =>
        [
          `stages.${stage}.${key}`,
          {
            uk: `Етап «${STAGE_WORDS[stage].uk}»: ${words.uk}`,
            en: `Stage “${STAGE_WORDS[stage].en}”: ${words.en}`,
          },
          (group: TimelinessGroup) => read(group.stages[stage]),
        ] as const,
    ),
  ),
  [
    'suspended.cases',
    { uk: 'Справ зі зупиненим строком', en: 'Cases suspended' },
    (group) => group.suspended.cases,
  ],
  [
    'suspended.days',
    { uk: 'Днів зупинення, усього', en: 'Days suspended, total' },
    (group) => group.suspended.days,
  ],
  [
    'registers.dispatchedLate',
    { uk: 'Реєстрів відправлено із запізненням', en: 'Registers dispatched late' },
    (group) => group.registers.dispatchedLate,
  ],
  [
    'registers.notConfirmed',
    { uk: 'Реєстрів не підтверджено', en: 'Registers not confirmed' },
    (group) => group.registers.notConfirmed,
  ],
  [
    'originalsAwaited',
    { uk: 'Оригіналів очікується', en: 'Originals awaited' },
    (group) => group.originalsAwaited,
  ],
];

/** `part / whole`, rounded to four places; `null` when there is nothing to divide. */
function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

const ROW_WORDS = {
  title: { uk: 'Рядок', en: 'Row' },
  group: { uk: 'група', en: 'group' },
  total: { uk: 'усього', en: 'total' },
} as const;

/** The table of a checked report. */
function reportTable(report: TimelinessReport, language: ExportLanguage): ExportTable {
  const columns: TableColumn[] = [
    { key: 'row', title: ROW_WORDS.title[language] },
    ...report.groupBy.map((key) => ({ key: `key.${key}`, title: KEY_TITLES[key][language] })),
    ...GROUP_COLUMNS.map(([key, words]) => ({ key, title: words[language] })),
  ];
  const row = (group: TimelinessGroup, kind: 'group' | 'total'): TableCell[] => [
    ROW_WORDS[kind][language],
    ...report.groupBy.map((key) => (kind === 'total' ? null : (group.key[key] ?? null))),
    ...GROUP_COLUMNS.map(([, , read]) => read(group)),
  ];
  const rows = report.groups.map((group) => row(group, 'group'));
  if (report.groupBy.length > 0) rows.push(row(report.total, 'total'));
  return { columns, rows };
}

/**
 * A timeliness report as one flat table: a row a group (in the report's order) and, when grouped, a last row of
 * every case (`усього`); the columns are the group's keys, then the counts (received, registered, left without
 * movement, returned, withdrawn, decided, issued), then for each term (cure, transfer, hearing, decision,
 * notification, collection) met on time, met late, the share on time, working days late (total, most, median),
 * running on track, at risk, overdue, paused and cancelled, then each stage's count, median and 90th percentile in
 * working days, the suspensions, the model-III registers and the originals awaited. Column titles in Ukrainian, or
 * English on request; each column also has a stable `key` (`terms.decision.metOnTime`).
 *
 * @param report - a {@link TimelinessReport} (as {@link timelinessReport} returns it, or read back from JSON).
 * @param options - {@link ExportOptions}: `language`, `uk` by default.
 * @returns an {@link ExportTable}.
 * @throws {MonitoringError} `INVALID_INPUT` when the report or the options are malformed.
 * @example
 * ```ts
 * import { reportRows, timelinessReport } from '@vikno/monitoring';
 *
 * const report = timelinessReport(records, { from: '2026-03-01', to: '2026-03-31', now, groupBy: ['office'] });
 * const table = reportRows(report);
 * table.columns.slice(0, 3).map((column) => column.title);
 * //=> ['Рядок', 'Офіс, що прийняв заяву', 'Надійшло заяв']
 * ```
 */
export function reportRows(report: TimelinessReport, options: ExportOptions = {}): ExportTable {
  const language = parseOptions(options);
  return reportTable(parseReport(report), language);
}

/**
 * A timeliness report as CSV: the table of {@link reportRows} written by {@link tableToCsv} (RFC 4180, UTF-8 with a
 * byte order mark so that Excel opens the Cyrillic, CRLF, quoted fields, no formulas).
 *
 * @param report - a {@link TimelinessReport}.
 * @param options - `language` (`uk` by default) and `delimiter` (`,` by default, `;` for Excel in a Ukrainian
 *   locale).
 * @returns the CSV text, starting with U+FEFF.
 * @throws {MonitoringError} `INVALID_INPUT` when the report or the options are malformed.
 * @example
 * ```ts
 * import { reportToCsv } from '@vikno/monitoring';
 *
 * const csv = reportToCsv(report, { language: 'en' });
 * csv.split('\r\n')[0]?.startsWith('\uFEFFRow,Receiving office,Received');
 * //=> true
 * ```
 */
export function reportToCsv(report: TimelinessReport, options: CsvExportOptions = {}): string {
  const { delimiter, ...rest } = (options ?? {}) as CsvExportOptions;
  const csvOptions = CsvOptions.safeParse(delimiter === undefined ? {} : { delimiter });
  if (!csvOptions.success) throw invalid('INVALID_INPUT', 'options', csvOptions.error);
  return writeCsv(reportRows(report, rest), csvOptions.data.delimiter);
}

/** The format of a report written by {@link reportToJson}. */
export const REPORT_JSON_FORMAT = 'vikno.timeliness-report';

/**
 * A timeliness report as JSON text: the report checked, with `format: 'vikno.timeliness-report'` and `version: 1`
 * first, so that a reader knows what it holds; `JSON.parse` of the text less those two fields is the report again.
 *
 * @param report - a {@link TimelinessReport}.
 * @returns the JSON text, indented by two spaces.
 * @throws {MonitoringError} `INVALID_INPUT` when the report is malformed.
 * @example
 * ```ts
 * import { reportToJson } from '@vikno/monitoring';
 *
 * JSON.parse(reportToJson(report)).format;
 * //=> 'vikno.timeliness-report'
 * ```
 */
export function reportToJson(report: TimelinessReport): string {
  return JSON.stringify({ format: REPORT_JSON_FORMAT, version: 1, ...parseReport(report) }, null, 2);
}

// ---------------------------------------------------------------------------------------------------------------
// Action lists as tables

const STEP_EVENTS = Object.keys(STEP_TEXTS) as [CaseEventType, ...CaseEventType[]];
const ActionShape = z
  .object({
    caseId: Ref,
    serviceId: Ref,
    model: z.enum(['I', 'II', 'III']),
    term: z.enum(RECORDED_TERMS),
    lastDay: DayText,
    dueAt: z.string().max(40),
    urgency: z.enum(['overdue', 'dueToday', 'dueSoon']),
    days: z.object({ workingDays: Count, calendarDays: Count }).strict(),
    step: z
      .object({
        event: z.enum(STEP_EVENTS),
        roles: z.array(Role).max(Role.options.length),
        uk: z.string().max(500),
        en: z.string().max(500),
      })
      .strict(),
  })
  .strict();
const ActionListShape = z
  .object({
    now: z.string().max(40),
    office: Ref,
    role: Role,
    total: Count,
    actions: z.array(ActionShape).max(MAX_ACTIONS),
  })
  .strict();

/** An action list of {@link actionList} as given (perhaps read back from JSON), checked whole, or the error. */
export function parseActionList(list: unknown): ActionList {
  const parsed = ActionListShape.safeParse(list);
  if (!parsed.success) throw invalid('INVALID_INPUT', 'list', parsed.error);
  const checked: ActionList = parsed.data;
  return checked;
}

const URGENCY_WORDS: Readonly<Record<ActionUrgency, Words>> = {
  overdue: { uk: 'прострочено', en: 'overdue' },
  dueToday: { uk: 'спливає сьогодні', en: 'due today' },
  dueSoon: { uk: 'спливає незабаром', en: 'due soon' },
};

const ACTION_COLUMNS: readonly (readonly [
  string,
  Words,
  (action: Action, language: ExportLanguage) => TableCell,
])[] = [
  ['caseId', { uk: 'Номер справи', en: 'Case number' }, (action) => action.caseId],
  ['serviceId', { uk: 'Послуга', en: 'Service' }, (action) => action.serviceId],
  ['model', { uk: 'Модель', en: 'Model' }, (action) => action.model],
  ['term', { uk: 'Строк', en: 'Term' }, (action, language) => TERM_WORDS[action.term][language]],
  [
    'urgency',
    { uk: 'Терміновість', en: 'Urgency' },
    (action, language) => URGENCY_WORDS[action.urgency][language],
  ],
  ['lastDay', { uk: 'Останній день', en: 'Last day' }, (action) => action.lastDay],
  ['dueAt', { uk: 'Спливає о', en: 'Due at' }, (action) => action.dueAt],
  [
    'days.workingDays',
    { uk: 'Робочих днів прострочено або залишилось', en: 'Working days overdue or left' },
    (action) => action.days.workingDays,
  ],
  [
    'days.calendarDays',
    { uk: 'Календарних днів прострочено або залишилось', en: 'Calendar days overdue or left' },
    (action) => action.days.calendarDays,
  ],
  ['step', { uk: 'Що зробити', en: 'What to do' }, (action, language) => action.step[language]],
  ['step.event', { uk: 'Подія, що знімає строк', en: 'Event that clears it' }, (action) => action.step.event],
];

/**
 * An action list as one flat table, a row an action in the list's order (most urgent first): the case number, the
 * service, the model, the term, how urgent, its last day and due moment, the working and calendar days overdue or
 * left, what to do and the event that clears it. Column titles and words in Ukrainian, or English on request.
 *
 * @param list - an {@link ActionList} (as {@link actionList} returns it, or read back from JSON).
 * @param options - {@link ExportOptions}: `language`, `uk` by default.
 * @returns an {@link ExportTable}.
 * @throws {MonitoringError} `INVALID_INPUT` when the list or the options are malformed.
 * @example
 * ```ts
 * import { actionList, actionRows } from '@vikno/monitoring';
 *
 * const list = actionList(records, { now, office: 'cnap-zhytomyr', role: 'cnapAdministrator' });
 * actionRows(list).columns.slice(0, 4).map((column) => column.title);
 * //=> ['Номер справи', 'Послуга', 'Модель', 'Строк']
 * ```
 */
export function actionRows(list: ActionList, options: ExportOptions = {}): ExportTable {
  const language = parseOptions(options);
  const checked = parseActionList(list);
  return {
    columns: ACTION_COLUMNS.map(([key, words]) => ({ key, title: words[language] })),
    rows: checked.actions.map((action) => ACTION_COLUMNS.map(([, , read]) => read(action, language))),
  };
}

/**
 * An action list as CSV: the table of {@link actionRows} written by {@link tableToCsv} (RFC 4180, UTF-8 with a byte
 * order mark, CRLF, quoted fields, no formulas).
 *
 * @param list - an {@link ActionList}.
 * @param options - `language` (`uk` by default) and `delimiter` (`,` by default, or `;`).
 * @returns the CSV text, starting with U+FEFF.
 * @throws {MonitoringError} `INVALID_INPUT` when the list or the options are malformed.
 * @example
 * ```ts
 * import { actionListToCsv } from '@vikno/monitoring';
 *
 * actionListToCsv(list).split('\r\n')[0];
 * //=> '\uFEFFНомер справи,Послуга,Модель,Строк,Терміновість,Останній день,…'
 * ```
 */
export function actionListToCsv(list: ActionList, options: CsvExportOptions = {}): string {
  const { delimiter, ...rest } = (options ?? {}) as CsvExportOptions;
  const csvOptions = CsvOptions.safeParse(delimiter === undefined ? {} : { delimiter });
  if (!csvOptions.success) throw invalid('INVALID_INPUT', 'options', csvOptions.error);
  return writeCsv(actionRows(list, rest), csvOptions.data.delimiter);
}

/** The format of an action list written by {@link actionListToJson}. */
export const ACTION_LIST_JSON_FORMAT = 'vikno.action-list';

/**
 * An action list as JSON text, checked, with `format: 'vikno.action-list'` and `version: 1` first.
 *
 * @param list - an {@link ActionList}.
 * @returns the JSON text, indented by two spaces.
 * @throws {MonitoringError} `INVALID_INPUT` when the list is malformed.
 * @example
 * ```ts
 * import { actionListToJson } from '@vikno/monitoring';
 *
 * JSON.parse(actionListToJson(list)).format;
 * //=> 'vikno.action-list'
 * ```
 */
export function actionListToJson(list: ActionList): string {
  return JSON.stringify({ format: ACTION_LIST_JSON_FORMAT, version: 1, ...parseActionList(list) }, null, 2);
}
