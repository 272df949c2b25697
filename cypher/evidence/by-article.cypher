// What an article says: its sources (evidence records), one index seek on `:Source(article)`, in text
// order, at most $limit per article; derived PUBLISHED_BY evidence left out.
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Source {article: id})
  WHERE s.factType <> 'PUBLISHED_BY'
  WITH s ORDER BY s.start, s.fact
  LIMIT $limit
  RETURN collect(s {.*}) AS sources
}
RETURN id, sources
