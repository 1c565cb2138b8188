// Benchmarks of @vikno/catalog (the built package), each against the baseline a vendor would write without it:
// - loading: our full validation (schema + dated-coverage checks) against the zod schema alone;
// - search: our ranked Ukrainian-aware search against a lowercase substring filter over the current names,
//   in time per query and in how many everyday queries put the right service first;
// - asOf look-ups: `get(id, { asOf })` against a linear scan of the records picking each dated value.

import { Catalog, defaultCatalog, Service, type ServiceView, valueAt } from '@vikno/catalog';
import { z } from 'zod';
import { SEARCH_QUERIES } from '../packages/catalog/test/search-queries.js';
import { median, throughput, timeOnce } from './measure.js';

const json = JSON.stringify(defaultCatalog().services);

const format = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

// Loading and validating the whole catalogue from JSON.
const servicesCount = defaultCatalog().services.length;
const loadOurs = timeOnce(15, () => Catalog.fromUnknown(JSON.parse(json)));
const loadBase = timeOnce(15, () => z.array(Service).parse(JSON.parse(json)));
const parseOnly = timeOnce(15, () => JSON.parse(json));

// Search: everyday queries and the service a CNAP administrator expects first, as people type them (the set the
// search-quality test checks: everyday words, typos, Russian, Latin, and queries held out of the tuning).
const QUERIES: [string, string][] = SEARCH_QUERIES.map((entry) => [entry.query, entry.expected]);
const asOf = '2026-11-22';
const catalog = defaultCatalog();
const currentNames = catalog
  .find({ asOf })
  .map((view) => ({ id: view.id, name: view.name.value.uk.toLowerCase() }));
const baselineSearch = (query: string) =>
  currentNames.filter((entry) => entry.name.includes(query.toLowerCase())).map((entry) => entry.id);
catalog.search('прогрів', { asOf });

const searchTimes: number[] = [];
const baselineTimes: number[] = [];
let oursFirst = 0;
let baselineFirst = 0;
const firstByKind: Record<string, number> = {};
for (let round = 0; round < 50; round++) {
  for (const [query, expected] of QUERIES) {
    let started = process.hrtime.bigint();
    const hits = catalog.search(query, { asOf });
    searchTimes.push(Number(process.hrtime.bigint() - started) / 1e3);
    started = process.hrtime.bigint();
    const found = baselineSearch(query);
    baselineTimes.push(Number(process.hrtime.bigint() - started) / 1e3);
    if (round === 0) {
      const kind = SEARCH_QUERIES.find((entry) => entry.query === query)?.kind ?? 'everyday';
      firstByKind[kind] = (firstByKind[kind] ?? 0) + (hits[0]?.service.id === expected ? 1 : 0);
      if (hits[0]?.service.id === expected) oursFirst++;
      else
        console.log(
          `  search miss: «${query}» → ${hits[0]?.service.id ?? '(nothing)'}, expected ${expected}`,
        );
      if (found[0] === expected) baselineFirst++;
    }
  }
}

// asOf look-ups over every service and a spread of days.
const ids = catalog.services.map((service) => service.id);
const DAYS = ['2019-06-01', '2022-04-01', '2024-05-01', '2025-06-30', '2025-07-01', '2026-11-22'];
const pairs = ids.flatMap((id) =>
  DAYS.filter((day) => catalog.find({ asOf: day }).some((view) => view.id === id)).map(
    (day) => [id, day] as const,
  ),
);
const lookupOurs = throughput(200_000, 7, (i) => {
  const [id, day] = pairs[i % pairs.length] as readonly [string, string];
  return catalog.get(id, { asOf: day });
});
const records = JSON.parse(json) as Service[];
const lookupBase = throughput(200_000, 7, (i) => {
  const [id, day] = pairs[i % pairs.length] as readonly [string, string];
  const record = records.find((service) => service.id === id);
  return (
    record && valueAt(record.provider, day) && valueAt(record.term, day) && valueAt(record.channels, day)
  );
});
const findOurs = throughput(20_000, 7, (i) =>
  catalog.find({ asOf: DAYS[i % DAYS.length] as string, model: 'I' }),
);

console.log(
  `Node ${process.versions.node}, one core; ${servicesCount} services, ${format(json.length / 1024)} KiB of JSON.\n`,
);
console.log('| operation | @vikno/catalog | baseline | note |');
console.log('|---|---:|---:|---|');
console.log(
  `| load + validate the whole catalogue from JSON (median ms) | ${format(loadOurs, 2)} | ${format(loadBase, 2)} (zod schema only) | JSON.parse alone ${format(parseOnly, 2)} ms |`,
);
console.log(
  `| searchServices, median µs per query (${QUERIES.length} queries × 50) | ${format(median(searchTimes), 1)} | ${format(median(baselineTimes), 1)} (substring over names) | p95 ${format(
    [...searchTimes].sort((a, b) => a - b)[Math.floor(searchTimes.length * 0.95)] as number,
    1,
  )} µs |`,
);
console.log(
  `| search: right service first, of ${QUERIES.length} queries | ${oursFirst} | ${baselineFirst} | ${Object.entries(
    firstByKind,
  )
    .map(
      ([kind, count]) => `${kind} ${count}/${SEARCH_QUERIES.filter((entry) => entry.kind === kind).length}`,
    )
    .join(', ')} |`,
);
console.log(
  `| get(id, { asOf }) calls/s | ${format(lookupOurs)} | ${format(lookupBase)} (linear scan, 3 fields) | view with every field resolved |`,
);
console.log(`| find({ asOf, model: 'I' }) calls/s | ${format(findOurs)} | - | whole catalogue filtered |`);
const sample: ServiceView | undefined = catalog.find({ asOf })[0];
if (sample === undefined) throw new Error('empty catalogue');
