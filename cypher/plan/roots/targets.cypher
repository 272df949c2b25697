// The ids a `to` argument stands for: the entity `to` resolved to and, with $includeParts, the bodies
// PART_OF it, up to LIMITS.partOfLevels levels down and LIMITS.partOfBodies bodies (the police, as part of law enforcement, as part of the
// Hong Kong authorities); null when no `to` was given or it matched nothing.
CALL (to) {
  OPTIONAL MATCH (part:Entity)-[:PART_OF]->{1,LIMITS.partOfLevels}(to)
  WHERE $includeParts
  WITH to, collect(DISTINCT part.id)[0..LIMITS.partOfBodies] AS parts
  RETURN CASE WHEN to IS NULL THEN null ELSE [to.id] + parts END AS that
}
