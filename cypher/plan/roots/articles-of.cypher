// `articles(mentioning:)` or `articles(outlet:)`: one page anchored at that entity (VIA is MENTIONS or
// PUBLISHED_BY), optionally also by outlet ($byOutlet, `outlet` bound), as articles/of-entity.
MATCH (anchor)<-[:VIA]-(that:Article)
WHERE (NOT $byOutlet OR that.outletId = outlet.id)
  AND that.date >= date($low) AND that.date <= date($high)
  AND CASE that.date WHEN date($afterDate) THEN that.id > $afterId ELSE true END
  AND CASE that.date WHEN date($beforeDate) THEN that.id < $beforeId ELSE true END
WITH that ORDER BY that.date /*DESC*/, that.id /*ASC*/
LIMIT $limit
