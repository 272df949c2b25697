/**
 * The knowledge-graph explorer (GET /explore), built by explorer/build.mjs into explorer/dist/. Every
 * piece of data comes from the API: the ontology it draws with from /explore/ontology.json, the graph
 * from POST /graphql (./queries.ts). Start-up: wire the controls, load the ontology, list the relation
 * types and the legend, then mark the page ready (`body[data-ready]`).
 */
import { drawChain, drawNeighbourhood, drawPaths, pick, scheduleRedraw, search, setPathEnd, showRelation } from './actions.js';
import { loadOntology } from './api.js';
import { attempt, h, ui } from './dom.js';
import { clearHighlight, cy } from './graph.js';
import { checkTypes, renderTypeList } from './relation-types.js';
import { state } from './state.js';
import { isProvenance, kindIcon, kindLabel, kinds, useOntology } from './vocabulary.js';

// For the browser tests and the curious: the graph is inspectable from the console.
Object.assign(window, { explorer: { cy, state } });

cy.on('tap', 'node', (event) => attempt('Expanding', () => pick(event.target.id(), { expand: true })));
cy.on('tap', 'edge', (event) => attempt('Loading the evidence', () => showRelation(event.target.id())));

ui.searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = ui.searchInput.value.trim();
  if (query) attempt('Search', () => search(query));
});
ui.hops.addEventListener('change', scheduleRedraw);
ui.typeList.addEventListener('change', scheduleRedraw);
// Retracted facts change the drawing and the panel (the entity's evidence, its relation list): pick it again.
ui.showRetracted.addEventListener('change', () => {
  const picked = state.picked;
  if (picked) attempt('Drawing', () => pick(picked.id, { draw: true }));
});
const preset = (keep: (type: string) => boolean) => () => {
  checkTypes(keep);
  scheduleRedraw();
};
ui.typesFacts.addEventListener(
  'click',
  preset((t) => !isProvenance(t)),
);
ui.typesAll.addEventListener(
  'click',
  preset(() => true),
);
ui.typesNone.addEventListener(
  'click',
  preset(() => false),
);
ui.redraw.addEventListener('click', () => {
  const picked = state.picked;
  if (picked) attempt('Drawing', () => drawNeighbourhood(picked.id));
});
ui.chain.addEventListener('click', () => attempt('Ownership chain', drawChain));
ui.setFrom.addEventListener('click', () => setPathEnd('from'));
ui.setTo.addEventListener('click', () => setPathEnd('to'));
ui.findPath.addEventListener('click', () => attempt('Paths', drawPaths));
ui.clearHighlight.addEventListener('click', clearHighlight);

attempt('Loading the ontology', async () => {
  useOntology(await loadOntology());
  renderTypeList();
  ui.legend.replaceChildren(...kinds().map(({ value }) => h('li', {}, kindIcon(value), ` ${kindLabel(value)}`)));
  document.body.dataset.ready = 'true';
});
