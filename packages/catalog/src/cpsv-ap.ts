import { type LegalSource, LocalizedText } from '@vikno/deadlines';
import { valueKind } from '@vikno/law';
import { match } from 'ts-pattern';
import { Catalog, readOptions, resolveAsOf, type ServiceView } from './catalog.js';
import { CatalogError, issuesFrom } from './errors.js';
import { describeFee, describeServiceTerm, describeWindow } from './information-card.js';
import { CHANNEL_LABELS, LIFE_SITUATION_LABELS, PROVIDER_KIND_LABELS } from './labels.js';
import { catalogSays } from './messages/index.js';
import type { Channel, LifeSituation, ProviderKind, ServiceTerm } from './schema.js';

/** Options of {@link toCpsvAp}. */
export interface CpsvApOptions {
  /** The day the catalogue is exported as of; today in Kyiv by default. */
  readonly asOf?: string;
  /** The base of every node's IRI: `urn:vikno:` by default, or an `https://` base ending in `/` or `#`. */
  readonly baseIri?: string;
  /** The organisation that publishes the dataset; a generic "Vikno catalogue" by default. */
  readonly publisher?: LocalizedText;
}

/** A JSON-LD node. */
export type JsonLdNode = { readonly '@id': string; readonly '@type': string } & Record<string, unknown>;

/** A JSON-LD document: the context and a graph of nodes. */
export interface JsonLdDocument {
  /** Prefixes of CPSV-AP 3.2 and its vocabularies, plus `vikno:` for the extension properties. */
  readonly '@context': Readonly<Record<string, string>>;
  /** Every node: the dataset, services, organisations, acts, costs, channels, outputs, events, … */
  readonly '@graph': readonly JsonLdNode[];
}

/** The namespace of the extension properties CPSV-AP has no field for (working-day terms, delivery models). */
export const VIKNO_NAMESPACE = 'urn:vikno:terms:';

const CONTEXT = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  eli: 'http://data.europa.eu/eli/ontology#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  vikno: VIKNO_NAMESPACE,
} as const;

const UKRAINE = 'http://publications.europa.eu/resource/authority/country/UKR';
const HRYVNIA = 'http://publications.europa.eu/resource/authority/currency/UAH';

function languages(text: LocalizedText): { '@value': string; '@language': string }[] {
  return [
    { '@value': text.uk, '@language': 'uk' },
    { '@value': text.en, '@language': 'en' },
  ];
}

const ref = (id: string) => ({ '@id': id });

/**
 * The ISO 8601 duration of a term, when CPSV-AP's `cv:processingTime` (an `xsd:duration`) can say it: working
 * days cannot be a duration, so they go only into the extension property `vikno:processingTerm`.
 */
function processingDuration(term: ServiceTerm): string | undefined {
  return match(term)
    .with({ kind: 'sameDay' }, () => 'P0D')
    .with({ kind: 'term' }, ({ term: value }) =>
      match(value.unit)
        .with('calendarDays', () => `P${value.amount}D`)
        .with('weeks', () => `P${value.amount}W`)
        .with('months', () => `P${value.amount}M`)
        .with('years', () => `P${value.amount}Y`)
        .with('workingDays', () => undefined)
        .exhaustive(),
    )
    .exhaustive();
}

function iriMaker(baseIri: unknown): (...parts: string[]) => string {
  if (
    typeof baseIri !== 'string' ||
    baseIri.length > 500 ||
    !/^(urn:[a-z0-9-]+:|https?:\/\/\S+[/#])$/i.test(baseIri)
  ) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'options.baseIri',
      ...catalogSays('EXPECTED_BASE_IRI', { value: valueKind(baseIri) }),
    });
  }
  const separator = baseIri.startsWith('urn:') ? ':' : '/';
  return (...parts) => baseIri + parts.map(encodeURIComponent).join(separator);
}

