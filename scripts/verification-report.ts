// What every value of the SDK's data rests on: counts by evidence level overall, per package and per service, the
// acts of the register no citation supports with their text, each provision of the administrative procedure (Law
// 2073-IX, КАС) with its strongest evidence, and the acts nothing cites. Run with
// `pnpm report:verification`; its totals go in the package READMEs.
//
// A value is one dated value of the catalogue, one line of a checklist rule (and a document kind or register with
// its basis), one holiday date or name, transfer or regime of the calendar, one rule of term computation, one
// stage of a workflow: whatever carries a `basis`. Its level is that of its strongest source.

import { defaultCatalog } from '@vikno/catalog';
import { defaultRuleBookData } from '@vikno/checklists';
import {
  ADMINISTRATIVE_PROCEDURE,
  HOLIDAY_RULES,
  MARTIAL_LAW,
  WEEKEND_SHIFT,
  WORKING_DAY_TRANSFERS,
} from '@vikno/deadlines';
import { defaultActRegister, toKyivDate } from '@vikno/law';
import { CNAP_INDICATORS, CNAP_MONITORING_BASIS } from '@vikno/monitoring';
import * as workflows from '@vikno/workflows';
// The rules of term computation (Civil Code Art. 253–255, Law 5203-VI Art. 10, Instruction 345 para 2.5) are cited
// by the computed steps, not by exported data: they are read from the module that holds them.
import * as procedureSources from '../packages/deadlines/src/data/procedure.js';
import * as termSources from '../packages/deadlines/src/data/sources.js';
// The rules of the administrative complaint and of the decision document, read from their modules: counted whether
// or not the package's index exports them yet (a value reached both ways counts once).
import { COMPLAINT_RULES } from '../packages/workflows/src/complaint.js';
import { DECISION_RULES } from '../packages/workflows/src/decision.js';
import {
  ActIndex,
  actReport,
  countBy,
  countByLevel,
  findValues,
  isObject,
  isSource,
  LEVELS,
  type Level,
  type LevelCounts,
  provisionReport,
  uniqueValues,
  type Value,
} from './verification/values.js';

const acts = defaultActRegister().acts();
const index = new ActIndex(acts);
const catalog = defaultCatalog();
const today = toKyivDate(new Date());

/** Sources exported on their own that no value found so far cites: each is a value, a rule the code applies. */
function bareSources(pkg: string, exports: Record<string, unknown>, found: readonly Value[]): Value[] {
  const cited = new Set(found.flatMap((value) => value.basis.map((ref) => ref.label)));
  return Object.entries(exports)
    .filter(([, value]) => isSource(value))
    .map(([name, value]) => findValues({ basis: [value] }, { pkg, path: name }, index)[0])
    .filter((value): value is Value => value !== undefined && !cited.has(value.basis[0]?.label ?? ''));
}

function deadlinesValues(): Value[] {
  const seen = new Set<unknown>();
  const data = { HOLIDAY_RULES, WORKING_DAY_TRANSFERS, MARTIAL_LAW, WEEKEND_SHIFT, ADMINISTRATIVE_PROCEDURE };
  const found = Object.entries(data).flatMap(([name, value]) =>
    findValues(value, { pkg: 'deadlines', path: name }, index, { seen }),
  );
  return [
    ...found,
    ...bareSources('deadlines', termSources, found),
    ...bareSources('deadlines', procedureSources, found),
  ];
}

function catalogValues(): Value[] {
  return catalog.services.flatMap((service) =>
    findValues(service, { pkg: 'catalog', service: service.id, path: service.id }, index, {
      seen: new Set(),
    }),
  );
}

function checklistValues(): Value[] {
  const data = defaultRuleBookData();
  const seen = new Map<string, Set<unknown>>();
  const rules = data.rules.flatMap((rule, at) => {
    const service = isObject(rule) && typeof rule.serviceId === 'string' ? rule.serviceId : '(no service)';
    const walked = seen.get(service) ?? new Set<unknown>();
    seen.set(service, walked);
    return findValues(rule, { pkg: 'checklists', service, path: `rules.${at}` }, index, { seen: walked });
  });
  const shared = { documents: data.documents, registers: data.registers };
  return [...rules, ...findValues(shared, { pkg: 'checklists', service: '(shared)', path: 'data' }, index)];
}

function workflowValues(catalogued: ReadonlySet<unknown>): Value[] {
  const seen = new Set<unknown>();
  const exported = Object.entries({ ...workflows, COMPLAINT_RULES, DECISION_RULES }).flatMap(
    ([name, value]) => findValues(value, { pkg: 'workflows', path: name }, index, { seen }),
  );
  // A technological card's stages are the same for every service under a model, but for the decision term, which is
  // the catalogue's own value: that one is counted in the catalogue.
  const cards = catalog.services.flatMap((service) =>
    catalog
      .get(service.id, { asOf: today })
      .delivery.value.models.flatMap((model) =>
        findValues(
          workflows.technologicalCard(service.id, model, { asOf: today }),
          { pkg: 'workflows', path: `technologicalCard(${model})` },
          index,
          { counted: catalogued },
        ),
      ),
  );
  const found = [...exported, ...cards];
  return [...found, ...bareSources('workflows', workflows, found)];
}

