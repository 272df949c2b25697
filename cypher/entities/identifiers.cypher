// The identifiers (scheme + id) of many entities, for the per-request DataLoader: the entity by its id
// (the id index), one IDENTIFIED_BY hop to each, in key order, at most $limit each.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})-[:IDENTIFIED_BY]->(i:Identifier)
  WITH i ORDER BY i.key
  LIMIT $limit
  RETURN collect(i {.key, .scheme, .value}) AS identifiers
}
RETURN id, identifiers
