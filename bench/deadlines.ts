// Benchmarks of @vikno/deadlines (the built package, as users get it), each against the baseline a vendor writes
// today: a date-fns day-by-day loop asking date-holidays whether each day is a Ukrainian public holiday.
// Run with `pnpm bench` (or `pnpm bench deadlines`). Prints throughput (median of several rounds) and the calendar's memory.

import { addWorkingDays, computeDeadline, countWorkingDays, isWorkingDay } from '@vikno/deadlines';
import { addDays, format, isWeekend, parseISO } from 'date-fns';
import Holidays from 'date-holidays';
import { throughput } from './measure.js';

const holidays = new Holidays('UA');

function baselineAddWorkingDays(date: string, amount: number): string {
  let day = parseISO(date);
  let counted = 0;
  while (counted < amount) {
    day = addDays(day, 1);
    if (!isWeekend(day) && !holidays.isHoliday(day)) counted++;
  }
  return format(day, 'yyyy-MM-dd');
}

function baselineCountWorkingDays(from: string, to: string): number {
  let day = parseISO(from);
  const end = parseISO(to);
  let counted = 0;
  while (day < end) {
    day = addDays(day, 1);
    if (!isWeekend(day) && !holidays.isHoliday(day)) counted++;
  }
  return counted;
}

const DATES: string[] = [];
for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000 * 3) {
  DATES.push(new Date(t).toISOString().slice(0, 10));
}
const LATER = DATES.map((date) => addWorkingDays(date, 30));

const n = DATES.length;
const results: { name: string; ours: number; baseline?: number; target: string }[] = [];

const addOurs = throughput(1_000_000, 7, (i) => addWorkingDays(DATES[i % n] as string, 30));
const addBase = throughput(2_000, 5, (i) => baselineAddWorkingDays(DATES[i % n] as string, 30));
results.push({
  name: 'addWorkingDays(date, 30)',
  ours: addOurs,
  baseline: addBase,
  target: '≥ 2,000,000/s and ≥ 100× baseline',
});

const countOurs = throughput(1_000_000, 7, (i) =>
  countWorkingDays(DATES[i % n] as string, LATER[i % n] as string),
);
const countBase = throughput(2_000, 5, (i) =>
  baselineCountWorkingDays(DATES[i % n] as string, LATER[i % n] as string),
);
results.push({
  name: 'countWorkingDays(from, to) over ~6 weeks',
  ours: countOurs,
  baseline: countBase,
  target: '≥ 100× baseline',
});

const isOurs = throughput(2_000_000, 7, (i) => isWorkingDay(DATES[i % n] as string));
const isBase = throughput(20_000, 5, (i) => {
  const day = parseISO(DATES[i % n] as string);
  return !isWeekend(day) && !holidays.isHoliday(day);
});
results.push({ name: 'isWorkingDay(date)', ours: isOurs, baseline: isBase, target: '-' });

const terms = [
  { amount: 10, unit: 'workingDays' as const },
  { amount: 30, unit: 'calendarDays' as const },
  { amount: 1, unit: 'months' as const },
];
const deadlineOurs = throughput(200_000, 7, (i) =>
  computeDeadline({
    start: DATES[i % n] as string,
    term: terms[i % 3] as (typeof terms)[number],
    registration: 'nextWorkingDayIfDayOff',
  }),
);
results.push({ name: 'computeDeadline with trace', ours: deadlineOurs, target: '≥ 300,000/s' });

const format0 = (value: number) => Math.round(value).toLocaleString('en-US');
console.log(`Node ${process.versions.node}, one core; median of 7 rounds (baseline: 5).\n`);
console.log(
  '| operation | @vikno/deadlines (calls/s) | baseline date-fns + date-holidays (calls/s) | speed-up | target |',
);
console.log('|---|---:|---:|---:|---|');
for (const { name, ours, baseline, target } of results) {
  console.log(
    `| ${name} | ${format0(ours)} | ${baseline ? format0(baseline) : '-'} | ${baseline ? `${format0(ours / baseline)}×` : '-'} | ${target} |`,
  );
}

// Memory of one calendar's tables over the whole supported range, with every date string cached.
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const scenario = { martialLawLastDay: '2027-12-31' };
  for (let t = Date.UTC(2014, 0, 1); t <= Date.UTC(2035, 11, 1); t += 86_400_000) {
    addWorkingDays(new Date(t).toISOString().slice(0, 10), 1, scenario);
  }
  gc();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `\nOne calendar (2014–2035, 8,036 days) with its entries and date-string cache: ${((after - before) / 1024).toFixed(0)} KiB of heap (target < 1 MB; typed arrays: ${((8036 + 8037 * 4 + 5600 * 4) / 1024).toFixed(0)} KiB).`,
  );
}
