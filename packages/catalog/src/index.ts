/**
 * The catalogue of Ukrainian administrative services, above all the social-character ones (АПСХ).
 *
 * - Every value that can change with the law (provider, legal basis, fee, term, channels, delivery models) is a
 *   dated series with its sources and a `verified` flag; `asOf` reads the catalogue as it stood on a day.
 * - `getService`, `findServices` and `searchServices` (Ukrainian-aware: case, apostrophes, abbreviations, word
 *   forms) over the built-in catalogue; `extendCatalog` adds a CNAP's local services and details.
 * - `informationCard` builds the card of Law 5203-VI Art. 8 for one CNAP, rendered to Markdown or HTML.
 * - `toCpsvAp` exports CPSV-AP 3.2 JSON-LD; `catalogJsonSchemas` gives JSON Schemas of the inputs.
 *
 * Bad input throws a {@link CatalogError} with a code, a path and messages in Ukrainian and English.
 *
 * @example
 * ```ts
 * import { getService, searchServices } from '@vikno/catalog';
 *
 * const allowance = getService('idp-living-allowance', { asOf: '2026-03-02' });
 * console.log(allowance.provider.value.name.uk, allowance.term.value);
 * console.log(searchServices('довідка ВПО').map((hit) => hit.service.id));
 * ```
 *
 * @packageDocumentation
 * @module @vikno/catalog
 */

/** Re-exported from `@vikno/deadlines`, where legal sources are defined: the one web address schema of the data. */
export { WebUrl } from '@vikno/deadlines';
export type {
  AsOfOptions,
  InformationCardOptions,
  SearchHit,
  SearchOptions,
  ServiceFilter,
  ServiceView,
} from './catalog.js';
export { Catalog, validateServices } from './catalog.js';
export type { CpsvApOptions, JsonLdDocument, JsonLdNode } from './cpsv-ap.js';
export { toCpsvAp, VIKNO_NAMESPACE } from './cpsv-ap.js';
export type { CoverageGap } from './dated.js';
export { coverageGaps, valueAt } from './dated.js';
export { defaultCatalog, findServices, getService, informationCard, searchServices } from './default.js';
export type { CatalogErrorCode, CatalogErrorDetails, CatalogIssue, IssuesErrorDetails } from './errors.js';
export { CatalogError, describeValue, IssuesError, issuesFrom } from './errors.js';
export type { ExtensionResult } from './extend.js';
export { CatalogExtension, extendCatalog, ServiceOverride, validateCatalogExtension } from './extend.js';
export type { CardAct, CardRow, InformationCard, InformationCardHtmlOptions } from './information-card.js';
export {
  describeFee,
  describeServiceTerm,
  describeWindow,
  INFORMATION_CARD_LABELS,
  renderInformationCardHtml,
  renderInformationCardMarkdown,
} from './information-card.js';
export type { CatalogJsonSchemas } from './json-schema.js';
export { catalogJsonSchemas } from './json-schema.js';
export {
  CHANNEL_LABELS,
  DELIVERY_MODEL_LABELS,
  LIFE_SITUATION_LABELS,
  PROVIDER_KIND_LABELS,
} from './labels.js';
export type { Dated, ServiceInput } from './schema.js';
export {
  ApplicationWindow,
  Channel,
  Cnap,
  Delivery,
  DeliveryModel,
  dated,
  Fee,
  LifeSituation,
  Provider,
  ProviderKind,
  RegisterEntry,
  RegisterId,
  Service,
  ServiceId,
  ServiceTerm,
  SourceInput,
  WindowEvent,
} from './schema.js';
export type { DatedField, EvidenceCounts, UnverifiedValue, VerificationReport } from './verification.js';
export { verificationReport } from './verification.js';
