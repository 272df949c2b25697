// One keyset page of the records of each of many datasets (`Dataset.records`), in record id order, read
// in that order from the (dataset, id) index of migration 007; /*ASC*/ marks the list order (the
// backward variant reads from the end). Each record with the dataset it is PUBLISHED_IN.
UNWIND $ids AS id
CALL (id) {
  MATCH (r:DatasetRecord)
  WHERE r.dataset = id AND r.id > $after AND r.id < $before
  WITH r ORDER BY r.dataset /*ASC*/, r.id /*ASC*/
  LIMIT $limit
  MATCH (r)-[:PUBLISHED_IN]->(d:Dataset)
  RETURN collect(r {.*, publishedIn: d {.*}}) AS records
}
RETURN id, records
