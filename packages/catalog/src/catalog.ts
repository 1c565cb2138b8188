import { CivilDate, type LegalSource, LocalizedText, toKyivDate } from '@vikno/deadlines';
import { valueKind } from '@vikno/law';
import { z } from 'zod';
import { entryOn, gapsIn } from './dated.js';
import { CatalogError, type CatalogIssue, issuesFrom } from './errors.js';
import { buildInformationCard, type InformationCard } from './information-card.js';
import { LIFE_SITUATION_LABELS } from './labels.js';
import { catalogIssue, catalogSays } from './messages/index.js';
import {
  type ApplicationWindow,
  Channel,
  Cnap,
  type Dated,
  type Delivery,
  DeliveryModel,
  type Fee,
  LifeSituation,
  MAX_SERVICES,
  type Provider,
  ProviderKind,
  Service,
  ServiceId,
  type ServiceTerm,
} from './schema.js';
import { SearchIndex } from './search.js';

/** Options of a look-up: the day the catalogue is read as of. */
export interface AsOfOptions {
  /** A `YYYY-MM-DD` day; by default today in Kyiv. The catalogue is answered as it stood on that day. */
  readonly asOf?: string;
}

/**
 * A service as it stood on one day: each value is the one in force on `asOf`, still carrying its period and
 * sources, so a reader sees why it holds.
 */
export interface ServiceView {
  /** The stable id. */
  readonly id: string;
  /** The day this view is of. */
  readonly asOf: string;
  /** The Register identifier, if any. */
  readonly registerId: string | undefined;
  /** Local codes of the CNAP catalogue, if any. */
  readonly localCodes: readonly string[];
  /** `true` for a social-character service (АПСХ). */
  readonly social: boolean;
  /** The official name on `asOf`. */
  readonly name: Dated<LocalizedText>;
  /** A short description. */
  readonly description: LocalizedText;
  /** Who decides. */
  readonly provider: Dated<Provider>;
  /** The acts the service rests on. */
  readonly legalBasis: Dated<LegalSource[]>;
  /** The fee. */
  readonly fee: Dated<Fee>;
  /** The term of the decision. */
  readonly term: Dated<ServiceTerm>;
  /** The window to apply in, if any. */
  readonly applicationWindow: Dated<ApplicationWindow> | undefined;
  /** What the applicant receives. */
  readonly result: Dated<LocalizedText[]>;
  /** How the result is received, if the sources say. */
  readonly resultDelivery: Dated<LocalizedText[]> | undefined;
  /** Grounds for refusal, if the sources list them. */
  readonly refusalGrounds: Dated<LocalizedText[]> | undefined;
  /** How to appeal. */
  readonly appeal: Dated<LocalizedText>;
  /** Where to apply. */
  readonly channels: Dated<Channel[]>;
  /** The delivery models through a CNAP. */
  readonly delivery: Dated<Delivery>;
  /** The application form, if an act sets one. */
  readonly applicationForm: Dated<LocalizedText> | undefined;
  /** The typical information card, if one is approved. */
  readonly typicalCard: Dated<LegalSource> | undefined;
  /** The life situations it belongs to. */
  readonly lifeSituations: readonly LifeSituation[];
  /** The whole dated record. */
  readonly record: Service;
}

/**
 * A filter for {@link Catalog.find}: every given field must match.
 */
export interface ServiceFilter extends AsOfOptions {
  /** Services of this life situation. */
  readonly lifeSituation?: LifeSituation;
  /** Services one can apply for through this channel on `asOf`. */
  readonly channel?: Channel;
  /** Services that may go through a CNAP under this delivery model on `asOf`. */
  readonly model?: DeliveryModel;
  /** Services decided by this kind of provider on `asOf`. */
  readonly provider?: ProviderKind;
  /** Social-character services only (`true`), or the others only (`false`). */
  readonly social?: boolean;
}

const ServiceFilterSchema = z
  .object({
    asOf: z.string().optional(),
    lifeSituation: LifeSituation.optional(),
    channel: Channel.optional(),
    model: DeliveryModel.optional(),
    provider: ProviderKind.optional(),
    social: z.boolean().optional(),
  })
  .strict();

/** One search result: the service as of the day, its score, and which query words matched. */
export interface SearchHit {
  /** The service on `asOf`. */
  readonly service: ServiceView;
  /** Higher ranks first. */
  readonly score: number;
  /** The query words that matched. */
  readonly matched: readonly string[];
}

