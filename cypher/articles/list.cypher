// One page of all articles, newest first, within a date range. The `:Article(date)` index yields them
// in date order, so a page stops reading once it is full. Ties broken by id so pages never overlap.
MATCH (a:Article)
WHERE a.date >= coalesce(date($since), date('0001-01-01')) AND a.date <= coalesce(date($until), date('9999-12-31'))
RETURN a {.*} AS entity
ORDER BY a.date DESC, a.id
SKIP $offset LIMIT $limit
