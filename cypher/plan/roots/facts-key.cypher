// A page of `facts`: its sort key, as strings compared in order (undated facts last either way;
// DATE_DESC sorts on a complement of the date, 9 digits for every year 1-9999, so that one ascending
// comparison serves), the keyset cursors, and $limit of them from the end /*ASC*/ marks. The key starts
// with $order, so a cursor of another order is told apart.
WITH that, [
  $order,
  CASE $order
    WHEN 'NAME' THEN f.sortName
    WHEN 'DATE_ASC' THEN coalesce(toString(that.date), '~')
    WHEN 'DATE_DESC' THEN coalesce(toString(199999999 - (that.date.year * 10000 + that.date.month * 100 + that.date.day)), '~')
    ELSE ''
  END,
  CASE $order WHEN 'NAME' THEN type(that) ELSE '' END,
  CASE $order WHEN 'NAME' THEN t.sortName ELSE '' END,
  that.id
] AS key
WHERE key > $afterKey AND key < $beforeKey
WITH that, key ORDER BY key /*ASC*/
LIMIT $limit
