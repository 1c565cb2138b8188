import { describe, expect, it } from 'vitest';
import { coverageGaps } from '../dated.js';
import { Service } from '../schema.js';
import { SERVICE_DATA } from './index.js';

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

describe('the shipped catalogue data', () => {
  const services = SERVICE_DATA.map((input) => Service.parse(input));

  it('validates every service against the schema', () => {
    for (const input of SERVICE_DATA) {
      const result = Service.safeParse(input);
      expect(result.success ? [] : result.error.issues, String(input.id)).toEqual([]);
    }
  });

  it('holds at least 25 services, most of them social, with unique ids and Register ids', () => {
    expect(services.length).toBeGreaterThanOrEqual(25);
    expect(services.filter((service) => service.social).length).toBeGreaterThanOrEqual(20);
    const ids = services.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
    const registerIds = services.flatMap((service) => (service.registerId ? [service.registerId] : []));
    expect(new Set(registerIds).size).toBe(registerIds.length);
  });

  it('gives every required field a value on every day each service exists', () => {
    for (const service of services) {
      for (const period of service.available) {
        for (const field of REQUIRED_SERIES) {
          expect(coverageGaps(service[field], period), `${service.id}.${field}`).toEqual([]);
        }
      }
    }
  });

  it('keeps every social service free of charge', () => {
    for (const service of services.filter((candidate) => candidate.social)) {
      expect(
        service.fee.every((entry) => entry.value.kind === 'free'),
        service.id,
      ).toBe(true);
    }
  });
});
