/**
 * The knowledge-graph explorer. Plain ES module, no build step: cytoscape.js is served by the API from
 * node_modules, and every piece of data comes from the public GraphQL API (POST /graphql).
 *
 *   search box  → search(query)              results list (name and kind)
 *   pick        → neighbourhood(entity, maxHops, relationTypes), entity(id) and claims(entity)
 *   node click  → pick it and add its 1-hop neighbourhood
 *   edge click  → relations(type, from, to): the relation's sources, each excerpt marked in Article.text
 *   buttons     → ownershipChain(entity) or paths(from, to), drawn as a highlighted path
 */
import cytoscape from '/explore/vendor/cytoscape.esm.min.mjs';

// ---------------------------------------------------------------------------------------------- GraphQL

const SOURCE = 'id excerpt start end support note date dateText article { id title date outlet { name } }';
const ENTITY = 'id name kind';
const RELATION = `id type fromId toId support date properties { name value } from { ${ENTITY} } to { ${ENTITY} }`;

const QUERIES = {
  vocabulary: `query Vocabulary {
    relationTypes: __type(name: "RelationType") { enumValues { name description } }
    kinds: __type(name: "Kind") { enumValues { name description } }
  }`,
  search: `query Search($query: String!) { search(query: $query, limit: 20) { entity { ${ENTITY} aliases } } }`,
  neighbourhood: `query Neighbourhood($entity: String!, $hops: Int!, $types: [RelationType!]) {
    neighbourhood(entity: $entity, maxHops: $hops, relationTypes: $types, limit: 200) {
      truncated
      centre { ${ENTITY} }
      nodes { depth entity { ${ENTITY} } }
      edges { id type fromId toId support }
    }
  }`,
  entity: `query Entity($id: ID!, $ref: String!) {
    entity(id: $id) { ${ENTITY} description aliases support sources { ${SOURCE} } }
    claims(entity: $ref) { topic alternatives articleCount claims { ${RELATION} sources { ${SOURCE} } } }
  }`,
  relation: `query Relation($type: RelationType!, $from: String!, $to: String!) {
    relations(type: $type, from: $from, to: $to, first: 100) { edges { node { ${RELATION} sources { ${SOURCE} } } } }
  }`,
  article: `query Article($id: ID!) { node(id: $id) { ... on Article { id title text date url outlet { name } } } }`,
  chain: `query Chain($entity: String!) {
    ownershipChain(entity: $entity) {
      entity { ${ENTITY} }
      ultimateOwners { ${ENTITY} }
      hasCycle
      truncated
      paths { length cycle truncated hops { ${RELATION} sources { ${SOURCE} } } }
    }
  }`,
  paths: `query Paths($from: String!, $to: String!, $types: [RelationType!]) {
    paths(from: $from, to: $to, relationTypes: $types, maxHops: 6, limit: 3) {
      length
      nodes { ${ENTITY} }
      edges { ${RELATION} sources { ${SOURCE} } }
    }
  }`,
};

