// What the database already holds of a record set, so the loader writes only what changed. Nodes by
// the id index; relations through their sources (the `:Source(fact)` index gives the relation's
// start node, from which it is one anchored expand), so no relationship is ever scanned for.
CALL () {
  UNWIND $nodeIds AS id
  MATCH (n:Entity {id: id})
  RETURN id, n.seedHash AS hash
  UNION ALL
  UNWIND $relations AS rel
  MATCH (f:Entity {id: rel.from})-[r]->()
  WHERE r.id = rel.id
  RETURN rel.id AS id, r.seedHash AS hash
}
RETURN id, hash
