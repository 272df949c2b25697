/**
 * What the page does, each as one GraphQL request (or two) and a redraw:
 *
 *   search box  → search(query)              results list (name and kind)
 *   pick        → neighbourhood(entity, maxHops, relationTypes), entity(id), claims(entity), history(id)
 *   node click  → pick it and add its 1-hop neighbourhood
 *   edge click  → relations(type, from, to) and history(id): the relation's sources, each excerpt marked in
 *                 Article.text, and what curation changed of it
 *   buttons     → ownershipChain(entity) or paths(from, to), drawn as a highlighted path
 *
 * Every read passes `includeRetracted` from the "Show retracted facts" box, so retracted facts and sources
 * are drawn and listed (marked as such) only while it is checked.
 */
import { answered, gql } from './api.js';
import { renderChain, renderEntity, renderPaths, renderRelation } from './details.js';
import { attempt, h, plural, setStatus, ui } from './dom.js';
import type { ExplorerPathsQuery, RelationType } from './generated/graphql.js';
import { addToGraph, clearGraph, clearHighlight, cy, highlight, layout, select } from './graph.js';
import { CHAIN, ENTITY, HISTORY, NEIGHBOURHOOD, PATHS, RELATION, SEARCH } from './queries.js';
import { chosenTypes } from './relation-types.js';
import { type EntityRef, hasSources, type Relation, state } from './state.js';
import { kindIcon, kindLabel } from './vocabulary.js';

const entities = (n: number) => plural(n, 'entit', 'y', 'ies');
const relations = (n: number) => plural(n, 'relation');
const hops = (n: number) => plural(n, 'hop');
const includeRetracted = () => ui.showRetracted.checked;

/** What curation changed of an entity or a fact, newest first (the API's first 20 entries). */
async function history(id: string) {
  return answered((await gql(HISTORY, { id })).history, 'history').edges.map((e) => e.node);
}

export async function search(query: string): Promise<void> {
  setStatus(`Searching for “${query}”…`);
  const hits = answered((await gql(SEARCH, { query })).search, 'search');
  ui.results.replaceChildren(
    ...hits.map(({ entity }) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'result', 'data-id': entity.id, onclick: () => attempt('Drawing', () => pick(entity.id, { draw: true })) },
          kindIcon(entity.kind),
          h('span', { class: 'result-name' }, entity.name),
          h('span', { class: 'kind' }, kindLabel(entity.kind)),
        ),
      ),
    ),
  );
  ui.resultsHint.textContent = hits.length ? 'Pick one (click, or Tab to it and press Enter).' : `Nothing matches “${query}”.`;
  setStatus(`${plural(hits.length, 'result')} for “${query}”.`);
}

/** Makes an entity the picked one: draws its neighbourhood (`draw`) or adds its 1-hop one (`expand`). */
export async function pick(id: string, { draw = false, expand = false } = {}): Promise<void> {
  const graph = draw ? drawNeighbourhood(id) : expand ? expandNode(id) : null;
  const [{ entity, claims }, changes] = await Promise.all([gql(ENTITY, { id, ref: id, includeRetracted: includeRetracted() }), history(id), graph]);
  if (!entity) throw new Error(`entity ${id} not found`);
  state.picked = entity;
  const groups = answered(claims, 'claims');
  ui.pickedName.textContent = `${entity.name} (${kindLabel(entity.kind)})`;
  for (const button of [ui.chain, ui.setFrom, ui.setTo, ui.redraw]) button.disabled = false;
  select(id);
  renderEntity(entity, groups, changes);
}

/** A neighbourhood with its nodes flattened to entities carrying their depth, as the graph view draws them. */
async function neighbourhood(id: string, maxHops: number, relationTypes: RelationType[] | null) {
  const n = answered((await gql(NEIGHBOURHOOD, { entity: id, maxHops, relationTypes, includeRetracted: includeRetracted() })).neighbourhood, 'neighbourhood');
  return { ...n, nodes: n.nodes.map((x): EntityRef => ({ ...x.entity, depth: x.depth })) };
}

export async function drawNeighbourhood(id: string): Promise<void> {
  const maxHops = Number(ui.hops.value);
  const types = chosenTypes();
  setStatus('Drawing the neighbourhood…');
  const n = await neighbourhood(id, maxHops, types);
  clearGraph();
  const added = addToGraph(n.nodes, n.edges);
  cy.$id(n.centre.id).addClass('centre');
  await layout(added);
  setStatus(
    `${n.centre.name}: ${entities(n.nodes.length - 1)} and ${relations(n.edges.length)} within ${hops(maxHops)}` +
      `${n.truncated ? ' (truncated at 200 entities)' : ''}. Click a node to expand it, an edge for its evidence.`,
  );
}

