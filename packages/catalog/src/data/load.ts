import {
  type ActRegister,
  type Citation,
  defaultActRegister,
  type LegalSource,
  type PeriodKeyProblem,
  periodKeyProblems,
  periodsOf,
} from '@vikno/law';
import type { z } from 'zod';
import { CatalogError } from '../errors.js';
import { catalogSays } from '../messages/index.js';
import type {
  ApplicationWindow,
  Channel,
  Delivery,
  Fee,
  LifeSituation,
  Provider,
  ProviderKind,
  ServiceInput,
  ServiceTerm,
} from '../schema.js';

/** A text in Ukrainian and English, as the data writes it. */
export interface Text {
  readonly uk: string;
  readonly en: string;
}

/** A value as the data writes it: what applies, and the citations of the register it rests on. */
export interface Cited<T> {
  readonly value: T;
  readonly basis: readonly Citation[];
}

/** A civil day written `YYYY-MM-DD`; the loader checks that it is a real one. */
export type Day = `${number}-${number}-${number}`;

/**
 * A dated series as the data writes it, keyed by the first day each value applies (OpenFisca's way): `earliest` for
 * a value that applied from before anything recorded, then days in order. Each value holds until the next key
 * begins; `null` at a day ends the value before it with nothing in its place (the first day it no longer applies).
 */
export type Dates<T> = { readonly earliest?: Cited<T> } & { readonly [day: Day]: Cited<T> | null };

/**
 * One service as its data file writes it: identity first, then every value that can change with the law as
 * {@link Dates}, each citing acts of the register of `@vikno/law`. {@link loadService} turns it into the
 * catalogue's {@link ServiceInput}.
 */
export interface ServiceData {
  readonly id: string;
  readonly registerId?: string;
  /** The service as the Register names it; its `basis` cites the page read (see `RegisterEntry`). */
  readonly register?: {
    readonly name: string;
    readonly provider?: { readonly text: string; readonly kind: z.input<typeof ProviderKind> };
    readonly basis: readonly Citation[];
  };
  readonly localCodes?: readonly string[];
  readonly social: boolean;
  readonly names: Dates<Text>;
  readonly description: Text;
  readonly keywords?: readonly string[];
  readonly available: Dates<true>;
  readonly provider: Dates<z.input<typeof Provider>>;
  readonly legalBasis: Dates<readonly Citation[]>;
  readonly fee: Dates<z.input<typeof Fee>>;
  readonly term: Dates<z.input<typeof ServiceTerm>>;
  readonly applicationWindow?: Dates<z.input<typeof ApplicationWindow>>;
  readonly result: Dates<readonly Text[]>;
  readonly resultDelivery?: Dates<readonly Text[]>;
  readonly refusalGrounds?: Dates<readonly Text[]>;
  readonly appeal: Dates<Text>;
  readonly channels: Dates<readonly Channel[]>;
  readonly delivery: Dates<z.input<typeof Delivery>>;
  readonly applicationForm?: Dates<Text>;
  readonly typicalCard?: Dates<Citation>;
  readonly lifeSituations: readonly LifeSituation[];
}

/** The dated fields of {@link ServiceData}, and how each value is resolved against the register. */
const DATED_FIELDS = {
  names: 'plain',
  available: 'plain',
  provider: 'plain',
  legalBasis: 'citations',
  fee: 'plain',
  term: 'plain',
  applicationWindow: 'plain',
  result: 'plain',
  resultDelivery: 'plain',
  refusalGrounds: 'plain',
  appeal: 'plain',
  channels: 'plain',
  delivery: 'plain',
  applicationForm: 'plain',
  typicalCard: 'citation',
} as const satisfies Partial<Record<keyof ServiceData, 'plain' | 'citations' | 'citation'>>;

type Resolve = (citation: Citation, path: string) => LegalSource;

/**
 * The catalogue's input for one service of the data: each {@link Dates} series becomes the dated list of the public
 * shape (`from` the key, `to` the day before the next key), and each citation the {@link LegalSource} the register
 * resolves it to (the same citation object gives the same source object).
 *
 * @param data - one service as its file writes it.
 * @param path - where it is, for errors.
 * @param register - the register the citations name acts of; the default one of `@vikno/law`.
 * @throws {@link CatalogError} `INVALID_CATALOG` for a key that is not `earliest` or a real day, keys out of order,
 * an end (`null`) that ends nothing, or a citation of an act the register does not hold.
 */
export function loadService(
  data: ServiceData,
  path = 'service',
  register: ActRegister = defaultActRegister(),
): ServiceInput {
  const resolve: Resolve = (citation, at) => {
    if (register.get(citation.act) === undefined) {
      throw invalid(`${at}.act`, 'UNKNOWN_ACT');
    }
    return register.cite(citation, at);
  };
  const service: Record<string, unknown> = { ...data };
  if (data.register !== undefined) {
    service.register = {
      ...data.register,
      basis: data.register.basis.map((citation, index) =>
        resolve(citation, `${path}.register.basis.${index}`),
      ),
    };
  }
  for (const [field, kind] of Object.entries(DATED_FIELDS)) {
    const series: Dates<unknown> | undefined = data[field as keyof typeof DATED_FIELDS];
    if (series === undefined) continue;
    const at = `${path}.${field}`;
    service[field] = datedList(series, at, resolve, (value, valuePath) =>
      kind === 'citations'
        ? (value as readonly Citation[]).map((citation, index) => resolve(citation, `${valuePath}.${index}`))
        : kind === 'citation'
          ? resolve(value as Citation, valuePath)
          : value,
    );
  }
  return service as ServiceInput;
}

/**
 * Every service of a list, loaded with {@link loadService}.
 *
 * @param services - the services as their files write them.
 * @throws {@link CatalogError} `INVALID_CATALOG`, at `services.<index>…`.
 */
export function loadServices(services: readonly ServiceData[]): ServiceInput[] {
  return services.map((service, index) => loadService(service, `services.${index}`));
}

interface DatedEntry {
  from?: string;
  to?: string;
  value: unknown;
  basis: LegalSource[];
}

function datedList(
  series: Dates<unknown>,
  path: string,
  resolve: Resolve,
  resolveValue: (value: unknown, path: string) => unknown,
): DatedEntry[] {
  const keyed = series as Readonly<Record<string, Cited<unknown> | null>>;
  const keys = Object.keys(keyed);
  if (keys.length === 0) {
    throw invalid(path, 'EMPTY_SERIES');
  }
  const [problem] = periodKeyProblems(keyed);
  if (problem !== undefined) throw invalid(`${path}[${keys[problem.position]}]`, problem.problem);
  return periodsOf(keyed).map(({ key, from, to, value: cited }) => {
    const at = `${path}[${key}]`;
    return {
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      value: resolveValue(cited.value, `${at}.value`),
      basis: cited.basis.map((citation, position) => resolve(citation, `${at}.basis.${position}`)),
    };
  });
}

/** What the loader refuses in a data file: its messages take no parameters. */
type LoadMessage = 'UNKNOWN_ACT' | 'EMPTY_SERIES' | PeriodKeyProblem;

function invalid(path: string, message: LoadMessage): CatalogError {
  return new CatalogError({ code: 'INVALID_CATALOG', path, ...catalogSays(message, {}) });
}
