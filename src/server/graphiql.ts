/**
 * GraphiQL, served entirely by this API: the page is a small HTML document, and the GraphiQL bundle,
 * its stylesheet, the Monaco editor workers and the favicon come from `@graphql-yoga/render-graphiql`
 * (the offline build Yoga publishes, version-matched to graphql-yoga), served under
 * /graphiql/<version>/ with year-long caching. Nothing is loaded from another host.
 *
 * It opens with one tab per traversal (examples/), each a named operation with its variables, ready to run,
 * then a tab per mutation example, its Authorization header waiting for a token.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { GraphiQLOptions } from 'graphql-yoga';
import { example, mutationExamples } from '../examples.js';
import { once, type StaticFile } from './static.js';

const require = createRequire(import.meta.url);
const VERSION: string = require('@graphql-yoga/render-graphiql/package.json').version;

/** Where the GraphiQL assets are served; versioned, so browsers may cache them for good. */
export const GRAPHIQL_ASSETS = `/graphiql/${VERSION}`;

export const GRAPHIQL_TITLE = 'Knowledge graph: who owns whom, who did what, who reported it';

/** The examples GraphiQL opens as tabs, by operation name: one per traversal, in the order a newcomer might try them. */
const TABS = ['OwnershipChain', 'Subsidiaries', 'Paths', 'Neighbourhood', 'Timeline', 'Search', 'Claims', 'Relations', 'Articles', 'LookupEntityNode'];

/** Said in the first tab, below the example's own comment. */
const FIRST_TAB_HINT = `#
# Press the run button (or Ctrl-Enter); the variables are
# below. Each tab is another traversal, and the Docs pane
# (book icon) describes every field.
`;

/** The header a mutation tab opens with: a placeholder saying where a token comes from (a mutation needs the role editor). */
export const MUTATION_TAB_HEADERS = { Authorization: 'Bearer <paste a token from: npm run -s token -- --role editor --sub you>' };

export interface GraphiQLTab {
  query: string;
  variables: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * The tabs GraphiQL opens with: examples/*.graphql (src/examples.ts), each with its variables' default
 * values in the variables pane, so it runs as it stands and shows what to change; the mutations last, each
 * with the Authorization header to fill in.
 */
export const GRAPHIQL_EXAMPLES: GraphiQLTab[] = [
  ...TABS.map((name, i) => {
    const { query, defaults } = example(name);
    if (i > 0) return { query, variables: defaults };
    const commentEnd = query.search(/^[^#]/m);
    return { query: query.slice(0, commentEnd) + FIRST_TAB_HINT + query.slice(commentEnd), variables: defaults };
  }),
  ...mutationExamples().map(({ query, defaults }) => ({ query, variables: defaults, headers: MUTATION_TAB_HEADERS })),
];

/** What a tab added with "+" starts with. */
const NEW_TAB_QUERY = `# Write a query here; run it with Ctrl-Enter (Cmd-Enter on
# a Mac). Every entity/from/to/ref argument takes an id
# ("service:whatsapp"), a name or an alias. The Docs pane
# (book icon) describes every type and field; the graph
# explorer is at /explore.
`;

export const graphiqlOptions: GraphiQLOptions = {
  title: GRAPHIQL_TITLE,
  defaultQuery: NEW_TAB_QUERY,
  defaultTabs: GRAPHIQL_EXAMPLES.map(({ query, variables, headers }) => ({
    query,
    variables: JSON.stringify(variables, null, 2),
    ...(headers && { headers: JSON.stringify(headers, null, 2) }),
  })),
  defaultEditorToolsVisibility: 'variables',
};

/** The page's inline scripts: the same text on every page, so the Content-Security-Policy names them by hash. */
const WORKERS_SCRIPT = `
  // Monaco's editor workers, from this API (same origin, so plain worker URLs work).
  const workers = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: (_moduleId, label) => '${GRAPHIQL_ASSETS}/' + (workers[label] ?? workers.editorWorkerService),
  };
`;
const START_SCRIPT = `
  const options = JSON.parse(document.getElementById('graphiql-options').textContent);
  // GraphiQL fills the first tab's variables editor from its "variables" option, not from "defaultTabs": give it
  // them on a first visit (afterwards GraphiQL restores its own tab state from localStorage).
  if (options.defaultTabs?.length && !localStorage.getItem('graphiql:tabState')) options.variables = options.defaultTabs[0].variables;
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
`;

/** CSP source expressions of the inline scripts (`sha256-…`). The options are a JSON data block, which CSP does not run. */
export const GRAPHIQL_SCRIPT_HASHES: readonly string[] = [WORKERS_SCRIPT, START_SCRIPT].map(
  (script) => `sha256-${createHash('sha256').update(script).digest('base64')}`,
);

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The GraphiQL page: Yoga's own page, with every asset pointing at this API instead of a CDN. */
export function renderGraphiQLPage(options: GraphiQLOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
<link rel="icon" href="${GRAPHIQL_ASSETS}/favicon.ico">
<link rel="stylesheet" href="${GRAPHIQL_ASSETS}/graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript. Without it, POST {"query": …} to this URL.</noscript>
<div id="root"></div>
<script id="graphiql-options" type="application/json">${scriptJson(options)}</script>
<script>${WORKERS_SCRIPT}</script>
<script src="${GRAPHIQL_ASSETS}/graphiql.js"></script>
<script>${START_SCRIPT}</script>
</body>
</html>
`;
}

type Bundle = typeof import('@graphql-yoga/render-graphiql/graphiql');

/** The bundle (about 9 MB of strings) is loaded on the first request for it, not at start-up. */
const bundle = once<Bundle>(() => import('@graphql-yoga/render-graphiql/graphiql'));

function fromBundle(contentType: string, pick: (b: Bundle) => string | Buffer): StaticFile {
  return {
    contentType,
    cache: 'immutable',
    read: once(async () => {
      const value = pick(await bundle());
      return typeof value === 'string' ? Buffer.from(value) : value;
    }),
  };
}

const JS = 'text/javascript; charset=utf-8';

/** The files the GraphiQL page loads, by URL path. */
export const graphiqlFiles: ReadonlyMap<string, StaticFile> = new Map([
  [`${GRAPHIQL_ASSETS}/graphiql.js`, fromBundle(JS, (b) => b.js)],
  [`${GRAPHIQL_ASSETS}/graphiql.css`, fromBundle('text/css; charset=utf-8', (b) => b.css)],
  [`${GRAPHIQL_ASSETS}/editor.worker.js`, fromBundle(JS, (b) => b.editorWorkerService)],
  [`${GRAPHIQL_ASSETS}/json.worker.js`, fromBundle(JS, (b) => b.jsonWorker)],
  [`${GRAPHIQL_ASSETS}/graphql.worker.js`, fromBundle(JS, (b) => b.graphqlWorker)],
  // The bundle carries its favicon as a data: URL.
  [`${GRAPHIQL_ASSETS}/favicon.ico`, fromBundle('image/x-icon', (b) => Buffer.from(b.favicon.slice(b.favicon.indexOf(',') + 1), 'base64'))],
]);
