// One page of `facts` anchored by type alone (no entity, article or date filter): relations of type
// REL_TYPE (one query per type, replaced when loaded; the API merges the pages of several types) of the
// allowed support and topic, in $order strictly between the keyset cursors $afterKey and $beforeKey
// (/*ASC*/ marks the list order; the backward variant reads it, and the index, in reverse). In id
// order the type's `id` index yields the page itself: the read starts at the cursor and stops once the
// page is full. Other orders sort every relation of the type (a top-k sort). Same sort key as
// facts/page.
MATCH (f:Entity)-[r:REL_TYPE]->(t:Entity)
WHERE r.id > CASE $order WHEN 'ID' THEN $afterKey[4] ELSE '' END
  AND r.id < CASE $order WHEN 'ID' THEN $beforeKey[4] ELSE '\uffff' END
  AND r.support IN $supports AND ($topic IS NULL OR r.topic = $topic)
WITH r, f, t ORDER BY r.id /*ASC*/
LIMIT CASE $order WHEN 'ID' THEN $limit ELSE 4000000000000000000 END
WITH r, f, t, [
  $order,
  CASE $order
    WHEN 'NAME' THEN f.sortName
    WHEN 'DATE_ASC' THEN coalesce(toString(r.date), '~')
    WHEN 'DATE_DESC' THEN coalesce(toString(199999999 - (r.date.year * 10000 + r.date.month * 100 + r.date.day)), '~')
    ELSE ''
  END,
  CASE $order WHEN 'NAME' THEN type(r) ELSE '' END,
  CASE $order WHEN 'NAME' THEN t.sortName ELSE '' END,
  r.id
] AS key
WHERE key > $afterKey AND key < $beforeKey
WITH r, f, t, key ORDER BY key /*ASC*/ LIMIT $limit
RETURN {type: type(r), props: properties(r), from: f {.*}, to: t {.*}} AS relation, key, null AS sources
ORDER BY key /*ASC*/
