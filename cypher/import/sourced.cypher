// Which of these facts (entity or relation ids) exist with article evidence: an import never rewrites
// those (it would replace their sources), it links to them. One Source index seek per id.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS node, n.kind AS kind, EXISTS { MATCH (:Source {fact: id}) } AS sourced
