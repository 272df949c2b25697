// How many articles articles-of lists, up to $countLimit; anchored like it.
MATCH (anchor)<-[:VIA]-(that:Article)
WHERE (NOT $byOutlet OR that.outletId = outlet.id)
  AND that.date >= date($low) AND that.date <= date($high)
WITH that LIMIT $countLimit
