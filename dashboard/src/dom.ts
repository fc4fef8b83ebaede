/** A few DOM helpers: elements built from data, never from HTML strings (article text is untrusted). */
type Attrs = Record<string, string | number | boolean | undefined | null | EventListener>;
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[] | Child[][])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children.flat(2)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  el.append(...children);
  return el;
}

/** Numbers as the dashboard shows them: grouped, at most 2 decimals. */
export const formatNumber = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** A clear message in place of a view (unknown province or article, API errors). */
export function message(kind: 'error' | 'info', title: string, detail?: string): HTMLElement {
  return h(
    'div',
    { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('h2', {}, title),
    detail ? h('p', {}, detail) : null,
  );
}

/** Offers `text` as a file download (the CSV buttons). */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function csvButton(filename: string, make: () => string): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: 'csv', 'data-csv': filename, onclick: () => download(filename, make()) },
    'Download CSV',
  );
}
