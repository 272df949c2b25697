// `articles`: one page of all articles, newest first (ties by id), within the dates [$low, $high] and
// between the keyset cursors, read in date order from the `:Article(date)` index, as articles/list.
MATCH (that:Article)
WHERE that.date >= date($low) AND that.date <= date($high)
  AND CASE that.date WHEN date($afterDate) THEN that.id > $afterId ELSE true END
  AND CASE that.date WHEN date($beforeDate) THEN that.id < $beforeId ELSE true END
WITH that ORDER BY that.date /*DESC*/, that.id /*ASC*/
LIMIT $limit
