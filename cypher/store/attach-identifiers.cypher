// Identifiers attached to entities a write does not rewrite (src/store/attach.ts): added to those the entity
// has (merged, so attaching the same again changes nothing), never replacing them.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
UNWIND row.identifiers AS identifier
MERGE (i:Identifier {key: identifier.key})
ON CREATE SET i.scheme = identifier.scheme, i.value = identifier.value
MERGE (n)-[:IDENTIFIED_BY]->(i)
