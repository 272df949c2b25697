// How many entities there are (`entities` totalCount), from the label's count store.
MATCH (n:Entity)
RETURN count(n) AS total
