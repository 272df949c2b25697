// One keyset page of the articles that reported a relation (`reportedBy`), as entity/reported-by reads
// them; a derived MENTIONS edge is reported by the article it starts at.
CALL (this) {
  WITH this WHERE type(this) <> 'MENTIONS'
  MATCH (:Source {fact: this.id})-[:REPORTED_BY]->(article:Article)
  RETURN DISTINCT article
  UNION
  WITH this WHERE type(this) = 'MENTIONS'
  RETURN startNode(this) AS article
}
WITH article AS that, [coalesce(toString(199999999 - (article.date.year * 10000 + article.date.month * 100 + article.date.day)), '~'), article.id] AS key
WHERE key > $after AND key < $before
WITH that, key ORDER BY key /*ASC*/
LIMIT $limit