async function gql(query, variables = {}) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}` }] }));
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

// ------------------------------------------------------------------------------------ kinds and legend

/** Colour and shape per kind: the shape (and the kind in every label) carries it without colour. */
const KINDS = {
  COMPANY: ['#4e79a7', 'round-rectangle'],
  SERVICE: ['#76b7b2', 'ellipse'],
  PERSON: ['#f28e2b', 'triangle'],
  AUTHORITY: ['#e15759', 'octagon'],
  LAW: ['#9c755f', 'hexagon'],
  PROVISION: ['#d4a373', 'heptagon'],
  ORGANIZATION: ['#b07aa1', 'pentagon'],
  PLACE: ['#59a14f', 'diamond'],
  OUTLET: ['#edc948', 'barrel'],
  ARTICLE: ['#bab0ac', 'rectangle'],
  EVENT: ['#ff9da7', 'star'],
  STATEMENT: ['#a0cbe8', 'rhomboid'],
  REPORT: ['#8cd17d', 'tag'],
  ROLE: ['#f1ce63', 'vee'],
};
const kindStyle = (kind) => KINDS[kind] ?? ['#cccccc', 'ellipse'];
/** COMPANY → Company, for reading. */
const kindLabel = (kind) => kind.charAt(0) + kind.slice(1).toLowerCase().replaceAll('_', ' ');

/** A small SVG of a kind's node shape, for the legend and the details panel. */
function kindIcon(kind) {
  const [colour, shape] = kindStyle(kind);
  const regular = (n, turn = 0) =>
    Array.from({ length: n }, (_, i) => {
      const a = turn + (2 * Math.PI * i) / n - Math.PI / 2;
      return `${(10 + 8 * Math.cos(a)).toFixed(1)},${(10 + 8 * Math.sin(a)).toFixed(1)}`;
    }).join(' ');
  const star = Array.from({ length: 10 }, (_, i) => {
    const a = (Math.PI * i) / 5 - Math.PI / 2;
    const r = i % 2 ? 3.6 : 9;
    return `${(10 + r * Math.cos(a)).toFixed(1)},${(10 + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  const shapes = {
    'round-rectangle': '<rect x="2" y="4" width="16" height="12" rx="4"/>',
    rectangle: '<rect x="2" y="4" width="16" height="12"/>',
    barrel: '<rect x="2" y="3" width="16" height="14" rx="7" ry="3"/>',
    ellipse: '<circle cx="10" cy="10" r="8"/>',
    triangle: `<polygon points="${regular(3)}"/>`,
    diamond: `<polygon points="${regular(4)}"/>`,
    pentagon: `<polygon points="${regular(5)}"/>`,
    hexagon: `<polygon points="${regular(6, Math.PI / 6)}"/>`,
    heptagon: `<polygon points="${regular(7)}"/>`,
    octagon: `<polygon points="${regular(8, Math.PI / 8)}"/>`,
    star: `<polygon points="${star}"/>`,
    rhomboid: '<polygon points="6,4 18,4 14,16 2,16"/>',
    tag: '<polygon points="2,4 13,4 18,10 13,16 2,16"/>',
    vee: '<polygon points="2,3 10,8 18,3 10,18"/>',
  };
  const span = h('span', { class: 'kind-icon', 'aria-hidden': 'true' });
  span.innerHTML = `<svg viewBox="0 0 20 20" width="16" height="16" fill="${colour}" stroke="#222" stroke-width="1">${shapes[shape]}</svg>`;
  return span;
}

// ------------------------------------------------------------------------------------------ DOM helpers

/** Creates an element; children are nodes or strings (always inserted as text, never as HTML). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

const $ = (id) => document.getElementById(id);
const el = {
  searchForm: $('search-form'),
  searchInput: $('search-input'),
  results: $('results'),
  resultsHint: $('results-hint'),
  hops: $('hops'),
  typeList: $('type-list'),
  redraw: $('redraw'),
  pickedName: $('picked-name'),
  chain: $('chain'),
  pathFrom: $('path-from'),
  pathTo: $('path-to'),
  setFrom: $('set-from'),
  setTo: $('set-to'),
  findPath: $('find-path'),
  clearHighlight: $('clear-highlight'),
  legend: $('legend'),
  status: $('status'),
  detailsHeading: $('details-heading'),
  detailsBody: $('details-body'),
};

function setStatus(text, { error = false } = {}) {
  el.status.textContent = text;
  el.status.classList.toggle('error', error);
  el.status.setAttribute('role', error ? 'alert' : 'status');
}

/** Runs an action, reporting its failure in the status line instead of losing it. */
async function attempt(what, action) {
  document.body.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } catch (err) {
    setStatus(`${what} failed: ${err.message}`, { error: true });
  } finally {
    document.body.removeAttribute('aria-busy');
  }
}

const truncate = (text, n) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
const SUPPORT_LABEL = { STATED: 'stated', INFERRED: 'inferred', BACKGROUND: 'background (not stated)' };

// ------------------------------------------------------------------------------------------------ state

const state = {
  /** The entity the controls act on: the last one picked from the results or clicked in the graph. */
  picked: null,
  pathFrom: null,
  pathTo: null,
  /** Everything drawn, by id: entities { id, name, kind } and relations { id, type, fromId, toId, ... }. */
  entities: new Map(),
  relations: new Map(),
  /** Relation types the API follows by default (every fact type): all but the provenance edges. */
  factTypes: [],
};
const PROVENANCE_TYPES = new Set(['CITES', 'PUBLISHED_BY', 'MENTIONS']);
const articles = new Map(); // article id → Promise of { id, title, text, … }

