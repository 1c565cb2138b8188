// Measures where this calendar and date-holidays (the npm package most vendors use for Ukraine) disagree on
// days off, 2014–2030, and prints a Markdown table for the package README.

import { explainDay, isWorkingDay } from '@vikno/deadlines';
import Holidays from 'date-holidays';

const ua = new Holidays('UA');

function dateHolidaysDayOff(date: string): string | undefined {
  const found = ua.isHoliday(new Date(`${date}T12:00:00`));
  if (!found) return undefined;
  const publicOnes = found.filter((holiday) => holiday.type === 'public');
  return publicOnes.length > 0 ? publicOnes.map((holiday) => holiday.name).join('; ') : undefined;
}

const rows: string[] = [];
const counts = new Map<number, number>();
for (let t = Date.UTC(2014, 0, 1); t <= Date.UTC(2030, 11, 31); t += 86_400_000) {
  const date = new Date(t).toISOString().slice(0, 10);
  const weekday = new Date(t).getUTCDay();
  const theirs = dateHolidaysDayOff(date);
  const theirWorking = weekday !== 0 && weekday !== 6 && theirs === undefined;
  const ours = isWorkingDay(date);
  if (ours === theirWorking) continue;
  const year = Number(date.slice(0, 4));
  counts.set(year, (counts.get(year) ?? 0) + 1);
  const why = explainDay(date)
    .reasons.map((reason) => reason.text.en)
    .join(' ');
  rows.push(
    `| ${date} | ${ours ? 'working' : 'day off'} | ${theirWorking ? 'working' : `day off${theirs ? ` (${theirs})` : ''}`} | ${why} |`,
  );
}

console.log(`Days on which the two disagree, 2014–2030: ${rows.length}.\n`);
console.log(`| year | ${[...counts.keys()].join(' | ')} |`);
console.log(`|---|${[...counts.keys()].map(() => '---').join('|')}|`);
console.log(`| days | ${[...counts.values()].join(' | ')} |\n`);
console.log('| date | @vikno/deadlines | date-holidays 3.37 | why (@vikno/deadlines) |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(row);
