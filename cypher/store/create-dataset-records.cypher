// Dataset evidence (src/store/rows.ts): each record is PUBLISHED_IN its dataset, merged by the dataset
// id's constraint. Returns how many records were created, which the caller compares with the rows sent.
UNWIND $rows AS row
MERGE (d:Dataset {id: row.dataset.id})
SET d += row.dataset
CREATE (r:DatasetRecord)-[:PUBLISHED_IN]->(d)
SET r = row.props
RETURN count(r) AS created
