import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const directory = mkdtempSync(join(tmpdir(), 'vikno-cli-'));
function file(name: string, content: unknown): string {
  const path = join(directory, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const NAME = 'Шевченко Тарас Григорович';
const TAX_NUMBER = '3012456789';

const CNAP = {
  id: 'example-cnap',
  name: { uk: 'ЦНАП Прикладної міської ради', en: 'CNAP of the Example City Council' },
  address: { uk: 'вул. Центральна, 1', en: '1 Tsentralna St' },
  hours: { '1': { opens: '08:00', closes: '17:00' } },
};

describe('vikno', () => {
  it('computes a deadline, readable and as JSON', () => {
    const text = run(['deadline', '--from', '2026-03-02', '--term', '10wd']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Останній день: 16.03.2026');
    const json = run(['deadline', '--from', '2026-03-02', '--term', '10wd', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      lastDay: '2026-03-16',
      dueAt: '2026-03-16T18:00:00+02:00',
    });
    expect(run(['deadline', '--from', '2026-03-02', '--term', '1m', '--en']).stdout).toContain(
      'Last day: 2026-04-02',
    );
  });

  it('lists a year’s holidays and explains a day', () => {
    const calendar = JSON.parse(run(['calendar', '2021', '--json']).stdout) as {
      date: string;
      isDayOff: boolean;
    }[];
    expect(calendar.find((entry) => entry.date === '2021-01-07')?.isDayOff).toBe(true);
    expect(run(['explain', '2026-05-08']).stdout).toContain('робочий день');
    expect(run(['explain', '2021-05-03', '--en']).stdout).toContain('day off');
  });

  it('searches and filters the catalogue', () => {
    expect(run(['services', '--search', 'субсидія']).stdout.split('\n')[0]).toMatch(/^housing-subsidy/);
    const displaced = JSON.parse(
      run(['services', '--life-situation', 'internalDisplacement', '--json', '--as-of', '2026-11-22']).stdout,
    ) as {
      id: string;
    }[];
    expect(displaced.map((service) => service.id)).toContain('idp-living-allowance');
    expect(run(['services', '--search', 'космодром']).stdout).toBe('Нічого не знайдено\n');
  });

  it('prints an information card for a CNAP, and a checklist for facts', () => {
    const card = run(['card', 'idp-certificate', '--cnap', file('cnap.json', CNAP), '--as-of', '2026-11-22']);
    expect(card.code).toBe(0);
    expect(card.stdout).toMatch(/^Інформаційна картка адміністративної послуги\n/);
    expect(run(['card', 'idp-certificate', '--cnap', file('cnap2.json', CNAP), '--html']).stdout).toContain(
      '<section',
    );
    const checklist = run([
      'checklist',
      'housing-subsidy',
      '--facts',
      file('facts.json', { idp: true, incomeOutsideRegisters: false, rentsHousing: true }),
    ]);
    expect(checklist.stdout).toContain('× ');
    expect(checklist.stdout.split('\n').filter((line) => line.startsWith('+ '))).toHaveLength(5);
  });

  it('validates a vendor catalogue: 0 when valid, 1 with every problem and its path', () => {
    expect(
      run(['validate', file('ok.json', { overrides: { 'housing-subsidy': { localCodes: ['02-01'] } } })]),
    ).toMatchObject({
      code: 0,
      stdout: 'Каталог коректний\n',
    });
    const bad = run([
      'validate',
      file('bad.json', { overrides: { 'housing-subsidi': { localCodes: [''] } } }),
      '--json',
    ]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).issues.map((issue: { path: string }) => issue.path)).toEqual([
      'overrides.housing-subsidi.localCodes.0',
    ]);
  });

  it('fails clearly, with exit code 2, on bad input', () => {
    expect(run(['deadline', '--from', '2026-02-30', '--term', '10wd'])).toMatchObject({ code: 2 });
    expect(run(['deadline', '--from', '2026-03-02', '--term', 'ten'])).toMatchObject({
      code: 2,
      stderr: '`--term`: очікується кількість і одиниця, наприклад `10wd` або `30cd`\n',
    });
    expect(run(['card', 'idp-certificate', '--cnap', join(directory, 'missing.json')]).stderr).toContain(
      'не вдається прочитати',
    );
    expect(
      run(['checklist', 'housing-subsidy', '--facts', file('broken.json', '{"idp": tru')]).stderr,
    ).toContain('не є коректним JSON');
    const facts = run([
      'checklist',
      'housing-subsidy',
      '--facts',
      file('wrong.json', { idp: 'так' }),
      '--en',
    ]);
    expect(facts.code).toBe(2);
    expect(facts.stderr).toContain('facts.idp');
    expect(facts.stderr).not.toContain('так');
    expect(run(['services', '--colour', 'red']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    for (const name of ['toString', 'constructor', '__proto__']) {
      expect(run([name]).stderr).toMatch(/^перший аргумент не є командою/);
    }
    expect(run([]).code).toBe(2);
    expect(run(['--help']).code).toBe(0);
  });

  it('labels a holiday that falls on a day off as a day off', () => {
    const lines = run(['calendar', '2026']).stdout.split('\n');
    // Under martial law a holiday gives no day off, but 12 April 2026 is a Sunday.
    for (const day of ['08.03.2026', '12.04.2026', '31.05.2026', '28.06.2026']) {
      expect(lines.find((line) => line.startsWith(day))).toMatch(/^\S+ {2}вихідний {2}.+ — неділя$/);
    }
    expect(lines.find((line) => line.startsWith('25.12.2026'))).toMatch(/^\S+ {2}робочий {2}/);
    const json = JSON.parse(run(['calendar', '2026', '--json']).stdout) as {
      date: string;
      isWorkingDay: boolean;
    }[];
    expect(json.find((entry) => entry.date === '2026-04-12')?.isWorkingDay).toBe(false);
    expect(json.find((entry) => entry.date === '2026-12-25')?.isWorkingDay).toBe(true);
  });

  it('refuses --as-of where each day is judged by the law of that day, and validates it elsewhere', () => {
    for (const argv of [
      ['calendar', '2026'],
      ['explain', '2026-04-12'],
      ['deadline', '--from', '2026-03-02', '--term', '10wd'],
    ]) {
      const result = run([...argv, '--as-of', '2026-01-01', '--en']);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toContain('--as-of');
    }
    const bad = run(['services', '--as-of', `2026-03-02 ${NAME}`]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of');
    expect(bad.stderr).not.toContain('Шевченко');
    expect(run(['services', '--as-of', '2026-02-30']).code).toBe(2);
  });

  it('refuses an option or an argument a command does not take', () => {
    expect(run(['deadline', '--from', '2026-03-02', '--term', '10wd', '--html']).code).toBe(2);
    expect(run(['calendar', '2026', '--search', 'x']).code).toBe(2);
    expect(run(['calendar', '2026', '2027']).code).toBe(2);
    expect(run(['deadline', '--from', '2026-03-02', '--term', '10wd', '2026-03-03']).code).toBe(2);
    expect(run(['--json=yes', 'calendar', '2026']).code).toBe(2);
    expect(run(['deadline', '--term', '10wd', '--from']).code).toBe(2);
    expect(run(['services', '--search', '--json']).code).toBe(2);
    expect(run(['services', '--search=-x', '--json']).code).toBe(0);
  });

  it('never repeats what it was given, and never throws', () => {
    const given = [
      [NAME],
      [`--${NAME}`],
      ['calendar', TAX_NUMBER],
      ['explain', NAME],
      ['deadline', '--from', NAME, '--term', '10wd'],
      ['deadline', '--from', '2026-03-02', '--term', TAX_NUMBER],
      ['card', NAME, '--cnap', file('cnap-named.json', CNAP)],
      ['card', 'idp-certificate', '--cnap', join(directory, `${NAME}.json`)],
      ['checklist', 'housing-subsidy', '--facts', file(`${TAX_NUMBER}.json`, '{')],
      ['validate', join(directory, NAME)],
      ['services', '--life-situation', NAME],
      ['services', `--search=${NAME}`, `--colour=${TAX_NUMBER}`],
    ];
    for (const argv of given) {
      const result = run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      for (const text of [result.stdout, result.stderr]) {
        expect(text).not.toContain('Шевченко');
        expect(text).not.toContain('3012456');
      }
    }
    const started = performance.now();
    expect(run(new Array(3_000_000_000) as never).code).toBe(2);
    expect(performance.now() - started).toBeLessThan(100);
    const sparse = ['calendar'];
    sparse[2] = '2026';
    for (const argv of [
      null,
      undefined,
      'calendar',
      [1, 2],
      ['calendar', Symbol('x')],
      { length: 1 },
      sparse,
    ]) {
      expect(run(argv as never)).toMatchObject({ code: 2, stdout: '' });
      expect(run(argv as never).stderr).toMatch(/^`vikno` приймає аргументи як масив рядків/);
    }
  });
});
