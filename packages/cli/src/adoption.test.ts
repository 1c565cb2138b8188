import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AdoptionError } from '@vikno/adoption';
import { describe, expect, it } from 'vitest';
import { type AdoptionInput, runAdoption } from './adoption.js';

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
