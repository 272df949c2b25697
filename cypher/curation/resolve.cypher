// An entity as a mutation names it (`from`, `to`, `keep`, `article`, …), as `lookup` finds it: an exact
// id (the id index), an id merged into another (the MergedId constraint's index), else a name or an alias
// through its normalised key (the NameKey index); a name beats an alias. Every candidate of the best
// rank is returned, so the caller can refuse an ambiguous name.
CALL () {
  MATCH (n:Entity {id: $ref})
  RETURN n, -2 AS rank
  UNION
  MATCH (:MergedId {id: $ref})-[:MERGED_INTO]->(n:Entity)
  RETURN n, -1 AS rank
  UNION
  MATCH (:NameKey {key: $key})<-[k:KNOWN_AS]-(n:Entity)
  RETURN n, k.rank AS rank
}
WITH n, min(rank) AS rank
ORDER BY rank, n.id
LIMIT 20
RETURN n.id AS id, n.kind AS kind, rank, n:Article AS article
