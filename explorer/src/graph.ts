/**
 * The graph view: cytoscape.js drawing the entities (nodes, styled by kind) and relations (edges,
 * labelled by type) in `state`, laid out from fixed starting positions, with chains and paths
 * highlighted.
 */
import cytoscape from 'cytoscape';
import { truncate, ui } from './dom.js';
import { type Edge, type EntityRef, type Relation, state } from './state.js';
import { kindStyle } from './vocabulary.js';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export const cy = cytoscape({
  container: ui.graph,
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)' as cytoscape.Css.NodeShape,
        label: 'data(label)',
        width: 30,
        height: 30,
        'border-width': 1,
        'border-color': '#222',
        color: '#111',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
    { selector: 'node.centre', style: { width: 42, height: 42, 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000', 'overlay-opacity': 0 } },
    {
      selector: 'edge',
      style: {
        width: 2,
        'line-color': '#7a7a7a',
        'target-arrow-color': '#7a7a7a',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 9,
        color: '#333',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // The label is part of the edge's click target.
        'text-events': 'yes',
      },
    },
    { selector: 'edge[support = "INFERRED"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[support = "BACKGROUND"]', style: { 'line-style': 'dotted' } },
    {
      selector: 'edge[?retracted]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [3, 5], 'line-color': '#b8b8b8', 'target-arrow-color': '#b8b8b8', color: '#8a8a8a' },
    },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#000', 'target-arrow-color': '#000', 'overlay-opacity': 0 } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-style': 'double', 'border-color': '#b00020', 'z-index': 10 } },
    {
      selector: 'edge.on-path',
      style: { width: 6, 'line-color': '#b00020', 'target-arrow-color': '#b00020', color: '#b00020', 'font-weight': 'bold', 'font-size': 11, 'z-index': 10 },
    },
  ],
});

function entityData(e: EntityRef) {
  const { colour, shape, label } = kindStyle(e.kind);
  return { id: e.id, name: e.name, kind: e.kind, depth: e.depth ?? 1, label: `${truncate(e.name, 48)}\n(${label})`, colour, shape };
}

/** Each letter followed by a combining long stroke: text struck through, as a canvas label can show it. */
const struck = (text: string) => [...text].map((c) => `${c}\u0336`).join('');

function edgeData(r: Edge | Relation) {
  const label = r.retracted ? `${struck(r.type)} (retracted)` : r.type;
  return { id: r.id, source: r.fromId, target: r.toId, type: r.type, support: r.support, retracted: r.retracted, label };
}

/** Adds entities and relations not yet drawn; returns the new elements. */
export function addToGraph(entities: readonly EntityRef[], relations: readonly (Edge | Relation)[]): cytoscape.CollectionReturnValue {
  const added: cytoscape.ElementDefinition[] = [];
  for (const e of entities) {
    if (!state.entities.has(e.id)) added.push({ group: 'nodes', data: entityData(e) });
    state.entities.set(e.id, { ...state.entities.get(e.id), ...e });
  }
  for (const r of relations) {
    if (!(state.entities.has(r.fromId) && state.entities.has(r.toId))) continue;
    if (!state.relations.has(r.id)) added.push({ group: 'edges', data: edgeData(r) });
    state.relations.set(r.id, { ...state.relations.get(r.id), ...r });
  }
  return cy.add(added);
}

export function clearGraph(): void {
  cy.elements().remove();
  state.entities.clear();
  state.relations.clear();
  clearHighlight();
}

/**
 * Lays the graph out again with a force-directed layout. It starts from fixed positions, so the same
 * graph is always drawn the same way: new nodes next to `near` (the drawing stays recognisable), or, for
 * a new drawing, rings around the centre by distance.
 */
export async function layout(added: cytoscape.CollectionReturnValue, near?: string): Promise<void> {
  if (added.empty()) return;
  const around = (centre: cytoscape.Position, nodes: cytoscape.NodeCollection, radius: number) =>
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      n.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
  if (near) around(cy.$id(near).position(), added.nodes(), 80);
  else for (let depth = 0; depth <= 3; depth++) around({ x: 0, y: 0 }, cy.nodes(`[depth = ${depth}]`), 160 * depth);
  const options = {
    name: 'cose',
    randomize: false,
    // cose also takes 'end' (one animation from the old positions to the final ones), which the type definitions leave out.
    animate: reducedMotion ? false : ('end' as unknown as boolean),
    animationDuration: 300,
    nodeRepulsion: () => 90000,
    idealEdgeLength: () => 110,
    nodeOverlap: 20,
    nodeDimensionsIncludeLabels: true,
    padding: 40,
  } satisfies cytoscape.CoseLayoutOptions;
  const run = cy.layout(options);
  const stopped = run.promiseOn('layoutstop');
  run.run();
  await stopped;
}

const centre = (box: cytoscape.BoundingBox12) => ({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });

/** Draws the given nodes and relations thick, fades the rest, and brings them into view. */
export function highlight(nodeIds: readonly string[], relationIds: readonly string[]): void {
  cy.elements().addClass('faded').removeClass('on-path');
  const on = cy.collection();
  for (const id of [...nodeIds, ...relationIds]) on.merge(cy.$id(id));
  on.removeClass('faded').addClass('on-path');
  ui.clearHighlight.disabled = false;
  // Bring the path into view if it is not, without zooming in much.
  const box = on.boundingBox();
  const view = cy.extent();
  if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2) {
    cy.fit(on, 80);
    if (cy.zoom() > 1.5) cy.zoom({ level: 1.5, position: centre(box) });
  }
}

export function clearHighlight(): void {
  cy.elements().removeClass('faded on-path');
  ui.clearHighlight.disabled = true;
}

/** Marks one element as the selected one. */
export function select(id: string): void {
  cy.elements().unselect();
  cy.$id(id).select();
}
