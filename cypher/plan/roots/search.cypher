// `search`: names and aliases through the full-text index `entity_search`, best first. $query is a Lucene
// query the API built from escaped words; $fetch bounds what the index returns before the kind filter.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $fetch}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node AS that, score ORDER BY score DESC, node.id
LIMIT $limit
