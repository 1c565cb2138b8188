import { describe, expect, it } from 'vitest';
import { validateServices } from '../catalog.js';
import { Service } from '../schema.js';
import { SERVICES } from './index.js';
import { loadServices } from './load.js';

describe('the shipped catalogue data', () => {
  const SERVICE_DATA = loadServices(SERVICES);
  const services = SERVICE_DATA.map((input) => Service.parse(input));

  it('validates every service: schema, unique ids, a value on every day for every required field', () => {
    const result = validateServices(SERVICE_DATA);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it('holds at least 25 services, most of them social, with unique ids and Register ids', () => {
    expect(services.length).toBeGreaterThanOrEqual(25);
    expect(services.filter((service) => service.social).length).toBeGreaterThanOrEqual(20);
    const ids = services.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
    const registerIds = services.flatMap((service) => (service.registerId ? [service.registerId] : []));
    expect(new Set(registerIds).size).toBe(registerIds.length);
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
