// The printable documents' one HTML shell and one escape: every text a document prints goes through `escapeHtml`,
// and every document is a whole page with its print CSS inline, so it prints the same from a file, a browser or
// headless Chromium, with nothing fetched.

/**
 * A text as HTML shows it literally: `&`, `<`, `>`, `"` and `'` as entities, so a name typed into a profile can
 * never open a tag, close an attribute or start a script wherever a document prints it.
 *
 * @param text - any text.
 * @returns the text with the five characters HTML gives meaning to written as entities.
 * @example
 * ```ts
 * import { escapeHtml } from '@vikno/adoption';
 *
 * escapeHtml('<b>«Сонячна» & Co</b>');
 * //=> '&lt;b&gt;«Сонячна» &amp; Co&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The print stylesheet every document shares: A4, black on white, tables that break between rows only. */
const PRINT_CSS = `
@page { size: A4; margin: 18mm 15mm 18mm 20mm; }
* { box-sizing: border-box; }
html { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 12pt; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 190mm; padding: 8mm 0; line-height: 1.35; }
body.vikno-landscape { max-width: 277mm; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 5mm 0 2mm; }
h3 { font-size: 12pt; margin: 4mm 0 2mm; }
p { margin: 1mm 0; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; }
th, td { border: 0.5pt solid #000; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
thead th { background: #eee; text-align: center; font-weight: bold; }
th[scope="row"] { width: 38%; font-weight: normal; background: #f6f6f6; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.vikno-blank td { height: 9mm; }
.vikno-meta { text-align: center; margin-bottom: 4mm; }
.vikno-note { font-size: 10pt; }
.vikno-sources { font-size: 9.5pt; }
.vikno-signatures { margin-top: 10mm; display: grid; grid-template-columns: 1fr 1fr; gap: 8mm 12mm; }
.vikno-signature { border-top: 0.5pt solid #000; padding-top: 1mm; font-size: 10pt; min-height: 12mm; }
.vikno-page { break-before: page; page-break-before: always; }
.vikno-page:first-of-type { break-before: auto; page-break-before: auto; }
.vikno-box { display: inline-block; width: 4.5mm; height: 4.5mm; border: 0.8pt solid #000; vertical-align: middle; }
@media screen { body { padding: 10mm; } .vikno-page { border-top: 1px dashed #999; padding-top: 6mm; margin-top: 6mm; } }
`;

/** What {@link printablePage} wraps: the title, the body, and the orientation. */
export interface PageParts {
  /** The document's title (the browser tab, the PDF's title), plain text. */
  readonly title: string;
  /** The body, already HTML: every text in it escaped. */
  readonly body: string;
  /** `true` for a wide table (a journal, a register) printed across the page. */
  readonly landscape?: boolean;
  /** The kind of document, for programs: `data-document` on `<body>`. */
  readonly kind: string;
}

/** A whole HTML page in Ukrainian with the print stylesheet inline and no external asset. */
export function printablePage(parts: PageParts): string {
  const landscape = parts.landscape === true;
  return [
    '<!doctype html>',
    '<html lang="uk">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${PRINT_CSS}${landscape ? '@page { size: A4 landscape; margin: 15mm; }' : ''}</style>`,
    '</head>',
    `<body class="vikno-document${landscape ? ' vikno-landscape' : ''}" data-document="${escapeHtml(parts.kind)}">`,
    parts.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A civil day `YYYY-MM-DD` as Ukrainian documents write it, `DD.MM.YYYY`. */
export function ukDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}
