/**
 * Every GraphQL operation of the explorer. `npm run codegen` types them into ./generated/ (checked
 * against schema/schema.graphql: `npm run codegen:check` fails when a schema change breaks one); each
 * `graphql()` call returns its document as a typed string, sent as is by ./api.ts.
 */
import { graphql } from './generated/gql.js';

graphql(`fragment ExplorerEntityFields on Entity { id name kind }`);

graphql(`fragment ExplorerSourceFields on Source {
  id excerpt start end support note date dateText
  retracted retractedAt retractedBy retractionReason
  article { id title date outlet { name } }
}`);

graphql(`fragment ExplorerRelationFields on Relation {
  id type fromId toId support date
  version assertedAt assertedBy retracted retractedAt retractedBy retractionReason
  properties { name value }
  from { ...ExplorerEntityFields }
  to { ...ExplorerEntityFields }
  sources { ...ExplorerSourceFields }
}`);

export const SEARCH = graphql(`query ExplorerSearch($query: String!) {
  search(query: $query, limit: 20) { entity { ...ExplorerEntityFields aliases } }
}`);

export const NEIGHBOURHOOD =
  graphql(`query ExplorerNeighbourhood($entity: String!, $maxHops: Int!, $relationTypes: [RelationType!], $includeRetracted: Boolean!) {
  neighbourhood(entity: $entity, maxHops: $maxHops, relationTypes: $relationTypes, limit: 200, includeRetracted: $includeRetracted) {
    truncated
    centre { ...ExplorerEntityFields }
    nodes { depth entity { ...ExplorerEntityFields } }
    edges { id type fromId toId support retracted }
  }
}`);

export const ENTITY = graphql(`query ExplorerEntity($id: ID!, $ref: String!, $includeRetracted: Boolean!) {
  entity(id: $id) { ...ExplorerEntityFields description aliases support sources(includeRetracted: $includeRetracted) { ...ExplorerSourceFields } }
  claims(entity: $ref) { topic alternatives articleCount claims { ...ExplorerRelationFields } }
}`);

export const RELATION = graphql(`query ExplorerRelation($type: RelationType!, $from: String!, $to: String!, $includeRetracted: Boolean!) {
  relations(type: $type, from: $from, to: $to, first: 100, includeRetracted: $includeRetracted) { edges { node { ...ExplorerRelationFields } } }
}`);

export const ARTICLE = graphql(`query ExplorerArticle($id: ID!) {
  node(id: $id) { __typename ... on Article { id title text date url outlet { name } } }
}`);

export const CHAIN = graphql(`query ExplorerChain($entity: String!, $includeRetracted: Boolean!) {
  ownershipChain(entity: $entity, includeRetracted: $includeRetracted) {
    entity { ...ExplorerEntityFields }
    ultimateOwners { ...ExplorerEntityFields }
    hasCycle
    truncated
    paths { length cycle truncated hops { ...ExplorerRelationFields } }
  }
}`);

export const PATHS = graphql(`query ExplorerPaths($from: String!, $to: String!, $relationTypes: [RelationType!], $includeRetracted: Boolean!) {
  paths(from: $from, to: $to, relationTypes: $relationTypes, maxHops: 6, limit: 3, includeRetracted: $includeRetracted) {
    length
    nodes { ...ExplorerEntityFields }
    edges { ...ExplorerRelationFields }
  }
}`);

export const HISTORY = graphql(`query ExplorerHistory($id: ID!) {
  history(id: $id, first: 20) {
    edges { node { id operation actor at reason changes { field before after } } }
  }
}`);
