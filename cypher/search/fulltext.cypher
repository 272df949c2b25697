// Full-text search over names and aliases (index `entity_search`), best first. $query is a Lucene
// query built by the API from escaped words; $fetch bounds what the index returns before the kind filter.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $fetch}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node {.*} AS entity, score
ORDER BY score DESC, node.id
LIMIT $limit
