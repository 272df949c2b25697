// Q5, raw floor: full-text search over names and aliases (cypher/search/fulltext without the kind
// filter), best first; $query is the Lucene query the API builds from the user's words.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit}) YIELD node, score
RETURN node {.id, .name, .kind} AS entity, score
ORDER BY score DESC, node.id
LIMIT $limit
