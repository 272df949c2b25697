// Evidence records, each REPORTED_BY the article it quotes. The article must exist (matched through
// the id index): the caller compares `created` with the rows it sent, so a source can never point at
// a missing article. `reportedOn` (the article's day, from store/check-evidence) is among the props.
UNWIND $rows AS row
MATCH (a:Entity {id: row.article})
WHERE a:Article
CREATE (s:Source)-[:REPORTED_BY]->(a)
SET s = row.props
RETURN count(s) AS created
