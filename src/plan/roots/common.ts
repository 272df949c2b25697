/**
 * What root rules share: the rule shape, resolving the references a root is given inside its
 * statement, naming those that matched nothing, and the connection root (a page's rows and its count).
 */
import { COUNT_CAP, type KeysetBounds, type KeysetPage, plannablePage } from '../../data/paging.js';
import { nameKey } from '../../ontology.js';
import { type Compiler, indent } from '../compiler.js';
import { project, subquery } from '../project.js';
import { below, type Selection, type SelectedField } from '../selection.js';
import '../rules.js';

export interface RootRule {
  /** What of the root's arguments decides the text besides the selection (which references are given, a paging direction ...). */
  shape?: (args: Record<string, unknown>) => unknown;
  /**
   * The whole statement, ending `RETURN … AS root`: one row for a root of one object; for a list, one row
   * per item (`streamed`), since the driver decodes one record spanning many Bolt chunks far slower than
   * many small ones.
   */
  compile: (c: Compiler, root: SelectedField) => string;
}

/**
 * The clauses that answer a list root one row per item: `body` (run in a subquery importing `scope`)
 * binds one row per item, in order, and `item` projects it; each row also carries `head`, the entries
 * about the whole list (its count, references that matched nothing), so an empty list is one row whose
 * item is null.
 */
export function streamed(scope: string, body: readonly string[], item: string, head: Record<string, string> = {}): string {
  const entries = [`item: item`, ...Object.entries(head).map(([k, v]) => `${k}: ${v}`)];
  return [`OPTIONAL CALL (${scope}) {`, ...indent(body), `  RETURN ${item} AS item`, '}', `RETURN {${entries.join(', ')}} AS root`].join('\n');
}

export const EMPTY: Selection = { fields: [], conflict: false };

export const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * Resolves the reference in argument `argument` (as `lookup` does) into a fresh variable, null when the
 * argument is absent or matches nothing.
 */
export function resolve(c: Compiler, root: SelectedField, argument: string): { clause: string; v: string } {
  const v = c.fresh('ref');
  const clause = c.fragment('roots/resolve', {
    vars: { that: v },
    params: {
      text: c.param(root, `${argument}Text`, (args) => text(args[argument])),
      key: c.param(root, `${argument}Key`, (args) => {
        const t = text(args[argument]);
        return t === null ? null : nameKey(t);
      }),
    },
  });
  return { clause, v };
}

/** The names of the given reference arguments that matched nothing (`refs`: argument → its variable). */
export const missing = (c: Compiler, root: SelectedField, refs: Record<string, string>) =>
  `[x IN [${Object.entries(refs)
    .map(
      ([argument, v]) =>
        `CASE WHEN ${c.param(root, `${argument}Given`, (args) => given(args[argument], root.required.has(argument)))} AND ${v} IS NULL THEN '${argument}' END`,
    )
    .join(', ')}] WHERE x IS NOT NULL]`;

/** Whether a reference argument was given: a required one always (an empty one matches nothing), an optional one when it holds text. */
const given = (v: unknown, required: boolean) => typeof v === 'string' && (required || v !== '');

/** The anchor binds `that`, one entity or null; the root is its projection. */
export function oneEntity(anchor: (c: Compiler, root: SelectedField, that: string) => string): RootRule {
  return {
    compile: (c, root) => {
      const that = c.fresh('n');
      const projection = project(c, root.type, that, root.selection ?? EMPTY);
      return [anchor(c, root, that), ...projection.pre, `RETURN ${projection.map} AS root`].join('\n');
    },
  };
}

/** The page a connection root's arguments ask for (already validated by its resolver). */
export const pageOf = (args: Record<string, unknown>, bounds: KeysetBounds): KeysetPage =>
  plannablePage(args, bounds) ?? { after: bounds.after, before: bounds.before, limit: 1, direction: 'forward' };

/** What a connection root reads: its page, the key of a row, its count (null when not selected) and what else a row carries. */
export interface ConnectionSpec {
  /** The node type of the connection's edges. */
  nodeType: string;
  /** Clauses binding one row per item (`that`), in list order for the page's direction. */
  page: (that: string) => string;
  /** An item's sort key (its cursor), from `that`. */
  key: (that: string) => string;
  /** Clauses binding the rows to count (`that`), or null when the count is not selected. */
  count: (that: string) => string | null;
  /** Variables of the enclosing scope the page and the count read (resolved references). */
  imports?: readonly string[];
  /** More entries of the root beside `rows` and `count` (`missing` ...). */
  extra?: Record<string, string>;
  /** More entries of each row beside `key` and `node`, with the clauses they need. */
  row?: (that: string) => { pre: string[]; entries: Record<string, string> };
}

/**
 * A connection root, one row per edge (`streamed`): `{item: {key, node, …}, count, …}`, the page's rows
 * (one more than asked, as the resolver expects) projected for `edges { node }`, and the count when selected.
 */
export function connectionRoot(c: Compiler, root: SelectedField, spec: ConnectionSpec): string {
  const that = c.fresh('n');
  const node = project(c, spec.nodeType, that, below([root], 'edges', 'node') ?? EMPTY);
  const scope = (spec.imports ?? []).join(', ');
  const extra = spec.row?.(that) ?? { pre: [], entries: {} };
  const rowEntries = [`key: ${spec.key(that)}`, `node: ${node.map}`, ...Object.entries(extra.entries).map(([k, v]) => `${k}: ${v}`)];
  const counted = spec.count(c.fresh('n'));
  const total = counted === null ? null : subquery(c, scope, [counted], 'count(*)');
  return [
    ...(total?.pre ?? []),
    streamed(scope, [spec.page(that), ...node.pre, ...extra.pre], `{${rowEntries.join(', ')}}`, { ...(total ? { count: total.value } : {}), ...spec.extra }),
  ].join('\n');
}

export const countSelected = (root: SelectedField) => root.selection?.fields.some((f) => f.name === 'totalCount' || f.name === 'totalCountCapped') ?? false;

export const countLimit = (c: Compiler) => c.constant('countLimit', COUNT_CAP + 1);
