// Derived edges (MENTIONS, PUBLISHED_BY) of the seeded articles that the seed set no longer implies.
MATCH (a:Article)-[r:MENTIONS|PUBLISHED_BY]->()
WHERE a.id IN $articleIds AND NOT r.id IN $keepIds
DELETE r
