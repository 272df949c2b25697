/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query BenchOwnershipChain {\n  ownershipChain(entity: \"WhatsApp\") {\n    entity { id name }\n    ultimateOwners { id name }\n    hasCycle\n    paths {\n      length\n      hops {\n        from { name }\n        to { name }\n        sources { excerpt article { title date outlet { name } } }\n      }\n    }\n  }\n}": typeof types.BenchOwnershipChainDocument,
    "query BenchSubsidiaries {\n  subsidiaries(entity: \"Facebook\") {\n    depth\n    entity { id name kind }\n    via { status sources { excerpt article { title } } }\n  }\n}": typeof types.BenchSubsidiariesDocument,
    "query BenchPaths {\n  paths(from: \"WhatsApp\", to: \"Hong Kong government\", maxHops: 4, limit: 3) {\n    length\n    nodes { id name }\n    edges { type fromId toId sources { excerpt article { title } } }\n  }\n}": typeof types.BenchPathsDocument,
    "query BenchNeighbourhood {\n  neighbourhood(entity: \"Telegram\", maxHops: 2, limit: 10,\n                relationTypes: [OWNS, PAUSED_REQUESTS_FROM, REFUSES_REQUESTS_FROM]) {\n    centre { id name }\n    truncated\n    nodes { entityId name kind depth }\n    edges { type fromId toId }\n  }\n}": typeof types.BenchNeighbourhoodDocument,
    "query BenchTimeline {\n  timeline(since: \"2020-07-01\", until: \"2020-07-31\", limit: 50) {\n    date\n    dateText\n    dateResolved\n    summary\n    sources { article { title } }\n  }\n}": typeof types.BenchTimelineDocument,
    "query BenchSearch {\n  search(query: \"HK police\", limit: 5) {\n    score\n    entity { id name kind aliases }\n  }\n}": typeof types.BenchSearchDocument,
    "query BenchClaims {\n  claims(entity: \"National Security Law\") {\n    topic\n    alternatives\n    articleCount\n    claims {\n      type\n      from { name }\n      to { name }\n      date\n      ... on EnactedRelation { dateText }\n      ... on SignedRelation { dateText }\n      sources { excerpt article { title } }\n    }\n  }\n}": typeof types.BenchClaimsDocument,
    "query BenchRelations {\n  relations(type: PAUSED_REQUESTS_FROM, first: 10) {\n    edges {\n      node {\n        from { name }\n        to { name }\n        date\n        ... on PausedRequestsFromRelation { status dateText condition }\n        sources { excerpt }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.BenchRelationsDocument,
    "query BenchArticles {\n  articles(first: 5) {\n    edges { node { id title date publishedAt outlet { name } } }\n    pageInfo { hasNextPage }\n  }\n}": typeof types.BenchArticlesDocument,
    "query BenchLookupEntityNode {\n  lookup(ref: \"nsl\") { id name kind }\n  entity(id: \"service:whatsapp\") {\n    id\n    name\n    ... on Service { pausedRequestsFrom { to { name } status date } }\n  }\n  node(id: \"person:carrie-lam\") {\n    id\n    ... on Person { name description }\n  }\n}": typeof types.BenchLookupEntityNodeDocument,
    "query BenchGraph { graph { version edition entities relations articles } }": typeof types.BenchGraphDocument,
    "query Chain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    entity {\n      id\n      name\n    }\n    hasCycle\n    truncated\n    paths {\n      cycle\n      truncated\n      hops {\n        from {\n          id\n          name\n        }\n        to {\n          id\n          name\n        }\n        sources {\n          excerpt\n          article {\n            title\n            date\n            publishedAt\n            outlet {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ChainDocument,
    "fragment OwnerChain on OwnershipChain {\n  entity {\n    id\n    name\n  }\n  ultimateOwners {\n    name\n  }\n  hasCycle\n  truncated\n  paths {\n    hops {\n      sources {\n        id\n      }\n    }\n  }\n}\n\nquery OwnerChain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    ...OwnerChain\n  }\n}": typeof types.OwnerChainFragmentDoc,
};
const documents: Documents = {
    "query BenchOwnershipChain {\n  ownershipChain(entity: \"WhatsApp\") {\n    entity { id name }\n    ultimateOwners { id name }\n    hasCycle\n    paths {\n      length\n      hops {\n        from { name }\n        to { name }\n        sources { excerpt article { title date outlet { name } } }\n      }\n    }\n  }\n}": types.BenchOwnershipChainDocument,
    "query BenchSubsidiaries {\n  subsidiaries(entity: \"Facebook\") {\n    depth\n    entity { id name kind }\n    via { status sources { excerpt article { title } } }\n  }\n}": types.BenchSubsidiariesDocument,
    "query BenchPaths {\n  paths(from: \"WhatsApp\", to: \"Hong Kong government\", maxHops: 4, limit: 3) {\n    length\n    nodes { id name }\n    edges { type fromId toId sources { excerpt article { title } } }\n  }\n}": types.BenchPathsDocument,
    "query BenchNeighbourhood {\n  neighbourhood(entity: \"Telegram\", maxHops: 2, limit: 10,\n                relationTypes: [OWNS, PAUSED_REQUESTS_FROM, REFUSES_REQUESTS_FROM]) {\n    centre { id name }\n    truncated\n    nodes { entityId name kind depth }\n    edges { type fromId toId }\n  }\n}": types.BenchNeighbourhoodDocument,
    "query BenchTimeline {\n  timeline(since: \"2020-07-01\", until: \"2020-07-31\", limit: 50) {\n    date\n    dateText\n    dateResolved\n    summary\n    sources { article { title } }\n  }\n}": types.BenchTimelineDocument,
    "query BenchSearch {\n  search(query: \"HK police\", limit: 5) {\n    score\n    entity { id name kind aliases }\n  }\n}": types.BenchSearchDocument,
    "query BenchClaims {\n  claims(entity: \"National Security Law\") {\n    topic\n    alternatives\n    articleCount\n    claims {\n      type\n      from { name }\n      to { name }\n      date\n      ... on EnactedRelation { dateText }\n      ... on SignedRelation { dateText }\n      sources { excerpt article { title } }\n    }\n  }\n}": types.BenchClaimsDocument,
    "query BenchRelations {\n  relations(type: PAUSED_REQUESTS_FROM, first: 10) {\n    edges {\n      node {\n        from { name }\n        to { name }\n        date\n        ... on PausedRequestsFromRelation { status dateText condition }\n        sources { excerpt }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.BenchRelationsDocument,
    "query BenchArticles {\n  articles(first: 5) {\n    edges { node { id title date publishedAt outlet { name } } }\n    pageInfo { hasNextPage }\n  }\n}": types.BenchArticlesDocument,
    "query BenchLookupEntityNode {\n  lookup(ref: \"nsl\") { id name kind }\n  entity(id: \"service:whatsapp\") {\n    id\n    name\n    ... on Service { pausedRequestsFrom { to { name } status date } }\n  }\n  node(id: \"person:carrie-lam\") {\n    id\n    ... on Person { name description }\n  }\n}": types.BenchLookupEntityNodeDocument,
    "query BenchGraph { graph { version edition entities relations articles } }": types.BenchGraphDocument,
    "query Chain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    entity {\n      id\n      name\n    }\n    hasCycle\n    truncated\n    paths {\n      cycle\n      truncated\n      hops {\n        from {\n          id\n          name\n        }\n        to {\n          id\n          name\n        }\n        sources {\n          excerpt\n          article {\n            title\n            date\n            publishedAt\n            outlet {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.ChainDocument,
    "fragment OwnerChain on OwnershipChain {\n  entity {\n    id\n    name\n  }\n  ultimateOwners {\n    name\n  }\n  hasCycle\n  truncated\n  paths {\n    hops {\n      sources {\n        id\n      }\n    }\n  }\n}\n\nquery OwnerChain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    ...OwnerChain\n  }\n}": types.OwnerChainFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchOwnershipChain {\n  ownershipChain(entity: \"WhatsApp\") {\n    entity { id name }\n    ultimateOwners { id name }\n    hasCycle\n    paths {\n      length\n      hops {\n        from { name }\n        to { name }\n        sources { excerpt article { title date outlet { name } } }\n      }\n    }\n  }\n}"): (typeof documents)["query BenchOwnershipChain {\n  ownershipChain(entity: \"WhatsApp\") {\n    entity { id name }\n    ultimateOwners { id name }\n    hasCycle\n    paths {\n      length\n      hops {\n        from { name }\n        to { name }\n        sources { excerpt article { title date outlet { name } } }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchSubsidiaries {\n  subsidiaries(entity: \"Facebook\") {\n    depth\n    entity { id name kind }\n    via { status sources { excerpt article { title } } }\n  }\n}"): (typeof documents)["query BenchSubsidiaries {\n  subsidiaries(entity: \"Facebook\") {\n    depth\n    entity { id name kind }\n    via { status sources { excerpt article { title } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchPaths {\n  paths(from: \"WhatsApp\", to: \"Hong Kong government\", maxHops: 4, limit: 3) {\n    length\n    nodes { id name }\n    edges { type fromId toId sources { excerpt article { title } } }\n  }\n}"): (typeof documents)["query BenchPaths {\n  paths(from: \"WhatsApp\", to: \"Hong Kong government\", maxHops: 4, limit: 3) {\n    length\n    nodes { id name }\n    edges { type fromId toId sources { excerpt article { title } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchNeighbourhood {\n  neighbourhood(entity: \"Telegram\", maxHops: 2, limit: 10,\n                relationTypes: [OWNS, PAUSED_REQUESTS_FROM, REFUSES_REQUESTS_FROM]) {\n    centre { id name }\n    truncated\n    nodes { entityId name kind depth }\n    edges { type fromId toId }\n  }\n}"): (typeof documents)["query BenchNeighbourhood {\n  neighbourhood(entity: \"Telegram\", maxHops: 2, limit: 10,\n                relationTypes: [OWNS, PAUSED_REQUESTS_FROM, REFUSES_REQUESTS_FROM]) {\n    centre { id name }\n    truncated\n    nodes { entityId name kind depth }\n    edges { type fromId toId }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchTimeline {\n  timeline(since: \"2020-07-01\", until: \"2020-07-31\", limit: 50) {\n    date\n    dateText\n    dateResolved\n    summary\n    sources { article { title } }\n  }\n}"): (typeof documents)["query BenchTimeline {\n  timeline(since: \"2020-07-01\", until: \"2020-07-31\", limit: 50) {\n    date\n    dateText\n    dateResolved\n    summary\n    sources { article { title } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchSearch {\n  search(query: \"HK police\", limit: 5) {\n    score\n    entity { id name kind aliases }\n  }\n}"): (typeof documents)["query BenchSearch {\n  search(query: \"HK police\", limit: 5) {\n    score\n    entity { id name kind aliases }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchClaims {\n  claims(entity: \"National Security Law\") {\n    topic\n    alternatives\n    articleCount\n    claims {\n      type\n      from { name }\n      to { name }\n      date\n      ... on EnactedRelation { dateText }\n      ... on SignedRelation { dateText }\n      sources { excerpt article { title } }\n    }\n  }\n}"): (typeof documents)["query BenchClaims {\n  claims(entity: \"National Security Law\") {\n    topic\n    alternatives\n    articleCount\n    claims {\n      type\n      from { name }\n      to { name }\n      date\n      ... on EnactedRelation { dateText }\n      ... on SignedRelation { dateText }\n      sources { excerpt article { title } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchRelations {\n  relations(type: PAUSED_REQUESTS_FROM, first: 10) {\n    edges {\n      node {\n        from { name }\n        to { name }\n        date\n        ... on PausedRequestsFromRelation { status dateText condition }\n        sources { excerpt }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query BenchRelations {\n  relations(type: PAUSED_REQUESTS_FROM, first: 10) {\n    edges {\n      node {\n        from { name }\n        to { name }\n        date\n        ... on PausedRequestsFromRelation { status dateText condition }\n        sources { excerpt }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchArticles {\n  articles(first: 5) {\n    edges { node { id title date publishedAt outlet { name } } }\n    pageInfo { hasNextPage }\n  }\n}"): (typeof documents)["query BenchArticles {\n  articles(first: 5) {\n    edges { node { id title date publishedAt outlet { name } } }\n    pageInfo { hasNextPage }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchLookupEntityNode {\n  lookup(ref: \"nsl\") { id name kind }\n  entity(id: \"service:whatsapp\") {\n    id\n    name\n    ... on Service { pausedRequestsFrom { to { name } status date } }\n  }\n  node(id: \"person:carrie-lam\") {\n    id\n    ... on Person { name description }\n  }\n}"): (typeof documents)["query BenchLookupEntityNode {\n  lookup(ref: \"nsl\") { id name kind }\n  entity(id: \"service:whatsapp\") {\n    id\n    name\n    ... on Service { pausedRequestsFrom { to { name } status date } }\n  }\n  node(id: \"person:carrie-lam\") {\n    id\n    ... on Person { name description }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchGraph { graph { version edition entities relations articles } }"): (typeof documents)["query BenchGraph { graph { version edition entities relations articles } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Chain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    entity {\n      id\n      name\n    }\n    hasCycle\n    truncated\n    paths {\n      cycle\n      truncated\n      hops {\n        from {\n          id\n          name\n        }\n        to {\n          id\n          name\n        }\n        sources {\n          excerpt\n          article {\n            title\n            date\n            publishedAt\n            outlet {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Chain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    entity {\n      id\n      name\n    }\n    hasCycle\n    truncated\n    paths {\n      cycle\n      truncated\n      hops {\n        from {\n          id\n          name\n        }\n        to {\n          id\n          name\n        }\n        sources {\n          excerpt\n          article {\n            title\n            date\n            publishedAt\n            outlet {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OwnerChain on OwnershipChain {\n  entity {\n    id\n    name\n  }\n  ultimateOwners {\n    name\n  }\n  hasCycle\n  truncated\n  paths {\n    hops {\n      sources {\n        id\n      }\n    }\n  }\n}\n\nquery OwnerChain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    ...OwnerChain\n  }\n}"): (typeof documents)["fragment OwnerChain on OwnershipChain {\n  entity {\n    id\n    name\n  }\n  ultimateOwners {\n    name\n  }\n  hasCycle\n  truncated\n  paths {\n    hops {\n      sources {\n        id\n      }\n    }\n  }\n}\n\nquery OwnerChain($entity: String!) {\n  ownershipChain(entity: $entity) {\n    ...OwnerChain\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;