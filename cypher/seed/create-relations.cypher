// `$(row.type)` is a relation type from the ontology's allow-list (validated before this runs).
UNWIND $rows AS row
MATCH (f:Entity {id: row.from}), (t:Entity {id: row.to})
CREATE (f)-[r:$(row.type)]->(t)
SET r = row.props
