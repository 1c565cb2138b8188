// Benchmarks of @vikno/checklists (the built package). The baseline in the same run is the same call with the rule
// data validated again each time, as an embedding does when it reads rules from JSON per request instead of keeping
// one validated rule book.

import {
  buildChecklist,
  checkPackage,
  defaultRuleBook,
  defaultRuleBookData,
  questionsFor,
  RuleBook,
  type SubmittedDocument,
} from '@vikno/checklists';
import { median, throughput } from './measure.js';

const asOf = '2026-11-22';
const situations = [
  ['birth-assistance', { guardian: false, childBornAbroad: false, applicationForm: 'paper', idp: false }],
  ['housing-subsidy', { incomeOutsideRegisters: false, rentsHousing: true, idp: true }],
  ['idp-living-allowance', { age: 10, disability: true }],
  ['disability-from-childhood-assistance', { age: 12, applicant: 'legalRepresentative', guardian: false }],
  ['low-income-family-assistance', {}],
] as const;
const n = situations.length;
const checklists = situations.map(([service, facts]) => buildChecklist(service, facts, { asOf }));
const packages: SubmittedDocument[][] = checklists.map((checklist) => [
  ...checklist.items.map((item) => ({ document: item.documents[0]?.id ?? 'x', form: 'original' as const })),
  { document: 'unknown-paper', form: 'copy' },
]);
defaultRuleBook();

const buildOurs = throughput(50_000, 7, (i) => {
  const [service, facts] = situations[i % n] as (typeof situations)[number];
  return buildChecklist(service, facts, { asOf });
});
const buildBase = throughput(200, 5, (i) => {
  const [service, facts] = situations[i % n] as (typeof situations)[number];
  return new RuleBook(defaultRuleBookData()).checklist(service, facts, { asOf });
});
const checkOurs = throughput(50_000, 7, (i) =>
  checkPackage(checklists[i % n] as (typeof checklists)[number], packages[i % n] as SubmittedDocument[], {
    on: asOf,
  }),
);
// What an embedding writes by hand: is every line's document there? No validation, forms, validity or extras.
const checkBase = throughput(50_000, 7, (i) => {
  const checklist = checklists[i % n] as (typeof checklists)[number];
  const submitted = packages[i % n] as SubmittedDocument[];
  return checklist.items.every((item) =>
    submitted.some((document) => item.documents.some((wanted) => wanted.id === document.document)),
  );
});
const questionsOurs = throughput(50_000, 7, (i) =>
  questionsFor(situations[i % n]?.[0] as string, {}, { asOf }),
);
const bookOnce = median(
  Array.from({ length: 15 }, () => {
    const started = process.hrtime.bigint();
    new RuleBook(defaultRuleBookData());
    return Number(process.hrtime.bigint() - started) / 1e6;
  }),
);

const format = (value: number) => Math.round(value).toLocaleString('en-US');
console.log(
  `Node ${process.versions.node}, one core; ${defaultRuleBook().serviceIds.length} services with rules.\n`,
);
console.log('| operation | @vikno/checklists (calls/s) | baseline (calls/s) |');
console.log('|---|---:|---:|');
console.log(
  `| buildChecklist(service, facts) | ${format(buildOurs)} | ${format(buildBase)} (rules validated per call) |`,
);
console.log(
  `| checkPackage(checklist, submitted) | ${format(checkOurs)} | ${format(checkBase)} (presence only: no validation, forms, validity, extras) |`,
);
console.log(`| questionsFor(service, {}) | ${format(questionsOurs)} | - |`);
console.log(`\nBuilding the validated rule book once: ${bookOnce.toFixed(2)} ms (median of 15).`);
