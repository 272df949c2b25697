// How many distinct articles reported each of many facts (`reportedBy` totalCount): its sources'
// REPORTED_BY ends, anchored at the fact's sources.
UNWIND $facts AS fact
CALL (fact) {
  MATCH (:Source {fact: fact})-[:REPORTED_BY]->(a:Article)
  RETURN count(DISTINCT a) AS total
}
RETURN fact AS id, total
