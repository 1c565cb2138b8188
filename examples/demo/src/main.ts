// The demo of the README's first command: for an application registered today (in Kyiv), two real services from
// the catalogue as they stand on that day (who decides, the term and its source), and the decision deadline each
// term gives on the legal calendar, explained. Ukrainian by default; `--en` for English; `--date YYYY-MM-DD` to
// replay another day.

import { CatalogError, describeServiceTerm, getService, searchServices } from '@vikno/catalog';
import { buildChecklist, ChecklistError } from '@vikno/checklists';
import { computeDeadline, DeadlinesError, explainDay, explainDeadline, toKyivDate } from '@vikno/deadlines';

const args = process.argv.slice(2);
const language = args.includes('--en') ? 'en' : 'uk';
const dateFlag = args.indexOf('--date');
const registeredOn = dateFlag >= 0 ? (args[dateFlag + 1] ?? '') : toKyivDate(new Date());
const label = (uk: string, en: string) => (language === 'uk' ? uk : en);

try {
  const today = explainDay(registeredOn);
  console.log(`${label('Заяву зареєстровано', 'Application registered')}: ${today.summary[language]}`);
  for (const id of ['idp-living-allowance', 'disability-from-childhood-assistance']) {
    const service = getService(id, { asOf: registeredOn });
    const term = service.term.value;
    const sources = service.term.basis
      .map(
        (source) =>
          `${source.act[language]}${source.verified ? '' : label(' (не звірено)', ' (unverified)')}`,
      )
      .join('; ');
    console.log(`\n${service.name.value[language]}${service.registerId ? ` [${service.registerId}]` : ''}`);
    console.log(`${label('Вирішує', 'Decided by')}: ${service.provider.value.name[language]}`);
    console.log(`${label('Строк', 'Term')}: ${describeServiceTerm(term)[language]} — ${sources}`);
    if (term.kind === 'term') {
      const deadline = computeDeadline({
        start: registeredOn,
        term: term.term,
        registration: 'nextWorkingDayIfDayOff',
      });
      console.log(`${label('Останній день', 'Last day')}: ${deadline.lastDay}, ${deadline.dueAt}`);
      console.log(explainDeadline(deadline, language));
    }
  }
  const checklist = buildChecklist(
    'idp-living-allowance',
    { age: 10, disability: true },
    { asOf: registeredOn },
  );
  console.log(
    `\n${label('Документи для дитини 10 років з інвалідністю (ВПО)', 'Documents for a displaced ten-year-old with a disability')}:`,
  );
  for (const item of checklist.items)
    console.log(`  - ${item.documents.map((document) => document.name[language]).join(' / ')}`);
  for (const item of checklist.notDemanded) {
    console.log(`  × ${item.documents[0]?.name[language]}: ${item.why[language]}`);
  }
  const query = label('субсидія на ЖКП', 'housing subsidy');
  const hits = searchServices(query, { asOf: registeredOn, limit: 3 });
  console.log(`\n${label('Пошук', 'Search')} «${query}»:`);
  for (const hit of hits) console.log(`  - ${hit.service.name.value[language]} (${hit.service.id})`);
} catch (error) {
  if (error instanceof DeadlinesError || error instanceof CatalogError || error instanceof ChecklistError) {
    console.error(error[language]);
    process.exit(2);
  }
  throw error;
}
