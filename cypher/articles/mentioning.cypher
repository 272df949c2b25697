// One page of the articles mentioning each of many entities, newest first (undated last).
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Article)-[:MENTIONS]->(:Entity {id: id})
  WITH a ORDER BY a.date IS NULL, a.date DESC, a.id
  SKIP $offset LIMIT $limit
  RETURN collect(a {.*, text: null}) AS articles
}
RETURN id, articles
