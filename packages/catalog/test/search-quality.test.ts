import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/index.js';
import { type QueryKind, SEARCH_QUERIES } from './search-queries.js';

const catalog = defaultCatalog();
const firstHit = (query: string) => catalog.search(query, { asOf: '2026-11-26' })[0]?.service.id;

/** The share of a kind's queries whose expected service comes first. */
function rate(kind?: QueryKind): { right: number; of: number; misses: string[] } {
  const queries = SEARCH_QUERIES.filter((entry) => kind === undefined || entry.kind === kind);
  const misses = queries
    .filter((entry) => firstHit(entry.query) !== entry.expected)
    .map((entry) => `«${entry.query}» → ${firstHit(entry.query) ?? '(nothing)'}, not ${entry.expected}`);
  return { right: queries.length - misses.length, of: queries.length, misses };
}

describe('search as people type', () => {
  it('puts the right service first for at least 9 queries in 10', () => {
    const { right, of, misses } = rate();
    expect(of).toBeGreaterThanOrEqual(80);
    expect(right / of, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['everyday', 'typo', 'russian', 'latin', 'heldOut', 'services2026'] as const)(
    'finds the service for %s queries at least 8 times in 10',
    (kind) => {
      const { right, of, misses } = rate(kind);
      expect(right / of, misses.join('\n')).toBeGreaterThanOrEqual(0.8);
    },
  );
});
