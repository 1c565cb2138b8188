import { fc, test } from '@fast-check/vitest';
import { defaultCatalog, extendCatalog } from '@vikno/catalog';
import { describe, expect, it } from 'vitest';
import SONYACHNE from '../../examples/sonyachne-cnap.json' with { type: 'json' };
import { AdoptionError } from '../errors.js';
import { cardsDocument } from './cards.js';
import { parseCnapProfile } from './cnap-profile.js';
import { escapeHtml } from './html.js';
import { applicationJournalCsv, applicationJournalHtml, transferRegisterHtml } from './registers.js';
import { servicesToAgree, servicesToAgreeHtml } from './services.js';

const PROFILE = parseCnapProfile(SONYACHNE);
const AS_OF = '2026-12-01';

function thrown(run: () => unknown): AdoptionError {
  try {
    run();
  } catch (error) {
    if (error instanceof AdoptionError) return error;
    throw error;
  }
  throw new Error('expected an AdoptionError');
}

/** The text of every table cell of a document, markup removed. */
function cells(html: string): string[] {
  return [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replaceAll('&nbsp;', '')
      .trim(),
  );
}

describe('the CNAP profile', () => {
  it('reads the example hromada: two starosta districts, two remote workplaces', () => {
    expect(PROFILE.starostaDistricts.map((district) => district.id)).toEqual(['lisove', 'richkove']);
    expect(PROFILE.territorialUnits).toEqual([]);
  });

  it('refuses a channel with no place behind it, a repeated id and a district it does not have, all at once', () => {
    const error = thrown(() =>
      parseCnapProfile({
        ...SONYACHNE,
        channels: ['cnap', 'cnapTerritorialUnit'],
        remoteWorkplaces: [
          { ...SONYACHNE.remoteWorkplaces[0], starostaDistrict: 'nowhere' },
          SONYACHNE.remoteWorkplaces[0],
        ],
      }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'cnap.channels',
      'cnap.remoteWorkplaces.1.id',
      'cnap.remoteWorkplaces.0.starostaDistrict',
    ]);
    expect(error.issues[0]?.uk).toContain('територіальний підрозділ');
  });

  test.prop([fc.string({ minLength: 1, maxLength: 60 })])('never repeats a value it refuses', (secret) => {
    const error = thrown(() => parseCnapProfile({ ...SONYACHNE, channels: [`${secret}§`], phone: 12 }));
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(`${secret}§`);
  });
});

describe('the list of services to agree', () => {
  it('lists every social service the model allows that one of the CNAP’s channels takes, with those channels', () => {
    const list = servicesToAgree('III', PROFILE, { asOf: AS_OF });
    expect(list.services.length).toBeGreaterThan(20);
    for (const service of list.services) {
      expect(service.channels.length).toBeGreaterThan(0);
      expect(service.channels.every((channel) => PROFILE.channels.includes(channel))).toBe(true);
    }
    expect(
      list.services.find((service) => service.serviceId === 'large-family-certificate')?.channels,
    ).toEqual(['cnap', 'remoteWorkplace']);
  });

  it('leaves off what no channel of the CNAP takes, saying so', () => {
    const mobileOnly = { ...PROFILE, channels: ['mobileCnap' as const] };
    const list = servicesToAgree('III', mobileOnly, { asOf: AS_OF });
    expect(list.services).toEqual([]);
    // Every service model III allows is left off for the channels; the others (a service no CNAP takes, such as
    // the «пакунок школяра», whose delivery names no model) for the model.
    const catalog = defaultCatalog();
    for (const service of list.leftOut) {
      const allows = catalog.get(service.serviceId, { asOf: AS_OF }).delivery.value.models.includes('III');
      expect(service.reason).toBe(allows ? 'channels' : 'model');
    }
    expect(list.leftOut.some((service) => service.reason === 'channels')).toBe(true);
    expect(thrown(() => servicesToAgreeHtml('III', mobileOnly, { asOf: AS_OF })).code).toBe('NO_SERVICES');
  });

  it('leaves off a service the model does not allow', () => {
    const catalog = extendCatalog({
      overrides: {
        'housing-subsidy': {
          delivery: [
            {
              value: { models: ['III'], socialHromada: false },
              basis: [{ act: 'law-5203-vi', evidence: 'none', checkedOn: '2026-11-26' }],
            },
          ],
        },
      },
    });
    const list = servicesToAgree('I', PROFILE, { asOf: AS_OF, catalog });
    expect(list.leftOut).toContainEqual(
      expect.objectContaining({ serviceId: 'housing-subsidy', reason: 'model' }),
    );
    expect(list.services.map((service) => service.serviceId)).not.toContain('housing-subsidy');
  });

  it('prints a numbered table with no empty cell', () => {
    const html = servicesToAgreeHtml('I', PROFILE, { asOf: AS_OF });
    const count = servicesToAgree('I', PROFILE, { asOf: AS_OF }).services.length;
    expect(html.match(/<tr data-service=/g)).toHaveLength(count);
    expect(cells(html).filter((text) => text === '')).toEqual([]);
  });

  it('refuses a model that is not one', () => {
    expect(thrown(() => servicesToAgree('IV' as 'I', PROFILE)).path).toBe('model');
  });
});

