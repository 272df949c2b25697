// An entity's identifiers, in key order, at most $limit, as cypher/entities/identifiers reads them.
CALL (this) {
  MATCH (this)-[:IDENTIFIED_BY]->(that:Identifier)
  RETURN that ORDER BY that.key
  LIMIT $limit
}
