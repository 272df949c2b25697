// How many entities there are, from the label's count store.
MATCH (that:Entity)
