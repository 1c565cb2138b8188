// Runs every benchmark, or those named on the command line: `pnpm bench`, `pnpm bench catalog`.
const suites = [
  'deadlines',
  'catalog',
  'catalog-lazy',
  'checklists',
  'workflows',
  'monitoring',
  'backend',
  'backend-tick',
];
const wanted = process.argv.slice(2).filter((name) => suites.includes(name));
for (const suite of wanted.length > 0 ? wanted : suites) {
  console.log(`\n## ${suite}\n`);
  await import(`./${suite}.ts`);
}
