// How many articles mention an entity ($via 'MENTIONS') or an outlet published ($via 'PUBLISHED_BY'),
// optionally by outlet and within [$low, $high], up to $countLimit; anchored at that entity.
MATCH (:Entity {id: $anchor})<-[x]-(a:Article)
WHERE type(x) = $via
  AND ($outlet IS NULL OR a.outletId = $outlet)
  AND a.date >= date($low) AND a.date <= date($high)
WITH a LIMIT $countLimit
RETURN count(a) AS total
