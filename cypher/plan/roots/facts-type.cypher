// `facts` anchored by type alone: relations of type REL_TYPE (one UNION ALL branch per type, written out
// from the allow-listed types asked for) of the allowed support and topic. In id order the type's `id`
// index yields the page itself, from the cursor, stopping once it is full; other orders read every
// relation of the type (a top-k sort follows), so anchor large lists.
MATCH (:Entity)-[that:REL_TYPE]->(:Entity)
WHERE that.id > CASE $order WHEN 'ID' THEN $afterKey[4] ELSE '' END
  AND that.id < CASE $order WHEN 'ID' THEN $beforeKey[4] ELSE '\uffff' END
  AND that.support IN $supports AND VISIBLE_FACT(that) AND ($topic IS NULL OR that.topic = $topic)
WITH that ORDER BY that.id /*ASC*/
LIMIT CASE $order WHEN 'ID' THEN $limit ELSE 4000000000000000000 END
RETURN that
