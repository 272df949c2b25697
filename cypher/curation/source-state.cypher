// The fact a source (citation) supports, by the source's id.
MATCH (s:Source {id: $id})
RETURN s.fact AS fact