// ------------------------------------------------------------------------------------------------ graph

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const cy = cytoscape({
  container: $('graph'),
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)',
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
        label: 'data(type)',
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
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#000', 'target-arrow-color': '#000', 'overlay-opacity': 0 } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-style': 'double', 'border-color': '#b00020', 'z-index': 10 } },
    {
      selector: 'edge.on-path',
      style: { width: 6, 'line-color': '#b00020', 'target-arrow-color': '#b00020', color: '#b00020', 'font-weight': 'bold', 'font-size': 11, 'z-index': 10 },
    },
  ],
});
// For the browser tests and the curious: the graph is inspectable from the console.
window.explorer = { cy, state };

function entityData(e) {
  const [colour, shape] = kindStyle(e.kind);
  return { id: e.id, name: e.name, kind: e.kind, depth: e.depth ?? 1, label: `${truncate(e.name, 48)}\n(${kindLabel(e.kind)})`, colour, shape };
}

/** Adds entities and relations not yet drawn; returns the new elements. */
function addToGraph(entities, relations) {
  const added = [];
  for (const e of entities) {
    if (!state.entities.has(e.id)) added.push({ group: 'nodes', data: entityData(e) });
    state.entities.set(e.id, { ...state.entities.get(e.id), ...e });
  }
  for (const r of relations) {
    if (!state.relations.has(r.id) && state.entities.has(r.fromId) && state.entities.has(r.toId)) {
      added.push({ group: 'edges', data: { id: r.id, source: r.fromId, target: r.toId, type: r.type, support: r.support } });
    }
    if (state.entities.has(r.fromId) && state.entities.has(r.toId)) state.relations.set(r.id, { ...state.relations.get(r.id), ...r });
  }
  return cy.add(added);
}

function clearGraph() {
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
function layout(added, near) {
  if (added.empty()) return Promise.resolve();
  const around = (centre, nodes, radius) =>
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      n.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
  if (near) around(cy.$id(near).position(), added.nodes(), 80);
  else for (let depth = 0; depth <= 3; depth++) around({ x: 0, y: 0 }, cy.nodes(`[depth = ${depth}]`), 160 * depth);
  const run = cy.layout({
    name: 'cose',
    randomize: false,
    animate: reducedMotion ? false : 'end',
    animationDuration: 300,
    nodeRepulsion: () => 90000,
    idealEdgeLength: () => 110,
    nodeOverlap: 20,
    nodeDimensionsIncludeLabels: true,
    padding: 40,
  });
  const stopped = run.promiseOn('layoutstop');
  run.run();
  return stopped;
}

function highlight(nodeIds, relationIds) {
  cy.elements().addClass('faded').removeClass('on-path');
  const on = cy.collection();
  for (const id of nodeIds) on.merge(cy.$id(id));
  for (const id of relationIds) on.merge(cy.$id(id));
  on.removeClass('faded').addClass('on-path');
  el.clearHighlight.disabled = false;
  // Bring the path into view if it is not, without zooming in much.
  const box = on.boundingBox();
  const view = cy.extent();
  if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2) {
    cy.fit(on, 80);
    if (cy.zoom() > 1.5) cy.zoom({ level: 1.5, position: centre(box) });
  }
}

const centre = (box) => ({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });

function clearHighlight() {
  cy.elements().removeClass('faded on-path');
  el.clearHighlight.disabled = true;
}

cy.on('tap', 'node', (event) => attempt('Expanding', () => pick(event.target.id(), { expand: true })));
cy.on('tap', 'edge', (event) => attempt('Loading the evidence', () => showRelation(event.target.id())));

// ------------------------------------------------------------------------------------- relation types

function renderTypeList(types) {
  el.typeList.replaceChildren(
    ...types.map(({ name, description }) =>
      h('label', { class: 'type', title: description ?? '' }, h('input', { type: 'checkbox', value: name, checked: !PROVENANCE_TYPES.has(name) }), ` ${name}`),
    ),
  );
}

const typeBoxes = () => [...el.typeList.querySelectorAll('input[type=checkbox]')];

