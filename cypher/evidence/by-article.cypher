// What an article says: its sources (evidence records), along its incoming REPORTED_BY edges from one
// id seek, in text order, at most $limit per article; derived PUBLISHED_BY evidence left out.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:REPORTED_BY]-(s:Source)
  WHERE s.factType <> 'PUBLISHED_BY'
  WITH s ORDER BY s.start, s.fact
  LIMIT $limit
  RETURN collect(s {.*, article: id}) AS sources
}
RETURN id, sources
