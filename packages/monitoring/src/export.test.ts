import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MARCH, marchRecords } from '../test/march.js';
import { actionList } from './actions.js';
import { MonitoringError } from './errors.js';
import {
  actionListToCsv,
  actionListToJson,
  actionRows,
  type ExportTable,
  reportRows,
  reportToCsv,
  reportToJson,
  tableToCsv,
} from './export.js';
import { timelinessReport } from './report.js';

const records = marchRecords();

/**
 * A small RFC 4180 reader, written for these tests from the RFC's grammar: records end with CRLF, fields are
 * separated by the delimiter, a quoted field may hold the delimiter, CR, LF and doubled quotes. It refuses anything
 * else (a bare quote in an unquoted field, text after a closing quote, a record not ended by CRLF).
 */
function readCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let value = '';
    if (text[at] === '"') {
      at++;
      for (;;) {
        if (at >= text.length) throw new Error('unterminated quoted field');
        if (text[at] === '"') {
          if (text[at + 1] === '"') {
            value += '"';
            at += 2;
            continue;
          }
          at++;
          break;
        }
        value += text[at];
        at++;
      }
    } else {
      while (at < text.length && text[at] !== delimiter && text[at] !== '\r' && text[at] !== '\n') {
        if (text[at] === '"') throw new Error('quote in an unquoted field');
        value += text[at];
        at++;
      }
    }
    record.push(value);
    if (text[at] === delimiter) {
      at++;
      continue;
    }
    if (text.startsWith('\r\n', at)) {
      at += 2;
      records.push(record);
      record = [];
      continue;
    }
    throw new Error(`unexpected character at ${at}`);
  }
  if (record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}

/** Undoes the formula guard: a text cell that starts with an apostrophe was written after one. */
const unguard = (field: string) => (field.startsWith("'") ? field.slice(1) : field);

function withoutBom(csv: string): string {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return csv.slice(1);
}

describe('tableToCsv', () => {
  it('writes RFC 4180 with a BOM, CRLF and quoted fields, Cyrillic as UTF-8', () => {
    const csv = tableToCsv({
      columns: [
        { key: 'office', title: 'Офіс' },
        { key: 'received', title: 'Надійшло заяв' },
        { key: 'share', title: 'Частка вчасно' },
        { key: 'late', title: 'Є прострочені' },
        { key: 'note', title: 'Примітка' },
      ],
      rows: [
        ['ЦНАП "Центр", Житомир', 41, 0.935, true, null],
        ['ВРМ с. Тетерівка', 0, 1, false, 'рядок 1\r\nрядок 2'],
      ],
    });
    expect(csv).toBe(
      '\uFEFFОфіс,Надійшло заяв,Частка вчасно,Є прострочені,Примітка\r\n' +
        '"ЦНАП ""Центр"", Житомир",41,0.935,1,\r\n' +
        'ВРМ с. Тетерівка,0,1,0,"рядок 1\r\nрядок 2"\r\n',
    );
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3, 11))).toBe('Офіс');
  });

  it('writes semicolons and decimal commas when asked, for Excel in a Ukrainian locale', () => {
    const csv = tableToCsv(
      {
        columns: [
          { key: 'office', title: 'Офіс' },
          { key: 'share', title: 'Частка' },
        ],
        rows: [['ТП; Іршанськ', 0.5]],
      },
      { delimiter: ';' },
    );
    expect(csv).toBe('\uFEFFОфіс;Частка\r\n"ТП; Іршанськ";0,5\r\n');
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    const csv = tableToCsv({
      columns: [{ key: 'office', title: 'Офіс' }],
      rows: [['=HYPERLINK("http://example.org")'], ['+1'], ['-1'], ['@SUM(A1)'], ["'text"], [-1]],
    });
    expect(readCsv(withoutBom(csv)).slice(1)).toEqual([
      ['\'=HYPERLINK("http://example.org")'],
      ["'+1"],
      ["'-1"],
      ["'@SUM(A1)"],
      ["''text"],
      ['-1'],
    ]);
  });

  test.prop([
    fc.integer({ min: 1, max: 6 }).chain((width) =>
      fc.record({
        titles: fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), {
          minLength: width,
          maxLength: width,
        }),
        rows: fc.array(
          fc.array(
            fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(',', '"', '\r\n', ';')),
            {
              minLength: width,
              maxLength: width,
            },
          ),
          { maxLength: 8 },
        ),
      }),
    ),
    fc.constantFrom<',' | ';'>(',', ';'),
  ])(
    'a round trip through an RFC 4180 reader recovers every cell of any strings',
    ({ titles, rows }, delimiter) => {
      const table: ExportTable = {
        columns: titles.map((title, index) => ({ key: `c${index}`, title })),
        rows,
      };
      const records = readCsv(withoutBom(tableToCsv(table, { delimiter })), delimiter);
      expect(records[0]?.map(unguard)).toEqual(titles);
      expect(records.slice(1).map((record) => record.map(unguard))).toEqual(rows);
    },
    30_000,
  );

  test.prop([fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 10 })])(
    'numbers come back as the same numbers',
    (numbers) => {
      const table: ExportTable = { columns: [{ key: 'n', title: 'n' }], rows: numbers.map((n) => [n]) };
      const back = readCsv(withoutBom(tableToCsv(table))).slice(1);
      expect(back.map(([field]) => Number(field))).toEqual(numbers.map((n) => (Object.is(n, -0) ? 0 : n)));
    },
  );

  it('refuses a malformed table with a typed error that does not repeat the value', () => {
    const secret = 'Шевченко Тарас Григорович';
    const attempts: unknown[] = [
      null,
      { columns: [], rows: [] },
      { columns: [{ key: 'a', title: secret }], rows: [[secret, secret]] },
      { columns: [{ key: 'a', title: 'A' }], rows: [[{ secret }]] },
      { columns: [{ key: 'a', title: 'A' }], rows: [[Number.NaN]] },
    ];
    for (const table of attempts) {
      let error: unknown;
      try {
        tableToCsv(table as ExportTable);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(MonitoringError);
      expect((error as MonitoringError).code).toBe('INVALID_INPUT');
      expect(JSON.stringify(error)).not.toContain('Шевченко');
    }
    expect(() =>
      tableToCsv({ columns: [{ key: 'a', title: 'A' }], rows: [] }, { delimiter: '\t' } as never),
    ).toThrow(MonitoringError);
  });
});