/** The chosen relation types, or null when they are the API's default (every fact type). */
function chosenTypes() {
  const chosen = typeBoxes()
    .filter((b) => b.checked)
    .map((b) => b.value);
  if (chosen.length === 0) throw new Error('choose at least one relation type');
  const isDefault = chosen.length === state.factTypes.length && chosen.every((t) => !PROVENANCE_TYPES.has(t));
  return isDefault ? null : chosen;
}

function presetTypes(keep) {
  for (const box of typeBoxes()) box.checked = keep(box.value);
  scheduleRedraw();
}

let redrawTimer;
function scheduleRedraw() {
  clearTimeout(redrawTimer);
  if (state.picked) redrawTimer = setTimeout(() => attempt('Drawing', () => drawNeighbourhood(state.picked.id)), 400);
}

// ------------------------------------------------------------------------------------------ the actions

async function search(query) {
  setStatus(`Searching for “${query}”…`);
  const { search: hits } = await gql(QUERIES.search, { query });
  el.results.replaceChildren(
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
  el.resultsHint.textContent = hits.length ? 'Pick one (click, or Tab to it and press Enter).' : `Nothing matches “${query}”.`;
  setStatus(`${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”.`);
}

/** Makes an entity the picked one: draws its neighbourhood (`draw`) or adds its 1-hop one (`expand`). */
async function pick(id, { draw = false, expand = false } = {}) {
  const graph = draw ? drawNeighbourhood(id) : expand ? expandNode(id) : null;
  const [{ entity, claims }] = await Promise.all([gql(QUERIES.entity, { id, ref: id }), graph]);
  state.picked = entity;
  el.pickedName.textContent = `${entity.name} (${kindLabel(entity.kind)})`;
  for (const button of [el.chain, el.setFrom, el.setTo, el.redraw]) button.disabled = false;
  cy.elements().unselect();
  cy.$id(id).select();
  renderEntity(entity, claims);
}

/** A neighbourhood with its nodes flattened to entities carrying their depth, as the graph view draws them. */
async function neighbourhood(id, hops, types) {
  const { neighbourhood: n } = await gql(QUERIES.neighbourhood, { entity: id, hops, types });
  return { ...n, nodes: n.nodes.map((x) => ({ ...x.entity, depth: x.depth })) };
}

async function drawNeighbourhood(id) {
  const hops = Number(el.hops.value);
  const types = chosenTypes();
  setStatus('Drawing the neighbourhood…');
  const n = await neighbourhood(id, hops, types);
  clearGraph();
  const added = addToGraph(n.nodes, n.edges);
  cy.$id(n.centre.id).addClass('centre');
  await layout(added);
  setStatus(
    `${n.centre.name}: ${n.nodes.length - 1} entit${n.nodes.length === 2 ? 'y' : 'ies'} and ${n.edges.length} relation${n.edges.length === 1 ? '' : 's'} within ${hops} hop${hops === 1 ? '' : 's'}` +
      `${n.truncated ? ' (truncated at 200 entities)' : ''}. Click a node to expand it, an edge for its evidence.`,
  );
}

async function expandNode(id) {
  const types = chosenTypes();
  const n = await neighbourhood(id, 1, types);
  const added = addToGraph(n.nodes, n.edges);
  await layout(added, id);
  const count = added.nodes().length;
  setStatus(`${n.centre.name}: ${count ? `added ${count} entit${count === 1 ? 'y' : 'ies'}` : 'nothing new to add'} (1 hop).`);
}

async function showRelation(id) {
  const known = state.relations.get(id);
  if (!known) return;
  let relation = known.sources ? known : null;
  if (!relation) {
    const { relations } = await gql(QUERIES.relation, { type: known.type, from: known.fromId, to: known.toId });
    relation = relations.edges.map((e) => e.node).find((r) => r.id === id);
    if (!relation) throw new Error(`relation ${id} not found`);
    state.relations.set(id, { ...known, ...relation });
  }
  cy.elements().unselect();
  cy.$id(id).select();
  renderRelation(relation);
  setStatus(`Evidence for ${relation.from.name} ${relation.type} ${relation.to.name}.`);
}

async function drawChain() {
  const entity = state.picked;
  setStatus(`Ownership chain of ${entity.name}…`);
  const { ownershipChain: chain } = await gql(QUERIES.chain, { entity: entity.id });
  const hops = chain.paths.flatMap((p) => p.hops);
  await drawRelations([chain.entity], hops, entity.id);
  if (hops.length)
    highlight(
      [chain.entity.id, ...hops.flatMap((r) => [r.fromId, r.toId])],
      hops.map((r) => r.id),
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

async function drawPaths() {
  const { pathFrom: from, pathTo: to } = state;
  const types = chosenTypes();
  setStatus(`Paths from ${from.name} to ${to.name}…`);
  const { paths } = await gql(QUERIES.paths, { from: from.id, to: to.id, types });
  await drawRelations(
    paths.flatMap((p) => p.nodes),
    paths.flatMap((p) => p.edges),
    from.id,
  );
  if (paths[0]) highlightPath(paths[0]);
  else clearHighlight();
  renderPaths(from, to, paths);
  setStatus(
    paths.length
      ? `Shortest path from ${from.name} to ${to.name} highlighted (${paths[0].length} hop${paths[0].length === 1 ? '' : 's'}).`
      : `No path of at most 6 hops joins ${from.name} and ${to.name}.`,
  );
}

const highlightPath = (path) =>
  highlight(
    path.nodes.map((n) => n.id),
    path.edges.map((r) => r.id),
  );

/** Adds a chain's or a path's entities and relations (with their sources) to the drawing. */
async function drawRelations(entities, relations, near) {
  const ends = relations.flatMap((r) => [r.from, r.to]);
  const anchored = state.entities.has(near);
  const added = addToGraph([...entities, ...ends], relations);
  await layout(added, anchored ? near : undefined);
}

// ------------------------------------------------------------------------------------- details panel

function showDetails(heading, ...content) {
  el.detailsHeading.textContent = heading;
  el.detailsBody.replaceChildren(...content.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false && c !== ''));
  el.detailsBody.scrollTop = 0;
}

const entityButton = (e) => h('button', { type: 'button', class: 'link', onclick: () => attempt('Expanding', () => pick(e.id, { expand: true })) }, e.name);

function relationTitle(r) {
  return h('span', { class: 'triple' }, h('span', {}, r.from.name), ' ', h('span', { class: 'rel-type' }, r.type), ' ', h('span', {}, r.to.name));
}

function relationFacts(r) {
  const facts = [
    ['Support', SUPPORT_LABEL[r.support] ?? r.support],
    ['Date', r.date],
    ...['status', 'reason', 'title', 'description'].map((name) => [name[0].toUpperCase() + name.slice(1), r.properties?.find((p) => p.name === name)?.value]),
  ].filter(([, v]) => v);
  return h(
    'dl',
    { class: 'facts' },
    facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]),
  );
}

