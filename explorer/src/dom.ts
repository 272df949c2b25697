/** DOM helpers, the page's elements and its status line. */

type Child = Node | string | null | undefined | false | readonly Child[];
type Attribute = string | boolean | null | undefined | ((event: Event) => void);

/** Creates an element; children are nodes or strings (always inserted as text, never as HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, Attribute> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  el.append(...present(children));
  return el;
}

/** The nodes and strings of a nested list of children, without the absent ones (null, undefined, false, ''). */
export function present(children: readonly Child[]): (Node | string)[] {
  return children.flatMap((c): (Node | string)[] =>
    Array.isArray(c) ? present(c) : c === null || c === undefined || c === false || c === '' ? [] : [c as Node | string],
  );
}

function byId<T extends HTMLElement>(id: string, type: abstract new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`the page has no ${type.name} #${id}`);
  return el;
}

/** The elements of index.html the script reads or writes. */
export const ui = {
  searchForm: byId('search-form', HTMLFormElement),
  searchInput: byId('search-input', HTMLInputElement),
  results: byId('results', HTMLUListElement),
  resultsHint: byId('results-hint', HTMLElement),
  hops: byId('hops', HTMLSelectElement),
  typeList: byId('type-list', HTMLElement),
  typesFacts: byId('types-facts', HTMLButtonElement),
  typesAll: byId('types-all', HTMLButtonElement),
  typesNone: byId('types-none', HTMLButtonElement),
  showRetracted: byId('show-retracted', HTMLInputElement),
  redraw: byId('redraw', HTMLButtonElement),
  pickedName: byId('picked-name', HTMLElement),
  chain: byId('chain', HTMLButtonElement),
  pathFrom: byId('path-from', HTMLElement),
  pathTo: byId('path-to', HTMLElement),
  setFrom: byId('set-from', HTMLButtonElement),
  setTo: byId('set-to', HTMLButtonElement),
  findPath: byId('find-path', HTMLButtonElement),
  clearHighlight: byId('clear-highlight', HTMLButtonElement),
  legend: byId('legend', HTMLUListElement),
  graph: byId('graph', HTMLElement),
  status: byId('status', HTMLElement),
  detailsHeading: byId('details-heading', HTMLElement),
  detailsBody: byId('details-body', HTMLElement),
};

export function setStatus(text: string, { error = false } = {}): void {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', error);
  ui.status.setAttribute('role', error ? 'alert' : 'status');
}

/** Runs an action, reporting its failure in the status line instead of losing it. */
export async function attempt<T>(what: string, action: () => Promise<T> | T): Promise<T | undefined> {
  document.body.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } catch (err) {
    setStatus(`${what} failed: ${err instanceof Error ? err.message : String(err)}`, { error: true });
    return undefined;
  } finally {
    document.body.removeAttribute('aria-busy');
  }
}

export const truncate = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** `count` and the noun, singular or plural: plural(1, 'hop') → "1 hop", plural(2, 'entit', 'y', 'ies') → "2 entities". */
export const plural = (count: number, stem: string, one = '', many = 's'): string => `${count} ${stem}${count === 1 ? one : many}`;
