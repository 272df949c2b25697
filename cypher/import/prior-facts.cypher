// What the graph holds of facts an import rewrites or ends (src/import/history.ts): each one's dataset
// records in order with their dataset, an entity's identifiers, a relation's type, ends and properties
// (found from its records, which name both ends), and whether it has article evidence. Index seeks by id.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH id, n, COLLECT {
  MATCH (d:DatasetRecord {fact: id})-[:PUBLISHED_IN]->(s:Dataset)
  WITH d, s ORDER BY d.ordinal
  RETURN d {.*, dataset: s {.*}}
} AS records
WITH id, n, records, COLLECT {
  UNWIND records AS record
  MATCH (:Entity {id: record.from})-[r]->(:Entity {id: record.to})
  WHERE r.id = id
  RETURN r
} AS relations
WITH id, n, records, relations[0] AS r
RETURN id,
       n IS NOT NULL AS node,
       CASE WHEN n IS NULL THEN [] ELSE COLLECT { MATCH (n)-[:IDENTIFIED_BY]->(i:Identifier) RETURN i.key ORDER BY i.key } END AS identifiers,
       r {.*} AS relation,
       type(r) AS type,
       startNode(r).id AS from,
       endNode(r).id AS to,
       records,
       EXISTS { MATCH (:Source {fact: id}) } AS sourced
