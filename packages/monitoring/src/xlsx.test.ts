import { fc, test } from '@fast-check/vitest';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MARCH, marchRecords } from '../test/march.js';
import { actionList } from './actions.js';
import { MonitoringError } from './errors.js';
import { actionRows, type ExportTable, reportRows } from './export.js';
import { timelinessReport } from './report.js';
import { actionListToXlsx, reportToXlsx, tableToXlsx } from './xlsx.js';

/** The text of each cell of the first sheet, row by row, read back from the file's XML (shared or inline strings). */
export function readSheet(bytes: Uint8Array): { rows: (string | null)[][]; files: string[] } {
  const files = unzipSync(bytes);
  const xml = (name: string) => {
    const file = files[name];
    return file === undefined ? '' : strFromU8(file);
  };
  const decode = (text: string) =>
    text
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&');
  const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) =>
    decode([...(match[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? '').join('')),
  );
  const rows = [...xml('xl/worksheets/sheet1.xml').matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((cell) => {
      const attributes = cell[1] ?? '';
      const inner = cell[2] ?? '';
      const value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      if (/t="s"/.test(attributes)) return shared[Number(value)] ?? null;
      if (/t="inlineStr"/.test(attributes)) return decode(/<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] ?? '');
      return value === undefined ? null : decode(value);
    }),
  );
  return { rows, files: Object.keys(files) };
}

describe('tableToXlsx', () => {
  it('writes a workbook whose sheet holds the Cyrillic titles, the values and every row', async () => {
    const table: ExportTable = {
      columns: [
        { key: 'office', title: 'Офіс' },
        { key: 'received', title: 'Надійшло заяв' },
        { key: 'share', title: 'Частка вчасно' },
        { key: 'overdue', title: 'Є прострочені' },
      ],
      rows: [
        ['ЦНАП «Центр», Житомир', 41, 0.935, true],
        ['ВРМ с. Тетерівка <&>', 0, null, false],
      ],
    };
    const bytes = await tableToXlsx(table, { sheet: 'Звіт' });
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    const { rows, files } = readSheet(bytes);
    expect(files).toContain('xl/workbook.xml');
    expect(strFromU8(unzipSync(bytes)['xl/workbook.xml'] ?? new Uint8Array())).toContain('name="Звіт"');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['Офіс', 'Надійшло заяв', 'Частка вчасно', 'Є прострочені']);
    expect(rows[1]).toEqual(['ЦНАП «Центр», Житомир', '41', '0.935', '1']);
    expect(rows[2]?.slice(0, 2)).toEqual(['ВРМ с. Тетерівка <&>', '0']);
  });

  it('writes the text of a cell that names a member of Object.prototype as it is', async () => {
    const names = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'Офіс'];
    const table: ExportTable = {
      columns: [
        { key: 'n', title: 'valueOf' },
        { key: 'text', title: 'Текст' },
      ],
      rows: names.map((name, index) => [index, name]),
    };
    const { rows } = readSheet(await tableToXlsx(table));
    expect(rows[0]).toEqual(['valueOf', 'Текст']);
    expect(rows.slice(1).map((row) => row[1])).toEqual(names);
  });

  const texts = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('toString', '__proto__', 'constructor', 'isPrototypeOf', '<t>&amp;</t>'),
  );
  test.prop([fc.array(texts, { minLength: 1, maxLength: 20 })], {
    numRuns: 20,
  })('any text comes back as it was written, a row a row', async (texts) => {
    const table: ExportTable = {
      columns: [
        { key: 'row', title: '№' },
        { key: 'text', title: 'Текст' },
      ],
      rows: texts.map((text, index) => [index + 1, text]),
    };
    const { rows } = readSheet(await tableToXlsx(table));
    expect(rows).toHaveLength(texts.length + 1);
    // XML 1.0 cannot hold C0 controls or U+FFFD-U+FFFF; the writer drops them (and a line break may be written as CRLF).
    const kept = (text: string) =>
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML cannot hold
      text.replace(/[\0-\x08\x0B\f\x0E-\x1F\x7F-\x84\x86-\x9F\uFDD0-\uFDEF\uFFFD-\uFFFF]/g, '');
    expect(rows.slice(1).map((row) => (row[1] ?? '').replaceAll('\r', ''))).toEqual(
      texts.map((text) => kept(text).replaceAll('\r', '')),
    );
  });

  it('refuses a malformed table or sheet name with a typed error', async () => {
    await expect(tableToXlsx({ columns: [], rows: [] })).rejects.toBeInstanceOf(MonitoringError);
    await expect(
      tableToXlsx({ columns: [{ key: 'a', title: 'A' }], rows: [['a', 'b']] }),
    ).rejects.toBeInstanceOf(MonitoringError);
    await expect(
      tableToXlsx({ columns: [{ key: 'a', title: 'A' }], rows: [] }, { sheet: 'a/b' }),
    ).rejects.toBeInstanceOf(MonitoringError);
  });
});