/** Options of {@link Catalog.search}. */
export interface SearchOptions extends AsOfOptions {
  /** At most this many hits; 10 by default. */
  readonly limit?: number;
}

/** Options of {@link Catalog.informationCard}. */
export interface InformationCardOptions extends AsOfOptions {
  /** The exhaustive list of documents to print on the card, e.g. from `@vikno/checklists`. */
  readonly documents?: readonly LocalizedText[];
}

const CardDocuments = z.array(LocalizedText).optional();

const REQUIRED_SERIES = [
  'names',
  'provider',
  'legalBasis',
  'fee',
  'term',
  'result',
  'appeal',
  'channels',
  'delivery',
] as const;

/** Resolves `asOf` to a day, or throws `INVALID_DATE`. */
export function resolveAsOf(asOf: unknown, path = 'options.asOf'): string {
  if (asOf === undefined) return toKyivDate(new Date());
  if (!CivilDate.safeParse(asOf).success) {
    throw new CatalogError({
      code: 'INVALID_DATE',
      path,
      ...catalogSays('EXPECTED_DAY', { value: valueKind(asOf) }),
    });
  }
  return asOf as string;
}

/** The options object of a call: absent is `{}`; anything but a plain object throws `INVALID_OPTION`. */
export function readOptions<T extends object>(options: T | undefined, path = 'options'): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path,
      ...catalogSays('EXPECTED_OPTIONS', { value: valueKind(options) }),
    });
  }
  return options;
}

/** The longest service id: no id is longer, so a longer one is refused before any search for a near id. */
export const MAX_ID_LENGTH = ServiceId.maxLength ?? 80;

/** The longest path prefix of {@link validateServices}, in characters. */
const MAX_PREFIX_LENGTH = 200;

/** The longest search query, in characters: a question about a service, never a document. */
const MAX_QUERY_LENGTH = 1000;

/** A service id given to a look-up: a string no longer than any id, or `INVALID_OPTION`. */
export function readId(id: unknown, path: string): string {
  if (typeof id !== 'string') {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path,
      ...catalogSays('EXPECTED_SERVICE_ID', { value: valueKind(id) }),
    });
  }
  return id;
}

/**
 * The candidates close to `id` by edit distance (within three edits, or a third of the candidate's length), nearest
 * first, ties in id order: the first part of what `UNKNOWN_SERVICE` suggests. `id` is at most {@link MAX_ID_LENGTH}.
 */
export function nearestIds(id: string, candidates: Iterable<string>): string[] {
  return [...candidates]
    .map((candidate) => ({ candidate, distance: editDistance(id, candidate) }))
    .filter(({ candidate, distance }) => distance <= Math.max(3, Math.floor(candidate.length / 3)))
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .map(({ candidate }) => candidate);
}

/** The lists of services the package has just validated, which the constructor need not validate again. */
const VALIDATED = new WeakSet<readonly Service[]>();

/** Marks a list of services the package has just validated (or built of validated ones) for the constructor. */
export function markValidated(services: Service[]): readonly Service[] {
  VALIDATED.add(services);
  return services;
}

/**
 * The problems of a list of services beyond their shape: ids repeated, and required fields without a value on
 * some day the service exists.
 */
export function consistencyIssues(services: readonly Service[], prefix: string): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const seen = new Map<string, number>();
  const seenRegister = new Map<string, number>();
  for (const [index, service] of services.entries()) {
    const first = seen.get(service.id);
    if (first !== undefined) {
      issues.push(catalogIssue(`${prefix}.${index}.id`, 'DUPLICATE_ID', { first: `${prefix}.${first}` }));
    } else {
      seen.set(service.id, index);
    }
    if (service.registerId !== undefined) {
      const firstRegister = seenRegister.get(service.registerId);
      if (firstRegister !== undefined) {
        issues.push(
          catalogIssue(`${prefix}.${index}.registerId`, 'DUPLICATE_REGISTER_ID', {
            first: `${prefix}.${firstRegister}`,
          }),
        );
      } else {
        seenRegister.set(service.registerId, index);
      }
    }
    for (const period of service.available) {
      for (const field of REQUIRED_SERIES) {
        for (const gap of gapsIn(service[field], period)) {
          issues.push(catalogIssue(`${prefix}.${index}.${field}`, 'MISSING_VALUE', gap));
        }
      }
    }
  }
  return issues;
}

