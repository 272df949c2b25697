// `nodes`: entities by id (or the ones ids were merged into), in the order asked, one row each (`that`
// null for an id no entity has).
UNWIND $ids AS id
OPTIONAL CALL (id) {
  MATCH (that:Entity {id: id})
  RETURN that
  UNION
  MATCH (:MergedId {id: id})-[:MERGED_INTO]->(that:Entity)
  RETURN that
}
