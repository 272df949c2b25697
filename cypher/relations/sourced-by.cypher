// The facts (relations) each article is a source of, for many articles at once.
UNWIND $ids AS id
CALL (id) {
  MATCH (f)-[r]->(t)
  WHERE id IN r.sourceArticles AND NOT type(r) IN ['MENTIONS', 'PUBLISHED_BY']
  WITH r, f, t ORDER BY type(r), r.id
  LIMIT $limit
  RETURN collect({
    type: type(r), props: properties(r),
    from: f {.id, .kind, .name, .aliases, .description, .date},
    to: t {.id, .kind, .name, .aliases, .description, .date}
  }) AS relations
}
RETURN id, relations
