import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  findServices,
  informationCard,
  LIFE_SITUATION_LABELS,
  renderInformationCardHtml,
} from '@vikno/catalog';
import { FACT_DEFINITIONS, questionsFor } from '@vikno/checklists';
import { englishWordsIn } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';
import { colourWanted, columns } from './terminal.js';

const directory = mkdtempSync(join(tmpdir(), 'vikno-cli-first-hour-'));
function file(name: string, content: unknown): string {
  const path = join(directory, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const CNAP = file('cnap.json', {
  id: 'example-cnap',
  name: { uk: 'ЦНАП Прикладної міської ради', en: 'CNAP of the Example City Council' },
  address: { uk: 'вул. Центральна, 1', en: '1 Tsentralna St' },
  hours: { '1': { opens: '08:00', closes: '17:00' } },
});
const EMPTY_FACTS = file('empty-facts.json', {});
const COMMANDS = [
  'calendar',
  'explain',
  'deadline',
  'services',
  'questions',
  'card',
  'checklist',
  'validate',
];
const ESCAPE = '\u001b[';

describe('vikno --version and help', () => {
  it('prints its version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(run(['--version'])).toEqual({ stdout: `${version}\n`, stderr: '', code: 0 });
  });

  it('has its version inlined by the build, so a bundle of it reads no package.json at run time', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const { default: config } = await import('../tsup.config.js');
    expect(config).toMatchObject({ define: { __VIKNO_CLI_VERSION__: JSON.stringify(version) } });
    const sources = ['run.ts', 'cli.ts', 'index.ts', 'terminal.ts'].map((name) =>
      readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'),
    );
    for (const source of sources) expect(source).not.toMatch(/package\.json'|import\.meta/);
  });

  it.each(COMMANDS)(
    'gives the help of %s, the same by `help <command>` and `<command> --help`',
    (command) => {
      const help = run(['help', command]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^\`vikno ${command}`));
      expect(run([command, '--help'])).toEqual(help);
      expect(help.stdout).not.toEqual(run(['--help']).stdout);
      const english = run(['help', command, '--en']);
      expect(english.stdout).toMatch(new RegExp(`^vikno ${command}`));
      expect(english.stdout).not.toEqual(help.stdout);
    },
  );

  it('gives the help in Ukrainian unless --en, with no English prose', () => {
    for (const argv of [['--help'], ['help'], ...COMMANDS.map((command) => ['help', command])]) {
      const text = run(argv).stdout;
      for (const line of text.split('\n')) expect(englishWordsIn(line), line).toEqual([]);
    }
    expect(run(['--help', '--en']).stdout).toContain('Usage: vikno <command>');
    expect(run(['help', 'frobnicate']).code).toBe(2);
  });
});

/** Every line of what vikno prints for a command line, with its colours taken out. */
function linesOf(argv: readonly string[], options?: Parameters<typeof run>[1]): string[] {
  const { stdout, stderr } = run(argv, options);
  expect(stdout + stderr, argv.join(' ')).not.toBe('');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the colour codes are what is taken out
  return `${stdout}${stderr}`.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
}

describe('vikno fits a 100-column terminal', () => {
  it('counts columns by code point, East Asian wide characters as two', () => {
    expect(columns('Призначення')).toBe(11);
    expect(columns('пред’явлення')).toBe(12);
    expect(columns('日本')).toBe(4);
    expect(columns('😀')).toBe(2);
  });

  it('never prints a line wider than 100 columns, for every command over the real catalogue', () => {
    const ids = findServices({ asOf: '2026-11-22' }).map((service) => service.id);
    const commandLines: string[][] = [
      ['--help'],
      ['--help', '--en'],
      ...COMMANDS.flatMap((command) => [
        ['help', command],
        ['help', command, '--en'],
      ]),
      ['calendar', '2026'],
      ['calendar', '2021', '--en'],
      ['explain', '2026-05-08'],
      ['explain', '2021-05-03', '--en'],
      ['deadline', '--from', '2026-03-02', '--term', '10wd'],
      ['deadline', '--from', '2026-03-02', '--term', '1m', '--en'],
      ['services'],
      ['services', '--en'],
      ['services', '--search', 'субсидія'],
      ['frobnicate'],
      ['services', '--life-situation', 'nothing'],
      ...ids.flatMap((id) => [
        ['card', id, '--cnap', CNAP, '--as-of', '2026-11-22'],
        ['card', id, '--cnap', CNAP, '--as-of', '2026-11-22', '--en'],
        ['checklist', id, '--facts', EMPTY_FACTS, '--as-of', '2026-11-22'],
        ['questions', id, '--as-of', '2026-11-22', '--en'],
      ]),
    ];
    let widest = 0;
    for (const argv of commandLines) {
      for (const line of linesOf(argv, { colour: true })) {
        expect(columns(line), `${argv.join(' ')}: ${line}`).toBeLessThanOrEqual(100);
        widest = Math.max(widest, columns(line));
      }
    }
    expect(widest).toBeGreaterThan(60);
  });
});