/** The state's CNAP indicators of @vikno/monitoring, each resting on what was read of the acts. */
function monitoringValues(): Value[] {
  const found = findValues({ CNAP_INDICATORS }, { pkg: 'monitoring', path: 'CNAP_INDICATORS' }, index);
  return [...found, ...bareSources('monitoring', { ...CNAP_MONITORING_BASIS }, found)];
}

/** Every `basis` list under `value`. */
function basisLists(value: unknown, into = new Set<unknown>()): Set<unknown> {
  if (typeof value !== 'object' || value === null || into.has(value) || isSource(value)) return into;
  if ('basis' in value && Array.isArray(value.basis)) into.add(value.basis);
  for (const child of Object.values(value)) basisLists(child, into);
  return into;
}

const all = uniqueValues([
  ...deadlinesValues(),
  ...catalogValues(),
  ...checklistValues(),
  ...workflowValues(basisLists(catalog.services)),
  ...monitoringValues(),
]);

const shown = LEVELS.filter((level) => all.some((value) => value.level === level));

function row(name: string, counts: LevelCounts): string {
  const total = shown.reduce((sum, level) => sum + counts[level], 0);
  return `| ${name} | ${total} | ${shown.map((level) => counts[level]).join(' | ')} |`;
}

function table(title: string, first: string, rows: ReadonlyMap<string, LevelCounts>): void {
  console.log(`\n## ${title}\n`);
  console.log(`| ${first} | values | ${shown.join(' | ')} |`);
  console.log(`|---|---:|${shown.map(() => '---:').join('|')}|`);
  for (const [name, counts] of rows) console.log(row(name, counts));
}

function share(count: number): string {
  return `${Math.round((count / all.length) * 1000) / 10}%`;
}

const totals = countByLevel(all);
console.log('# Evidence of every value\n');
console.log(
  `${all.length} values; ` +
    shown.map((level: Level) => `${level}: ${totals[level]} (${share(totals[level])})`).join(', ') +
    '.',
);
table(
  'By package',
  'package',
  countBy(all, (value) => value.pkg),
);
table(
  'Catalogue, by service',
  'service',
  countBy(
    all.filter((value) => value.pkg === 'catalog'),
    (value) => value.service ?? '',
  ),
);
table(
  'Checklists, by service',
  'service',
  countBy(
    all.filter((value) => value.pkg === 'checklists'),
    (value) => value.service ?? '',
  ),
);

const report = actReport(all, acts);
const cited = acts.length - report.unused.length;
console.log(
  `\n## Acts no citation supports with their text (${report.withoutText.length} of ${cited} cited)\n`,
);
console.log('| act | number | citations | strongest |');
console.log('|---|---|---:|---|');
for (const use of report.withoutText) {
  const act = defaultActRegister().get(use.act);
  console.log(`| ${use.act} | ${act?.number ?? ''} | ${use.citations} | ${use.level} |`);
}
// The provisions of the administrative procedure (issue 13): how many are read in the text.
const PROCEDURE_ACT_IDS = ['law-2073-ix', 'code-of-administrative-justice'];
const provisions = provisionReport(all, PROCEDURE_ACT_IDS);
const provisionLevels = countByLevel(provisions);
console.log(
  `\n## Provisions of Law 2073-IX and the Code of Administrative Justice (${provisions.length}: ` +
    LEVELS.filter((level) => provisionLevels[level] > 0)
      .map((level) => `${level} ${provisionLevels[level]}`)
      .join(', ') +
    ')\n',
);
console.log('| provision | citations | strongest |');
console.log('|---|---:|---|');
for (const use of provisions) console.log(`| ${use.label} | ${use.citations} | ${use.level} |`);
// Every value of the catalogue and the checklists still below the text or an official card (the issue-14 standard),
// each with what it rests on now: reading one of those acts' text, or finding a state body's card, would settle it.
const below = all.filter(
  (value) =>
    (value.pkg === 'catalog' || value.pkg === 'checklists') &&
    value.level !== 'text' &&
    value.level !== 'officialCard',
);
console.log(
  `\n## Catalogue and checklist values below the text or an official card (${below.length}), with what they rest on\n`,
);
console.log(
  "Each settles once a source it cites is read in its text, or a state body's card says the same.\n",
);
for (const value of below) {
  const sources = [...new Set(value.basis.map((source) => source.label))].join('; ');
  console.log(
    `- ${value.pkg} · ${value.service ?? '-'} · \`${value.path}\` · ${value.level}: ${sources || '(no source)'}`,
  );
}
console.log(`\n## Acts of the register no value cites (${report.unused.length})\n`);
console.log(report.unused.join(', ') || '-');
if (report.outside.size > 0) {
  console.log(`\n## Old sources that match no act of the register (${report.outside.size})\n`);
  for (const [label, count] of report.outside) console.log(`- ${label}: ${count}`);
}
