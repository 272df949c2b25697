// Every dataset (`datasets`), in id order from the id constraint's index, at most $limit, each with the
// latest publication date of its records (as datasets/by-ids reads it).
MATCH (d:Dataset)
WHERE d.id IS NOT NULL
WITH d ORDER BY d.id
LIMIT $limit
CALL (d) {
  OPTIONAL MATCH (r:DatasetRecord)
  WHERE r.dataset = d.id AND r.publicationDate IS NOT NULL
  WITH r ORDER BY r.dataset DESC, r.publicationDate DESC
  LIMIT 1
  RETURN r.publicationDate AS published
}
RETURN d {.*, publicationDate: published} AS dataset
