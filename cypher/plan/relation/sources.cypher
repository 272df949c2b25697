// A relation's sources in recorded order (one `:Source(fact)` seek). A derived MENTIONS edge has none of
// its own: its evidence is the STATED and INFERRED sources in its article of facts involving its entity (at most LIMITS.mentionEvidence).
CALL (this) {
  WITH this WHERE type(this) <> 'MENTIONS'
  MATCH (source:Source {fact: this.id})
  WHERE VISIBLE_SOURCE(source)
  RETURN source ORDER BY source.ordinal
  UNION ALL
  WITH this WHERE type(this) = 'MENTIONS'
  WITH startNode(this) AS article, endNode(this).id AS entity
  MATCH (article)<-[:REPORTED_BY]-(source:Source)
  WHERE (source.fact = entity OR source.from = entity OR source.to = entity) AND source.support <> 'BACKGROUND' AND VISIBLE_SOURCE(source)
  RETURN source ORDER BY source.fact, source.ordinal
  LIMIT LIMITS.mentionEvidence
}
WITH source AS that
