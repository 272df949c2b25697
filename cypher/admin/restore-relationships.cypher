// A logical restore's batch of relationships: each end found by its backup key through restore-index.
UNWIND $rows AS row
MATCH (a:KgRestoring {kgRestoreKey: row.start})
MATCH (b:KgRestoring {kgRestoreKey: row.end})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
