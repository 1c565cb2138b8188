/**
 * XLSX workbooks of the reports of `@vikno/monitoring`, a subpath of its own so that an app that never writes a
 * workbook never bundles the writer: `import { reportToXlsx } from '@vikno/monitoring/xlsx'`. Written through
 * write-excel-file (MIT, ESM, on fflate alone), in Node 20 and in browsers alike.
 *
 * @example
 * ```ts
 * import { tableToXlsx } from '@vikno/monitoring/xlsx';
 *
 * const bytes = await tableToXlsx({
 *   columns: [{ key: 'office', title: 'Офіс' }, { key: 'received', title: 'Надійшло заяв' }],
 *   rows: [['ЦНАП Житомира', 41]],
 * });
 * ```
 *
 * @packageDocumentation
 * @module @vikno/monitoring/xlsx
 */

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/universal';
import { z } from 'zod';
import type { ActionList } from './actions.js';
import { invalid } from './errors.js';
import {
  actionRows,
  type ExportOptions,
  type ExportTable,
  parseOptions,
  parseTable,
  reportRows,
} from './export.js';
import type { TimelinessReport } from './report.js';

/**
 * How a workbook is written: the name of its one sheet (at most 31 characters, none of `[ ] : * ? / \`, as Excel
 * allows).
 *
 * @example
 * ```ts
 * import { XlsxOptions } from '@vikno/monitoring/xlsx';
 *
 * XlsxOptions.parse({ sheet: 'Звіт' });
 * ```
 */
export const XlsxOptions = z
  .object({
    sheet: z
      .string()
      .min(1)
      .max(31)
      .regex(/^[^[\]:*?/\\']([^[\]:*?/\\]*[^[\]:*?/\\'])?$/)
      .default('Таблиця'),
  })
  .strict();
/** How a workbook is written. */
export type XlsxOptions = z.input<typeof XlsxOptions>;

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** A text the writer would mistake for a member of `Object.prototype`, e.g. `toString` or `__proto__`. */
function namesPrototypeMember(text: string): boolean {
  return Object.hasOwn(Object.prototype, text);
}

/** The letters of a column by its index from 0: `A`, …, `Z`, `AA`, …. */
function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

interface Sheet {
  data: SheetData;
  widths: number[];
  /** Cells whose text the writer's shared-string table would mangle, by reference (`B7`). */
  mangled: { ref: string; text: string }[];
}

/** A sheet of a valid table: the titles in bold and frozen, then the rows, typed cells, columns sized to the text. */
function sheetOf(table: ExportTable): Sheet {
  const widths = table.columns.map((column) =>
    Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, column.title.length + 2)),
  );
  const mangled: Sheet['mangled'] = [];
  const text = (value: string, row: number, column: number) => {
    if (namesPrototypeMember(value)) mangled.push({ ref: `${columnLetters(column)}${row + 1}`, text: value });
    return value;
  };
  const data: SheetData = [
    table.columns.map((column, index) => ({
      value: text(column.title, 0, index),
      fontWeight: 'bold' as const,
    })),
  ];
  table.rows.forEach((row, rowIndex) => {
    const cells: Row = row.map((cell, index) => {
      if (cell === null) return null;
      if (typeof cell === 'string') {
        if (cell.length + 2 > (widths[index] ?? MIN_WIDTH))
          widths[index] = Math.min(MAX_WIDTH, cell.length + 2);
        return { value: text(cell, rowIndex + 1, index), type: String };
      }
      return typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, type: Boolean };
    });
    data.push(cells);
  });
  return { data, widths, mangled };
}

// write-excel-file 4.1.1 finds shared strings in a plain object, so a cell whose text is `toString`, `constructor`,
// `__proto__`… is written as the prototype's member, not the text. Such cells are rewritten as inline strings.
function mend(bytes: Uint8Array, mangled: Sheet['mangled']): Uint8Array {
  const files = unzipSync(bytes);
  const name = 'xl/worksheets/sheet1.xml';
  const sheet = files[name];
  if (sheet === undefined) return bytes;
  let xml = strFromU8(sheet);
  for (const { ref, text } of mangled) {
    xml = xml.replace(
      new RegExp(`<c r="${ref}"([^>]*?) t="s"><v>[^<]*</v></c>`),
      `<c r="${ref}"$1 t="inlineStr"><is><t>${text}</t></is></c>`,
    );
  }
  files[name] = strToU8(xml);
  return zipSync(files);
}

