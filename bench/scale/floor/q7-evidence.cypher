// Q7, raw floor: what an article says: its evidence (the sources REPORTED_BY it, derived PUBLISHED_BY
// evidence left out) in text order, at most 200, each with the fact it backs: a relation found between its
// two ends, or an entity by id.
MATCH (a:Entity {id: $id})
CALL (a) {
  MATCH (a)<-[:REPORTED_BY]-(s:Source)
  WHERE s.factType <> 'PUBLISHED_BY'
  WITH s ORDER BY s.start, s.fact
  LIMIT 200
  OPTIONAL CALL (s) {
    MATCH (f:Entity {id: s.from})-[r]->(t:Entity {id: s.to})
    WHERE r.id = s.fact
    RETURN {type: type(r), fromId: f.id, fromName: f.name, toId: t.id, toName: t.name} AS relation
  }
  OPTIONAL MATCH (e:Entity {id: s.fact})
  WHERE s.from IS NULL
  RETURN collect({excerpt: s.excerpt, start: s.start, relation: relation, entity: e {.id, .name}}) AS evidence
}
RETURN a {.id, .title} AS article, evidence
