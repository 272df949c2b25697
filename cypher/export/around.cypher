// `npm run export -- --around REF --hops N`: a neighbourhood with its evidence, in one row (it is bounded).
// The entity is resolved as `lookup` resolves it (cypher/plan/roots/resolve): an exact id, an id merged
// into another, else a name or alias through its normalised key, a name before an alias. From it, the
// entities within MAX_HOPS (a literal per bound) over the fact relation types ($types: provenance edges
// such as MENTIONS would reach the whole graph through an article), each at its shortest distance: the
// search stops after $budget entities, the nearest $limit are kept. Then the relations among them, the
// sources of their facts (entities' and relations'), the articles those sources are REPORTED_BY and the
// articles' texts (HAS_TEXT), which the excerpts are checked against, and the members' identifiers
// (IDENTIFIED_BY). No row when nothing matches.
CALL () {
  CALL () {
    MATCH (n:Entity {id: $text})
    RETURN n, -2 AS rank
    UNION
    MATCH (:MergedId {id: $text})-[:MERGED_INTO]->(n:Entity)
    RETURN n, -1 AS rank
    UNION
    MATCH (:NameKey {key: $key})<-[k:KNOWN_AS]-(n:Entity)
    RETURN n, k.rank AS rank
  }
  WITH n ORDER BY rank, n.id
  LIMIT 1
  RETURN n AS entity
}
CALL (entity) {
  OPTIONAL CALL (entity) {
    MATCH p = ANY SHORTEST (entity)(()-[r WHERE type(r) IN $types]-(:Entity)){1,MAX_HOPS}(n)
    WHERE n <> entity
    RETURN n, length(p) AS depth
    LIMIT LIMITS.neighbourhoodBudget
  }
  WITH entity, n ORDER BY depth, n.id
  WITH entity, collect(n) AS reached
  RETURN [entity] + reached[0..LIMITS.neighbourhoodNodes] AS members
}
CALL (members) {
  UNWIND members AS x
  MATCH (x)-[r]->(y)
  WHERE y IN members
  RETURN collect(r) AS relations
}
CALL (members, relations) {
  UNWIND [m IN members | m.id] + [r IN relations | r.id] AS fact
  MATCH (s:Source {fact: fact})-[reported:REPORTED_BY]->(a:Article)
  RETURN collect(s) AS sources, collect(reported) AS reportedBy, collect(DISTINCT a) AS articles
}
CALL (articles) {
  UNWIND articles AS a
  MATCH (a)-[has:HAS_TEXT]->(t:ArticleText)
  RETURN collect(has) AS hasText, collect(t) AS texts
}
CALL (members) {
  UNWIND members AS m
  MATCH (m)-[by:IDENTIFIED_BY]->(i:Identifier)
  RETURN collect(by) AS identifiedBy, collect(DISTINCT i) AS identifiers
}
WITH members, relations, sources, reportedBy, hasText, texts, identifiedBy, identifiers, [a IN articles WHERE NOT a IN members] AS others
UNWIND members + others + sources + texts + identifiers AS n
WITH relations + reportedBy + hasText + identifiedBy AS rels, collect({key: elementId(n), labels: labels(n), props: properties(n)}) AS nodes
RETURN nodes,
       [r IN rels | {key: elementId(r), type: type(r), start: elementId(startNode(r)), end: elementId(endNode(r)), props: properties(r)}] AS relationships
