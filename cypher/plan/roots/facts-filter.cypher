// The `facts` filters, on relations (`that`) from any anchor: all combine (AND). Source filters
// (`articles`, $since, $until) must hold on one and the same source.
WITH that, startNode(that) AS f, endNode(that) AS t
WHERE type(that) IN $types AND that.support IN $supports AND VISIBLE_FACT(that) AND ($topic IS NULL OR that.topic = $topic)
  AND (from IS NULL OR f = from) AND (targets IS NULL OR t.id IN targets)
  AND (NOT $bySource OR EXISTS {
    MATCH (s:Source {fact: that.id})-[:REPORTED_BY]->(a:Article)
    WHERE (articles IS NULL OR a.id IN articles)
      AND ($since IS NULL OR s.date >= date($since)) AND ($until IS NULL OR s.date <= date($until))
  })
