// An entity's sources (evidence records), in their recorded order: one `:Source(fact)` seek.
MATCH (that:Source {fact: this.id})
WITH that ORDER BY that.ordinal