/**
 * Validates a list of services: the schema, then the consistency rules. Every problem is collected, with its
 * path.
 *
 * @param input - anything, e.g. parsed JSON.
 * @param prefix - the path prefix of the list in the caller's input.
 * @returns the parsed services, or every issue found.
 * @example
 * ```ts
 * import { getService, validateServices } from '@vikno/catalog';
 *
 * const { record } = getService('housing-subsidy', { asOf: '2026-03-02' });
 * validateServices([record]).success;
 * //=> true
 * const result = validateServices([record, record]);
 * if (!result.success) console.log(result.issues);
 * //=> [{ path: 'services.1.id', en: 'Repeats the id of services.0', uk: 'Повторює ідентифікатор services.0' }]
 * ```
 */
export function validateServices(
  input: unknown,
  prefix = 'services',
): { success: true; services: Service[] } | { success: false; issues: CatalogIssue[] } {
  if (typeof prefix !== 'string' || prefix.length > MAX_PREFIX_LENGTH) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'prefix',
      ...catalogSays('PREFIX_TOO_LONG', { max: MAX_PREFIX_LENGTH, value: valueKind(prefix) }),
    });
  }
  // The length is checked before any service is: a list too long is refused without validating its items.
  const parsed = z.array(Service).max(MAX_SERVICES).safeParse(input);
  if (!parsed.success) return { success: false, issues: issuesFrom(parsed.error, prefix) };
  const issues = consistencyIssues(parsed.data, prefix);
  return issues.length === 0 ? { success: true, services: parsed.data } : { success: false, issues };
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function searchFields(service: Service): { text: string; weight: number }[] {
  return [
    ...service.names.flatMap((entry) => [
      { text: entry.value.uk, weight: 4 },
      { text: entry.value.en, weight: 3 },
    ]),
    ...(service.keywords ?? []).map((keyword) => ({ text: keyword, weight: 3 })),
    { text: service.description.uk, weight: 1 },
    { text: service.description.en, weight: 1 },
    ...service.lifeSituations.flatMap((situation) => [
      { text: LIFE_SITUATION_LABELS[situation].uk, weight: 1.5 },
      { text: LIFE_SITUATION_LABELS[situation].en, weight: 1.5 },
    ]),
  ];
}

/**
 * A validated catalogue of services, read as of any day. The package's built-in catalogue is
 * {@link defaultCatalog}; a vendor builds its own with {@link extendCatalog}.
 *
 * @example
 * ```ts
 * import { defaultCatalog } from '@vikno/catalog';
 *
 * const catalog = defaultCatalog();
 * catalog.get('idp-living-allowance', { asOf: '2025-07-01' }).provider.value.kind;
 * //=> 'pfu'
 * ```
 */
export class Catalog {
  /** Every service, with its whole dated record. */
  readonly services: readonly Service[];
  readonly #byId: ReadonlyMap<string, Service>;
  #index: SearchIndex | undefined;

  /**
   * Builds a catalogue from services, validated as {@link Catalog.fromUnknown} does.
   *
   * @param services - services with unique ids.
   * @throws {@link CatalogError} `INVALID_CATALOG` with every issue and its path.
   */
  constructor(services: readonly Service[]) {
    this.services = VALIDATED.has(services) ? services : Catalog.#validated(services);
    this.#byId = new Map(services.map((service) => [service.id, service]));
  }

  /**
   * Validates services from any source (parsed JSON, a vendor's file) and builds a catalogue.
   *
   * @throws {@link CatalogError} `INVALID_CATALOG` with every issue and its path.
   */
  static fromUnknown(input: unknown): Catalog {
    return new Catalog(Catalog.#validated(input));
  }

  /** Services validated, marked so the constructor does not validate them again. */
  static #validated(input: unknown): readonly Service[] {
    const result = validateServices(input);
    if (!result.success) {
      throw new CatalogError({
        code: 'INVALID_CATALOG',
        path: 'services',
        ...catalogSays('INVALID_SERVICES', { count: result.issues.length }),
        issues: result.issues,
      });
    }
    return markValidated(result.services);
  }

  /** Whether a service with this id exists (on any day). */
  has(id: string): boolean {
    return typeof id === 'string' && this.#byId.has(id);
  }

