// What the database already holds of a record set, so the loader writes only what changed. Nodes by
// the id index; a relation by both its ends (id seeks), so the planner expands from whichever end has
// fewer relationships instead of reading every relationship of a busy start node.
CALL () {
  UNWIND $nodeIds AS id
  MATCH (n:Entity {id: id})
  RETURN id, n.seedHash AS hash
  UNION ALL
  UNWIND $relations AS rel
  MATCH (f:Entity {id: rel.from})-[r]->(t:Entity {id: rel.to})
  WHERE r.id = rel.id
  RETURN rel.id AS id, r.seedHash AS hash
}
RETURN id, hash
