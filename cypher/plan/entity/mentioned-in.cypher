// One keyset page of the articles mentioning an entity, newest first (ties by id), as
// articles/mentioning reads them; /*DESC*/ /*ASC*/ mark the list order.
MATCH (this)<-[:MENTIONS]-(that:Article)
WHERE that.date >= date($low) AND that.date <= date($high)
  AND CASE that.date WHEN date($afterDate) THEN that.id > $afterId ELSE true END
  AND CASE that.date WHEN date($beforeDate) THEN that.id < $beforeId ELSE true END
WITH that ORDER BY that.date /*DESC*/, that.id /*ASC*/
LIMIT $limit
