/**
 * Projection: what a selection asks of one GraphQL type, as a Cypher map. Each type that is read from
 * the graph (entities, relations, sources) registers rules: for a scalar field, the properties its
 * resolver reads; for a nested field, a link, compiled into a `CALL` subquery whose value lands in the
 * record's `planned` map under the field's response key, where that field's resolver finds it. A field
 * with no rule (or arguments its rule will not plan) leaves its record whole and its resolver to its
 * loader: correct first, fast where planned.
 */
import { type Compiler, indent } from './compiler.js';
import type { Selection, SelectedField } from './selection.js';

/** Clauses that bind what a map needs (subqueries, run per row in the scope of its variable), and the map. */
export interface Projection {
  pre: string[];
  map: string;
}

/** A nested field's value: the clauses computing it, and the expression holding it afterwards. */
export interface Link {
  pre: string[];
  value: string;
}

export type FieldRule =
  /** A scalar field: the properties its resolver reads from the record. */
  | { reads: readonly string[] }
  | {
      /**
       * What of the field's arguments decides the Cypher text (a variant, a pattern, a paging direction); null
       * when the arguments are not plannable (invalid ones: the field's resolver reports them). Absent: nothing does.
       */
      shape?: (args: Record<string, unknown>) => unknown;
      link: (c: Compiler, v: string, field: SelectedField) => Link;
    };

export interface TypeRules {
  /** The record as a map: `reads` the properties the selected scalar fields read (null: whole), `planned` its `planned` entries. */
  map: (v: string, reads: readonly string[] | null, planned: readonly string[]) => string;
  /** The rule of `field` on the object type `type` (one of the types these rules serve), if it has one. */
  rule: (type: string, field: string) => FieldRule | undefined;
}

const TYPES = new Map<string, TypeRules>();

/** Registers the rules serving these GraphQL type names (an interface and its object types). */
export function registerTypes(names: readonly string[], rules: TypeRules): void {
  for (const name of names) TYPES.set(name, rules);
}

/**
 * The rule of a selected field: on a field selected only on some object types, the same rule must serve
 * every one of them (`refusals` of a company and of a law are different relations: not planned).
 */
function ruleFor(rules: TypeRules, type: string, field: SelectedField): FieldRule | undefined {
  if (!field.on) return rules.rule(type, field.name);
  const found = new Set([...field.on].map((t) => rules.rule(t, field.name)));
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether a link rule plans these arguments. */
const plans = (rule: FieldRule, args: Record<string, unknown>) => !('link' in rule) || rule.shape?.(args) !== null;

/** The projection of variable `v`, of GraphQL type `type`, for `selection`. */
export function project(c: Compiler, type: string, v: string, selection: Selection): Projection {
  const rules = TYPES.get(type);
  if (!rules) throw new Error(`no projection rules for ${type}`);
  const reads = new Set<string>();
  const planned: string[] = [];
  const pre: string[] = [];
  let whole = selection.conflict;
  for (const field of selection.fields) {
    const rule = ruleFor(rules, type, field);
    if (!rule || !plans(rule, field.args) || ('link' in rule && !c.nested)) {
      whole = true;
      continue;
    }
    if ('reads' in rule) {
      for (const r of rule.reads) reads.add(r);
      continue;
    }
    const link = rule.link(c, v, field);
    pre.push(...link.pre);
    planned.push(`\`${field.key}\`: ${link.value}`);
  }
  return { pre, map: rules.map(v, whole ? null : [...reads], planned) };
}

/**
 * A string that is equal for two selections exactly when they compile to the same text: field names,
 * response keys, type conditions and what each rule derives from its arguments (`shape`).
 */
export function shapeKey(type: string, selection: Selection | null): string {
  if (!selection) return '';
  const rules = TYPES.get(type);
  const parts = selection.fields.map((f) => {
    const rule = rules && ruleFor(rules, type, f);
    const shape = rule && 'link' in rule && rule.shape ? JSON.stringify(rule.shape(f.args)) : '';
    const on = f.on ? `@${[...f.on].sort().join('|')}` : '';
    return `${f.key}:${f.name}${on}${shape}{${shapeKey(f.type, f.selection)}}`;
  });
  return `${selection.conflict ? '!' : ''}${parts.join(',')}`;
}

/** A subquery run per row of `v`: `body` binds what `value` (its one returned expression) reads. */
export function subquery(c: Compiler, v: string, body: readonly string[], value: string): Link {
  const out = c.fresh('o');
  return { pre: [`CALL (${v}) {`, ...indent(body), `  RETURN ${value} AS ${out}`, '}'], value: out };
}

/**
 * The records a fragment binds (as `that`), projected as the field's type for its selection: a list, or
 * the first (null when none) for a field of one record.
 */
export function nested(c: Compiler, v: string, field: SelectedField, fragment: (that: string) => string, cardinality: 'many' | 'one' = 'many'): Link {
  const that = c.fresh('v');
  const child = project(c, field.type, that, field.selection ?? { fields: [], conflict: false });
  const collected = `collect(${child.map})`;
  return subquery(c, v, [fragment(that), ...child.pre], cardinality === 'many' ? collected : `head(${collected})`);
}
