// One page of the articles mentioning each of many entities, newest first (ties by id), anchored at
// each entity; all with the same keyset cursors and dates as in articles/list (/*DESC*/ /*ASC*/ mark
// the list order).
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})<-[:MENTIONS]-(a:Article)
  WHERE a.date >= date($low) AND a.date <= date($high)
    AND CASE a.date WHEN date($afterDate) THEN a.id > $afterId ELSE true END
    AND CASE a.date WHEN date($beforeDate) THEN a.id < $beforeId ELSE true END
  WITH a ORDER BY a.date /*DESC*/, a.id /*ASC*/
  LIMIT $limit
  RETURN collect(a {.*}) AS articles
}
RETURN id, articles
