// How many distinct articles reported a relation (a MENTIONS edge: its article).
CALL (this) {
  WITH this WHERE type(this) <> 'MENTIONS'
  MATCH (:Source {fact: this.id})-[:REPORTED_BY]->(article:Article)
  RETURN DISTINCT article
  UNION
  WITH this WHERE type(this) = 'MENTIONS'
  RETURN startNode(this) AS article
}
WITH article AS that