describe('reports as tables, CSV and JSON', () => {
  const report = timelinessReport(records, { ...MARCH, groupBy: ['model'] });

  it('has a row a group and a total, the keys first, every value of the report in its column', () => {
    const table = reportRows(report);
    expect(table.rows).toHaveLength(report.groups.length + 1);
    expect(table.columns.slice(0, 4).map((column) => column.title)).toEqual([
      'Рядок',
      'Модель',
      'Надійшло заяв',
      'Зареєстровано',
    ]);
    const column = (key: string) => table.columns.findIndex((each) => each.key === key);
    for (const [index, group] of report.groups.entries()) {
      const row = table.rows[index] ?? [];
      expect(row[0]).toBe('група');
      expect(row[column('key.model')]).toBe(group.key.model);
      expect(row[column('received')]).toBe(group.received);
      expect(row[column('terms.decision.metOnTime')]).toBe(group.terms.decision.metOnTime);
      expect(row[column('terms.decision.metLate')]).toBe(group.terms.decision.metLate);
      expect(row[column('terms.transfer.overdue')]).toBe(group.terms.transfer.overdue);
      expect(row[column('stages.decision.median')]).toBe(group.stages.decision.median);
      expect(row[column('registers.notConfirmed')]).toBe(group.registers.notConfirmed);
    }
    const total = table.rows.at(-1) ?? [];
    expect(total.slice(0, 3)).toEqual(['усього', null, report.total.received]);
    const { metOnTime, metLate } = report.total.terms.decision;
    expect(total[column('terms.decision.onTimeShare')]).toBe(
      Math.round((metOnTime / (metOnTime + metLate)) * 1e4) / 1e4,
    );
    expect(new Set(table.columns.map((each) => each.key)).size).toBe(table.columns.length);
    expect(table.columns).toHaveLength(1 + 1 + 7 + 6 * 11 + 6 * 3 + 5);
  });

  it('titles the columns in English on request, keys unchanged', () => {
    const uk = reportRows(report);
    const en = reportRows(report, { language: 'en' });
    expect(en.columns.map((column) => column.key)).toEqual(uk.columns.map((column) => column.key));
    expect(en.columns.slice(0, 3).map((column) => column.title)).toEqual(['Row', 'Model', 'Received']);
    expect(en.columns.find((column) => column.key === 'terms.decision.metLate')?.title).toBe(
      'Decision: met late',
    );
    expect(en.rows.at(-1)?.[0]).toBe('total');
  });

  it('an ungrouped report is one row, with no total repeated', () => {
    const table = reportRows(timelinessReport(records, { ...MARCH, groupBy: [] }));
    expect(table.rows).toHaveLength(1);
    expect(table.columns[1]?.key).toBe('received');
  });

  it('writes the CSV with a BOM, one record a row, readable back', () => {
    const csv = reportToCsv(report);
    const back = readCsv(withoutBom(csv));
    expect(back).toHaveLength(report.groups.length + 2);
    expect(back[0]?.slice(0, 3)).toEqual(['Рядок', 'Модель', 'Надійшло заяв']);
    expect(back.at(-1)?.[2]).toBe(String(report.total.received));
    expect(
      reportToCsv(report, { language: 'en', delimiter: ';' }).startsWith('\uFEFFRow;Model;Received;'),
    ).toBe(true);
  });

  it('writes the JSON with its format, the report again when read back', () => {
    const { format, version, ...rest } = JSON.parse(reportToJson(report));
    expect([format, version]).toEqual(['vikno.timeliness-report', 1]);
    expect(rest).toEqual(JSON.parse(JSON.stringify(report)));
    expect(reportRows(rest)).toEqual(reportRows(report));
  });

  it('refuses what is not a report with a typed error', () => {
    for (const bad of [
      null,
      {},
      { ...report, groups: 'many' },
      { ...report, total: { ...report.total, received: -1 } },
    ]) {
      expect(() => reportRows(bad as never)).toThrow(MonitoringError);
    }
    expect(() => reportRows(report, { language: 'de' } as never)).toThrow(MonitoringError);
    expect(() => reportToCsv(report, { delimiter: '|' } as never)).toThrow(MonitoringError);
  });
});

