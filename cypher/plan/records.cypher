// A fact's dataset records (entity or relation: `this`), in recorded order, at most $limit: one
// `:DatasetRecord(fact)` seek, as cypher/evidence/records-of-facts reads them.
CALL (this) {
  MATCH (that:DatasetRecord {fact: this.id})
  RETURN that ORDER BY that.ordinal, that.id
  LIMIT $limit
}
