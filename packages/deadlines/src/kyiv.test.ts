import { TZDate } from '@date-fns/tz';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { KYIV_TIME_ZONE, toKyivDate } from './index.js';
import { kyivWallClock } from './kyiv.js';

const FIRST = Date.UTC(2014, 0, 1) - 2 * 3_600_000;
const LAST = Date.UTC(2035, 11, 31, 21, 59);

/** The wall clock as the time zone database gives it through date-fns' TZDate, the reference. */
function reference(ms: number) {
  const local = new TZDate(ms, KYIV_TIME_ZONE);
  const day = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
  return { day, minutes: local.getHours() * 60 + local.getMinutes() };
}

describe('the Kyiv wall clock', () => {
  test.prop([fc.integer({ min: FIRST, max: LAST })], { numRuns: 2000 })(
    'agrees with the time zone database at any instant of the supported range',
    (ms) => {
      const { epochDay, minutes } = kyivWallClock(ms);
      expect({ day: new Date(epochDay * 86_400_000).toISOString().slice(0, 10), minutes }).toEqual(
        reference(ms),
      );
    },
  );

  it('agrees around every change between winter and summer time, minute by minute', () => {
    for (let year = 2014; year <= 2035; year++) {
      for (const month of [2, 9]) {
        // The last Sunday of March and of October, 01:00 UTC, give or take two hours.
        const last = new Date(Date.UTC(year, month + 1, 0));
        const sunday = Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
        for (let ms = sunday - 2 * 3_600_000; ms <= sunday + 2 * 3_600_000; ms += 60_000) {
          expect(toKyivDate(ms)).toBe(reference(ms).day);
          expect(kyivWallClock(ms).minutes).toBe(reference(ms).minutes);
        }
      }
    }
  });
});
