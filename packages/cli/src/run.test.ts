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
      'Last day: 02.04.2026',
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
    expect(card.stdout).toContain('# Інформаційна картка адміністративної послуги');
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
      stderr: '--term: очікується кількість і одиниця, наприклад 10wd або 30cd, отримано "ten"\n',
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
    expect(run([]).code).toBe(2);
    expect(run(['--help']).code).toBe(0);
  });
});
