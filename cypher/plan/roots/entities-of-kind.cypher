// `entities(kind:)`: one page of one kind in name order, read in order from the (kind, sortName) index,
// as entities/page-of-kind (`kind` leads the ORDER BY, so the planner reads the index in order and stops
// after $limit rows).
MATCH (that:Entity)
WHERE that.kind = $kind AND that.sortName >= $afterName
  AND CASE that.sortName WHEN $afterName THEN that.id > $afterId ELSE true END
  AND that.sortName <= $beforeName
  AND CASE that.sortName WHEN $beforeName THEN that.id < $beforeId ELSE true END
WITH that ORDER BY that.kind /*ASC*/, that.sortName /*ASC*/, that.id /*ASC*/
LIMIT $limit
