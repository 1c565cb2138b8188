import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  actionList,
  actionListToCsv,
  actionListToJson,
  actionRows,
  type ExportTable,
  indicatorValues,
  reportRows,
  reportToCsv,
  reportToJson,
  tableToCsv,
  timelinessReport,
} from '../packages/monitoring/src/index.js';
import * as xlsx from '../packages/monitoring/src/xlsx.js';
import { actionListToXlsx, reportToXlsx, tableToXlsx } from '../packages/monitoring/src/xlsx.js';
import { MARCH, marchRecords } from '../packages/monitoring/test/march.js';
import {
  anyOf,
  type attempt,
  expectEveryExportCovered,
  type FuzzCase,
  fuzzTable,
  hostileStrings,
  judge,
  RUNS,
} from './harness.js';

// The exports of @vikno/monitoring (tables, CSV, JSON, XLSX and the state's indicators) with hostile arguments:
// real reports and action lists, mutated, and tables of hostile strings. A result is a table as wide as its titles,
// CSV that starts with a BOM and ends with CRLF, JSON that parses, a ZIP workbook — or a MonitoringError. The
// core's exports are fuzzed in monitoring.fuzz.test.ts, the applicant's in monitoring-status.fuzz.test.ts.

const records = marchRecords();
const REPORTS = [
  timelinessReport(records, { ...MARCH, groupBy: [] }),
  timelinessReport(records, { ...MARCH, groupBy: ['model', 'office'] }),
  timelinessReport(records, { ...MARCH, groupBy: ['week', 'service', 'providerOffice'] }),
];
const LISTS = [
  actionList(records, { now: MARCH.now, office: 'cnap-central', role: 'cnapAdministrator' }),
  actionList(records, { now: MARCH.now, office: 'uszn-district', role: 'decisionMaker' }),
];

const cell = fc.oneof(hostileStrings, fc.double(), fc.boolean(), fc.constant(null));
const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    columns: fc.array(
      fc.record({
        key: fc.constantFrom('a', 'b.c', 'terms.decision'),
        title: fc.string({ minLength: 1, maxLength: 30 }),
      }),
      { minLength: width, maxLength: width },
    ),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
  }),
);
const exportOptions = fc.record({ language: fc.constantFrom('uk', 'en') }, { requiredKeys: [] });
const csvOptions = fc.record(
  { language: fc.constantFrom('uk', 'en'), delimiter: fc.constantFrom(',', ';') },
  { requiredKeys: [] },
);
const report = anyOf(fc.constantFrom(...REPORTS), REPORTS[1]);
const list = anyOf(fc.constantFrom(...LISTS), LISTS[0]);

/** A table as the exports return it: columns with titles, every row as wide. */
function validTable(result: ExportTable): boolean {
  expect(result.columns.length).toBeGreaterThan(0);
  for (const column of result.columns) expect(column.title.length).toBeGreaterThan(0);
  for (const row of result.rows) expect(row).toHaveLength(result.columns.length);
  return true;
}

function validCsv(result: string): boolean {
  expect(result.charCodeAt(0)).toBe(0xfeff);
  expect(result.endsWith('\r\n')).toBe(true);
  return true;
}

function validJson(result: string): boolean {
  expect(typeof JSON.parse(result).format).toBe('string');
  return true;
}

const CASES: Record<string, FuzzCase> = {
  tableToCsv: {
    args: fc.tuple(anyOf(table, { columns: [{ key: 'a', title: 'A' }], rows: [['x']] }), anyOf(csvOptions)),
    call: tableToCsv,
    valid: validCsv,
  },
  reportRows: { args: fc.tuple(report, anyOf(exportOptions)), call: reportRows, valid: validTable },
  reportToCsv: { args: fc.tuple(report, anyOf(csvOptions)), call: reportToCsv, valid: validCsv },
  reportToJson: { args: fc.tuple(report), call: reportToJson, valid: validJson },
  actionRows: { args: fc.tuple(list, anyOf(exportOptions)), call: actionRows, valid: validTable },
  actionListToCsv: { args: fc.tuple(list, anyOf(csvOptions)), call: actionListToCsv, valid: validCsv },
  actionListToJson: { args: fc.tuple(list), call: actionListToJson, valid: validJson },
  indicatorValues: {
    args: fc.tuple(
      report,
      anyOf(
        fc.record(
          { group: fc.integer({ min: -1, max: 12 }), language: fc.constantFrom('uk', 'en') },
          { requiredKeys: [] },
        ),
      ),
    ),
    call: indicatorValues,
    valid: (result: { value: number | null }[]) =>
      result.length > 0 && result.every((value) => value.value === null || Number.isFinite(value.value)),
  },
};

describe('the exports of @vikno/monitoring, with hostile arguments', () => {
  fuzzTable(CASES);
});

/** A workbook: a ZIP archive (local file header first, end of central directory last). */
function validWorkbook(result: unknown): boolean {
  expect(result).toBeInstanceOf(Uint8Array);
  const bytes = result as Uint8Array;
  expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect([...bytes.slice(-22, -18)]).toEqual([0x50, 0x4b, 0x05, 0x06]);
  return true;
}

describe('the workbooks of @vikno/monitoring/xlsx, with hostile arguments', () => {
  const runs = Math.max(10, Math.floor(RUNS / 5));
  const xlsxCases: [string, fc.Arbitrary<unknown[]>, (...args: never[]) => Promise<Uint8Array>][] = [
    ['tableToXlsx', fc.tuple(anyOf(table), anyOf(fc.record({ sheet: hostileStrings }))), tableToXlsx],
    ['reportToXlsx', fc.tuple(report, anyOf(exportOptions)), reportToXlsx],
    ['actionListToXlsx', fc.tuple(list, anyOf(exportOptions)), actionListToXlsx],
  ];
  it('covers every function of @vikno/monitoring/xlsx', () => {
    expectEveryExportCovered(
      xlsx,
      xlsxCases.map(([name]) => name),
    );
  });
  for (const [name, args, call] of xlsxCases) {
    test.prop([args], { numRuns: runs })(name, async (values) => {
      let outcome: ReturnType<typeof attempt>;
      try {
        outcome = { returned: await (call as (...values: unknown[]) => Promise<Uint8Array>)(...values) };
      } catch (error) {
        outcome = { threw: error };
      }
      judge(outcome, validWorkbook);
    });
  }
});
