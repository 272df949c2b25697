// One page of the articles mentioning each of many entities, newest first; anchored at each entity.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:MENTIONS]-(a:Article)
  WITH a ORDER BY a.date DESC, a.id
  SKIP $offset LIMIT $limit
  RETURN collect(a {.*}) AS articles
}
RETURN id, articles
