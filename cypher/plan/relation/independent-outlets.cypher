// How many independent outlets back a relation (evidence strength): the distinct outlets of the articles
// its STATED or INFERRED sources in the view quote, an article's outlet being its `outletId`; an article
// whose outlet is not identified counts as one outlet of its own. One `:Source(fact)` seek.
CALL (this) {
  OPTIONAL MATCH (s:Source {fact: this.id})-[:REPORTED_BY]->(a:Article)
  WHERE s.support IN $sourced AND VISIBLE_SOURCE(s)
  RETURN count(DISTINCT coalesce(a.outletId, a.id)) AS that
}