async function expandNode(id: string): Promise<void> {
  const n = await neighbourhood(id, 1, chosenTypes());
  const added = addToGraph(n.nodes, n.edges);
  await layout(added, id);
  const count = added.nodes().length;
  setStatus(`${n.centre.name}: ${count ? `added ${entities(count)}` : 'nothing new to add'} (1 hop).`);
}

let redrawTimer: ReturnType<typeof setTimeout> | undefined;
/** Redraws the picked entity's neighbourhood shortly after the controls stop changing. */
export function scheduleRedraw(): void {
  clearTimeout(redrawTimer);
  if (!state.picked) return;
  redrawTimer = setTimeout(() => {
    const picked = state.picked;
    if (picked) attempt('Drawing', () => drawNeighbourhood(picked.id));
  }, 400);
}

export async function showRelation(id: string): Promise<void> {
  const known = state.relations.get(id);
  if (!known) return;
  const loadRelation = async (): Promise<Relation> => {
    if (hasSources(known)) return known;
    const variables = { type: known.type, from: known.fromId, to: known.toId, includeRetracted: known.retracted || includeRetracted() };
    const relations = answered((await gql(RELATION, variables)).relations, 'relations');
    const found = relations.edges.map((e) => e.node).find((r) => r.id === id);
    if (!found) throw new Error(`relation ${id} not found`);
    state.relations.set(id, { ...known, ...found });
    return found;
  };
  const [relation, changes] = await Promise.all([loadRelation(), history(id)]);
  select(id);
  renderRelation(relation, changes);
  setStatus(`Evidence for ${relation.from.name} ${relation.type} ${relation.to.name}.`);
}

export async function drawChain(): Promise<void> {
  const entity = state.picked;
  if (!entity) return;
  setStatus(`Ownership chain of ${entity.name}…`);
  const chain = answered((await gql(CHAIN, { entity: entity.id, includeRetracted: includeRetracted() })).ownershipChain, 'ownershipChain');
  const chainHops = chain.paths.flatMap((p) => p.hops);
  await drawRelations([chain.entity], chainHops, entity.id);
  if (chainHops.length)
    highlight(
      [chain.entity.id, ...chainHops.flatMap((r) => [r.fromId, r.toId])],
      chainHops.map((r) => r.id),
    );
  else clearHighlight();
  renderChain(chain);
  const owners = chain.ultimateOwners.map((o) => o.name).join(', ');
  setStatus(
    chain.paths.length
      ? `Ownership chain of ${entity.name} highlighted: ultimately owned by ${owners || 'an owner beyond the search depth'}.`
      : `No owner of ${entity.name} is recorded.`,
  );
}

export async function drawPaths(): Promise<void> {
  const { pathFrom: from, pathTo: to } = state;
  if (!from || !to) return;
  const types = chosenTypes();
  setStatus(`Paths from ${from.name} to ${to.name}…`);
  const paths = answered((await gql(PATHS, { from: from.id, to: to.id, relationTypes: types, includeRetracted: includeRetracted() })).paths, 'paths');
  await drawRelations(
    paths.flatMap((p) => p.nodes),
    paths.flatMap((p) => p.edges),
    from.id,
  );
  const [shortest] = paths;
  if (shortest) highlightPath(shortest);
  else clearHighlight();
  renderPaths(from, to, paths);
  setStatus(
    shortest
      ? `Shortest path from ${from.name} to ${to.name} highlighted (${hops(shortest.length)}).`
      : `No path of at most 6 hops joins ${from.name} and ${to.name}.`,
  );
}

export const highlightPath = (path: NonNullable<ExplorerPathsQuery['paths']>[number]): void =>
  highlight(
    path.nodes.map((n) => n.id),
    path.edges.map((r) => r.id),
  );

/** Adds a chain's or a path's entities and relations (with their sources) to the drawing. */
async function drawRelations(entities: readonly EntityRef[], relations: readonly Relation[], near: string): Promise<void> {
  const ends = relations.flatMap((r) => [r.from, r.to]);
  const anchored = state.entities.has(near);
  const added = addToGraph([...entities, ...ends], relations);
  await layout(added, anchored ? near : undefined);
}

/** Makes the picked entity the start or the end of the path to find. */
export function setPathEnd(end: 'from' | 'to'): void {
  const picked = state.picked;
  if (!picked) return;
  if (end === 'from') state.pathFrom = picked;
  else state.pathTo = picked;
  const describe = (e: EntityRef | null) => (e ? `${e.name} (${kindLabel(e.kind)})` : 'not set');
  ui.pathFrom.textContent = describe(state.pathFrom);
  ui.pathTo.textContent = describe(state.pathTo);
  ui.findPath.disabled = !(state.pathFrom && state.pathTo && state.pathFrom.id !== state.pathTo.id);
  setStatus(`${picked.name} is the path ${end === 'from' ? 'start' : 'end'}.`);
}
