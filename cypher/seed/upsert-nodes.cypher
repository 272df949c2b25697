// Articles and entities. `$(row.kind)` is a label from the ontology's allow-list (validated before
// this runs). REPORTED_BY edges of a changed node are replaced as a whole, one per excerpt.
UNWIND $rows AS row
MERGE (n:Entity {id: row.props.id})
SET n = row.props
SET n:$(row.kind)
WITH n, row
CALL (n) {
  MATCH (n)-[old:REPORTED_BY]->()
  DELETE old
}
WITH n, row
UNWIND row.sources AS source
MATCH (a:Article {id: source.article})
CREATE (n)-[:REPORTED_BY {excerpt: source.excerpt}]->(a)
