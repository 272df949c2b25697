/**
 * What a root field asks for, read from its resolve info: every field below it (fragments spread,
 * `@skip`/`@include` applied, arguments coerced with their defaults), grouped by response key at each
 * position, with the object types each applies to. The planner compiles this tree into one statement.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { CURRENT, ownView, type View } from '../data/view.js';

/** One field at one position of the selection. */
export interface SelectedField {
  /** The response key: the alias, else the field name. */
  key: string;
  name: string;
  /** Its position in depth-first order from the root (0): what a compiled plan binds arguments by. */
  index: number;
  /** The arguments, coerced, with defaults. */
  args: Record<string, unknown>;
  /** The arguments the field requires (non-null). */
  required: ReadonlySet<string>;
  /** The named type the field returns. */
  type: string;
  /** The object types it is selected on; null when on every type possible at its position. */
  on: ReadonlySet<string> | null;
  /** What is selected below it: null for a scalar or enum. */
  selection: Selection | null;
  /** The view of the graph it reads: its own view arguments over those of the fields above it (src/data/view.ts). */
  view: View;
}

export interface Selection {
  /** Every field of this position, in document order (one per response key). */
  fields: readonly SelectedField[];
  /**
   * True when one response key names different fields on different types (`... on A { x: f } ... on B
   * { x: g }`), which the planner does not project: such a position gets whole records, its fields their loaders.
   */
  conflict: boolean;
}

interface Context {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  next: number;
}

/** The root field of `info` and everything selected below it. */
export function selectionOf(info: GraphQLResolveInfo): SelectedField {
  const ctx: Context = { schema: info.schema, fragments: info.fragments, variables: info.variableValues, next: 0 };
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) throw new Error(`no field ${info.parentType.name}.${info.fieldName}`);
  return build(ctx, info.fieldNodes, field, null, CURRENT);
}

function build(
  ctx: Context,
  nodes: readonly FieldNode[],
  field: GraphQLField<unknown, unknown>,
  on: ReadonlySet<string> | null,
  inherited: View,
): SelectedField {
  const first = nodes[0]!;
  const view = ownView(nodes, ctx.variables, inherited);
  const type = getNamedType(field.type);
  const selected: SelectedField = {
    key: first.alias?.value ?? first.name.value,
    name: field.name,
    index: ctx.next++,
    args: getArgumentValues(field, first, ctx.variables),
    required: new Set(field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name)),
    type: type.name,
    on,
    selection: null,
    view,
  };
  if (isCompositeType(type)) selected.selection = position(ctx, nodes, type, view);
  return selected;
}

interface Group {
  nodes: FieldNode[];
  on: Set<string> | null;
}

/** The fields selected under `nodes`, whose type is `type`. */
function position(ctx: Context, nodes: readonly FieldNode[], type: GraphQLNamedType, view: View): Selection {
  const possible = possibleTypes(ctx.schema, type);
  const groups = new Map<string, Group>();
  for (const node of nodes) if (node.selectionSet) collect(ctx, node.selectionSet, possible, null, groups);
  let conflict = false;
  const fields: SelectedField[] = [];
  for (const [, group] of groups) {
    const names = new Set(group.nodes.map((n) => n.name.value));
    if (names.size > 1) {
      conflict = true;
      continue;
    }
    const name = group.nodes[0]!.name.value;
    if (name.startsWith('__')) continue; // __typename: answered by the type resolvers, never by Cypher
    const on = group.on && group.on.size === possible.size ? null : group.on;
    const owner = on ? ctx.schema.getType([...on][0]!) : type;
    const field = isObjectType(owner) || isInterfaceType(owner) ? owner.getFields()[name] : undefined;
    if (!field) continue;
    fields.push(build(ctx, group.nodes, field, on, view));
  }
  return { fields, conflict };
}

function collect(ctx: Context, set: SelectionSetNode, possible: ReadonlySet<string>, on: ReadonlySet<string> | null, groups: Map<string, Group>): void {
  for (const sel of set.selections) {
    if (!included(ctx, sel)) continue;
    if (sel.kind === 'Field') {
      const key = sel.alias?.value ?? sel.name.value;
      const group = groups.get(key);
      if (!group) groups.set(key, { nodes: [sel], on: on ? new Set(on) : null });
      else {
        group.nodes.push(sel);
        // A field selected on every type somewhere is selected on every type.
        if (group.on && on) for (const t of on) group.on.add(t);
        else group.on = null;
      }
      continue;
    }
    const condition = sel.kind === 'InlineFragment' ? sel.typeCondition?.name.value : ctx.fragments[sel.name.value]?.typeCondition.name.value;
    const selectionSet = sel.kind === 'InlineFragment' ? sel.selectionSet : ctx.fragments[sel.name.value]?.selectionSet;
    if (!selectionSet) continue;
    const narrowed = condition ? intersect(on ?? possible, possibleTypes(ctx.schema, ctx.schema.getType(condition))) : on;
    if (narrowed && narrowed.size === 0) continue;
    collect(ctx, selectionSet, possible, narrowed && narrowed.size === possible.size ? null : narrowed, groups);
  }
}

function included(ctx: Context, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, ctx.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, ctx.variables)?.if !== false;
}

function possibleTypes(schema: GraphQLSchema, type: GraphQLNamedType | null | undefined): ReadonlySet<string> {
  if (!type) return new Set();
  if (isObjectType(type)) return new Set([type.name]);
  if (isAbstractType(type)) return new Set(schema.getPossibleTypes(type).map((t) => t.name));
  return new Set();
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a].filter((t) => b.has(t)));
}

/** The fields named `name` at this position, under any alias. */
export function fieldsNamed(selection: Selection | null, name: string): SelectedField[] {
  return selection?.fields.filter((f) => f.name === name) ?? [];
}

const sameArgs = (a: SelectedField, b: SelectedField) => JSON.stringify(a.args) === JSON.stringify(b.args);

/**
 * One selection for fields that resolve to the same object (`a: edges { node { x } } b: edges { node { y } }`):
 * their fields together; one response key for two different fields (or arguments) is a conflict.
 */
export function merged(fields: readonly SelectedField[]): Selection | null {
  const selections = fields.map((f) => f.selection).filter((s): s is Selection => s !== null);
  if (selections.length <= 1) return selections[0] ?? null;
  const byKey = new Map<string, SelectedField[]>();
  let conflict = false;
  for (const selection of selections) {
    conflict ||= selection.conflict;
    for (const f of selection.fields) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  }
  const out: SelectedField[] = [];
  for (const group of byKey.values()) {
    const [first] = group;
    if (group.some((f) => f.name !== first!.name || !sameArgs(f, first!))) {
      conflict = true;
      continue;
    }
    out.push({ ...first!, on: group.some((f) => f.on === null) ? null : new Set(group.flatMap((f) => [...(f.on ?? [])])), selection: merged(group) });
  }
  return { fields: out, conflict };
}

/** The selection of the `child` field (under any alias) of the `parent` fields, merged: `edges` → `node` of a connection. */
export function below(fields: readonly SelectedField[], ...path: string[]): Selection | null {
  let level: readonly SelectedField[] = fields;
  for (const name of path) level = level.flatMap((f) => fieldsNamed(f.selection, name));
  return level.length ? merged(level) : null;
}
