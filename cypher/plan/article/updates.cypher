// An article's update notes, oldest first (as articles/updates orders them).
MATCH (this)-[:HAS_UPDATE]->(that:ArticleUpdate)
WITH that ORDER BY that.at, that.ordinal