describe('vikno colours only a terminal that wants colour', () => {
  it('colours a TTY, never a pipe, never with NO_COLOR', () => {
    expect(colourWanted({ isTTY: true, env: {} })).toBe(true);
    expect(colourWanted({ isTTY: false, env: {} })).toBe(false);
    expect(colourWanted({ isTTY: undefined, env: {} })).toBe(false);
    expect(colourWanted({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(colourWanted({ isTTY: true, env: { NO_COLOR: '' } })).toBe(true);
  });

  it('writes colour codes only when asked, and never into --json', () => {
    expect(run(['services']).stdout).not.toContain(ESCAPE);
    expect(run(['services'], { colour: false }).stdout).not.toContain(ESCAPE);
    expect(run(['services'], { colour: true }).stdout).toContain(ESCAPE);
    expect(run(['services', '--json'], { colour: true }).stdout).not.toContain(ESCAPE);
  });
});

describe('vikno speaks in people’s words', () => {
  it('names how each document is handed over, in the chosen language', () => {
    // A wrapped line goes on indented: read as one.
    const unwrapped = (text: string) => text.replace(/\n {2,}/g, ' ');
    const facts = file('facts.json', { idp: true, incomeOutsideRegisters: false, rentsHousing: true });
    const uk = unwrapped(run(['checklist', 'housing-subsidy', '--facts', facts]).stdout);
    expect(uk).toContain('— оригінал');
    expect(uk).toContain('— лише пред’явити оригінал');
    const birth = unwrapped(
      run(['checklist', 'guardianship-child-assistance', '--facts', EMPTY_FACTS]).stdout,
    );
    expect(birth).toContain('— копія з пред’явленням оригіналу');
    const en = unwrapped(
      run(['checklist', 'guardianship-child-assistance', '--facts', EMPTY_FACTS, '--en']).stdout,
    );
    expect(en).toContain('a copy, with the original shown');
    for (const text of [uk, birth, en]) {
      expect(text).not.toMatch(/presentOnly|copyWithOriginal|\(original\)|\(copy\)/);
    }
  });

  it('prints an unanswered question as its question, not as a fact id', () => {
    const text = run(['checklist', 'housing-subsidy', '--facts', EMPTY_FACTS]).stdout;
    const open = text.split('\n').filter((line) => line.startsWith('? '));
    expect(open.length).toBeGreaterThan(0);
    expect(text).toContain(FACT_DEFINITIONS.rentsHousing.question.uk);
    expect(text).not.toMatch(/rentsHousing|incomeOutsideRegisters/);
  });

  it('lists a service’s questions, with the fact to write and its answers', () => {
    const result = run(['questions', 'birth-assistance', '--as-of', '2026-11-22']);
    expect(result.code).toBe(0);
    for (const question of questionsFor('birth-assistance', {}, { asOf: '2026-11-22' })) {
      expect(result.stdout).toContain(question.question.uk);
      expect(result.stdout).toContain(`"${question.fact}"`);
    }
    expect(result.stdout).toContain('true (Так)');
    const json = JSON.parse(run(['questions', 'birth-assistance', '--json']).stdout) as { fact: string }[];
    expect(json.map((question) => question.fact)).toContain('childBornAbroad');
    expect(run(['questions', 'no-such-service']).code).toBe(2);
    expect(run(['questions']).code).toBe(2);
  });

  it('reads the facts from standard input with --facts -', () => {
    const stdin = JSON.stringify({ idp: true, incomeOutsideRegisters: false, rentsHousing: true });
    const piped = run(['checklist', 'housing-subsidy', '--facts', '-'], { stdin: () => stdin });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(
      run(['checklist', 'housing-subsidy', '--facts', file('piped.json', JSON.parse(stdin))]).stdout,
    );
    expect(run(['checklist', 'housing-subsidy', '--facts', '-'], { stdin: () => '{' }).stderr).toContain(
      'не є коректним JSON',
    );
    // Without a reader (run called from JavaScript), standard input is not read.
    expect(run(['checklist', 'housing-subsidy', '--facts', '-'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('prints the information card in English with --en', () => {
    const uk = run(['card', 'idp-certificate', '--cnap', CNAP, '--as-of', '2026-11-22']).stdout;
    const en = run(['card', 'idp-certificate', '--cnap', CNAP, '--as-of', '2026-11-22', '--en']).stdout;
    expect(uk).toContain('Інформаційна картка адміністративної послуги');
    expect(uk).toContain('Станом на 22.11.2026');
    expect(en).toContain('Information card of an administrative service');
    expect(en).toContain('As of 2026-11-22');
    expect(en).toContain('CNAP of the Example City Council');
    expect(en).not.toMatch(/[а-яіїєґ]{4}/i);
  });

  it('prints the HTML card in English with --html --en, as the catalogue writes it in Ukrainian', () => {
    const argv = ['card', 'birth-assistance', '--cnap', CNAP, '--as-of', '2026-11-22', '--html'];
    const uk = run(argv).stdout;
    const cnap = JSON.parse(readFileSync(CNAP, 'utf8'));
    const card = informationCard('birth-assistance', cnap, { asOf: '2026-11-22' });
    expect(uk).toBe(renderInformationCardHtml(card));
    const en = run([...argv, '--en']).stdout;
    expect(en).toMatch(
      /^<section class="vikno-information-card" lang="en" data-service="birth-assistance">\n/,
    );
    expect(en).toContain('<h1>Information card of an administrative service</h1>');
    expect(en).toContain(`<h2>${card.title.en}</h2>`);
    expect(en).toContain('<p>As of 2026-11-22</p>');
    expect(en).toContain('<td>CNAP of the Example City Council</td>');
    expect(en).not.toMatch(/[а-яіїєґ]{4}/i);
    // The same rows, links and marks as the Ukrainian card, in the same order.
    const skeleton = (html: string) => html.match(/data-row="[^"]+"|href="[^"]+"|<sup|<tr|<li/g);
    expect(skeleton(en)).toEqual(skeleton(uk));
  });

  it('names each life situation a wrong --life-situation could have been, with its value to type', () => {
    const uk = run(['services', '--life-situation', 'birth']).stderr.replace(/\n\s+/g, ' ');
    expect(uk).toContain('`childBirth` (народження дитини)');
    expect(uk).toContain('`internalDisplacement` (внутрішнє переміщення (ВПО))');
    const en = run(['services', '--life-situation', 'birth', '--en']).stderr.replace(/\n\s+/g, ' ');
    expect(en).toContain('childBirth (birth of a child)');
    for (const [situation, label] of Object.entries(LIFE_SITUATION_LABELS)) {
      expect(uk).toContain(`\`${situation}\``);
      expect(uk.toLowerCase()).toContain(label.uk.toLowerCase());
      expect(en.toLowerCase()).toContain(label.en.toLowerCase());
    }
  });

  it('names a problem of the whole file in words, not as (root)', () => {
    const extension = file('root-problem.json', { overriden: {} });
    expect(run(['validate', extension]).stdout).toMatch(/^Файл загалом: /);
    expect(run(['validate', extension, '--en']).stdout).toMatch(/^The file as a whole: /);
    expect(JSON.parse(run(['validate', extension, '--json']).stdout).issues[0].path).toBe('(root)');
  });

  it('writes each day in one format per language: 25.11.2026 in Ukrainian, 2026-11-25 in English', () => {
    const uk = run(['deadline', '--from', '2026-03-02', '--term', '10wd']).stdout;
    expect(uk.split('\n')[0]).toBe('Останній день: 16.03.2026, до 18:00 за київським часом');
    expect(uk).not.toMatch(/\d{4}-\d\d-\d\d/);
    const en = run(['deadline', '--from', '2026-03-02', '--term', '1m', '--en']).stdout;
    expect(en.split('\n')[0]).toBe('Last day: 2026-04-02, until 18:00 Kyiv time');
    expect(en).not.toMatch(/\d\d\.\d\d\.\d{4}/);
    expect(run(['calendar', '2026', '--en']).stdout).toMatch(/^2026-01-01 {2}/);
    expect(run(['calendar', '2026']).stdout).toMatch(/^01\.01\.2026 {2}/);
  });
});

describe('vikno --json errors', () => {
  it('writes a usage error as JSON on standard error, never with the value given', () => {
    const result = run(['deadline', '--from', '2026-03-02', '--term', 'Шевченко', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const { error } = JSON.parse(result.stderr);
    expect(error).toMatchObject({ code: 'TERM_FORMAT', path: '--term' });
    expect(error.uk).toContain('`--term`');
    expect(error.en).toContain('--term');
    expect(result.stderr).not.toContain('Шевченко');
  });

  it('writes an SDK error as JSON with its issues', () => {
    const facts = file('wrong.json', { idp: 'так' });
    const result = run(['checklist', 'housing-subsidy', '--facts', facts, '--json']);
    expect(result.code).toBe(2);
    const { error } = JSON.parse(result.stderr);
    expect(error.code).toEqual(expect.any(String));
    expect(error.issues.map((issue: { path: string }) => issue.path)).toContain('facts.idp');
    expect(result.stderr).not.toContain('так');
  });

  it('answers --term -5wd with its own message', () => {
    for (const argv of [
      ['deadline', '--from', '2026-03-02', '--term', '-5wd'],
      ['deadline', '--from', '2026-03-02', '--term=-5wd'],
      ['deadline', '--from', '2026-03-02', '--term', '0wd'],
    ]) {
      expect(run(argv)).toMatchObject({
        code: 2,
        stderr: '`--term`: кількість — ціле число від 1, наприклад `10wd`; строк не рахується назад\n',
      });
      expect(JSON.parse(run([...argv, '--json']).stderr).error.code).toBe('TERM_NOT_POSITIVE');
    }
  });
});
