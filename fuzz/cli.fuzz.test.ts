import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
// The root does not depend on @vikno/cli (nothing imports a command-line tool), so its source is imported directly.
import * as cli from '../packages/cli/src/index.js';
import { run } from '../packages/cli/src/index.js';
import {
  expectEveryExportCovered,
  expectSafe,
  hostile,
  hostileDates,
  hostileStrings,
  MAX_MESSAGE,
  PLANTED_NAME,
  PLANTED_TAX_NUMBER,
  RUNS,
} from './harness.js';

// The vikno command with hostile arguments: it never throws, exits 0, 1 or 2, and never prints back what it was
// given (a name or tax number typed into any argument).

const COMMANDS = ['calendar', 'explain', 'deadline', 'services', 'card', 'checklist', 'validate'];
const STRING_OPTIONS = ['--as-of', '--from', '--term', '--search', '--life-situation', '--cnap', '--facts'];
const BOOLEAN_OPTIONS = ['--json', '--en', '--help', '--html'];
const PLANTED = [PLANTED_NAME, PLANTED_TAX_NUMBER, PLANTED_NAME.split(' ')[0] as string, '3012456'];

const hostileText = fc.oneof(
  hostileStrings,
  hostileDates.map(String),
  fc.constantFrom('2026', '2026-03-02', '10wd', '30cd', 'housing-subsidy', 'internalDisplacement'),
);
const option = fc.oneof(
  fc.tuple(fc.constantFrom(...STRING_OPTIONS), hostileText).map(([name, value]) => [name, value]),
  fc
    .tuple(fc.constantFrom(...STRING_OPTIONS, ...BOOLEAN_OPTIONS), hostileText)
    .map(([name, value]) => [`${name}=${value}`]),
  fc.constantFrom(...BOOLEAN_OPTIONS).map((name) => [name]),
  hostileStrings.map((name) => [`--${name}`]),
  fc.constantFrom(...STRING_OPTIONS).map((name) => [name]),
);
const commandLine = fc
  .tuple(
    fc.oneof(fc.constantFrom(...COMMANDS), hostileText),
    fc.array(hostileText, { maxLength: 2 }),
    fc.array(option, { maxLength: 4 }),
  )
  .map(([command, positionals, options]) => [command, ...positionals, ...options.flat()]);
const argv = fc.oneof(
  { arbitrary: commandLine, weight: 6 },
  { arbitrary: fc.array(hostileText, { maxLength: 6 }), weight: 2 },
  { arbitrary: fc.array(hostile, { maxLength: 4 }), weight: 1 },
  { arbitrary: hostile, weight: 1 },
);

/** What the command printed: an exit code it documents, bounded errors, nothing of what it was given. */
function validResult(result: unknown): boolean {
  const { stdout, stderr, code } = result as cli.RunResult;
  expect([0, 1, 2]).toContain(code);
  expect(typeof stdout).toBe('string');
  expect(typeof stderr).toBe('string');
  expect(stderr.length, 'standard error').toBeLessThanOrEqual(2 * MAX_MESSAGE);
  for (const text of [stdout, stderr]) {
    for (const planted of PLANTED)
      expect(text.includes(planted), `the output repeats "${planted}"`).toBe(false);
    for (const word of ['undefined', 'NaN', '[object '])
      expect(text, `output with ${word}`).not.toContain(word);
  }
  expect(stderr, 'an error the command did not expect').not.toMatch(/unexpected error|неочікувана помилка/);
  return true;
}

describe('@vikno/cli with hostile arguments', () => {
  test('every export is fuzzed', () => {
    expectEveryExportCovered(cli, ['run']);
  });

  test.prop([argv], { numRuns: RUNS })('run', (args) => {
    expectSafe(() => run(args as string[]), validResult);
  });
});