/**
 * Exports a catalogue, as it stood on a day, as CPSV-AP 3.2 JSON-LD: a `dcat:Dataset` of `cpsv:PublicService`s
 * with their competent authority (`cv:PublicOrganisation`), legal resources (`eli:LegalResource`), cost
 * (`cv:Cost`), channels (`cv:Channel`), outputs (`cv:Output`), life events (`cv:LifeEvent`), participations of who
 * receives and who decides (`cv:Participation`), the application window as a `cv:Requirement`, and the
 * application form as a `cv:Evidence`.
 *
 * Where CPSV-AP has no field, extension properties in the `vikno:` namespace carry it: the term with its unit
 * (`vikno:processingTerm`; a term in working days has no `cv:processingTime`), the delivery models, the Register
 * id, and each legal resource's `verified` flag.
 *
 * @param catalog - the catalogue to export.
 * @throws {@link CatalogError} `INVALID_DATE`, `INVALID_OPTION` for a bad `baseIri` or `publisher`, or when
 * `catalog` is not a {@link Catalog}.
 * @example
 * ```ts
 * import { defaultCatalog, toCpsvAp } from '@vikno/catalog';
 *
 * const document = toCpsvAp(defaultCatalog(), { asOf: '2026-01-01', baseIri: 'https://cnap.example.ua/id/' });
 * await writeFile('catalogue.jsonld', JSON.stringify(document, null, 2));
 * ```
 */
