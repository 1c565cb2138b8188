import type { Evidence, LegalSource } from '@vikno/law';
import { Catalog } from './catalog.js';
import { CatalogError, describeValue } from './errors.js';
import type { Dated, Service } from './schema.js';

/** A dated field of a service. */
export type DatedField =
  | 'names'
  | 'available'
  | 'provider'
  | 'legalBasis'
  | 'fee'
  | 'term'
  | 'applicationWindow'
  | 'result'
  | 'resultDelivery'
  | 'refusalGrounds'
  | 'appeal'
  | 'channels'
  | 'delivery'
  | 'applicationForm'
  | 'typicalCard';

/** The dated fields of a service, in the order the information card prints them. */
const DATED_FIELDS: readonly (DatedField & keyof Service)[] = [
  'names',
  'available',
  'provider',
  'legalBasis',
  'fee',
  'term',
  'applicationWindow',
  'result',
  'resultDelivery',
  'refusalGrounds',
  'appeal',
  'channels',
  'delivery',
  'applicationForm',
  'typicalCard',
];

/** One dated value none of whose sources is verified. */
export interface UnverifiedValue {
  /** The service. */
  readonly serviceId: string;
  /** The field. */
  readonly field: DatedField;
  /** The first day of the value, if any. */
  readonly from: string | undefined;
  /** The last day of the value, if any. */
  readonly to: string | undefined;
  /** The ids of its sources, none verified. */
  readonly sourceIds: readonly string[];
}

/**
 * Values counted by the evidence of their strongest source: `text`, `officialCard`, `secondary`, `none`, and
 * `unknown` for a value whose sources are all written by hand with only `verified` (the old shape).
 */
export type EvidenceCounts = Readonly<Record<Evidence | 'unknown', number>>;

/** How much of a catalogue rests on verified sources. */
export interface VerificationReport {
  /** Every dated value of every service. */
  readonly values: number;
  /** The values by the evidence of their strongest source. */
  readonly byEvidence: EvidenceCounts;
  /** Values with at least one verified source. */
  readonly verified: number;
  /** The values without one, each with where it is. */
  readonly unverified: readonly UnverifiedValue[];
}

/**
 * Which values of a catalogue rest only on unverified sources (`verified: false`): what a reviewer checks against
 * the official texts before relying on it; and every value counted by the evidence of its strongest source
 * (`byEvidence`).
 *
 * @throws {@link CatalogError} `INVALID_OPTION` when `catalog` is not a {@link Catalog}.
 * @example
 * ```ts
 * import { defaultCatalog, verificationReport } from '@vikno/catalog';
 *
 * const report = verificationReport(defaultCatalog());
 * console.log(`${report.verified} of ${report.values} values rest on a verified source`);
 * console.log(report.byEvidence);
 * //=> { text: 45, officialCard: 90, secondary: 183, none: 29, unknown: 0 }
 * for (const value of report.unverified) console.log(value.serviceId, value.field, value.sourceIds);
 * ```
 */
export function verificationReport(catalog: Catalog): VerificationReport {
  if (!(catalog instanceof Catalog)) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'catalog',
      en: `Expected a Catalog, got ${describeValue(catalog)}`,
      uk: `Очікується каталог (\`Catalog\`), отримано ${describeValue(catalog, 'uk')}`,
    });
  }
  let values = 0;
  let verified = 0;
  const byEvidence = { text: 0, officialCard: 0, secondary: 0, none: 0, unknown: 0 };
  const unverified: UnverifiedValue[] = [];
  for (const service of catalog.services) {
    for (const field of DATED_FIELDS) {
      const series: readonly Dated<unknown>[] | undefined = service[field];
      for (const entry of series ?? []) {
        values++;
        byEvidence[strongest(entry.basis)]++;
        if (entry.basis.some((source) => source.verified)) {
          verified++;
        } else {
          unverified.push({
            serviceId: service.id,
            field,
            from: entry.from,
            to: entry.to,
            sourceIds: entry.basis.map((source) => source.id),
          });
        }
      }
    }
  }
  return { values, byEvidence, verified, unverified };
}

const STRENGTH: readonly Evidence[] = ['text', 'officialCard', 'secondary', 'none'];

/** The strongest evidence among sources, or `unknown` when none says. */
function strongest(basis: readonly LegalSource[]): Evidence | 'unknown' {
  let best: Evidence | 'unknown' = 'unknown';
  for (const source of basis) {
    const evidence = source.evidence;
    if (
      evidence !== undefined &&
      (best === 'unknown' || STRENGTH.indexOf(evidence) < STRENGTH.indexOf(best))
    ) {
      best = evidence;
    }
  }
  return best;
}