/** Writes a table known to be valid. */
async function writeXlsx(table: ExportTable, sheet: string): Promise<Uint8Array> {
  const { data, widths, mangled } = sheetOf(table);
  const blob = await writeXlsxFile(data, {
    sheet,
    stickyRowsCount: 1,
    columns: widths.map((width) => ({ width })),
  }).toBlob();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return mangled.length === 0 ? bytes : mend(bytes, mangled);
}

/**
 * Writes a table as an XLSX workbook of one sheet: the row of column titles in bold, frozen as the sheet scrolls,
 * then a row a row of the table; numbers as numbers, yes/no as booleans, text as text (never a formula), an empty
 * cell as nothing. Characters XML cannot hold (control characters other than tab and line breaks, unpaired
 * surrogates) are dropped, as any XLSX writer must.
 *
 * @param table - an {@link ExportTable} of `@vikno/monitoring`.
 * @param options - {@link XlsxOptions}: the sheet's name (`Таблиця` by default).
 * @returns the bytes of the `.xlsx` file (a ZIP archive).
 * @throws {MonitoringError} `INVALID_INPUT` when the table or the options are malformed.
 * @example
 * ```ts
 * import { tableToXlsx } from '@vikno/monitoring/xlsx';
 *
 * const bytes = await tableToXlsx(
 *   { columns: [{ key: 'office', title: 'Офіс' }], rows: [['ЦНАП Житомира']] },
 *   { sheet: 'Офіси' },
 * );
 * bytes.slice(0, 2);
 * //=> Uint8Array [ 80, 75 ] ('PK', a ZIP archive)
 * ```
 */
export async function tableToXlsx(table: ExportTable, options: XlsxOptions = {}): Promise<Uint8Array> {
  const parsedOptions = XlsxOptions.safeParse(options);
  if (!parsedOptions.success) throw invalid('INVALID_INPUT', 'options', parsedOptions.error);
  return writeXlsx(parseTable(table), parsedOptions.data.sheet);
}

const SHEETS = {
  report: { uk: 'Своєчасність', en: 'Timeliness' },
  actions: { uk: 'Дії', en: 'Actions' },
} as const;

/**
 * A timeliness report as an XLSX workbook: the table of `reportRows` (a row a group and a total, Ukrainian column
 * titles or English on request) on one sheet, `Своєчасність` (`Timeliness`).
 *
 * @param report - a `TimelinessReport` of `@vikno/monitoring`.
 * @param options - `ExportOptions`: `language`, `uk` by default.
 * @returns the bytes of the `.xlsx` file.
 * @throws {MonitoringError} `INVALID_INPUT` when the report or the options are malformed.
 * @example
 * ```ts
 * import { timelinessReport } from '@vikno/monitoring';
 * import { reportToXlsx } from '@vikno/monitoring/xlsx';
 *
 * const report = timelinessReport(records, { from: '2026-03-01', to: '2026-03-31', now, groupBy: ['office'] });
 * await writeFile('timeliness.xlsx', await reportToXlsx(report));
 * ```
 */
export async function reportToXlsx(
  report: TimelinessReport,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  const language = parseOptions(options);
  return writeXlsx(reportRows(report, { language }), SHEETS.report[language]);
}

/**
 * An action list as an XLSX workbook: the table of `actionRows` (a row an action, most urgent first, Ukrainian
 * column titles or English on request) on one sheet, `Дії` (`Actions`).
 *
 * @param list - an `ActionList` of `@vikno/monitoring`.
 * @param options - `ExportOptions`: `language`, `uk` by default.
 * @returns the bytes of the `.xlsx` file.
 * @throws {MonitoringError} `INVALID_INPUT` when the list or the options are malformed.
 * @example
 * ```ts
 * import { actionList } from '@vikno/monitoring';
 * import { actionListToXlsx } from '@vikno/monitoring/xlsx';
 *
 * const list = actionList(records, { now, office: 'cnap-zhytomyr', role: 'cnapAdministrator' });
 * await writeFile('actions.xlsx', await actionListToXlsx(list, { language: 'en' }));
 * ```
 */
export async function actionListToXlsx(list: ActionList, options: ExportOptions = {}): Promise<Uint8Array> {
  const language = parseOptions(options);
  return writeXlsx(actionRows(list, { language }), SHEETS.actions[language]);
}
