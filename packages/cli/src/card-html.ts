// The information card as an HTML fragment in either language. In Ukrainian it is, byte for byte, what
// `renderInformationCardHtml` of @vikno/catalog writes (a test holds them together); in English, the same rows,
// links and marks in English words.
import type { InformationCard } from '@vikno/catalog';
import type { LocalizedText } from '@vikno/law';

type Language = keyof LocalizedText;

/** The words of an information card around what the catalogue gives: its title, headings and note. */
export const CARD_WORDS = {
  card: {
    uk: 'Інформаційна картка адміністративної послуги',
    en: 'Information card of an administrative service',
  },
  registerId: {
    uk: 'Ідентифікатор послуги в Реєстрі адміністративних послуг',
    en: 'The service’s id in the Register of administrative services',
  },
  localCode: { uk: 'Код послуги в ЦНАП', en: 'The CNAP’s code of the service' },
  asOf: { uk: 'Станом на', en: 'As of' },
  cnap: {
    uk: 'Інформація про центр надання адміністративних послуг',
    en: 'The administrative service centre',
  },
  conditions: {
    uk: 'Умови отримання адміністративної послуги',
    en: 'Conditions of the administrative service',
  },
  acts: {
    uk: 'Нормативні акти, якими регламентується надання адміністративної послуги',
    en: 'The acts that regulate the service',
  },
  unchecked: { uk: 'не звірено', en: 'not checked' },
  unverified: {
    uk: '* Дані не звірено з офіційним текстом акта; перевірте їх перед використанням.',
    en: '* Not checked against the official text of the act; check before use.',
  },
} satisfies Record<string, LocalizedText>;

function escaped(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function day(date: string, language: Language): string {
  return language === 'uk' ? date.split('-').reverse().join('.') : date;
}

/** Whether a link may be written: http(s) only, whatever reached the renderer (`informationCard` checked it). */
function isWebLink(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/[^\s<>"'`]+$/i.test(url);
}

/**
 * An information card (from `informationCard`) as an HTML `<section>` in `language`, every text escaped.
 *
 * @param card - a card `informationCard` of @vikno/catalog made.
 * @param language - `uk` (the catalogue's own rendering) or `en`.
 */
export function cardHtml(card: InformationCard, language: Language): string {
  const unchecked = `<sup title="${CARD_WORDS.unchecked[language]}">*</sup>`;
  const rows = (rows: InformationCard['cnap']) =>
    rows
      .map(
        (row) =>
          `<tr data-row="${escaped(row.key)}"><th scope="row">${escaped(row.heading[language])}${
            row.verified ? '' : unchecked
          }</th><td>${row.lines.map((line) => escaped(line[language])).join('<br>')}</td></tr>`,
      )
      .join('\n');
  const identifiers = [
    ...(card.registerId ? [`${CARD_WORDS.registerId[language]}: ${card.registerId}`] : []),
    ...(card.localCode ? [`${CARD_WORDS.localCode[language]}: ${card.localCode}`] : []),
    `${CARD_WORDS.asOf[language]} ${day(card.asOf, language)}`,
  ];
  const acts = card.acts
    .map((act) => {
      const text = isWebLink(act.url)
        ? `<a href="${escaped(act.url)}">${escaped(act.text[language])}</a>`
        : escaped(act.text[language]);
      return `<li>${text}${act.verified ? '' : unchecked}</li>`;
    })
    .join('\n');
  // As the catalogue counts it: the service's rows and acts; the CNAP's own rows are the CNAP's word.
  const unverified = card.conditions.some((row) => !row.verified) || card.acts.some((act) => !act.verified);
  return [
    `<section class="vikno-information-card" lang="${language}" data-service="${escaped(card.serviceId)}">`,
    `<h1>${CARD_WORDS.card[language]}</h1>`,
    `<h2>${escaped(card.title[language])}</h2>`,
    ...identifiers.map((line) => `<p>${escaped(line)}</p>`),
    `<h3>${CARD_WORDS.cnap[language]}</h3>`,
    `<table>\n${rows(card.cnap)}\n</table>`,
    `<h3>${CARD_WORDS.conditions[language]}</h3>`,
    `<table>\n${rows(card.conditions)}\n</table>`,
    `<h3>${CARD_WORDS.acts[language]}</h3>`,
    `<ul>\n${acts}\n</ul>`,
    ...(unverified ? [`<p class="vikno-unverified">${CARD_WORDS.unverified[language]}</p>`] : []),
    '</section>',
  ].join('\n');
}