function renderEntity(entity, claims) {
  const drawn = cy
    .$id(entity.id)
    .connectedEdges()
    .map((edge) => state.relations.get(edge.id()))
    .filter(Boolean);
  const relationItems = drawn.map((r) => {
    const from = state.entities.get(r.fromId);
    const to = state.entities.get(r.toId);
    return h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => attempt('Loading the evidence', () => showRelation(r.id)) },
        `${from?.name ?? r.fromId} ${r.type} ${to?.name ?? r.toId}`,
      ),
    );
  });
  const disagreeing = claims.filter((g) => g.alternatives);
  showDetails(
    entity.name,
    h('p', { class: 'kind-line' }, kindIcon(entity.kind), ` ${kindLabel(entity.kind)} · `, h('code', {}, entity.id)),
    entity.description && h('p', {}, entity.description),
    entity.aliases.length > 0 && h('p', {}, 'Also called: ', entity.aliases.join(', ')),
    h(
      'p',
      { class: 'buttons' },
      h('button', { type: 'button', onclick: () => attempt('Ownership chain', drawChain) }, 'Ownership chain'),
      h('button', { type: 'button', onclick: () => setPathEnd('from') }, 'Path start'),
      h('button', { type: 'button', onclick: () => setPathEnd('to') }, 'Path end'),
    ),
    h('h3', {}, `Relations in the graph (${drawn.length})`),
    relationItems.length ? h('ul', { class: 'relation-list' }, relationItems) : h('p', { class: 'hint' }, 'None drawn.'),
    h('h3', {}, 'Disagreeing claims'),
    disagreeing.length
      ? disagreeing.map(renderClaimGroup)
      : h(
          'p',
          { class: 'hint' },
          `The articles do not disagree about ${entity.name}${claims.length ? ` (${claims.length} topic${claims.length === 1 ? '' : 's'} of claims)` : ''}.`,
        ),
    entity.kind === 'ARTICLE'
      ? [h('h3', {}, 'Text'), articleViewer({ article: { id: entity.id } }, { open: true })]
      : [h('h3', {}, `Evidence for the entity (${entity.sources.length})`), renderSources(entity.sources)],
  );
}

