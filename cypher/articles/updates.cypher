// The update notes of many articles at once, oldest first (a text may list them newest first: the
// notes of one article share its clock, so their `at` texts sort in time order); anchored at each article.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})-[:HAS_UPDATE]->(u:ArticleUpdate)
  WITH u ORDER BY u.at, u.ordinal
  RETURN collect(u {.*}) AS updates
}
RETURN id, updates
