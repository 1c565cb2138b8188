import type { LocalizedText } from '@vikno/law';

/** What a malformed argument of the information card's helpers was expected to be. */
export type CardValueName = 'fee' | 'serviceTerm' | 'applicationWindow' | 'informationCard';

/** A period of a service, as `NOT_AVAILABLE` lists them: an absent end is open. */
export interface AvailablePeriod {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/**
 * The parameters of each message of `@vikno/catalog`: what a text may say. Never the value given, only its kind
 * (`value`) or its length, and paths, ids and days of the catalogue itself.
 */
export interface CatalogMessageParams {
  // Issues of a list of services or an extension: their codes are the issues' codes.

  /** A service repeats the id of an earlier one (`first` is that one's path). */
  DUPLICATE_ID: { first: string };
  /** A service repeats the Register id of an earlier one. */
  DUPLICATE_REGISTER_ID: { first: string };
  /** A required dated value has a gap while the service is available. */
  MISSING_VALUE: { from: string; to: string };
  /** A vendor's service has the id of a catalogue service. */
  CLASHING_ID: { id: string };
  /** An override names no service; `suggestions` are the nearest ids of the catalogue. */
  UNKNOWN_OVERRIDE: { position: number; suggestions: readonly string[] };
  /** More overrides than a catalogue holds services. */
  TOO_MANY_OVERRIDES: { max: number; value: LocalizedText };

  // Refinements of the schemas: zod reports them as `INVALID_VALUE` issues.

  /** A service id that is not a lowercase slug. */
  NOT_A_SLUG: Record<string, never>;
  /** A Register id that is not five digits. */
  NOT_FIVE_DIGITS: Record<string, never>;
  /** A citation of an act the register of `@vikno/law` does not hold. */
  UNKNOWN_ACT: Record<string, never>;
  /** A dated value that ends before it starts. */
  ENDS_BEFORE_START: Record<string, never>;
  /** A dated value whose period overlaps that of the value at index `entry`. */
  OVERLAPS: { entry: number };
  /** Model I allowed for a service not in «Соціальна громада». */
  MODEL_I_WITHOUT_SOCIAL_HROMADA: Record<string, never>;
  /** A delivery model listed twice. */
  REPEATED_MODEL: Record<string, never>;
  /** Opening hours that close before they open. */
  CLOSES_BEFORE_OPENS: Record<string, never>;

  // Errors.

  /** Not a real `YYYY-MM-DD` day; `value` is the kind of what was given, when the message names it. */
  EXPECTED_DAY: { value?: LocalizedText };
  /** An options object that is not a plain object. */
  EXPECTED_OPTIONS: { value: LocalizedText };
  /** A service id that is not a string. */
  EXPECTED_SERVICE_ID: { value: LocalizedText };
  /** A list of service ids that is not an array. */
  EXPECTED_SERVICE_IDS: { value: LocalizedText };
  /** A list of `count` service ids, longer than `max`. */
  TOO_MANY_SERVICE_IDS: { count: number; max: number };
  /** A path prefix that is not a string of at most `max` characters. */
  PREFIX_TOO_LONG: { max: number; value: LocalizedText };
  /** A list of services with `count` problems, listed as issues. */
  INVALID_SERVICES: { count: number };
  /** No service has this id; `suggestions` are the nearest ids. */
  UNKNOWN_SERVICE: { value: LocalizedText; suggestions: readonly string[] };
  /** An id of `length` characters, longer than any id (`max`). */
  ID_TOO_LONG: { length: number; max: number };
  /** A service read on a day (`day`) outside its periods. */
  NOT_AVAILABLE: { id: string; day: string; periods: readonly AvailablePeriod[] };
  /** A filter that fails validation without a first issue to name. */
  INVALID_FILTER: Record<string, never>;
  /** A search query that is not a string. */
  EXPECTED_QUERY: { value: LocalizedText };
  /** A search query longer than `max` characters. */
  QUERY_TOO_LONG: { max: number; value: LocalizedText };
  /** A limit of hits that is not a whole number of at least 1. */
  EXPECTED_LIMIT: { value: LocalizedText };
  /** A language other than `uk` or `en`. */
  EXPECTED_LANGUAGE: { value: LocalizedText };
  /** A CNAP's details with `count` problems, listed as issues. */
  INVALID_CNAP: { count: number };
  /** The documents of an information card, not a list of texts in both languages. */
  EXPECTED_DOCUMENTS: Record<string, never>;
  /** Something other than a `Catalog` where one is read. */
  NOT_A_CATALOG: { value: LocalizedText };
  /** Something other than a `Catalog` given to extend. */
  NOT_A_BASE_CATALOG: { value: LocalizedText };
  /** An extension with `count` problems, listed as issues. */
  INVALID_EXTENSION: { count: number };
  /** A base IRI that is neither a `urn:` prefix nor an http(s) IRI ending in `/` or `#`. */
  EXPECTED_BASE_IRI: { value: LocalizedText };
  /** A publisher that is not a text in both languages. */
  EXPECTED_PUBLISHER: Record<string, never>;
  /** Something other than a zod schema given to `dated`. */
  NOT_A_SCHEMA: { value: LocalizedText };
  /** A dated series that is not a list of periods. */
  EXPECTED_SERIES: Record<string, never>;
  /** A period that is not `{ from?, to? }` of real days. */
  EXPECTED_PERIOD: Record<string, never>;
  /** A value of the information card's helpers that is not what it should be (`what`). */
  EXPECTED_CARD_VALUE: { what: CardValueName };
  /** A link of an information card that is not an http(s) address. */
  LINK_NOT_WEB: Record<string, never>;

  // The loader of the data files.

  /** A dated series written with no key. */
  EMPTY_SERIES: Record<string, never>;
  /** `earliest` not the first key, or ending a value. */
  EARLIEST_NOT_FIRST: Record<string, never>;
  /** A key that is neither `earliest` nor a real day. */
  KEY_NOT_A_DAY: Record<string, never>;
  /** Days keyed out of order, or twice. */
  KEYS_OUT_OF_ORDER: Record<string, never>;
  /** An end (`null`) that follows no value. */
  END_WITHOUT_VALUE: Record<string, never>;
}
