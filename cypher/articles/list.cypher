// One page of all articles, newest first (ties by id), strictly between the keyset cursors
// ($afterDate, $afterId) and ($beforeDate, $beforeId), within the dates [$low, $high] (the date range
// asked for, narrowed by the cursors). The `:Article(date)` index yields them in date order, either
// way, so a page stops reading once it is full. /*DESC*/ /*ASC*/ mark the list order; the backward
// variant reverses both (src/db/cypher.ts `directions`).
MATCH (a:Article)
WHERE a.date >= date($low) AND a.date <= date($high)
  AND CASE a.date WHEN date($afterDate) THEN a.id > $afterId ELSE true END
  AND CASE a.date WHEN date($beforeDate) THEN a.id < $beforeId ELSE true END
RETURN a {.*} AS entity
ORDER BY a.date /*DESC*/, a.id /*ASC*/
LIMIT $limit
