// `entity` and `node`: one entity by id (the id index), or the one an id was merged into (the MergedId
// constraint's index; see mergeEntities); `that` is null when neither has it.
OPTIONAL CALL () {
  MATCH (that:Entity {id: $id})
  RETURN that
  UNION
  MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(that:Entity)
  RETURN that
}
