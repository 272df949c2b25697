// Full article texts, stored apart from the articles; fetched only when a client asks for `text`.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:HAS_TEXT]->(t:ArticleText)
RETURN id, t.text AS text, t.hash AS hash
