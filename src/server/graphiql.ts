/**
 * GraphiQL, served entirely by this API: the page is a small HTML document, and the GraphiQL bundle,
 * its stylesheet, the Monaco editor workers and the favicon come from `@graphql-yoga/render-graphiql`
 * (the offline build Yoga publishes, version-matched to graphql-yoga), served under
 * /graphiql/<version>/ with year-long caching. Nothing is loaded from another host.
 *
 * It opens with one tab per traversal, each a named operation with its variables, ready to run.
 */
import { createRequire } from 'node:module';
import type { GraphiQLOptions } from 'graphql-yoga';
import { once, type StaticFile } from './static.js';

const require = createRequire(import.meta.url);
const VERSION: string = require('@graphql-yoga/render-graphiql/package.json').version;

/** Where the GraphiQL assets are served; versioned, so browsers may cache them for good. */
export const GRAPHIQL_ASSETS = `/graphiql/${VERSION}`;

export const GRAPHIQL_TITLE = 'Knowledge graph: who owns whom, who did what, who reported it';

interface Example {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The tabs GraphiQL opens with: one per traversal, in the order a newcomer might try them. Lines are kept
 * short enough to read without scrolling in the editor pane.
 */
export const GRAPHIQL_EXAMPLES: Example[] = [
  {
    query: /* GraphQL */ `# Who ultimately owns WhatsApp, and which articles say so?
# Press the run button (or Ctrl-Enter); the variables are
# below. Each tab is another traversal, and the Docs pane
# (book icon) describes every field.
query OwnershipChain($entity: String!) {
  ownershipChain(entity: $entity) {
    entity { id name }
    ultimateOwners { id name }
    hasCycle
    paths {
      length
      hops {
        from { name }
        to { name }
        sources {
          excerpt
          support
          article { title date outlet { name } }
        }
      }
    }
  }
}
`,
    variables: { entity: 'WhatsApp' },
  },
  {
    query: /* GraphQL */ `# What does a company own, directly or through others?
query Subsidiaries($entity: String!) {
  subsidiaries(entity: $entity) {
    depth
    entity { id name kind }
    via {
      from { name }
      sources { excerpt article { title } }
    }
  }
}
`,
    variables: { entity: 'Facebook' },
  },
  {
    query: /* GraphQL */ `# Shortest paths between two entities. Relations keep
# their own direction, which may run against the walk.
query Paths($from: String!, $to: String!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: 3) {
    length
    nodes { id name kind }
    edges {
      type
      fromId
      toId
      sources { excerpt article { title } }
    }
  }
}
`,
    variables: { from: 'WhatsApp', to: 'Hong Kong government', maxHops: 4 },
  },
  {
    query: /* GraphQL */ `# Everything within a few hops of an entity, over the
# given relation types: nodes and edges for a graph view.
query Neighbourhood(
  $entity: String!
  $maxHops: Int
  $types: [RelationType!]
) {
  neighbourhood(
    entity: $entity
    maxHops: $maxHops
    relationTypes: $types
    limit: 20
  ) {
    centre { id name }
    truncated
    nodes { entityId name kind depth }
    edges { type fromId toId support }
  }
}
`,
    variables: { entity: 'Telegram', maxHops: 2, types: ['OWNS', 'PAUSED_REQUESTS_FROM', 'REFUSES_REQUESTS_FROM'] },
  },
  {
    query: /* GraphQL */ `# Dated facts, oldest first; each item carries the
# sources that give its date, and how they word it.
query Timeline($entity: String, $since: Date, $until: Date) {
  timeline(entity: $entity, since: $since, until: $until) {
    date
    summary
    sources {
      dateText
      dateResolvedFrom
      dateAnchor
      article { title }
    }
  }
}
`,
    variables: { entity: 'Telegram', since: '2020-07-01', until: '2020-07-31' },
  },
  {
    query: /* GraphQL */ `# Search names and aliases: whole words, word prefixes
# ("tele") and small typos, best first.
query Search($query: String!, $limit: Int) {
  search(query: $query, limit: $limit) {
    score
    entity { id name kind aliases }
  }
}
`,
    variables: { query: 'HK police', limit: 5 },
  },
  {
    query: /* GraphQL */ `# What the articles claim about an entity, by topic;
# groups of disagreeing claims (alternatives) come first.
query Claims($entity: String!) {
  claims(entity: $entity) {
    topic
    alternatives
    articleCount
    claims {
      type
      from { name }
      to { name }
      date
      sources { excerpt date dateText article { title } }
    }
  }
}
`,
    variables: { entity: 'National Security Law' },
  },
  {
    query: /* GraphQL */ `# Relations of one type, optionally from or to given
# entities (with includeParts, also to the bodies that are
# part of them); pages with first/after or last/before.
# Each relation type has its own fields: select them on
# its type (PausedRequestsFromRelation).
query Relations($type: RelationType!, $to: String, $first: Int) {
  relations(type: $type, to: $to, includeParts: true, first: $first) {
    totalCount
    edges {
      node {
        from { name }
        to { name }
        date
        ... on PausedRequestsFromRelation { status condition }
        sources { excerpt article { title } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: { type: 'PAUSED_REQUESTS_FROM', to: 'Hong Kong authorities', first: 10 },
  },
  {
    query: /* GraphQL */ `# The source articles, newest first, optionally by outlet,
# by an entity they mention, or by date.
query Articles($mentioning: String, $first: Int) {
  articles(mentioning: $mentioning, first: $first) {
    edges {
      node { id title date publishedAt outlet { name } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: { mentioning: 'Telegram', first: 5 },
  },
  {
    query: /* GraphQL */ `# One entity by id, name or alias, in any letter case;
# each kind has its own typed fields (owners, ...).
query Lookup($ref: String!) {
  lookup(ref: $ref) {
    id
    name
    kind
    description
    aliases
    ... on Service {
      owners { from { name } }
      pausedRequestsFrom {
        to { name }
        status
        date
        sources { excerpt article { title } }
      }
    }
  }
}
`,
    variables: { ref: 'whatsapp' },
  },
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
  defaultTabs: GRAPHIQL_EXAMPLES.map(({ query, variables }) => ({ query, variables: JSON.stringify(variables, null, 2) })),
  defaultEditorToolsVisibility: 'variables',
};

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
<script>
  // Monaco's editor workers, from this API (same origin, so plain worker URLs work).
  const workers = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: (_moduleId, label) => '${GRAPHIQL_ASSETS}/' + (workers[label] ?? workers.editorWorkerService),
  };
</script>
<script src="${GRAPHIQL_ASSETS}/graphiql.js"></script>
<script>
  const options = JSON.parse(document.getElementById('graphiql-options').textContent);
  // GraphiQL fills the first tab's variables editor from its "variables" option, not from "defaultTabs": give it
  // them on a first visit (afterwards GraphiQL restores its own tab state from localStorage).
  if (options.defaultTabs?.length && !localStorage.getItem('graphiql:tabState')) options.variables = options.defaultTabs[0].variables;
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
</script>
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
