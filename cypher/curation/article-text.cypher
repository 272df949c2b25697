// The stored text of an article (by the id index), which a citation's excerpt must be found in.
MATCH (:Entity {id: $id})-[:HAS_TEXT]->(t:ArticleText)
RETURN t.text AS text
