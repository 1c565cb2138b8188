import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holidaysInYear, isWorkingDay } from '../src/index.js';

// The oracle lists every day off and every "holiday but working day" in Ukraine 2014–2026 (vacanza/holidays
// output, cross-checked by its authors against published working-time norms). Working Saturdays appear only in
// the names of transferred days off ("перенесено з 11.01.2014").
const oracle = readFileSync(new URL('./fixtures/ua-holidays-2014-2026.txt', import.meta.url), 'utf8');

interface OracleLine {
  readonly status: 'DAY-OFF' | 'WORKING';
  readonly date: string;
  readonly name: string;
}

const lines: OracleLine[] = [];
for (const line of oracle.split('\n')) {
  const parsed = /^\s+(DAY-OFF|HOLIDAY-BUT-WORKING \(martial law\))\s+(\d{4}-\d{2}-\d{2}) \w{3}\s+(.+)$/.exec(
    line,
  );
  if (parsed) {
    lines.push({
      status: parsed[1] === 'DAY-OFF' ? 'DAY-OFF' : 'WORKING',
      date: parsed[2] as string,
      name: parsed[3] as string,
    });
  }
}
const daysOff = new Set(lines.filter((l) => l.status === 'DAY-OFF').map((l) => l.date));
const workingSaturdays = new Set(
  lines.flatMap((l) => {
    const moved = /перенесено з (\d{2})\.(\d{2})\.(\d{4})/.exec(l.name);
    return moved ? [`${moved[3]}-${moved[2]}-${moved[1]}`] : [];
  }),
);

function* everyDay(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

describe('the calendar agrees with the oracle 2014–2026', () => {
  it('parses the whole oracle', () => {
    expect(lines.length).toBe(204);
    expect(workingSaturdays.size).toBe(24);
  });

  it('agrees on whether each of the 4,748 days is a working day', () => {
    const disagreements: string[] = [];
    let days = 0;
    for (const date of everyDay('2014-01-01', '2026-12-31')) {
      days++;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const expected = !daysOff.has(date) && ((weekday >= 1 && weekday <= 5) || workingSaturdays.has(date));
      if (isWorkingDay(date) !== expected)
        disagreements.push(`${date}: expected ${expected ? 'working' : 'day off'}`);
    }
    expect(days).toBe(4748);
    expect(disagreements).toEqual([]);
  });

  it('lists the same days off and working holidays, year by year', () => {
    for (let year = 2014; year <= 2026; year++) {
      const entries = holidaysInYear(year);
      const ours = new Set(entries.filter((e) => e.isDayOff).map((e) => e.date));
      const theirs = new Set(
        lines.filter((l) => l.status === 'DAY-OFF' && l.date.startsWith(`${year}`)).map((l) => l.date),
      );
      expect([...ours].sort(), `days off in ${year}`).toEqual([...theirs].sort());
      const oursWorking = entries.filter((e) => e.kind === 'holiday' && !e.isDayOff).map((e) => e.date);
      const theirsWorking = lines
        .filter((l) => l.status === 'WORKING' && l.date.startsWith(`${year}`))
        .map((l) => l.date);
      expect(oursWorking.sort(), `holidays that are working days in ${year}`).toEqual(theirsWorking.sort());
    }
  });

  it('names the holidays as the oracle does (apostrophes and Easter word order aside)', () => {
    const normalise = (name: string) =>
      name
        .replace(/[ʼ'’]/g, '’')
        .replace('Великдень (Пасха)', 'Пасха (Великдень)')
        .replace('1939-1945', '1939–1945')
        .replace(/ \(вихідний\)/g, ' (перенесений вихідний)');
    for (const line of lines) {
      if (line.name.startsWith('Вихідний день (перенесено')) continue;
      const year = Number(line.date.slice(0, 4));
      const names = holidaysInYear(year)
        .filter((e) => e.date === line.date && e.kind !== 'transferredDayOff')
        .map((e) => e.name.uk);
      const expected = normalise(line.name).split('; ');
      const actual = names.flatMap((n) => n.split('; '));
      // The oracle writes "A (вихідний); B (вихідний)"; we write "A; B (перенесений вихідний)".
      const flatten = (list: string[]) => list.map((n) => n.replace(' (перенесений вихідний)', '')).sort();
      expect(flatten(actual), line.date).toEqual(flatten(expected));
    }
  });
});
