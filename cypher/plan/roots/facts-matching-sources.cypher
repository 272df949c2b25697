// The sources of a fact that meet the `facts` source filters (`articles`, $since, $until), in recorded order.
MATCH (that:Source {fact: this.id})-[:REPORTED_BY]->(a:Article)
WHERE VISIBLE_SOURCE(that) AND (articles IS NULL OR a.id IN articles)
  AND ($since IS NULL OR that.date >= date($since)) AND ($until IS NULL OR that.date <= date($until))
WITH that ORDER BY that.ordinal