export function toCpsvAp(catalog: Catalog, options: CpsvApOptions = {}): JsonLdDocument {
  if (!(catalog instanceof Catalog)) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'catalog',
      ...catalogSays('NOT_A_CATALOG', { value: valueKind(catalog) }),
    });
  }
  options = readOptions(options);
  const asOf = resolveAsOf(options.asOf);
  const iri = iriMaker(options.baseIri ?? 'urn:vikno:');
  const publisher = LocalizedText.optional().safeParse(options.publisher);
  if (!publisher.success) {
    throw new CatalogError({
      code: 'INVALID_OPTION',
      path: 'options.publisher',
      ...catalogSays('EXPECTED_PUBLISHER', {}),
      issues: issuesFrom(publisher.error, 'options.publisher'),
    });
  }
  const services = catalog.find({ asOf });
  const nodes = new Map<string, JsonLdNode>();
  const add = (node: JsonLdNode) => {
    if (!nodes.has(node['@id'])) nodes.set(node['@id'], node);
    return node['@id'];
  };

  const datasetId = iri('catalogue', asOf);
  const publisherId = add({
    '@id': iri('organisation', 'publisher'),
    '@type': 'cv:PublicOrganisation',
    'skos:prefLabel': languages(publisher.data ?? { uk: 'Каталог Vikno', en: 'Vikno catalogue' }),
    'dct:spatial': ref(UKRAINE),
  });
  const cnapId = add({
    '@id': iri('organisation', 'cnap'),
    '@type': 'cv:PublicOrganisation',
    'skos:prefLabel': languages({
      uk: 'Центр надання адміністративних послуг',
      en: 'Administrative service centre',
    }),
    'dct:spatial': ref(UKRAINE),
  });
  const organisation = (kind: ProviderKind, name: LocalizedText) =>
    add({
      '@id': iri('organisation', kind),
      '@type': 'cv:PublicOrganisation',
      'skos:prefLabel': languages(name),
      'dct:spatial': ref(UKRAINE),
      'dct:type': languages(PROVIDER_KIND_LABELS[kind]),
    });
  const legalResource = (act: LegalSource) =>
    add({
      '@id': act.url ?? iri('legal-resource', act.id),
      '@type': 'eli:LegalResource',
      'dct:identifier': act.number ?? act.id,
      'dct:title': languages(act.act),
      ...(act.adopted ? { 'eli:date_document': { '@value': act.adopted, '@type': 'xsd:date' } } : {}),
      'vikno:verified': act.verified,
    });
  const channel = (value: Channel) =>
    add({
      '@id': iri('channel', value),
      '@type': 'cv:Channel',
      'dct:identifier': value,
      'dct:description': languages(CHANNEL_LABELS[value]),
    });
  const events = new Map<LifeSituation, string[]>();

  const serviceNode = (view: ServiceView): JsonLdNode => {
    const id = iri('service', view.id);
    const term = view.term.value;
    const duration = processingDuration(term);
    for (const situation of view.lifeSituations)
      events.set(situation, [...(events.get(situation) ?? []), id]);
    const outputs = view.result.value.map((text, index) =>
      add({
        '@id': iri('output', view.id, String(index + 1)),
        '@type': 'cv:Output',
        'dct:title': languages(text),
      }),
    );
    const fee = view.fee.value;
    const costId = add({
      '@id': iri('cost', view.id),
      '@type': 'cv:Cost',
      ...(fee.kind === 'free'
        ? { 'cv:hasValue': { '@value': 0, '@type': 'xsd:double' } }
        : fee.amount === undefined
          ? {}
          : { 'cv:hasValue': { '@value': fee.amount, '@type': 'xsd:double' } }),
      'cv:currency': ref(HRYVNIA),
      'dct:description': describeFee(fee).flatMap(languages),
    });
    const decider = organisation(view.provider.value.kind, view.provider.value.name);
    const participations = [
      add({
        '@id': iri('participation', view.id, 'receives'),
        '@type': 'cv:Participation',
        'dct:description': languages({
          uk: 'Приймає заяву та документи, видає результат',
          en: 'Receives the application and documents, hands over the result',
        }),
        'cv:role': ref(iri('role', 'front-office')),
        'cv:hasParticipant': ref(cnapId),
      }),
      add({
        '@id': iri('participation', view.id, 'decides'),
        '@type': 'cv:Participation',
        'dct:description': languages({
          uk: 'Розглядає заяву та приймає рішення',
          en: 'Considers and decides',
        }),
        'cv:role': ref(iri('role', 'competent-authority')),
        'cv:hasParticipant': ref(decider),
      }),
    ];
    const requirement =
      view.applicationWindow === undefined
        ? []
        : [
            add({
              '@id': iri('requirement', view.id, 'application-window'),
              '@type': 'cv:Requirement',
              'dct:title': languages(describeWindow(view.applicationWindow.value)),
            }),
          ];
    const evidence =
      view.applicationForm === undefined
        ? []
        : [
            add({
              '@id': iri('evidence', view.id, 'application'),
              '@type': 'cv:Evidence',
              'dct:title': languages(view.applicationForm.value),
            }),
          ];
    return {
      '@id': id,
      '@type': 'cpsv:PublicService',
      'dct:identifier': view.registerId ?? view.id,
      'dct:title': languages(view.name.value),
      'dct:description': languages(view.description),
      'cv:hasCompetentAuthority': ref(decider),
      'cv:hasLegalResource': view.legalBasis.value.map((act) => ref(legalResource(act))),
      'cv:hasCost': ref(costId),
      'cv:hasChannel': view.channels.value.map((value) => ref(channel(value))),
      'cpsv:produces': outputs.map(ref),
      'cv:hasParticipation': participations.map(ref),
      'cv:isGroupedBy': view.lifeSituations.map((situation) => ref(iri('event', situation))),
      ...(requirement.length > 0 ? { 'cv:holdsRequirement': requirement.map(ref) } : {}),
      ...(evidence.length > 0 ? { 'cpsv:hasInput': evidence.map(ref) } : {}),
      ...(duration === undefined
        ? {}
        : { 'cv:processingTime': { '@value': duration, '@type': 'xsd:duration' } }),
      'vikno:processingTerm': {
        ...(term.kind === 'term' ? { 'vikno:amount': term.term.amount, 'vikno:unit': term.term.unit } : {}),
        'vikno:kind': term.kind,
        'dct:description': languages(describeServiceTerm(term)),
      },
      'vikno:deliveryModel': view.delivery.value.models,
      'vikno:socialHromada': view.delivery.value.socialHromada,
      'vikno:social': view.social,
      ...(view.registerId ? { 'vikno:registerId': view.registerId } : {}),
      'dct:isPartOf': ref(datasetId),
    };
  };

  const serviceNodes = services.map(serviceNode);
  const eventNodes: JsonLdNode[] = [...events].map(([situation, related]) => ({
    '@id': iri('event', situation),
    '@type': 'cv:LifeEvent',
    'dct:identifier': situation,
    'dct:title': languages(LIFE_SITUATION_LABELS[situation]),
    'cv:hasRelatedService': related.map(ref),
  }));
  const dataset: JsonLdNode = {
    '@id': datasetId,
    '@type': 'dcat:Dataset',
    'dct:title': languages({
      uk: 'Каталог адміністративних послуг',
      en: 'Catalogue of administrative services',
    }),
    'dct:description': languages({
      uk: `Адміністративні послуги станом на ${asOf}`,
      en: `Administrative services as of ${asOf}`,
    }),
    'dct:publisher': ref(publisherId),
    'dct:hasPart': serviceNodes.map((node) => ref(node['@id'])),
  };
  return { '@context': CONTEXT, '@graph': [dataset, ...serviceNodes, ...eventNodes, ...nodes.values()] };
}
