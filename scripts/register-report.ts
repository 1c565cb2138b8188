// How the catalogue stands against the Register of administrative services (Реєстр адміністративних послуг, КМУ 57
// of 2013): the services whose name or provider differs from what the Register's page read says, each with the day
// it was read, the services with a Register id but no Register entry, and those without an id. Run with
// `pnpm report:register`; `registerAlignment` and `formatRegisterReport` are the pure part, tested in
// `scripts/verification/register-report.test.ts`.
//
// The Register's name and provider are those of `service.register` (see `RegisterEntry` of @vikno/catalog), read on
// a page quoting the service's id; the catalogue's are compared as they stood on the day that page was read (the
// latest `checkedOn` of the entry's sources). Names are compared after folding case, spaces, apostrophes, quote
// styles and Roman numerals in Cyrillic letters;
// providers by their kind (`uszn`, `pfu`, `localCouncil`, …).

import { pathToFileURL } from 'node:url';
import { type Dated, defaultCatalog, type ProviderKind, type Service, valueAt } from '@vikno/catalog';

/** Evidence levels, strongest first. */
const LEVELS = ['text', 'officialCard', 'secondary', 'none'] as const;
type Level = (typeof LEVELS)[number];

/** One service with a Register id and a Register entry, against the catalogue. */
export interface RegisterRow {
  readonly service: string;
  readonly registerId: string;
  /** The day the Register's page was read: the latest `checkedOn` of the entry's sources. */
  readonly readOn: string | undefined;
  /** The strongest evidence among the pages read. */
  readonly evidence: Level;
  readonly registerName: string;
  /** The catalogue's Ukrainian name on the day read. */
  readonly catalogueName: string | undefined;
  readonly nameDiffers: boolean;
  /** Whether the page read showed the provider. */
  readonly providerRead: boolean;
  readonly registerProvider: { readonly text: string; readonly kind: ProviderKind } | undefined;
  /** The kind of the catalogue's provider on the day read. */
  readonly catalogueProvider: ProviderKind | undefined;
  readonly catalogueProviderName: string | undefined;
  readonly providerDiffers: boolean;
}

/** The catalogue against the Register. */
export interface RegisterAlignment {
  readonly rows: readonly RegisterRow[];
  /** Services with a Register id but no Register entry recorded. */
  readonly withoutEntry: readonly string[];
  /** Services without a Register id. */
  readonly withoutId: readonly string[];
  readonly counts: {
    readonly services: number;
    readonly withId: number;
    readonly withEntry: number;
    readonly withoutEntry: number;
    readonly withoutId: number;
    readonly nameDiffers: number;
    readonly providerRead: number;
    readonly providerDiffers: number;
  };
}

/**
 * A name folded for comparison: case, runs of spaces, spaces around a slash, apostrophe variants, quote styles
 * («», "", “”, „“), and Roman numerals of I written with the Cyrillic look-alike І (І, ІІ, ІІІ).
 */
