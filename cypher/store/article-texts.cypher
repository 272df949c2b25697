// Article texts, stored apart from the article's metadata so that no projection of an article ever
// carries its text; `hash` is what every source quoting the article records.
UNWIND $rows AS row
MATCH (a:Entity {id: row.id})
MERGE (a)-[:HAS_TEXT]->(t:ArticleText)
SET t.text = row.text, t.hash = row.hash
