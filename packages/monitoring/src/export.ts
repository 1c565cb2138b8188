import { z } from 'zod';
import { invalid } from './errors.js';

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
