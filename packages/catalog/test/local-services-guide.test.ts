import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogError } from '../src/errors.js';
import { defaultCatalog } from '../src/index.js';
import { EXAMPLE_CNAP } from './fixtures.js';
import { prykladna } from './hromada-local-services.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the guide’s hromada adding three local services', () => {
  it('shows the example this test runs, word for word', () => {
    const source = read('./hromada-local-services.ts');
    const example = source.slice(source.indexOf('// guide:start\n') + 15, source.indexOf('// guide:end'));
    expect(example.length).toBeGreaterThan(1000);
    expect(read('../../../docs/guides/local-services.md')).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it('adds the three services to the national ones, found by their words and codes', () => {
    expect(prykladna.services.length).toBe(defaultCatalog().services.length + 3);
    const asOf = '2026-10-01';
    expect(prykladna.search('дрова', { asOf })[0]?.service.id).toBe('local-firewood-aid');
    expect(prykladna.search('07-02', { asOf })[0]?.service.id).toBe('local-defender-family-aid');
    expect(prykladna.search('02-01', { asOf })[0]?.service.id).toBe('housing-subsidy');
    expect(prykladna.get('local-hardship-aid', { asOf }).term.value).toEqual({
      kind: 'term',
      term: { amount: 30, unit: 'calendarDays' },
    });
    expect(prykladna.find({ asOf, provider: 'localCouncil' }).map((service) => service.id)).toEqual(
      expect.arrayContaining(['local-hardship-aid', 'local-defender-family-aid', 'local-firewood-aid']),
    );
  });

  it('holds each for the programme’s year only, and prints its information card', () => {
    expect(() => prykladna.get('local-firewood-aid', { asOf: '2027-01-01' })).toThrow(CatalogError);
    const card = prykladna.informationCard('local-firewood-aid', EXAMPLE_CNAP, { asOf: '2026-10-01' });
    expect(JSON.stringify(card)).toContain('Прикладної сільської ради');
  });
});
