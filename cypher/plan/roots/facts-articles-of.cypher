// The articles a `facts` request reads sources from: those `outlet` published (PUBLISHED_BY, anchored at
// it), narrowed to `article` when both are given; just `article` when only it is; null when neither.
CALL (article, outlet) {
  OPTIONAL MATCH (outlet)<-[:PUBLISHED_BY]-(a:Article)
  WITH article, outlet, collect(a.id) AS published
  RETURN CASE
    WHEN outlet IS NOT NULL AND article IS NOT NULL THEN [x IN published WHERE x = article.id]
    WHEN outlet IS NOT NULL THEN published
    WHEN article IS NOT NULL THEN [article.id]
  END AS that
}
