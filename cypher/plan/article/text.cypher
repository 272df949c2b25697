// An article's text, stored apart from its other properties.
MATCH (this)-[:HAS_TEXT]->(that:ArticleText)
