// `$(row.type)` is a relation type from the ontology's allow-list (validated before this runs); `reportedOn` is
// among the props (src/store/write.ts computes it from its sources' days). Both
// ends must exist: the caller compares `created` with the rows it sent and refuses a shortfall.
UNWIND $rows AS row
MATCH (f:Entity {id: row.from})
MATCH (t:Entity {id: row.to})
CREATE (f)-[r:$(row.type)]->(t)
SET r = row.props
RETURN count(r) AS created
