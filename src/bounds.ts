/**
 * Bounds of every list and traversal. They are constants, not settings, because they are part of the
 * schema's contract: each argument's description states them and schema/schema.graphql prints them.
 */

export const LIMITS = {
  /** Longest article text (characters) a mutation stores; the cost model weighs `Article.text` at this size. */
  articleTextChars: 20_000,
  /** Largest `first` of any connection or list. */
  pageSize: 100,
  defaultPageSize: 20,
  /** Ownership chains and subsidiary trees. The Cypher files expand at most this many hops. */
  ownershipDepth: 12,
  defaultOwnershipDepth: 6,
  /** Paths between two entities. */
  pathHops: 6,
  defaultPathHops: 4,
  maxPaths: 10,
  defaultPaths: 3,
  /** Neighbourhoods. */
  neighbourhoodHops: 3,
  defaultNeighbourhoodHops: 1,
  neighbourhoodNodes: 200,
  defaultNeighbourhoodNodes: 100,
  /** Entities a neighbourhood search visits at most before it stops (its memory bound around hubs). */
  neighbourhoodBudget: 5_000,
  /** Relations a neighbourhood returns at most. */
  neighbourhoodEdges: 2_000,
  /** Search hits. */
  searchHits: 50,
  defaultSearchHits: 10,
  /** Longest search text (name search and text search). */
  searchQueryChars: 200,
  /** Timeline items. */
  timelineItems: 200,
  defaultTimelineItems: 50,
  /** Longest cursor accepted (`after`/`before`): longer than any cursor the API hands out. */
  cursorChars: 4_096,
  /** A `to` filter with its parts: bodies PART_OF the entity, this many levels down, at most this many. */
  partOfLevels: 3,
  partOfBodies: 200,
  /** Sources listed as the evidence of one derived MENTIONS edge. */
  mentionEvidence: 50,
  /** Relations listed on one entity field. */
  relationsPerField: 200,
  /** Deepest selection nesting an operation may have (lists multiply with depth). */
  queryDepth: 12,
  /** Most fields an operation may select in all. */
  queryBreadth: 300,
  /**
   * Largest worst-case answer, in bytes, the cost model (src/graphql/cost.ts) admits before an operation
   * runs: a page of 100 companies, each with up to 200 owners and their sources (the bench's Q3, 211 MB
   * at worst), fits; a list of relations under a list of relations under a page does not.
   */
  queryComplexity: 250_000_000,
} as const;

/**
 * Root fields whose work grows with the graph (walks and index scans over many entities): requests with one
 * take a slot of the heavy-traversal gate (HEAVY_CONCURRENCY, HEAVY_QUEUE).
 */
export const HEAVY_TRAVERSALS = ['neighbourhood', 'paths', 'ownershipChain', 'subsidiaries', 'textSearch', 'timeline'] as const;
