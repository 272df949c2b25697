// The dataset records of many facts (entity or relation ids) at once, in their recorded order, each with
// the dataset it is PUBLISHED_IN (one hop). One index seek per fact on `:DatasetRecord(fact)`; at most
// $limit per fact.
UNWIND $facts AS fact
CALL (fact) {
  MATCH (r:DatasetRecord {fact: fact})-[:PUBLISHED_IN]->(d:Dataset)
  WITH r, d ORDER BY r.ordinal, r.id
  LIMIT $limit
  RETURN collect(r {.*, publishedIn: d {.*}}) AS records
}
RETURN fact, records
