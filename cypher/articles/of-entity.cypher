// One page of the articles that mention an entity ($via 'MENTIONS') or that an outlet published
// ($via 'PUBLISHED_BY'), newest first, anchored at that entity; optionally also by outlet and dates.
MATCH (:Entity {id: $anchor})<-[x]-(a:Article)
WHERE type(x) = $via
  AND ($outlet IS NULL OR a.outletId = $outlet)
  AND a.date >= coalesce(date($since), date('0001-01-01')) AND a.date <= coalesce(date($until), date('9999-12-31'))
RETURN a {.*} AS entity
ORDER BY a.date DESC, a.id
SKIP $offset LIMIT $limit
