import { describe, expect, it } from 'vitest';
import { EXAMPLE_CNAP, FIXTURE_SOURCE, fixtureService } from '../test/fixtures.js';
import { Catalog } from './catalog.js';
import { CatalogError } from './errors.js';
import { describeFee, renderInformationCardHtml, renderInformationCardMarkdown } from './information-card.js';

const basis = [FIXTURE_SOURCE];
const verifiedBasis = [{ ...FIXTURE_SOURCE, verified: true }];
const catalog = Catalog.fromUnknown([
  fixtureService('birth-assistance', {
    registerId: '00999',
    names: [
      { value: { uk: 'Допомога <при> народженні | дитини', en: 'Birth assistance' }, basis: verifiedBasis },
    ],
    fee: [{ value: { kind: 'free' }, basis: verifiedBasis }],
    applicationWindow: [
      {
        value: {
          event: 'childBirth',
          within: { amount: 12, unit: 'months' },
          after: { uk: 'народження дитини', en: 'the birth of the child' },
        },
        basis,
      },
    ],
  }),
]);

describe('informationCard', () => {
  const card = catalog.informationCard('birth-assistance', EXAMPLE_CNAP, {
    asOf: '2026-11-23',
    documents: [{ uk: 'Заява', en: 'Application' }],
  });

  it('holds the rows of Law 5203-VI Art. 8 as structured data', () => {
    expect(card.registerId).toBe('00999');
    expect(card.localCode).toBe('03-01');
    expect(card.cnap.map((row) => row.key)).toEqual(['cnapName', 'address', 'hours', 'contacts']);
    expect(card.conditions.map((row) => row.key)).toEqual([
      'provider',
      'documents',
      'fee',
      'term',
      'applicationWindow',
      'result',
      'channels',
      'appeal',
    ]);
    const term = card.conditions.find((row) => row.key === 'term');
    expect(term?.lines[0]?.uk).toBe('10 робочих днів з дня реєстрації заяви');
    expect(term?.verified).toBe(false);
    const hours = card.cnap.find((row) => row.key === 'hours')?.lines.map((line) => line.uk);
    expect(hours).toContain('П’ятниця: 08:00–16:00 (перерва 12:00–12:45)');
    expect(hours).toContain('Неділя: вихідний');
  });

  it('renders Markdown in Ukrainian, escaping table syntax and marking unverified rows', () => {
    const markdown = renderInformationCardMarkdown(card);
    expect(markdown).toContain('## Допомога \\<при\\> народженні \\| дитини');
    expect(markdown).toContain('| Платність (безоплатність) | Безоплатно |');
    expect(markdown).toContain('| Строк надання * | 10 робочих днів з дня реєстрації заяви |');
    expect(markdown).toContain(
      '| Строк звернення * | Звернутися не пізніше ніж через 12 місяців після: народження дитини |',
    );
    expect(markdown).toContain('Ідентифікатор послуги в Реєстрі адміністративних послуг: 00999');
    expect(markdown).toContain('Станом на 23.11.2026');
    expect(markdown).toContain('- Тестовий акт від 01.01.2020 № 1-T *');
    expect(markdown).toContain('Дані не звірено');
  });

  it('renders HTML with every text escaped', () => {
    const html = renderInformationCardHtml(card);
    expect(html).toContain('<h2>Допомога &lt;при&gt; народженні | дитини</h2>');
    expect(html).not.toContain('<при>');
    expect(html).toContain(
      '<tr data-row="fee"><th scope="row">Платність (безоплатність)</th><td>Безоплатно</td></tr>',
    );
    expect(html).toContain('Вебсайт: https://cnap.example.org/');
    expect(html.startsWith('<section class="vikno-information-card" lang="uk"')).toBe(true);
  });

  it('renders the HTML card in English: the same rows, links and marks, in English words', () => {
    const uk = renderInformationCardHtml(card);
    const en = renderInformationCardHtml(card, { language: 'en' });
    expect(renderInformationCardHtml(card, { language: 'uk' })).toBe(uk);
    expect(en.startsWith('<section class="vikno-information-card" lang="en"')).toBe(true);
    expect(en).toContain('<h1>Information card of an administrative service</h1>');
    expect(en).toContain('<h2>Birth assistance</h2>');
    expect(en).toContain('<p>As of 2026-11-23</p>');
    expect(en).toContain('<sup title="not checked">*</sup>');
    expect(en).not.toMatch(/[а-яіїєґ]{4}/i);
    const skeleton = (html: string) => html.match(/data-row="[^"]+"|href="[^"]+"|<sup|<tr|<li/g);
    expect(skeleton(en)).toEqual(skeleton(uk));
  });

  it('refuses a language other than uk and en, without repeating it', () => {
    for (const options of [{ language: 'ru' }, { language: 'Петренко' }, 'en', null]) {
      try {
        renderInformationCardHtml(card, options as never);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(CatalogError);
        expect((error as CatalogError).code).toBe('INVALID_OPTION');
        expect(JSON.stringify(error)).not.toContain('Петренко');
      }
    }
  });

  it('rejects a malformed CNAP with every problem and its path', () => {
    try {
      catalog.informationCard(
        'birth-assistance',
        {
          ...EXAMPLE_CNAP,
          email: 'not-an-email',
          hours: { '1': { opens: '9:00', closes: '17:00' } },
        } as never,
        { asOf: '2026-11-23' },
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogError);
      const { code, issues } = error as CatalogError;
      expect(code).toBe('INVALID_CNAP');
      expect(issues.map((issue) => issue.path)).toEqual([
        'cnap.hours.1.opens',
        'cnap.hours.1.closes',
        'cnap.email',
      ]);
    }
  });
});

describe('describeFee', () => {
  it('writes kopiykas with two digits, after a comma in Ukrainian and a point in English', () => {
    expect(describeFee({ kind: 'paid', amount: 42.5, currency: 'UAH' })).toEqual([
      { uk: 'Платно: 42,50 грн', en: 'Paid: UAH 42.50' },
    ]);
    expect(describeFee({ kind: 'paid', amount: 85, currency: 'UAH' })).toEqual([
      { uk: 'Платно: 85 грн', en: 'Paid: UAH 85' },
    ]);
  });
});
