// `entities`: one page in name order, strictly between the keyset cursors ($afterName, $afterId) and
// ($beforeName, $beforeId), read in order from the `entity_sort_name` index either way (/*ASC*/ marks
// the list order), as entities/page. Without a `before` cursor the lines using $beforeName are dropped.
MATCH (that:Entity)
WHERE that.sortName >= $afterName
  AND CASE that.sortName WHEN $afterName THEN that.id > $afterId ELSE true END
  AND that.sortName <= $beforeName
  AND CASE that.sortName WHEN $beforeName THEN that.id < $beforeId ELSE true END
WITH that ORDER BY that.sortName /*ASC*/, that.id /*ASC*/
LIMIT $limit
