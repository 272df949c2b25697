// An article's update notes ("Update (July 8, 2020 11:01 am): ..."), one (:ArticleUpdate) node each,
// linked from the article. Written with the article's text whenever the article changed: the old
// notes are replaced as a whole (a list of maps cannot be a property, hence nodes).
UNWIND $rows AS row
MATCH (a:Entity {id: row.id})
CALL (a) {
  MATCH (a)-[:HAS_UPDATE]->(old:ArticleUpdate)
  DETACH DELETE old
}
WITH a, row
UNWIND row.updates AS u
CREATE (a)-[:HAS_UPDATE]->(n:ArticleUpdate)
SET n = u
