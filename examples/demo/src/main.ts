// The demo of the README's first command: for an application registered today (in Kyiv), the decision deadline
// under a 10-working-day term (e.g. the IDP living allowance) and a 30-calendar-day term (the general ceiling of
// Law 5203-VI Art. 10), each with its explanation. Ukrainian by default; `--en` for English; `--date YYYY-MM-DD`
// to replay another day.

import type { Term } from '@vikno/deadlines';
import { computeDeadline, DeadlinesError, explainDay, explainDeadline, toKyivDate } from '@vikno/deadlines';

const args = process.argv.slice(2);
const language = args.includes('--en') ? 'en' : 'uk';
const dateFlag = args.indexOf('--date');
const registeredOn = dateFlag >= 0 ? (args[dateFlag + 1] ?? '') : toKyivDate(new Date());

const terms: { title: { uk: string; en: string }; term: Term }[] = [
  {
    title: {
      uk: 'Строк 10 робочих днів (як для допомоги на проживання ВПО)',
      en: 'A 10-working-day term (as for the IDP living allowance)',
    },
    term: { amount: 10, unit: 'workingDays' },
  },
  {
    title: {
      uk: 'Строк 30 календарних днів (граничний строк адміністративної послуги)',
      en: 'A 30-calendar-day term (the ceiling for an administrative service)',
    },
    term: { amount: 30, unit: 'calendarDays' },
  },
];

try {
  const today = explainDay(registeredOn);
  console.log(
    language === 'uk'
      ? `Заяву зареєстровано: ${today.summary.uk}`
      : `Application registered: ${today.summary.en}`,
  );
  for (const { title, term } of terms) {
    const deadline = computeDeadline({ start: registeredOn, term, registration: 'nextWorkingDayIfDayOff' });
    console.log(`\n${title[language]}`);
    console.log(
      `${language === 'uk' ? 'Останній день' : 'Last day'}: ${deadline.lastDay}, ${deadline.dueAt}`,
    );
    console.log(explainDeadline(deadline, language));
  }
} catch (error) {
  if (!(error instanceof DeadlinesError)) throw error;
  console.error(language === 'uk' ? error.uk : error.en);
  process.exit(2);
}
