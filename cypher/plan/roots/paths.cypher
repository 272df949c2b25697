// `paths`: shortest paths between `from` and `to` over the allowed relation types (TYPES: their names,
// allow-listed, as a label expression) and support levels, in either direction, at most MAX_HOPS hops (a
// literal per bound). Both ends are bound, so the search runs from both sides; one end twice is no path.
WITH from, to WHERE from <> to
MATCH that = ALL SHORTEST (from)(()-[r:TYPES WHERE r.support IN $supports AND VISIBLE_FACT(r)]-()){1,MAX_HOPS}(to)
WITH that LIMIT $limit
