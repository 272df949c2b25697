// The entities a `textSearch` hit concerns, at most $maxConcerns, only for the hits returned and only when
// asked for: for an article text, the entities the article mentions (name order); for an excerpt, the
// ends of the relations (or the entities) its sources back; for a statement, who made it, to whom and
// what it is about (sourced facts only); for a description, the entity itself.
CALL (field, article, entity, passage) {
  WITH * WHERE field = 'ARTICLE_TEXT'
  MATCH (article)-[:MENTIONS]->(e:Entity)
  RETURN e ORDER BY e.sortName, e.id LIMIT $maxConcerns
  UNION
  WITH * WHERE field = 'EXCERPT'
  UNWIND passage AS s
  UNWIND CASE WHEN s.from IS NULL THEN [s.fact] ELSE [s.from, s.to] END AS id
  MATCH (e:Entity {id: id})
  RETURN e
  UNION
  WITH * WHERE field = 'STATEMENT'
  MATCH (entity)-[r:MADE_STATEMENT|SAID_TO|ABOUT]-(e:Entity)
  WHERE r.support IN $supports
  RETURN DISTINCT e ORDER BY e.id LIMIT $maxConcerns
  UNION
  WITH * WHERE field = 'DESCRIPTION'
  RETURN entity AS e
}
WITH e AS that LIMIT $maxConcerns