function renderClaimGroup(group) {
  return h(
    'section',
    { class: 'claim-group' },
    h('h4', {}, `${group.topic} · ${group.claims.length} claims from ${group.articleCount} article${group.articleCount === 1 ? '' : 's'}`),
    h(
      'div',
      { class: 'side-by-side' },
      group.claims.map((c) =>
        h('article', { class: 'claim' }, h('h5', {}, relationTitle(c)), relationFacts(c), renderSources(c.sources, { openFirst: false })),
      ),
    ),
  );
}

function renderRelation(r) {
  showDetails(
    `${r.from.name} ${r.type} ${r.to.name}`,
    h('p', { class: 'ends' }, 'From ', entityButton(r.from), ` (${kindLabel(r.from.kind)}) to `, entityButton(r.to), ` (${kindLabel(r.to.kind)})`),
    relationFacts(r),
    h('h3', {}, `Evidence (${r.sources.length} source${r.sources.length === 1 ? '' : 's'})`),
    renderSources(r.sources),
  );
}

function renderChain(chain) {
  const owners = chain.ultimateOwners.map((o) => o.name).join(', ');
  showDetails(
    `Ownership chain of ${chain.entity.name}`,
    chain.paths.length === 0
      ? h('p', {}, `No owner of ${chain.entity.name} is recorded.`)
      : h(
          'p',
          {},
          `Ultimately owned by ${owners || 'nobody found within the depth searched'}.`,
          chain.hasCycle ? ' The ownership data holds a cycle, which is not followed.' : '',
          chain.truncated ? ' Truncated at the maximum depth.' : '',
        ),
    chain.paths.map((path, i) =>
      h(
        'section',
        { class: 'path' },
        h('h3', {}, `Path ${i + 1}: ${path.length} hop${path.length === 1 ? '' : 's'}`),
        h(
          'ol',
          { class: 'hops' },
          path.hops.map((hop) => h('li', {}, h('h4', {}, relationTitle(hop)), relationFacts(hop), renderSources(hop.sources, { openFirst: i === 0 }))),
        ),
      ),
    ),
  );
}

function renderPaths(from, to, paths) {
  showDetails(
    `Paths from ${from.name} to ${to.name}`,
    paths.length === 0
      ? h('p', {}, 'No path of at most 6 hops over the chosen relation types.')
      : h('p', { class: 'hint' }, 'Relations keep their own direction, which may run against the walk.'),
    paths.map((path, i) =>
      h(
        'section',
        { class: 'path' },
        h(
          'h3',
          {},
          `Path ${i + 1}: ${path.length} hop${path.length === 1 ? '' : 's'} `,
          h('button', { type: 'button', onclick: () => highlightPath(path) }, 'Highlight'),
        ),
        h('p', {}, path.nodes.map((n) => n.name).join(' — ')),
        h(
          'ol',
          { class: 'hops' },
          path.edges.map((edge) => h('li', {}, h('h4', {}, relationTitle(edge)), renderSources(edge.sources, { openFirst: false }))),
        ),
      ),
    ),
  );
}

function renderSources(sources, { openFirst = true } = {}) {
  if (sources.length === 0) return h('p', { class: 'hint' }, 'No sources.');
  return h(
    'ol',
    { class: 'sources' },
    sources.map((s, i) => renderSource(s, openFirst && i === 0)),
  );
}

function renderSource(s, open) {
  const a = s.article;
  return h(
    'li',
    { class: 'source' },
    h('p', { class: 'source-title' }, h('cite', {}, a.title)),
    h(
      'p',
      { class: 'meta' },
      a.outlet?.name ?? 'outlet unknown',
      ' · ',
      a.date ?? 'undated',
      ' · ',
      h('span', { class: `support support-${s.support.toLowerCase()}` }, SUPPORT_LABEL[s.support] ?? s.support),
      s.dateText ? ` · date as worded: “${s.dateText}”` : '',
    ),
    h('blockquote', { class: 'excerpt' }, `“${s.excerpt}”`),
    s.note && h('p', { class: 'note' }, s.note),
    articleViewer(s, { open }),
  );
}

