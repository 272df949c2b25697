// Dataset records attached to entities a write does not rewrite (src/store/attach.ts): merged by id (a hash of
// the fact, dataset and statement), so attaching the same record again changes nothing; a new one is numbered
// after the records the entity has. Returns how many were created.
UNWIND $rows AS row
MATCH (n:Entity {id: row.props.fact})
OPTIONAL MATCH (old:DatasetRecord {id: row.props.id})
WITH row, n, old IS NULL AS new, COUNT { (:DatasetRecord {fact: row.props.fact}) } AS before
// Counted for every row before any is created, so records of one entity in one batch get distinct numbers.
WITH collect({row: row, n: n, new: new, before: before}) AS rows
UNWIND rows AS a
WITH a.row AS row, a.n AS n, a.new AS new, a.before AS before
MERGE (d:Dataset {id: row.dataset.id})
ON CREATE SET d += row.dataset
MERGE (r:DatasetRecord {id: row.props.id})
ON CREATE SET r += row.props, r.ordinal = before + row.props.ordinal, r.factType = n.kind
MERGE (r)-[:PUBLISHED_IN]->(d)
RETURN count(CASE WHEN new THEN 1 END) AS created