  /**
   * One service as it stood on `asOf`.
   *
   * @throws {@link CatalogError} `UNKNOWN_SERVICE` (with the nearest ids in `suggestions`), `NOT_AVAILABLE`, or
   * `INVALID_DATE`.
   */
  get(id: string, options: AsOfOptions = {}): ServiceView {
    readId(id, 'id');
    const asOf = resolveAsOf(readOptions(options).asOf);
    const service = this.#byId.get(id);
    if (service === undefined) throw this.#unknown(id);
    const view = this.#view(service, asOf);
    if (view === undefined) {
      throw new CatalogError({
        code: 'NOT_AVAILABLE',
        path: 'options.asOf',
        ...catalogSays('NOT_AVAILABLE', { id: service.id, day: asOf, periods: service.available }),
      });
    }
    return view;
  }

  /**
   * The services matching a filter, as they stood on `asOf`, in catalogue order.
   *
   * @throws {@link CatalogError} `INVALID_OPTION` for an unknown field or value, `INVALID_DATE`.
   */
  find(filter: ServiceFilter = {}): ServiceView[] {
    const parsed = ServiceFilterSchema.safeParse(filter);
    if (!parsed.success) {
      const issues = issuesFrom(parsed.error, 'filter');
      const first = issues[0];
      throw new CatalogError({
        code: 'INVALID_OPTION',
        path: first?.path ?? 'filter',
        ...(first === undefined ? catalogSays('INVALID_FILTER', {}) : { en: first.en, uk: first.uk }),
        issues,
      });
    }
    const asOf = resolveAsOf(parsed.data.asOf, 'filter.asOf');
    const views: ServiceView[] = [];
    const wanted = parsed.data;
    for (const service of this.services) {
      const view = this.#view(service, asOf);
      if (view === undefined) continue;
      if (wanted.lifeSituation !== undefined && !view.lifeSituations.includes(wanted.lifeSituation)) continue;
      if (wanted.channel !== undefined && !view.channels.value.includes(wanted.channel)) continue;
      if (wanted.model !== undefined && !view.delivery.value.models.includes(wanted.model)) continue;
      if (wanted.provider !== undefined && view.provider.value.kind !== wanted.provider) continue;
      if (wanted.social !== undefined && view.social !== wanted.social) continue;
      views.push(view);
    }
    return views;
  }

  /**
   * Searches names (current and former), keywords, descriptions and life situations, understanding Ukrainian
   * case, apostrophe variants, abbreviations (ВПО, ЖКП, …) and word forms. A Register id or local code finds
   * its service. Only services available on `asOf` are returned, best first.
   *
   * @throws {@link CatalogError} `INVALID_OPTION` for a non-string query or a bad limit, `INVALID_DATE`.
   */
  search(text: string, options: SearchOptions = {}): SearchHit[] {
    if (typeof text !== 'string') {
      throw new CatalogError({
        code: 'INVALID_OPTION',
        path: 'text',
        ...catalogSays('EXPECTED_QUERY', { value: valueKind(text) }),
      });
    }
    if (text.length > MAX_QUERY_LENGTH) {
      throw new CatalogError({
        code: 'INVALID_OPTION',
        path: 'text',
        ...catalogSays('QUERY_TOO_LONG', { max: MAX_QUERY_LENGTH, value: valueKind(text) }),
      });
    }
    options = readOptions(options);
    const limit = options.limit ?? 10;
    if (!Number.isInteger(limit) || limit < 1) {
      throw new CatalogError({
        code: 'INVALID_OPTION',
        path: 'options.limit',
        ...catalogSays('EXPECTED_LIMIT', { value: valueKind(limit) }),
      });
    }
    const asOf = resolveAsOf(options.asOf);
    const availableOn = (id: string) => {
      const service = this.#byId.get(id);
      return service !== undefined && entryOn(service.available, asOf) !== undefined;
    };
    return this.#searchIndex()
      .search(text, availableOn)
      .slice(0, limit)
      .flatMap((hit) => {
        const record = this.#byId.get(hit.id);
        const service = record === undefined ? undefined : this.#view(record, asOf);
        return service === undefined ? [] : [{ service, score: hit.score, matched: hit.matched }];
      });
  }

