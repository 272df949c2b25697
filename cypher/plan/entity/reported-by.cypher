// One keyset page of the articles that reported a fact (`reportedBy`), as articles/reported-by reads
// them: the distinct articles its sources are REPORTED_BY, keyed [date complement or '~', id].
MATCH (:Source {fact: this.id})-[:REPORTED_BY]->(article:Article)
WITH DISTINCT article
WITH article AS that, [coalesce(toString(199999999 - (article.date.year * 10000 + article.date.month * 100 + article.date.day)), '~'), article.id] AS key
WHERE key > $after AND key < $before
WITH that, key ORDER BY key /*ASC*/
LIMIT $limit
