// Evidence records. The article must exist (matched through the id index): the caller compares
// `created` with the rows it sent, so a source can never point at a missing article.
UNWIND $rows AS row
MATCH (a:Entity {id: row.article})
WHERE a:Article
CREATE (s:Source)
SET s = row
RETURN count(s) AS created
