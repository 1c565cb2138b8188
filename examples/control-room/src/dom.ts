// Building the page from data without innerHTML: every text the backend sends is set as text, never parsed.

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; `undefined` attributes are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number | boolean | undefined>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** A table with a caption, column headers and rows: what a screen reader reads in place of a chart. */
export function dataTable(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  testId: string,
): HTMLTableElement {
  return h(
    'table',
    { 'data-testid': testId },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          {},
          ...row.map((cell, index) =>
            index === 0
              ? h('th', { scope: 'row' }, String(cell))
              : h('td', typeof cell === 'number' ? { class: 'number' } : {}, String(cell)),
          ),
        ),
      ),
    ),
  );
}
