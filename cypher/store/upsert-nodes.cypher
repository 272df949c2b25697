// Articles and entities, with their name keys. `$(row.kind)` is a label from the ontology's allow-list
// (validated before this runs). A node's KNOWN_AS edges are replaced as a whole; name keys are shared
// (Telegram the company and the app both hold "telegram").
UNWIND $rows AS row
MERGE (n:Entity {id: row.props.id})
SET n = row.props
SET n:$(row.kind)
WITH n, row
CALL (n) {
  MATCH (n)-[old:KNOWN_AS]->()
  DELETE old
}
WITH n, row
UNWIND row.names AS name
MERGE (k:NameKey {key: name.key})
CREATE (n)-[:KNOWN_AS {rank: name.rank}]->(k)
