// How many datasets back a relation (its dataset evidence, never counted as outlets): the distinct
// datasets its records are published in, each record naming its dataset. One `:DatasetRecord(fact)` seek.
CALL (this) {
  OPTIONAL MATCH (record:DatasetRecord {fact: this.id})
  RETURN count(DISTINCT record.dataset) AS that
}
