// The ids of the entities holding the identifier $text ("scheme:id"), in id order, at most $limit: one
// Identifier key seek. `lookup` answers AMBIGUOUS with them when several hold it (roots/resolve resolves
// such an identifier to none).
CALL () {
  OPTIONAL MATCH (:Identifier {key: $text})<-[:IDENTIFIED_BY]-(n:Entity)
  WITH n ORDER BY n.id
  LIMIT $limit
  RETURN collect(n.id) AS that
}
