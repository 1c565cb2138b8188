import { describe, expect, it } from 'vitest';
import { SERVICES } from './index.js';
import { SERVICE_MODULES } from './modules.js';

describe('the lazy map of service modules', () => {
  it('has every service of SERVICES under its id, in the same order, and no other', () => {
    expect(Object.keys(SERVICE_MODULES)).toEqual(SERVICES.map((service) => service.id));
  });

  it('loads, under each id, the very data SERVICES holds', async () => {
    for (const [id, load] of Object.entries(SERVICE_MODULES)) {
      const data = await load();
      expect(data.id).toBe(id);
      expect(SERVICES).toContain(data);
    }
  });
});
