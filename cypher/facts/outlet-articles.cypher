// The articles an outlet published (derived PUBLISHED_BY edges), for `facts(outlet:)`; anchored at the outlet.
MATCH (:Entity {id: $outlet})<-[:PUBLISHED_BY]-(a:Article)
RETURN collect(a.id) AS ids
