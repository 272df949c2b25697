// The facts (relations) each article is a source of, for many articles at once.
UNWIND $ids AS id
CALL (id) {
  MATCH (f)-[r]->(t)
  WHERE id IN r.sourceArticles AND NOT type(r) IN ['MENTIONS', 'PUBLISHED_BY']
  WITH r, f, t ORDER BY type(r), r.id
  LIMIT $limit
  RETURN collect({
    type: type(r), props: properties(r), articles: [aid IN coalesce(r.sourceArticles, []) | COLLECT { MATCH (src:Article {id: aid}) OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(o:Outlet) RETURN src {.*, text: null, outlet: o {.*}} }[0]],
    from: f {.*, text: CASE WHEN f:Article THEN null ELSE f.text END},
    to: t {.*, text: CASE WHEN t:Article THEN null ELSE t.text END}
  }) AS relations
}
RETURN id, relations
