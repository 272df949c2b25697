/**
 * The details panel: an entity (its relations in the drawing, disagreeing claims, evidence, history), a
 * relation's evidence and history, an ownership chain or paths, each source with its excerpt marked in the
 * article text. A retracted fact or source says who retracted it, when and why.
 */
import { drawChain, highlightPath, pick, setPathEnd, showRelation } from './actions.js';
import { gql } from './api.js';
import { attempt, h, plural, present, truncate, ui } from './dom.js';
import type {
  ExplorerArticleQuery,
  ExplorerChainQuery,
  ExplorerEntityQuery,
  ExplorerHistoryQuery,
  ExplorerPathsQuery,
  ExplorerSourceFieldsFragment,
} from './generated/graphql.js';
import { cy } from './graph.js';
import { ARTICLE } from './queries.js';
import { type EntityRef, type Relation, state } from './state.js';
import { kindIcon, kindLabel, supportLabel } from './vocabulary.js';

type Entity = NonNullable<ExplorerEntityQuery['entity']>;
type ClaimGroup = NonNullable<ExplorerEntityQuery['claims']>[number];
type Chain = NonNullable<ExplorerChainQuery['ownershipChain']>;
type Path = NonNullable<ExplorerPathsQuery['paths']>[number];
type Source = ExplorerSourceFieldsFragment;
type Article = Extract<NonNullable<ExplorerArticleQuery['node']>, { __typename: 'Article' }>;
type Content = Parameters<typeof present>[0][number];
type HistoryEntry = NonNullable<ExplorerHistoryQuery['history']>['edges'][number]['node'];

function showDetails(heading: string, ...content: Content[]): void {
  ui.detailsHeading.textContent = heading;
  ui.detailsBody.replaceChildren(...present(content));
  ui.detailsBody.scrollTop = 0;
}

const entityButton = (e: EntityRef) =>
  h('button', { type: 'button', class: 'link', onclick: () => attempt('Expanding', () => pick(e.id, { expand: true })) }, e.name);

const relationTitle = (r: Relation) =>
  h('span', { class: 'triple' }, h('span', {}, r.from.name), ' ', h('span', { class: 'rel-type' }, r.type), ' ', h('span', {}, r.to.name));

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** An instant as the panel shows it: "2020-07-06 14:03 UTC". */
const when = (iso: string) => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Who retracted a fact or a source, when and why; nothing when it stands. */
const retraction = (r: { retracted: boolean; retractedAt: string | null; retractedBy: string | null; retractionReason: string | null }) =>
  r.retracted &&
  h(
    'p',
    { class: 'retraction' },
    h('strong', {}, 'Retracted'),
    r.retractedAt && ` ${when(r.retractedAt)}`,
    r.retractedBy && ` by ${r.retractedBy}`,
    r.retractionReason && `: “${r.retractionReason}”`,
  );

/** A relation's support, date, curation (version, who asserted it) and every property it carries. */
function relationFacts(r: Relation): HTMLDListElement {
  const facts: [string, string | null][] = [
    ['Support', supportLabel(r.support).text],
    ['Date', r.date],
    ['Asserted', r.assertedAt && `${when(r.assertedAt)}${r.assertedBy ? ` by ${r.assertedBy}` : ''}`],
    ['Version', r.version > 1 ? String(r.version) : null],
    ...r.properties.map((p): [string, string] => [capitalised(p.name), p.value]),
  ];
  return h(
    'dl',
    { class: 'facts' },
    facts.filter(([, v]) => v).map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]),
  );
}

/** What curation changed (newest first): each operation with who, when, why, and each field before → after. */
function renderHistory(entries: readonly HistoryEntry[]): Content[] {
  return [
    h('h3', {}, `History (${plural(entries.length, 'change')})`),
    entries.length === 0
      ? h('p', { class: 'hint' }, 'Unchanged since the seed graph.')
      : h(
          'ol',
          { class: 'history' },
          entries.map((e) =>
            h(
              'li',
              {},
              h('p', { class: 'meta' }, h('strong', { class: 'operation' }, e.operation), ` by ${e.actor} · ${when(e.at)}`),
              e.reason && h('p', { class: 'reason' }, `“${e.reason}”`),
              e.changes.length > 0 &&
                h(
                  'dl',
                  { class: 'facts changes' },
                  e.changes.map((c) => [h('dt', {}, c.field), h('dd', {}, `${truncate(c.before ?? '—', 80)} → ${truncate(c.after ?? '—', 80)}`)]),
                ),
            ),
          ),
        ),
  ];
}

