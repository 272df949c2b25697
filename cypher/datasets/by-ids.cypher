// Datasets by id, for the per-request DataLoader (the id constraint's index), each with the latest
// publication date of its records: one seek from the end of the (dataset, publicationDate) index of
// migration 007.
UNWIND $ids AS id
MATCH (d:Dataset {id: id})
CALL (id) {
  OPTIONAL MATCH (r:DatasetRecord)
  WHERE r.dataset = id AND r.publicationDate IS NOT NULL
  WITH r ORDER BY r.dataset DESC, r.publicationDate DESC
  LIMIT 1
  RETURN r.publicationDate AS published
}
RETURN id, d {.*, publicationDate: published} AS dataset
