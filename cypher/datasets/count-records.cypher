// How many records each of many datasets holds (`Dataset.records` totalCount), up to $countLimit: read
// from the (dataset, id) index of migration 007.
UNWIND $ids AS id
CALL (id) {
  MATCH (r:DatasetRecord)
  WHERE r.dataset = id AND r.id IS NOT NULL
  WITH r
  LIMIT $countLimit
  RETURN count(r) AS total
}
RETURN id, total
