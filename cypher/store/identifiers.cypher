// An entity's identifiers (scheme + id), replaced as a whole; an Identifier node is shared by every
// entity that holds it, so resolution by identifier is one index seek on its key.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CALL (n) {
  MATCH (n)-[old:IDENTIFIED_BY]->()
  DELETE old
}
WITH n, row
UNWIND row.identifiers AS identifier
MERGE (i:Identifier {key: identifier.key})
ON CREATE SET i.scheme = identifier.scheme, i.value = identifier.value
CREATE (n)-[:IDENTIFIED_BY]->(i)