describe('reportToXlsx', () => {
  const report = timelinessReport(marchRecords(), { ...MARCH, groupBy: ['model'] });

  it('writes the report’s table: Ukrainian titles, a row a group and the total, the values', async () => {
    const { rows } = readSheet(await reportToXlsx(report));
    const table = reportRows(report);
    expect(rows).toHaveLength(table.rows.length + 1);
    expect(rows[0]).toEqual(table.columns.map((column) => column.title));
    expect(rows[0]?.slice(0, 3)).toEqual(['Рядок', 'Модель', 'Надійшло заяв']);
    const received = table.columns.findIndex((column) => column.key === 'received');
    expect(rows.at(-1)?.[0]).toBe('усього');
    expect(rows.at(-1)?.[received]).toBe(String(report.total.received));
    expect(rows[1]?.[1]).toBe(report.groups[0]?.key.model);
  });

  it('in English on request, on a sheet named so', async () => {
    const bytes = await reportToXlsx(report, { language: 'en' });
    expect(readSheet(bytes).rows[0]?.slice(0, 3)).toEqual(['Row', 'Model', 'Received']);
    expect(strFromU8(unzipSync(bytes)['xl/workbook.xml'] ?? new Uint8Array())).toContain('name="Timeliness"');
  });

  it('takes null options as the table does: absent, in Ukrainian (a fuzz counterexample crashed on them)', async () => {
    const { rows } = readSheet(await reportToXlsx(report, null as never));
    expect(rows[0]).toEqual(reportRows(report, null as never).columns.map((column) => column.title));
    const list = actionList(marchRecords(), {
      now: MARCH.now,
      office: 'uszn-district',
      role: 'decisionMaker',
    });
    expect(readSheet(await actionListToXlsx(list, null as never)).rows[0]).toEqual(
      actionRows(list, null as never).columns.map((column) => column.title),
    );
  });

  it('refuses what is not a report', async () => {
    await expect(reportToXlsx({} as never)).rejects.toBeInstanceOf(MonitoringError);
    await expect(reportToXlsx(report, { language: 'pl' } as never)).rejects.toBeInstanceOf(MonitoringError);
  });
});

describe('actionListToXlsx', () => {
  const list = actionList(marchRecords(), { now: MARCH.now, office: 'uszn-district', role: 'decisionMaker' });

  it('writes a row an action under the Cyrillic titles', async () => {
    const bytes = await actionListToXlsx(list);
    const { rows } = readSheet(bytes);
    const table = actionRows(list);
    expect(list.actions.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(list.actions.length + 1);
    expect(rows[0]).toEqual(table.columns.map((column) => column.title));
    expect(rows[1]?.[0]).toBe(list.actions[0]?.caseId);
    expect(rows[1]?.[9]).toBe(list.actions[0]?.step.uk);
    expect(strFromU8(unzipSync(bytes)['xl/workbook.xml'] ?? new Uint8Array())).toContain('name="Дії"');
  });

  it('refuses what is not an action list', async () => {
    await expect(actionListToXlsx({ actions: 'none' } as never)).rejects.toBeInstanceOf(MonitoringError);
  });
});
