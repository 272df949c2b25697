// Entities by id (or the ones ids were merged into), for the per-request DataLoader (article texts are
// stored apart).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})
  RETURN n
  UNION
  MATCH (:MergedId {id: id})-[:MERGED_INTO]->(n:Entity)
  RETURN n
}
RETURN id, n {.*} AS entity
