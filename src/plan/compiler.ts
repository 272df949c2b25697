/**
 * The statement a plan is compiled into, and the pieces it is built from. Cypher fragments live in
 * cypher/plan/*.cypher, loaded once; in them `this` is the node or relationship the fragment starts
 * from and `that` what it binds, and every `$parameter` is renamed per field (`$f3_limit`), so two
 * fields of one request never share a parameter. Values never enter the text: the text depends only on
 * the shape of the request (which fields, and what their rules derive from arguments as `shape`), so one
 * shape compiles once and Neo4j plans it once; values are bound per request by the extractors the
 * compilation recorded (`param`), each reading the arguments of one field.
 */
import { cypherFragment, type PageDirection, ordered } from '../db/cypher.js';
import type { SelectedField } from './selection.js';

/** How a parameter's value is taken from the arguments of the field it belongs to. */
interface Slot {
  name: string;
  field: number;
  value: (args: Record<string, unknown>, field: SelectedField) => unknown;
}

/** A compiled statement: its text, and how a request of its shape binds its parameters. */
export interface CompiledPlan {
  text: string;
  slots: readonly Slot[];
}

/** Parameters of `plan` for a request whose fields (by depth-first index) are `fields`. */
export function bind(plan: CompiledPlan, fields: readonly SelectedField[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const slot of plan.slots) params[slot.name] = slot.value(fields[slot.field]!.args, fields[slot.field]!);
  return params;
}

/** Every field of a request in depth-first order: `fields[i].index === i`. */
export function flatten(root: SelectedField): SelectedField[] {
  const out: SelectedField[] = [];
  const visit = (f: SelectedField) => {
    out[f.index] = f;
    for (const child of f.selection?.fields ?? []) visit(child);
  };
  visit(root);
  return out;
}

const COMMENT = /^\s*\/\/.*$/gm;

/** A fragment's text without comments, ready to substitute. */
const fragmentText = (name: string) => cypherFragment(`plan/${name}`).replace(COMMENT, '').trim();

export interface FragmentOptions {
  vars?: Record<string, string>;
  params?: Record<string, string>;
  tokens?: Record<string, string>;
  direction?: PageDirection;
  drop?: readonly string[];
}

export class Compiler {
  private readonly slots: Slot[] = [];
  private counter = 0;

  /** `nested` false: nested fields are not projected (their resolvers load them), only the root's own anchors. */
  constructor(readonly nested = true) {}

  /** A variable name not used elsewhere in the statement (`prefix` says what it holds, for whoever reads the text). */
  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  /** The parameter `name` of `field`, whose value `value` reads from the field's arguments. */
  param(field: SelectedField, name: string, value: (args: Record<string, unknown>) => unknown): string {
    const param = `f${field.index}_${name}`;
    if (!this.slots.some((s) => s.name === param)) this.slots.push({ name: param, field: field.index, value });
    return `$${param}`;
  }

  /** The `$view` parameter of `field`: the view of the graph it reads (its own arguments over those above it; src/data/view.ts). */
  view(field: SelectedField): string {
    const param = `f${field.index}_view`;
    if (!this.slots.some((s) => s.name === param)) this.slots.push({ name: param, field: field.index, value: (_args, f) => f.view });
    return `$${param}`;
  }

  /** A constant parameter (a limit of the schema, never a request's value). */
  constant(name: string, value: unknown): string {
    const param = `c_${name}`;
    if (!this.slots.some((s) => s.name === param)) this.slots.push({ name: param, field: 0, value: () => value });
    return `$${param}`;
  }

  /**
   * Fragment `cypher/plan/<name>.cypher`, with:
   * - `vars`: its variables renamed (`this`, `that` and any other it binds);
   * - `params`: its parameters renamed, each `$name` to a parameter from `param` or `constant` (one left
   *   unnamed is a bug of the rule, thrown at compile time);
   * - `tokens`: its tokens replaced by text the rule derived from the shape (a relationship pattern of
   *   allow-listed types, an attribute name of the ontology);
   * - `direction`: its ORDER BY marks written out for reading a keyset page that way (as `directions` of
   *   src/db/cypher.ts does for whole files);
   * - `drop`: its lines using these parameters left out (a bound the page does not have, which no sentinel
   *   can stand for; see `withoutBound` of src/db/cypher.ts).
   */
  fragment(name: string, options: FragmentOptions = {}): string {
    const { vars = {}, params = {}, tokens = {}, direction = 'forward', drop = [] } = options;
    let text = ordered(fragmentText(name), direction);
    if (drop.length)
      text = text
        .split('\n')
        .filter((line) => !drop.some((p) => line.includes(`$${p}`)))
        .join('\n');
    for (const [token, value] of Object.entries(tokens)) text = text.replaceAll(token, value);
    text = text.replace(/\$([A-Za-z_]\w*)/g, (_m, p: string) => {
      const renamed = params[p];
      if (!renamed) throw new Error(`plan/${name}: no value for $${p}`);
      return renamed;
    });
    const names = Object.keys(vars);
    // Variables only: a property access (`s.fact`) of the same name is left alone.
    if (names.length > 0) text = text.replace(new RegExp(`(?<![.\\w$])(${names.join('|')})\\b`, 'g'), (v) => vars[v]!);
    return text;
  }

  /** The plan so far, with its final text. */
  done(text: string): CompiledPlan {
    return { text, slots: [...this.slots] };
  }
}

/** Lines indented one level: subquery bodies, so a compiled statement reads as its structure. */
export const indent = (lines: readonly string[]) => lines.flatMap((l) => l.split('\n')).map((l) => `  ${l}`);
