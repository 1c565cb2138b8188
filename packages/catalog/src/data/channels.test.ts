import { defaultActRegister } from '@vikno/law';
import { describe, expect, it } from 'vitest';
import { getService } from '../default.js';
import {
  KMU_1035_CITY_BODIES_UNCHANGED,
  KMU_1035_NAMED_BY_COUNCIL,
  SUMY_INTAKE_2021,
  USZN_INTAKE_BY_POST_OR_ONLINE_2021,
} from './citations/channels.js';

// The 2021 change of where social protection units take applications (КМУ 1035 of 28.10.2020), as far as it was
// read (issue 14): each citation resolves in the acts register at the level its source allows, and says what it
// does not settle.

describe('the 01.01.2021 intake change (КМУ 1035)', () => {
  const register = defaultActRegister();

  it('rests on a district administration notice (officialCard) quoting the post-or-online rule', () => {
    const source = register.cite(USZN_INTAKE_BY_POST_OR_ONLINE_2021);
    expect(source.evidence).toBe('officialCard');
    expect(source.verified).toBe(true);
    expect(source.kind).toBe('notice');
    expect(source.quote).toContain('лише у разі надіслання їх поштою або в електронній');
    expect(source.quote).toContain('посадовими особами центру надання адміністративних послуг');
  });

  it('names the act only through a council page (secondary), whose text was not read', () => {
    const source = register.cite(KMU_1035_NAMED_BY_COUNCIL);
    expect(source.evidence).toBe('secondary');
    expect(source.quote).toContain('постанову № 1035');
    expect(register.get('kmu-1035-2020')?.adopted).toBe('2020-10-28');
  });

  it('keeps the in-person channel of city councils’ social protection bodies (secondary), so usznOffice stays', () => {
    const source = register.cite(KMU_1035_CITY_BODIES_UNCHANGED);
    expect(source.evidence).toBe('secondary');
    expect(source.quote).toContain('міських рад міст обласного значення');
    expect(source.note).toMatch(/usznOffice/);
  });

  it('has regional news (secondary) saying the local social protection offices stop seeing people', () => {
    const source = register.cite(SUMY_INTAKE_2021);
    expect(source.evidence).toBe('secondary');
    expect(source.quote).toContain('припиняють прийом громадян');
  });
});

describe('the Pension Fund era channels, as a state body lists them', () => {
  it('takes the assistance without pension rights at the Fund, the council, the CNAP, by post, on Diia and on the Fund’s portal', () => {
    const channels = getService('no-pension-rights-assistance', { asOf: '2025-07-01' }).channels;
    expect([...channels.value].sort()).toEqual(
      ['cnap', 'diia', 'pfuOffice', 'pfuPortal', 'post', 'starostaOrAuthorisedOfficial'].sort(),
    );
    const source = channels.basis.find(
      (candidate) => candidate.id === 'donetsk-ova-no-pension-assistance-2025',
    );
    expect(source?.evidence).toBe('officialCard');
    expect(source?.quote).toContain('Diia portal or the Pension Fund’s e-services web portal');
    // Before the move the social protection body's own office stays a channel.
    expect(getService('no-pension-rights-assistance', { asOf: '2025-06-30' }).channels.value).toContain(
      'usznOffice',
    );
  });
});
