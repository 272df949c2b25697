// What the database already holds of this seed set, so the loader writes only what changed.
CALL {
  MATCH (n:Entity) WHERE n.id IN $nodeIds
  RETURN n.id AS id, n.seedHash AS hash
  UNION ALL
  MATCH ()-[r]->() WHERE r.id IN $relationIds
  RETURN r.id AS id, r.seedHash AS hash
}
RETURN id, hash