describe('the cards for the council’s decision', () => {
  const html = cardsDocument('I', PROFILE, { asOf: AS_OF });
  const services = servicesToAgree('I', PROFILE, { asOf: AS_OF }).services;

  it('holds an information card and a technological card of every service, each on its own page', () => {
    for (const service of services) {
      expect(html).toContain(`class="vikno-information-card" lang="uk" data-service="${service.serviceId}"`);
      expect(html).toContain(
        `class="vikno-technological-card vikno-page" lang="uk" data-service="${service.serviceId}"`,
      );
    }
    expect(html.match(/<section class="vikno-information-card"/g)).toHaveLength(services.length);
  });

  it('prints the CNAP’s details, the documents and the stages, and no empty cell', () => {
    expect(html).toContain('с. Сонячне, вул. Миру, 1');
    expect(html).toContain('Вичерпний перелік документів');
    expect(html).toContain('Адміністратор ЦНАП');
    expect(cells(html).filter((text) => text === '')).toEqual([]);
  });
});

describe('the transfer register and the journal', () => {
  it('prints a blank form of model III with ten numbered rows and both signatures', () => {
    const html = transferRegisterHtml(PROFILE);
    expect(html.match(/<tr class="vikno-blank">/g)).toHaveLength(10);
    expect(html).toContain('Передав: адміністратор ЦНАП');
    expect(html).toContain('Управління соціального захисту населення');
  });

  it('prints a starosta district’s register, to be kept by the head of the department (seed 004)', () => {
    const html = transferRegisterHtml(PROFILE, {
      from: { kind: 'starostaDistrict', id: 'lisove' },
      number: '3/2026',
      date: '2026-12-04',
      entries: [
        {
          registrationNumber: '41',
          registeredOn: '2026-12-03',
          applicant: 'Петренко О. І.',
          service: 'housing-subsidy',
          sheets: 7,
        },
      ],
    });
    expect(html).toContain('Фронт-офіс старостинського округу: Лісівський старостинський округ');
    expect(html).toContain('Реєстр передано на зберігання начальнику відділу');
    expect(html).toContain('Усього заяв: 1; аркушів: 7');
    expect(html).toContain('<td>41 від 03.12.2026</td>');
  });

  it('refuses an office the profile does not have, without naming it', () => {
    const error = thrown(() =>
      transferRegisterHtml(PROFILE, { from: { kind: 'starostaDistrict', id: 'atlantis' } }),
    );
    expect(error.path).toBe('options.from.id');
    expect(error.message).not.toContain('atlantis');
  });

  it('registers an application received on a Saturday on the next working day', () => {
    const entries = [
      {
        registrationNumber: '7',
        receivedOn: '2026-12-05',
        applicant: 'Коваль Іван',
        service: 'idp-certificate',
      },
    ];
    expect(applicationJournalHtml(PROFILE, { entries })).toContain('<td>05.12.2026</td><td>07.12.2026</td>');
    const csv = applicationJournalCsv(entries);
    expect(csv.startsWith('\uFEFF№ з/п,')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^1,7,05\.12\.2026,07\.12\.2026,Коваль Іван,,/);
  });

  it('writes a formula-looking name as text in the CSV', () => {
    const csv = applicationJournalCsv(
      [
        {
          registrationNumber: '1',
          receivedOn: '2026-12-01',
          applicant: '=HYPERLINK("http://x")',
          service: 'x',
        },
      ],
      { delimiter: ';' },
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('prints a blank journal of fifteen rows for a remote workplace', () => {
    const html = applicationJournalHtml(PROFILE, { office: { kind: 'remoteWorkplace', id: 'vrm-richkove' } });
    expect(html.match(/<tr class="vikno-blank">/g)).toHaveLength(15);
    expect(html).toContain('ВРМ у с. Річкове');
  });
});

describe('escaping', () => {
  const hostile = fc.oneof(
    fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "'; --",
      '&amp;<',
      '</td></tr></table>',
    ),
    fc.string({ minLength: 1, maxLength: 40 }),
  );

  test.prop([hostile, hostile, hostile], { numRuns: 40 })(
    'prints every text of the profile and the entries escaped, never as markup',
    (name, applicant, note) => {
      const profile = {
        ...SONYACHNE,
        name: { uk: name, en: name },
        hromada: { uk: note, en: note },
      };
      const documents = [
        { html: servicesToAgreeHtml('III', parseCnapProfile(profile), { asOf: AS_OF }), texts: [name, note] },
        {
          html: transferRegisterHtml(parseCnapProfile(profile), {
            entries: [{ registrationNumber: '1', registeredOn: AS_OF, applicant, service: note, note }],
          }),
          texts: [name, applicant, note],
        },
        {
          html: applicationJournalHtml(parseCnapProfile(profile), {
            entries: [
              { registrationNumber: '1', receivedOn: AS_OF, applicant, service: note, contact: name },
            ],
          }),
          texts: [name, applicant, note],
        },
      ];
      for (const { html, texts } of documents) {
        for (const text of texts) expect(html).toContain(escapeHtml(text));
        expect(html).not.toContain('<script');
        expect(html).not.toContain('<img');
      }
    },
  );
});
