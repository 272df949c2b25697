/**
 * One query per traversal of the API: the ones README.md shows with their answers on the seed graph,
 * and the ones `npm run bench` times. Keep the two in step when editing either.
 */
export interface BenchQuery {
  /** Short label for the results table. */
  name: string;
  /** GraphQL document, with its arguments inline so it can be pasted into GraphiQL as is. */
  query: string;
}

export const QUERIES: readonly BenchQuery[] = [
  {
    name: 'ownershipChain',
    query: /* GraphQL */ `{
  ownershipChain(entity: "WhatsApp") {
    entity { id name }
    ultimateOwners { id name }
    hasCycle
    paths {
      length
      hops {
        from { name }
        to { name }
        sources { excerpt article { title date outlet { name } } }
      }
    }
  }
}`,
  },
  {
    name: 'subsidiaries',
    query: /* GraphQL */ `{
  subsidiaries(entity: "Facebook") {
    depth
    entity { id name kind }
    via { status sources { excerpt article { title } } }
  }
}`,
  },
  {
    name: 'paths',
    query: /* GraphQL */ `{
  paths(from: "WhatsApp", to: "Hong Kong government", maxHops: 4, limit: 3) {
    length
    nodes { id name }
    edges { type fromId toId sources { excerpt article { title } } }
  }
}`,
  },
  {
    name: 'neighbourhood',
    query: /* GraphQL */ `{
  neighbourhood(entity: "Telegram", maxHops: 2, limit: 10,
                relationTypes: [OWNS, PAUSED_REQUESTS_FROM, REFUSES_REQUESTS_FROM]) {
    centre { id name }
    truncated
    nodes { entityId name kind depth }
    edges { type fromId toId }
  }
}`,
  },
  {
    name: 'timeline',
    query: /* GraphQL */ `{
  timeline(since: "2020-07-01", until: "2020-07-31", limit: 50) {
    date
    dateText
    dateResolved
    summary
    sources { article { title } }
  }
}`,
  },
  {
    name: 'search',
    query: /* GraphQL */ `{
  search(query: "HK police", limit: 5) {
    score
    entity { id name kind aliases }
  }
}`,
  },
  {
    name: 'claims',
    query: /* GraphQL */ `{
  claims(entity: "National Security Law") {
    topic
    alternatives
    articleCount
    claims {
      type
      from { name }
      to { name }
      date
      ... on EnactedRelation { dateText }
      ... on SignedRelation { dateText }
      sources { excerpt article { title } }
    }
  }
}`,
  },
  {
    name: 'relations',
    query: /* GraphQL */ `{
  relations(type: PAUSED_REQUESTS_FROM, first: 10) {
    edges {
      node {
        from { name }
        to { name }
        date
        ... on PausedRequestsFromRelation { status dateText condition }
        sources { excerpt }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    name: 'articles',
    query: /* GraphQL */ `{
  articles(first: 5) {
    edges { node { id title date publishedAt outlet { name } } }
    pageInfo { hasNextPage }
  }
}`,
  },
  {
    name: 'lookup+entity+node',
    query: /* GraphQL */ `{
  lookup(ref: "nsl") { id name kind }
  entity(id: "service:whatsapp") {
    id
    name
    ... on Service { pausedRequestsFrom { to { name } status date } }
  }
  node(id: "person:carrie-lam") {
    id
    ... on Person { name description }
  }
}`,
  },
];
