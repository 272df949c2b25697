// Curation (src/store/curation/): each mutation is an (:Operation), found by its idempotency key through
// this constraint's index, with one (:Change) per entity or fact it changed, listed by `history(id)`
// through the (target, order) index; an entity merged into another leaves a (:MergedId) that keeps
// resolving to the one kept.
CREATE CONSTRAINT operation_key IF NOT EXISTS FOR (o:Operation) REQUIRE o.key IS UNIQUE;
CREATE INDEX change_target_order IF NOT EXISTS FOR (c:Change) ON (c.target, c.order);
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (m:MergedId) REQUIRE m.id IS UNIQUE;
