/**
 * The view of the graph a read asks for: `asOf` (what the graph held at that instant: facts asserted by
 * then and not retracted by then), `asReportedOn` (only facts reported on or before that day) and
 * `includeRetracted` (retracted facts shown too). Every traversal and fact or evidence list takes these
 * arguments; a list nested below a field that gave them inherits them, argument by argument, unless it
 * gives its own (so "the graph as of T" holds for the whole answer of a root that asked for it). The
 * planner (src/plan/selection.ts) and the loaders' resolvers (`viewAt`) compute the same view for a
 * field, so a planned answer is the loaded one. The Cypher side is cypher/plan/visible/.
 */
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode, valueFromASTUntyped } from 'graphql';

/** The `$view` parameter of every statement that lists facts or evidence (cypher/plan/visible/*.cypher). */
export interface View {
  /** An ISO date-time with offset, or null: now. */
  asOf: string | null;
  /** An ISO date, or null: any day. */
  reportedOn: string | null;
  /** Retracted facts and sources shown too. */
  retracted: boolean;
}

/** The view of a read that asks for none: the graph as it is now, retracted facts left out. */
export const CURRENT: View = { asOf: null, reportedOn: null, retracted: false };

/** The view arguments and the entry of `View` each sets. */
const ARGUMENTS = new Map<string, keyof View>([
  ['asOf', 'asOf'],
  ['asReportedOn', 'reportedOn'],
  ['includeRetracted', 'retracted'],
]);

/**
 * The view of a field selected by `nodes` below a field whose view is `inherited`: each view argument
 * given on the field (a literal, or a variable the request gave) replaces the inherited value.
 */
export function ownView(nodes: readonly FieldNode[], variables: Record<string, unknown>, inherited: View): View {
  const view: View = { ...inherited };
  for (const arg of nodes[0]?.arguments ?? []) {
    const entry = ARGUMENTS.get(arg.name.value);
    if (!entry) continue;
    if (arg.value.kind === Kind.VARIABLE && !(arg.value.name.value in variables)) continue;
    const value: unknown = valueFromASTUntyped(arg.value, variables);
    if (entry === 'retracted') view.retracted = value === true;
    else view[entry] = typeof value === 'string' ? value : null;
  }
  return view;
}

/**
 * The view at the field `info` resolves: the operation walked from its root field along the response
 * path, each field's own view arguments applied over its parent's (what `selectionOf` computes for the
 * planner). For resolvers that load what no plan computed.
 */
export function viewAt(info: GraphQLResolveInfo): View {
  const keys: string[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) if (typeof p.key === 'string') keys.unshift(p.key);
  let view = CURRENT;
  let sets: readonly SelectionSetNode[] = [info.operation.selectionSet];
  for (const key of keys) {
    const nodes = sets.flatMap((set) => fieldsWithKey(info, set, key));
    view = ownView(nodes, info.variableValues, view);
    sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  }
  return view;
}

/** The fields of `set` (fragments spread) answering under response key `key`. */
function fieldsWithKey(info: GraphQLResolveInfo, set: SelectionSetNode, key: string): FieldNode[] {
  return set.selections.flatMap((sel) => {
    if (sel.kind === Kind.FIELD) return (sel.alias?.value ?? sel.name.value) === key ? [sel] : [];
    const inner = sel.kind === Kind.INLINE_FRAGMENT ? sel.selectionSet : info.fragments[sel.name.value]?.selectionSet;
    return inner ? fieldsWithKey(info, inner, key) : [];
  });
}
