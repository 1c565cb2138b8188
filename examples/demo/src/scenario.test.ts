import { kyivInstant, toKyivDate } from '@vikno/deadlines';
import { describe, expect, it } from 'vitest';
import { scenario } from './scenario.js';

/** Every event of a scenario, in order. */
const events = (model: 'I' | 'III', start: string) => scenario(model, start).flatMap((step) => step.events);

describe('scenario', () => {
  // Summer time begins on the last Sunday of March and ends on the last Sunday of October, so a month does not
  // tell the offset on 29–31 March 2026 or 25–31 October 2026.
  it.each([
    ['I', '2026-03-27'],
    ['III', '2026-03-27'],
    ['I', '2026-10-23'],
    ['III', '2026-10-23'],
  ] as const)('dates model %s events from %s with the Kyiv offset of each day', (model, start) => {
    for (const event of events(model, start)) {
      expect(event.at).toBe(kyivInstant(toKyivDate(event.at), event.at.slice(11, 16)));
    }
  });

  it('puts a model I case’s originals on Tuesday 31 March 2026 at 10:00 summer time', () => {
    const originals = events('I', '2026-03-27').find((event) => event.type === 'ORIGINALS.RECEIVED');
    expect(originals?.at).toBe('2026-03-31T10:00:00+03:00');
  });
});
