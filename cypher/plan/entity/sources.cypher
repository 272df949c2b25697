// An entity's sources (evidence records), in their recorded order: one `:Source(fact)` seek.
MATCH (that:Source {fact: this.id})
WHERE VISIBLE_SOURCE(that)
WITH that ORDER BY that.ordinal
