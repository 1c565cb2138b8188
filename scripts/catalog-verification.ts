// Which values of the built-in catalogue rest only on unverified sources, per service: the list a reviewer works
// through against the official texts. Run with `pnpm report:verification`.

import { defaultCatalog, verificationReport } from '@vikno/catalog';

const report = verificationReport(defaultCatalog());
const share = Math.round((report.verified / report.values) * 100);
console.log(
  `${report.verified} of ${report.values} dated values (${share}%) rest on at least one verified source.\n`,
);
console.log('| service | values resting only on unverified sources |');
console.log('|---|---|');
for (const service of defaultCatalog().services) {
  const own = report.unverified.filter((value) => value.serviceId === service.id);
  const fields = [...new Set(own.map((value) => value.field))];
  console.log(`| ${service.id} | ${fields.join(', ') || '-'} |`);
}
