/* eslint-disable */
import * as types from './graphql.js';



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
    "fragment ExplorerEntityFields on Entity { id name kind }": typeof types.ExplorerEntityFieldsFragmentDoc,
    "fragment ExplorerSourceFields on Source {\n  id excerpt start end support note date dateText\n  retracted retractedAt retractedBy retractionReason\n  article { id title date outlet { name } }\n}": typeof types.ExplorerSourceFieldsFragmentDoc,
    "fragment ExplorerRelationFields on Relation {\n  id type fromId toId support date\n  version assertedAt assertedBy retracted retractedAt retractedBy retractionReason\n  properties { name value }\n  from { ...ExplorerEntityFields }\n  to { ...ExplorerEntityFields }\n  sources { ...ExplorerSourceFields }\n}": typeof types.ExplorerRelationFieldsFragmentDoc,
    "query ExplorerSearch($query: String!) {\n  search(query: $query, limit: 20) { entity { ...ExplorerEntityFields aliases } }\n}": typeof types.ExplorerSearchDocument,
    "query ExplorerNeighbourhood($entity: String!, $maxHops: Int!, $relationTypes: [RelationType!], $includeRetracted: Boolean!) {\n  neighbourhood(entity: $entity, maxHops: $maxHops, relationTypes: $relationTypes, limit: 200, includeRetracted: $includeRetracted) {\n    truncated\n    centre { ...ExplorerEntityFields }\n    nodes { depth entity { ...ExplorerEntityFields } }\n    edges { id type fromId toId support retracted }\n  }\n}": typeof types.ExplorerNeighbourhoodDocument,
    "query ExplorerEntity($id: ID!, $ref: String!, $includeRetracted: Boolean!) {\n  entity(id: $id) { ...ExplorerEntityFields description aliases support sources(includeRetracted: $includeRetracted) { ...ExplorerSourceFields } }\n  claims(entity: $ref) { topic alternatives articleCount claims { ...ExplorerRelationFields } }\n}": typeof types.ExplorerEntityDocument,
    "query ExplorerRelation($type: RelationType!, $from: String!, $to: String!, $includeRetracted: Boolean!) {\n  relations(type: $type, from: $from, to: $to, first: 100, includeRetracted: $includeRetracted) { edges { node { ...ExplorerRelationFields } } }\n}": typeof types.ExplorerRelationDocument,
    "query ExplorerArticle($id: ID!) {\n  node(id: $id) { __typename ... on Article { id title text date url outlet { name } } }\n}": typeof types.ExplorerArticleDocument,
    "query ExplorerChain($entity: String!, $includeRetracted: Boolean!) {\n  ownershipChain(entity: $entity, includeRetracted: $includeRetracted) {\n    entity { ...ExplorerEntityFields }\n    ultimateOwners { ...ExplorerEntityFields }\n    hasCycle\n    truncated\n    paths { length cycle truncated hops { ...ExplorerRelationFields } }\n  }\n}": typeof types.ExplorerChainDocument,
    "query ExplorerPaths($from: String!, $to: String!, $relationTypes: [RelationType!], $includeRetracted: Boolean!) {\n  paths(from: $from, to: $to, relationTypes: $relationTypes, maxHops: 6, limit: 3, includeRetracted: $includeRetracted) {\n    length\n    nodes { ...ExplorerEntityFields }\n    edges { ...ExplorerRelationFields }\n  }\n}": typeof types.ExplorerPathsDocument,
    "query ExplorerHistory($id: ID!) {\n  history(id: $id, first: 20) {\n    edges { node { id operation actor at reason changes { field before after } } }\n  }\n}": typeof types.ExplorerHistoryDocument,
};
const documents: Documents = {
    "fragment ExplorerEntityFields on Entity { id name kind }": types.ExplorerEntityFieldsFragmentDoc,
    "fragment ExplorerSourceFields on Source {\n  id excerpt start end support note date dateText\n  retracted retractedAt retractedBy retractionReason\n  article { id title date outlet { name } }\n}": types.ExplorerSourceFieldsFragmentDoc,
    "fragment ExplorerRelationFields on Relation {\n  id type fromId toId support date\n  version assertedAt assertedBy retracted retractedAt retractedBy retractionReason\n  properties { name value }\n  from { ...ExplorerEntityFields }\n  to { ...ExplorerEntityFields }\n  sources { ...ExplorerSourceFields }\n}": types.ExplorerRelationFieldsFragmentDoc,
    "query ExplorerSearch($query: String!) {\n  search(query: $query, limit: 20) { entity { ...ExplorerEntityFields aliases } }\n}": types.ExplorerSearchDocument,
    "query ExplorerNeighbourhood($entity: String!, $maxHops: Int!, $relationTypes: [RelationType!], $includeRetracted: Boolean!) {\n  neighbourhood(entity: $entity, maxHops: $maxHops, relationTypes: $relationTypes, limit: 200, includeRetracted: $includeRetracted) {\n    truncated\n    centre { ...ExplorerEntityFields }\n    nodes { depth entity { ...ExplorerEntityFields } }\n    edges { id type fromId toId support retracted }\n  }\n}": types.ExplorerNeighbourhoodDocument,
    "query ExplorerEntity($id: ID!, $ref: String!, $includeRetracted: Boolean!) {\n  entity(id: $id) { ...ExplorerEntityFields description aliases support sources(includeRetracted: $includeRetracted) { ...ExplorerSourceFields } }\n  claims(entity: $ref) { topic alternatives articleCount claims { ...ExplorerRelationFields } }\n}": types.ExplorerEntityDocument,
    "query ExplorerRelation($type: RelationType!, $from: String!, $to: String!, $includeRetracted: Boolean!) {\n  relations(type: $type, from: $from, to: $to, first: 100, includeRetracted: $includeRetracted) { edges { node { ...ExplorerRelationFields } } }\n}": types.ExplorerRelationDocument,
    "query ExplorerArticle($id: ID!) {\n  node(id: $id) { __typename ... on Article { id title text date url outlet { name } } }\n}": types.ExplorerArticleDocument,
    "query ExplorerChain($entity: String!, $includeRetracted: Boolean!) {\n  ownershipChain(entity: $entity, includeRetracted: $includeRetracted) {\n    entity { ...ExplorerEntityFields }\n    ultimateOwners { ...ExplorerEntityFields }\n    hasCycle\n    truncated\n    paths { length cycle truncated hops { ...ExplorerRelationFields } }\n  }\n}": types.ExplorerChainDocument,
    "query ExplorerPaths($from: String!, $to: String!, $relationTypes: [RelationType!], $includeRetracted: Boolean!) {\n  paths(from: $from, to: $to, relationTypes: $relationTypes, maxHops: 6, limit: 3, includeRetracted: $includeRetracted) {\n    length\n    nodes { ...ExplorerEntityFields }\n    edges { ...ExplorerRelationFields }\n  }\n}": types.ExplorerPathsDocument,
    "query ExplorerHistory($id: ID!) {\n  history(id: $id, first: 20) {\n    edges { node { id operation actor at reason changes { field before after } } }\n  }\n}": types.ExplorerHistoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExplorerEntityFields on Entity { id name kind }"): typeof import('./graphql.js').ExplorerEntityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExplorerSourceFields on Source {\n  id excerpt start end support note date dateText\n  retracted retractedAt retractedBy retractionReason\n  article { id title date outlet { name } }\n}"): typeof import('./graphql.js').ExplorerSourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExplorerRelationFields on Relation {\n  id type fromId toId support date\n  version assertedAt assertedBy retracted retractedAt retractedBy retractionReason\n  properties { name value }\n  from { ...ExplorerEntityFields }\n  to { ...ExplorerEntityFields }\n  sources { ...ExplorerSourceFields }\n}"): typeof import('./graphql.js').ExplorerRelationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerSearch($query: String!) {\n  search(query: $query, limit: 20) { entity { ...ExplorerEntityFields aliases } }\n}"): typeof import('./graphql.js').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerNeighbourhood($entity: String!, $maxHops: Int!, $relationTypes: [RelationType!], $includeRetracted: Boolean!) {\n  neighbourhood(entity: $entity, maxHops: $maxHops, relationTypes: $relationTypes, limit: 200, includeRetracted: $includeRetracted) {\n    truncated\n    centre { ...ExplorerEntityFields }\n    nodes { depth entity { ...ExplorerEntityFields } }\n    edges { id type fromId toId support retracted }\n  }\n}"): typeof import('./graphql.js').ExplorerNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerEntity($id: ID!, $ref: String!, $includeRetracted: Boolean!) {\n  entity(id: $id) { ...ExplorerEntityFields description aliases support sources(includeRetracted: $includeRetracted) { ...ExplorerSourceFields } }\n  claims(entity: $ref) { topic alternatives articleCount claims { ...ExplorerRelationFields } }\n}"): typeof import('./graphql.js').ExplorerEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerRelation($type: RelationType!, $from: String!, $to: String!, $includeRetracted: Boolean!) {\n  relations(type: $type, from: $from, to: $to, first: 100, includeRetracted: $includeRetracted) { edges { node { ...ExplorerRelationFields } } }\n}"): typeof import('./graphql.js').ExplorerRelationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerArticle($id: ID!) {\n  node(id: $id) { __typename ... on Article { id title text date url outlet { name } } }\n}"): typeof import('./graphql.js').ExplorerArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerChain($entity: String!, $includeRetracted: Boolean!) {\n  ownershipChain(entity: $entity, includeRetracted: $includeRetracted) {\n    entity { ...ExplorerEntityFields }\n    ultimateOwners { ...ExplorerEntityFields }\n    hasCycle\n    truncated\n    paths { length cycle truncated hops { ...ExplorerRelationFields } }\n  }\n}"): typeof import('./graphql.js').ExplorerChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerPaths($from: String!, $to: String!, $relationTypes: [RelationType!], $includeRetracted: Boolean!) {\n  paths(from: $from, to: $to, relationTypes: $relationTypes, maxHops: 6, limit: 3, includeRetracted: $includeRetracted) {\n    length\n    nodes { ...ExplorerEntityFields }\n    edges { ...ExplorerRelationFields }\n  }\n}"): typeof import('./graphql.js').ExplorerPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerHistory($id: ID!) {\n  history(id: $id, first: 20) {\n    edges { node { id operation actor at reason changes { field before after } } }\n  }\n}"): typeof import('./graphql.js').ExplorerHistoryDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
