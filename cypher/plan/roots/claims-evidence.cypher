// What a claim group needs of a claim's sources: the distinct articles behind them, and the dates they give.
CALL (that) {
  MATCH (s:Source {fact: that.id})-[:REPORTED_BY]->(a:Article)
  RETURN collect(DISTINCT a.id) AS articles, [d IN collect(s.date) WHERE d IS NOT NULL | toString(d)] AS dates
}