export function renderEntity(entity: Entity, claims: readonly ClaimGroup[], history: readonly HistoryEntry[]): void {
  const drawn = cy
    .$id(entity.id)
    .connectedEdges()
    .map((edge) => state.relations.get(edge.id()))
    .filter((r) => r !== undefined);
  const relationItems = drawn.map((r) => {
    const from = state.entities.get(r.fromId);
    const to = state.entities.get(r.toId);
    return h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: r.retracted ? 'link retracted' : 'link', onclick: () => attempt('Loading the evidence', () => showRelation(r.id)) },
        `${from?.name ?? r.fromId} ${r.type} ${to?.name ?? r.toId}`,
      ),
      r.retracted && h('span', { class: 'hint' }, ' (retracted)'),
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
      : h('p', { class: 'hint' }, `The articles do not disagree about ${entity.name}${claims.length ? ` (${plural(claims.length, 'topic')} of claims)` : ''}.`),
    entity.kind === 'ARTICLE'
      ? [h('h3', {}, 'Text'), articleViewer({ articleId: entity.id }, { open: true })]
      : [h('h3', {}, `Evidence for the entity (${entity.sources.length})`), renderSources(entity.sources)],
    renderHistory(history),
  );
}

function renderClaimGroup(group: ClaimGroup): HTMLElement {
  return h(
    'section',
    { class: 'claim-group' },
    h('h4', {}, `${group.topic} · ${group.claims.length} claims from ${plural(group.articleCount, 'article')}`),
    h(
      'div',
      { class: 'side-by-side' },
      group.claims.map((c) =>
        h('article', { class: 'claim' }, h('h5', {}, relationTitle(c)), relationFacts(c), renderSources(c.sources, { openFirst: false })),
      ),
    ),
  );
}

export function renderRelation(r: Relation, history: readonly HistoryEntry[]): void {
  showDetails(
    `${r.from.name} ${r.type} ${r.to.name}`,
    h('p', { class: 'ends' }, 'From ', entityButton(r.from), ` (${kindLabel(r.from.kind)}) to `, entityButton(r.to), ` (${kindLabel(r.to.kind)})`),
    retraction(r),
    relationFacts(r),
    h('h3', {}, `Evidence (${plural(r.sources.length, 'source')})`),
    renderSources(r.sources),
    renderHistory(history),
  );
}

export function renderChain(chain: Chain): void {
  const owners = chain.ultimateOwners.map((o) => o.name).join(', ');
  showDetails(
    `Ownership chain of ${chain.entity.name}`,
    chain.paths.length === 0
      ? h('p', {}, `No owner of ${chain.entity.name} is recorded.`)
      : h(
          'p',
          {},
          `Ultimately owned by ${owners || 'nobody found within the depth searched'}.`,
          chain.hasCycle && ' The ownership data holds a cycle, which is not followed.',
          chain.truncated && ' Truncated at the maximum depth.',
        ),
    chain.paths.map((path, i) =>
      h(
        'section',
        { class: 'path' },
        h('h3', {}, `Path ${i + 1}: ${plural(path.length, 'hop')}`),
        h(
          'ol',
          { class: 'hops' },
          path.hops.map((hop) =>
            h('li', {}, h('h4', {}, relationTitle(hop)), retraction(hop), relationFacts(hop), renderSources(hop.sources, { openFirst: i === 0 })),
          ),
        ),
      ),
    ),
  );
}