describe('action lists as tables, CSV, JSON', () => {
  const records = marchRecords();
  const provider = actionList(records, { now: MARCH.now, office: 'uszn-district', role: 'decisionMaker' });
  const cnap = actionList(records, { now: MARCH.now, office: 'cnap-central', role: 'cnapAdministrator' });

  it('has a row an action, in the list’s order, with what to do in Ukrainian', () => {
    expect(provider.actions.length).toBeGreaterThan(0);
    const table = actionRows(provider);
    expect(table.rows).toHaveLength(provider.actions.length);
    expect(table.columns.map((column) => column.title)).toEqual([
      'Номер справи',
      'Послуга',
      'Модель',
      'Строк',
      'Терміновість',
      'Останній день',
      'Спливає о',
      'Робочих днів прострочено або залишилось',
      'Календарних днів прострочено або залишилось',
      'Що зробити',
      'Подія, що знімає строк',
    ]);
    provider.actions.forEach((action, index) => {
      const row = table.rows[index] ?? [];
      expect(row[0]).toBe(action.caseId);
      expect(row[5]).toBe(action.lastDay);
      expect(row[7]).toBe(action.days.workingDays);
      expect(row[9]).toBe(action.step.uk);
      expect(row[10]).toBe(action.step.event);
    });
    expect(table.rows.find((row) => row[3] === 'Рішення')?.[4]).toBe('прострочено');
  });

  it('in English on request; CSV and JSON of the same list', () => {
    const en = actionRows(cnap, { language: 'en' });
    expect(en.columns[0]?.title).toBe('Case number');
    expect(en.rows.map((row) => row[9])).toEqual(cnap.actions.map((action) => action.step.en));
    const back = readCsv(withoutBom(actionListToCsv(cnap)));
    expect(back).toHaveLength(cnap.actions.length + 1);
    expect(back[0]?.[0]).toBe('Номер справи');
    const { format, version, ...rest } = JSON.parse(actionListToJson(cnap));
    expect([format, version]).toEqual(['vikno.action-list', 1]);
    expect(rest).toEqual(JSON.parse(JSON.stringify(cnap)));
  });

  it('refuses what is not an action list', () => {
    expect(() => actionRows({} as never)).toThrow(MonitoringError);
    expect(() =>
      actionRows({ ...cnap, actions: [{ ...cnap.actions[0], urgency: 'later' }] } as never),
    ).toThrow(MonitoringError);
    expect(() => actionListToCsv(cnap, { delimiter: 'x' } as never)).toThrow(MonitoringError);
  });
});