  /**
   * The information card of a service for one CNAP (Law 5203-VI Art. 8), as it stood on `asOf`.
   *
   * @param id - the service id.
   * @param cnap - the CNAP's name, address, hours and contacts; validated.
   * @throws {@link CatalogError} `INVALID_CNAP` with every issue, `UNKNOWN_SERVICE`, `NOT_AVAILABLE`,
   * `INVALID_DATE`, or `INVALID_OPTION` for malformed documents.
   */
  informationCard(id: string, cnap: Cnap, options: InformationCardOptions = {}): InformationCard {
    readId(id, 'id');
    options = readOptions(options);
    const parsedCnap = Cnap.safeParse(cnap);
    if (!parsedCnap.success) {
      const issues = issuesFrom(parsedCnap.error, 'cnap');
      throw new CatalogError({
        code: 'INVALID_CNAP',
        path: 'cnap',
        ...catalogSays('INVALID_CNAP', { count: issues.length }),
        issues,
      });
    }
    const documents = CardDocuments.safeParse(options.documents);
    if (!documents.success) {
      const issues = issuesFrom(documents.error, 'options.documents');
      throw new CatalogError({
        code: 'INVALID_OPTION',
        path: 'options.documents',
        ...catalogSays('EXPECTED_DOCUMENTS', {}),
        issues,
      });
    }
    return buildInformationCard(this.get(id, options), parsedCnap.data, documents.data);
  }

  #searchIndex(): SearchIndex {
    this.#index ??= new SearchIndex(
      this.services.map((service) => ({
        id: service.id,
        fields: searchFields(service),
        identifiers: [
          service.id,
          ...(service.registerId ? [service.registerId] : []),
          ...(service.localCodes ?? []),
        ],
      })),
    );
    return this.#index;
  }

  #view(service: Service, asOf: string): ServiceView | undefined {
    if (entryOn(service.available, asOf) === undefined) return undefined;
    const required = <T>(series: readonly Dated<T>[]): Dated<T> => {
      const entry = entryOn(series, asOf);
      // Validation guarantees coverage of every available day; reaching this is a bug, not bad input.
      if (entry === undefined) throw new Error(`Catalogue invariant broken: ${service.id} on ${asOf}`);
      return entry;
    };
    const optional = <T>(series: readonly Dated<T>[] | undefined): Dated<T> | undefined =>
      series === undefined ? undefined : entryOn(series, asOf);
    return {
      id: service.id,
      asOf,
      registerId: service.registerId,
      localCodes: service.localCodes ?? [],
      social: service.social,
      name: required(service.names),
      description: service.description,
      provider: required(service.provider),
      legalBasis: required(service.legalBasis),
      fee: required(service.fee),
      term: required(service.term),
      applicationWindow: optional(service.applicationWindow),
      result: required(service.result),
      resultDelivery: optional(service.resultDelivery),
      refusalGrounds: optional(service.refusalGrounds),
      appeal: required(service.appeal),
      channels: required(service.channels),
      delivery: required(service.delivery),
      applicationForm: optional(service.applicationForm),
      typicalCard: optional(service.typicalCard),
      lifeSituations: service.lifeSituations,
      record: service,
    };
  }

  /**
   * The ids nearest to one that may be misspelt, best first (at most five): close by edit distance, then found by
   * searching its words. What `UNKNOWN_SERVICE` errors suggest.
   *
   * @example
   * ```ts
   * import { defaultCatalog } from '@vikno/catalog';
   *
   * defaultCatalog().suggest('birth-asistance')[0];
   * //=> 'birth-assistance'
   * ```
   */
  suggest(id: string): string[] {
    // No id is longer than MAX_ID_LENGTH, so a longer one is near none: no edit distance is worth computing.
    if (readId(id, 'id').length > MAX_ID_LENGTH) return [];
    const byDistance = nearestIds(id, this.#byId.keys());
    const bySearch =
      id === ''
        ? []
        : this.#searchIndex()
            .search(id.replaceAll('-', ' '), () => true)
            .map((hit) => hit.id);
    return [...new Set([...byDistance, ...bySearch])].slice(0, 5);
  }

  #unknown(id: string): CatalogError {
    return unknownServiceError(id, 'id', this.suggest(id));
  }
}

/**
 * `UNKNOWN_SERVICE` for an id no service has, with the ids suggested in its place; an id longer than any id is said
 * to be so, with no suggestion.
 */
export function unknownServiceError(id: string, path: string, suggestions: readonly string[]): CatalogError {
  return new CatalogError({
    code: 'UNKNOWN_SERVICE',
    path,
    ...(id.length > MAX_ID_LENGTH
      ? catalogSays('ID_TOO_LONG', { length: id.length, max: MAX_ID_LENGTH })
      : catalogSays('UNKNOWN_SERVICE', { value: valueKind(id), suggestions })),
    suggestions,
  });
}
