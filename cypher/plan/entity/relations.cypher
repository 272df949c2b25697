// An entity's relations of the allowed support levels, in list order (type, date with undated last, far
// end's id), at most $limit. PATTERN is the relationship pattern with its types and direction written out
// (allow-listed enum values, part of the shape), so the expand reads only those types from this node.
MATCH (this)PATTERN(far)
WHERE that.support IN $supports AND VISIBLE_FACT(that)
WITH that, far ORDER BY type(that), coalesce(that.date, date('9999-12-31')), far.id
LIMIT $limit
