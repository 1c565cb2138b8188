import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE, fixtureService } from '../test/fixtures.js';
import { Catalog } from './catalog.js';
import { toCpsvAp } from './cpsv-ap.js';
import { defaultCatalog } from './default.js';
import { CatalogError } from './errors.js';

const basis = [FIXTURE_SOURCE];
const catalog = Catalog.fromUnknown([
  fixtureService('working-days-service', { registerId: '00999' }),
  fixtureService('calendar-days-service', {
    term: [{ value: { kind: 'term', term: { amount: 10, unit: 'calendarDays' } }, basis }],
    provider: [{ value: { kind: 'pfu', name: { uk: 'ПФУ', en: 'PFU' } }, basis }],
    lifeSituations: ['lowIncome', 'childBirth'],
  }),
]);

type Node = Record<string, unknown> & { '@id': string; '@type': string };

function graphOf(document: ReturnType<typeof toCpsvAp>): Map<string, Node> {
  return new Map(document['@graph'].map((node) => [node['@id'], node as Node]));
}

/** The node a property refers to (`{ '@id': … }`), which must exist in the graph. */
function target(graph: Map<string, Node>, node: Node | undefined, property: string): Node | undefined {
  const reference = node?.[property] as { '@id': string } | undefined;
  return reference === undefined ? undefined : graph.get(reference['@id']);
}

function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own = Object.keys(record).length === 1 && typeof record['@id'] === 'string' ? [record['@id']] : [];
    return [...own, ...Object.values(record).flatMap(references)];
  }
  return [];
}

describe('toCpsvAp', () => {
  const document = toCpsvAp(catalog, { asOf: '2026-01-01', baseIri: 'https://cnap.example.org/id/' });
  const graph = graphOf(document);
  const service = graph.get('https://cnap.example.org/id/service/working-days-service');
  const other = graph.get('https://cnap.example.org/id/service/calendar-days-service');

  it('gives every public service the mandatory CPSV-AP properties', () => {
    for (const node of [service, other]) {
      expect(node?.['@type']).toBe('cpsv:PublicService');
      expect(node?.['dct:identifier']).toBeTypeOf('string');
      expect(node?.['dct:title']).toEqual(
        expect.arrayContaining([expect.objectContaining({ '@language': 'uk' })]),
      );
      expect(node?.['dct:description']).toBeDefined();
      const authority = target(graph, node, 'cv:hasCompetentAuthority');
      expect(authority?.['@type']).toBe('cv:PublicOrganisation');
      expect(authority?.['dct:spatial']).toBeDefined();
    }
    expect(service?.['dct:identifier']).toBe('00999');
  });

  it('puts a working-day term only in the extension, a calendar term also in cv:processingTime', () => {
    expect(service?.['cv:processingTime']).toBeUndefined();
    expect(service?.['vikno:processingTerm']).toMatchObject({
      'vikno:amount': 10,
      'vikno:unit': 'workingDays',
    });
    expect(other?.['cv:processingTime']).toEqual({ '@value': 'P10D', '@type': 'xsd:duration' });
  });

  it('links participations of who receives (the CNAP) and who decides (the provider)', () => {
    const references = (other?.['cv:hasParticipation'] ?? []) as { '@id': string }[];
    const participants = references.map(
      (ref) => target(graph, graph.get(ref['@id']), 'cv:hasParticipant')?.['@id'],
    );
    expect(participants).toEqual([
      'https://cnap.example.org/id/organisation/cnap',
      'https://cnap.example.org/id/organisation/pfu',
    ]);
  });

  it('groups services by life events, and every reference inside the base resolves to a node', () => {
    const birth = graph.get('https://cnap.example.org/id/event/childBirth');
    expect(birth?.['@type']).toBe('cv:LifeEvent');
    expect(birth?.['cv:hasRelatedService']).toEqual([{ '@id': other?.['@id'] }]);
    const internal = references(document['@graph']).filter((id) =>
      id.startsWith('https://cnap.example.org/id/'),
    );
    const dangling = internal.filter((id) => !graph.has(id) && !id.includes('/role/'));
    expect(dangling).toEqual([]);
  });

  it('exports the whole built-in catalogue with free costs for social services', () => {
    const whole = toCpsvAp(defaultCatalog(), { asOf: '2026-01-01' });
    const services = whole['@graph'].filter((node) => node['@type'] === 'cpsv:PublicService');
    expect(services.length).toBe(defaultCatalog().find({ asOf: '2026-01-01' }).length);
    const wholeGraph = graphOf(whole);
    for (const node of services.filter((candidate) => candidate['vikno:social'] === true)) {
      const cost = target(wholeGraph, node as Node, 'cv:hasCost');
      expect(cost?.['cv:hasValue']).toEqual({ '@value': 0, '@type': 'xsd:double' });
    }
  });

  it('rejects a base IRI that cannot prefix ids', () => {
    expect(() => toCpsvAp(catalog, { baseIri: 'cnap' })).toThrow(CatalogError);
  });
});

describe('toCpsvAp as JSON-LD', () => {
  it('expands with a JSON-LD processor to the CPSV-AP and Core Vocabularies IRIs', async () => {
    const document = toCpsvAp(catalog, { asOf: '2026-01-01' });
    const expanded = (await jsonld.expand(structuredClone(document) as jsonld.JsonLdDocument)) as {
      '@id': string;
      '@type': string[];
      [property: string]: unknown;
    }[];
    const service = expanded.find((node) => node['@id'] === 'urn:vikno:service:working-days-service');
    expect(service?.['@type']).toEqual(['http://purl.org/vocab/cpsv#PublicService']);
    expect(Object.keys(service ?? {})).toEqual(
      expect.arrayContaining([
        'http://purl.org/dc/terms/identifier',
        'http://data.europa.eu/m8g/hasCompetentAuthority',
        'http://data.europa.eu/m8g/hasLegalResource',
        'http://data.europa.eu/m8g/hasChannel',
        'http://data.europa.eu/m8g/hasParticipation',
        'urn:vikno:terms:processingTerm',
      ]),
    );
    const types = new Set(expanded.flatMap((node) => node['@type']));
    for (const type of [
      'http://www.w3.org/ns/dcat#Dataset',
      'http://data.europa.eu/m8g/PublicOrganisation',
      'http://data.europa.eu/eli/ontology#LegalResource',
      'http://data.europa.eu/m8g/Cost',
      'http://data.europa.eu/m8g/Channel',
      'http://data.europa.eu/m8g/Output',
      'http://data.europa.eu/m8g/LifeEvent',
      'http://data.europa.eu/m8g/Participation',
    ]) {
      expect(types, type).toContain(type);
    }
  });
});
