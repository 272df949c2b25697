// One page of the articles that mention an entity ($via 'MENTIONS') or that an outlet published
// ($via 'PUBLISHED_BY'), newest first (ties by id), anchored at that entity; optionally also by
// outlet. Keyset cursors and dates as in articles/list; /*DESC*/ /*ASC*/ mark the list order.
MATCH (:Entity {id: $anchor})<-[x]-(a:Article)
WHERE type(x) = $via
  AND ($outlet IS NULL OR a.outletId = $outlet)
  AND a.date >= date($low) AND a.date <= date($high)
  AND CASE a.date WHEN date($afterDate) THEN a.id > $afterId ELSE true END
  AND CASE a.date WHEN date($beforeDate) THEN a.id < $beforeId ELSE true END
RETURN a {.*} AS entity
ORDER BY a.date /*DESC*/, a.id /*ASC*/
LIMIT $limit
