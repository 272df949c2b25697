// How many articles are dated within [$low, $high], up to $countLimit, from the `:Article(date)` index.
MATCH (that:Article)
WHERE that.date >= date($low) AND that.date <= date($high)
WITH that LIMIT $countLimit
