import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AdoptionError } from '@vikno/adoption';
import { englishWordsIn } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { type AdoptionInput, runAdoption } from './adoption.js';
import { run } from './run.js';
import { columns } from './terminal.js';

const EXAMPLES = fileURLToPath(new URL('../../adoption/examples/', import.meta.url));
const CNAP = join(EXAMPLES, 'sonyachne-cnap.json');
const HROMADA = join(EXAMPLES, 'sonyachne-hromada.json');

function input(values: AdoptionInput['values'], language: 'uk' | 'en' = 'uk'): AdoptionInput {
  return {
    values,
    language,
    asOf: { asOf: '2026-12-01' },
    readJson: (path) => JSON.parse(readFileSync(path ?? '', 'utf8')),
  };
}

describe('vikno advise, plan and cards', () => {
  it('advises model I first for the example hromada, with the questions that would change it', () => {
    const { text } = runAdoption('advise', input({ profile: HROMADA }));
    expect(text.split('\n')[0]).toMatch(/^1\. Модель I \(/);
    expect(text).toContain('Відповіді, які змінили б вибір:');
    expect(runAdoption('advise', input({ profile: HROMADA }, 'en')).text.split('\n')[0]).toMatch(
      /^1\. Model I \(/,
    );
  });

  it('plans model III from a start, every step with its dates and owners, in either language', () => {
    const { text, data } = runAdoption('plan', input({ model: 'III', cnap: CNAP, start: '2026-12-01' }));
    expect(text).toContain('1. 01.12.2026–14.12.2026');
    expect((data as { steps: unknown[] }).steps).toHaveLength(9);
    const english = runAdoption('plan', input({ model: 'III', cnap: CNAP, start: '2026-12-01' }, 'en')).text;
    expect(english).toContain('1. 2026-12-01–2026-12-14');
    expect(english).toContain('Who: ');
  });

  it('refuses a model that is not one with the package’s typed error', () => {
    expect(() => runAdoption('plan', input({ model: 'IV', cnap: CNAP, start: '2026-12-01' }))).toThrow(
      AdoptionError,
    );
  });

  it('writes the cards to --out and says how many services, not the file’s name', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vikno-cards-')), 'cards.html');
    const { text, data } = runAdoption('cards', input({ model: 'I', cnap: CNAP, out }));
    const html = readFileSync(out, 'utf8');
    const services = (data as { services: string[] }).services;
    expect(html.match(/<section class="vikno-information-card"/g)).toHaveLength(services.length);
    expect(text).toContain(`(${services.length})`);
    expect(text).not.toContain(out);
  });

  it('refuses an --out it cannot write, without naming it', () => {
    const out = join(tmpdir(), 'no-such-directory-vikno', 'cards.html');
    try {
      runAdoption('cards', input({ model: 'I', cnap: CNAP, out }));
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('no-such-directory-vikno');
      expect((error as { path: string }).path).toBe('out');
    }
  });
});

describe('the adoption commands through run', () => {
  const lines = (text: string) => text.split('\n');

  for (const command of ['advise', 'plan', 'cards']) {
    it(`gives the help of ${command} in both languages, within 100 columns, Ukrainian without English prose`, () => {
      const uk = run(['help', command]);
      const en = run([command, '--help', '--en']);
      expect(uk.code).toBe(0);
      expect(uk.stdout).toContain(`vikno ${command}`);
      expect(englishWordsIn(uk.stdout.replace(/`[^`]*`/g, ''))).toEqual([]);
      expect(en.stdout).toContain(`vikno ${command}`);
      for (const line of [...lines(uk.stdout), ...lines(en.stdout)])
        expect(columns(line)).toBeLessThanOrEqual(100);
      expect(run(['--help']).stdout).toContain(`\`${command}\``);
    });
  }

  it('advises and plans within 100 columns, and answers --json with the data', () => {
    const advice = run(['advise', '--profile', HROMADA]);
    expect(advice.code).toBe(0);
    const plan = run(['plan', '--model', 'I', '--cnap', CNAP, '--start', '2026-12-01', '--en']);
    expect(plan.code).toBe(0);
    for (const line of [...lines(advice.stdout), ...lines(plan.stdout)]) {
      expect(columns(line)).toBeLessThanOrEqual(100);
    }
    const json = run(['plan', '--model', 'II', '--cnap', CNAP, '--start', '2026-12-01', '--json']);
    expect(JSON.parse(json.stdout).steps).toHaveLength(8);
  });

  it('writes the cards with --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vikno-cards-')), 'cards.html');
    const result = run(['cards', '--model', 'III', '--cnap', CNAP, '--out', out, '--as-of', '2026-12-01']);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('<!doctype html>')).toBe(true);
  });

  it('answers a bad model, a missing start and a missing profile with exit code 2, never echoing them', () => {
    const model = run(['plan', '--model', 'IV-secret', '--cnap', CNAP, '--start', '2026-12-01']);
    expect(model.code).toBe(2);
    expect(model.stderr).not.toContain('IV-secret');
    expect(run(['plan', '--model', 'I', '--cnap', CNAP]).code).toBe(2);
    expect(run(['advise']).code).toBe(2);
    expect(run(['cards', '--model', 'I', '--cnap', CNAP, '--start', '2026-12-01']).code).toBe(2);
  });
});

describe('the plan as text', () => {
  it('indents a step’s wrapped lines under it', () => {
    const { text } = runAdoption('plan', input({ model: 'III', cnap: CNAP, start: '2026-12-01' }));
    for (const line of text.split('\n').slice(1)) {
      if (line === '' || line.startsWith('Тривалість')) continue;
      expect(line, line).toMatch(/^(\d+\. | {3})/);
    }
  });
});