/** A button that shows the article text, with the source's excerpt (if any) marked and scrolled to. */
function articleViewer(source, { open = false } = {}) {
  const box = h('div', { class: 'article-text', hidden: true, tabindex: '0', role: 'region', 'aria-label': 'Article text' });
  const button = h('button', { type: 'button', 'aria-expanded': 'false' }, source.excerpt ? 'Show in the article text' : 'Show the text');
  const toggle = async () => {
    const show = box.hidden;
    if (show && !box.hasChildNodes()) await fillArticle(box, source);
    box.hidden = !show;
    button.setAttribute('aria-expanded', String(show));
    button.textContent = show ? 'Hide the article text' : source.excerpt ? 'Show in the article text' : 'Show the text';
    if (show) scrollToMark(box);
  };
  button.addEventListener('click', () => attempt('Loading the article', toggle));
  if (open) attempt('Loading the article', toggle);
  return h('div', { class: 'viewer' }, button, box);
}

function loadArticle(id) {
  if (!articles.has(id))
    articles.set(
      id,
      gql(QUERIES.article, { id }).then((d) => d.node),
    );
  return articles.get(id);
}

async function fillArticle(box, source) {
  const article = await loadArticle(source.article.id);
  const text = article.text;
  box.setAttribute('aria-label', `Text of “${article.title}”`);
  if (source.excerpt === undefined) {
    box.append(text);
    return;
  }
  // start/end are UTF-16 offsets, the same units as JavaScript string indices.
  const mark = h('mark', { class: 'excerpt-mark' }, text.slice(source.start, source.end));
  box.append(text.slice(0, source.start), mark, text.slice(source.end));
}

function scrollToMark(box) {
  const mark = box.querySelector('mark');
  if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
}

// ------------------------------------------------------------------------------------------ path ends

function setPathEnd(end) {
  const picked = state.picked;
  if (!picked) return;
  if (end === 'from') state.pathFrom = picked;
  else state.pathTo = picked;
  el.pathFrom.textContent = state.pathFrom ? `${state.pathFrom.name} (${kindLabel(state.pathFrom.kind)})` : 'not set';
  el.pathTo.textContent = state.pathTo ? `${state.pathTo.name} (${kindLabel(state.pathTo.kind)})` : 'not set';
  el.findPath.disabled = !(state.pathFrom && state.pathTo && state.pathFrom.id !== state.pathTo.id);
  setStatus(`${picked.name} is the path ${end === 'from' ? 'start' : 'end'}.`);
}

// ------------------------------------------------------------------------------------------------ start

el.searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = el.searchInput.value.trim();
  if (query) attempt('Search', () => search(query));
});
el.hops.addEventListener('change', scheduleRedraw);
el.typeList.addEventListener('change', scheduleRedraw);
$('types-facts').addEventListener('click', () => presetTypes((t) => !PROVENANCE_TYPES.has(t)));
$('types-all').addEventListener('click', () => presetTypes(() => true));
$('types-none').addEventListener('click', () => presetTypes(() => false));
el.redraw.addEventListener('click', () => attempt('Drawing', () => drawNeighbourhood(state.picked.id)));
el.chain.addEventListener('click', () => attempt('Ownership chain', drawChain));
el.setFrom.addEventListener('click', () => setPathEnd('from'));
el.setTo.addEventListener('click', () => setPathEnd('to'));
el.findPath.addEventListener('click', () => attempt('Paths', drawPaths));
el.clearHighlight.addEventListener('click', clearHighlight);

attempt('Loading the vocabulary', async () => {
  const { relationTypes, kinds } = await gql(QUERIES.vocabulary);
  state.factTypes = relationTypes.enumValues.map((v) => v.name).filter((t) => !PROVENANCE_TYPES.has(t));
  renderTypeList(relationTypes.enumValues);
  el.legend.replaceChildren(...kinds.enumValues.map(({ name }) => h('li', {}, kindIcon(name), ` ${kindLabel(name)}`)));
  document.body.dataset.ready = 'true';
});