function fold(name: string): string {
  return name
    .toLocaleLowerCase('uk')
    .replace(/[’'ʼ`]/g, '’')
    .replace(/[«»"“”„]/g, '"')
    .replace(/(?<![\p{L}])[іi]{1,3}(?![\p{L}])/gu, (numeral) => numeral.replaceAll('і', 'i'))
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The value of a series on a day, or the nearest one when the day is outside every period. */
function onDay<T>(series: readonly Dated<T>[], day: string | undefined): T | undefined {
  if (series.length === 0) return undefined;
  const found = day === undefined ? undefined : valueAt(series, day);
  if (found !== undefined) return found.value;
  const first = series[0];
  const before = day !== undefined && first?.from !== undefined && day < first.from;
  return (before ? first : series[series.length - 1])?.value;
}

function strongest(levels: readonly (Level | undefined)[]): Level {
  return LEVELS.find((level) => levels.includes(level)) ?? 'none';
}

/**
 * The catalogue's services against the Register entries they record.
 *
 * @param services - the catalogue's services (`catalog.services`).
 * @returns a row per service with a Register entry, the services with an id and no entry, those without an id, and
 * counts.
 */
export function registerAlignment(services: readonly Service[]): RegisterAlignment {
  const rows: RegisterRow[] = [];
  const withoutEntry: string[] = [];
  const withoutId: string[] = [];
  for (const service of services) {
    if (service.registerId === undefined) {
      withoutId.push(service.id);
      continue;
    }
    const entry = service.register;
    if (entry === undefined) {
      withoutEntry.push(service.id);
      continue;
    }
    const days = entry.basis.flatMap((source) => (source.checkedOn === undefined ? [] : [source.checkedOn]));
    const readOn = days.sort().at(-1);
    const catalogueName = onDay(service.names, readOn)?.uk;
    const provider = onDay(service.provider, readOn);
    rows.push({
      service: service.id,
      registerId: service.registerId,
      readOn,
      evidence: strongest(entry.basis.map((source) => source.evidence)),
      registerName: entry.name,
      catalogueName,
      nameDiffers: catalogueName === undefined || fold(catalogueName) !== fold(entry.name),
      providerRead: entry.provider !== undefined,
      registerProvider: entry.provider,
      catalogueProvider: provider?.kind,
      catalogueProviderName: provider?.name.uk,
      providerDiffers: entry.provider !== undefined && entry.provider.kind !== provider?.kind,
    });
  }
  return {
    rows,
    withoutEntry,
    withoutId,
    counts: {
      services: services.length,
      withId: rows.length + withoutEntry.length,
      withEntry: rows.length,
      withoutEntry: withoutEntry.length,
      withoutId: withoutId.length,
      nameDiffers: rows.filter((row) => row.nameDiffers).length,
      providerRead: rows.filter((row) => row.providerRead).length,
      providerDiffers: rows.filter((row) => row.providerDiffers).length,
    },
  };
}

function heading(row: RegisterRow): string {
  return `${row.service} (${row.registerId}), read ${row.readOn ?? 'on no recorded day'} (${row.evidence})`;
}

/**
 * The alignment as Markdown: the counts, the names and providers that differ, the services with an id and no entry,
 * and those without an id.
 *
 * @param report - what {@link registerAlignment} found.
 * @returns the report's text.
 */
export function formatRegisterReport(report: RegisterAlignment): string {
  const { counts } = report;
  const lines = [
    '# The catalogue and the Register of administrative services',
    '',
    `${counts.services} services: ${counts.withId} with a Register id (${counts.withEntry} with the Register’s ` +
      `name recorded, ${counts.withoutEntry} without), ${counts.withoutId} without an id. Names that differ: ` +
      `${counts.nameDiffers}. Providers read: ${counts.providerRead}, of which differ: ${counts.providerDiffers}.`,
  ];
  const names = report.rows.filter((row) => row.nameDiffers);
  lines.push('', `## Names that differ from the Register page read (${names.length})`, '');
  for (const row of names) {
    lines.push(
      `- ${heading(row)}: Register «${row.registerName}»; catalogue «${row.catalogueName ?? '(none)'}»`,
    );
  }
  const providers = report.rows.filter((row) => row.providerDiffers);
  lines.push('', `## Providers that differ from the Register page read (${providers.length})`, '');
  for (const row of providers) {
    lines.push(
      `- ${heading(row)}: Register ${row.registerProvider?.kind} «${row.registerProvider?.text}»; ` +
        `catalogue ${row.catalogueProvider ?? '(none)'} «${row.catalogueProviderName ?? ''}»`,
    );
  }
  const unread = report.rows.filter((row) => !row.providerRead);
  lines.push('', `## Provider not shown on the page read (${unread.length})`, '');
  for (const row of unread) lines.push(`- ${heading(row)}`);
  if (report.withoutEntry.length > 0) {
    lines.push('', `## With a Register id but no Register entry (${report.withoutEntry.length})`, '');
    for (const id of report.withoutEntry) lines.push(`- ${id}`);
  }
  lines.push('', `## Without a Register id (${report.withoutId.length})`, '');
  for (const id of report.withoutId) lines.push(`- ${id}`);
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(formatRegisterReport(registerAlignment(defaultCatalog().services)));
}
