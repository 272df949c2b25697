// One keyset page of the articles that reported each of many facts (`reportedBy`): the distinct
// articles its sources are REPORTED_BY, newest first (undated last), ties by id; anchored at the fact's
// sources (one `:Source(fact)` seek, one hop each). A key is [date complement, id]: the complement of
// the date (9 digits for any year 1-9999, '~' when undated) sorts newest first in ascending order, so
// one comparison serves both cursors; /*ASC*/ marks the list order (the backward variant reads from
// the end). A fact has few sources, so the page sorts them in memory.
UNWIND $facts AS fact
CALL (fact) {
  MATCH (:Source {fact: fact})-[:REPORTED_BY]->(a:Article)
  WITH DISTINCT a
  WITH a, [coalesce(toString(199999999 - (a.date.year * 10000 + a.date.month * 100 + a.date.day)), '~'), a.id] AS key
  WHERE key > $after AND key < $before
  WITH a, key ORDER BY key /*ASC*/
  LIMIT $limit
  RETURN collect({article: a {.*}, key: key}) AS articles
}
RETURN fact AS id, articles
