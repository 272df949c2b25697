// Appended to a fact's sources (entity/sources, relation/sources, both in recorded order): the first that
// gives an attribute. ATTRIBUTE is an attribute name of the ontology (part of the shape, never a request's value).
WITH that WHERE that.ATTRIBUTE IS NOT NULL
WITH that LIMIT 1
