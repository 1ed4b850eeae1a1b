export type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | EventListener | undefined>;

/**
 * An element with attributes, listeners (on…) and children. Text always goes in as text nodes:
 * what the gateway returns (names, comments, reasons) can never become markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(
    ...children
      .flat()
      .filter((child): child is Node | string | number => child !== null && child !== undefined && child !== false)
      .map((child) => (typeof child === 'number' ? String(child) : child)),
  );
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element: the explanation chart is drawn with attributes, so it needs no inline style. */
export function svg(
  tag: string,
  attributes: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** A row with attributes of its own (a class that marks it, an id), for `table`. */
export interface Row {
  cells: Child[];
  attributes: Attributes;
}

/** A table of rows under a header; an empty table says `empty` instead. */
export function table(headers: string[], rows: (Child[] | Row)[], empty: string): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, empty);
  return h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((header) => h('th', {}, header)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) => {
        const { cells, attributes } = Array.isArray(row) ? { cells: row, attributes: {} } : row;
        return h(
          'tr',
          attributes,
          cells.map((cell) => h('td', {}, cell)),
        );
      }),
    ),
  );
}

export const when = (iso: string) => new Date(iso).toLocaleString();
export const number = (value: number | null | undefined, digits = 3) =>
  value == null ? '–' : Number(value.toFixed(digits)).toString();