export function renderPaths(from: EntityRef, to: EntityRef, paths: readonly Path[]): void {
  showDetails(
    `Paths from ${from.name} to ${to.name}`,
    paths.length === 0
      ? h('p', {}, 'No path of at most 6 hops over the chosen relation types.')
      : h('p', { class: 'hint' }, 'Relations keep their own direction, which may run against the walk.'),
    paths.map((path, i) =>
      h(
        'section',
        { class: 'path' },
        h('h3', {}, `Path ${i + 1}: ${plural(path.length, 'hop')} `, h('button', { type: 'button', onclick: () => highlightPath(path) }, 'Highlight')),
        h('p', {}, path.nodes.map((n) => n.name).join(' — ')),
        h(
          'ol',
          { class: 'hops' },
          path.edges.map((edge) => h('li', {}, h('h4', {}, relationTitle(edge)), retraction(edge), renderSources(edge.sources, { openFirst: false }))),
        ),
      ),
    ),
  );
}

function renderSources(sources: readonly Source[], { openFirst = true } = {}): HTMLElement {
  if (sources.length === 0) return h('p', { class: 'hint' }, 'No sources.');
  return h(
    'ol',
    { class: 'sources' },
    sources.map((s, i) => renderSource(s, openFirst && i === 0)),
  );
}

function renderSource(s: Source, open: boolean): HTMLElement {
  const a = s.article;
  const support = supportLabel(s.support);
  return h(
    'li',
    { class: s.retracted ? 'source retracted' : 'source' },
    h('p', { class: 'source-title' }, h('cite', {}, a.title)),
    retraction(s),
    h(
      'p',
      { class: 'meta' },
      a.outlet?.name ?? 'outlet unknown',
      ' · ',
      a.date ?? 'undated',
      ' · ',
      h('span', { class: `support support-${s.support.toLowerCase()}`, title: support.title }, support.text),
      s.dateText && ` · date as worded: “${s.dateText}”`,
    ),
    h('blockquote', { class: 'excerpt' }, `“${s.excerpt}”`),
    s.note && h('p', { class: 'note' }, s.note),
    articleViewer({ articleId: a.id, excerpt: s }, { open }),
  );
}

/** What an article viewer shows: an article's text, with an excerpt of it (UTF-16 offsets) marked. */
interface ViewerSource {
  articleId: string;
  excerpt?: { start: number; end: number };
}

/** A button that shows the article text, with the source's excerpt (if any) marked and scrolled to. */
function articleViewer(source: ViewerSource, { open = false } = {}): HTMLElement {
  const box = h('div', { class: 'article-text', hidden: true, tabindex: '0', role: 'region', 'aria-label': 'Article text' });
  const closedLabel = source.excerpt ? 'Show in the article text' : 'Show the text';
  const button = h('button', { type: 'button', 'aria-expanded': 'false' }, closedLabel);
  const toggle = async () => {
    const show = box.hidden;
    if (show && !box.hasChildNodes()) await fillArticle(box, source);
    box.hidden = !show;
    button.setAttribute('aria-expanded', String(show));
    button.textContent = show ? 'Hide the article text' : closedLabel;
    if (show) scrollToMark(box);
  };
  button.addEventListener('click', () => attempt('Loading the article', toggle));
  if (open) attempt('Loading the article', toggle);
  return h('div', { class: 'viewer' }, button, box);
}

/** Article texts by id, each fetched once. */
const articles = new Map<string, Promise<Article>>();

function loadArticle(id: string): Promise<Article> {
  let article = articles.get(id);
  if (!article) {
    article = gql(ARTICLE, { id }).then(({ node }) => {
      if (node?.__typename !== 'Article') throw new Error(`article ${id} not found`);
      return node;
    });
    // A failed load is tried again next time.
    article.catch(() => articles.delete(id));
    articles.set(id, article);
  }
  return article;
}

async function fillArticle(box: HTMLElement, source: ViewerSource): Promise<void> {
  const article = await loadArticle(source.articleId);
  const text = article.text;
  box.setAttribute('aria-label', `Text of “${article.title}”`);
  if (!source.excerpt) {
    box.append(text);
    return;
  }
  // start/end are UTF-16 offsets, the same units as JavaScript string indices.
  const { start, end } = source.excerpt;
  box.append(text.slice(0, start), h('mark', { class: 'excerpt-mark' }, text.slice(start, end)), text.slice(end));
}

function scrollToMark(box: HTMLElement): void {
  const mark = box.querySelector('mark');
  if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
}
